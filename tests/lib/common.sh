# shellcheck shell=bash
# What every script under tests/lib needs: the pins, where things are, and
# which kernel it works on.  XENBOOT_LINUX names the kernel (tests/PINNED's
# KERNELS; default: the primary stack's); every kernel's trees and builds
# are under build/K/, a link to the machine's builds directory for K,
# outside the clone (XENBOOT_WORK, default
# ~/.cache/xen-processor-extcntl-builds/K), so that a new clone (as CI
# makes) finds them built and rebuilds only what its files change:
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
work=${XENBOOT_WORK:-$HOME/.cache/xen-processor-extcntl-builds}
kb=$work/$linux

die() {
	echo "$(basename "$0"): $*" >&2
	exit 1
}

[ -n "${LINUX_DEB[$linux]:-}" ] || die "no kernel $linux in tests/PINNED (${KERNELS[*]})"

mkdir -p "$kb" "$build"
if [ "$(readlink "$build/$linux")" != "$kb" ]; then
	[ ! -e "$build/$linux" ] || [ -L "$build/$linux" ] ||
		die "build/$linux is a directory, not a link to ${kb}: remove it (make clean)"
	ln -sfn "$kb" "$build/$linux"
fi

# One command at a time uses the builds directory: the first script of a
# command takes the lock, the scripts it runs inherit it.
if [ -z "${XENBOOT_WORK_LOCKED:-}" ]; then
	exec {work_lock}>>"$work/.lock"
	if ! flock -n "$work_lock"; then
		echo "$(basename "$0"): waiting for another command using $work" >&2
		flock "$work_lock"
	fi
	export XENBOOT_WORK_LOCKED=1
fi

# ccache keeps its cache outside the clone too; with paths taken relative
# to the builds directory, every build of the same tree finds its objects.
export CCACHE_BASEDIR=$work CCACHE_NOHASHDIR=1
