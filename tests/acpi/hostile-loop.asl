/*
 * Firmware whose _CST loops: ACPICA gives up after 30 s, longer than
 * RCU's stall timeout.  Only a fully preemptible dom0 (preempt=full)
 * passes RCU quiescent states meanwhile; others report a stall, as they
 * would evaluating it natively.
 *
 * Boot with 2 pCPUs and 2 dom0 vCPUs; tests/acpi/hostile-loop.expect.json
 * says what Xen holds then.
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "LOOP", 1)
{
    External (\_SB.CPUS, DeviceObj)
    External (\_SB.CPUS.C000, ProcessorObj)
    External (\_SB.CPUS.C001, ProcessorObj)

    /* ACPI id 0: well formed: the control */
    Scope (\_SB.CPUS.C000)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 1: _CST loops forever: ACPICA stops it after 30 s */
    Scope (\_SB.CPUS.C001)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Method (_CST, 0, NotSerialized)
        {
            While (One) { }
            Return (Package () { 0 })
        }
    }
}
