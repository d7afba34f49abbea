/* Firmware plugs a processor into the empty socket PR04: device check. */
DefinitionBlock ("", "SSDT", 2, "XENPM", "PLUG4", 1)
{
    External (\_SB.PR04, DeviceObj)
    External (\_SB.PRS4, IntObj)

    Store (0x0F, \_SB.PRS4)
    Notify (\_SB.PR04, 0x01)
}
