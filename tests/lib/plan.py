#!/usr/bin/env python3
"""The boots make check runs, from the scenarios' own files: every
tests/acpi/NAME.expect.json (firmware tests/acpi/NAME.asl, booted once) and
tests/acpi/runtime/NAME.expect.json (firmware runtime.asl, then its steps).
A scenario's "runs" says how it is booted; without it, once, with this
project's backend, on the primary stack.  Each run may give:

  backend   "ours" (default), "upstream" (the kernel's own
            xen-acpi-processor) or "upstream-fixed" (the same with the
            stable fix, patches/fixes/, on the kernels it is for)
  kernel    "dom0" (default) or "debug"
  stacks    "primary" (default), "all" (every stack tests/PINNED lists),
            or a list of stacks, each "LINUX XEN"
  measure   true: the run measures what the backend gives against the
            firmware and prints every difference, instead of requiring
            none (the comparison with upstream)
  cstates   "own" or "lost": measure, then require that every pCPU with a
            dom0 vCPU holds its own C-states ("own"), or that one does not
            ("lost": the regression the stable fix is for, see
            patches/fixes/)
  name      the test's name on the primary stack (default: boot-NAME or
            runtime-NAME, with -upstream and -debug where they apply)

On the other stacks a test's name ends in @LINUX+XEN.  One line per test:
  NAME KIND SCENARIO BACKEND KERNEL LINUX XEN MODE
with KIND boot or runtime, MODE expect, measure, cstates-own or
cstates-lost.

    plan.py
    plan.py options EXPECT.json   tests/xenboot's options for the scenario
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def stacks():
    with open(os.path.join(ROOT, "tests/PINNED")) as f:
        m = re.search(r"^STACKS=\((.*)\)$", f.read(), re.M)
    return [tuple(s.split()) for s in re.findall(r'"([^"]*)"', m.group(1))]


def default_name(kind, scenario, run):
    name = f"{kind}-{scenario}"
    if run.get("backend", "ours") != "ours":
        name += "-" + run["backend"]
    if run.get("kernel", "dom0") != "dom0":
        name = run["kernel"] + "-" + name
    return name


def mode(run):
    if run.get("cstates"):
        return "cstates-" + run["cstates"]
    return "measure" if run.get("measure") else "expect"


def plan():
    all_stacks = stacks()
    tests = []
    for kind, pattern in (("boot", "tests/acpi/*.expect.json"),
                          ("runtime", "tests/acpi/runtime/*.expect.json")):
        for path in sorted(glob.glob(os.path.join(ROOT, pattern))):
            scenario = os.path.basename(path)[:-len(".expect.json")]
            with open(path) as f:
                runs = json.load(f).get("runs", [{}])
            for run in runs:
                name = run.get("name") or default_name(kind, scenario, run)
                chosen = run.get("stacks", "primary")
                if chosen == "all":
                    chosen = all_stacks
                elif chosen == "primary":
                    chosen = all_stacks[:1]
                else:
                    chosen = [tuple(stack.split()) for stack in chosen]
                for linux, xen in chosen:
                    primary = (linux, xen) == all_stacks[0]
                    tests.append((name if primary else f"{name}@{linux}+{xen}", kind, scenario,
                                  run.get("backend", "ours"), run.get("kernel", "dom0"),
                                  linux, xen, mode(run)))
    return tests


def options(path):
    """The host and dom0 a scenario's file describes, as xenboot options."""
    with open(path) as f:
        e = json.load(f)
    return [f"--pcpus={e['pcpus']}", f"--dom0-vcpus={e['dom0_vcpus']}",
            f"--hotplug-pcpus={e.get('hotplug_pcpus', 0)}",
            f"--xen-cmdline={e.get('xen_cmdline', '')}",
            f"--dom0-cmdline={e.get('dom0_cmdline', '')}",
            f"--settle={e.get('settle', 1)}"] + (
                [f"--dsdt={os.path.join(ROOT, 'tests/acpi', e['dsdt'])}"] if "dsdt" in e else [])


if __name__ == "__main__":
    if sys.argv[1:2] == ["options"]:
        print("\n".join(options(sys.argv[2])))
    else:
        for test in plan():
            print(" ".join(test))
