# shellcheck shell=bash
# The series: patches/NNNN-*.patch hold each patch's commit message and its
# changes to files it does not add, against the primary stack's kernel
# (tests/PINNED); patches/K/NNNN-*.patch is patch NNNN's backport to
# kernel K where the two differ.  The files a patch adds are kept at
# their paths in this repository, as the whole series leaves them (for
# kernel K changed by patches/K/added-files.diff, see series_files), and
# listed here by patch number
# (tests/lib/make-series.sh composes them).
declare -A patch_adds=(
	[0001]="drivers/acpi/processor_extcntl.c include/acpi/processor_extcntl.h"
	[0002]="arch/x86/xen/platform_hypercall.h"
	[0003]="drivers/xen/acpi_processor.c drivers/xen/acpi_processor_xlate.c
		drivers/xen/acpi_processor_xlate.h"
	[0005]="drivers/xen/acpi_processor_sysfs.c drivers/xen/acpi_processor_sysfs.h"
	[0006]="tools/power/xen/Makefile tools/power/xen/xen-power-caps.c
		tools/power/xen/xen-power-caps.rng"
	[0007]="Documentation/admin-guide/pm/xen-processor-power.rst
		Documentation/driver-api/acpi/processor-extcntl.rst"
	[0008]="drivers/xen/acpi_processor_xlate_test.c"
)
# shellcheck disable=SC2206 # the lists are paths without blanks
new_files=(${patch_adds[@]})
# The kernel's C sources among them.
mapfile -t code_files < <(printf '%s\n' "${new_files[@]}" | grep -E '\.[ch]$' | grep -v '^tools/')
# What the out-of-tree build of the Xen backend (Kbuild) takes.
backend_files=(Kbuild drivers/xen/acpi_processor.c drivers/xen/acpi_processor_sysfs.c
	       drivers/xen/acpi_processor_sysfs.h drivers/xen/acpi_processor_xlate.c
	       drivers/xen/acpi_processor_xlate.h drivers/xen/acpi_processor_xlate_test.c
	       arch/x86/xen/platform_hypercall.h)
# The kernel options the series adds, as the dom0 test kernel sets them.
series_options=(CONFIG_ACPI_PROCESSOR_EXTCNTL=y CONFIG_XEN_PROCESSOR_EXTCNTL=m
		CONFIG_XEN_PROCESSOR_EXTCNTL_KUNIT_TEST=m)

# The number of patch file P, for patch_adds.
patch_number() {
	basename "$1" | cut -c1-4
}

# The files the series adds, as kernel $linux gets them, in a folder of
# their own (printed): the same as in this repository but where
# patches/$linux/added-files.diff, a diff of them as the whole series
# leaves them, says otherwise (an API the kernel lacks).
series_files() {
	local dir=$kb/added diff=$root/patches/$linux/added-files.diff

	rm -rf "$dir"
	mkdir -p "$dir"
	(cd "$root" && cp --parents "${new_files[@]}" Kbuild "$dir/")
	[ ! -f "$diff" ] || patch -s -d "$dir" -p1 < "$diff" >&2 ||
		die "${diff#"$root"/} does not apply"
	echo "$dir"
}

# The patch files DIR/NNNN-*.patch, in order, each replaced by its
# backport to kernel $linux (tests/lib/common.sh), DIR/$linux/NNNN-*.patch,
# where there is one.
with_backports() {
	local dir=$1 p backport

	for p in "$dir"/0*.patch; do
		backport=$(ls "$dir/$linux/$(patch_number "$p")"-*.patch 2>/dev/null || true)
		echo "${backport:-$p}"
	done
}

# The patch files of the series for kernel $linux.
series_patches() {
	with_backports "$root/patches"
}

# The stable fixes (make fixes): patches/fixes/NNNN-*.patch, against the
# primary kernel's tree, each with its backport to kernel K in
# patches/fixes/K/ where the two differ.  They fix the kernels' own
# xen-acpi-processor, on the kernels that have the regression they fix.
fixes_kernels=(7.2 6.12)

# The fixes' patch files for kernel $linux (none where fixes_kernels does
# not name it).
fixes_patches() {
	[[ " ${fixes_kernels[*]} " == *" $linux "* ]] || return 0
	with_backports "$root/patches/fixes"
}
