#!/usr/bin/env python3
"""Write tests/acpi/hostile.asl and hostile.expect.json: one processor per
kind of malformed firmware object (see the cpu() calls below), what the
backend must print for it and what Xen must hold then; and hostile-loop.*,
a _CST that loops.  The files are committed; run this after editing a case.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PCT_IO = ["ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }",
          "ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) }"]

def pss(rows):
    return "Package ()\n        {\n" + ",\n".join(
        f"            Package () {{ {', '.join(str(v) for v in r)} }}" for r in rows) + "\n        }"

def state(mhz, i):
    return [mhz, mhz * 8, 10, 10, f"0x{0x10 + i:02X}", f"0x{0x10 + i:02X}"]

GOOD_PSS = pss([state(m, i) for i, m in enumerate([2800, 2400, 2000])])

def cst_entry(reg, typ, lat, power=500):
    return f"            Package () {{ {reg}, {typ}, {lat}, {power} }}"

FFH = "ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }"
def io(port):
    return f"ResourceTemplate () {{ Register (SystemIO, 8, 0, 0x{port:04X}) }}"

def cst(entries, count=None):
    n = len(entries) if count is None else count
    return f"Package ()\n        {{\n            {n},\n" + ",\n".join(entries) + "\n        }"

GOOD_CST_E = [cst_entry(FFH, 1, 1, 1000), cst_entry(io(0x614), 2, 10), cst_entry(io(0x615), 3, 100)]
GOOD_CST = cst(GOOD_CST_E)
GOOD_PX = {"frequencies_mhz": [2800, 2400, 2000], "scaling_max_mhz": 2800}
GOOD_CX = [{"type": 2, "latency_us": 10, "method": "SYSIO"},
           {"type": 3, "latency_us": 100, "method": "SYSIO"}]

cpus = []  # (comment, objects dict name->ASL text, expected px, expected cx, log lines)
def cpu(comment, px=GOOD_PX, cx=GOOD_CX, log=(), **objs):
    base = {"_PCT": f"Package () {{ {PCT_IO[0]}, {PCT_IO[1]} }}", "_PSS": GOOD_PSS,
            "_PPC": "0", "_CST": GOOD_CST}
    for k, v in objs.items():
        base[k] = v
    cpus.append((comment, base, px, cx, list(log)))

cpu("well formed: the control")
cpu("_PSS entry 2 has frequency 0; _CST says 4 entries and has 3 (ACPICA fixes the count)",
    px=None, log=["_PSS entry 2 has frequency 0, P-states not handed to Xen"],
    _PSS=pss([state(2800, 0), state(2400, 1), [0, 100, 10, 10, "0x12", "0x12"]]),
    _CST=cst(GOOD_CST_E, count=4))
cpu("_PSS empty; _CST has 9 entries: Xen takes the first 7",
    px=None, log=["_PSS has no states", "_CST has 9 entries, Xen takes 7, 2 entries left out"],
    _PSS="Package () {}",
    _CST=cst(GOOD_CST_E[:2] + [cst_entry(io(0x615 + i), 3, 100 + 10 * i) for i in range(7)]),
    cx=[GOOD_CX[0]] + [{"type": 3, "latency_us": 100 + 10 * i, "method": "SYSIO"} for i in range(5)])
cpu("_PSS has 256 states; _CST repeats its C2 entry",
    px=None, log=["_PSS has 256 states, Xen takes at most 255", "_CST entry 3 repeats entry 2, 1 entry left out"],
    _PSS=pss([state(3000 - i, i % 200) for i in range(256)]),
    _CST=cst(GOOD_CST_E[:2] + [GOOD_CST_E[1]] + GOOD_CST_E[2:]))
cpu("_PSS entry 1 has 5 elements; _CST has an entry of type 4",
    px=None, log=["_PSS entry 1 is not a package of 6 elements", "_CST entry 4 type 4 is not C1, C2 or C3, 1 entry left out"],
    _PSS=pss([state(2800, 0), state(2400, 1)[:5], state(2000, 2)]),
    _CST=cst(GOOD_CST_E + [cst_entry(io(0x616), 4, 200)]))
cpu("_PSS entry 1 has a buffer for its power (ACPICA converts it); _CST entry 3's register is an integer",
    log=["_CST entry 3 register is not a register buffer, 1 entry left out"], cx=[GOOD_CX[0]],
    _PSS=pss([state(2800, 0), [2400, "Buffer () { 1 }", 10, 10, "0x11", "0x11"], state(2000, 2)]),
    _CST=cst(GOOD_CST_E[:2] + [cst_entry("0x0615", 3, 100)]))
cpu("_PSS ascending (ACPICA sorts it); _CST C3 latency 0xFFFFFFFF",
    log=["_CST entry 3 latency 4294967295 us is out of range, 1 entry left out"], cx=[GOOD_CX[0]],
    _PSS=pss([state(m, i) for i, m in enumerate([2000, 2400, 2800])]),
    _CST=cst(GOOD_CST_E[:2] + [cst_entry(io(0x615), 3, "0xFFFFFFFF")]))
cpu("_PSS repeats 2400 MHz; _CST is a method that divides by zero",
    px=None, cx=[], log=["_PSS entry 2 repeats the 2400 MHz of entry 1", "_CST failed (AE_AML_DIVIDE_BY_ZERO)"],
    _PSS=pss([state(2800, 0), state(2400, 1), state(2400, 2)]),
    _CST="METHOD:Local0 = Zero\n            Return (1 / Local0)")
cpu("no _PCT; _CST has an entry of type 0 (ACPICA removes it)",
    px=None, log=["_PCT is missing, P-states not handed to Xen"],
    _PCT=None, _CST=cst(GOOD_CST_E + [cst_entry(io(0x617), 0, 5)]))
cpu("_PCT of one register", px=None, log=["_PCT is not a package of 2 registers"],
    _PCT=f"Package () {{ {PCT_IO[0]} }}")
cpu("_PCT control in FFixedHW, status in SystemIO", px=None,
    log=["_PCT control and status registers are in different address spaces (127, 1)"],
    _PCT=f"Package () {{ ResourceTemplate () {{ Register (FFixedHW, 0, 0, 0x199) }}, {PCT_IO[1]} }}")
cpu("_PCT in SystemMemory", px=None,
    log=["_PCT control register is in address space 0, neither SystemIO nor FFixedHW"],
    _PCT="Package () { ResourceTemplate () { Register (SystemMemory, 16, 0, 0xFED40000) }, "
         "ResourceTemplate () { Register (SystemMemory, 16, 0, 0xFED40002) } }")
cpu("_PPC is a package: no limit", log=["_PPC is not an integer, no limit applied"], _PPC="Package () { 1 }")
cpu("_PPC 7 of 3 states: no limit", log=["_PPC 7 is not below the 3 states of _PSS, no limit applied"], _PPC="7")
cpu("_PPC fails: no limit", log=["_PPC failed (AE_AML_PACKAGE_LIMIT), no limit applied"],
    _PPC="METHOD:Local0 = Package () { 1 }\n            Return (DerefOf (Local0 [5]))")
cpu("_PSD revision 1", px=None, log=["_PSD revision 1 is not 0"],
    _PSD="Package () { Package () { 5, 1, 14, 0xFC, 1 } }")
cpu("_PSD NumEntries 4", px=None, log=["_PSD says it has 4 entries, not 5"],
    _PSD="Package () { Package () { 4, 0, 15, 0xFC, 1 } }")
cpu("_PSD coordination type 0xFF", px=None, log=["_PSD coordination type 0xff is not SW_ALL, SW_ANY or HW_ALL"],
    _PSD="Package () { Package () { 5, 0, 16, 0xFF, 1 } }")
cpu("_PSD domain of 0 processors", px=None, log=["_PSD domain of 0 processors"],
    _PSD="Package () { Package () { 5, 0, 17, 0xFC, 0 } }")
cpu("_PSD: first member of domain 50, SW_ALL of 1",
    _PSD="Package () { Package () { 5, 0, 50, 0xFC, 1 } }")
cpu("_PSD: domain 50 again, as SW_ANY of 1", px=None,
    log=["_PSD domain 50 of 1 processors, type 0xfd, disagrees with its first member's 1, 0xfc"],
    _PSD="Package () { Package () { 5, 0, 50, 0xFD, 1 } }")
cpu("_PCT in FFixedHW, which Xen drives only on a CPU with EIST (QEMU's has none): "
    "Xen keeps the table and answers -ENODEV", px=None,
    log=["Xen refused _PCT/_PSS/_PSD/_PPC (-19): Xen keeps the table but cannot drive its _PCT, or the processor is offline"],
    _PCT="Package () { ResourceTemplate () { Register (FFixedHW, 0, 0, 0) }, "
         "ResourceTemplate () { Register (FFixedHW, 0, 0, 0) } }")

HOSTILE = cpus
cpus = []
cpu("well formed: the control")
cpu("_CST loops forever: ACPICA stops it after 30 s", cx=[],
    log=["_CST failed (AE_AML_LOOP_TIMEOUT), C-states not handed to Xen"],
    _CST="METHOD:While (One) { }\n            Return (Package () { 0 })")
LOOP = cpus

HOSTILE_HEADER = """ * Hostile firmware: each of the {pcpus} processors has one malformed
 * P-state object and one malformed _CST, or one of them (see the comment
 * above each scope), and two more Processor objects declare a duplicate
 * ACPI id (0) and one Xen does not know (0x40).  The backend must print
 * one line naming the ACPI id, the object and the fault, and Xen must
 * hold firmware's values of what it was given and nothing of the rest."""
