/*
 * A whole DSDT for tests/xenboot --dsdt, replacing QEMU's in dom0 only
 * (Xen keeps QEMU's MADT): processors declared as ACPI0007 devices, as
 * current firmware does, instead of QEMU's Processor() objects.
 *
 *   PR00..PR03  ACPI ids 0..3, present: _PSS of 5, 4, 6 and 3 states from
 *               3000, 2800, 3200 and 2600 MHz down by 400 MHz; each alone
 *               in a SW_ALL _PSD domain; _CST C1 (FFixedHW) and C2
 *               (SystemIO, 20 us)
 *   \_PR.CPU2   a Processor() object for ACPI id 2 too, which _STA says
 *               is absent (2 states, 1000 and 800 MHz): PR02 is the one
 *   PR04        ACPI id 4, an empty socket (_STA 0 until \_SB.PRS4 says
 *               otherwise), local APIC 4 in _MAT
 *   SCK1.PR05   ACPI id 5, an empty socket in a module device (ACPI0004)
 *               that firmware sends the bus check to
 *   PR06        ACPI id 6, local APIC 6 in _MAT (QEMU's third empty
 *               socket, which Xen booted without), no _STA: present, as
 *               ACPI has it, so the backend adds it to Xen at load
 *
 * Only what a dom0 in these tests needs besides: no PCI root (dom0 probes
 * PCI without one), _S5 for power off.  QEMU's own OEM ids with a higher
 * revision, so that Linux's table upgrade replaces QEMU's DSDT (the ids
 * padded with spaces, as QEMU pads them).
 */
