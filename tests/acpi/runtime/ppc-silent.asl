/*
 * Firmware changes the limits of C000 and C002 to 1 (2400 MHz) without a
 * Notify, as some do across a power source change while asleep: only a
 * backend that reads _PPC again at resume sees it.
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "PPCSILNT", 1)
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

    Store (1, \_SB.CPUS.PPC0)
    Store (1, \_SB.CPUS.PPC2)
}
