/*
 * A storm: 1000 Notify (0x80) to C001 and C003 while their limits
 * change, ending at 3 for C001 and 1 for C003.
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "BURST", 1)
{
    External (\_SB.CPUS, DeviceObj)
    External (\_SB.CPUS.C000, ProcessorObj)
    External (\_SB.CPUS.C001, ProcessorObj)
    External (\_SB.CPUS.C002, ProcessorObj)
    External (\_SB.CPUS.C003, ProcessorObj)
    External (\_SB.CPUS.PPC0, IntObj)
    External (\_SB.CPUS.PPC1, IntObj)
    External (\_SB.CPUS.PPC2, IntObj)
    External (\_SB.CPUS.PPC3, IntObj)
    External (\_SB.CPUS.CST0, IntObj)
    External (\_SB.CPUS.CST1, IntObj)
    External (\_SB.CPUS.CST2, IntObj)
    External (\_SB.CPUS.CST3, IntObj)

    Name (I, 0)
    While (LLess (I, 1000))
    {
        Store (And (I, 3), \_SB.CPUS.PPC1)
        Store (And (Add (I, 1), 3), \_SB.CPUS.PPC3)
        Notify (\_SB.CPUS.C001, 0x80)
        Notify (\_SB.CPUS.C003, 0x80)
        Increment (I)
    }
    Store (3, \_SB.CPUS.PPC1)
    Store (1, \_SB.CPUS.PPC3)
    Notify (\_SB.CPUS.C001, 0x80)
    Notify (\_SB.CPUS.C003, 0x80)
}
