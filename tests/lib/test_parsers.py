#!/usr/bin/env python3
"""Unit tests of tests/xenboot's console parsers, run on recorded consoles.

    python3 tests/lib/test_parsers.py [-v]
    python3 -m unittest tests/lib/test_parsers.py
    XENBOOT=/tmp/copy/tests/xenboot python3 tests/lib/test_parsers.py

In the spirit of the kernel's tools/testing/kunit/kunit_tool_test.py: each
tests/lib/testdata/NAME.log is the console.log of a real boot, copied as
it was (CRLF line ends included), and NAME.expect.json says what the
parsers must find in it, written by reading the log and checked against
its raw lines, not copied from the parsers' output.  Adding a log and its
expect file adds a case: every per-log test runs once per log, in a
subTest named after it.

An expect file holds:
  "sections"     {name: rc} of every marked section (sections())
  "px_uploads"   ACPI ids of Xen's "Set CPU acpi_id(N) ... Px" lines before
                 the first step (px_calls() of split_at_steps()'s first part)
  "table_uploads"  the same for the calls that carried a _PSS (table_calls())
  "module_log"   module_log() of the boot's dmesg section
  "cpus"         held(): per pCPU, what Xen holds after boot
  "then", "steps"  with --then: the steps, and per step what step_results()
                 returns for it ("step", "rc", "px_uploads", "table_uploads",
                 "ppc_sent", "module_log" and "scaling_max_mhz", the
                 scaling max of every pCPU by Xen's CPU number, null for one
                 without P-states; "cpus" in full where given; "why" is a
                 note)
Other keys ("description", "checked") are notes for the reader.

The other tests feed the parsers literal snippets for the cases the logs
do not show.  XENBOOT names the script to test (default tests/xenboot);
importing it reads tests/PINNED next to it, so copy a modified xenboot
to DIR/tests/xenboot along with DIR/tests/PINNED.

Prints one summary line; exit status 0 only if every test passed.
"""
import functools
import glob
import importlib.machinery
import importlib.util
import json
import os
import sys
import types
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TESTDATA = os.path.join(HERE, "testdata")
XENBOOT = os.path.abspath(os.environ.get("XENBOOT") or os.path.join(ROOT, "tests", "xenboot"))


def load_xenboot(path):
    """tests/xenboot as a module (it has no .py suffix)."""
    loader = importlib.machinery.SourceFileLoader("xenboot", path)
    spec = importlib.util.spec_from_loader("xenboot", loader)
    module = importlib.util.module_from_spec(spec)
    try:
        loader.exec_module(module)
    except FileNotFoundError as e:
        sys.exit(f"test_parsers: cannot import {path}: {e}\n"
                 "(xenboot reads tests/PINNED next to itself: copy it as DIR/tests/xenboot "
                 "with DIR/tests/PINNED)")
    return module


xenboot = load_xenboot(XENBOOT)


def console_lines(path):
    """The console's lines, read as xenboot's main() reads console.log."""
    with open(path, encoding="utf-8", errors="replace") as f:
        return [l.rstrip("\r\n") for l in f]


class Recorded:
    """One recorded console and what its expect file says."""

    def __init__(self, log):
        self.name = os.path.basename(log)[:-len(".log")]
        self.log = log
        self.lines = console_lines(log)
        with open(log[:-len(".log")] + ".expect.json") as f:
            self.expect = json.load(f)
        self.then = self.expect.get("then", [])

    # Parsed when a test first asks, so that a parser's exception fails
    # that test, not the import of this module.
    @functools.cached_property
    def found(self):
        return xenboot.sections(self.lines)

    @functools.cached_property
    def parts(self):
        return xenboot.split_at_steps(self.lines, len(self.then))


def recorded():
    logs = sorted(glob.glob(os.path.join(TESTDATA, "*.log")))
    return [Recorded(log) for log in logs
            if os.path.exists(log[:-len(".log")] + ".expect.json")]


CASES = recorded()


def scaling_max(cpus):
    return [c["pstates"]["scaling_max_mhz"] if c["pstates"] else None for c in cpus]


