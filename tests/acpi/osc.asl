/*
 * Processor objects that only exist once _OSC has been evaluated
 *
 * As pdc.asl, with the processor capabilities _OSC of ACPI 6
 * (UUID 4077A616-290C-47BE-9EBD-D87058713953) instead of _PDC;
 * tables tests/acpi/osc.cpuN.asl.  Linux 6.1 evaluates no processor
 * _OSC of its own.
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "OSC", 1)
{
    External (\_SB.CPUS, DeviceObj)
    External (\_SB.CPUS.C000, ProcessorObj)
    External (\_SB.CPUS.C001, ProcessorObj)
    External (\_SB.CPUS.C002, ProcessorObj)
    External (\_SB.CPUS.C003, ProcessorObj)

    Scope (\_SB.CPUS)
    {
        /* _PCT of every processor: SystemIO control and status ports */
        Name (PCTR, Package ()
        {
            ResourceTemplate () { Register (SystemIO, 16, 0, 0x0E00, 2) },
            ResourceTemplate () { Register (SystemIO, 16, 0, 0x0E02, 2) }
        })
    }

    Scope (\_SB.CPUS)
    {
        /* Whose table is loaded; a _PDC evaluated again loads nothing */
        Name (LDED, Buffer (4) {})

        /* Arg0: processor number, Arg1: the capabilities OSPM gave */
        Method (PDCL, 2, Serialized)
        {
            Store (Concatenate (Concatenate ("_OSC ACPI id ", ToDecimalString (Arg0)),
                Concatenate (" capabilities ", ToHexString (Arg1))), Debug)
            If (LEqual (DerefOf (Index (LDED, Arg0)), Zero))
            {
                Store (One, Index (LDED, Arg0))
                If (LEqual (Arg0, 0))
                {
                    LoadTable ("OEM1", "XENPM", "PDCCPU0", "", "", Zero)
                }
                If (LEqual (Arg0, 1))
                {
                    LoadTable ("OEM1", "XENPM", "PDCCPU1", "", "", Zero)
                }
                If (LEqual (Arg0, 2))
                {
                    LoadTable ("OEM1", "XENPM", "PDCCPU2", "", "", Zero)
                }
                If (LEqual (Arg0, 3))
                {
                    LoadTable ("OEM1", "XENPM", "PDCCPU3", "", "", Zero)
                }
            }
        }
    }

    Scope (\_SB.CPUS.C000)
    {
        Method (_OSC, 4, NotSerialized)
        {
            CreateDWordField (Arg3, 0, STS0)
            CreateDWordField (Arg3, 4, CAPB)
            If (LEqual (Arg0, ToUUID ("4077A616-290C-47BE-9EBD-D87058713953")))
            {
                PDCL (0, CAPB)
            }
            Else
            {
                /* Unrecognized UUID */
                Or (STS0, 0x04, STS0)
            }
            Return (Arg3)
        }
    }

    Scope (\_SB.CPUS.C001)
    {
        Method (_OSC, 4, NotSerialized)
        {
            CreateDWordField (Arg3, 0, STS0)
            CreateDWordField (Arg3, 4, CAPB)
            If (LEqual (Arg0, ToUUID ("4077A616-290C-47BE-9EBD-D87058713953")))
            {
                PDCL (1, CAPB)
            }
            Else
            {
                /* Unrecognized UUID */
                Or (STS0, 0x04, STS0)
            }
            Return (Arg3)
        }
    }

    Scope (\_SB.CPUS.C002)
    {
        Method (_OSC, 4, NotSerialized)
        {
            CreateDWordField (Arg3, 0, STS0)
            CreateDWordField (Arg3, 4, CAPB)
            If (LEqual (Arg0, ToUUID ("4077A616-290C-47BE-9EBD-D87058713953")))
            {
                PDCL (2, CAPB)
            }
            Else
            {
                /* Unrecognized UUID */
                Or (STS0, 0x04, STS0)
            }
            Return (Arg3)
        }
    }

    Scope (\_SB.CPUS.C003)
    {
        Method (_OSC, 4, NotSerialized)
        {
            CreateDWordField (Arg3, 0, STS0)
            CreateDWordField (Arg3, 4, CAPB)
            If (LEqual (Arg0, ToUUID ("4077A616-290C-47BE-9EBD-D87058713953")))
            {
                PDCL (3, CAPB)
            }
            Else
            {
                /* Unrecognized UUID */
                Or (STS0, 0x04, STS0)
            }
            Return (Arg3)
        }
    }
}
