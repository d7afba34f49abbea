#!/usr/bin/env python3
"""What dom0 shows management stacks agrees with what Xen holds.

    check-caps.py RESULT.json [--expect ACPI_ID:FILE=VALUE ...]

For the read-back after boot and after each step of a tests/xenboot
result, for every physical CPU Xen has (with or without a dom0 vCPU):

  - /sys/devices/system/xen_cpu/xen_cpuN/{acpi_id,pm/*} agree with xenpm
    and Xen's C-state dump: the P-states' frequencies and the _PPC limit
    (scaling max), the C-states' types and latencies; a CPU whose pm/
    says Xen holds none has none in Xen (C1 only), one handed its data
    while offline ("pending") that data or none; xenpm shows nothing of
    an offline CPU;
  - xen-power-caps' XML is valid against tools/power/xen/
    xen-power-caps.rng, and it and its JSON say what sysfs says;
  - the host's sleep states: S3 ("mem") only, never S4 or hybrid, in
    sysfs, the XML's <power_management> and the JSON alike.

--expect checks a pm/ file of the CPU with that ACPI id after boot.
"""

import argparse
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA = os.path.join(ROOT, "tools", "power", "xen", "xen-power-caps.rng")


def ints(text):
    return [int(v) for v in text.split()]


def from_sysfs(files, cpu):
    """One CPU as the model the three views are compared in."""
    def pm(name):
        return files.get(f"xen_cpu{cpu}/pm/{name}", "")
    model = {"acpi_id": int(files[f"xen_cpu{cpu}/acpi_id"]),
             "online": files.get(f"xen_cpu{cpu}/online", "1") != "0",
             "last_error": int(pm("last_error") or 0),
             "cstates": pm("cstates"), "pstates": pm("pstates"),
             "cx": list(zip(ints(pm("cstate_types")), ints(pm("cstate_latency_us")),
                            ints(pm("cstate_power_mw")), pm("cstate_entry").split())),
             "px": list(zip(ints(pm("pstate_freq_mhz")), ints(pm("pstate_power_mw")),
                            ints(pm("pstate_transition_latency_us")),
                            ints(pm("pstate_bus_master_latency_us"))))}
    if model["px"]:
        model["limit"] = int(pm("ppc"))
        model["domain"] = (int(pm("psd_domain")), pm("psd_coordination"),
                           int(pm("psd_num_processors")))
    return model


def from_json(cpu):
    model = {"acpi_id": cpu["acpi_id"], "online": cpu["online"],
             "last_error": cpu["last_error"],
             "cstates": cpu["cstates"]["status"], "pstates": cpu["pstates"]["status"],
             "cx": [(c["type"], c["latency_us"], c["power_mw"], c["entry"])
                    for c in cpu["cstates"]["states"]],
             "px": [(p["mhz"], p["power_mw"], p["transition_latency_us"],
                     p["bus_master_latency_us"]) for p in cpu["pstates"]["states"]]}
    if model["px"]:
        d = cpu["pstates"]["domain"]
        model["limit"] = cpu["pstates"]["limit"]
        model["domain"] = (d["id"], d["coordination"], d["processors"])
    return model


def from_xml(cpu):
    cx, px = cpu.find("cstates"), cpu.find("pstates")
    model = {"acpi_id": int(cpu.get("acpi_id")), "online": cpu.get("online") == "yes",
             "last_error": int(cpu.get("last_error")),
             "cstates": cx.get("status"), "pstates": px.get("status"),
             "cx": [(int(c.get("type")[1:]), int(c.get("latency_us")), int(c.get("power_mw")),
                     c.get("entry")) for c in cx.findall("cstate")],
             "px": [(int(p.get("mhz")), int(p.get("power_mw")), int(p.get("transition_latency_us")),
                     int(p.get("bus_master_latency_us"))) for p in px.findall("pstate")]}
    if model["px"]:
        d = px.find("domain")
        model["limit"] = int(px.get("limit"))
        model["domain"] = (int(d.get("id")), d.get("coordination"), int(d.get("processors")))
    return model


def sleep_errors(files, caps, root):
    errors = []
    states = files.get("pm/sleep_states", "").split()
    firmware = files.get("pm/firmware_sleep_states", "").split()
    if states != ["mem"] or not set(states) <= set(firmware):
        errors.append(f"sleep_states {states}, firmware_sleep_states {firmware}: want S3 only")
    pm = [e.tag for e in root.find("host/power_management")]
    if pm != ["suspend_mem"]:
        errors.append(f"<power_management> lists {pm}, want suspend_mem only")
    if caps["power_management"] != {"suspend_mem": True, "suspend_disk": False,
                                    "suspend_hybrid": False}:
        errors.append(f"JSON power_management {caps['power_management']}")
    return errors