class RecordedConsoles(unittest.TestCase):
    """The parsers on real consoles: one subTest per tests/lib/testdata/*.log."""

    maxDiff = None

    def cases(self):
        self.assertTrue(CASES, f"no recorded log with an expect file in {TESTDATA}")
        return CASES

    def test_every_log_has_an_expect_file_and_every_expect_file_a_log(self):
        logs = {os.path.basename(p)[:-len(".log")]
                for p in glob.glob(os.path.join(TESTDATA, "*.log"))}
        expects = {os.path.basename(p)[:-len(".expect.json")]
                   for p in glob.glob(os.path.join(TESTDATA, "*.expect.json"))}
        self.assertEqual(sorted(logs - expects), [], "logs without an expect file")
        self.assertEqual(sorted(expects - logs), [], "expect files without a log")

    def test_sections_are_found_with_their_exit_status(self):
        for case in self.cases():
            with self.subTest(log=case.name):
                self.assertEqual({name: rc for name, (_, rc) in case.found.items()},
                                 case.expect["sections"])

    def test_every_section_body_lies_between_its_markers(self):
        for case in self.cases():
            with self.subTest(log=case.name):
                lines = list(xenboot.marked_lines(case.lines))
                for name, (body, rc) in case.found.items():
                    begin = lines.index(f"==== XENBOOT BEGIN {name} ====")
                    end = lines.index(f"==== XENBOOT END {name} rc={rc} ====", begin)
                    self.assertEqual(body, lines[begin + 1:end], name)

    def test_pcpus_hold_what_the_log_shows_after_boot(self):
        for case in self.cases():
            with self.subTest(log=case.name):
                self.assertEqual(xenboot.held(case.found), case.expect["cpus"])

    def test_px_uploads_of_the_boot_are_read_from_xen_lines(self):
        for case in self.cases():
            with self.subTest(log=case.name):
                self.assertEqual(xenboot.px_calls(case.parts[0]), case.expect["px_uploads"])

    def test_table_uploads_of_the_boot_are_the_px_calls_followed_by_a_pss(self):
        for case in self.cases():
            with self.subTest(log=case.name):
                self.assertEqual(xenboot.table_calls(case.parts[0]), case.expect["table_uploads"])

    def test_module_log_keeps_the_backends_and_firmware_bugs(self):
        for case in self.cases():
            with self.subTest(log=case.name):
                self.assertEqual(xenboot.module_log(case.found), case.expect["module_log"])

    def test_console_is_split_into_the_boot_and_one_part_per_step(self):
        for case in self.cases():
            with self.subTest(log=case.name):
                self.assertEqual(len(case.parts), len(case.then) + 1)
                # Every line, with the markers split off as sections() sees them.
                self.assertEqual(sum(map(len, case.parts)),
                                 len(list(xenboot.marked_lines(case.lines))))
                for n, part in enumerate(case.parts[1:], 1):
                    self.assertEqual(part[:1], [f"==== XENBOOT BEGIN step{n}:run ===="])

    def test_each_step_reports_what_the_log_shows_after_it(self):
        for case in self.cases():
            with self.subTest(log=case.name):
                expected = case.expect.get("steps", [])
                self.assertEqual(len(expected), len(case.then))
                args = types.SimpleNamespace(then=case.then)
                results = xenboot.step_results(args, case.found, case.parts)
                for got, want in zip(results, expected):
                    want = {k: v for k, v in want.items() if k != "why"}
                    with self.subTest(step=want["step"]):
                        got = dict(got, scaling_max_mhz=scaling_max(got["cpus"]))
                        self.assertEqual({k: got[k] for k in want}, want)


def dump(cpu_lines):
    """A xen-cstate-dump section's body: Xen's 'c' dump, one line per item."""
    return [f"(XEN) [   14.0{n:05d}] {text}" for n, text in enumerate(cpu_lines)]


