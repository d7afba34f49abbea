#!/usr/bin/env bash
# Install what the project needs on Debian 12, quietly and only once: build
# tools, QEMU, iasl, busybox, the checkers; then fetch the pinned kernels
# and hypervisors (tests/lib/fetch.sh: downloaded from Debian's archive
# into a cache outside the clone, unpacked without installing them, since
# their maintainer scripts want a bootloader and services that a build
# machine has no use for).
#   deps.sh fuzz    also clang, libFuzzer, llvm-cov and Xen's public headers
#                   (libxen-dev), for make fuzz
#   deps.sh fresh   also debootstrap, for tests/fresh
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)

# Every program the scripts under tests/ call that a minimal Debian 12
# lacks: tests/fresh proves this list in a debootstrap root.
packages=(build-essential bc bison flex libelf-dev libssl-dev cpio kmod xz-utils
	  rsync git python3 python3-docutils libxml2-utils ccache sparse
	  qemu-system-x86 acpica-tools busybox-static debian-archive-keyring)
case "${1:-}" in
fuzz) packages+=(clang libclang-rt-14-dev llvm libxen-dev) ;;
fresh) packages+=(debootstrap) ;;
esac

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

missing() {
	local p
	for p in "${packages[@]}"; do
		dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
			echo "$p"
	done
}

need=$(missing)
if [ -n "$need" ]; then
	echo "deps: installing $(echo $need)"
	export DEBIAN_FRONTEND=noninteractive
	"${sudo_cmd[@]}" apt-get update -qq
	# shellcheck disable=SC2086
	"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends $need >/dev/null
fi

[ "${1:-}" = fresh ] || "$root/tests/lib/fetch.sh"
