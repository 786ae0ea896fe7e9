#!/usr/bin/env python3
"""Compares the official SDKs' lists of SMH error codes with the registry.

    python3 catalog/sources/refresh.py            # the newest Python (PyPI) and Java (Maven Central) releases
    python3 catalog/sources/refresh.py --python-version 3.1.176 --java-version 3.1.1436
    python3 catalog/sources/refresh.py --write    # also rewrite sdk-errorcodes-{python,java}.tsv
    python3 catalog/sources/refresh.py --offline  # the committed lists only (no network)

Online, it reads the newest `tencentcloud-sdk-python-smh` from PyPI (installed
into a throwaway venv) and `SmhErrorCode.java` from the newest
`tencentcloud-sdk-java` sources jar on Maven Central (only that file's bytes,
by HTTP range requests), and prints the codes each added or dropped against
the committed list (catalog/sources/sdk-errorcodes-{python,java}.tsv). Both
modes then check the registry (catalog/codes.toml) against the committed
sources: its codes must be exactly those of the service's page
(service-error-codes.md), of the two lists and of the SDK history
(sdk-history.tsv, written by history.py), and every code's provenance
(`page`, `sdk`, `status`) must be what those files say. It prints each
difference, or "no difference", and exits 1 when there is one, so that a new
or dropped service code is found by one command. `make sources` runs the
online form; `make test` the offline one.

Standard library only (Python 3.11+).
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tempfile
import urllib.request
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import tomllib

HERE = Path(__file__).resolve().parent
CATALOG = HERE.parent
PAGE = HERE / "service-error-codes.md"
HISTORY = HERE / "sdk-history.tsv"
RELEASES = HERE / "sdk-releases.tsv"
REGISTRY = CATALOG / "codes.toml"

# The languages of the official SDKs the history covers, in the order the
# registry lists them.
LANGUAGES = ("go", "java", "python")

PYPI_PACKAGE = "tencentcloud-sdk-python-smh"
PYTHON_MODULE = "tencentcloud/smh/v20210712/errorcodes.py"
MAVEN = "https://repo1.maven.org/maven2/com/tencentcloudapi/tencentcloud-sdk-java"
MAVEN_ARTIFACT = "com.tencentcloudapi:tencentcloud-sdk-java"
JAVA_FILE = "com/tencentcloudapi/smh/v20210712/SmhErrorCode.java"
GO_FILE = "tencentcloud/smh/v20210712/errors.go"

# The committed list of each language read from its registry.
LISTS = {
    "python": (HERE / "sdk-errorcodes-python.tsv", f"{PYPI_PACKAGE}", PYTHON_MODULE),
    "java": (HERE / "sdk-errorcodes-java.tsv", f"{MAVEN_ARTIFACT}", JAVA_FILE),
}

# The SDKs' generated layouts: a one-line Chinese comment, then the constant.
# Python: `# comment` / `CONSTANT = 'Code'`.
# Go:     `// comment` / `CONSTANT = "Code"` (inside `const (`).
# Java:   `/* comment */` (from 3.1.1223; `// comment` before) / `CONSTANT("Code"),`.
ENTRY = {
    "python": re.compile(r"^#(.*)\n([A-Z0-9_]+) = '([^'\n]+)'", re.M),
    "go": re.compile(r"^[ \t]*//(.*)\n[ \t]*([A-Z0-9_]+) = \"([^\"\n]+)\"", re.M),
    "java": re.compile(r"^[ \t]*(?:/\*(.*?)\*/|//(.*))\n[ \t]*([A-Z0-9_]+)\(\"([^\"\n]+)\"\)", re.M),
}
ASSIGNMENT = {
    "python": re.compile(r"^[A-Z0-9_]+ = '", re.M),
    "go": re.compile(r"^[ \t]*[A-Z0-9_]+ = \"", re.M),
    "java": re.compile(r"^[ \t]*[A-Z0-9_]+\(\"", re.M),
}


class SourceError(Exception):
    """A source that cannot be read as expected (its layout changed, a
    download failed): the comparison cannot be trusted."""


def parse_sdk(language: str, text: str) -> dict[str, tuple[str, str]]:
    """code -> (constant, comment) from the text of one SDK's error-code file.

    Every constant must have been read with its comment: a layout change in
    the SDK fails loudly rather than drop codes."""
    out: dict[str, tuple[str, str]] = {}
    for m in ENTRY[language].finditer(text):
        groups = [g for g in m.groups()]
        if language == "java":
            comment = groups[0] if groups[0] is not None else groups[1]
            constant, code = groups[2], groups[3]
        else:
            comment, constant, code = groups
        if code in out:
            raise SourceError(f"{language}: {code} is declared twice")
        out[code] = (constant, " ".join(comment.split()))
    assignments = len(ASSIGNMENT[language].findall(text))
    if assignments != len(out):
        raise SourceError(f"{language}: read {len(out)} codes but the file declares {assignments}: its layout changed")
    return out


def version_key(version: str) -> tuple[int, ...]:
    """`v1.0.981` and `3.1.1436` as numbers, for ordering releases."""
    return tuple(int(p) for p in version.lstrip("v").split("."))


# ---------------------------------------------------------------------------
# The committed sources
# ---------------------------------------------------------------------------


def read_list(language: str) -> tuple[str, dict[str, tuple[str, str]]]:
    """A committed list: (its release, code -> (constant, comment))."""
    path, package, file = LISTS[language]
    lines = path.read_text(encoding="utf-8").splitlines()
    m = re.fullmatch(rf"# {re.escape(package)} (\S+): {re.escape(file)}", lines[0])
    if not m:
        raise SourceError(f"{path}:1: expected '# {package} VERSION: {file}', found {lines[0]!r}")
    if lines[1].split("\t") != ["code", "constant", "comment"]:
        raise SourceError(f"{path}:2: unexpected header {lines[1]!r}")
    out = {}
    for n, line in enumerate(lines[2:], start=3):
        cols = line.split("\t")
        if len(cols) != 3:
            raise SourceError(f"{path}:{n}: expected 3 tab-separated columns")
        out[cols[0]] = (cols[1], cols[2])
    return m.group(1), out


def write_list(language: str, version: str, codes: dict[str, tuple[str, str]]) -> None:
    path, package, file = LISTS[language]
    with path.open("w", encoding="utf-8") as f:
        f.write(f"# {package} {version}: {file}\ncode\tconstant\tcomment\n")
        for code in sorted(codes):
            f.write(f"{code}\t{codes[code][0]}\t{codes[code][1]}\n")


def read_tsv(path: Path, header: list[str]) -> list[list[str]]:
    """The rows of a committed TSV whose first line is a `#` note and whose
    second is `header`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0].startswith("# "):
        raise SourceError(f"{path}:1: expected a '# ...' line saying how the file was made")
    if lines[1].split("\t") != header:
        raise SourceError(f"{path}:2: expected the header {header}, found {lines[1]!r}")
    rows = []
    for n, line in enumerate(lines[2:], start=3):
        cols = line.split("\t")
        if len(cols) != len(header):
            raise SourceError(f"{path}:{n}: expected {len(header)} tab-separated columns")
        rows.append(cols)
    return rows


