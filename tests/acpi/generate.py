#!/usr/bin/env python3
"""Write the ACPI scenarios of tests/acpi from the tables below.

Each scenario is an SSDT (NAME.asl) that gives QEMU's processors
\\_SB.CPUS.C000... their power objects, and NAME.expect.json: what Xen must
then hold per pCPU (see tests/lib/compare.py).  Run it after editing a
table; both files are committed so that an admin can read and reuse the
.asl without this script.
"""
import argparse
import json
import os
import re


def pss_rows(freqs, ind):
    rows = []
    for i, mhz in enumerate(freqs):
        ctl = 0x10 + i
        rows.append(f"{ind}Package () {{ {mhz}, {mhz * 8}, 10, 10, 0x{ctl:02X}, 0x{ctl:02X} }},")
    rows[-1] = rows[-1][:-1]
    return rows


def cst_lines(c2, c3):
    return f"""        /* C1 by MWAIT (Xen takes HLT where there is no MWAIT), C2/C3 by P_LVL2/3 */
        Name (_CST, Package ()
        {{
            3,
            Package ()
            {{
                ResourceTemplate () {{ Register (FFixedHW, 1, 2, 0, 1) }},
                1, 1, 1000
            }},
            Package ()
            {{
                ResourceTemplate () {{ Register (SystemIO, 8, 0, 0x0614) }},
                2, {c2}, 500
            }},
            Package ()
            {{
                ResourceTemplate () {{ Register (SystemIO, 8, 0, 0x0615) }},
                3, {c3}, 250
            }}
        }})""".split("\n")


def cpu_scope(n, cpu):
    parts = []
    if cpu.get("pss"):
        parts.append(["        Method (_PCT, 0, NotSerialized)", "        {",
                      "            Return (\\_SB.CPUS.PCTR)", "        }", "",
                      "        Name (_PSS, Package ()", "        {"]
                     + pss_rows(cpu["pss"], "            ")
                     + ["        })", "",
                        "        Method (_PPC, 0, NotSerialized)", "        {",
                        f"            Return ({cpu['ppc']})", "        }"])
        if cpu.get("psd"):
            dom, num = cpu["psd"]
            parts.append([f"        /* SW_ALL domain {dom} of {num} processor(s) */",
                          "        Name (_PSD, Package ()", "        {",
                          f"            Package () {{ 5, 0, {dom}, 0xFC, {num} }}", "        })"])
    if cpu.get("cst"):
        parts.append(cst_lines(*cpu["cst"]))
    if cpu.get("cst_asl"):
        parts.append(["        Name (_CST, " + cpu["cst_asl"] + ")"])
    out = [f"    Scope (\\_SB.CPUS.C{n:03X})", "    {"]
    for i, part in enumerate(parts):
        out += ([""] if i else []) + part
    return out + ["    }"]


PCT = ["    Scope (\\_SB.CPUS)", "    {",
       "        /* _PCT of every processor: SystemIO control and status ports */",
       "        Name (PCTR, Package ()", "        {",
       "            ResourceTemplate () { Register (SystemIO, 16, 0, 0x0E00, 2) },",
       "            ResourceTemplate () { Register (SystemIO, 16, 0, 0x0E02, 2) }",
       "        })", "    }"]


def traced(scope, n):
    """The same objects as methods that report each evaluation through the
    Debug object ("EVAL C00n _PSS"): make bench counts them in dom0's log."""
    out, in_name = [], None
    for line in scope:
        m = re.match(r"        (Method|Name) \((_[A-Z]{3})", line)
        if m and m.group(1) == "Method":
            out.append(line)
            in_name = ("method", m.group(2))
        elif m:
            out += [f"        Method ({m.group(2)}, 0, NotSerialized)", "        {",
                    f'            Store ("EVAL C{n:03X} {m.group(2)}", Debug)',
                    "            Return (Package ()"]
            in_name = ("name", None)
        elif in_name and in_name[0] == "method" and line == "        {":
            out += [line, f'            Store ("EVAL C{n:03X} {in_name[1]}", Debug)']
            in_name = None
        elif in_name and in_name[0] == "name":
            if line == "        })":
                out += ["            })", "        }"]
                in_name = None
            else:
                out.append("    " + line)
        else:
            out.append(line)
    return out


