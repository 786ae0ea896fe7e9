#!/bin/sh
# The packages as a user installs them, in three parts (MODE):
#
#   wheel     the wheel in dist/ is one abi3 wheel, manylinux (auditwheel show),
#             under 1.5 MB, of the version Cargo.toml says; the sdist's name too
#             (make test-wheel, in make test);
#   cpythons  it installs, with no cargo on PATH, into a fresh venv of each CPython
#             in PY_VERSIONS (pyenv's), and the whole Python suite passes there
#             (make test-cpythons, in make test-all);
#   sdist     the sdist builds (cargo present) and installs into a fresh venv
#             (make test-sdist).
#
# Usage: test_dist.sh MODE DIST WORK VERSION
#   DIST     where `make dist` wrote the wheel and the sdist
#   WORK     a scratch directory (emptied), for the venvs
#   VERSION  the version Cargo.toml declares
# Environment: PY_VERSIONS ("3.9 3.10 3.11 3.12 3.13"), PYENV_ROOT,
#   SMH_ERRORS_CLI (the Rust CLI, which test_cli.py compares with),
#   VERSIONS_DIR (if set, each observed version is written there for the
#   top-level test-versions), PIP_QUIET.
set -eu

mode=$1
shift
case $mode in wheel|cpythons|sdist) ;; *) echo "test-dist: unknown mode $mode (wheel, cpythons, sdist)" >&2; exit 2 ;; esac
dist=$(cd "$1" && pwd)
work=$2
version=$3
here=$(cd "$(dirname "$0")/.." && pwd)
py_versions=${PY_VERSIONS:-3.9 3.10 3.11 3.12 3.13}
pyenv_root=${PYENV_ROOT:-$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")}
max_bytes=1500000
arch=$(uname -m)

fail() { echo "test-dist: $*" >&2; exit 1; }
record() { if [ -n "${VERSIONS_DIR:-}" ]; then mkdir -p "$VERSIONS_DIR"; echo "$2" > "$VERSIONS_DIR/$1"; fi; }

set -- "$dist"/smh_errors-*.whl
[ $# -eq 1 ] && [ -f "$1" ] || fail "expected exactly one wheel in $dist, found: $*"
wheel=$1
set -- "$dist"/smh_errors-*.tar.gz
[ $# -eq 1 ] && [ -f "$1" ] || fail "expected exactly one sdist in $dist, found: $*"
sdist=$1

rm -rf "$work"
mkdir -p "$work"
name=$(basename "$wheel")

# 1. The wheel itself.
check_wheel() {
  case $name in
    "smh_errors-$version-cp39-abi3-"*manylinux*_"$arch".whl) ;;
    *) fail "$name: not smh_errors-$version-cp39-abi3-manylinux...: wrong version or tags" ;;
  esac
  [ "$(basename "$sdist")" = "smh_errors-$version.tar.gz" ] || fail "$(basename "$sdist"): not version $version"
  record wheel "$(echo "$name" | cut -d- -f2)"
  record sdist "$(basename "$sdist" .tar.gz | cut -d- -f2)"
  show=$("$here/.venv-dist/bin/auditwheel" show "$wheel")
  policy=$(echo "$show" | tr -d '\n' | sed -n 's/.*consistent with the following platform tag: *"\([^"]*\)".*/\1/p')
  [ -n "$policy" ] || { echo "$show" >&2; fail "auditwheel show named no policy"; }
  glibc_minor=$(echo "$policy" | sed -n "s/^manylinux_2_\([0-9]*\)_$arch\$/\1/p")
  [ -n "$glibc_minor" ] && [ "$glibc_minor" -le 17 ] || fail "auditwheel: $policy, expected manylinux_2_17 (glibc 2.17) or older"
  bytes=$(wc -c < "$wheel")
  [ "$bytes" -lt $max_bytes ] || fail "$name is $bytes bytes, over the $max_bytes budget"
  echo "test-dist: $name: $bytes bytes, auditwheel policy $policy"
  echo "test-dist: 1 passed, 0 failed (the wheel: abi3, $policy, $bytes bytes; the sdist's name)"
}

# 2. The wheel on each CPython, without cargo.
on_cpythons() {
  # PATH keeps every directory but those holding a cargo.
  nocargo=
  old_ifs=$IFS; IFS=:
  for d in $PATH; do
    [ -n "$d" ] && [ ! -x "$d/cargo" ] && nocargo=${nocargo:+$nocargo:}$d
  done
  IFS=$old_ifs
  if env PATH="$nocargo" sh -c 'command -v cargo' >/dev/null 2>&1; then fail "could not take cargo off PATH"; fi
  passed=0
  for v in $py_versions; do
    py=$(ls -d "$pyenv_root"/versions/"$v".*/bin/python"$v" 2>/dev/null | sort -V | tail -n 1)
    [ -n "$py" ] || py=$(command -v "python$v" || true)
    [ -n "$py" ] || fail "CPython $v not found (looked in $pyenv_root/versions/$v.*, then python$v on PATH): \`pyenv install $v\`"
    venv=$work/py$v
    env PATH="$nocargo" "$py" -m venv "$venv"
    pip="$venv/bin/python -m pip --disable-pip-version-check -q"
    env PATH="$nocargo" $pip install -r "$here/requirements-wheel-test.txt"
    # --no-index --only-binary: the wheel or nothing, never a source build.
    env PATH="$nocargo" $pip install --no-index --only-binary :all: --no-deps "$wheel"
    got=$(cd / && env PATH="$nocargo" "$venv/bin/python" -c 'import smh_errors, sys; assert smh_errors.__file__.startswith(sys.prefix), smh_errors.__file__; print(smh_errors.__version__)')
    [ "$got" = "$version" ] || fail "CPython $v: smh_errors.__version__ is $got, expected $version"
    record "python-$v" "$got"
    echo "test-dist: CPython $("$py" -c 'import platform; print(platform.python_version())'), wheel installed without cargo:"
    (cd "$here/tests" && env -u SMH_ERRORS_CATALOG_DIR -u SMH_ERRORS_LOCALE PATH="$nocargo" \
      "$venv/bin/python" -m pytest -q -p no:cacheprovider .) || fail "the suite failed on CPython $v"
    passed=$((passed + 1))
  done
  echo "test-dist: $passed passed, 0 failed (the wheel on $passed CPythons without cargo: $py_versions)"
}

# 3. The sdist, built from source where cargo is (pip's isolated build with
# maturin from PyPI). CARGO_TARGET_DIR, when set, keeps the dependencies'
# build between runs.
from_sdist() {
  venv=$work/sdist
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip --disable-pip-version-check -q install "$sdist"
  got=$(cd / && "$venv/bin/python" -c "import smh_errors as s; \
  assert s.message('AuthFailure.SignatureFailure', 'zh-CN').startswith('签名错误'); \
  assert s.parse_response(b'{\"Response\":{\"RequestId\":\"r\"}}') is None; print(s.__version__)")
  [ "$got" = "$version" ] || fail "sdist: smh_errors.__version__ is $got, expected $version"
  echo "test-dist: 1 passed, 0 failed ($(basename "$sdist") built and installed from source)"
}

case $mode in
  wheel) check_wheel ;;
  cpythons) on_cpythons ;;
  sdist) from_sdist ;;
esac
rm -rf "$work"
