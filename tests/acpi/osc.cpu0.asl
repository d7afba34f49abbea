/*
 * osc: processor C000's objects, loaded by its _OSC
 */
DefinitionBlock ("", "OEM1", 2, "XENPM", "PDCCPU0", 1)
{
    External (\_SB.CPUS.C000, ProcessorObj)
    External (\_SB.CPUS.PCTR, PkgObj)

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
}
