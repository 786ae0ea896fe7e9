//! Runs the shared test vectors (`tests/vectors/*.json`, the cases every
//! language binding runs) through the public Rust API, and checks that the
//! committed files are what `tests/vectors/generate.py` produces.
//!
//! Every failing case is collected and reported together, with its file,
//! index and name, before the test fails.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Map, Value};
use smh_errors::ffi::LocaleExt;
use smh_errors::{parse_response, Catalog, Response};

/// The vector files this runner knows, and the least number of cases each
/// must hold.
const FILES: [(&str, usize); 3] = [("lookup.json", 148), ("negotiate.json", 40), ("responses.json", 40)];

/// The least number of cases across all files.
const MIN_TOTAL: usize = 300;

fn vectors_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("vectors")
}

/// Shortens long values (a 1 MiB body, a 200-byte code) in failure reports.
fn show(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() <= 160 {
        s
    } else {
        let head: String = s.chars().take(150).collect();
        format!("{head}... ({} bytes)", s.len())
    }
}

fn show_str(s: &str) -> String {
    show(&Value::String(s.to_string()))
}

struct Report {
    failures: Vec<String>,
}

impl Report {
    fn fail(&mut self, at: &str, what: String) {
        self.failures.push(format!("{at}: {what}"));
    }

    /// Compares one field; `got` is rendered as JSON for the message.
    fn field(&mut self, at: &str, name: &str, want: Option<&Value>, got: Value) {
        match want {
            None => self.fail(at, format!("expect has no `{name}`")),
            Some(w) if *w != got => self.fail(at, format!("{name}: expected {}, got {}", show(w), show(&got))),
            Some(_) => {}
        }
    }

    /// Fails when `obj` has keys other than `allowed` (a field the runner
    /// would silently not check).
    fn only_keys(&mut self, at: &str, obj: &Map<String, Value>, allowed: &[&str]) {
        for k in obj.keys() {
            if !allowed.contains(&k.as_str()) {
                self.fail(at, format!("unknown field `{k}` (this runner does not check it)"));
            }
        }
    }
}

fn str_field<'a>(case: &'a Value, key: &str) -> Option<&'a str> {
    case.get(key).and_then(Value::as_str)
}

fn opt_str(v: Option<&str>) -> Value {
    v.map_or(Value::Null, |s| Value::String(s.to_string()))
}

/// The lookup fields every lookup (and every error response) is checked on.
fn check_lookup(r: &mut Report, at: &str, expect: &Map<String, Value>, code: &str, locale: &str) {
    let hit = Catalog::builtin().lookup(code, Some(locale));
    if hit.code != code {
        r.fail(at, format!("code: expected the code as asked {}, got {}", show_str(code), show_str(hit.code)));
    }
    r.field(at, "message", expect.get("message"), Value::String(hit.message.to_string()));
    r.field(at, "locale", expect.get("locale"), Value::String(hit.locale.to_string()));
    r.field(at, "resolution", expect.get("resolution"), Value::String(hit.resolution.as_str().into()));
    r.field(at, "matched", expect.get("matched"), opt_str(hit.matched.map(|c| c.as_str())));
    r.field(at, "kind", expect.get("kind"), opt_str(hit.kind.map(|k| k.as_str())));
    r.field(at, "retryable", expect.get("retryable"), Value::Bool(hit.retryable));
    r.field(at, "status", expect.get("status"), opt_str(hit.status().map(|s| s.as_str())));
    r.field(at, "doc_url", expect.get("doc_url"), opt_str(hit.doc_url));
    // The plain message calls give the same text: the owned one, and the
    // static one the C library hands out (unknown codes shown in both).
    let loc = Catalog::builtin().locale(locale);
    r.field(at, "message (plain message)", expect.get("message"), Value::String(loc.message(code).into_owned()));
    r.field(at, "message (static message)", expect.get("message"), Value::String(loc.static_message(code).into()));
    r.field(at, "retryable (by code)", expect.get("retryable"), Value::Bool(smh_errors::retryable(code)));
}

fn run_lookups(r: &mut Report, file: &str, cases: &[Value]) {
    for (i, case) in cases.iter().enumerate() {
        let (Some(code), Some(locale), Some(expect)) =
            (str_field(case, "code"), str_field(case, "locale"), case.get("expect").and_then(Value::as_object))
        else {
            r.fail(&format!("{file}[{i}]"), "needs string `code`, string `locale` and object `expect`".into());
            continue;
        };
        let at = format!("{file}[{i}] code={} locale={}", show_str(code), show_str(locale));
        r.only_keys(&at, case.as_object().unwrap(), &["code", "locale", "expect"]);
        r.only_keys(
            &at,
            expect,
            &["message", "locale", "resolution", "matched", "kind", "retryable", "status", "doc_url"],
        );
        check_lookup(r, &at, expect, code, locale);
    }
}

