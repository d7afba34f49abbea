#!/usr/bin/env python3
"""Compare what Xen holds (a tests/xenboot result.json) with what it must hold.

    compare.py [--measure | --cstates own|lost] EXPECT.json RESULT.json

EXPECT lists, in "cpus", per Xen pCPU, the acpi_id, the P-state fields that
must match (or null: Xen must hold no P-states) and the C-states deeper than
C1 (Xen substitutes its own C1 where firmware's cannot be used, so C1 is not
compared).

For runs with --then steps, EXPECT has "boot" (after the initial upload) and
one entry per step in "steps", each with any of:
  scaling_max_mhz  every pCPU's scaling max, in pCPU order
  deep_cstates     every pCPU's number of C-states deeper than C1
  ppc_sent         the _PPC values Xen was sent during the step, in order
  px_uploads       the ACPI ids of the XEN_PM_PX calls Xen got during the
                   step (a table or a limit alone), in order
  table_uploads    the ACPI ids whose P-state table (_PCT, _PSS, _PSD) Xen
                   was sent during the step, in order
  frequencies_mhz  every pCPU's P-state frequencies (null: none)
  online           whether each pCPU is online in Xen
  xen_pages_lost   Xen's free memory pages before the step less those after
                   it (XEN_SYSCTL_physinfo; before step 1: after the boot's
                   upload)
  acpi_events      the ACPI events user space got over netlink during the
                   step, "CLASS BUS_ID 0xTYPE 0xDATA" each, in order
  firmware_log     what firmware printed (Store (..., Debug)) during the
                   step, in order
  log              lines the module must have printed during the step
Every step must have run (exit status 0).  A top-level "log" lists lines
the boot must have printed.  From the first backend's load on, the console
must hold no kernel warning, BUG, lockdep, RCU stall, UBSAN or kmemleak
report.

Prints one line per difference, expected next to actual, and exits 1 if
there is any.  With --measure (a backend measured against the firmware,
not required to match it) it prints the same lines and how many pCPUs hold
their own data, and exits 1 only if the boot did not complete or Xen's
pCPUs could not all be read back.  --cstates measures the same way, then
looks only at the C-states of the pCPUs that have a dom0 vCPU (ACPI ids
below dom0's vCPU count): with "own" each must hold its own, with "lost"
at least one must not (the regression a kernel's xen-acpi-processor has
without its fix, measured on each boot rather than assumed).
"""
import json
import os
import re
import sys


def deep_cstates(cpu):
    return [{k: c.get(k) for k in ("type", "latency_us", "method")}
            for c in cpu.get("cstates") or [] if c.get("type", 0) >= 2]


def compare_cpu(index, want, have):
    diffs = []
    if have is None:
        return [f"pCPU {index}: expected in Xen, absent from the result"]
    if have.get("acpi_id") != want["acpi_id"]:
        diffs.append(f"pCPU {index}: acpi_id expected {want['acpi_id']}, is {have.get('acpi_id')}")
    label = f"pCPU {index} (ACPI id {want['acpi_id']})"
    want_px, have_px = want["pstates"], have.get("pstates")
    if want_px is None:
        if have_px is not None:
            diffs.append(f"{label}: expected no P-states, Xen holds {have_px.get('frequencies_mhz')}")
    elif have_px is None:
        diffs.append(f"{label}: expected P-states {want_px['frequencies_mhz']}, Xen holds none")
    else:
        for key, value in want_px.items():
            if have_px.get(key) != value:
                diffs.append(f"{label}: {key} expected {value}, Xen holds {have_px.get(key)}")
    want_cx, have_cx = want["cstates"], deep_cstates(have)
    if want_cx != have_cx:
        diffs.append(f"{label}: C2+ states expected {want_cx}, Xen holds {have_cx}")
    return diffs


REPORT = re.compile(r"WARNING: |BUG: |Oops|possible circular locking|"
                    r"inconsistent lock state|unreferenced object|UBSAN: |"
                    r"suspicious RCU usage|rcu: INFO: .*stall")


def held(state):
    """The fields EXPECT can name, as the result shows them."""
    cpus = state["cpus"]
    return {
        "scaling_max_mhz": [(c["pstates"] or {}).get("scaling_max_mhz") for c in cpus],
        "deep_cstates": [sum(1 for s in c["cstates"] or [] if s.get("type", 0) >= 2)
                         for c in cpus],
        "ppc_sent": state.get("ppc_sent"),
        "px_uploads": state.get("px_uploads"),
        "table_uploads": state.get("table_uploads"),
        "frequencies_mhz": [(c["pstates"] or {}).get("frequencies_mhz") for c in cpus],
        "online": [c["online"] for c in cpus],
        "xen_pages_lost": state.get("xen_pages_lost"),
        "acpi_events": state.get("acpi_events"),
        "firmware_log": state.get("firmware_log"),
    }


def compare_state(label, want, state):
    have, diffs = held(state), []
    for key, value in want.items():
        if key == "log":
            for line in value:
                if not any(line in l for l in state["module_log"]):
                    diffs.append(f"{label}: no module message '{line}'")
        elif key != "why" and have[key] != value:
            diffs.append(f"{label}: {key} expected {value}, Xen holds {have[key]}")
    if "rc" in state and state["rc"] != 0:
        diffs.append(f"{label}: the step failed (exit status {state['rc']}): "
                     + " | ".join(state["output"][-5:]))
    return diffs


