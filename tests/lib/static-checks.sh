#!/usr/bin/env bash
# Kernel coding-convention checks on the series, one at a time:
#   static-checks.sh checkpatch   checkpatch --strict on our files and patches
#   static-checks.sh warnings     W=1 and sparse (C=2) add no warning to the
#                                 files the series adds or changes
# On the primary kernel (tests/PINNED), the one the series is written
# for.  Needs the trees and the dom0 build that tests/lib/build-kernel.sh
# made.
set -euo pipefail

# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
patched=$kb/linux
pristine=$kb/pristine
obj=$kb/obj/dom0

# shellcheck source=series.sh
. "$root/tests/lib/series.sh"
objects=(drivers/acpi/processor_extcntl.o drivers/acpi/processor_driver.o
	 drivers/acpi/processor_idle.o drivers/acpi/processor_perflib.o
	 drivers/xen/acpi_processor.o drivers/xen/acpi_processor_sysfs.o
	 drivers/xen/acpi_processor_xlate.o drivers/xen/pcpu.o
	 drivers/xen/acpi_processor_xlate_test.o)

checkpatch() {
	local status=0 out f

	for f in "${new_files[@]}"; do
		out=$(cd "$pristine" && perl scripts/checkpatch.pl --strict --no-tree \
			--terse -f "$root/$f" | grep -E ': (ERROR|WARNING|CHECK):' || true)
		[ -z "$out" ] || { echo "$out"; status=1; }
	done
	# The series and its backports (make-fixes.sh checks the stable fix).
	for f in "$root"/patches/0*.patch "$root"/patches/[0-9]*/0*.patch; do
		out=$(cd "$pristine" && perl scripts/checkpatch.pl --strict --terse "$f" |
			grep -E ': (ERROR|WARNING|CHECK):' || true)
		[ -z "$out" ] || { echo "${f#"$root"/}: $out"; status=1; }
	done
	[ $status -eq 0 ] && echo "checkpatch --strict: 0 errors, 0 warnings, 0 checks"
	return $status
}

# Compiler and sparse diagnostics of one tree, without line numbers so that
# the patched and the pristine files compare.
diagnostics() {
	local src=$1 out=$2 objs=("${@:3}") o

	# Compiler warnings come only from a compile: drop the objects first.
	for o in "${objs[@]}"; do
		rm -f "$out/$o"
	done
	# None at all is a good answer, not grep's failure.
	make -s -C "$src" O="$out" W=1 C=2 CC="${CC:-gcc}" "${objs[@]}" 2>&1 |
		{ grep -E '(warning|error):' || true; } |
		sed -E 's#^.*/(drivers|include|arch)/#\1/#; s#:[0-9]+:[0-9]+:#:#; s#:[0-9]+:#:#' |
		sort -u
}

warnings() {
	local check=$kb/obj/check-pristine theirs ours added
	local pristine_objs=()

	# The same configuration, without what the series adds.
	mkdir -p "$check"
	grep -v -E 'EXTCNTL' "$obj/.config" > "$check/.config"
	make -s -C "$pristine" O="$check" olddefconfig
	for o in "${objects[@]}"; do
		[ -f "$pristine/${o%.o}.c" ] && pristine_objs+=("$o")
	done

	theirs=$(diagnostics "$pristine" "$check" "${pristine_objs[@]}")
	ours=$(diagnostics "$patched" "$obj" "${objects[@]}")
	added=$(comm -13 <(echo "$theirs") <(echo "$ours") | sed '/^$/d')
	if [ -n "$added" ]; then
		echo "W=1/sparse diagnostics the series adds:"
		echo "$added"
		return 1
	fi
	echo "W=1 and sparse: nothing added (pre-existing in the touched files: $(echo "$theirs" | sed '/^$/d' | wc -l))"
}

case "${1:-}" in
checkpatch) checkpatch ;;
warnings) warnings ;;
*) echo "usage: $0 checkpatch|warnings" >&2; exit 2 ;;
esac
