/*
 * Xen's CPU 0 with a _CST Xen cannot be given
 *
 *   _PSS  C000: 3000..1400 MHz (5 states), C001: 2800..1600 (4),
 *         C002: 3200..1700 (6), C003: 2600..1500 (3); SystemIO _PCT
 *   _PPC  0, 1, 2, 0
 *   _CST  C1 (FFixedHW), C2 and C3 (SystemIO) with exit latencies
 *         on C001-C003, latencies as in basic.asl; C000's one entry
 *         is of type 4, which no C-state is
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "CPU0CST", 1)
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

    Scope (\_SB.CPUS.C000)
    {
        Method (_PCT, 0, NotSerialized)
        {
            Return (\_SB.CPUS.PCTR)
        }

        Name (_PSS, Package ()
        {
            Package () { 3000, 24000, 10, 10, 0x10, 0x10 },
            Package () { 2600, 20800, 10, 10, 0x11, 0x11 },
            Package () { 2200, 17600, 10, 10, 0x12, 0x12 },
            Package () { 1800, 14400, 10, 10, 0x13, 0x13 },
            Package () { 1400, 11200, 10, 10, 0x14, 0x14 }
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

        Name (_CST, Package () { 1, Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 4, 10, 500 } })
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
                2, 20, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 200, 250
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
            Package () { 3200, 25600, 10, 10, 0x10, 0x10 },
            Package () { 2900, 23200, 10, 10, 0x11, 0x11 },
            Package () { 2600, 20800, 10, 10, 0x12, 0x12 },
            Package () { 2300, 18400, 10, 10, 0x13, 0x13 },
            Package () { 2000, 16000, 10, 10, 0x14, 0x14 },
            Package () { 1700, 13600, 10, 10, 0x15, 0x15 }
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
                2, 30, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 300, 250
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
            Package () { 2600, 20800, 10, 10, 0x10, 0x10 },
            Package () { 2000, 16000, 10, 10, 0x11, 0x11 },
            Package () { 1500, 12000, 10, 10, 0x12, 0x12 }
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
                2, 40, 500
            },
            Package ()
            {
                ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) },
                3, 400, 250
            }
        })
    }
}