LOOP_HEADER = """ * Firmware whose _CST loops: ACPICA gives up after 30 s, longer than
 * RCU's stall timeout.  Only a fully preemptible dom0 (preempt=full)
 * passes RCU quiescent states meanwhile; others report a stall, as they
 * would evaluating it natively."""
EXTRA_PROCESSORS = """    Scope (\\_SB.CPUS)
    {
        /* ProcId 0 again: ignored, with a firmware bug line */
        Processor (DUP0, 0x00, 0x00000000, 0x00) { }
        /* A processor Xen does not have: skipped quietly */
        Processor (NOXN, 0x40, 0x00000000, 0x00) { }
    }
"""


def scope(i, objs):
    body = []
    for name in ("_PCT", "_PSS", "_PPC", "_PSD", "_CST"):
        v = objs.get(name)
        if v is None:
            continue
        if v.startswith("METHOD:"):
            body.append(f"        Method ({name}, 0, NotSerialized)\n        {{\n            {v[7:]}\n        }}")
        else:
            # Returned by a method, which iasl cannot check as it checks
            # a Name() of a reserved name: firmware gets such objects past
            # its compiler the same way.
            body.append(f"        Name (X{name[1:]}, {v})\n"
                        f"        Method ({name}, 0, NotSerialized)\n        {{\n"
                        f"            Return (X{name[1:]})\n        }}")
    return [f"    Scope (\\_SB.CPUS.C{i:03X})", "    {", "\n\n".join(body), "    }", ""]


