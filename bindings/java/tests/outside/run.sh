#!/bin/sh
# test-outside: what a Java user does with the jar that
# `make -C bindings/java install` put into the local Maven repository: a
# Maven project of its own (this folder, copied to a temporary folder outside
# the repository) depends on invalid.example.smherrors:smh-errors, is built by
# Maven alone and run with the class path Maven gives (the jar and JNA): the
# library comes from inside the jar. Usage: run.sh JDIR ROOT VERSION.
set -eu
jdir=$1 root=$2 version=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/smherrors-java-outside.XXXXXX")
trap 'rm -rf "$work"' EXIT
case $work in "$root"/*) echo "test-outside: $work is inside the repository" >&2; exit 1 ;; esac
cp -R "$jdir/tests/outside/pom.xml" "$jdir/tests/outside/src" "$work/"
cd "$work"
# Maven's colour reset codes off (jansi), as bindings/java/.mvn/jvm.config does for the binding.
MAVEN_OPTS="${MAVEN_OPTS:-} -Djansi.noreset=true" mvn -q -B -Dsmh-errors.version="$version" \
  package dependency:build-classpath -Dmdep.outputFile=classpath.txt
out=$(env -u SMH_ERRORS_LOCALE -u SMH_ERRORS_CATALOG_DIR -u LD_LIBRARY_PATH \
  java --enable-native-access=ALL-UNNAMED -Dstdout.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -cp "target/app.jar:$(cat classpath.txt)" example.App)
echo "$out"
expected="version $version
媒体库不存在或不属于当前账号。
AuthFailure The signature is incorrect. Check how the signature was computed against the signature method in the API documentation."
if [ "$out" != "$expected" ]; then
  printf 'test-outside: expected:\n%s\n' "$expected" >&2
  exit 1
fi
grep -q "smh-errors-$version.jar" classpath.txt || { echo "test-outside: the class path has no smh-errors-$version.jar: $(cat classpath.txt)" >&2; exit 1; }
if grep -q tencentcloud classpath.txt; then echo "test-outside: the SDK came along (it is an optional dependency)" >&2; exit 1; fi
echo "test-outside: passed (a Maven project in $work, built against the installed jar; the library loaded from inside it)"
