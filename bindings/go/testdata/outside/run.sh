#!/bin/sh
# test-outside: what a Go user does, in a temporary folder outside the
# repository. Usage: run.sh GODIR ROOT (the package's and the repository's
# directories). VERSIONS_DIR, if set, receives the Version() seen.
set -eu
godir=$1 root=$2
# One folder per checkout, the same each run: Go's build cache does not key
# a package on what pkg-config answers, so a new prefix each time would link
# against a deleted one (a user who moves the library runs `go clean
# -cache`). The Makefile gives this test a build cache of its own (GOCACHE).
work=${TMPDIR:-/tmp}/smherrors-outside-$(echo "$root" | cksum | cut -d' ' -f1)
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
case $work in "$root"/*) echo "test-outside: $work is inside the repository" >&2; exit 1 ;; esac

# 1. The library, installed as a user installs it.
make -C "$root/bindings/c" --no-print-directory install PREFIX="$work/prefix" >/dev/null

# 2. A module of the user's own that requires the package.
mkdir "$work/app"
cp "$godir/testdata/outside/main.go" "$work/app/"
cd "$work/app"
# Nothing from the repository's build: no tags, no cgo flags, only pkg-config.
unset GOFLAGS CGO_CFLAGS CGO_LDFLAGS
export PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig" CGO_ENABLED=1
# The README's steps.
go mod init example.com/app 2>/dev/null
go mod edit -require=example.invalid/smh-errors/bindings/go@v0.0.0 \
  -replace=example.invalid/smh-errors/bindings/go="$godir"
go mod tidy
go vet ./...
# No LD_LIBRARY_PATH: the .pc's rpath finds the library.
out=$(env -u SMH_ERRORS_LOCALE -u SMH_ERRORS_CATALOG_DIR -u LD_LIBRARY_PATH go run .)
echo "$out"
go build -o app .
env -u LD_LIBRARY_PATH ldd ./app | grep -q "$work/prefix/lib/libsmh_errors.so" || \
  { echo "test-outside: the program does not use the installed library" >&2; ldd ./app >&2; exit 1; }
version=$(sed -n 's/^version = "\([^"]*\)"/\1/p' "$root/Cargo.toml" | head -n 1)
expected="version $version
媒体库不存在或不属于当前账号。
true The signature is incorrect. Check how the signature was computed against the signature method in the API documentation."
if [ "$out" != "$expected" ]; then
  printf 'test-outside: expected:\n%s\n' "$expected" >&2
  exit 1
fi
if [ -n "${VERSIONS_DIR:-}" ]; then mkdir -p "$VERSIONS_DIR"; echo "$out" | sed -n 's/^version //p' > "$VERSIONS_DIR/go"; fi
echo "test-outside: passed (a module in $work, go vet, go run, linked against the installed libsmh_errors.so through pkg-config)"
