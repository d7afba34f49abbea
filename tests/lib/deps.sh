#!/usr/bin/env bash
# Install what the project needs on Debian 12, quietly and only once:
# build tools, the pinned linux-source-6.1, QEMU, iasl, busybox, the Xen
# headers; and unpack (without installing) the Xen hypervisor and tools
# into build/xen-root, since their maintainer scripts want a bootloader
# and services that a build machine has no use for.
#   deps.sh fuzz   also clang, libFuzzer and llvm-cov, for make fuzz
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../PINNED
. "$root/tests/PINNED"

packages=(build-essential bc bison flex libelf-dev libssl-dev cpio kmod xz-utils
	  git python3 python3-docutils libxml2-utils ccache sparse libxen-dev qemu-system-x86 acpica-tools busybox-static
	  "linux-source-6.1=$LINUX_SOURCE_DEB")
[ "${1:-}" = fuzz ] && packages+=(clang libclang-rt-14-dev llvm)
xen_packages=("xen-hypervisor-4.17-amd64=$XEN_DEB" "xen-utils-4.17=$XEN_DEB")

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

missing() {
	local p name version
	for p in "${packages[@]}"; do
		name=${p%%=*}
		version=$(dpkg-query -W -f='${Status} ${Version}' "$name" 2>/dev/null || true)
		case "$version" in
		"install ok installed "*) ;;
		*) echo "$p"; continue ;;
		esac
		if [ "$name" != "$p" ] && [ "${version##* }" != "${p#*=}" ]; then
			echo "$p"
		fi
	done
}

need=$(missing)
if [ -n "$need" ]; then
	echo "deps: installing $(echo $need)"
	export DEBIAN_FRONTEND=noninteractive
	"${sudo_cmd[@]}" apt-get update -qq
	# shellcheck disable=SC2086
	if ! "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends $need >/dev/null; then
		echo "deps: cannot install the pinned packages." >&2
		echo "deps: pinned: linux-source-6.1 $LINUX_SOURCE_DEB, Xen $XEN_DEB; available:" >&2
		apt-cache policy linux-source-6.1 | sed -n 's/^ *Candidate:/  linux-source-6.1:/p' >&2
		exit 1
	fi
fi

xen_root=$root/build/xen-root
stamp=$xen_root/.unpacked-$XEN_DEB
if [ ! -f "$stamp" ]; then
	debs=$root/build/debs
	rm -rf "$debs" "$xen_root"
	mkdir -p "$debs" "$xen_root"
	if ! (cd "$debs" && apt-get download -qq "${xen_packages[@]}" 2>/dev/null); then
		echo "deps: cannot download Xen $XEN_DEB (pinned in tests/PINNED); available:" >&2
		apt-cache policy xen-hypervisor-4.17-amd64 | sed -n 's/^ *Candidate:/  /p' >&2
		exit 1
	fi
	for deb in "$debs"/*.deb; do
		dpkg-deb -x "$deb" "$xen_root"
	done
	touch "$stamp"
fi
