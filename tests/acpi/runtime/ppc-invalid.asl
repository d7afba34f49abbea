/*
 * Run-time event, a firmware bug: C003's _PPC becomes 9, beyond its four
 * P-states, and Notify (0x80).  Xen must keep the last valid limit.
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "PPCBAD", 1)
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

    Store (9, \_SB.CPUS.PPC3)
    Notify (\_SB.CPUS.C003, 0x80)
}
