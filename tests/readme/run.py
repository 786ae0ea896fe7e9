#!/usr/bin/env python3
"""Runs every sh block of README.md as written, in a fresh clone (`make test-readme`).

What a newcomer does, in order: the clone is the checkout's HEAD plus its
uncommitted changes to tracked files (untracked files are left out, and
named), placed at WORK/smh-errors, so that `../smh-errors` is the checkout
as the README's "beside the checkout" projects expect. Then:

- every ```sh block runs in document order, in one bash shell, each block
  starting at the clone's root, so an `export` or an activated venv carries
  on to the next block, as in a terminal;
- each command (a line, with `\\` continuations joined) must exit 0; a
  failure stops the run and names the README line;
- HOME is a fresh directory (WORK/home), so `PREFIX=$HOME/.local` and the
  venvs touch nothing of the user's. Only caches are shared: cargo's and
  rustup's homes, Go's module cache and configuration, XDG_CACHE_HOME (pip;
  Go's build cache is WORK/go-cache, fresh), pyenv's root, and CARGO_TARGET_DIR: WORK/target,
  seeded with a copy of the checkout's compiled dependencies (cargo rebuilds
  every crate of the clone; the copy only spares the cold build of
  crates.io's). Maven's local repository stays the user's (Java takes
  user.home from the password database, not HOME): the README's
  `make -C bindings/java install` writes there what `make test` does.

Directives, an HTML comment on the line before a fence:

  <!-- readme-test: file PATH -->     the block is written to PATH (from the
                                      clone's root) when the run reaches it
  <!-- readme-test: expect -->        every line of the block is a line of
                                      the previous sh block's output
  <!-- readme-test: skip: REASON -->  the block is not run; REASON says what
                                      runs it instead

Blocks of other languages with no directive are not run. Heredocs are not
supported in sh blocks (each line is one command).

Usage: run.py README ROOT WORK   (WORK is emptied first). Full output goes
to WORK/log.txt; the console shows each command as it starts.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

FENCE = re.compile(r"^(```+)(\S*)\s*$")
DIRECTIVE = re.compile(r"^<!--\s*readme-test:\s*(\w+)(?::?\s+(.*?))?\s*-->\s*$")
MARK = "@@readme-test@@"
# Variables of the caller's make or test run that must not reach the clone's.
DROP_ENV = {
    "MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "MAKE_TERMOUT", "MAKE_TERMERR",
    "VERSIONS_DIR", "CARGO_TERM_COLOR", "CARGO_TARGET_DIR", "OLDPWD", "PWD",
    "VIRTUAL_ENV", "GOFLAGS", "CGO_CFLAGS", "CGO_LDFLAGS", "PKG_CONFIG_PATH", "LD_LIBRARY_PATH",
}


@dataclass
class Block:
    line: int  # 1-based line of the opening fence
    lang: str
    text: str
    directive: str = ""
    argument: str = ""
    commands: list[tuple[int, str]] = field(default_factory=list)


def parse(readme: Path) -> list[Block]:
    """The fenced blocks of a Markdown file, with the directive before each."""
    lines = readme.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, lang = m.group(1), m.group(2)
        start = i
        body: list[str] = []
        i += 1
        while i < len(lines) and lines[i].rstrip() != fence:
            body.append(lines[i])
            i += 1
        if i == len(lines):
            sys.exit(f"{readme}:{start + 1}: unclosed code fence")
        block = Block(line=start + 1, lang=lang, text="\n".join(body) + "\n")
        d = DIRECTIVE.match(lines[start - 1]) if start > 0 else None
        if d:
            block.directive, block.argument = d.group(1), (d.group(2) or "")
            if block.directive not in ("file", "expect", "skip"):
                sys.exit(f"{readme}:{start}: unknown readme-test directive {block.directive!r}")
            if block.directive in ("file", "skip") and not block.argument:
                sys.exit(f"{readme}:{start}: readme-test: {block.directive} needs an argument")
        elif start > 0 and "readme-test" in lines[start - 1]:
            sys.exit(f"{readme}:{start}: malformed readme-test directive: {lines[start - 1]}")
        if lang == "sh":
            block.commands = commands(block)
        blocks.append(block)
        i += 1
    return blocks


def commands(block: Block) -> list[tuple[int, str]]:
    """An sh block's commands: (README line, text), continuation lines joined."""
    out: list[tuple[int, str]] = []
    pending: list[str] = []
    first = 0
    for n, raw in enumerate(block.text.splitlines(), start=block.line + 1):
        if "<<" in raw and not pending and re.search(r"<<-?\s*['\"]?\w", raw):
            sys.exit(f"README.md:{n}: heredocs are not supported in sh blocks")
        if not pending:
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            first = n
        if raw.endswith("\\"):
            pending.append(raw)
            continue
        pending.append(raw)
        out.append((first, "\n".join(pending)))
        pending = []
    if pending:
        sys.exit(f"README.md:{first}: the block ends inside a continued line")
    return out


