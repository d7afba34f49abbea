#!/usr/bin/env python3
"""Compare what Xen holds (a tests/xenboot result.json) with what it must hold.

    compare.py EXPECT.json RESULT.json

EXPECT lists, per Xen pCPU, the acpi_id, the P-state fields that must match
(or null: Xen must hold no P-states) and the C-states deeper than C1 (Xen
substitutes its own C1 where firmware's cannot be used, so C1 is not
compared).  Prints one line per difference, expected next to actual, and
exits 1 if there is any.
"""
import json
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


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1]) as f:
        expect = json.load(f)
    with open(sys.argv[2]) as f:
        result = json.load(f)
    if not result.get("completed"):
        print("boot did not complete; see console.log next to the result")
        return 1
    by_cpu = {c["cpu"]: c for c in result.get("cpus", [])}
    diffs = []
    for index, want in sorted(expect["cpus"].items(), key=lambda kv: int(kv[0])):
        diffs += compare_cpu(index, want, by_cpu.get(int(index)))
    for line in diffs:
        print(line)
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
