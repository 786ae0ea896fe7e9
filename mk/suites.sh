#!/bin/sh
# Runs make targets (suites) one after another, times each, and ends with
# a table of their times (also written to TABLE). `make test` and
# `make test-all` use it; a suite is added by naming its target in their lists.
#
# Usage: suites.sh TITLE TABLE SUITE...
# Environment: MAKE (the make to run), KEEP_GOING=1 (run the rest after a
# failure; by default the first failure stops the run).
set -u
title=$1 table=$2
shift 2
make=${MAKE:-make}
mkdir -p "$(dirname "$table")"
rows=$(mktemp)
trap 'rm -f "$rows"' EXIT
now() { date +%s.%N; }
# Seconds from $1 to $2, rounded.
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", b - a }'; }
load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')
start=$(now)
failed=
for suite in "$@"; do
  echo "==> $title: $suite (started $(date +%H:%M:%S))"
  t0=$(now)
  if $make --no-print-directory "$suite"; then result=ok; else result=FAILED; failed="$failed $suite"; fi
  t1=$(now)
  echo "$suite $(secs "$t0" "$t1") $result" >> "$rows"
  echo "<== $title: $suite $result in $(secs "$t0" "$t1") s"
  if [ "$result" = FAILED ] && [ "${KEEP_GOING:-0}" != 1 ]; then break; fi
done
end=$(now)
{
  echo "$title: each suite's wall time ($(nproc 2>/dev/null || echo '?') cores, load $load at the start, $(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "| suite | seconds | result |"
  echo "|---|--:|---|"
  while read -r suite seconds result; do
    printf '| %s | %s | %s |\n' "$suite" "$seconds" "$result"
  done < "$rows"
  for suite in "$@"; do
    grep -q "^$suite " "$rows" || printf '| %s | | not run |\n' "$suite"
  done
  printf '| **total** | **%s** | %s |\n' "$(secs "$start" "$end")" "$([ -z "$failed" ] && echo ok || echo "FAILED:$failed")"
} > "$table"
echo
cat "$table"
echo "(table: $table)"
[ -z "$failed" ]
