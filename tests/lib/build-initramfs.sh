#!/usr/bin/env bash
# The test dom0's initramfs, in two archives that xenboot concatenates
# (the kernel unpacks them in order):
#   build-initramfs.sh VARIANT   build/K/initramfs-VARIANT.cpio.gz: busybox,
#                                tests/initramfs/init, xen-power-caps
#                                (tools/power/xen), acpi-events
#                                (tests/tools), both backend modules
#                                built for kernel K's VARIANT (dom0, debug,
#                                kasan), and xen-acpi-processor with the
#                                stable fixes where K has them (fixed/);
#                                K: XENBOOT_LINUX
#   build-initramfs.sh --xen X   build/xen-X/tools.cpio.gz: Xen X's xenpm,
#                                xenprobe built against X's libraries, and
#                                every library they load, from X's Debian
#                                suite (its C library included)
set -euo pipefail

# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"

archive() {
	(cd "$1" && find . | cpio -o -H newc --quiet | gzip -1) > "$2"
	echo "build-initramfs: ${2#"$root"/} ($(du -h "$2" | cut -f1))"
}

# The shared libraries FILE needs, recursively, as paths under DIR.
needed() {
	local dir=$1 file=$2 lib path

	for lib in $(readelf -d "$file" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
		path=$(find "$dir/lib/x86_64-linux-gnu" "$dir/usr/lib/x86_64-linux-gnu" \
			-maxdepth 1 -name "$lib" 2>/dev/null | head -n 1)
		[ -n "$path" ] || die "$lib, which $(basename "$file") needs, is not in ${dir#"$root"/}"
		echo "$path"
		needed "$dir" "$path"
	done
}

xen_tools() {
	local x=$1 xen=$build/xen-$1 stage=$build/xen-$1/tools-root lib

	[ -f "$xen/.unpacked-${XEN_DEB[$x]}" ] || "$root/tests/lib/fetch.sh" xen "$x"
	# Made once per unpacked Xen and version of xenprobe.
	if [ "$xen/tools.cpio.gz" -nt "$xen/.unpacked-${XEN_DEB[$x]}" ] &&
	   [ "$xen/tools.cpio.gz" -nt "$root/tests/tools/xenprobe.c" ]; then
		return
	fi
	rm -rf "$stage"
	mkdir -p "$stage"/{bin,lib64,lib/x86_64-linux-gnu}
	cp "$xen/usr/lib/xen-$x/bin/xenpm" "$stage/bin/xenpm"
	# Xen's libraries want the C library of their own suite, which this
	# machine's linker has not got: their symbols resolve in dom0.
	gcc -O2 -Wall -Wextra -I "$xen/usr/include" -L "$xen/usr/lib/x86_64-linux-gnu" \
		-Wl,--allow-shlib-undefined -o "$stage/bin/xenprobe" \
		"$root/tests/tools/xenprobe.c" -lxenctrl -lxencall
	for lib in $(needed "$xen" "$stage/bin/xenpm"; needed "$xen" "$stage/bin/xenprobe"); do
		cp -L "$lib" "$stage/lib/x86_64-linux-gnu/"
	done
	cp -L "$(find "$xen" -name ld-linux-x86-64.so.2 -path '*x86_64-linux-gnu*' | head -n 1)" \
		"$stage/lib64/"
	archive "$stage" "$xen/tools.cpio.gz"
}

kernel_part() {
	local variant=$1 stage=$kb/initramfs-root-$1

	rm -rf "$stage"
	mkdir -p "$stage"/{bin,dev,proc,sys,lib/modules}
	cp /bin/busybox "$stage/bin/busybox"
	ln -s busybox "$stage/bin/sh"
	cp "$root/tests/initramfs/init" "$stage/init"
	gcc -O2 -Wall -Wextra -Werror -o "$stage/bin/xen-power-caps" "$root/tools/power/xen/xen-power-caps.c"
	gcc -O2 -Wall -Wextra -Werror -o "$stage/bin/acpi-events" "$root/tests/tools/acpi-events.c"
	cp "$kb/mod-ours-$variant/xen-processor-extcntl.ko" \
		"$kb/mod-ours-$variant/xen-processor-extcntl-test.ko" \
		"$kb/mod-upstream-$variant/xen-acpi-processor.ko" \
		"$stage/lib/modules/"
	if [ -f "$kb/mod-upstream-fixed-$variant/xen-acpi-processor.ko" ]; then
		mkdir "$stage/lib/modules/fixed"
		cp "$kb/mod-upstream-fixed-$variant/xen-acpi-processor.ko" "$stage/lib/modules/fixed/"
	fi
	archive "$stage" "$kb/initramfs-$variant.cpio.gz"
}

if [ "${1:-}" = --xen ]; then
	xen_tools "$2"
else
	kernel_part "${1:-dom0}"
fi
