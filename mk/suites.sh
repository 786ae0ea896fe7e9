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
trap 'rm -f "$rows" "$cpu_file"' EXIT
now() { date +%s.%N; }
# Seconds from $1 to $2, rounded.
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", b - a }'; }
# The CPU seconds (user + system) of every child process so far (`times`,
# second line): next to the wall time, it shows how much of that wall time
# the machine's other load took.
# `times` runs in this shell, not in a $(...) subshell, which has no children.
cpu_file=$(mktemp)
cpu() { awk 'NR == 2 { n = 0; for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); n += t[1] * 60 + t[2] } printf "%.1f", n }' "$cpu_file"; }
load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')
times > "$cpu_file"; start=$(now) cstart=$(cpu)
failed=
for suite in "$@"; do
  echo "==> $title: $suite (started $(date +%H:%M:%S))"
  times > "$cpu_file"; t0=$(now) c0=$(cpu)
  if $make --no-print-directory "$suite"; then result=ok; else result=FAILED; failed="$failed $suite"; fi
  times > "$cpu_file"; t1=$(now) c1=$(cpu)
  echo "$suite $(secs "$t0" "$t1") $(secs "$c0" "$c1") $result" >> "$rows"
  echo "<== $title: $suite $result in $(secs "$t0" "$t1") s ($(secs "$c0" "$c1") CPU s)"
  if [ "$result" = FAILED ] && [ "${KEEP_GOING:-0}" != 1 ]; then break; fi
done
times > "$cpu_file"; end=$(now) cend=$(cpu)
{
  echo "$title: each suite's wall time and CPU time (user + system, all its processes);"
  echo "$(nproc 2>/dev/null || echo '?') cores, load average $load at the start, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "| suite | wall s | CPU s | result |"
  echo "|---|--:|--:|---|"
  while read -r suite seconds cpus result; do
    printf '| %s | %s | %s | %s |\n' "$suite" "$seconds" "$cpus" "$result"
  done < "$rows"
  for suite in "$@"; do
    grep -q "^$suite " "$rows" || printf '| %s | | | not run |\n' "$suite"
  done
  printf '| **total** | **%s** | **%s** | %s |\n' "$(secs "$start" "$end")" "$(secs "$cstart" "$cend")" \
    "$([ -z "$failed" ] && echo ok || echo "FAILED:$failed")"
} > "$table"
echo
cat "$table"
echo "(table: $table)"
[ -z "$failed" ]
