/*
 * Firmware whose limits change at run time (tests/xenboot --then).
 *
 *   _PSS  every processor: 2800, 2400, 2000, 1600 MHz; SystemIO _PCT
 *   _PPC  returns \_SB.CPUS.PPCn for processor n (all 0 at boot)
 *   _CST  C1, C2, C3 while \_SB.CPUS.CSTn is 3 (at boot), C1 and C2 when
 *         it is 2; exit latencies C2 = 10 * (n + 1), C3 = 100 * (n + 1) us
 *   _PSD  each processor alone in a SW_ALL domain
 *
 * _PPC takes \_SB.CPUS.PPCS ms (0 at boot), as slow firmware does, and an
 * AC adapter (\_SB.ADP0, ACPI0003) is a device of another class whose
 * Notify handler shares kacpi_notify with the processors'; both say when
 * they are evaluated (Debug).
 *
 * The tables in this folder set those variables and Notify, as platform
 * firmware does on a thermal event or a power source change.  Names here
 * must not be those of QEMU's CPU hotplug code (CSTA, CEJ0, COST, ...):
 * the processors' own _STA would find ours by scope search.
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "RUNTIME", 1)
{
    External (\_SB.CPUS, DeviceObj)
    External (\_SB.CPUS.C000, ProcessorObj)
    External (\_SB.CPUS.C001, ProcessorObj)
    External (\_SB.CPUS.C002, ProcessorObj)
    External (\_SB.CPUS.C003, ProcessorObj)

    Scope (\_SB.CPUS)
    {
        Name (PCTR, Package ()
        {
            ResourceTemplate () { Register (SystemIO, 16, 0, 0x0E00, 2) },
            ResourceTemplate () { Register (SystemIO, 16, 0, 0x0E02, 2) }
        })
        Name (PPC0, 0)
        Name (PPC1, 0)
        Name (PPC2, 0)
        Name (PPC3, 0)
        Name (PPCS, 0)
        Name (CST0, 3)
        Name (CST1, 3)
        Name (CST2, 3)
        Name (CST3, 3)
    }

    Scope (\_SB.CPUS.C000)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 },
            Package () { 1600, 12800, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            If (\_SB.CPUS.PPCS)
            {
                Sleep (\_SB.CPUS.PPCS)
                Store ("SLOW _PPC END", Debug)
            }
            Return (\_SB.CPUS.PPC0)
        }

        Name (_PSD, Package ()
        {
            Package () { 5, 0, 0, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT), C2/C3 by P_LVL2/3; without C3 */
        Name (CXL3, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 250 }
        })
        Name (CXL2, Package ()
        {
            2,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 }
        })

        Method (_CST, 0, NotSerialized)
        {
            If (LEqual (\_SB.CPUS.CST0, 2))
            {
                Return (CXL2)
            }
            Return (CXL3)
        }
    }

    Scope (\_SB.CPUS.C001)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 },
            Package () { 1600, 12800, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            If (\_SB.CPUS.PPCS)
            {
                Sleep (\_SB.CPUS.PPCS)
                Store ("SLOW _PPC END", Debug)
            }
            Return (\_SB.CPUS.PPC1)
        }

        Name (_PSD, Package ()
        {
            Package () { 5, 0, 1, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT), C2/C3 by P_LVL2/3; without C3 */
        Name (CXL3, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 20, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 200, 250 }
        })
        Name (CXL2, Package ()
        {
            2,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 20, 500 }
        })

        Method (_CST, 0, NotSerialized)
        {
            If (LEqual (\_SB.CPUS.CST1, 2))
            {
                Return (CXL2)
            }
            Return (CXL3)
        }
    }

    Scope (\_SB.CPUS.C002)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 },
            Package () { 1600, 12800, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            If (\_SB.CPUS.PPCS)
            {
                Sleep (\_SB.CPUS.PPCS)
                Store ("SLOW _PPC END", Debug)
            }
            Return (\_SB.CPUS.PPC2)
        }

        Name (_PSD, Package ()
        {
            Package () { 5, 0, 2, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT), C2/C3 by P_LVL2/3; without C3 */
        Name (CXL3, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 30, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 300, 250 }
        })
        Name (CXL2, Package ()
        {
            2,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 30, 500 }
        })

        Method (_CST, 0, NotSerialized)
        {
            If (LEqual (\_SB.CPUS.CST2, 2))
            {
                Return (CXL2)
            }
            Return (CXL3)
        }
    }

    Scope (\_SB.CPUS.C003)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 },
            Package () { 1600, 12800, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            If (\_SB.CPUS.PPCS)
            {
                Sleep (\_SB.CPUS.PPCS)
                Store ("SLOW _PPC END", Debug)
            }
            Return (\_SB.CPUS.PPC3)
        }

        Name (_PSD, Package ()
        {
            Package () { 5, 0, 3, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT), C2/C3 by P_LVL2/3; without C3 */
        Name (CXL3, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 40, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 400, 250 }
        })
        Name (CXL2, Package ()
        {
            2,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 40, 500 }
        })

        Method (_CST, 0, NotSerialized)
        {
            If (LEqual (\_SB.CPUS.CST3, 2))
            {
                Return (CXL2)
            }
            Return (CXL3)
        }
    }

    Scope (\_SB)
    {
        Device (ADP0)
        {
            Name (_HID, "ACPI0003")
            Name (_PCL, Package () { \_SB })
            /* Evaluations of _PSR since a step set it to 0. */
            Name (PSRN, 0)

            /* The first evaluation says so: the AC driver's Notify handler. */
            Method (_PSR, 0, NotSerialized)
            {
                If (LEqual (PSRN, 0))
                {
                    Store ("AC _PSR", Debug)
                }
                Increment (PSRN)
                Return (One)
            }
        }
    }
}
