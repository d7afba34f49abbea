/*
 * osc: processor C003's objects, loaded by its _OSC
 */
DefinitionBlock ("", "OEM1", 2, "XENPM", "PDCCPU3", 1)
{
    External (\_SB.CPUS.C003, ProcessorObj)
    External (\_SB.CPUS.PCTR, PkgObj)

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
