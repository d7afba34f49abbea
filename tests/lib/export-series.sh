#!/usr/bin/env bash
# Write patches/ from the commits BASE..HEAD of a kernel git tree, the way
# the series is kept here: each patch's message and its changes to files
# it does not add; the files it adds are copied to their paths in this
# repository and listed in tests/lib/series.sh (which this prints).
#
#   export-series.sh TREE BASE [HEAD]
#
# To change the series: git clone -b series build/linux.git, commit or
# rebase there, then run this on the clone with BASE = base.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
tree=$1 base=$2 head=${3:-HEAD}
n=0

rm -f "$root"/patches/0*.patch
echo "declare -A patch_adds=("
for commit in $(git -C "$tree" rev-list --reverse "$base..$head"); do
	n=$((n + 1))
	num=$(printf %04d $n)
	mapfile -t adds < <(git -C "$tree" diff-tree --no-commit-id --name-only \
			    --diff-filter=A -r "$commit")
	excludes=()
	for f in "${adds[@]}"; do
		excludes+=(":(exclude)$f")
		mkdir -p "$(dirname "$root/$f")"
		# As the whole series leaves it.
		git -C "$tree" show "$head:$f" > "$root/$f"
	done
	name=$(git -C "$tree" log -1 --format=%f "$commit" | cut -c1-52)
	out=$root/patches/$num-$name.patch
	git -C "$tree" format-patch -1 --zero-commit --stdout "$commit" -- . \
		"${excludes[@]}" > "$out"
	# A patch that only adds files: its message alone.
	if [ ! -s "$out" ]; then
		{
			echo "From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001"
			git -C "$tree" log -1 --format='From: %an <%ae>%nDate: %aD%nSubject: [PATCH] %s%n%n%b' "$commit" |
				sed '$d'
			echo "---"
		} > "$out"
	fi
	[ ${#adds[@]} -eq 0 ] || echo "	[$num]=\"${adds[*]}\""
done
echo ")"