def script(blocks: list[Block], clone: Path) -> str:
    """The bash program that runs the blocks; it prints MARK lines for run.py."""
    out = [
        "set -o pipefail",
        "exec </dev/null",
        f"__root={shlex.quote(str(clone))}",
    ]
    for i, b in enumerate(blocks):
        if b.directive == "skip":
            out.append(f"echo {shlex.quote(f'{MARK} skip {i}')}")
            continue
        if b.directive == "file":
            dest = clone / b.argument
            out += [
                f"echo {shlex.quote(f'{MARK} file {i}')}",
                f"mkdir -p {shlex.quote(str(dest.parent))}",
                f"printf '%s' {shlex.quote(b.text)} > {shlex.quote(str(dest))} || exit 90",
            ]
            continue
        if b.lang != "sh":
            continue
        out += [f"echo {shlex.quote(f'{MARK} block {i}')}", 'cd "$__root" || exit 90']
        for line, cmd in b.commands:
            out += [
                f"echo {shlex.quote(f'{MARK} command {i} {line}')}",
                f"eval {shlex.quote(cmd)}",
                f"__rc=$?; if [ $__rc -ne 0 ]; then echo \"{MARK} failed {i} {line} $__rc\"; exit 91; fi",
            ]
    out.append(f"echo {shlex.quote(f'{MARK} end')}")
    return "\n".join(out) + "\n"


def run(cmd: list[str]) -> str:
    """The standard output of a command that must succeed."""
    return subprocess.run(cmd, check=True, text=True, capture_output=True).stdout


def make_clone(root: Path, clone: Path) -> None:
    """HEAD of ROOT plus its uncommitted changes to tracked files, at CLONE."""
    run(["git", "clone", "--quiet", "--no-hardlinks", str(root), str(clone)])
    head = run(["git", "-C", str(root), "rev-parse", "HEAD"]).strip()
    run(["git", "-C", str(clone), "checkout", "--quiet", "--detach", head])
    diff = subprocess.run(["git", "-C", str(root), "diff", "--binary", "HEAD"], check=True, capture_output=True).stdout
    if diff:
        subprocess.run(["git", "-C", str(clone), "apply", "--whitespace=nowarn"], input=diff, check=True)
        print("readme-test: the clone has the checkout's uncommitted changes to tracked files")
    untracked = run(["git", "-C", str(root), "ls-files", "--others", "--exclude-standard"]).split()
    if untracked:
        print(f"readme-test: not in the clone (untracked): {' '.join(untracked[:20])}"
              + (" ..." if len(untracked) > 20 else ""))


def workspace_targets(root: Path) -> set[str]:
    """The names (as file names spell them) of the workspace's packages and targets."""
    meta = json.loads(run(["cargo", "metadata", "--no-deps", "--format-version", "1",
                           "--manifest-path", str(root / "Cargo.toml")]))
    names: set[str] = set()
    for package in meta["packages"]:
        names.add(package["name"].replace("-", "_"))
        names.update(t["name"].replace("-", "_") for t in package["targets"])
    return names


def seed_target(root: Path, target: Path) -> None:
    """Cargo's compiled crates.io dependencies from the checkout's target folder.

    Only deps/, build/ and .fingerprint/ entries of crates that are not the
    workspace's: the clone compiles its own crates, and none of the
    checkout's products (target/c, the binaries) come along.
    """
    src = Path(os.environ.get("SMH_README_SEED", root / "target"))
    ours = workspace_targets(root)
    copied = 0
    for profile in ("debug", "release", "x86_64-unknown-linux-gnu/release"):
        for sub in ("deps", "build", ".fingerprint"):
            folder = src / profile / sub
            if not folder.is_dir():
                continue
            dest = target / profile / sub
            dest.mkdir(parents=True, exist_ok=True)
            for entry in folder.iterdir():
                stem = re.split(r"-[0-9a-f]{16}", entry.name.removeprefix("lib"))[0].replace("-", "_")
                if stem in ours:
                    continue
                if entry.is_dir():
                    shutil.copytree(entry, dest / entry.name, symlinks=True)
                else:
                    shutil.copy2(entry, dest / entry.name)
                copied += 1
    print(f"readme-test: CARGO_TARGET_DIR seeded with {copied} compiled dependency files from {src}")


def environment(work: Path, home: Path) -> dict[str, str]:
    real_home = Path.home()
    env = {k: v for k, v in os.environ.items() if k not in DROP_ENV and not k.startswith("SMH_ERRORS_")}
    env.update(
        HOME=str(home),
        CARGO_HOME=os.environ.get("CARGO_HOME", str(real_home / ".cargo")),
        RUSTUP_HOME=os.environ.get("RUSTUP_HOME", str(real_home / ".rustup")),
        XDG_CACHE_HOME=os.environ.get("XDG_CACHE_HOME", str(real_home / ".cache")),
        PYENV_ROOT=os.environ.get("PYENV_ROOT", str(real_home / ".pyenv")),
        CARGO_TARGET_DIR=str(work / "target"),
    )
    if shutil.which("go"):
        for var in ("GOPATH", "GOMODCACHE", "GOENV"):
            env[var] = run(["go", "env", var]).strip()
        # Go's build cache does not key a cgo package on what pkg-config
        # answers: a shared one could link ../my-go-app as an older .pc said.
        env["GOCACHE"] = str(work / "go-cache")
    return env


def main() -> int:
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    readme, root, work = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3])
    work = work.resolve()
    if work == root or root in work.parents:
        sys.exit(f"readme-test: {work} is inside the checkout: the README's projects beside the clone would join its workspace")
    blocks = parse(readme)
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    clone, home = work / "smh-errors", work / "home"
    home.mkdir()
    t0 = time.monotonic()
    make_clone(root, clone)
    seed_target(root, work / "target")
    env = environment(work, home)
    print(f"readme-test: clone, HOME and caches ready in {time.monotonic() - t0:.0f} s ({work})", flush=True)
    (work / "run.sh").write_text(script(blocks, clone), encoding="utf-8")
    log_path = work / "log.txt"
    outputs: dict[int, list[str]] = {}
    current: int | None = None
    failed = ""
    block_start = time.monotonic()
    ran = skipped = 0
    with open(log_path, "w", encoding="utf-8") as log:
        proc = subprocess.Popen(["bash", str(work / "run.sh")], cwd=clone, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, errors="replace")
        assert proc.stdout is not None
        for raw in proc.stdout:
            log.write(raw)
            log.flush()
            if not raw.startswith(MARK):
                if current is not None:
                    outputs.setdefault(current, []).append(raw.rstrip("\n"))
                continue
            word = raw.split()[1:]
            kind = word[0]
            if kind in ("block", "end", "file", "skip") and current is not None:
                print(f"  ({time.monotonic() - block_start:.0f} s)", flush=True)
                current = None
            if kind == "block":
                current = int(word[1])
                block_start = time.monotonic()
                ran += 1
                print(f"README.md:{blocks[current].line}: sh block", flush=True)
            elif kind == "command":
                n, line = int(word[1]), int(word[2])
                shown = dict(blocks[n].commands)[line].split("\n")[0]
                print(f"  README.md:{line}: $ {shown}", flush=True)
            elif kind == "file":
                b = blocks[int(word[1])]
                print(f"README.md:{b.line}: {b.lang} block written to {b.argument}", flush=True)
            elif kind == "skip":
                b = blocks[int(word[1])]
                skipped += 1
                print(f"README.md:{b.line}: {b.lang} block not run here: {b.argument}", flush=True)
            elif kind == "failed":
                failed = f"README.md:{word[2]}: exit {word[3]}"
        rc = proc.wait()
    if rc != 0 or failed:
        tail = log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-60:]
        print("\n".join(line for line in tail if not line.startswith(MARK)), file=sys.stderr)
        print(f"readme-test: FAILED at {failed or f'the runner (exit {rc})'}; full log: {log_path}", file=sys.stderr)
        return 1
    # The expected outputs, now that every block has run.
    previous: int | None = None
    checked = 0
    for i, b in enumerate(blocks):
        if b.directive == "expect":
            if previous is None:
                sys.exit(f"README.md:{b.line}: an expect block with no sh block before it")
            got = set(outputs.get(previous, []))
            missing = [want for want in b.text.splitlines() if want.strip() and want not in got]
            if missing:
                print(f"readme-test: README.md:{b.line}: not in the output of README.md:{blocks[previous].line}:",
                      file=sys.stderr)
                for want in missing:
                    print(f"  {want}", file=sys.stderr)
                return 1
            checked += 1
        elif b.lang == "sh" and b.directive != "skip":
            previous = i
    shutil.rmtree(work / "target")  # gigabytes; the next run seeds it again
    print(f"readme-test: {ran} sh blocks ran as written ({sum(len(b.commands) for b in blocks if b.lang == 'sh' and b.directive != 'skip')} commands), "
          f"{checked} expected outputs matched, {skipped} blocks left to the runs named; "
          f"{time.monotonic() - t0:.0f} s; log {log_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
