#!/bin/sh
# Installs files and records them, so that `make uninstall` removes exactly
# what `make install` put there, and nothing else.
#
#   manifest.sh file  ROOT MANIFEST MODE SRC DEST   install SRC as ROOT/DEST (mode MODE)
#   manifest.sh link  ROOT MANIFEST TARGET DEST     make ROOT/DEST a symlink to TARGET
#   manifest.sh uninstall ROOT MANIFEST             remove what MANIFEST lists
#
# ROOT is $(DESTDIR)$(PREFIX); DEST and MANIFEST are relative to it, so a
# tree staged with DESTDIR and copied to PREFIX uninstalls the same way. The
# manifest has one `f path` line per file or link and one `d path` line per
# directory that did not exist before the install; uninstall removes those
# files, then those directories if they are empty (a directory another
# package of the prefix still uses passes to that package's manifest).
# Uninstall refuses a manifest with an absolute path or a `.` or `..`
# segment, and removes nothing whose folder leads outside ROOT.
set -eu

cmd=$1 root=$2 manifest=$3
shift 3

# Append a line unless the manifest has it already (a second install over the
# first keeps the first one's directories).
record() {
  if [ ! -f "$root/$manifest" ] || ! grep -qxF "$1" "$root/$manifest"; then echo "$1" >> "$root/$manifest"; fi
}

# Create ROOT/$1's missing parent directories one by one, recording each.
make_parents() {
  rel=$(dirname "$1") missing=
  while [ "$rel" != . ] && [ ! -d "$root/$rel" ]; do missing="$rel $missing"; rel=$(dirname "$rel"); done
  mkdir -p "$root/$(dirname "$manifest")"
  for d in $missing; do
    mkdir -p "$root/$d"
    record "d $d"
  done
}

start() {
  make_parents "$manifest"
  [ -f "$root/$manifest" ] || : > "$root/$manifest"
  make_parents "$1"
}

case $cmd in
  file)
    mode=$1 src=$2 dest=$3
    start "$dest"
    install -m "$mode" "$src" "$root/$dest"
    record "f $dest"
    ;;
  link)
    target=$1 dest=$2
    start "$dest"
    ln -sfn "$target" "$root/$dest"
    record "f $dest"
    ;;
  uninstall)
    if [ ! -f "$root/$manifest" ]; then echo "uninstall: $root/$manifest not found: nothing installed there" >&2; exit 0; fi
    # Every line must be `f PATH` or `d PATH`, PATH relative to the prefix
    # with no `.` or `..` segment: otherwise nothing is removed.
    while IFS= read -r line; do
      case $line in
        "f "?*|"d "?*) p=${line#? } ;;
        *) echo "uninstall: $root/$manifest: refusing the line '$line': not 'f PATH' or 'd PATH'; nothing removed" >&2; exit 1 ;;
      esac
      case /$p/ in
        //*|*/../*|*/./*)
          echo "uninstall: $root/$manifest: refusing '$p': an absolute path or a '.' or '..' segment; nothing removed" >&2
          exit 1 ;;
      esac
    done < "$root/$manifest"
    real_root=$(cd "$root" && pwd -P)
    # Whether ROOT/$1, links resolved, is inside the prefix.
    inside() {
      real=$(cd "$root/$1" 2>/dev/null && pwd -P) || return 1
      case $real/ in "$real_root"/*) return 0 ;; esac
      return 1
    }
    sed -n 's/^f //p' "$root/$manifest" | while IFS= read -r p; do
      if [ ! -e "$root/$p" ] && [ ! -L "$root/$p" ]; then
        continue
      elif inside "$(dirname "$p")"; then
        rm -f "$root/$p"
      else
        echo "uninstall: not removing $root/$p: its folder leads outside $real_root" >&2
      fi
    done
    others=$(dirname "$root/$manifest")
    dirs=$(sed -n 's/^d //p' "$root/$manifest" | awk '{ print length($0) " " $0 }' | sort -rn | cut -d' ' -f2-)
    rm -f "$root/$manifest"
    printf '%s\n' "$dirs" | while IFS= read -r d; do
      [ -n "$d" ] || continue
      [ -d "$root/$d" ] && [ ! -L "$root/$d" ] && inside "$d" || continue
      rmdir "$root/$d" 2>/dev/null && continue
      # Another package of the prefix still has files in it (`share/`):
      # its manifest takes the folder over, and its uninstall removes it.
      for m in "$others"/*.manifest; do
        if [ -f "$m" ] && ! grep -qxF "d $d" "$m"; then echo "d $d" >> "$m"; fi
      done
    done
    # The manifests' own folder is this package's, whoever made it.
    rmdir "$others" 2>/dev/null || true
    ;;
  *)
    echo "manifest.sh: unknown command $cmd" >&2
    exit 2
    ;;
esac