def pdc_loader(count, method):
    """_PDC (or _OSC) methods that load each processor's own table, as
    Intel reference firmware does, and print the capabilities they get."""
    out = ["", "    Scope (\\_SB.CPUS)", "    {",
           "        /* Whose table is loaded; a _PDC evaluated again loads nothing */",
           f"        Name (LDED, Buffer ({count}) {{}})", "",
           "        /* Arg0: processor number, Arg1: the capabilities OSPM gave */",
           "        Method (PDCL, 2, Serialized)", "        {",
           f"            Store (Concatenate (Concatenate (\"{method} ACPI id \", ToDecimalString (Arg0)),",
           "                Concatenate (\" capabilities \", ToHexString (Arg1))), Debug)",
           "            If (LEqual (DerefOf (Index (LDED, Arg0)), Zero))", "            {",
           "                Store (One, Index (LDED, Arg0))"]
    for n in range(count):
        out += [f"                If (LEqual (Arg0, {n}))", "                {",
                f'                    LoadTable ("OEM1", "XENPM", "PDCCPU{n:X}", "", "", Zero)',
                "                }"]
    out += ["            }", "        }", "    }"]
    for n in range(count):
        out += ["", f"    Scope (\\_SB.CPUS.C{n:03X})", "    {"]
        if method == "_PDC":
            out += ["        Method (_PDC, 1, NotSerialized)", "        {",
                    "            CreateDWordField (Arg0, 8, CAPB)",
                    f"            PDCL ({n}, CAPB)", "        }", "    }"]
        else:
            out += ["        Method (_OSC, 4, NotSerialized)", "        {",
                    "            CreateDWordField (Arg3, 0, STS0)",
                    "            CreateDWordField (Arg3, 4, CAPB)",
                    '            If (LEqual (Arg0, ToUUID ("4077A616-290C-47BE-9EBD-D87058713953")))',
                    "            {",
                    f"                PDCL ({n}, CAPB)", "            }", "            Else",
                    "            {", "                /* Unrecognized UUID */",
                    "                Or (STS0, 0x04, STS0)", "            }",
                    "            Return (Arg3)", "        }", "    }"]
    return out


def write_pdc_tables(name, sc):
    """One OEM1 table per processor with its objects, loaded by its _PDC."""
    for n, cpu in enumerate(sc["cpus"]):
        out = ["/*", f" * {name}: processor C{n:03X}'s objects, loaded by its {sc['loaded_by']}",
               " */",
               f'DefinitionBlock ("", "OEM1", 2, "XENPM", "PDCCPU{n:X}", 1)', "{",
               f"    External (\\_SB.CPUS.C{n:03X}, ProcessorObj)",
               "    External (\\_SB.CPUS.PCTR, PkgObj)", ""]
        out += cpu_scope(n, cpu) + ["}"]
        with open(f"{name}.cpu{n}.asl", "w") as f:
            f.write("\n".join(out) + "\n")


def write_asl(name, sc):
    cpus = sc["cpus"]
    out = ["/*", f" * {sc['title']}", " *"]
    out += [(" * " + line).rstrip() for line in sc["comment"]]
    out += [" */", f'DefinitionBlock ("", "SSDT", 2, "XENPM", "{sc["oem_table"]}", 1)', "{",
            "    External (\\_SB.CPUS, DeviceObj)"]
    out += [f"    External (\\_SB.CPUS.C{n:03X}, ProcessorObj)" for n in range(len(cpus))]
    blocks = [PCT] if any(c.get("pss") for c in cpus) else []
    if sc.get("loaded_by"):
        write_pdc_tables(name, sc)
    elif sc.get("traced"):
        blocks += [traced(cpu_scope(n, c), n) for n, c in enumerate(cpus)]
    else:
        blocks += [cpu_scope(n, c) for n, c in enumerate(cpus)]
    for block in blocks:
        out += [""] + block
    if sc.get("loaded_by"):
        out += pdc_loader(len(cpus), sc["loaded_by"])
    with open(f"{name}.asl", "w") as f:
        f.write("\n".join(out + ["}"]) + "\n")


