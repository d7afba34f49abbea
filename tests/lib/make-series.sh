#!/usr/bin/env bash
# make series: write the series as git format-patch output against the
# pinned tree of kernel K into build/series/ (K the primary kernel) or
# build/series-K/ (a backport), or OUT: a cover letter
# (patches/cover-letter.txt) and one patch per patch file (series.sh's
# series_patches), each with the files it adds and its changes.
#
#   make-series.sh [--linux K] [OUT]
#   make-series.sh [--linux K] --commits   only commit the series
#
# The commits are made in build/K/linux.git, a bare repository whose
# first commit is the pristine tree (branch "base"); the series is branch
# "series".  No work tree is checked out for that.
set -euo pipefail

if [ "${1:-}" = --linux ]; then
	export XENBOOT_LINUX=$2
	shift 2
fi
# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
# shellcheck source=series.sh
. "$root/tests/lib/series.sh"
commits_only=false
[ "${1:-}" = --commits ] && commits_only=true && shift
default_out=$build/series
[ "$linux" = "$primary_linux" ] || default_out=$build/series-$linux
out=${1:-$default_out}
export GIT_DIR=$kb/linux.git
# No work tree: the commits are made in the index alone.
unset GIT_WORK_TREE
mapfile -t patches < <(series_patches)
files=$(series_files)

[ -f "$kb/pristine/.extracted-${LINUX_DEB[$linux]}" ] ||
	"$root/tests/lib/prepare-tree.sh" >/dev/null

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GIT_INDEX_FILE=$tmp/index

# The pristine tree as a commit, once.
if ! git rev-parse -q --verify refs/heads/base >/dev/null 2>&1; then
	rm -rf "$GIT_DIR"
	git init -q --bare "$GIT_DIR"
	(cd "$kb/pristine" && git --work-tree=. add -A -f -- . ':!.extracted-*')
	tree=$(git write-tree)
	date="$(stat -c %Y "$cache/linux-source-$linux-${LINUX_DEB[$linux]}.tar.xz") +0000"
	pkg=linux-source-$linux
	base=$(GIT_AUTHOR_NAME=$pkg GIT_AUTHOR_EMAIL=$pkg@packages.debian.org \
	       GIT_COMMITTER_NAME=$pkg GIT_COMMITTER_EMAIL=$pkg@packages.debian.org \
	       GIT_AUTHOR_DATE=$date GIT_COMMITTER_DATE=$date \
	       git commit-tree "$tree" -m "Linux $(make -s -C "$kb/pristine" kernelversion) (Debian $pkg ${LINUX_DEB[$linux]})")
	git update-ref refs/heads/base "$base"
fi

# The files PATCH adds, as they are after it: this repository holds them
# as the whole series leaves them, so the changes later patches make to
# them are taken back, the last first.
add_files() {
	local patch=$1 f blob later i
	local -a laters=("${patches[@]}")

	for f in ${patch_adds[$(patch_number "$patch")]:-}; do
		blob=$(git hash-object -w "$files/$f")
		git update-index --add --cacheinfo "100644,$blob,$f"
		for ((i = ${#laters[@]} - 1; i >= 0; i--)); do
			later=${laters[i]}
			[ "$later" = "$patch" ] && break
			grep -q "^diff --git a/$f b/$f\$" "$later" || continue
			git apply --cached -R --include="$f" "$later" ||
				die "$(basename "$later") does not apply to $f"
		done
	done
}

# One commit per patch, authored and dated as the patch says, committed by
# its author: the series is the same whoever makes it.
commit_patch() {
	local parent=$1 patch=$2 tree

	git read-tree "$parent"
	add_files "$patch"
	if grep -q '^diff --git' "$patch"; then
		git apply --cached "$patch" || die "$(basename "$patch") does not apply"
	fi
	tree=$(git write-tree)
	git mailinfo "$tmp/msg" "$tmp/diff" < "$patch" > "$tmp/info"
	(
		export GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_AUTHOR_DATE
		GIT_AUTHOR_NAME=$(sed -n 's/^Author: //p' "$tmp/info")
		GIT_AUTHOR_EMAIL=$(sed -n 's/^Email: //p' "$tmp/info")
		GIT_AUTHOR_DATE=$(sed -n 's/^Date: //p' "$tmp/info")
		export GIT_COMMITTER_NAME=$GIT_AUTHOR_NAME GIT_COMMITTER_EMAIL=$GIT_AUTHOR_EMAIL
		export GIT_COMMITTER_DATE=$GIT_AUTHOR_DATE
		{ sed -n 's/^Subject: //p' "$tmp/info"; echo; cat "$tmp/msg"; } |
			git commit-tree "$tree" -p "$parent"
	)
}

head=$(git rev-parse refs/heads/base)
for patch in "${patches[@]}"; do
	head=$(commit_patch "$head" "$patch")
done
git update-ref refs/heads/series "$head"
$commits_only && exit 0

# A backport says which kernel it is for, in every subject and in the
# cover letter's last line.
prefix=PATCH
[ "$linux" = "$primary_linux" ] || prefix="PATCH $linux"
rm -rf "$out"
git format-patch -q --cover-letter --zero-commit --subject-prefix="$prefix" -o "$out" base..series
cover=$(ls "$out"/0000-cover-letter.patch)
python3 - "$cover" "$root/patches/cover-letter.txt" "$(git log -1 --format=%s base)" <<'PY'
import re
import sys
cover, text, base = sys.argv[1], open(sys.argv[2]).read(), sys.argv[3]
text = re.sub(r"^The series applies to Linux .*\.$", f"The series applies to {base}.", text,
              flags=re.M)
subject, _, blurb = text.partition("\n\n")
letter = open(cover).read()
letter = letter.replace("*** SUBJECT HERE ***", subject.strip(), 1)
letter = letter.replace("*** BLURB HERE ***", blurb.rstrip(), 1)
open(cover, "w").write(letter)
PY
echo "make-series: $(ls "$out" | wc -l) files in ${out#"$root"/}: a cover letter and $(git rev-list --count base..series) patches"
