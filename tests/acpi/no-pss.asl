/*
 * C-states only: no _PCT, _PSS, _PPC or _PSD
 *
 *   _CST  C1 (FFixedHW), C2 and C3 (SystemIO) with exit latencies
 *         C2 = 10 * (n + 1) us and C3 = 100 * (n + 1) us for processor n
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "NOPSS", 1)
{
    External (\_SB.CPUS, DeviceObj)
    External (\_SB.CPUS.C000, ProcessorObj)
    External (\_SB.CPUS.C001, ProcessorObj)
    External (\_SB.CPUS.C002, ProcessorObj)
    External (\_SB.CPUS.C003, ProcessorObj)

    Scope (\_SB.CPUS.C000)
    {
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
