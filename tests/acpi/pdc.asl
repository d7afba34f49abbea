/*
 * Processor objects that only exist once _PDC has been evaluated
 *
 * Each processor's _PDC loads its own table (tests/acpi/pdc.cpuN.asl,
 * signature OEM1) with _PCT, _PSS, _PPC, _PSD and _CST, once, as
 * Intel reference firmware does, and prints the capabilities it got.
 * Booted with one dom0 vCPU; objects as in basic.asl.
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "PDC", 1)
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
            Store (Concatenate (Concatenate ("_PDC ACPI id ", ToDecimalString (Arg0)),
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
        Method (_PDC, 1, NotSerialized)
        {
            CreateDWordField (Arg0, 8, CAPB)
            PDCL (0, CAPB)
        }
    }

    Scope (\_SB.CPUS.C001)
    {
        Method (_PDC, 1, NotSerialized)
        {
            CreateDWordField (Arg0, 8, CAPB)
            PDCL (1, CAPB)
        }
    }

    Scope (\_SB.CPUS.C002)
    {
        Method (_PDC, 1, NotSerialized)
        {
            CreateDWordField (Arg0, 8, CAPB)
            PDCL (2, CAPB)
        }
    }

    Scope (\_SB.CPUS.C003)
    {
        Method (_PDC, 1, NotSerialized)
        {
            CreateDWordField (Arg0, 8, CAPB)
            PDCL (3, CAPB)
        }
    }
}
