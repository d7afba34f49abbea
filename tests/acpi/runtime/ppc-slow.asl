/*
 * Run-time event on slow firmware: C001's _PPC now takes a second; lower
 * its limit to 2000 MHz and Notify it (0x80), then Notify the AC adapter
 * (0x80, power source changed).  The AC adapter's Notify must not wait
 * for the processor's answer: its _PSR is evaluated before that _PPC
 * returns.
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "PPCSLOW", 1)
{
    External (\_SB.ADP0, DeviceObj)
    External (\_SB.ADP0.PSRN, IntObj)
    External (\_SB.CPUS.C001, ProcessorObj)
    External (\_SB.CPUS.PPC1, IntObj)
    External (\_SB.CPUS.PPCS, IntObj)

    Store (1000, \_SB.CPUS.PPCS)
    Store (2, \_SB.CPUS.PPC1)
    Store (0, \_SB.ADP0.PSRN)
    Notify (\_SB.CPUS.C001, 0x80)
    Notify (\_SB.ADP0, 0x80)
}