# Lines of tests/lib/testdata/basic-ours-7.2-4.20.log (Xen 4.20).
PX_420 = [
    "(XEN) [   12.890505] Set CPU acpi_id(2) cpu(2) Px State info:",
    "(XEN) [   12.890695] \t_PCT: descriptor=130, length=12, space_id=1, bit_width=16, "
    "bit_offset=0, reserved=2, address=3584",
    "(XEN) [   12.892792] \t_PSS: state_count=6",
    "(XEN) [   12.892924] \tState0: 3200MHz 25600mW 10us 10us 0x10 0x10",
    "(XEN) [   12.894560] \t_PPC: 2",
]
# The same in Xen 4.17's words: "cpuid(N)" where 4.20 says "cpu(N)".  No
# 4.17 console is recorded in testdata/ yet; these are the 4.20 lines above
# with only that word changed (Xen 4.17.7's set_px_pminfo() prints
# "Set CPU acpi_id(%d) cpuid(%d) Px State info:").
PX_417 = [l.replace(" cpu(2) ", " cpuid(2) ") for l in PX_420]
# A call that carried only a _PPC (Notify 0x80 at run time).
PPC_ONLY = [
    "(XEN) [   31.000001] Set CPU acpi_id(1) cpu(1) Px State info:",
    "(XEN) [   31.000002] \t_PPC: 2",
]