def expected(n, cpu, cpus):
    px = None
    if cpu.get("pss"):
        pss, ppc = cpu["pss"], cpu["ppc"]
        dom = (cpu.get("psd") or (n, 1))[0]
        px = {"frequencies_mhz": pss, "scaling_max_mhz": pss[ppc],
              "total": len(pss), "usable": len(pss) - ppc,
              # QEMU numbers Xen's CPUs like the processors: pCPU n is C00n.
              "affected_cpus": [i for i, c in enumerate(cpus)
                                if (c.get("psd") or (i, 1))[0] == dom] if cpu.get("psd") else [n]}
    cx = []
    if cpu.get("cst"):
        c2, c3 = cpu["cst"]
        cx = [{"type": 2, "latency_us": c2, "method": "SYSIO"},
              {"type": 3, "latency_us": c3, "method": "SYSIO"}]
    return {"acpi_id": n, "pstates": px, "cstates": cx}


def write_expect(name, sc):
    exp = {"description": sc["expect"], **({"runs": sc["runs"]} if "runs" in sc else {}),
           "pcpus": len(sc["cpus"]), "dom0_vcpus": sc["dom0_vcpus"],
           "cpus": {str(n): expected(n, c, sc["cpus"]) for n, c in enumerate(sc["cpus"])},
           **({"log": sc["log"]} if "log" in sc else {})}
    text = json.dumps(exp, indent=1)
    if "runs" in exp:
        # One line per run, as tests/lib/plan.py's readers would write it.
        runs = (",\n" + " " * 10).join(json.dumps(r) for r in exp["runs"])
        text = re.sub(r'"runs": \[.*?\n \]', lambda _: f'"runs": [{runs}]', text, flags=re.S)
    with open(f"{name}.expect.json", "w") as f:
        f.write(text + "\n")


# Ours everywhere, and the kernel's own driver measured: on 6.1 as it is,
# on the kernels the stable fix (patches/fixes/) is for, without it (the
# regression must show) and with it.
UPSTREAM_RUNS = [{"stacks": "all"},
                 {"backend": "upstream", "stacks": ["6.1 4.17"], "measure": True},
                 {"backend": "upstream", "stacks": ["7.2 4.20", "6.12 4.20"], "cstates": "lost"},
                 {"backend": "upstream-fixed", "stacks": ["7.2 4.20", "6.12 4.20"],
                  "cstates": "own"}]


FOUR_PSS = [[3000, 2600, 2200, 1800, 1400], [2800, 2400, 2000, 1600],
            [3200, 2900, 2600, 2300, 2000, 1700], [2600, 2000, 1500]]
FOUR_PPC = [0, 1, 2, 0]


def four(pss=True, cst=True, psd=True):
    return [{"pss": FOUR_PSS[n] if pss else None, "ppc": FOUR_PPC[n],
             "psd": (n, 1) if psd else None,
             "cst": (10 * (n + 1), 100 * (n + 1)) if cst else None} for n in range(4)]


P_TEXT = ["  _PSS  C000: 3000..1400 MHz (5 states), C001: 2800..1600 (4),",
          "        C002: 3200..1700 (6), C003: 2600..1500 (3); SystemIO _PCT",
          "  _PPC  0, 1, 2, 0"]
C_TEXT = ["  _CST  C1 (FFixedHW), C2 and C3 (SystemIO) with exit latencies",
          "        C2 = 10 * (n + 1) us and C3 = 100 * (n + 1) us for processor n"]

P_CORE = [3600, 3300, 3000, 2700, 2400, 2100, 1800, 1500]
E_CORE = [2400, 2100, 1800, 1500, 1200]

