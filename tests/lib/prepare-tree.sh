#!/usr/bin/env bash
# Make build/linux-pristine (Debian's linux-source-6.1, the pinned version
# only) and build/linux = pristine + the series, as make-series.sh commits
# it in build/linux.git.  build/linux is refreshed with rsync --checksum so
# that unchanged files keep their mtime and kernel rebuilds stay incremental.
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

stamp=$(cd "$root" && cat tests/lib/series.sh tests/lib/make-series.sh "${new_files[@]}" patches/*.patch |
	sha1sum | cut -c1-40)
[ -f "$build/linux/.series-$stamp" ] && exit 0

# The series' tree: the pristine one, and the files the series adds or
# changes as make-series.sh commits them.
"$root/tests/lib/make-series.sh" --commits
stage=$build/linux-stage
rm -rf "$stage"
cp -a "$pristine" "$stage"
export GIT_DIR=$build/linux.git GIT_WORK_TREE=$stage GIT_INDEX_FILE=$build/linux-stage.index
git read-tree series
git diff --name-only --diff-filter=AM base series | xargs git checkout-index -f --
rm -f "$GIT_INDEX_FILE"
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
mkdir -p "$build/linux"
rsync -a --checksum --delete --exclude '/.series-*' --exclude '/.extracted-*' "$stage/" "$build/linux/"
rm -rf "$stage" "$build"/linux/.series-*
touch "$build/linux/.series-$stamp"
echo "prepare-tree: build/linux is Linux $version with the series ($(ls "$root"/patches/*.patch | wc -l) patches)"
