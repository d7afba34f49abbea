# shellcheck shell=bash
# What every script under tests/lib needs: the pins, where things are, and
# which kernel it works on.  XENBOOT_LINUX names the kernel (tests/PINNED's
# KERNELS; default: the primary stack's); every kernel's trees and builds
# are under build/K/:
#   pristine/     Debian's linux-source-K, as pinned
#   linux.git     a bare repository: branch base (pristine), series
#   linux/        pristine + the series (what the tests build)
#   obj/VARIANT/  kernel builds (dom0, debug, kasan)
#   mod-ours-VARIANT/, mod-upstream-VARIANT/   the two backends
#   initramfs-VARIANT.cpio.gz   dom0's modules and init
# Xen X's packages are unpacked in build/xen-X (tests/lib/fetch.sh).

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$root/build
cache=${XENBOOT_CACHE:-$HOME/.cache/xen-processor-extcntl}
# shellcheck source=../PINNED
. "$root/tests/PINNED"
primary_linux=${STACKS[0]%% *}
linux=${XENBOOT_LINUX:-$primary_linux}
kb=$build/$linux

die() {
	echo "$(basename "$0"): $*" >&2
	exit 1
}

[ -n "${LINUX_DEB[$linux]:-}" ] || die "no kernel $linux in tests/PINNED (${KERNELS[*]})"

# ccache keeps its cache outside the clone; with paths taken relative to
# the clone, a new clone (as CI makes) finds the objects of the last one.
export CCACHE_BASEDIR=$root CCACHE_NOHASHDIR=1
