#!/usr/bin/env bash
# make fixes: write the stable fixes (patches/fixes/, series.sh) as git
# format-patch output for every kernel they are for: build/fixes/ for the
# primary kernel, build/fixes-K/ for the backport to kernel K.  Each
# patch must apply with git am to that kernel's pristine tree and be
# clean for its checkpatch --strict; the command fails if one is not.
#
#   make-fixes.sh             every kernel of series.sh's fixes_kernels
#   make-fixes.sh --linux K   kernel K only
set -euo pipefail

if [ "${1:-}" != --linux ]; then
	# shellcheck source=common.sh
	. "$(dirname "$0")/common.sh"
	# shellcheck source=series.sh
	. "$root/tests/lib/series.sh"
	for k in "${fixes_kernels[@]}"; do
		"$0" --linux "$k"
	done
	exit 0
fi
export XENBOOT_LINUX=$2
# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
# shellcheck source=series.sh
. "$root/tests/lib/series.sh"
mapfile -t fixes < <(fixes_patches)
[ ${#fixes[@]} -gt 0 ] || die "no stable fix is for Linux $linux (series.sh: fixes_kernels)"
out=$build/fixes
prefix=PATCH
if [ "$linux" != "$primary_linux" ]; then
	out=$build/fixes-$linux
	prefix="PATCH $linux.y"
fi

[ -d "$kb/linux.git" ] || "$root/tests/lib/prepare-tree.sh" >/dev/null
# git am wants a work tree: a sparse one of the pristine commit, holding
# only the files the fixes change.
tree=$(mktemp -d)
git --git-dir="$kb/linux.git" worktree add -q --no-checkout --detach "$tree" base
trap 'git --git-dir="$kb/linux.git" worktree remove --force "$tree"' EXIT
cd "$tree"
mapfile -t paths < <(sed -n 's|^diff --git a/\(.*\) b/.*|/\1|p' "${fixes[@]}" | sort -u)
git sparse-checkout set --no-cone "${paths[@]}"
git checkout -q
for p in "${fixes[@]}"; do
	git am -q "$p" || die "${p#"$root"/} does not apply with git am to Linux $linux"
done

rm -rf "$out"
git format-patch -q --zero-commit --subject-prefix="$prefix" -o "$out" base..HEAD
status=0
# Debian's kernel source has no git history: the commits Fixes: names
# cannot be looked up there (they are mainline's, v7.0-rc1).
for p in "$out"/*.patch; do
	said=$(cd "$kb/pristine" && perl scripts/checkpatch.pl --strict --terse \
	       --ignore UNKNOWN_COMMIT_ID "$p" |
	       grep -E ': (ERROR|WARNING|CHECK):' || true)
	echo "make-fixes: ${p#"$root"/}: applies to $(git log -1 --format=%s base); checkpatch --strict: ${said:-clean}"
	[ -z "$said" ] || status=1
done
exit $status