fn run_negotiations(r: &mut Report, file: &str, cases: &[Value]) {
    for (i, case) in cases.iter().enumerate() {
        let (Some(requested), Some(expect)) = (str_field(case, "requested"), str_field(case, "expect")) else {
            r.fail(&format!("{file}[{i}]"), "needs string `requested` and string `expect`".into());
            continue;
        };
        let at = format!("{file}[{i}] requested={}", show_str(requested));
        r.only_keys(&at, case.as_object().unwrap(), &["requested", "expect"]);
        let got = Catalog::builtin().negotiate(requested);
        if got != expect {
            r.fail(&at, format!("expected {expect}, got {got}"));
        }
        // A lookup in that locale must answer from the same catalog locale.
        let via_lookup = Catalog::builtin().lookup("InternalError", Some(requested)).locale;
        if via_lookup != expect {
            r.fail(&at, format!("lookup answered in {via_lookup}, expected {expect}"));
        }
    }
}

fn decode_hex(s: &str) -> Result<Vec<u8>, String> {
    if s.len() % 2 != 0 {
        return Err("odd length".into());
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).map_err(|e| format!("at {i}: {e}"))).collect()
}

/// The body of a response case: exactly one of `body`, `body_hex`,
/// `body_repeat`.
fn body_of(case: &Map<String, Value>) -> Result<Vec<u8>, String> {
    let given: Vec<&str> = ["body", "body_hex", "body_repeat"].into_iter().filter(|k| case.contains_key(*k)).collect();
    if given.len() != 1 {
        return Err(format!("needs exactly one of body, body_hex, body_repeat; has {given:?}"));
    }
    match given[0] {
        "body" => case["body"].as_str().map(|s| s.as_bytes().to_vec()).ok_or("body is not a string".into()),
        "body_hex" => decode_hex(case["body_hex"].as_str().ok_or("body_hex is not a string")?),
        _ => {
            let rep = &case["body_repeat"];
            let part = |k: &str| rep.get(k).and_then(Value::as_str).ok_or(format!("body_repeat.{k} is not a string"));
            let times = rep.get("times").and_then(Value::as_u64).ok_or("body_repeat.times is not a count")? as usize;
            let (head, unit, tail) = (part("head")?, part("unit")?, part("tail")?);
            let mut b = Vec::with_capacity(head.len() + unit.len() * times + tail.len());
            b.extend_from_slice(head.as_bytes());
            for _ in 0..times {
                b.extend_from_slice(unit.as_bytes());
            }
            b.extend_from_slice(tail.as_bytes());
            Ok(b)
        }
    }
}

fn run_responses(r: &mut Report, file: &str, cases: &[Value]) {
    for (i, case) in cases.iter().enumerate() {
        let (Some(obj), Some(name), Some(locale), Some(expect)) = (
            case.as_object(),
            str_field(case, "name"),
            str_field(case, "locale"),
            case.get("expect").and_then(Value::as_object),
        ) else {
            r.fail(&format!("{file}[{i}]"), "needs string `name`, string `locale` and object `expect`".into());
            continue;
        };
        let at = format!("{file}[{i}] {name:?}");
        r.only_keys(&at, obj, &["name", "locale", "expect", "body", "body_hex", "body_repeat"]);
        let body = match body_of(obj) {
            Ok(b) => b,
            Err(e) => {
                r.fail(&at, e);
                continue;
            }
        };
        let parsed = parse_response(&body);
        let outcome = expect.get("outcome").and_then(Value::as_str).unwrap_or("");
        match (outcome, parsed) {
            ("error", Ok(Response::Error(e))) => {
                r.only_keys(
                    &at,
                    expect,
                    &[
                        "outcome",
                        "code",
                        "matched",
                        "resolution",
                        "message",
                        "locale",
                        "kind",
                        "retryable",
                        "status",
                        "doc_url",
                        "server_message",
                        "request_id",
                        "detail",
                    ],
                );
                // The server message's localized detail: {id, message, locale} or null.
                let detail = e.detail_in(smh_errors::Catalog::builtin(), Some(locale));
                r.field(&at, "detail", expect.get("detail"), detail.map_or(Value::Null, |d| d.to_json()));
                r.field(&at, "code", expect.get("code"), Value::String(e.code.clone()));
                r.field(&at, "server_message", expect.get("server_message"), opt_str(e.server_message.as_deref()));
                r.field(&at, "request_id", expect.get("request_id"), opt_str(e.request_id.as_deref()));
                check_lookup(r, &at, expect, &e.code, locale);
                // The error's own view must agree with the catalog's.
                r.field(&at, "retryable (ApiError::retryable)", expect.get("retryable"), Value::Bool(e.retryable()));
                let exact = expect.get("resolution").and_then(Value::as_str) == Some("exact");
                let want_code = if exact { expect.get("matched").cloned() } else { Some(Value::Null) };
                r.field(
                    &at,
                    "error_code (registry code when exact)",
                    want_code.as_ref(),
                    opt_str(e.error_code.map(|c| c.as_str())),
                );
            }
            ("success", Ok(Response::Success { request_id })) => {
                r.only_keys(&at, expect, &["outcome", "request_id"]);
                r.field(&at, "request_id", expect.get("request_id"), opt_str(request_id.as_deref()));
            }
            ("invalid", Err(e)) => {
                r.only_keys(&at, expect, &["outcome", "error_kind"]);
                r.field(&at, "error_kind", expect.get("error_kind"), Value::String(e.kind().as_str().into()));
                // The message must say something (and must not panic).
                if e.to_string().is_empty() {
                    r.fail(&at, "the ParseError's message is empty".into());
                }
            }
            (want, got) => {
                let got = match got {
                    Ok(Response::Error(e)) => format!("error {:?}", e.code),
                    Ok(Response::Success { request_id }) => format!("success (request_id {request_id:?})"),
                    Err(e) => format!("invalid ({}: {e})", e.kind()),
                };
                r.fail(&at, format!("expected outcome {want:?} ({}), got {got}", show(&Value::Object(expect.clone()))));
            }
        }
    }
}