HISTORY_HEADER = ["code", "language", "first", "last", "comment"]
RELEASES_HEADER = ["language", "releases", "first", "newest", "read"]


def read_history() -> dict[str, dict[str, tuple[str, str, str]]]:
    """sdk-history.tsv: code -> language -> (first, last, comment)."""
    out: dict[str, dict[str, tuple[str, str, str]]] = {}
    for code, language, first, last, comment in read_tsv(HISTORY, HISTORY_HEADER):
        if language not in LANGUAGES:
            raise SourceError(f"{HISTORY}: unknown language {language!r} for {code}")
        if language in out.setdefault(code, {}):
            raise SourceError(f"{HISTORY}: {code} has two {language} rows")
        out[code][language] = (first, last, comment)
    return out


def read_newest() -> dict[str, str]:
    """sdk-releases.tsv: language -> the newest release the history read."""
    out = {}
    for language, _count, _first, newest, _read in read_tsv(RELEASES, RELEASES_HEADER):
        out[language] = newest
    if sorted(out) != sorted(LANGUAGES):
        raise SourceError(f"{RELEASES}: expected one row for each of {LANGUAGES}")
    return out


def page_codes() -> set[str]:
    """The codes in the two tables of the service's page."""
    codes = set()
    for line in PAGE.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\|\s*([A-Za-z][A-Za-z0-9.]*)\s*\|", line)
        if m and m.group(1) != "错误码":
            codes.add(m.group(1))
    return codes


def read_registry() -> dict[str, dict]:
    with REGISTRY.open("rb") as f:
        codes: dict[str, dict] = tomllib.load(f)["codes"]
    return codes


# ---------------------------------------------------------------------------
# Provenance: what the registry must say of each code
# ---------------------------------------------------------------------------


