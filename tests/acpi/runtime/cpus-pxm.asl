/*
 * Proximity domain 1 for every processor, given as firmware often does:
 * by _PXM on the container (\_SB.CPUS), not on each processor, which
 * ACPI says then inherit it.  QEMU declares no _PXM without -numa.
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "CPUSPXM", 1)
{
    External (\_SB.CPUS, DeviceObj)

    Scope (\_SB.CPUS)
    {
        Name (_PXM, 1)
    }
}