def write(name, table, cpus, header, extra="", runs=None, **settings):
    pcpus = len(cpus)
    out = [f"""/*
{header.format(pcpus=pcpus)}
 *
 * Boot with {pcpus} pCPUs and 2 dom0 vCPUs; tests/acpi/{name}.expect.json
 * says what Xen holds then.
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "{table}", 1)
{{
    External (\\_SB.CPUS, DeviceObj)"""]
    out += [f"    External (\\_SB.CPUS.C{i:03X}, ProcessorObj)" for i in range(pcpus)]
    out += ["", extra] if extra else [""]
    expect = {"description": f"{name}: clear messages, firmware's values or nothing in Xen",
              **({"runs": runs} if runs else {}), "pcpus": pcpus, "dom0_vcpus": 2, **settings, "cpus": {}, "log": []}
    for i, (comment, objs, px, cx, log) in enumerate(cpus):
        out.append(f"    /* ACPI id {i}: {comment} */")
        out += scope(i, objs)
        expect["cpus"][str(i)] = {"acpi_id": i, "pstates": None if px is None else dict(px),
                                  "cstates": cx}
        expect["log"] += [f"ACPI id {i}: {line}" for line in log]
    if extra:
        expect["log"].append("ACPI id 0 declared by more than one processor, ignoring this one")
    out[-1] = "}"
    with open(os.path.join(HERE, f"{name}.asl"), "w") as f:
        f.write("\n".join(out) + "\n")
    with open(os.path.join(HERE, f"{name}.expect.json"), "w") as f:
        json.dump(expect, f, indent=1)


# On every stack, and on the debug kernel (tests/lib/plan.py).
write("hostile", "HOSTILE", HOSTILE, HOSTILE_HEADER, EXTRA_PROCESSORS,
      runs=[{"stacks": "all"}, {"kernel": "debug"}])
write("hostile-loop", "LOOP", LOOP, LOOP_HEADER, dom0_cmdline="preempt=full")