def expected_provenance(code: str, page: set[str], history: dict, newest: dict[str, str]) -> dict:
    """The `status`, `page` and `sdk` fields the registry must give `code`:
    `sdk`, one entry per SDK language that ever shipped it (first and last
    release read); `status`, "current" when the page lists it or some SDK's
    newest release carries it, else "retired"."""
    rows = history.get(code, {})
    sdk = [{"language": lang, "first": rows[lang][0], "last": rows[lang][1]} for lang in LANGUAGES if lang in rows]
    current = code in page or any(e["last"] == newest[e["language"]] for e in sdk)
    return {"status": "current" if current else "retired", "page": code in page, "sdk": sdk}


def toml_provenance(p: dict) -> str:
    """The provenance fields as the registry writes them."""
    lines = [f'status = "{p["status"]}"', f"page = {'true' if p['page'] else 'false'}"]
    if not p["sdk"]:
        lines.append("sdk = []")
    else:
        lines.append("sdk = [")
        for e in p["sdk"]:
            lines.append(f'  {{ language = "{e["language"]}", first = "{e["first"]}", last = "{e["last"]}" }},')
        lines.append("]")
    return "\n".join(lines)


def check_history(history: dict, newest: dict[str, str], lists: dict[str, tuple[str, dict]]) -> list[str]:
    """The committed lists against the history: a code is in a list exactly
    when the history says its language carried it in the list's release."""
    out = []
    for language, (version, codes) in lists.items():
        if version_key(version) > version_key(newest[language]):
            out.append(f"history: {language} {version} (the committed list) is newer than the history's newest")
            continue
        for code in sorted(set(codes) | set(history)):
            row = history.get(code, {}).get(language)
            carried = row is not None and version_key(row[0]) <= version_key(version) <= version_key(row[1])
            if carried != (code in codes):
                out.append(
                    f"history: {code} {'is' if code in codes else 'is not'} in the {language} list ({version}) "
                    f"but the history says {language} {'carried' if carried else 'did not carry'} it then"
                )
            elif carried and codes[code][1] != row[2] and version == row[1]:
                out.append(f"history: {code}: the {language} list's comment {codes[code][1]!r} is not {row[2]!r}")
    for code, rows in history.items():
        for language, (first, last, _comment) in rows.items():
            if version_key(first) > version_key(last) or version_key(last) > version_key(newest[language]):
                out.append(f"history: {code} {language}: first {first}, last {last}, newest {newest[language]}")
    return out


def check_registry(registry: dict, page: set[str], history: dict, newest: dict, lists: dict) -> list[str]:
    """The registry against every committed source: its codes and each code's
    provenance."""
    out = []
    sources = set(page) | set(history)
    for _version, codes in lists.values():
        sources |= set(codes)
    for code in sorted(sources - set(registry)):
        out.append(f"registry: missing {code} (in the sources)")
    for code in sorted(set(registry) - sources):
        out.append(f"registry: {code} is in no source")
    for code in sorted(set(registry) & sources):
        want = expected_provenance(code, page, history, newest)
        got = {k: registry[code].get(k) for k in ("status", "page", "sdk")}
        if got != want:
            out.append(f'registry: the provenance of {code} should read\n[codes."{code}"]\n{toml_provenance(want)}')
    return out


# ---------------------------------------------------------------------------
# The registries (online)
# ---------------------------------------------------------------------------


def fetch_python(version: str | None) -> tuple[str, str]:
    """Installs the SDK into a throwaway venv: (its version, errorcodes.py text)."""
    spec = f"{PYPI_PACKAGE}=={version}" if version else PYPI_PACKAGE
    with tempfile.TemporaryDirectory(prefix="smh-sdk-") as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        py = venv / "bin" / "python"
        subprocess.run(
            [str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps", "--upgrade", spec],
            check=True,
        )
        show = subprocess.run(
            [str(py), "-c", f"import importlib.metadata as m; print(m.version({PYPI_PACKAGE!r}))"],
            check=True,
            capture_output=True,
            text=True,
        )
        found = sorted(venv.glob(f"lib/python*/site-packages/{PYTHON_MODULE}"))
        if not found:
            raise SourceError(f"{PYPI_PACKAGE} {show.stdout.strip()} has no {PYTHON_MODULE}")
        return show.stdout.strip(), found[0].read_text(encoding="utf-8")


class RangeFile(io.RawIOBase):
    """A read-only, seekable view of a file on an HTTP server that answers
    range requests, reading ahead in blocks: zipfile reads a jar's central
    directory and one entry through it, not the whole jar."""

    BLOCK = 1 << 16

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        req = urllib.request.Request(url, method="HEAD")
        with urllib.request.urlopen(req, timeout=60) as r:
            self.size = int(r.headers["Content-Length"])
        self.pos = 0
        self.cache_at = 0
        self.cache = b""
        self.requests = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self.pos, 2: self.size}[whence]
        self.pos = max(0, base + offset)
        return self.pos

    def _fetch(self, start: int, end: int) -> bytes:
        req = urllib.request.Request(self.url, headers={"Range": f"bytes={start}-{end - 1}"})
        with urllib.request.urlopen(req, timeout=120) as r:
            if r.status != 206:
                raise SourceError(f"{self.url}: the server does not answer range requests (HTTP {r.status})")
            data: bytes = r.read()
        self.requests += 1
        return data

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = self.size - self.pos
        n = min(n, self.size - self.pos)
        if n <= 0:
            return b""
        start = self.pos
        if not (self.cache_at <= start and start + n <= self.cache_at + len(self.cache)):
            end = min(self.size, start + max(n, self.BLOCK))
            self.cache_at, self.cache = start, self._fetch(start, end)
        data = self.cache[start - self.cache_at : start - self.cache_at + n]
        self.pos += len(data)
        return data

    def readinto(self, b: bytearray) -> int:  # type: ignore[override]
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)


