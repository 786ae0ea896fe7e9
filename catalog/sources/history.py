#!/usr/bin/env python3
"""Writes the history of the SMH error codes in the official SDKs.

    git clone https://github.com/TencentCloud/tencentcloud-sdk-python   # and -go, -java
    python3 catalog/sources/history.py --python-repo tencentcloud-sdk-python \\
        --go-repo tencentcloud-sdk-go --java-repo tencentcloud-sdk-java \\
        --pypi 3.1.169 --pypi 3.1.176 --maven 3.1.1436

It reads the SDK's error-code file at every release tag of each clone
(Python: tags `3.x.y`, `tencentcloud/smh/v20210712/errorcodes.py`; Go: the
smh module's tags `tencentcloud/smh/vX.Y.Z`, `tencentcloud/smh/v20210712/errors.go`;
Java: tags `3.x.y`, `src/main/java/com/tencentcloudapi/smh/v20210712/SmhErrorCode.java`),
and the releases named by `--pypi` (`tencentcloud-sdk-python-smh`) and
`--maven` (`tencentcloud-sdk-java`'s sources jar), which refresh.py fetches.
It writes

* sdk-history.tsv: for every code any release carried, one row per
  language: the first and last release read that carried it, and its Chinese
  comment in that last release;
* sdk-releases.tsv: per language, how many releases were read, the first
  that has the file, the newest read, and where they were read.

A release read both from a clone and from a registry must give the same
codes. A code that left a language and came back, or whose comment changed,
is printed (the history keeps its first and last release and its newest
comment). Standard library only (Python 3.11+); needs `git`.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import refresh
from refresh import GO_FILE, JAVA_FILE, LANGUAGES, PYTHON_MODULE, SourceError, parse_sdk, version_key

REPOS = {
    "python": (r"3\.\d+\.\d+", PYTHON_MODULE, "github.com/TencentCloud/tencentcloud-sdk-python"),
    "go": (r"tencentcloud/smh/v\d+\.\d+\.\d+", GO_FILE, "github.com/TencentCloud/tencentcloud-sdk-go"),
    "java": (r"3\.\d+\.\d+", "src/main/java/" + JAVA_FILE, "github.com/TencentCloud/tencentcloud-sdk-java"),
}

Codes = dict[str, tuple[str, str]]


def git(repo: Path, *args: str, stdin: bytes | None = None) -> bytes:
    out: bytes = subprocess.run(["git", "-C", str(repo), *args], input=stdin, capture_output=True, check=True).stdout
    return out


def read_repo(language: str, repo: Path) -> tuple[dict[str, Codes], str]:
    """release -> codes, for every release tag of a clone whose tree has the
    file; and a description of what was read."""
    pattern, path, where = REPOS[language]
    tags = [t for t in git(repo, "tag").decode().split() if re.fullmatch(pattern, t)]
    # One `git cat-file --batch` for every tag's blob.
    out = git(repo, "cat-file", "--batch", stdin="".join(f"{t}:{path}\n" for t in tags).encode())
    releases: dict[str, Codes] = {}
    at = 0
    for tag in tags:
        nl = out.index(b"\n", at)
        header = out[at:nl].decode()
        at = nl + 1
        if header.endswith(" missing"):
            continue
        size = int(header.split()[2])
        text = out[at : at + size].decode("utf-8")
        at += size + 1
        release = tag.rsplit("/", 1)[-1]
        try:
            releases[release] = parse_sdk(language, text)
        except SourceError as e:
            raise SourceError(f"{where} {tag}: {e}") from None
    if not releases:
        raise SourceError(f"{repo}: no release tag has {path}")
    head = git(repo, "rev-parse", "HEAD").decode().strip()
    date = git(repo, "log", "-1", "--format=%cs", "HEAD").decode().strip()
    ordered = sorted(releases, key=version_key)
    desc = f"{where} tags {ordered[0]}..{ordered[-1]} (clone at {head[:12]}, {date}), {path}"
    return releases, desc


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    for language in LANGUAGES:
        ap.add_argument(f"--{language}-repo", type=Path, required=True, help=f"a clone of {REPOS[language][2]}")
    ap.add_argument("--pypi", action="append", default=[], help=f"a {refresh.PYPI_PACKAGE} release to read too")
    ap.add_argument("--maven", action="append", default=[], help=f"a {refresh.MAVEN_ARTIFACT} release to read too")
    args = ap.parse_args()

    try:
        releases: dict[str, dict[str, Codes]] = {}
        read: dict[str, list[str]] = {}
        for language in LANGUAGES:
            releases[language], desc = read_repo(language, getattr(args, f"{language}_repo"))
            read[language] = [desc]
        extra = [("python", v, refresh.fetch_python, refresh.PYPI_PACKAGE) for v in args.pypi]
        extra += [("java", v, refresh.fetch_java, refresh.MAVEN_ARTIFACT + " sources jar") for v in args.maven]
        for language, version, fetch, where in extra:
            got_version, text = fetch(version)
            codes = parse_sdk(language, text)
            if got_version in releases[language] and releases[language][got_version] != codes:
                raise SourceError(f"{where} {got_version} differs from the tag of the same release")
            releases[language][got_version] = codes
            read[language].append(f"{where} {got_version}")
    except (SourceError, OSError, subprocess.CalledProcessError) as e:
        print(f"history: {e}", file=sys.stderr)
        return 2

    history_rows = []
    release_rows = []
    for language in LANGUAGES:
        ordered = sorted(releases[language], key=version_key)
        release_rows.append([language, str(len(ordered)), ordered[0], ordered[-1], "; ".join(read[language])])
        spans: dict[str, list[str]] = {}
        for r in ordered:
            for code in releases[language][r]:
                spans.setdefault(code, []).append(r)
        for code, seen in spans.items():
            first, last = seen[0], seen[-1]
            inside = ordered[ordered.index(first) : ordered.index(last) + 1]
            if len(inside) != len(seen):
                gaps = [r for r in inside if r not in seen]
                print(f"note: {language} {code} is absent from {len(gaps)} release(s) between {first} and {last}")
            comments = []
            for r in seen:
                c = releases[language][r][code][1]
                if not comments or comments[-1][1] != c:
                    comments.append((r, c))
            if len(comments) > 1:
                print(f"note: {language} {code} changed its comment: " + "; ".join(f"{r}: {c}" for r, c in comments))
            history_rows.append([code, language, first, last, comments[-1][1]])
    history_rows.sort(key=lambda r: (r[0], LANGUAGES.index(r[1])))

    with refresh.HISTORY.open("w", encoding="utf-8") as f:
        f.write("# written by history.py (README.md): per code and SDK language, the first and last release read "
                "that carried it, and its comment in that last release\n")
        f.write("\t".join(refresh.HISTORY_HEADER) + "\n")
        for row in history_rows:
            f.write("\t".join(row) + "\n")
    with refresh.RELEASES.open("w", encoding="utf-8") as f:
        f.write("# written by history.py (README.md): the releases sdk-history.tsv was read from\n")
        f.write("\t".join(refresh.RELEASES_HEADER) + "\n")
        for row in release_rows:
            f.write("\t".join(row) + "\n")
    for row in release_rows:
        print(f"{row[0]}: {row[1]} releases, {row[2]}..{row[3]}")
    print(f"wrote {refresh.HISTORY.name} ({len(history_rows)} rows, {len({r[0] for r in history_rows})} codes) "
          f"and {refresh.RELEASES.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
