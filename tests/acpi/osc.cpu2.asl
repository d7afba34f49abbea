/*
 * osc: processor C002's objects, loaded by its _OSC
 */
DefinitionBlock ("", "OEM1", 2, "XENPM", "PDCCPU2", 1)
{
    External (\_SB.CPUS.C002, ProcessorObj)
    External (\_SB.CPUS.PCTR, PkgObj)

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
}