def fetch_java(version: str | None) -> tuple[str, str]:
    """SmhErrorCode.java from the sources jar of `tencentcloud-sdk-java` on
    Maven Central (the newest release when `version` is None)."""
    if version is None:
        with urllib.request.urlopen(f"{MAVEN}/maven-metadata.xml", timeout=60) as r:
            meta = ET.fromstring(r.read())
        version = meta.findtext("versioning/release") or meta.findtext("versioning/latest")
        if not version:
            raise SourceError(f"{MAVEN}/maven-metadata.xml names no release")
    url = f"{MAVEN}/{version}/tencentcloud-sdk-java-{version}-sources.jar"
    with zipfile.ZipFile(RangeFile(url)) as jar:
        try:
            text = jar.read(JAVA_FILE).decode("utf-8")
        except KeyError:
            raise SourceError(f"{url} has no {JAVA_FILE}") from None
    return version, text


def diff(title: str, old: set[str], new: set[str]) -> list[str]:
    out = []
    for code in sorted(new - old):
        out.append(f"{title}: added   {code}")
    for code in sorted(old - new):
        out.append(f"{title}: dropped {code}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--offline", action="store_true", help="compare the committed sources only (no network)")
    ap.add_argument("--python-version", help=f"a given {PYPI_PACKAGE} version instead of the newest")
    ap.add_argument("--java-version", help=f"a given {MAVEN_ARTIFACT} version instead of the newest")
    ap.add_argument("--write", action="store_true", help="rewrite the committed lists from the fetched releases")
    args = ap.parse_args()

    try:
        lists = {lang: read_list(lang) for lang in LISTS}
        history, newest = read_history(), read_newest()
        registry, page = read_registry(), page_codes()
        report = []
        for language, (version, codes) in lists.items():
            print(f"committed {language} list: {LISTS[language][1]} {version} ({len(codes)} codes)")
        if not args.offline:
            fetchers = {"python": (fetch_python, args.python_version), "java": (fetch_java, args.java_version)}
            for language, (fetch, wanted) in fetchers.items():
                version, text = fetch(wanted)
                sdk = parse_sdk(language, text)
                old_version, committed = lists[language]
                print(f"{LISTS[language][1]} {version}: {len(sdk)} codes")
                title = f"{language} {version} vs committed list ({old_version})"
                report += diff(title, set(committed), set(sdk))
                for code in sorted(set(sdk) & set(committed)):
                    if sdk[code][1] != committed[code][1]:
                        report.append(f"{title}: comment of {code} changed: {sdk[code][1]}")
                if version_key(version) > version_key(newest[language]):
                    report.append(
                        f"{title}: newer than the history's newest {language} release ({newest[language]}): "
                        "run history.py (README.md) so that every code's last release is read"
                    )
                if args.write:
                    write_list(language, version, sdk)
                    print(f"wrote {LISTS[language][0].relative_to(CATALOG.parent)}")
        report += check_history(history, newest, lists)
        report += check_registry(registry, page, history, newest, lists)
    except (SourceError, OSError) as e:
        print(f"refresh: {e}", file=sys.stderr)
        return 2
    for line in report:
        print(line)
    if report:
        print(f"{len(report)} difference(s): update catalog/codes.toml, every locale and catalog/sources/")
        return 1
    retired = sorted(c for c, v in registry.items() if v.get("status") == "retired")
    print(
        f"no difference: the registry's {len(registry)} codes are the page's {len(page)}, the lists' and the "
        f"history's {len(history)}, with their provenance ({len(retired)} retired)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