def xen_errors(model, held):
    """Where a CPU's sysfs view and what Xen holds (xenpm) disagree.  Xen
    shows nothing of an offline CPU; one brought online since its data was
    handed over "pending" holds that data or none."""
    errors = []
    px = held["pstates"]
    if not held["online"]:
        return errors
    if model["pstates"] == "pending" and not px:
        pass
    elif model["pstates"] in ("held", "pending"):
        freqs = [f for f, *_ in model["px"]]
        if not px or px["frequencies_mhz"] != freqs:
            errors.append(f"P-states {freqs}, Xen {px and px['frequencies_mhz']}")
        elif px["scaling_max_mhz"] != freqs[model["limit"]]:
            errors.append(f"_PPC {model['limit']} ({freqs[model['limit']]} MHz), "
                          f"Xen's scaling max {px['scaling_max_mhz']}")
    elif px:
        errors.append(f"P-states {model['pstates']}, Xen holds {px['frequencies_mhz']}")
    xen_cx = [(c["type"], c["latency_us"]) for c in held["cstates"]]
    if model["cstates"] == "pending" and len(xen_cx) <= 1:
        pass
    elif model["cstates"] in ("held", "pending"):
        if xen_cx != [(t, l) for t, l, *_ in model["cx"]]:
            errors.append(f"C-states {model['cx']}, Xen {xen_cx}")
    elif len(xen_cx) > 1:
        errors.append(f"C-states {model['cstates']}, Xen holds {xen_cx}")
    return errors


def check_read_back(name, cpus, view):
    errors = []
    files, caps = view["sysfs"], view["caps_json"]
    xml = view["caps_xml"]
    valid = subprocess.run(["xmllint", "--noout", "--relaxng", SCHEMA, "-"], input=xml,
                           capture_output=True, text=True)
    if valid.returncode or view["caps_xml_rc"] != 0 or caps is None:
        return [f"xen-power-caps: rc {view['caps_xml_rc']}, XML: {valid.stderr.strip()}, "
                f"JSON {'parsed' if caps else 'missing'}"]
    root = ET.fromstring(xml)
    xml_cpus = {int(c.get("id")): from_xml(c) for c in root.iter("cpu")}
    json_cpus = {c["cpu"]: from_json(c) for c in caps["cpus"]}
    errors += sleep_errors(files, caps, root)
    print(f"{name}: {'pCPU':>4} {'ACPI':>4}  {'C-states':<16} {'P-states':<24} Xen holds")
    for held in cpus:
        cpu = held["cpu"]
        if f"xen_cpu{cpu}/acpi_id" not in files:
            errors.append(f"pCPU {cpu}: no xen_cpu{cpu} in sysfs")
            continue
        model = from_sysfs(files, cpu)
        if model["acpi_id"] != held["acpi_id"]:
            errors.append(f"pCPU {cpu}: acpi_id {model['acpi_id']}, Xen {held['acpi_id']}")
        for what, other in (("XML", xml_cpus.get(cpu)), ("JSON", json_cpus.get(cpu))):
            if other != model:
                errors.append(f"pCPU {cpu}: {what} {other} != sysfs {model}")
        errors += [f"pCPU {cpu}: {e}" for e in xen_errors(model, held)]
        px = held["pstates"]
        print(f"{name}: {cpu:>4} {model['acpi_id']:>4}  "
              f"{model['cstates'] + ' ' + str(len(model['cx'])):<16} "
              f"{model['pstates'] + ' ' + str(len(model['px'])) + (' limit ' + str(model['limit']) if model['px'] else ''):<24} "
              f"C {len(held['cstates'])}, P {px and len(px['frequencies_mhz'])}"
              f"{' max ' + str(px['scaling_max_mhz']) if px else ''}")
    extra = {k.split("/")[0] for k in files if k.startswith("xen_cpu")} - \
        {f"xen_cpu{c['cpu']}" for c in cpus}
    if extra:
        errors.append(f"sysfs has {sorted(extra)}, which Xen does not list")
    return errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("result")
    parser.add_argument("--expect", action="append", default=[],
                        metavar="ACPI_ID:FILE=VALUE")
    args = parser.parse_args()
    r = json.load(open(args.result))
    errors = check_read_back("boot", r["cpus"], r["view"])
    for n, step in enumerate(r["steps"], 1):
        errors += [f"step {n} ({step['step']}): {e}"
                   for e in check_read_back(f"step {n}", step["cpus"], step["view"])]
    files = r["view"]["sysfs"]
    by_acpi = {int(v): k.split("/")[0] for k, v in files.items() if k.endswith("/acpi_id")}
    for want in args.expect:
        acpi_id, _, rest = want.partition(":")
        name, _, value = rest.partition("=")
        got = files.get(f"{by_acpi.get(int(acpi_id))}/pm/{name}")
        print(f"ACPI id {acpi_id}: pm/{name} = {got!r}, want {value!r}")
        if got != value:
            errors.append(f"ACPI id {acpi_id}: pm/{name} is {got!r}, not {value!r}")
    for e in errors:
        print("MISMATCH", e)
    print(f"{len(r['cpus'])} pCPUs, {len(r['steps'])} steps: "
          f"{'sysfs, XML and JSON agree with Xen' if not errors else str(len(errors)) + ' mismatches'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
