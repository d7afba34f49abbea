/*
 * Example firmware of a hybrid host: 4 performance and 4 efficiency cores
 *
 *   C000-C003  performance cores: 8 P-states 3600..1500 MHz,
 *              C2/C3 exit latencies 40/150 us
 *   C004-C007  efficiency cores: 5 P-states 2400..1200 MHz,
 *              C2/C3 exit latencies 80/400 us
 *   _PPC       0, 1, 2, 3 on the performance cores,
 *              0, 1, 0, 2 on the efficiency cores
 *   _PSD       each processor alone in a SW_ALL domain
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "EXAMPLE", 1)
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
            Package () { 3600, 28800, 10, 10, 0x10, 0x10 },
            Package () { 3300, 26400, 10, 10, 0x11, 0x11 },
            Package () { 3000, 24000, 10, 10, 0x12, 0x12 },
            Package () { 2700, 21600, 10, 10, 0x13, 0x13 },
            Package () { 2400, 19200, 10, 10, 0x14, 0x14 },
            Package () { 2100, 16800, 10, 10, 0x15, 0x15 },
            Package () { 1800, 14400, 10, 10, 0x16, 0x16 },
            Package () { 1500, 12000, 10, 10, 0x17, 0x17 }
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
                2, 40, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 150, 250
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
            Package () { 3600, 28800, 10, 10, 0x10, 0x10 },
            Package () { 3300, 26400, 10, 10, 0x11, 0x11 },
            Package () { 3000, 24000, 10, 10, 0x12, 0x12 },
            Package () { 2700, 21600, 10, 10, 0x13, 0x13 },
            Package () { 2400, 19200, 10, 10, 0x14, 0x14 },
            Package () { 2100, 16800, 10, 10, 0x15, 0x15 },
            Package () { 1800, 14400, 10, 10, 0x16, 0x16 },
            Package () { 1500, 12000, 10, 10, 0x17, 0x17 }
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
                2, 40, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 150, 250
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
            Package () { 3600, 28800, 10, 10, 0x10, 0x10 },
            Package () { 3300, 26400, 10, 10, 0x11, 0x11 },
            Package () { 3000, 24000, 10, 10, 0x12, 0x12 },
            Package () { 2700, 21600, 10, 10, 0x13, 0x13 },
            Package () { 2400, 19200, 10, 10, 0x14, 0x14 },
            Package () { 2100, 16800, 10, 10, 0x15, 0x15 },
            Package () { 1800, 14400, 10, 10, 0x16, 0x16 },
            Package () { 1500, 12000, 10, 10, 0x17, 0x17 }
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
                2, 40, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 150, 250
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
            Package () { 3600, 28800, 10, 10, 0x10, 0x10 },
            Package () { 3300, 26400, 10, 10, 0x11, 0x11 },
            Package () { 3000, 24000, 10, 10, 0x12, 0x12 },
            Package () { 2700, 21600, 10, 10, 0x13, 0x13 },
            Package () { 2400, 19200, 10, 10, 0x14, 0x14 },
            Package () { 2100, 16800, 10, 10, 0x15, 0x15 },
            Package () { 1800, 14400, 10, 10, 0x16, 0x16 },
            Package () { 1500, 12000, 10, 10, 0x17, 0x17 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (3)
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
                2, 40, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 150, 250
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
            Package () { 2100, 16800, 10, 10, 0x11, 0x11 },
            Package () { 1800, 14400, 10, 10, 0x12, 0x12 },
            Package () { 1500, 12000, 10, 10, 0x13, 0x13 },
            Package () { 1200, 9600, 10, 10, 0x14, 0x14 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
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
                2, 80, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 400, 250
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
            Package () { 2400, 19200, 10, 10, 0x10, 0x10 },
            Package () { 2100, 16800, 10, 10, 0x11, 0x11 },
            Package () { 1800, 14400, 10, 10, 0x12, 0x12 },
            Package () { 1500, 12000, 10, 10, 0x13, 0x13 },
            Package () { 1200, 9600, 10, 10, 0x14, 0x14 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
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
                2, 80, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 400, 250
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
            Package () { 2400, 19200, 10, 10, 0x10, 0x10 },
            Package () { 2100, 16800, 10, 10, 0x11, 0x11 },
            Package () { 1800, 14400, 10, 10, 0x12, 0x12 },
            Package () { 1500, 12000, 10, 10, 0x13, 0x13 },
            Package () { 1200, 9600, 10, 10, 0x14, 0x14 }
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
                2, 80, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 400, 250
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
            Package () { 2400, 19200, 10, 10, 0x10, 0x10 },
            Package () { 2100, 16800, 10, 10, 0x11, 0x11 },
            Package () { 1800, 14400, 10, 10, 0x12, 0x12 },
            Package () { 1500, 12000, 10, 10, 0x13, 0x13 },
            Package () { 1200, 9600, 10, 10, 0x14, 0x14 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (2)
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
                2, 80, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 400, 250
            }
        })
    }
}
