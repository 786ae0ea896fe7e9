#!/bin/sh
# test-versions (mk/dist.mk): every version a user can see, as the packaging
# suites saw it, equals Cargo.toml's. Usage: versions.sh DIR VERSION.
set -eu
dir=$1 version=$2
expected="c pkg-config cmake go wheel sdist python-3.9 python-3.10 python-3.11 python-3.12 python-3.13 npm-tarball npm-package node cli cli-library cli-catalog"
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
