/*
 * Run-time event: firmware replaces the _PSS of C001 (a dom0 vCPU in the
 * tests) with a five-state table and sets its _PPC to 1, then Notifies it
 * (0x80).  Neither Linux nor Xen re-reads a _PSS after the first: the
 * limit is an index into the table Xen holds, 2400 MHz, not the 2600 MHz
 * of the new table.  Nothing re-sends the table.
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "PSSCHG", 1)
{
    External (\_SB.CPUS, DeviceObj)
    External (\_SB.CPUS.C001, ProcessorObj)
    External (\_SB.CPUS.C001._PSS, PkgObj)
    External (\_SB.CPUS.PPC1, IntObj)

    Store (Package ()
    {
        Package () { 3000, 24000, 10, 10, 0x20, 0x20 },
        Package () { 2600, 20800, 10, 10, 0x21, 0x21 },
        Package () { 2200, 17600, 10, 10, 0x22, 0x22 },
        Package () { 1800, 14400, 10, 10, 0x23, 0x23 },
        Package () { 1400, 11200, 10, 10, 0x24, 0x24 }
    }, \_SB.CPUS.C001._PSS)
    Store (1, \_SB.CPUS.PPC1)
    Store (\_SB.CPUS.C001._PSS, Debug)
    Store ("NOTIFY C001 0x80", Debug)
    Notify (\_SB.CPUS.C001, 0x80)
}
