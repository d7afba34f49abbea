#!/usr/bin/env bash
# Make build/linux-pristine (Debian's linux-source-6.1, the pinned version
# only) and build/linux = pristine + the series: for each of patches/*.patch
# in order, the files it adds copied in at their paths, then its changes.
# build/linux is refreshed with rsync --checksum so that unchanged files
# keep their mtime and kernel rebuilds stay incremental.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../PINNED
. "$root/tests/PINNED"
build=$root/build
pristine=$build/linux-pristine
tarball=/usr/src/linux-source-6.1.tar.xz
# shellcheck source=series.sh
. "$root/tests/lib/series.sh"

die() {
	echo "prepare-tree: $*" >&2
	exit 1
}

deb=$(dpkg-query -W -f='${Version}' linux-source-6.1 2>/dev/null) ||
	die "linux-source-6.1 is not installed (run tests/lib/deps.sh)"
[ "$deb" = "$LINUX_SOURCE_DEB" ] ||
	die "linux-source-6.1 $deb is installed, the series is pinned to $LINUX_SOURCE_DEB (tests/PINNED)"

if [ ! -f "$pristine/.extracted-$deb" ]; then
	rm -rf "$pristine" "$build/linux-source-6.1"
	mkdir -p "$build"
	tar -C "$build" -xJf "$tarball"
	mv "$build/linux-source-6.1" "$pristine"
	touch "$pristine/.extracted-$deb"
fi

version=$(make -s -C "$pristine" kernelversion)
[ "$version" = "$LINUX_VERSION" ] ||
	die "the tree in $tarball is Linux $version, the series is pinned to $LINUX_VERSION"

stamp=$(cd "$root" && cat tests/lib/series.sh "${new_files[@]}" patches/*.patch |
	sha1sum | cut -c1-40)
[ -f "$build/linux/.series-$stamp" ] && exit 0

stage=$build/linux-stage
rm -rf "$stage"
cp -a "$pristine" "$stage"
for p in "$root"/patches/*.patch; do
	for f in ${patch_adds[$(patch_number "$p")]}; do
		mkdir -p "$(dirname "$stage/$f")"
		cp "$root/$f" "$stage/$f"
	done
	# A patch may only add files.
	if grep -q '^diff --git' "$p"; then
		patch -s -p1 -d "$stage" < "$p" || die "$(basename "$p") does not apply"
	fi
done
mkdir -p "$build/linux"
rsync -a --checksum --delete --exclude '/.series-*' --exclude '/.extracted-*' "$stage/" "$build/linux/"
rm -rf "$stage" "$build"/linux/.series-*
touch "$build/linux/.series-$stamp"
echo "prepare-tree: build/linux is Linux $version with the series ($(ls "$root"/patches/*.patch | wc -l) patches)"
