"""16 threads doing mixed lookups and parses, every result checked."""

from __future__ import annotations

import threading

import smh_errors
from conftest import body_bytes, load_vectors


def test_sixteen_threads_mixed() -> None:
    lookups = load_vectors("lookup")
    responses = [c for c in load_vectors("responses") if "body_repeat" not in c]
    negotiations = load_vectors("negotiate")
    errors: list[str] = []
    start = threading.Barrier(16)

    def work(t: int) -> None:
        start.wait()
        try:
            for rnd in range(40):
                c = lookups[(t * 7 + rnd * 13) % len(lookups)]
                if smh_errors.message(c["code"], c["locale"]) != c["expect"]["message"]:
                    errors.append(f"thread {t}: message {c['code']!r}")
                e = smh_errors.lookup(c["code"], c["locale"])
                if (e.locale, e.resolution, e.matched) != (
                    c["expect"]["locale"],
                    c["expect"]["resolution"],
                    c["expect"]["matched"],
                ):
                    errors.append(f"thread {t}: lookup {c['code']!r}")
                n = negotiations[(t + rnd * 5) % len(negotiations)]
                if smh_errors.negotiate(n["requested"]) != n["expect"]:
                    errors.append(f"thread {t}: negotiate {n['requested']!r}")
                r = responses[(t * 3 + rnd) % len(responses)]
                want = r["expect"]
                try:
                    err = smh_errors.parse_response(body_bytes(r))
                except smh_errors.ResponseParseError as pe:
                    if want["outcome"] != "invalid" or pe.kind != want["error_kind"]:
                        errors.append(f"thread {t}: parse {r['name']!r} raised {pe.kind}")
                    continue
                if want["outcome"] == "success":
                    if err is not None:
                        errors.append(f"thread {t}: parse {r['name']!r}: not success")
                elif want["outcome"] == "error":
                    if err is None or err.code != want["code"] or err.localized(r["locale"]) != want["message"]:
                        errors.append(f"thread {t}: parse {r['name']!r}: wrong error")
                else:
                    errors.append(f"thread {t}: parse {r['name']!r}: want invalid")
        except Exception as e:  # pragma: no cover - reported below
            errors.append(f"thread {t}: {type(e).__name__}: {e}")

    threads = [threading.Thread(target=work, args=(t,)) for t in range(16)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
    assert not any(th.is_alive() for th in threads)
    assert not errors, "\n".join(errors[:50])


def test_lazy_classes_are_built_once_under_threads() -> None:
    # In a fresh interpreter (here ErrorCode is built already): 16 threads
    # asking for ErrorCode and a category class at once all get one class.
    import os
    import subprocess
    import sys

    script = (
        "import threading, smh_errors as s\n"
        "b = threading.Barrier(16); got = []\n"
        "def w():\n"
        "    b.wait(); got.append((s.ErrorCode, s.AuthFailure, type(s.SmhError('AuthFailure.X'))))\n"
        "ts = [threading.Thread(target=w) for _ in range(16)]\n"
        "[t.start() for t in ts]; [t.join() for t in ts]\n"
        "assert len(got) == 16 and len(set(got)) == 1, got\n"
        "assert got[0][1] is got[0][2]\n"
        "print('ok')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "SMH_ERRORS_CATALOG_DIR"}
    for _ in range(3):
        r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
        assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr
