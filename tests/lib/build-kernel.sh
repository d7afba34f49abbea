#!/usr/bin/env bash
# Build the dom0 kernel K (tinyconfig + tests/config/dom0.config) from
# build/K/linux into build/K/obj/dom0, then two out-of-tree modules
# against it:
#   build/K/mod-ours-dom0/xen-processor-extcntl.ko   this project's backend
#                      (Kbuild), and its KUnit tests
#                      (xen-processor-extcntl-test.ko)
#   build/K/mod-upstream-dom0/xen-acpi-processor.ko  K's own driver, from
#                      the pristine tree, for comparison
#   build/K/mod-upstream-fixed-dom0/xen-acpi-processor.ko  the same with
#                      the stable fixes (patches/fixes/), where K has them
# K: XENBOOT_LINUX (tests/lib/common.sh).
#
#   build-kernel.sh debug   the same with tests/config/debug.config merged
#                           too (lockdep, UBSAN, KFENCE, kmemleak), into
#                           build/K/obj/debug, build/K/mod-ours-debug, ...
#   build-kernel.sh kasan   debug.config and tests/config/kasan.config:
#                           KASAN, for boots without Xen only
set -euo pipefail

# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
# shellcheck source=series.sh
. "$root/tests/lib/series.sh"
src=$kb/linux
variant=${1:-dom0}
obj=$kb/obj/$variant
fragments=("$root/tests/config/dom0.config")
case "$variant" in
dom0) ;;
debug) fragments+=("$root/tests/config/debug.config") ;;
kasan) fragments+=("$root/tests/config/debug.config" "$root/tests/config/kasan.config") ;;
*)
	echo "build-kernel: no kernel variant $variant (dom0, debug or kasan)" >&2
	exit 2
	;;
esac
# A fragment's settings for one kernel only: NAME.K.config after NAME.config.
for f in "${fragments[@]}"; do
	[ ! -f "${f%.config}.$linux.config" ] || fragments+=("${f%.config}.$linux.config")
done
cc=gcc
command -v ccache >/dev/null && cc="ccache gcc"
kmake=(make -s -j"$(nproc)" -C "$src" O="$obj" CC="$cc")

mkdir -p "$obj"
config_stamp=$(cat "${fragments[@]}" "$src"/.series-* 2>/dev/null | sha1sum | cut -c1-40)
if [ ! -f "$obj/.config-$config_stamp" ]; then
	"${kmake[@]}" tinyconfig >/dev/null
	"$src/scripts/kconfig/merge_config.sh" -m -O "$obj" "$obj/.config" "${fragments[@]}" >/dev/null
	"${kmake[@]}" olddefconfig
	# Every option the fragments set, as the last one to name it sets it,
	# must have survived its dependencies.
	while read -r line; do
		grep -qx "$line" "$obj/.config" || die "$line did not stick in the kernel config"
	done < <(cat "${fragments[@]}" |
		 sed -nE 's/^(CONFIG_[A-Z0-9_]+)=.*/\1 &/p; s/^# (CONFIG_[A-Z0-9_]+) is not set/\1 &/p' |
		 awk '{ last[$1] = $0 } END { for (o in last) print last[o] }' |
		 sed -nE 's/^CONFIG_[A-Z0-9_]+ (CONFIG_.*=.*)/\1/p')
	rm -f "$obj"/.config-*
	touch "$obj/.config-$config_stamp"
fi

"${kmake[@]}" bzImage modules

build_module() {
	local dir=$1
	"${kmake[@]}" M="$dir" modules
}

ours=$kb/mod-ours-$variant
mkdir -p "$ours/drivers/xen" "$ours/arch/x86/xen"
files=$(series_files)
for f in "${backend_files[@]}"; do
	cmp -s "$files/$f" "$ours/$f" || cp "$files/$f" "$ours/$f"
done
build_module "$ours"

upstream=$kb/mod-upstream-$variant
mkdir -p "$upstream"
cmp -s "$kb/pristine/drivers/xen/xen-acpi-processor.c" "$upstream/xen-acpi-processor.c" ||
	cp "$kb/pristine/drivers/xen/xen-acpi-processor.c" "$upstream/"
echo 'obj-m := xen-acpi-processor.o' > "$upstream/Kbuild"
build_module "$upstream"

# The same with the stable fixes, on the kernels they are for.
fixed=$kb/mod-upstream-fixed-$variant
mapfile -t fixes < <(fixes_patches)
if [ ${#fixes[@]} -gt 0 ]; then
	stage=$fixed/stage
	rm -rf "$stage"
	mkdir -p "$stage/drivers/xen"
	cp "$kb/pristine/drivers/xen/xen-acpi-processor.c" "$stage/drivers/xen/"
	for p in "${fixes[@]}"; do
		patch -s -p1 -d "$stage" < "$p" || die "${p#"$root"/} does not apply"
	done
	cmp -s "$stage/drivers/xen/xen-acpi-processor.c" "$fixed/xen-acpi-processor.c" ||
		cp "$stage/drivers/xen/xen-acpi-processor.c" "$fixed/"
	rm -rf "$stage"
	echo 'obj-m := xen-acpi-processor.o' > "$fixed/Kbuild"
	build_module "$fixed"
fi

ls "$obj/arch/x86/boot/bzImage" "$ours/xen-processor-extcntl.ko" "$upstream/xen-acpi-processor.ko" >/dev/null
echo "build-kernel: $linux $variant $(make -s -C "$src" O="$obj" kernelrelease) bzImage and the backend modules built"
