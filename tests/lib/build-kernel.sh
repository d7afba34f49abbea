#!/usr/bin/env bash
# Build the dom0 kernel (tinyconfig + tests/config/dom0.config) from
# build/linux into build/obj/dom0, then two out-of-tree modules against it:
#   build/mod-ours/xen-processor-extcntl.ko   this project's backend (Kbuild),
#                                             and its KUnit tests
#                                             (xen-processor-extcntl-test.ko)
#   build/mod-upstream/xen-acpi-processor.ko  6.1.y's driver, from the
#                                             pristine tree, for comparison
#
#   build-kernel.sh debug   the same with tests/config/debug.config merged
#                           too (lockdep, UBSAN, KFENCE, kmemleak), into
#                           build/obj/debug, build/mod-ours-debug, ...
#   build-kernel.sh kasan   debug.config and tests/config/kasan.config:
#                           KASAN, for boots without Xen only
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=series.sh
. "$root/tests/lib/series.sh"
build=$root/build
src=$build/linux
variant=${1:-dom0}
obj=$build/obj/$variant
fragments=("$root/tests/config/dom0.config")
suffix=-$variant
case "$variant" in
dom0) suffix= ;;
debug) fragments+=("$root/tests/config/debug.config") ;;
kasan) fragments+=("$root/tests/config/debug.config" "$root/tests/config/kasan.config") ;;
*)
	echo "build-kernel: no kernel variant $variant (dom0, debug or kasan)" >&2
	exit 2
	;;
esac
cc=gcc
command -v ccache >/dev/null && cc="ccache gcc"
kmake=(make -s -j"$(nproc)" -C "$src" O="$obj" CC="$cc")

die() {
	echo "build-kernel: $*" >&2
	exit 1
}

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

ours=$build/mod-ours$suffix
mkdir -p "$ours/drivers/xen" "$ours/arch/x86/xen"
for f in "${backend_files[@]}"; do
	cmp -s "$root/$f" "$ours/$f" || cp "$root/$f" "$ours/$f"
done
build_module "$ours"

upstream=$build/mod-upstream$suffix
mkdir -p "$upstream"
cmp -s "$build/linux-pristine/drivers/xen/xen-acpi-processor.c" "$upstream/xen-acpi-processor.c" ||
	cp "$build/linux-pristine/drivers/xen/xen-acpi-processor.c" "$upstream/"
echo 'obj-m := xen-acpi-processor.o' > "$upstream/Kbuild"
build_module "$upstream"

ls "$obj/arch/x86/boot/bzImage" "$ours/xen-processor-extcntl.ko" "$upstream/xen-acpi-processor.ko" >/dev/null
echo "build-kernel: $variant $(make -s -C "$src" O="$obj" kernelrelease) bzImage and both backends built"
