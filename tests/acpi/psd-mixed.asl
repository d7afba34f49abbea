/*
 * SW_ALL domains that mix processors with and without a dom0 vCPU
 *
 * Booted with one dom0 vCPU: only C000 has one.
 *   C000, C001  domain 0 (SW_ALL, 2 processors): 3000..1800 MHz, _PPC 1
 *   C002, C003  domain 1 (SW_ALL, 2 processors): 2400..1200 MHz, _PPC 0
 * Xen starts a domain's governor once every member is registered.
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "PSDMIXED", 1)
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
            Package () { 1800, 14400, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 0 of 2 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 0, 0xFC, 2 }
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

    Scope (\_SB.CPUS.C001)
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
            Package () { 1800, 14400, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (1)
        }

        /* SW_ALL domain 0 of 2 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 0, 0xFC, 2 }
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
            Package () { 2400, 19200, 10, 10, 0x10, 0x10 },
            Package () { 2000, 16000, 10, 10, 0x11, 0x11 },
            Package () { 1600, 12800, 10, 10, 0x12, 0x12 },
            Package () { 1200, 9600, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 1 of 2 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 1, 0xFC, 2 }
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
            Package () { 2400, 19200, 10, 10, 0x10, 0x10 },
            Package () { 2000, 16000, 10, 10, 0x11, 0x11 },
            Package () { 1600, 12800, 10, 10, 0x12, 0x12 },
            Package () { 1200, 9600, 10, 10, 0x13, 0x13 }
        })

        Method (_PPC, 0, NotSerialized)
        {
            Return (0)
        }

        /* SW_ALL domain 1 of 2 processor(s) */
        Name (_PSD, Package ()
        {
            Package () { 5, 0, 1, 0xFC, 2 }
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
}
