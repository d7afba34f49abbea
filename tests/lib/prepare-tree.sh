#!/usr/bin/env bash
# Make build/K/pristine (Debian's linux-source-K, the pinned version only)
# and build/K/linux = pristine + the series for K, as make-series.sh
# commits it in build/K/linux.git.  build/K/linux is refreshed with rsync
# --checksum so that unchanged files keep their mtime and kernel rebuilds
# stay incremental.  K: XENBOOT_LINUX (tests/lib/common.sh).
set -euo pipefail

# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
# shellcheck source=series.sh
. "$root/tests/lib/series.sh"
pristine=$kb/pristine
deb=${LINUX_DEB[$linux]}
tarball=$cache/linux-source-$linux-$deb.tar.xz

[ -f "$tarball" ] || "$root/tests/lib/fetch.sh" linux "$linux"
if [ ! -f "$pristine/.extracted-$deb" ]; then
	rm -rf "$pristine" "$kb/linux-source-$linux"
	mkdir -p "$kb"
	tar -C "$kb" -xJf "$tarball"
	mv "$kb/linux-source-$linux" "$pristine"
	touch "$pristine/.extracted-$deb"
fi

stamp=$(cd "$root" && cat tests/PINNED tests/lib/series.sh tests/lib/make-series.sh \
	"${new_files[@]}" $(series_patches) $(ls patches/"$linux"/*.diff 2>/dev/null) |
	sha1sum | cut -c1-40)
[ -f "$kb/linux/.series-$stamp" ] && exit 0

# The series' tree: the pristine one, and the files the series adds or
# changes as make-series.sh commits them.
"$root/tests/lib/make-series.sh" --commits
stage=$kb/linux-stage
rm -rf "$stage"
# Hard links: git checkout-index replaces the files it writes.
cp -al "$pristine" "$stage"
export GIT_DIR=$kb/linux.git GIT_WORK_TREE=$stage GIT_INDEX_FILE=$kb/linux-stage.index
git read-tree series
git diff --name-only --diff-filter=AM base series | xargs git checkout-index -f --
rm -f "$GIT_INDEX_FILE"
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
mkdir -p "$kb/linux"
rsync -a --checksum --delete --exclude '/.series-*' --exclude '/.extracted-*' "$stage/" "$kb/linux/"
rm -rf "$stage" "$kb"/linux/.series-*
touch "$kb/linux/.series-$stamp"
echo "prepare-tree: build/$linux/linux is Linux $(make -s -C "$pristine" kernelversion) with the series ($(series_patches | wc -l) patches)"
