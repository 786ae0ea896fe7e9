#!/bin/sh
# test-cli-install (mk/dist.mk): the installed CLI as a user meets it.
# Usage: cli_install.sh ROOT VERSION (ROOT: the staged prefix).
set -eu
root=$1 version=$2
fail() { echo "test-cli-install: $*" >&2; exit 1; }
exe=$root/bin/smh-errors
passed=0

# --version: the command, the library and the catalog, each of Cargo.toml's version.
out=$("$exe" --version)
echo "$out"
echo "$out" | sed -n 1p | grep -qx "smh-errors $version" || fail "--version's first line is not 'smh-errors $version'"
echo "$out" | grep -qx "library: smh-errors $version" || fail "--version names no library $version"
# The registry's count of codes, read from the catalog this checkout ships.
codes=$(grep -c '^\[codes\.' "$(dirname "$0")/../../catalog/codes.toml")
echo "$out" | grep -Eq "^catalog: $version\+catalog\.[0-9a-f]{16} \($codes codes; en-US, zh-CN;" || fail "--version names no catalog $version+catalog.<digest> of $codes codes"
if [ -n "${VERSIONS_DIR:-}" ]; then
  mkdir -p "$VERSIONS_DIR"
  echo "$out" | sed -n 's/^smh-errors //p' > "$VERSIONS_DIR/cli"
  echo "$out" | sed -n 's/^library: smh-errors //p' > "$VERSIONS_DIR/cli-library"
  echo "$out" | sed -n 's/^catalog: \([^+]*\)+.*/\1/p' > "$VERSIONS_DIR/cli-catalog"
fi
passed=$((passed + 1))

# The man page: man reads it, and it documents the subcommands.
page=$root/share/man/man1/smh-errors.1
head -n 5 "$page" | grep -q '^\.TH smh-errors 1' || fail "$page has no .TH header"
# Plain text of man's output (col strips the overstrikes, where it is installed).
plain() { if command -v col >/dev/null 2>&1; then col -b; else sed 's/.\x08//g'; fi; }
if command -v man >/dev/null 2>&1; then
  # As a user finds it: by name, on MANPATH.
  text=$(MANPATH="$root/share/man" MANWIDTH=80 man smh-errors 2>/dev/null | plain || true)
  [ -n "$text" ] || fail "man could not find or render smh-errors on MANPATH=$root/share/man"
else
  text=$(cat "$page")
fi
for sub in explain parse list locales check coverage export import site completions man; do
  echo "$text" | grep -q "$sub" || fail "the man page does not mention '$sub'"
done
passed=$((passed + 1))

# bash: load the installed completion, complete `smh-errors ex<TAB>`,
# `smh-errors completions <TAB>` and `smh-errors explain --lo<TAB>`.
bash_out=$(bash -c '
  . "$1/share/bash-completion/completions/smh-errors"
  complete -p smh-errors >/dev/null || exit 1
  f=$(complete -p smh-errors | sed -n "s/.*-F \([^ ]*\).*/\1/p")
  COMP_WORDS=(smh-errors ex); COMP_CWORD=1; COMP_LINE="smh-errors ex"; COMP_POINT=${#COMP_LINE}
  "$f" smh-errors ex smh-errors; echo "sub: ${COMPREPLY[*]}"
  COMP_WORDS=(smh-errors completions ""); COMP_CWORD=2; COMP_LINE="smh-errors completions "; COMP_POINT=${#COMP_LINE}
  "$f" smh-errors "" completions; echo "shell: ${COMPREPLY[*]}"
  COMP_WORDS=(smh-errors explain --lo); COMP_CWORD=2; COMP_LINE="smh-errors explain --lo"; COMP_POINT=${#COMP_LINE}
  "$f" smh-errors --lo explain; echo "option: ${COMPREPLY[*]}"
' sh "$root")
echo "$bash_out"
echo "$bash_out" | grep -qx 'sub: explain export' || fail "bash does not complete 'ex' to explain export"
echo "$bash_out" | grep -qx 'shell: -h --help bash zsh fish' || fail "bash does not complete the shells of 'completions'"
echo "$bash_out" | grep -qx 'option: --locale' || fail "bash does not complete 'explain --lo' to --locale"
passed=$((passed + 1))

# zsh and fish: the scripts are theirs; where the shell is installed, their
# syntax is checked, and fish completes a subcommand.
zsh_file=$root/share/zsh/site-functions/_smh-errors
fish_file=$root/share/fish/vendor_completions.d/smh-errors.fish
head -n 1 "$zsh_file" | grep -qx '#compdef smh-errors' || fail "$zsh_file: no #compdef line"
grep -q "complete -c smh-errors .*explain" "$fish_file" || fail "$fish_file completes no subcommand"
checked="bash"
if command -v zsh >/dev/null 2>&1; then zsh -n "$zsh_file" || fail "zsh -n $zsh_file"; checked="$checked zsh"; fi
if command -v fish >/dev/null 2>&1; then
  fish -n "$fish_file" || fail "fish -n $fish_file"
  subs=$(fish -c "source '$fish_file'; complete -C 'smh-errors ex'" | cut -f1 | tr '\n' ' ')
  [ "$subs" = "explain export " ] || fail "fish completes 'smh-errors ex' to '$subs', not 'explain export'"
  checked="$checked fish"
fi
passed=$((passed + 1))
echo "test-cli-install: $passed passed, 0 failed (--version, man page, completions; shells run: $checked)"
