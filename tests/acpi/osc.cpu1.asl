/*
 * osc: processor C001's objects, loaded by its _OSC
 */
DefinitionBlock ("", "OEM1", 2, "XENPM", "PDCCPU1", 1)
{
    External (\_SB.CPUS.C001, ProcessorObj)
    External (\_SB.CPUS.PCTR, PkgObj)

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
}