STAMP = re.compile(r"^\[\s*(\d+\.\d+)\] ")


def reports(result_path):
    """The console's kernel reports from the first backend's load on, by
    dom0's timestamps (its log is printed again later).  One before it is
    the dom0 kernel's own, not the backends': it is printed, not counted
    (Linux 7.2's debug kernel warns at init's first exec as a Xen PV dom0,
    tests/README.md)."""
    console = os.path.join(os.path.dirname(result_path), "console.log")
    with open(console, errors="replace") as f:
        lines = [line.rstrip() for line in f]
    loads = [i for i, line in enumerate(lines) if "xenboot: loading " in line]
    first = loads[0] if loads else len(lines)
    m = STAMP.match(lines[first]) if loads else None
    loaded_at = float(m.group(1)) if m else None
    found = []
    for i, line in enumerate(lines):
        if not REPORT.search(line):
            continue
        m = STAMP.match(line)
        before = (float(m.group(1)) < loaded_at if m and loaded_at is not None
                  else i < first)
        if before:
            print(f"before the backends loaded, not counted: {line}")
        else:
            found.append(f"console: {line}")
    return found


def compare_steps(expect, result):
    steps = result.get("steps", [])
    if len(steps) != len(expect["steps"]):
        return [f"{len(steps)} steps ran, {len(expect['steps'])} expected"]
    diffs = compare_state("boot", expect["boot"], result)
    before = result.get("xen_free_pages")
    for n, (want, state) in enumerate(zip(expect["steps"], steps), 1):
        after = state.get("xen_free_pages")
        if None not in (before, after):
            state["xen_pages_lost"] = before - after
        before = after
        print(f"step {n} ({state['step']}): {held(state)['scaling_max_mhz']} MHz max; "
              f"{want.get('why', '')}")
        diffs += compare_state(f"step {n}", want, state)
    if result.get("kernel") == "debug" and "kmemleak" not in result:
        diffs.append("the debug kernel did not scan for leaks")
    return diffs


def measure(expect, result, by_cpu):
    """Print how far the result is from the firmware's data, per pCPU."""
    cpus = sorted(expect.get("cpus", {}).items(), key=lambda kv: int(kv[0]))
    own = 0
    for index, want in cpus:
        diffs = compare_cpu(index, want, by_cpu.get(int(index)))
        own += not diffs
        for line in diffs:
            print(line)
    print(f"{result.get('backend')} on Linux {result.get('linux')}, Xen {result.get('xen')}: "
          f"{own} of {len(cpus)} pCPUs hold their own data")
    return 0 if sorted(by_cpu) == [int(i) for i, _ in cpus] else 1


def dom0_cstates(expect, result, by_cpu, mode):
    """The --cstates verdict: 0 if the pCPUs with a dom0 vCPU hold their own
    C-states ("own") or at least one of them does not ("lost")."""
    lost = []
    for index in range(result["dom0_vcpus"]):
        want, have = expect["cpus"][str(index)], by_cpu.get(index) or {}
        if want["cstates"] != deep_cstates(have):
            lost.append(f"ACPI id {want['acpi_id']}")
    print(f"pCPUs with a dom0 vCPU: {result['dom0_vcpus']}; without their own C-states: "
          f"{', '.join(lost) or 'none'}")
    if mode == "own":
        return 1 if lost else 0
    if not lost:
        print("the regression did not show: every pCPU with a dom0 vCPU holds its own C-states")
    return 0 if lost else 1


def main():
    args = sys.argv[1:]
    measuring = args[:1] == ["--measure"]
    args = args[1:] if measuring else args
    cstates = args[1] if args[:1] == ["--cstates"] and len(args) > 1 else None
    args = args[2:] if cstates else args
    if len(args) != 2 or cstates not in (None, "own", "lost"):
        sys.exit(__doc__)
    with open(args[0]) as f:
        expect = json.load(f)
    with open(args[1]) as f:
        result = json.load(f)
    if not result.get("completed"):
        print("boot did not complete; see console.log next to the result")
        return 1
    by_cpu = {c["cpu"]: c for c in result.get("cpus", [])}
    if measuring:
        return measure(expect, result, by_cpu)
    if cstates:
        measured = measure(expect, result, by_cpu)
        verdict = dom0_cstates(expect, result, by_cpu, cstates)
        found = reports(args[1])
        for line in found:
            print(line)
        return measured or verdict or (1 if found else 0)
    diffs = []
    for index, want in sorted(expect.get("cpus", {}).items(), key=lambda kv: int(kv[0])):
        diffs += compare_cpu(index, want, by_cpu.get(int(index)))
    if "steps" in expect:
        diffs += compare_steps(expect, result)
    for line in expect.get("log", []):
        if not any(line in l for l in result.get("module_log", [])):
            diffs.append(f"no module message '{line}'")
    diffs += reports(args[1])
    for line in diffs:
        print(line)
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