def scale(count):
    """Processors whose objects all differ: _PSS, _PPC and latencies by number."""
    cpus = []
    for n in range(count):
        top = 2000 + 100 * (n % 16)
        pss = [top - 200 * i for i in range(3 + n % 6)]
        cpus.append({"pss": pss, "ppc": n % len(pss) % 3, "psd": (n, 1),
                     "cst": (10 + n, 100 + 5 * n)})
    return cpus


SCENARIOS = {
    "basic": {
        "title": "Four processors, each with its own P-state and C-state objects",
        "comment": P_TEXT + C_TEXT + ["  _PSD  each processor alone in a SW_ALL domain"],
        "oem_table": "BASIC", "dom0_vcpus": 4, "cpus": four(),
        "expect": "each pCPU holds its own _PSS, its _PPC limit and its own C2/C3 latencies",
        "runs": UPSTREAM_RUNS,
    },
    "no-psd": {
        "title": "Per-processor P-states and C-states without _PSD",
        "comment": P_TEXT + C_TEXT + ["  _PSD  absent: the backend declares each processor alone in a domain"],
        "oem_table": "NOPSD", "dom0_vcpus": 4, "cpus": four(psd=False),
        "expect": "without _PSD the P-states still reach Xen, each pCPU alone in its domain",
    },
    "no-pss": {
        "title": "C-states only: no _PCT, _PSS, _PPC or _PSD",
        "comment": C_TEXT, "oem_table": "NOPSS", "dom0_vcpus": 4, "cpus": four(pss=False),
        "expect": "without _PCT/_PSS the C-states still reach Xen",
    },
    "no-cst": {
        "title": "P-states only: no _CST",
        "comment": P_TEXT + ["  _PSD  each processor alone in a SW_ALL domain", "  _CST  absent"],
        "oem_table": "NOCST", "dom0_vcpus": 4, "cpus": four(cst=False),
        "expect": "without _CST the P-states still reach Xen",
    },
    "cpu0-cst": {
        "title": "Xen's CPU 0 with a _CST Xen cannot be given",
        "comment": P_TEXT + C_TEXT[:1] + [
            "        on C001-C003, latencies as in basic.asl; C000's one entry",
            "        is of type 4, which no C-state is"],
        "oem_table": "CPU0CST", "dom0_vcpus": 2,
        "cpus": [{**c, "cst": None, "cst_asl": "Package () { 1, Package () {"
                  " ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 4, 10, 500 } }"}
                 if n == 0 else c for n, c in enumerate(four())],
        "expect": "the others hold their C-states, and the backend says that without CPU 0's "
                  "Xen uses them on no pCPU",
        "log": ["ACPI id 0: _CST entry 1 type 4 is not C1, C2 or C3, C-states not handed to Xen",
                "ACPI id 0 is Xen's CPU 0, and Xen did not take its _CST"],
    },
    "psd-mixed": {
        "title": "SW_ALL domains that mix processors with and without a dom0 vCPU",
        "comment": ["Booted with one dom0 vCPU: only C000 has one.",
                    "  C000, C001  domain 0 (SW_ALL, 2 processors): 3000..1800 MHz, _PPC 1",
                    "  C002, C003  domain 1 (SW_ALL, 2 processors): 2400..1200 MHz, _PPC 0",
                    "Xen starts a domain's governor once every member is registered."],
        "oem_table": "PSDMIXED", "dom0_vcpus": 1,
        "cpus": [{"pss": [3000, 2600, 2200, 1800], "ppc": 1, "psd": (0, 2), "cst": (20, 200)}
                 for _ in range(2)]
        + [{"pss": [2400, 2000, 1600, 1200], "ppc": 0, "psd": (1, 2), "cst": (30, 300)}
           for _ in range(2)],
        "expect": "every member of a domain reaches Xen, so affected_cpus lists the whole domain",
    },
    "scale64": {
        "title": "64 processors, each with objects of its own",
        "comment": ["Processor n: _PSS of 3 + n % 6 states from 2000 + 100 * (n % 16) MHz",
                    "down in 200 MHz steps, _PPC n % states % 3, alone in a SW_ALL domain,",
                    "C2/C3 exit latencies 10 + n and 100 + 5n us.  Booted with one",
                    "dom0 vCPU."],
        "oem_table": "SCALE64", "dom0_vcpus": 1, "cpus": scale(64),
        "expect": "all 64 pCPUs hold their own data although dom0 has one vCPU",
    },
    "pdc": {
        "title": "Processor objects that only exist once _PDC has been evaluated",
        "comment": ["Each processor's _PDC loads its own table (tests/acpi/pdc.cpuN.asl,",
                    "signature OEM1) with _PCT, _PSS, _PPC, _PSD and _CST, once, as",
                    "Intel reference firmware does, and prints the capabilities it got.",
                    "Booted with one dom0 vCPU; objects as in basic.asl."],
        "oem_table": "PDC", "dom0_vcpus": 1, "cpus": four(), "loaded_by": "_PDC",
        "expect": "every pCPU's _PDC ran, so every pCPU holds its own objects",
    },
    "osc": {
        "title": "Processor objects that only exist once _OSC has been evaluated",
        "comment": ["As pdc.asl, with the processor capabilities _OSC of ACPI 6",
                    "(UUID 4077A616-290C-47BE-9EBD-D87058713953) instead of _PDC;",
                    "tables tests/acpi/osc.cpuN.asl.  Linux 6.1 evaluates no processor",
                    "_OSC of its own."],
        "oem_table": "OSC", "dom0_vcpus": 1, "cpus": four(), "loaded_by": "_OSC",
        "expect": "every pCPU's _OSC ran, so every pCPU holds its own objects",
    },
    "example": {
        "title": "Example firmware of a hybrid host: 4 performance and 4 efficiency cores",
        "comment": ["  C000-C003  performance cores: 8 P-states 3600..1500 MHz,",
                    "             C2/C3 exit latencies 40/150 us",
                    "  C004-C007  efficiency cores: 5 P-states 2400..1200 MHz,",
                    "             C2/C3 exit latencies 80/400 us",
                    "  _PPC       0, 1, 2, 3 on the performance cores,",
                    "             0, 1, 0, 2 on the efficiency cores",
                    "  _PSD       each processor alone in a SW_ALL domain"],
        "oem_table": "EXAMPLE", "dom0_vcpus": 2,
        "cpus": [{"pss": P_CORE, "ppc": n, "psd": (n, 1), "cst": (40, 150)} for n in range(4)]
        + [{"pss": E_CORE, "ppc": ppc, "psd": (4 + i, 1), "cst": (80, 400)}
           for i, ppc in enumerate([0, 1, 0, 2])],
        "expect": "each pCPU, with or without a dom0 vCPU, holds its own P-states, _PPC limit and C-state latencies",
        "runs": UPSTREAM_RUNS,
    },
}


def bench(count, traced):
    comment = ["Objects as in scale64.asl."]
    if traced:
        comment = ["Objects as in scale64.asl; every object is a method that stores",
                   '"EVAL Cnnn _XXX" to the Debug object when evaluated.']
    return {"title": f"make bench: {count} processors", "comment": comment,
            "oem_table": f"BENCH{count}", "dom0_vcpus": 2, "cpus": scale(count),
            "traced": traced, "expect": f"all {count} pCPUs hold their own data"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=int, metavar="N",
                    help="write the bench scenarios bench-N and bench-N-traced into --out instead")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    os.chdir(args.out)
    scenarios = SCENARIOS
    if args.bench:
        scenarios = {f"bench-{args.bench}": bench(args.bench, False),
                     f"bench-{args.bench}-traced": bench(args.bench, True)}
    for name, sc in scenarios.items():
        write_asl(name, sc)
        write_expect(name, sc)


if __name__ == "__main__":
    main()
