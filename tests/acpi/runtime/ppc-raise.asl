/*
 * Run-time event: raise the limits of C001 and C003 back to 2800 MHz and
 * Notify each (0x80).
 * The Debug line before each Notify is where make bench starts timing.
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "PPCRAISE", 1)
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

    Store (0, \_SB.CPUS.PPC1)
    Store (0, \_SB.CPUS.PPC3)
    Store ("NOTIFY C001 0x80", Debug)
    Notify (\_SB.CPUS.C001, 0x80)
    Store ("NOTIFY C003 0x80", Debug)
    Notify (\_SB.CPUS.C003, 0x80)
}
