#!/usr/bin/env bash
# Build build/initramfs.cpio.gz for the test dom0: busybox, xenpm and the
# libraries it needs, xenprobe, xen-power-caps (tools/power/xen), both backend
# modules, tests/initramfs/init.
# "build-initramfs.sh debug" (kasan): build/initramfs-debug.cpio.gz
# (-kasan), with the modules built for that kernel.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build
suffix=
[ "${1:-dom0}" = dom0 ] || suffix=-$1
stage=$build/initramfs-root$suffix
initramfs=$build/initramfs$suffix.cpio.gz
xenpm=$build/xen-root/usr/lib/xen-4.17/bin/xenpm

rm -rf "$stage"
mkdir -p "$stage"/{bin,dev,proc,sys,lib/modules,lib64,lib/x86_64-linux-gnu}
cp /bin/busybox "$stage/bin/busybox"
ln -s busybox "$stage/bin/sh"
cp "$root/tests/initramfs/init" "$stage/init"
cp "$xenpm" "$stage/bin/xenpm"
gcc -O2 -Wall -Wextra -o "$stage/bin/xenprobe" "$root/tests/tools/xenprobe.c" -lxenctrl -lxencall
gcc -O2 -Wall -Wextra -Werror -o "$stage/bin/xen-power-caps" "$root/tools/power/xen/xen-power-caps.c"
cp "$build/mod-ours$suffix/xen-processor-extcntl.ko" "$build/mod-ours$suffix/xen-processor-extcntl-test.ko" \
	"$build/mod-upstream$suffix/xen-acpi-processor.ko" \
	"$stage/lib/modules/"

# Shared libraries of the two dynamic programs, from the host (libxen-dev
# pulls in the same 4.17 libraries the unpacked xenpm was built against).
ldd "$stage/bin/xenpm" "$stage/bin/xenprobe" | grep -o '/[^ ]*\.so[^ ]*' |
	sort -u | while read -r lib; do
		case "$lib" in
		/lib64/*) cp -L "$lib" "$stage/lib64/" ;;
		*) cp -L "$lib" "$stage/lib/x86_64-linux-gnu/" ;;
		esac
	done

(cd "$stage" && find . | cpio -o -H newc --quiet | gzip -1) > "$initramfs"
echo "build-initramfs: ${initramfs#"$root"/} ($(du -h "$initramfs" | cut -f1))"
