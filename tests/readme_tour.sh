#!/usr/bin/env bash
# Runs every command of README.md's tour verbatim, as a reader would in a fresh
# clone: each line of a ```sh block that starts with ./build/parley, in a
# scratch directory holding only the files the repository contains (git's
# tracked and new files) and the built binary at build/parley. Fails on any
# non-zero exit, and when it finds no command to run.
# Usage: tests/readme_tour.sh PARLEY_BINARY SOURCE_DIR   (ctest runs it as readme_tour)
set -euo pipefail
binary=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
clone="$work/parley" # a sibling of nothing: ../shared does not exist here
mkdir -p "$clone/build"

if git -C "$source_dir" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  cd "$source_dir"
  git ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' file; do
      # not the files deleted but not yet committed
      if [ -f "$file" ]; then printf '%s\0' "$file"; fi
    done | xargs -0 cp --parents -t "$clone"
  cd - >/dev/null
else
  cp -r "$source_dir/examples" "$source_dir/README.md" "$clone/"
fi
ln -s "$binary" "$clone/build/parley"

mapfile -t commands < <(awk '
  /^```/ { in_sh = !in_sh && ($0 ~ /^```(sh|bash)$/); next }
  in_sh { sub(/^[ \t]+/, ""); if ($0 ~ /^\.\/build\/parley /) print }' "$source_dir/README.md")
if ((${#commands[@]} == 0)); then
  echo "readme_tour: no ./build/parley command found in README.md" >&2
  exit 1
fi

failed=0
cd "$clone"
for command in "${commands[@]}"; do
  if bash -c "$command" >"$work/out" 2>"$work/err"; then
    echo "ok    $command"
  else
    status=$?
    echo "FAIL  $command  (exit $status)"
    sed 's/^/      /' "$work/err" | head -20
    failed=$((failed + 1))
  fi
done
echo "readme_tour: ${#commands[@]} commands, $failed failed"
((failed == 0))
