#!/usr/bin/env bash
# The series as a maintainer gets it (make series: build/series/, or
# build/series-K/ for the backport to kernel K):
#  - each patch applies with git am on the pristine tree, and the tree
#    builds after each one, with the series' options on (the dom0 test
#    kernel's configuration) and off (the same without them, with
#    xen-acpi-processor instead), without a compiler warning (once they
#    passed, the same patches, configuration and compiler are not built
#    again: build/K is the machine's builds directory, tests/lib/common.sh);
#  - the result is the tree the tests boot (build/K/linux), and its
#    tools/power/xen builds without a warning;
#  - checkpatch --strict is clean for each patch, scripts/kernel-doc has
#    nothing to say about the series' sources, the RST pages parse cleanly.
#
#   check-series.sh [--linux K] [--apply-only]
#
# K defaults to the primary kernel.  --apply-only (for backports, whose
# tree the tests build and boot anyway): the patches apply with git am
# and give the tree the tests use; nothing else.
#
# The patches are applied in build/K/linux itself (build/K/linux.git holds
# its history): git rewrites only the files a patch touches, so the
# builds, in object directories seeded from build/K/obj/dom0, stay
# incremental.  build/K/linux ends as it was, the series' files rewritten.
set -euo pipefail

if [ "${1:-}" = --linux ]; then
	export XENBOOT_LINUX=$2
	shift 2
fi
apply_only=false
[ "${1:-}" = --apply-only ] && apply_only=true
# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
# shellcheck source=series.sh
. "$root/tests/lib/series.sh"
series=$build/series
[ "$linux" = "$primary_linux" ] || series=$build/series-$linux
tree=$kb/linux
export GIT_DIR=$kb/linux.git GIT_WORK_TREE=$tree
status=0
# The compiler as tests/lib/build-kernel.sh names it, or every object of
# the seeded directories would be rebuilt.
cc=gcc
command -v ccache >/dev/null && cc="ccache gcc"

# Make and the kernel's scripts must not see build/linux.git: the kernel
# release would get a version control suffix.
kernel() {
	env -u GIT_DIR -u GIT_WORK_TREE "$@"
}

fail() {
	echo "FAIL: $*"
	status=1
}

[ -f "$kb/obj/dom0/.config" ] || {
	echo "no dom0 kernel build to seed from: run tests/lib/build-kernel.sh"
	exit 1
}
"$root/tests/lib/make-series.sh" "$series"
patches=("$series"/0*.patch)
patches=("${patches[@]:1}")

# build/linux must be what make series wrote, or the boots test something
# else than the series.
git read-tree series
git update-index -q --refresh >/dev/null || true
if ! git diff-files --quiet; then
	git diff-files --name-only | sed 's/^/differs from the series: /'
	echo "build/linux is not the series: run tests/lib/prepare-tree.sh"
	exit 1
fi

restore() {
	git am --abort >/dev/null 2>&1 || true
	git checkout -q -f --detach series
}
trap restore EXIT
git update-ref --no-deref HEAD series
git checkout -q --detach base

# Configurations: the dom0 test kernel's, and the same without the series.
# The object directory's .config is replaced only when the configuration
# changed: a rewritten one, even the same, costs a relink (35 s here).
configure() {
	local obj=$kb/obj/series-$1 want

	[ -d "$obj" ] || cp -a "$kb/obj/dom0" "$obj"
	want=$obj/.config.want
	case "$1" in
	on) cp "$kb/obj/dom0/.config" "$want" ;;
	off)
		grep -v -E "^($(printf '%s|' "${series_options[@]%%=*}")x)=" \
			"$kb/obj/dom0/.config" > "$want"
		echo CONFIG_XEN_ACPI_PROCESSOR=m >> "$want"
		;;
	esac
	kernel make -s -C "$tree" O="$obj" KCONFIG_CONFIG=.config.want olddefconfig
	cmp -s "$want" "$obj/.config" || mv "$want" "$obj/.config"
	rm -f "$want" "$want.old"
}

