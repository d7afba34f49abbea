/* Firmware plugs a processor into the socket of module SCK1: bus check on it. */
DefinitionBlock ("", "SSDT", 2, "XENPM", "PLUG5", 1)
{
    External (\_SB.SCK1, DeviceObj)
    External (\_SB.PRS5, IntObj)

    Store (0x0F, \_SB.PRS5)
    Notify (\_SB.SCK1, 0x00)
}
