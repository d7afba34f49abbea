/*
 * Run-time event: C000 (a dom0 vCPU) and C002 (none) lose C3, and Notify
 * each (0x81).
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "CSTCHG", 1)
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

    Store (2, \_SB.CPUS.CST0)
    Store (2, \_SB.CPUS.CST2)
    Notify (\_SB.CPUS.C000, 0x81)
    Notify (\_SB.CPUS.C002, 0x81)
}