DefinitionBlock ("", "DSDT", 1, "BOCHS ", "BXPC    ", 2)
{
    Name (_S5, Package () { 0, 0, 0, 0 })

    Scope (\_SB)
    {
        Name (PCTR, Package ()
        {
            ResourceTemplate () { Register (SystemIO, 16, 0, 0x0E00, 2) },
            ResourceTemplate () { Register (SystemIO, 16, 0, 0x0E02, 2) }
        })
        Name (CSTP, Package ()
        {
            2,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 20, 500 }
        })
        /* _STA of the empty sockets; a --then table plugs them. */
        Name (PRS4, 0)
        Name (PRS5, 0)

        Device (PR00)
        {
            Name (_HID, "ACPI0007")
            Name (_UID, 0)
            Method (_PCT, 0, NotSerialized)
            {
                Return (\_SB.PCTR)
            }
            Name (_PSS, Package ()
            {
                Package () { 3000, 24000, 10, 10, 0x10, 0x10 },
                Package () { 2600, 20800, 10, 10, 0x11, 0x11 },
                Package () { 2200, 17600, 10, 10, 0x12, 0x12 },
                Package () { 1800, 14400, 10, 10, 0x13, 0x13 },
                Package () { 1400, 11200, 10, 10, 0x14, 0x14 }
            })
            Method (_PPC, 0, NotSerialized)
            {
                Return (0)
            }
            Name (_PSD, Package ()
            {
                Package () { 5, 0, 0, 0xFC, 1 }
            })
            Method (_CST, 0, NotSerialized)
            {
                Return (\_SB.CSTP)
            }
        }

        Device (PR01)
        {
            Name (_HID, "ACPI0007")
            Name (_UID, 1)
            Method (_PCT, 0, NotSerialized)
            {
                Return (\_SB.PCTR)
            }
            Name (_PSS, Package ()
            {
                Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
                Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
                Package () { 2000, 16000, 10, 10, 0x12, 0x12 },
                Package () { 1600, 12800, 10, 10, 0x13, 0x13 }
            })
            Method (_PPC, 0, NotSerialized)
            {
                Return (0)
            }
            Name (_PSD, Package ()
            {
                Package () { 5, 0, 1, 0xFC, 1 }
            })
            Method (_CST, 0, NotSerialized)
            {
                Return (\_SB.CSTP)
            }
        }

        Device (PR02)
        {
            Name (_HID, "ACPI0007")
            Name (_UID, 2)
            Method (_PCT, 0, NotSerialized)
            {
                Return (\_SB.PCTR)
            }
            Name (_PSS, Package ()
            {
                Package () { 3200, 25600, 10, 10, 0x10, 0x10 },
                Package () { 2800, 22400, 10, 10, 0x11, 0x11 },
                Package () { 2400, 19200, 10, 10, 0x12, 0x12 },
                Package () { 2000, 16000, 10, 10, 0x13, 0x13 },
                Package () { 1600, 12800, 10, 10, 0x14, 0x14 },
                Package () { 1200, 9600, 10, 10, 0x15, 0x15 }
            })
            Method (_PPC, 0, NotSerialized)
            {
                Return (0)
            }
            Name (_PSD, Package ()
            {
                Package () { 5, 0, 2, 0xFC, 1 }
            })
            Method (_CST, 0, NotSerialized)
            {
                Return (\_SB.CSTP)
            }
        }

        Device (PR03)
        {
            Name (_HID, "ACPI0007")
            Name (_UID, 3)
            Method (_PCT, 0, NotSerialized)
            {
                Return (\_SB.PCTR)
            }
            Name (_PSS, Package ()
            {
                Package () { 2600, 20800, 10, 10, 0x10, 0x10 },
                Package () { 2200, 17600, 10, 10, 0x11, 0x11 },
                Package () { 1800, 14400, 10, 10, 0x12, 0x12 }
            })
            Method (_PPC, 0, NotSerialized)
            {
                Return (0)
            }
            Name (_PSD, Package ()
            {
                Package () { 5, 0, 3, 0xFC, 1 }
            })
            Method (_CST, 0, NotSerialized)
            {
                Return (\_SB.CSTP)
            }
        }

        Device (PR04)
        {
            Name (_HID, "ACPI0007")
            Name (_UID, 4)
            Method (_STA, 0, NotSerialized)
            {
                Return (\_SB.PRS4)
            }
            /* Local APIC 4, enabled */
            Name (_MAT, Buffer () { 0x00, 0x08, 4, 4, 0x01, 0x00, 0x00, 0x00 })
            Method (_PCT, 0, NotSerialized)
            {
                Return (\_SB.PCTR)
            }
            Name (_PSS, Package ()
            {
                Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
                Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
                Package () { 2000, 16000, 10, 10, 0x12, 0x12 },
                Package () { 1600, 12800, 10, 10, 0x13, 0x13 }
            })
            Method (_PPC, 0, NotSerialized)
            {
                Return (0)
            }
            Name (_PSD, Package ()
            {
                Package () { 5, 0, 4, 0xFC, 1 }
            })
            Method (_CST, 0, NotSerialized)
            {
                Return (\_SB.CSTP)
            }
        }

        Device (PR06)
        {
            Name (_HID, "ACPI0007")
            Name (_UID, 6)
            /* Local APIC 6, enabled */
            Name (_MAT, Buffer () { 0x00, 0x08, 6, 6, 0x01, 0x00, 0x00, 0x00 })
            Method (_PCT, 0, NotSerialized)
            {
                Return (\_SB.PCTR)
            }
            Name (_PSS, Package ()
            {
                Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
                Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
                Package () { 2000, 16000, 10, 10, 0x12, 0x12 },
                Package () { 1600, 12800, 10, 10, 0x13, 0x13 }
            })
            Method (_PPC, 0, NotSerialized)
            {
                Return (0)
            }
            Name (_PSD, Package ()
            {
                Package () { 5, 0, 6, 0xFC, 1 }
            })
            Method (_CST, 0, NotSerialized)
            {
                Return (\_SB.CSTP)
            }
        }

        Device (SCK1)
        {
            Name (_HID, "ACPI0004")
            Name (_UID, 1)

            Device (PR05)
            {
                Name (_HID, "ACPI0007")
                Name (_UID, 5)
                Method (_STA, 0, NotSerialized)
                {
                    Return (\_SB.PRS5)
                }
                /* Local APIC 5, enabled */
                Name (_MAT, Buffer () { 0x00, 0x08, 5, 5, 0x01, 0x00, 0x00, 0x00 })
                Method (_PCT, 0, NotSerialized)
                {
                    Return (\_SB.PCTR)
                }
                Name (_PSS, Package ()
                {
                    Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
                    Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
                    Package () { 2000, 16000, 10, 10, 0x12, 0x12 },
                    Package () { 1600, 12800, 10, 10, 0x13, 0x13 }
                })
                Method (_PPC, 0, NotSerialized)
                {
                    Return (0)
                }
                Name (_PSD, Package ()
                {
                    Package () { 5, 0, 5, 0xFC, 1 }
                })
                Method (_CST, 0, NotSerialized)
                {
                    Return (\_SB.CSTP)
                }
            }
        }
    }

    Scope (\_PR)
    {
        Processor (CPU2, 0x02, 0x00000000, 0x00)
        {
            Method (_STA, 0, NotSerialized)
            {
                Return (0)
            }
            Method (_PCT, 0, NotSerialized)
            {
                Return (\_SB.PCTR)
            }
            Name (_PSS, Package ()
            {
                Package () { 1000, 8000, 10, 10, 0x10, 0x10 },
                Package () { 800, 6400, 10, 10, 0x11, 0x11 }
            })
        }
    }
}
