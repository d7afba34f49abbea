#!/usr/bin/env bash
# The configurations a kernel build robot tries on a series, built with
# the series applied (the primary kernel's tree, as build-kernel.sh left
# it): vmlinux and the modules, each on top of the dom0 configuration.
#
#   build-robot.sh [NAME...]     the configurations below, or those named
#
# One build directory serves them all, one after the other: Kbuild
# rebuilds only what a changed option reaches, and the directory starts as
# a copy of the dom0 build.  Each option a configuration sets must stick,
# so that a dependency cannot quietly turn the configuration into another.
set -euo pipefail

# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"

# NAME, then the options it sets over the dom0 configuration (the x86
# P-state drivers and SCHED_MC_PRIO select ACPI_PROCESSOR and CPU_FREQ).
# The backend and its tests both =m is the dom0 configuration itself,
# which build-kernel.sh builds.
configs=(
	"all-y CONFIG_XEN_PROCESSOR_EXTCNTL=y CONFIG_XEN_PROCESSOR_EXTCNTL_KUNIT_TEST=y"
	"acpi-processor-m CONFIG_SCHED_MC_PRIO=n CONFIG_X86_INTEL_PSTATE=n CONFIG_X86_AMD_PSTATE=n CONFIG_ACPI_PROCESSOR=m CONFIG_XEN_PROCESSOR_EXTCNTL=m"
	"cpu-freq-n CONFIG_SCHED_MC_PRIO=n CONFIG_CPU_FREQ=n"
	"extcntl-n CONFIG_ACPI_PROCESSOR_EXTCNTL=n CONFIG_XEN_PROCESSOR_EXTCNTL=n CONFIG_XEN_ACPI_PROCESSOR=m"
	"xen-n CONFIG_XEN=n"
)

src=$kb/linux
obj=$kb/obj/robot
cc=gcc
command -v ccache >/dev/null && cc="ccache gcc"
kmake=(make -s -j"$(nproc)" -C "$src" O="$obj" CC="$cc")

[ -f "$kb/obj/dom0/vmlinux" ] || die "no dom0 build in $kb/obj/dom0: run tests/lib/build-kernel.sh first"
if [ ! -d "$obj" ]; then
	cp -a "$kb/obj/dom0" "$obj.tmp"
	mv "$obj.tmp" "$obj"
fi

# A fragment's "CONFIG_X=n" is the .config's "# CONFIG_X is not set".
config_line() {
	case "$1" in
	*=n) echo "# ${1%=n} is not set" ;;
	*) echo "$1" ;;
	esac
}

# An option set to n may be absent, its dependencies unmet.
config_has() {
	case "$1" in
	*=n) ! grep -q "^${1%=n}=" "$obj/.config" ;;
	*) grep -qx "$1" "$obj/.config" ;;
	esac
}

build_config() {
	local name=$1 opt fragment=$obj/robot-$1.config
	shift
	{
		cat "$root/tests/config/dom0.config"
		[ ! -f "$root/tests/config/dom0.$linux.config" ] ||
			cat "$root/tests/config/dom0.$linux.config"
		for opt in "$@"; do
			config_line "$opt"
		done
	} > "$fragment"
	"${kmake[@]}" tinyconfig >/dev/null
	"$src/scripts/kconfig/merge_config.sh" -m -O "$obj" "$obj/.config" "$fragment" >/dev/null 2>&1
	# Its warnings are of the fragment overriding the dom0 options.
	"${kmake[@]}" olddefconfig >/dev/null 2>&1
	for opt in "$@"; do
		config_has "$opt" || {
			echo "build-robot: $name: $opt did not stick in the kernel config"
			return 1
		}
	done
	if ! "${kmake[@]}" vmlinux modules > "$obj/robot-$name.log" 2>&1; then
		grep -E "error|Error|undefined|multiple definition" "$obj/robot-$name.log" | head -20
		echo "build-robot: $name ($*): the build failed"
		return 1
	fi
	echo "build-robot: $name ($*): vmlinux and modules built"
}

status=0
for config in "${configs[@]}"; do
	read -r -a words <<< "$config"
	if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qx "${words[0]}"; then
		continue
	fi
	build_config "${words[@]}" || status=1
done
exit $status