class ConsoleEdgeCases(unittest.TestCase):
    """The parsers on literal snippets, for what the recorded logs lack."""

    maxDiff = None

    def test_marker_after_kernel_message_is_split_off(self):
        line = "[   20.123456] xenboot: step 2: table 2==== XENBOOT BEGIN step2:run ===="
        self.assertEqual(list(xenboot.marked_lines([line])),
                         ["[   20.123456] xenboot: step 2: table 2",
                          "==== XENBOOT BEGIN step2:run ===="])

    def test_marker_at_start_of_line_is_left_whole(self):
        lines = ["==== XENBOOT BEGIN insmod ====", "insmod ours rc=0",
                 "==== XENBOOT END insmod rc=0 ===="]
        self.assertEqual(list(xenboot.marked_lines(lines)), lines)

    def test_section_whose_begin_marker_ran_into_a_kernel_message_is_found(self):
        lines = ["[    9.493607] xenboot: loaded ours==== XENBOOT BEGIN pcpus ====",
                 "pcpu 0 acpi_id 0 apic_id 0 online 1",
                 "==== XENBOOT END pcpus rc=0 ===="]
        self.assertEqual(xenboot.sections(lines),
                         {"pcpus": (["pcpu 0 acpi_id 0 apic_id 0 online 1"], 0)})

    def test_kernel_message_before_end_marker_stays_in_the_section(self):
        lines = ["==== XENBOOT BEGIN step1:run ====",
                 "[   21.000000] ACPI: Dynamic OEM Table Load:==== XENBOOT END step1:run rc=0 ===="]
        self.assertEqual(xenboot.sections(lines),
                         {"step1:run": (["[   21.000000] ACPI: Dynamic OEM Table Load:"], 0)})

    def test_xen_line_after_marker_is_split_off(self):
        # As in testdata/runtime-ours-7.2-4.20.log: Xen's console (the
        # serial line) ran into the end of init's marker.
        line = ("==== XENBOOT END step1:run rc=0 ====(XEN) [   36.694010] "
                "Set CPU acpi_id(3) cpu(3) Px State info:")
        self.assertEqual(list(xenboot.marked_lines([line])),
                         ["==== XENBOOT END step1:run rc=0 ====",
                          "(XEN) [   36.694010] Set CPU acpi_id(3) cpu(3) Px State info:"])

    def test_xen_line_inside_a_dom0_line_is_taken_out_of_it(self):
        # As in a boot-scale64 console (two boots side by side): Xen's
        # console ran into xenpm's output; xenpm's line ends on the next
        # line that is not Xen's.
        lines = ["scaling_avail_freq   : 3300000 2100000 *1900000(XEN) [   19.122455] "
                 "uart interrupt taking more than 15ms, switched to polling",
                 "(XEN) [   19.122460] another",
                 " 1700000",
                 "scaling frequency    : max [2900000] min [1900000] cur [1900000]"]
        self.assertEqual(list(xenboot.marked_lines(lines)),
                         ["scaling_avail_freq   : 3300000 2100000 *1900000 1700000",
                          "(XEN) [   19.122455] uart interrupt taking more than 15ms, "
                          "switched to polling",
                          "(XEN) [   19.122460] another",
                          "scaling frequency    : max [2900000] min [1900000] cur [1900000]"])

    def test_dom0_kernel_line_inside_a_dom0_line_is_taken_out_of_it(self):
        # As in a clean clone's runtime-changes console: dom0's kernel
        # printed into the sysfs read-back (hvc0 is shared by the kernel
        # and init); the value's newline came after the kernel's line.
        lines = ["xen_cpu3/pm/cstates=held",
                 "xen_cpu3/pm/last_error=0[   35.300695] random: crng init done",
                 "",
                 "xen_cpu3/pm/ppc=0"]
        self.assertEqual(list(xenboot.marked_lines(lines)),
                         ["xen_cpu3/pm/cstates=held",
                          "xen_cpu3/pm/last_error=0",
                          "[   35.300695] random: crng init done",
                          "xen_cpu3/pm/ppc=0"])

    def test_section_whose_end_marker_xen_ran_into_is_found(self):
        lines = ["==== XENBOOT BEGIN step1:run ====",
                 "(XEN) [   36.684560] \t_PPC: 2",
                 "==== XENBOOT END step1:run rc=0 ====(XEN) [   36.694010] "
                 "Set CPU acpi_id(3) cpu(3) Px State info:",
                 "==== XENBOOT BEGIN step1:dmesg ====",
                 "==== XENBOOT END step1:dmesg rc=0 ===="]
        self.assertEqual(xenboot.sections(lines),
                         {"step1:run": (["(XEN) [   36.684560] \t_PPC: 2"], 0),
                          "step1:dmesg": ([], 0)})

    def test_two_markers_on_one_line_are_both_found(self):
        lines = ["==== XENBOOT BEGIN pcpus ====",
                 "==== XENBOOT END pcpus rc=0 ======== XENBOOT BEGIN dmesg ====",
                 "==== XENBOOT END dmesg rc=1 ===="]
        self.assertEqual(xenboot.sections(lines), {"pcpus": ([], 0), "dmesg": ([], 1)})

    def test_section_without_end_marker_is_not_reported(self):
        lines = ["==== XENBOOT BEGIN get-cpufreq-para ====", "cpu id               : 0"]
        self.assertEqual(xenboot.sections(lines), {})

    def test_cstate_dump_reads_states_with_and_without_the_current_mark(self):
        # From basic-ours: cpu0 is in C0 ("*C0", which is left out) and
        # its C1 unmarked, cpu1 is in C1 ("*C1") and its C0 unmarked.
        body = dump(["'c' pressed -> printing ACPI Cx structures",
                     "==cpu0==",
                     "    C1:\ttype[C1] latency[  1] usage[     249] method[ HALT] "
                     "duration[473321329]",
                     "    C2:\ttype[C2] latency[ 10] usage[       0] method[SYSIO] duration[0]",
                     "   *C0:\tusage[     250] duration[13588081865]",
                     "PC2[0] PC3[0] PC6[0] PC7[0]",
                     "==cpu1==",
                     "   *C1:\ttype[C1] latency[  1] usage[     492] method[ HALT] "
                     "duration[831812702]",
                     "    C3:\ttype[C3] latency[200] usage[       0] method[SYSIO] duration[0]",
                     "    C0:\tusage[     492] duration[13231599063]",
                     "CC3[0] CC6[0] CC7[0]"])
        c1 = {"name": "C1", "type": 1, "latency_us": 1, "method": "HALT"}
        self.assertEqual(xenboot.parse_cstate_dump(body), {
            0: [c1, {"name": "C2", "type": 2, "latency_us": 10, "method": "SYSIO"}],
            1: [c1, {"name": "C3", "type": 3, "latency_us": 200, "method": "SYSIO"}]})

    def test_cstate_dump_of_a_cpu_with_c0_only_is_empty(self):
        body = dump(["==cpu5==", "   *C0:\tusage[      12] duration[1000]"])
        self.assertEqual(xenboot.parse_cstate_dump(body), {5: []})

    def test_cpu_without_pstates_holds_none(self):
        # xenpm prints "[CPUn] failed to get cpufreq parameter" (stderr,
        # which the section takes) for a pCPU Xen holds no P-states for,
        # and nothing in get-cpufreq-states.
        para = ["cpu id               : 0",
                "affected_cpus        : 0",
                "cpuinfo frequency    : max [3000000] min [1400000] cur [1400000]",
                "scaling_driver       : acpi-cpufreq",
                "current_governor     : ondemand",
                "scaling_avail_freq   : 3000000 2600000 *1400000",
                "scaling frequency    : max [2600000] min [1400000] cur [1400000]",
                "turbo mode           : disabled or n/a",
                "",
                "[CPU1] failed to get cpufreq parameter"]
        states = ["cpu id               : 0",
                  "total P-states       : 3",
                  "usable P-states      : 2",
                  "current frequency    : 1400 MHz",
                  "*P2        [1400 MHz]: transition [                   3]",
                  ""]
        found = {"pcpus": (["pcpu 0 acpi_id 0 apic_id 0 online 1",
                            "pcpu 1 acpi_id 7 apic_id 1 online 0"], 0),
                 "get-cpufreq-para": (para, 0), "get-cpufreq-states": (states, 0),
                 "get-cpuidle-states": (["All C-states allowed", "",
                                         "cpu id               : 0",
                                         "total C-states       : 2",
                                         "cpu id               : 1",
                                         "total C-states       : 4"], 0)}
        self.assertEqual(xenboot.held(found), [
            {"cpu": 0, "acpi_id": 0, "online": True,
             "pstates": {"frequencies_mhz": [3000, 2600, 1400], "scaling_max_mhz": 2600,
                         "scaling_min_mhz": 1400, "affected_cpus": [0],
                         "driver": "acpi-cpufreq", "governor": "ondemand",
                         "total": 3, "usable": 2},
             "cstates": [], "cstate_count": 2},
            {"cpu": 1, "acpi_id": 7, "online": False, "pstates": None,
             "cstates": [], "cstate_count": 4}])

    def test_pstates_need_frequencies_and_scaling_limits(self):
        # A block with neither (a policy without a table) is no P-states.
        para = ["cpu id               : 3", "affected_cpus        : 3",
                "scaling_driver       : acpi-cpufreq"]
        self.assertEqual(xenboot.parse_pstates(para, []), {})

    def test_px_header_of_xen_420_says_cpu(self):
        self.assertEqual(xenboot.px_calls(PX_420), [2])
        self.assertEqual(xenboot.table_calls(PX_420), [2])

    def test_px_header_of_xen_417_says_cpuid(self):
        self.assertEqual(xenboot.px_calls(PX_417), [2])
        self.assertEqual(xenboot.table_calls(PX_417), [2])

    def test_px_call_without_pss_is_no_pss_upload(self):
        lines = PPC_ONLY + PX_420 + [l.replace("(1) cpu(1)", "(1) cpuid(1)") for l in PPC_ONLY]
        self.assertEqual(xenboot.px_calls(lines), [1, 2, 1])
        self.assertEqual(xenboot.table_calls(lines), [2])

    def test_steps_missing_from_the_console_are_empty_parts(self):
        lines = ["boot", "==== XENBOOT BEGIN step1:run ====", "one"]
        self.assertEqual(xenboot.split_at_steps(lines, 3),
                         [["boot"], ["==== XENBOOT BEGIN step1:run ====", "one"], [], []])

    def test_step_marker_after_kernel_message_starts_a_step(self):
        # Init writes "xenboot: step N" to /dev/kmsg just before this very
        # marker: the step's Xen lines must not count in the step before.
        marker = "==== XENBOOT BEGIN step1:run ===="
        lines = ["boot", "[   30.000000] xenboot: step 1: table 1" + marker] + PX_420
        self.assertEqual(xenboot.px_calls(xenboot.split_at_steps(lines, 1)[1]), [2])


def main():
    verbose = any(a in ("-v", "--verbose") for a in sys.argv[1:])
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    result = unittest.TextTestRunner(stream=sys.stdout, verbosity=2 if verbose else 1).run(suite)
    problems = [f"{what}={len(items)}" for what, items in
                (("failures", result.failures), ("errors", result.errors),
                 ("unexpected successes", result.unexpectedSuccesses)) if items]
    known = f", {len(result.expectedFailures)} known defect(s)" if result.expectedFailures else ""
    logs = ", ".join(c.name for c in CASES) or "none"
    print(f"test_parsers: {result.testsRun} tests, recorded logs: {logs}{known}; xenboot: "
          f"{os.path.relpath(XENBOOT, ROOT) if XENBOOT.startswith(ROOT + os.sep) else XENBOOT}: "
          + ("OK" if result.wasSuccessful() else "FAILED (" + ", ".join(problems) + ")"))
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
