#!/bin/sh
# test-versions (mk/dist.mk): every version a user can see, as the packaging
# suites saw it, equals Cargo.toml's. Usage: versions.sh DIR VERSION NAME...
# (the names of the versions that must have been recorded).
set -eu
dir=$1 version=$2
shift 2
expected="$*"
[ -n "$expected" ] || { echo "test-versions: no names given" >&2; exit 2; }
[ -d "$dir" ] || { echo "test-versions: $dir missing: run \`make test\` (the suites write what they saw there)" >&2; exit 1; }
bad=0 n=0
for name in $expected; do
  if [ ! -f "$dir/$name" ]; then echo "test-versions: $name: not recorded (did its suite run?)" >&2; bad=$((bad + 1)); continue; fi
  got=$(cat "$dir/$name")
  if [ "$got" != "$version" ]; then echo "test-versions: $name says '$got', Cargo.toml says $version" >&2; bad=$((bad + 1)); fi
  n=$((n + 1))
done
[ "$bad" -eq 0 ] || exit 1
echo "test-versions: $n passed, 0 failed (all $version: $expected)"
