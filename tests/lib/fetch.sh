#!/usr/bin/env bash
# Fetch the pinned kernels' sources and hypervisors (tests/PINNED) from
# Debian's archive without touching the machine's apt sources: a private
# apt configuration and "apt-get download" into a cache outside the clone
# ($XENBOOT_CACHE, default ~/.cache/xen-processor-extcntl), so that a new
# clone on the same machine downloads nothing.  Then unpack:
#   build/xen-X/           xen-hypervisor-X-amd64, xen-utils-X, the
#                          libraries and headers xenpm and xenprobe need,
#                          and the C library of Xen's suite (for dom0)
#   $cache/linux-source-V.tar.xz   the kernel tree, for prepare-tree.sh
#
#   fetch.sh                 everything pinned
#   fetch.sh linux V | xen X one of them
set -euo pipefail

# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
apt_dir=$cache/apt
debs=$cache/debs
keyring=/usr/share/keyrings/debian-archive-keyring.gpg

apt_opts=(-o "Dir::Etc::sourcelist=$apt_dir/sources.list" -o Dir::Etc::sourceparts=/dev/null
	  -o "Dir::State::lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache"
	  -o Dir::State::status=/dev/null -o APT::Architecture=amd64
	  -o APT::Sandbox::User=root -qq
	  # Mirrors may serve a suite's Release file past its Valid-Until
	  # (sid's is re-signed daily); signatures are checked all the same,
	  # and every version fetched is pinned.
	  -o Acquire::Check-Valid-Until=false)

# The package lists of every suite PINNED names, fetched once a day at
# most and only when a package is missing from the cache.
apt_update() {
	local suite

	[ -z "$(find "$apt_dir/lists" -maxdepth 1 -name '*_Packages' -mmin -1440 2>/dev/null)" ] ||
		return 0
	mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
	for suite in $(printf '%s\n' "${LINUX_SUITE[@]}" "${XEN_SUITE[@]}" | sort -u); do
		echo "deb [signed-by=$keyring] http://deb.debian.org/debian $suite main"
		[ "$suite" = sid ] ||
			echo "deb [signed-by=$keyring] http://deb.debian.org/debian-security $suite-security main"
	done > "$apt_dir/sources.list"
	apt-get "${apt_opts[@]}" update || die "apt-get update of Debian's archive failed"
}

# download PACKAGE VERSION|SUITE: the package's .deb in the cache; print
# its path.  A version pins it; a suite takes what the suite has today,
# once.
download() {
	local pkg=$1 want=$2 deb link

	link=$debs/$pkg@$want.deb
	if [ -f "$link" ]; then
		echo "$link"
		return
	fi
	apt_update >&2
	mkdir -p "$debs"
	case "$want" in
	[0-9]*) spec=$pkg=$want ;;
	*) spec=$pkg/$want ;;
	esac
	if ! (cd "$debs" && apt-get "${apt_opts[@]}" download "$spec" >&2 2>/dev/null); then
		echo "fetch: $pkg $want is no longer in Debian's archive; it has:" >&2
		apt-cache "${apt_opts[@]}" madison "$pkg" | awk -F'|' '{ printf "  %s (%s)\n", $2, $3 }' |
			sed 's/  */ /g' >&2
		die "pin one of those in tests/PINNED and run again"
	fi
	deb=$(ls -t "$debs/${pkg}_"*.deb | head -n 1)
	ln -sf "$(basename "$deb")" "$link"
	echo "$link"
}

fetch_linux() {
	local v=$1 deb=${LINUX_DEB[$1]} tarball=$cache/linux-source-$1-${LINUX_DEB[$1]}.tar.xz tmp

	[ -n "$deb" ] || die "no kernel $v in tests/PINNED (${KERNELS[*]})"
	[ -f "$tarball" ] && return
	deb=$(download "linux-source-$v" "$deb")
	tmp=$(mktemp -d "$cache/unpack.XXXXXX")
	dpkg-deb -x "$deb" "$tmp"
	mv "$tmp/usr/src/linux-source-$v.tar.xz" "$tarball"
	rm -rf "$tmp"
}

# What xenpm and xenprobe need in dom0, with Xen itself.
fetch_xen() {
	local x=$1 deb=${XEN_DEB[$1]} dir=$root/build/xen-$1 pkg file

	[ -n "$deb" ] || die "no Xen $x in tests/PINNED (${XENS[*]})"
	[ -f "$dir/.unpacked-$deb" ] && return
	rm -rf "$dir"
	mkdir -p "$dir"
	for pkg in "xen-hypervisor-$x-amd64" "xen-utils-$x" "libxenmisc$x" libxencall1 \
		   libxendevicemodel1 libxenevtchn1 libxenforeignmemory1 libxengnttab1 \
		   libxentoolcore1 libxentoollog1 libxen-dev; do
		file=$(download "$pkg" "$deb")
		dpkg-deb -x "$file" "$dir"
	done
	file=$(download libc6 "${XEN_SUITE[$x]}")
	dpkg-deb -x "$file" "$dir"
	touch "$dir/.unpacked-$deb"
}

mkdir -p "$cache"
case "${1:-all}" in
linux) fetch_linux "$2" ;;
xen) fetch_xen "$2" ;;
all)
	for v in "${KERNELS[@]}"; do fetch_linux "$v"; done
	for x in "${XENS[@]}"; do fetch_xen "$x"; done
	;;
*) die "usage: fetch.sh [linux VERSION | xen VERSION]" ;;
esac