# Build one configuration; print what it took and which of the series'
# options are set.
build_config() {
	local obj=$kb/obj/series-$1 start=$SECONDS log set

	log=$obj/build.log
	configure "$1"
	if ! kernel make -s -j"$(nproc)" -C "$tree" O="$obj" CC="$cc" > "$log" 2>&1; then
		fail "$1: the build failed"
		tail -n 20 "$log"
		return
	fi
	if grep -E '(warning|error):' "$log"; then
		fail "$1: the build warned"
	fi
	set=$(grep -o -E "^CONFIG_(ACPI_PROCESSOR_EXTCNTL|XEN_PROCESSOR_EXTCNTL[A-Z_]*|XEN_ACPI_PROCESSOR)=[ym]" \
	      "$obj/.config" | sed 's/^CONFIG_//' | tr '\n' ' ')
	printf '    %-3s built in %3ds  %s\n' "$1" $((SECONDS - start)) "${set:-(none of them)}"
}

# Each step's builds depend on the patches, the configuration, the
# compiler and how this script builds: once they passed, the same inputs
# are not built again (the stamp is kept with the builds, in build/K).
built_stamp=$kb/.series-built-$( (cat "${patches[@]}" "$kb/obj/dom0/.config" "$0"; gcc --version) |
	sha1sum | cut -c1-40)
build_steps=true
if [ -f "$built_stamp" ] && ! $apply_only; then
	build_steps=false
	echo "every step built with these patches, configuration and compiler before" \
		"(build/$linux/$(basename "$built_stamp")): not built again"
fi

export GIT_COMMITTER_NAME=make-series GIT_COMMITTER_EMAIL=make-series@localhost
for patch in "${patches[@]}"; do
	name=$(basename "$patch")
	if ! git am -q "$patch"; then
		fail "$name does not apply with git am"
		break
	fi
	echo "$name: applies"
	{ $apply_only || ! $build_steps; } && continue
	# A patch to the documentation or the tools only leaves the kernel's
	# build as the previous step built it.
	if ! git diff --name-only HEAD^ HEAD | grep -q -v -E '^(Documentation/|tools/|MAINTAINERS$)'; then
		echo "    nothing the kernel's build reads changed: built as the previous step"
		continue
	fi
	build_config on
	build_config off
done

[ "$(git rev-parse 'HEAD^{tree}')" = "$(git rev-parse 'series^{tree}')" ] ||
	fail "git am of ${series#"$root"/} does not give the series' tree"
if $apply_only; then
	echo "Linux $linux: the ${#patches[@]} patches apply with git am and give the tree the tests build"
	exit $status
fi
# The options must all be on at the end.
for opt in "${series_options[@]}"; do
	grep -qx "$opt" "$kb/obj/series-on/.config" || fail "$opt is not set after the series"
done

# The tool, as the kernel's tools/ build it, from the tree the series left.
tool_out=$kb/obj/series-tools
mkdir -p "$tool_out"
if ! out=$(kernel make -s -C "$tree/tools/power/xen" O="$tool_out" 2>&1); then
	fail "tools/power/xen does not build"
elif [ -n "$out" ]; then
	fail "tools/power/xen: the build said something"
fi
echo "tools/power/xen: ${out:-builds without a warning}"

echo "checkpatch --strict, per patch:"
for patch in "${patches[@]}"; do
	out=$(cd "$tree" && kernel perl scripts/checkpatch.pl --strict --terse "$patch" |
	      grep -E ': (ERROR|WARNING|CHECK):' || true)
	printf '    %s: %s\n' "$(basename "$patch")" "${out:-clean}"
	[ -z "$out" ] || fail "checkpatch on $(basename "$patch")"
done

# -v: some warnings are given only in verbose mode, with "info" lines
# (7.2: "Info: ... Scanning doc for ...") that are none.
out=$(cd "$tree" && kernel scripts/kernel-doc -none -v "${code_files[@]}" drivers/xen/pcpu.c 2>&1 | grep -v -E '^Info: | info: ' || true)
echo "scripts/kernel-doc -none -v on $((${#code_files[@]} + 1)) files: ${out:-no warning}"
[ -z "$out" ] || fail "kernel-doc warns"

for f in "${new_files[@]}"; do
	[[ "$f" == *.rst ]] || continue
	out=$(python3 - "$tree/$f" 2>&1 <<'PY'
import sys
import docutils.core
docutils.core.publish_doctree(open(sys.argv[1]).read(), source_path=sys.argv[1],
                              settings_overrides={"report_level": 2, "halt_level": 5})
PY
	)
	echo "$f: ${out:-parses without a message}"
	[ -z "$out" ] || fail "$f"
done

if [ $status -eq 0 ] && $build_steps; then
	rm -f "$kb"/.series-built-*
	touch "$built_stamp"
fi
exit $status