/// Runs every vector file; unknown `.json` files in the folder are an error,
/// so that no file is silently skipped.
#[test]
fn shared_vectors() {
    let dir = vectors_dir();
    let mut r = Report { failures: Vec::new() };
    let mut total = 0usize;
    let mut seen = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    entries.sort();
    let mut summary = String::new();
    for path in entries {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(&(_, min)) = FILES.iter().find(|(f, _)| *f == file) else {
            r.fail(&file, "unknown vector file: teach tests/vectors.rs (and every binding's runner) to run it".into());
            continue;
        };
        seen.push(file.clone());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let doc: Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                r.fail(&file, format!("not valid JSON: {e}"));
                continue;
            }
        };
        if !matches!(doc.get("description").and_then(Value::as_str), Some(d) if !d.is_empty()) {
            r.fail(&file, "needs a non-empty string `description`".into());
        }
        let Some(cases) = doc.get("cases").and_then(Value::as_array) else {
            r.fail(&file, "needs an array `cases`".into());
            continue;
        };
        match doc.get("count").and_then(Value::as_u64) {
            Some(n) if n as usize == cases.len() => {}
            Some(n) => r.fail(&file, format!("says count {n} but holds {} cases", cases.len())),
            None => r.fail(&file, "needs a numeric `count`".into()),
        }
        if cases.len() < min {
            r.fail(&file, format!("holds {} cases, fewer than the {min} expected", cases.len()));
        }
        total += cases.len();
        let before = r.failures.len();
        match file.as_str() {
            "lookup.json" => run_lookups(&mut r, &file, cases),
            "negotiate.json" => run_negotiations(&mut r, &file, cases),
            _ => run_responses(&mut r, &file, cases),
        }
        let _ = writeln!(summary, "  {file}: {} cases, {} failures", cases.len(), r.failures.len() - before);
    }
    for (f, _) in FILES {
        if !seen.iter().any(|s| s == f) {
            r.fail(f, "missing: run python3 tests/vectors/generate.py".into());
        }
    }
    if total < MIN_TOTAL {
        r.fail("tests/vectors", format!("{total} cases in all, fewer than {MIN_TOTAL}"));
    }
    eprintln!("shared vectors ({total} cases):\n{summary}");
    if !r.failures.is_empty() {
        panic!(
            "{} vector failure(s):\n{}",
            r.failures.len(),
            r.failures.iter().map(|f| format!("  - {f}")).collect::<Vec<_>>().join("\n")
        );
    }
}

/// The committed files are exactly what the generator writes. Needs python3:
/// without it the test fails (the vectors are shared with other languages,
/// so a stale file must not pass unnoticed).
#[test]
fn vectors_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = Path::new("tests").join("vectors").join("generate.py");
    let out = match Command::new("python3").arg(&script).arg("--check").current_dir(root).output() {
        Ok(o) => o,
        Err(e) => panic!(
            "cannot run `python3 {} --check` ({e}): python3 (3.11 or later) is needed to check that \
             tests/vectors/*.json match their generator; install it",
            script.display()
        ),
    };
    if !out.status.success() {
        panic!(
            "`python3 {} --check` failed ({}): the vector files are stale or the generator broke; \
             run `python3 tests/vectors/generate.py` and review the diff\n--- stdout ---\n{}\n--- stderr ---\n{}",
            script.display(),
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
