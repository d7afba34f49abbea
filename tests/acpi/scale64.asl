/*
 * 64 processors, each with objects of its own
 *
 * Processor n: _PSS of 3 + n % 6 states from 2000 + 100 * (n % 16) MHz
 * down in 200 MHz steps, _PPC n % states % 3, alone in a SW_ALL domain,
 * C2/C3 exit latencies 10 + n and 100 + 5n us.  Booted with one
 * dom0 vCPU.
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "SCALE64", 1)
{
    External (\_SB.CPUS, DeviceObj)
    External (\_SB.CPUS.C000, ProcessorObj)
    External (\_SB.CPUS.C001, ProcessorObj)
    External (\_SB.CPUS.C002, ProcessorObj)
    External (\_SB.CPUS.C003, ProcessorObj)
    External (\_SB.CPUS.C004, ProcessorObj)
    External (\_SB.CPUS.C005, ProcessorObj)
    External (\_SB.CPUS.C006, ProcessorObj)
    External (\_SB.CPUS.C007, ProcessorObj)
    External (\_SB.CPUS.C008, ProcessorObj)
    External (\_SB.CPUS.C009, ProcessorObj)
    External (\_SB.CPUS.C00A, ProcessorObj)
    External (\_SB.CPUS.C00B, ProcessorObj)
    External (\_SB.CPUS.C00C, ProcessorObj)
    External (\_SB.CPUS.C00D, ProcessorObj)
    External (\_SB.CPUS.C00E, ProcessorObj)
    External (\_SB.CPUS.C00F, ProcessorObj)
    External (\_SB.CPUS.C010, ProcessorObj)
    External (\_SB.CPUS.C011, ProcessorObj)
    External (\_SB.CPUS.C012, ProcessorObj)
    External (\_SB.CPUS.C013, ProcessorObj)
    External (\_SB.CPUS.C014, ProcessorObj)
    External (\_SB.CPUS.C015, ProcessorObj)
    External (\_SB.CPUS.C016, ProcessorObj)
    External (\_SB.CPUS.C017, ProcessorObj)
    External (\_SB.CPUS.C018, ProcessorObj)
    External (\_SB.CPUS.C019, ProcessorObj)
    External (\_SB.CPUS.C01A, ProcessorObj)
    External (\_SB.CPUS.C01B, ProcessorObj)
    External (\_SB.CPUS.C01C, ProcessorObj)
    External (\_SB.CPUS.C01D, ProcessorObj)
    External (\_SB.CPUS.C01E, ProcessorObj)
    External (\_SB.CPUS.C01F, ProcessorObj)
    External (\_SB.CPUS.C020, ProcessorObj)
    External (\_SB.CPUS.C021, ProcessorObj)
    External (\_SB.CPUS.C022, ProcessorObj)
    External (\_SB.CPUS.C023, ProcessorObj)
    External (\_SB.CPUS.C024, ProcessorObj)
    External (\_SB.CPUS.C025, ProcessorObj)
    External (\_SB.CPUS.C026, ProcessorObj)
    External (\_SB.CPUS.C027, ProcessorObj)
    External (\_SB.CPUS.C028, ProcessorObj)
    External (\_SB.CPUS.C029, ProcessorObj)
    External (\_SB.CPUS.C02A, ProcessorObj)
    External (\_SB.CPUS.C02B, ProcessorObj)
    External (\_SB.CPUS.C02C, ProcessorObj)
    External (\_SB.CPUS.C02D, ProcessorObj)
    External (\_SB.CPUS.C02E, ProcessorObj)
    External (\_SB.CPUS.C02F, ProcessorObj)
    External (\_SB.CPUS.C030, ProcessorObj)
    External (\_SB.CPUS.C031, ProcessorObj)
    External (\_SB.CPUS.C032, ProcessorObj)
    External (\_SB.CPUS.C033, ProcessorObj)
    External (\_SB.CPUS.C034, ProcessorObj)
    External (\_SB.CPUS.C035, ProcessorObj)
    External (\_SB.CPUS.C036, ProcessorObj)
    External (\_SB.CPUS.C037, ProcessorObj)
    External (\_SB.CPUS.C038, ProcessorObj)
    External (\_SB.CPUS.C039, ProcessorObj)
    External (\_SB.CPUS.C03A, ProcessorObj)
    External (\_SB.CPUS.C03B, ProcessorObj)
    External (\_SB.CPUS.C03C, ProcessorObj)
    External (\_SB.CPUS.C03D, ProcessorObj)
    External (\_SB.CPUS.C03E, ProcessorObj)
    External (\_SB.CPUS.C03F, ProcessorObj)

    Scope (\_SB.CPUS)
    {
        /* _PCT of every processor: SystemIO control and status ports */
        Name (PCTR, Package ()
        {
            ResourceTemplate () { Register (SystemIO, 16, 0, 0x0E00, 2) },
            ResourceTemplate () { Register (SystemIO, 16, 0, 0x0E02, 2) }
        })
    }

    Scope (\_SB.CPUS.C000)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2000, 16000, 10, 10, 0x10, 0x10 },
            Package () { 1800, 14400, 10, 10, 0x11, 0x11 },
            Package () { 1600, 12800, 10, 10, 0x12, 0x12 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 0 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 0, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 10, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 100, 250
            }
        })
    }

    Scope (\_SB.CPUS.C001)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2100, 16800, 10, 10, 0x10, 0x10 },
            Package () { 1900, 15200, 10, 10, 0x11, 0x11 },
            Package () { 1700, 13600, 10, 10, 0x12, 0x12 },
            Package () { 1500, 12000, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 1 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 1, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 11, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 105, 250
            }
        })
    }

    Scope (\_SB.CPUS.C002)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2200, 17600, 10, 10, 0x10, 0x10 },
            Package () { 2000, 16000, 10, 10, 0x11, 0x11 },
            Package () { 1800, 14400, 10, 10, 0x12, 0x12 },
            Package () { 1600, 12800, 10, 10, 0x13, 0x13 },
            Package () { 1400, 11200, 10, 10, 0x14, 0x14 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (2)
        }

        /* SW_ALL domain 2 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 2, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 12, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 110, 250
            }
        })
    }

    Scope (\_SB.CPUS.C003)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2300, 18400, 10, 10, 0x10, 0x10 },
            Package () { 2100, 16800, 10, 10, 0x11, 0x11 },
            Package () { 1900, 15200, 10, 10, 0x12, 0x12 },
            Package () { 1700, 13600, 10, 10, 0x13, 0x13 },
            Package () { 1500, 12000, 10, 10, 0x14, 0x14 },
            Package () { 1300, 10400, 10, 10, 0x15, 0x15 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 3 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 3, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 13, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 115, 250
            }
        })
    }

    Scope (\_SB.CPUS.C004)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2400, 19200, 10, 10, 0x10, 0x10 },
            Package () { 2200, 17600, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 },
            Package () { 1800, 14400, 10, 10, 0x13, 0x13 },
            Package () { 1600, 12800, 10, 10, 0x14, 0x14 },
            Package () { 1400, 11200, 10, 10, 0x15, 0x15 },
            Package () { 1200, 9600, 10, 10, 0x16, 0x16 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 4 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 4, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 14, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 120, 250
            }
        })
    }

    Scope (\_SB.CPUS.C005)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2500, 20000, 10, 10, 0x10, 0x10 },
            Package () { 2300, 18400, 10, 10, 0x11, 0x11 },
            Package () { 2100, 16800, 10, 10, 0x12, 0x12 },
            Package () { 1900, 15200, 10, 10, 0x13, 0x13 },
            Package () { 1700, 13600, 10, 10, 0x14, 0x14 },
            Package () { 1500, 12000, 10, 10, 0x15, 0x15 },
            Package () { 1300, 10400, 10, 10, 0x16, 0x16 },
            Package () { 1100, 8800, 10, 10, 0x17, 0x17 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (2)
        }

        /* SW_ALL domain 5 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 5, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 15, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 125, 250
            }
        })
    }

    Scope (\_SB.CPUS.C006)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2600, 20800, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2200, 17600, 10, 10, 0x12, 0x12 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 6 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 6, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 16, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 130, 250
            }
        })
    }

    Scope (\_SB.CPUS.C007)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2700, 21600, 10, 10, 0x10, 0x10 },
            Package () { 2500, 20000, 10, 10, 0x11, 0x11 },
            Package () { 2300, 18400, 10, 10, 0x12, 0x12 },
            Package () { 2100, 16800, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 7 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 7, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 17, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 135, 250
            }
        })
    }

    Scope (\_SB.CPUS.C008)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2600, 20800, 10, 10, 0x11, 0x11 },
            Package () { 2400, 19200, 10, 10, 0x12, 0x12 },
            Package () { 2200, 17600, 10, 10, 0x13, 0x13 },
            Package () { 2000, 16000, 10, 10, 0x14, 0x14 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 8 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 8, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 18, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 140, 250
            }
        })
    }

    Scope (\_SB.CPUS.C009)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2900, 23200, 10, 10, 0x10, 0x10 },
            Package () { 2700, 21600, 10, 10, 0x11, 0x11 },
            Package () { 2500, 20000, 10, 10, 0x12, 0x12 },
            Package () { 2300, 18400, 10, 10, 0x13, 0x13 },
            Package () { 2100, 16800, 10, 10, 0x14, 0x14 },
            Package () { 1900, 15200, 10, 10, 0x15, 0x15 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 9 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 9, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 19, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 145, 250
            }
        })
    }

    Scope (\_SB.CPUS.C00A)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3000, 24000, 10, 10, 0x10, 0x10 },
            Package () { 2800, 22400, 10, 10, 0x11, 0x11 },
            Package () { 2600, 20800, 10, 10, 0x12, 0x12 },
            Package () { 2400, 19200, 10, 10, 0x13, 0x13 },
            Package () { 2200, 17600, 10, 10, 0x14, 0x14 },
            Package () { 2000, 16000, 10, 10, 0x15, 0x15 },
            Package () { 1800, 14400, 10, 10, 0x16, 0x16 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 10 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 10, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 20, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 150, 250
            }
        })
    }

    Scope (\_SB.CPUS.C00B)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3100, 24800, 10, 10, 0x10, 0x10 },
            Package () { 2900, 23200, 10, 10, 0x11, 0x11 },
            Package () { 2700, 21600, 10, 10, 0x12, 0x12 },
            Package () { 2500, 20000, 10, 10, 0x13, 0x13 },
            Package () { 2300, 18400, 10, 10, 0x14, 0x14 },
            Package () { 2100, 16800, 10, 10, 0x15, 0x15 },
            Package () { 1900, 15200, 10, 10, 0x16, 0x16 },
            Package () { 1700, 13600, 10, 10, 0x17, 0x17 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 11 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 11, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 21, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 155, 250
            }
        })
    }

    Scope (\_SB.CPUS.C00C)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3200, 25600, 10, 10, 0x10, 0x10 },
            Package () { 3000, 24000, 10, 10, 0x11, 0x11 },
            Package () { 2800, 22400, 10, 10, 0x12, 0x12 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 12 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 12, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 22, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 160, 250
            }
        })
    }

    Scope (\_SB.CPUS.C00D)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3300, 26400, 10, 10, 0x10, 0x10 },
            Package () { 3100, 24800, 10, 10, 0x11, 0x11 },
            Package () { 2900, 23200, 10, 10, 0x12, 0x12 },
            Package () { 2700, 21600, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 13 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 13, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 23, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 165, 250
            }
        })
    }

    Scope (\_SB.CPUS.C00E)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3400, 27200, 10, 10, 0x10, 0x10 },
            Package () { 3200, 25600, 10, 10, 0x11, 0x11 },
            Package () { 3000, 24000, 10, 10, 0x12, 0x12 },
            Package () { 2800, 22400, 10, 10, 0x13, 0x13 },
            Package () { 2600, 20800, 10, 10, 0x14, 0x14 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 14 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 14, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 24, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 170, 250
            }
        })
    }

    Scope (\_SB.CPUS.C00F)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3500, 28000, 10, 10, 0x10, 0x10 },
            Package () { 3300, 26400, 10, 10, 0x11, 0x11 },
            Package () { 3100, 24800, 10, 10, 0x12, 0x12 },
            Package () { 2900, 23200, 10, 10, 0x13, 0x13 },
            Package () { 2700, 21600, 10, 10, 0x14, 0x14 },
            Package () { 2500, 20000, 10, 10, 0x15, 0x15 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 15 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 15, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 25, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 175, 250
            }
        })
    }

    Scope (\_SB.CPUS.C010)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2000, 16000, 10, 10, 0x10, 0x10 },
            Package () { 1800, 14400, 10, 10, 0x11, 0x11 },
            Package () { 1600, 12800, 10, 10, 0x12, 0x12 },
            Package () { 1400, 11200, 10, 10, 0x13, 0x13 },
            Package () { 1200, 9600, 10, 10, 0x14, 0x14 },
            Package () { 1000, 8000, 10, 10, 0x15, 0x15 },
            Package () { 800, 6400, 10, 10, 0x16, 0x16 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (2)
        }

        /* SW_ALL domain 16 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 16, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 26, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 180, 250
            }
        })
    }

    Scope (\_SB.CPUS.C011)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2100, 16800, 10, 10, 0x10, 0x10 },
            Package () { 1900, 15200, 10, 10, 0x11, 0x11 },
            Package () { 1700, 13600, 10, 10, 0x12, 0x12 },
            Package () { 1500, 12000, 10, 10, 0x13, 0x13 },
            Package () { 1300, 10400, 10, 10, 0x14, 0x14 },
            Package () { 1100, 8800, 10, 10, 0x15, 0x15 },
            Package () { 900, 7200, 10, 10, 0x16, 0x16 },
            Package () { 700, 5600, 10, 10, 0x17, 0x17 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 17 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 17, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 27, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 185, 250
            }
        })
    }

    Scope (\_SB.CPUS.C012)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2200, 17600, 10, 10, 0x10, 0x10 },
            Package () { 2000, 16000, 10, 10, 0x11, 0x11 },
            Package () { 1800, 14400, 10, 10, 0x12, 0x12 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 18 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 18, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 28, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 190, 250
            }
        })
    }

    Scope (\_SB.CPUS.C013)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2300, 18400, 10, 10, 0x10, 0x10 },
            Package () { 2100, 16800, 10, 10, 0x11, 0x11 },
            Package () { 1900, 15200, 10, 10, 0x12, 0x12 },
            Package () { 1700, 13600, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 19 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 19, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 29, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 195, 250
            }
        })
    }

    Scope (\_SB.CPUS.C014)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2400, 19200, 10, 10, 0x10, 0x10 },
            Package () { 2200, 17600, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 },
            Package () { 1800, 14400, 10, 10, 0x13, 0x13 },
            Package () { 1600, 12800, 10, 10, 0x14, 0x14 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 20 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 20, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 30, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 200, 250
            }
        })
    }

    Scope (\_SB.CPUS.C015)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2500, 20000, 10, 10, 0x10, 0x10 },
            Package () { 2300, 18400, 10, 10, 0x11, 0x11 },
            Package () { 2100, 16800, 10, 10, 0x12, 0x12 },
            Package () { 1900, 15200, 10, 10, 0x13, 0x13 },
            Package () { 1700, 13600, 10, 10, 0x14, 0x14 },
            Package () { 1500, 12000, 10, 10, 0x15, 0x15 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 21 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 21, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 31, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 205, 250
            }
        })
    }

    Scope (\_SB.CPUS.C016)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2600, 20800, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2200, 17600, 10, 10, 0x12, 0x12 },
            Package () { 2000, 16000, 10, 10, 0x13, 0x13 },
            Package () { 1800, 14400, 10, 10, 0x14, 0x14 },
            Package () { 1600, 12800, 10, 10, 0x15, 0x15 },
            Package () { 1400, 11200, 10, 10, 0x16, 0x16 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 22 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 22, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 32, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 210, 250
            }
        })
    }

    Scope (\_SB.CPUS.C017)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2700, 21600, 10, 10, 0x10, 0x10 },
            Package () { 2500, 20000, 10, 10, 0x11, 0x11 },
            Package () { 2300, 18400, 10, 10, 0x12, 0x12 },
            Package () { 2100, 16800, 10, 10, 0x13, 0x13 },
            Package () { 1900, 15200, 10, 10, 0x14, 0x14 },
            Package () { 1700, 13600, 10, 10, 0x15, 0x15 },
            Package () { 1500, 12000, 10, 10, 0x16, 0x16 },
            Package () { 1300, 10400, 10, 10, 0x17, 0x17 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 23 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 23, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 33, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 215, 250
            }
        })
    }

    Scope (\_SB.CPUS.C018)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2600, 20800, 10, 10, 0x11, 0x11 },
            Package () { 2400, 19200, 10, 10, 0x12, 0x12 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 24 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 24, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 34, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 220, 250
            }
        })
    }

    Scope (\_SB.CPUS.C019)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2900, 23200, 10, 10, 0x10, 0x10 },
            Package () { 2700, 21600, 10, 10, 0x11, 0x11 },
            Package () { 2500, 20000, 10, 10, 0x12, 0x12 },
            Package () { 2300, 18400, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 25 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 25, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 35, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 225, 250
            }
        })
    }

    Scope (\_SB.CPUS.C01A)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3000, 24000, 10, 10, 0x10, 0x10 },
            Package () { 2800, 22400, 10, 10, 0x11, 0x11 },
            Package () { 2600, 20800, 10, 10, 0x12, 0x12 },
            Package () { 2400, 19200, 10, 10, 0x13, 0x13 },
            Package () { 2200, 17600, 10, 10, 0x14, 0x14 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 26 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 26, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 36, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 230, 250
            }
        })
    }

    Scope (\_SB.CPUS.C01B)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3100, 24800, 10, 10, 0x10, 0x10 },
            Package () { 2900, 23200, 10, 10, 0x11, 0x11 },
            Package () { 2700, 21600, 10, 10, 0x12, 0x12 },
            Package () { 2500, 20000, 10, 10, 0x13, 0x13 },
            Package () { 2300, 18400, 10, 10, 0x14, 0x14 },
            Package () { 2100, 16800, 10, 10, 0x15, 0x15 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 27 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 27, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 37, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 235, 250
            }
        })
    }

    Scope (\_SB.CPUS.C01C)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3200, 25600, 10, 10, 0x10, 0x10 },
            Package () { 3000, 24000, 10, 10, 0x11, 0x11 },
            Package () { 2800, 22400, 10, 10, 0x12, 0x12 },
            Package () { 2600, 20800, 10, 10, 0x13, 0x13 },
            Package () { 2400, 19200, 10, 10, 0x14, 0x14 },
            Package () { 2200, 17600, 10, 10, 0x15, 0x15 },
            Package () { 2000, 16000, 10, 10, 0x16, 0x16 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 28 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 28, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 38, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 240, 250
            }
        })
    }

    Scope (\_SB.CPUS.C01D)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3300, 26400, 10, 10, 0x10, 0x10 },
            Package () { 3100, 24800, 10, 10, 0x11, 0x11 },
            Package () { 2900, 23200, 10, 10, 0x12, 0x12 },
            Package () { 2700, 21600, 10, 10, 0x13, 0x13 },
            Package () { 2500, 20000, 10, 10, 0x14, 0x14 },
            Package () { 2300, 18400, 10, 10, 0x15, 0x15 },
            Package () { 2100, 16800, 10, 10, 0x16, 0x16 },
            Package () { 1900, 15200, 10, 10, 0x17, 0x17 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (2)
        }

        /* SW_ALL domain 29 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 29, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 39, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 245, 250
            }
        })
    }

    Scope (\_SB.CPUS.C01E)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3400, 27200, 10, 10, 0x10, 0x10 },
            Package () { 3200, 25600, 10, 10, 0x11, 0x11 },
            Package () { 3000, 24000, 10, 10, 0x12, 0x12 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 30 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 30, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 40, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 250, 250
            }
        })
    }

    Scope (\_SB.CPUS.C01F)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3500, 28000, 10, 10, 0x10, 0x10 },
            Package () { 3300, 26400, 10, 10, 0x11, 0x11 },
            Package () { 3100, 24800, 10, 10, 0x12, 0x12 },
            Package () { 2900, 23200, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 31 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 31, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 41, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 255, 250
            }
        })
    }

    Scope (\_SB.CPUS.C020)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2000, 16000, 10, 10, 0x10, 0x10 },
            Package () { 1800, 14400, 10, 10, 0x11, 0x11 },
            Package () { 1600, 12800, 10, 10, 0x12, 0x12 },
            Package () { 1400, 11200, 10, 10, 0x13, 0x13 },
            Package () { 1200, 9600, 10, 10, 0x14, 0x14 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (2)
        }

        /* SW_ALL domain 32 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 32, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 42, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 260, 250
            }
        })
    }

    Scope (\_SB.CPUS.C021)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2100, 16800, 10, 10, 0x10, 0x10 },
            Package () { 1900, 15200, 10, 10, 0x11, 0x11 },
            Package () { 1700, 13600, 10, 10, 0x12, 0x12 },
            Package () { 1500, 12000, 10, 10, 0x13, 0x13 },
            Package () { 1300, 10400, 10, 10, 0x14, 0x14 },
            Package () { 1100, 8800, 10, 10, 0x15, 0x15 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 33 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 33, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 43, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 265, 250
            }
        })
    }

    Scope (\_SB.CPUS.C022)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2200, 17600, 10, 10, 0x10, 0x10 },
            Package () { 2000, 16000, 10, 10, 0x11, 0x11 },
            Package () { 1800, 14400, 10, 10, 0x12, 0x12 },
            Package () { 1600, 12800, 10, 10, 0x13, 0x13 },
            Package () { 1400, 11200, 10, 10, 0x14, 0x14 },
            Package () { 1200, 9600, 10, 10, 0x15, 0x15 },
            Package () { 1000, 8000, 10, 10, 0x16, 0x16 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 34 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 34, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 44, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 270, 250
            }
        })
    }

    Scope (\_SB.CPUS.C023)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2300, 18400, 10, 10, 0x10, 0x10 },
            Package () { 2100, 16800, 10, 10, 0x11, 0x11 },
            Package () { 1900, 15200, 10, 10, 0x12, 0x12 },
            Package () { 1700, 13600, 10, 10, 0x13, 0x13 },
            Package () { 1500, 12000, 10, 10, 0x14, 0x14 },
            Package () { 1300, 10400, 10, 10, 0x15, 0x15 },
            Package () { 1100, 8800, 10, 10, 0x16, 0x16 },
            Package () { 900, 7200, 10, 10, 0x17, 0x17 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 35 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 35, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 45, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 275, 250
            }
        })
    }

    Scope (\_SB.CPUS.C024)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2400, 19200, 10, 10, 0x10, 0x10 },
            Package () { 2200, 17600, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 36 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 36, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 46, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 280, 250
            }
        })
    }

    Scope (\_SB.CPUS.C025)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2500, 20000, 10, 10, 0x10, 0x10 },
            Package () { 2300, 18400, 10, 10, 0x11, 0x11 },
            Package () { 2100, 16800, 10, 10, 0x12, 0x12 },
            Package () { 1900, 15200, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 37 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 37, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 47, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 285, 250
            }
        })
    }

    Scope (\_SB.CPUS.C026)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2600, 20800, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2200, 17600, 10, 10, 0x12, 0x12 },
            Package () { 2000, 16000, 10, 10, 0x13, 0x13 },
            Package () { 1800, 14400, 10, 10, 0x14, 0x14 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 38 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 38, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 48, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 290, 250
            }
        })
    }

    Scope (\_SB.CPUS.C027)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2700, 21600, 10, 10, 0x10, 0x10 },
            Package () { 2500, 20000, 10, 10, 0x11, 0x11 },
            Package () { 2300, 18400, 10, 10, 0x12, 0x12 },
            Package () { 2100, 16800, 10, 10, 0x13, 0x13 },
            Package () { 1900, 15200, 10, 10, 0x14, 0x14 },
            Package () { 1700, 13600, 10, 10, 0x15, 0x15 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 39 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 39, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 49, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 295, 250
            }
        })
    }

    Scope (\_SB.CPUS.C028)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2600, 20800, 10, 10, 0x11, 0x11 },
            Package () { 2400, 19200, 10, 10, 0x12, 0x12 },
            Package () { 2200, 17600, 10, 10, 0x13, 0x13 },
            Package () { 2000, 16000, 10, 10, 0x14, 0x14 },
            Package () { 1800, 14400, 10, 10, 0x15, 0x15 },
            Package () { 1600, 12800, 10, 10, 0x16, 0x16 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (2)
        }

        /* SW_ALL domain 40 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 40, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 50, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 300, 250
            }
        })
    }

    Scope (\_SB.CPUS.C029)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2900, 23200, 10, 10, 0x10, 0x10 },
            Package () { 2700, 21600, 10, 10, 0x11, 0x11 },
            Package () { 2500, 20000, 10, 10, 0x12, 0x12 },
            Package () { 2300, 18400, 10, 10, 0x13, 0x13 },
            Package () { 2100, 16800, 10, 10, 0x14, 0x14 },
            Package () { 1900, 15200, 10, 10, 0x15, 0x15 },
            Package () { 1700, 13600, 10, 10, 0x16, 0x16 },
            Package () { 1500, 12000, 10, 10, 0x17, 0x17 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 41 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 41, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 51, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 305, 250
            }
        })
    }

    Scope (\_SB.CPUS.C02A)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3000, 24000, 10, 10, 0x10, 0x10 },
            Package () { 2800, 22400, 10, 10, 0x11, 0x11 },
            Package () { 2600, 20800, 10, 10, 0x12, 0x12 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 42 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 42, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 52, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 310, 250
            }
        })
    }

    Scope (\_SB.CPUS.C02B)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3100, 24800, 10, 10, 0x10, 0x10 },
            Package () { 2900, 23200, 10, 10, 0x11, 0x11 },
            Package () { 2700, 21600, 10, 10, 0x12, 0x12 },
            Package () { 2500, 20000, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 43 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 43, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 53, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 315, 250
            }
        })
    }

    Scope (\_SB.CPUS.C02C)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3200, 25600, 10, 10, 0x10, 0x10 },
            Package () { 3000, 24000, 10, 10, 0x11, 0x11 },
            Package () { 2800, 22400, 10, 10, 0x12, 0x12 },
            Package () { 2600, 20800, 10, 10, 0x13, 0x13 },
            Package () { 2400, 19200, 10, 10, 0x14, 0x14 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 44 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 44, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 54, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 320, 250
            }
        })
    }

    Scope (\_SB.CPUS.C02D)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3300, 26400, 10, 10, 0x10, 0x10 },
            Package () { 3100, 24800, 10, 10, 0x11, 0x11 },
            Package () { 2900, 23200, 10, 10, 0x12, 0x12 },
            Package () { 2700, 21600, 10, 10, 0x13, 0x13 },
            Package () { 2500, 20000, 10, 10, 0x14, 0x14 },
            Package () { 2300, 18400, 10, 10, 0x15, 0x15 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 45 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 45, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 55, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 325, 250
            }
        })
    }

    Scope (\_SB.CPUS.C02E)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3400, 27200, 10, 10, 0x10, 0x10 },
            Package () { 3200, 25600, 10, 10, 0x11, 0x11 },
            Package () { 3000, 24000, 10, 10, 0x12, 0x12 },
            Package () { 2800, 22400, 10, 10, 0x13, 0x13 },
            Package () { 2600, 20800, 10, 10, 0x14, 0x14 },
            Package () { 2400, 19200, 10, 10, 0x15, 0x15 },
            Package () { 2200, 17600, 10, 10, 0x16, 0x16 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 46 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 46, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 56, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 330, 250
            }
        })
    }

    Scope (\_SB.CPUS.C02F)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3500, 28000, 10, 10, 0x10, 0x10 },
            Package () { 3300, 26400, 10, 10, 0x11, 0x11 },
            Package () { 3100, 24800, 10, 10, 0x12, 0x12 },
            Package () { 2900, 23200, 10, 10, 0x13, 0x13 },
            Package () { 2700, 21600, 10, 10, 0x14, 0x14 },
            Package () { 2500, 20000, 10, 10, 0x15, 0x15 },
            Package () { 2300, 18400, 10, 10, 0x16, 0x16 },
            Package () { 2100, 16800, 10, 10, 0x17, 0x17 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 47 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 47, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 57, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 335, 250
            }
        })
    }

    Scope (\_SB.CPUS.C030)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2000, 16000, 10, 10, 0x10, 0x10 },
            Package () { 1800, 14400, 10, 10, 0x11, 0x11 },
            Package () { 1600, 12800, 10, 10, 0x12, 0x12 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 48 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 48, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 58, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 340, 250
            }
        })
    }

    Scope (\_SB.CPUS.C031)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2100, 16800, 10, 10, 0x10, 0x10 },
            Package () { 1900, 15200, 10, 10, 0x11, 0x11 },
            Package () { 1700, 13600, 10, 10, 0x12, 0x12 },
            Package () { 1500, 12000, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 49 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 49, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 59, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 345, 250
            }
        })
    }

    Scope (\_SB.CPUS.C032)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2200, 17600, 10, 10, 0x10, 0x10 },
            Package () { 2000, 16000, 10, 10, 0x11, 0x11 },
            Package () { 1800, 14400, 10, 10, 0x12, 0x12 },
            Package () { 1600, 12800, 10, 10, 0x13, 0x13 },
            Package () { 1400, 11200, 10, 10, 0x14, 0x14 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 50 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 50, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 60, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 350, 250
            }
        })
    }

    Scope (\_SB.CPUS.C033)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2300, 18400, 10, 10, 0x10, 0x10 },
            Package () { 2100, 16800, 10, 10, 0x11, 0x11 },
            Package () { 1900, 15200, 10, 10, 0x12, 0x12 },
            Package () { 1700, 13600, 10, 10, 0x13, 0x13 },
            Package () { 1500, 12000, 10, 10, 0x14, 0x14 },
            Package () { 1300, 10400, 10, 10, 0x15, 0x15 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 51 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 51, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 61, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 355, 250
            }
        })
    }

    Scope (\_SB.CPUS.C034)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2400, 19200, 10, 10, 0x10, 0x10 },
            Package () { 2200, 17600, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 },
            Package () { 1800, 14400, 10, 10, 0x13, 0x13 },
            Package () { 1600, 12800, 10, 10, 0x14, 0x14 },
            Package () { 1400, 11200, 10, 10, 0x15, 0x15 },
            Package () { 1200, 9600, 10, 10, 0x16, 0x16 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 52 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 52, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 62, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 360, 250
            }
        })
    }

    Scope (\_SB.CPUS.C035)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2500, 20000, 10, 10, 0x10, 0x10 },
            Package () { 2300, 18400, 10, 10, 0x11, 0x11 },
            Package () { 2100, 16800, 10, 10, 0x12, 0x12 },
            Package () { 1900, 15200, 10, 10, 0x13, 0x13 },
            Package () { 1700, 13600, 10, 10, 0x14, 0x14 },
            Package () { 1500, 12000, 10, 10, 0x15, 0x15 },
            Package () { 1300, 10400, 10, 10, 0x16, 0x16 },
            Package () { 1100, 8800, 10, 10, 0x17, 0x17 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (2)
        }

        /* SW_ALL domain 53 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 53, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 63, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 365, 250
            }
        })
    }

    Scope (\_SB.CPUS.C036)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2600, 20800, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2200, 17600, 10, 10, 0x12, 0x12 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 54 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 54, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 64, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 370, 250
            }
        })
    }

    Scope (\_SB.CPUS.C037)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2700, 21600, 10, 10, 0x10, 0x10 },
            Package () { 2500, 20000, 10, 10, 0x11, 0x11 },
            Package () { 2300, 18400, 10, 10, 0x12, 0x12 },
            Package () { 2100, 16800, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 55 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 55, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 65, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 375, 250
            }
        })
    }

    Scope (\_SB.CPUS.C038)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2600, 20800, 10, 10, 0x11, 0x11 },
            Package () { 2400, 19200, 10, 10, 0x12, 0x12 },
            Package () { 2200, 17600, 10, 10, 0x13, 0x13 },
            Package () { 2000, 16000, 10, 10, 0x14, 0x14 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 56 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 56, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 66, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 380, 250
            }
        })
    }

    Scope (\_SB.CPUS.C039)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 2900, 23200, 10, 10, 0x10, 0x10 },
            Package () { 2700, 21600, 10, 10, 0x11, 0x11 },
            Package () { 2500, 20000, 10, 10, 0x12, 0x12 },
            Package () { 2300, 18400, 10, 10, 0x13, 0x13 },
            Package () { 2100, 16800, 10, 10, 0x14, 0x14 },
            Package () { 1900, 15200, 10, 10, 0x15, 0x15 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 57 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 57, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 67, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 385, 250
            }
        })
    }

    Scope (\_SB.CPUS.C03A)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3000, 24000, 10, 10, 0x10, 0x10 },
            Package () { 2800, 22400, 10, 10, 0x11, 0x11 },
            Package () { 2600, 20800, 10, 10, 0x12, 0x12 },
            Package () { 2400, 19200, 10, 10, 0x13, 0x13 },
            Package () { 2200, 17600, 10, 10, 0x14, 0x14 },
            Package () { 2000, 16000, 10, 10, 0x15, 0x15 },
            Package () { 1800, 14400, 10, 10, 0x16, 0x16 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (2)
        }

        /* SW_ALL domain 58 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 58, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 68, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 390, 250
            }
        })
    }

    Scope (\_SB.CPUS.C03B)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3100, 24800, 10, 10, 0x10, 0x10 },
            Package () { 2900, 23200, 10, 10, 0x11, 0x11 },
            Package () { 2700, 21600, 10, 10, 0x12, 0x12 },
            Package () { 2500, 20000, 10, 10, 0x13, 0x13 },
            Package () { 2300, 18400, 10, 10, 0x14, 0x14 },
            Package () { 2100, 16800, 10, 10, 0x15, 0x15 },
            Package () { 1900, 15200, 10, 10, 0x16, 0x16 },
            Package () { 1700, 13600, 10, 10, 0x17, 0x17 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 59 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 59, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 69, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 395, 250
            }
        })
    }

    Scope (\_SB.CPUS.C03C)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3200, 25600, 10, 10, 0x10, 0x10 },
            Package () { 3000, 24000, 10, 10, 0x11, 0x11 },
            Package () { 2800, 22400, 10, 10, 0x12, 0x12 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 60 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 60, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 70, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 400, 250
            }
        })
    }

    Scope (\_SB.CPUS.C03D)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3300, 26400, 10, 10, 0x10, 0x10 },
            Package () { 3100, 24800, 10, 10, 0x11, 0x11 },
            Package () { 2900, 23200, 10, 10, 0x12, 0x12 },
            Package () { 2700, 21600, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 61 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 61, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 71, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 405, 250
            }
        })
    }

    Scope (\_SB.CPUS.C03E)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3400, 27200, 10, 10, 0x10, 0x10 },
            Package () { 3200, 25600, 10, 10, 0x11, 0x11 },
            Package () { 3000, 24000, 10, 10, 0x12, 0x12 },
            Package () { 2800, 22400, 10, 10, 0x13, 0x13 },
            Package () { 2600, 20800, 10, 10, 0x14, 0x14 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (2)
        }

        /* SW_ALL domain 62 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 62, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 72, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 410, 250
            }
        })
    }

    Scope (\_SB.CPUS.C03F)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3500, 28000, 10, 10, 0x10, 0x10 },
            Package () { 3300, 26400, 10, 10, 0x11, 0x11 },
            Package () { 3100, 24800, 10, 10, 0x12, 0x12 },
            Package () { 2900, 23200, 10, 10, 0x13, 0x13 },
            Package () { 2700, 21600, 10, 10, 0x14, 0x14 },
            Package () { 2500, 20000, 10, 10, 0x15, 0x15 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 63 of 1 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 63, 0xFC, 1 }
        })

        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {
            3,
            Package ()
            {
                ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) },
                1, 1, 1000
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) },
                2, 73, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 415, 250
            }
        })
    }
}
