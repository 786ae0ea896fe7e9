//! The code registry, `catalog/codes.toml`: the one place a code is declared.
//!
//! The one reader of the registry: the build, the runtime's `check` of a
//! full catalog directory and its coverage all call [`read_registry`].

use crate::diag::Diagnostic;

/// One code as the registry declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeDef {
    /// The code, e.g. `AuthFailure.SignatureFailure`.
    pub code: String,
    /// `true` for a code of every Tencent Cloud API, `false` for SMH's own.
    pub common: bool,
    /// Whether a client may retry the same request after a backoff.
    pub retryable: bool,
    /// Whether a current source still carries the code.
    pub status: Status,
    /// Whether the service's error-code page lists the code.
    pub page: bool,
    /// The releases of each official SDK language that shipped the code,
    /// in language order; empty when no SDK did.
    pub sdk: Vec<SdkSpan>,
}

impl CodeDef {
    /// The Fluent message id of the code: dots become hyphens.
    pub fn fluent_id(&self) -> String {
        crate::fluent_id(&self.code)
    }
}

/// Whether a current source still carries a code (the registry's `status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// The service's error-code page or a current official SDK release
    /// carries the code.
    Current,
    /// No current source carries the code, only older SDK releases did. It
    /// still resolves exactly.
    Retired,
}

impl Status {
    /// `"current"` or `"retired"`, as the registry spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Current => "current",
            Status::Retired => "retired",
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The releases of one official SDK language that shipped a code: an entry
/// of the registry's `sdk` list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SdkSpan {
    /// The SDK's language: `go`, `java`, `python`.
    pub language: String,
    /// The first release read that carried the code (`3.0.932`, `v1.0.698`).
    pub first: String,
    /// The last release read that carried the code.
    pub last: String,
}

/// Words of a code name that mark a billing or balance code, which is never
/// retryable: money has to move first (the retry policy of `codes.toml`).
pub const NEVER_RETRYABLE_WORDS: [&str; 5] = ["Balance", "Billing", "Finance", "Postpaid", "Prepaid"];

/// Whether `code` has the shape of an SMH code: dot-separated segments, each an
/// ASCII letter followed by ASCII letters and digits.
pub fn is_code_shaped(code: &str) -> bool {
    !code.is_empty()
        && code.split('.').all(|seg| {
            let mut chars = seg.chars();
            matches!(chars.next(), Some(c) if c.is_ascii_alphabetic()) && chars.all(|c| c.is_ascii_alphanumeric())
        })
}

/// Reads and checks the registry file at `path` (a catalog's `codes.toml`).
pub fn read_registry(path: &std::path::Path) -> Result<Vec<CodeDef>, Vec<Diagnostic>> {
    let text = crate::dir::read_text(path, "the registry").map_err(|d| vec![d])?;
    parse_registry(&path.display().to_string(), &text)
}

/// Parses and checks a registry. Returns every code in file order, or every
/// problem found, each with `path:line:col`.
pub fn parse_registry(path: &str, text: &str) -> Result<Vec<CodeDef>, Vec<Diagnostic>> {
    let table: toml::Table = match text.parse() {
        Ok(t) => t,
        Err(e) => {
            let at = e.span().map_or(0, |s| s.start);
            let msg = e.message().trim().to_string();
            return Err(vec![Diagnostic::error(
                path,
                text,
                at,
                "registry-syntax",
                format!("this is not valid TOML: {msg}"),
            )]);
        }
    };
    let mut problems = Vec::new();
    for key in table.keys().filter(|k| k.as_str() != "codes") {
        problems.push(Diagnostic::error(
            path,
            text,
            find(text, key),
            "registry-unknown-key",
            format!("unknown top-level key `{key}`: the registry holds only the [codes.\"...\"] tables"),
        ));
    }
    let Some(codes) = table.get("codes").and_then(|c| c.as_table()) else {
        problems.push(Diagnostic::error(
            path,
            text,
            0,
            "registry-empty",
            "the registry declares no [codes.\"...\"] table".into(),
        ));
        return Err(problems);
    };
    // Keep the file's order: toml::Table sorts keys, so order by position.
    let mut entries: Vec<(usize, &String, &toml::Value)> =
        codes.iter().map(|(k, v)| (find_entry(text, k), k, v)).collect();
    entries.sort_by_key(|e| e.0);
    let mut out = Vec::new();
    let mut ids = std::collections::BTreeMap::<String, String>::new();
    // Codes without `retryable`: reported once every code's policy is known.
    let mut undecided = Vec::new();
    for (at, code, value) in entries {
        let err = |rule, msg: String| Diagnostic::error(path, text, at, rule, msg);
        if !is_code_shaped(code) {
            problems.push(err(
                "registry-bad-code",
                format!("`{code}` is not a code: use dot-separated segments of ASCII letters and digits, each starting with a letter"),
            ));
            continue;
        }
        let Some(fields) = value.as_table() else {
            problems.push(err("registry-bad-entry", format!("`{code}` must be a table")));
            continue;
        };
        if fields.contains_key("doc_url") {
            // Links differ by language: each locale gives its own, once.
            problems.push(err(
                "registry-unknown-key",
                format!("`{code}`: doc_url does not belong in the registry; give each locale's link in its `.doc-url` attribute"),
            ));
            continue;
        }
        if let Some(k) = fields.keys().find(|k| !FIELDS.contains(&k.as_str())) {
            problems
                .push(err("registry-unknown-key", format!("`{code}`: unknown field `{k}` ({})", FIELDS.join(", "))));
            continue;
        }
        let before = problems.len();
        let common = match fields.get("kind").map(|k| k.as_str()) {
            Some(Some("common")) => true,
            Some(Some("business")) => false,
            Some(_) => {
                problems.push(err("registry-bad-kind", format!("`{code}`: kind must be \"common\" or \"business\"")));
                false
            }
            None => {
                problems.push(err("registry-missing-field", format!("`{code}` has no kind")));
                false
            }
        };
        let retryable = match fields.get("retryable") {
            Some(toml::Value::Boolean(b)) => *b,
            Some(_) => {
                problems.push(err("registry-bad-retryable", format!("`{code}`: retryable must be true or false")));
                false
            }
            None => {
                undecided.push((at, code.clone()));
                false
            }
        };
        if retryable {
            if let Some(word) = NEVER_RETRYABLE_WORDS.iter().find(|w| code.contains(*w)) {
                problems.push(err(
                    "registry-retry-billing",
                    format!(
                        "`{code}` is a billing or balance code ({word}), which is never retryable: money has to move \
                         first, and a retry changes nothing or charges twice; set retryable = false"
                    ),
                ));
            }
        }
        let provenance = parse_provenance(code, fields);
        let (status, page, sdk) = match provenance {
            Ok(p) => p,
            Err((rule, msg)) => {
                problems.push(err(rule, msg));
                continue;
            }
        };
        if problems.len() > before {
            continue;
        }
        let def = CodeDef { code: code.clone(), common, retryable, status, page, sdk };
        // Two codes must not share a Fluent id or a generated name.
        let names = [crate::IdentStyle::Joined, crate::IdentStyle::Underscored].map(|s| crate::identifier(code, s));
        if let Some((other, name)) = names.iter().find_map(|n| ids.get(n).map(|o| (o.clone(), n))) {
            problems.push(err("registry-collision", format!("`{code}` and `{other}` would both be named `{name}`")));
            continue;
        }
        for n in names {
            ids.insert(n, code.clone());
        }
        out.push(def);
    }
    // A code under a retryable parent must say whether it is retryable
    // itself: never the parent's policy by default.
    for (at, code) in undecided {
        let retryable_parent = ancestors(&code)
            .find_map(|a| codes.get(a).and_then(|v| v.get("retryable")).and_then(toml::Value::as_bool).map(|r| (a, r)));
        let msg = match retryable_parent {
            Some((parent, true)) => (
                "registry-retry-undecided",
                format!(
                    "`{code}` has no retryable, and its parent `{parent}` is retryable: say for this code whether a \
                     client may retry it (retryable = true or false); a code never takes its parent's policy"
                ),
            ),
            _ => (
                "registry-missing-field",
                format!("`{code}` has no retryable: say whether a client may retry it (true or false)"),
            ),
        };
        problems.push(Diagnostic::error(path, text, at, msg.0, msg.1));
    }
    // In file order (a stable sort: one entry's problems keep their order).
    problems.sort_by_key(|d| (d.line, d.col));
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The fields a code's table holds, each required.
const FIELDS: [&str; 5] = ["kind", "retryable", "status", "page", "sdk"];

/// The ancestors of `code`, nearest first: `A.B.C` gives `A.B`, `A`.
fn ancestors(code: &str) -> impl Iterator<Item = &str> {
    code.char_indices().rev().filter(|(_, c)| *c == '.').map(move |(i, _)| &code[..i])
}

/// A release as the SDKs number them: `3.0.932`, `v1.0.698`; its numbers.
fn release_numbers(release: &str) -> Option<Vec<u64>> {
    let digits = release.strip_prefix('v').unwrap_or(release);
    digits.split('.').map(|p| if p.is_empty() || p.len() > 9 { None } else { p.parse().ok() }).collect()
}

/// The `status`, `page` and `sdk` fields of a code, or the rule and message
/// of the first problem.
fn parse_provenance(code: &str, fields: &toml::Table) -> Result<(Status, bool, Vec<SdkSpan>), (&'static str, String)> {
    let bad = |msg: String| ("registry-bad-provenance", msg);
    let missing = |field: &str| {
        ("registry-missing-field", format!("`{code}` has no {field} (see the fields in codes.toml's header)"))
    };
    let status = match fields.get("status") {
        Some(toml::Value::String(s)) if s == "current" => Status::Current,
        Some(toml::Value::String(s)) if s == "retired" => Status::Retired,
        Some(_) => return Err(bad(format!("`{code}`: status must be \"current\" or \"retired\""))),
        None => return Err(missing("status")),
    };
    let page = match fields.get("page") {
        Some(toml::Value::Boolean(b)) => *b,
        Some(_) => return Err(bad(format!("`{code}`: page must be true or false"))),
        None => return Err(missing("page")),
    };
    let Some(list) = fields.get("sdk") else { return Err(missing("sdk")) };
    let Some(list) = list.as_array() else {
        return Err(bad(format!("`{code}`: sdk must be a list of {{ language, first, last }} tables (or [])")));
    };
    let mut sdk: Vec<SdkSpan> = Vec::new();
    for entry in list {
        let Some(t) = entry.as_table() else {
            return Err(bad(format!("`{code}`: each sdk entry must be a {{ language, first, last }} table")));
        };
        if let Some(k) = t.keys().find(|k| !matches!(k.as_str(), "language" | "first" | "last")) {
            return Err(bad(format!("`{code}`: unknown sdk field `{k}` (language, first, last)")));
        }
        let field = |name: &str| t.get(name).and_then(toml::Value::as_str).map(str::to_string);
        let (Some(language), Some(first), Some(last)) = (field("language"), field("first"), field("last")) else {
            return Err(bad(format!("`{code}`: each sdk entry needs language, first and last, as strings")));
        };
        if language.is_empty() || !language.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(bad(format!(
                "`{code}`: the sdk language `{language}` is not a lower-case name (go, java, python)"
            )));
        }
        let (Some(f), Some(l)) = (release_numbers(&first), release_numbers(&last)) else {
            return Err(bad(format!("`{code}`: {language}'s releases must be numbers such as 3.0.932 or v1.0.698")));
        };
        if f > l {
            return Err(bad(format!("`{code}`: {language}'s first release {first} comes after its last, {last}")));
        }
        if let Some(prev) = sdk.last() {
            if prev.language >= language {
                return Err(bad(format!("`{code}`: list the sdk languages once each, in alphabetical order")));
            }
        }
        sdk.push(SdkSpan { language, first, last });
    }
    if !page && sdk.is_empty() {
        return Err((
            "registry-no-source",
            format!(
                "`{code}` cites no source: set page = true if the service's error-code page lists it, or list the \
                 SDK releases that shipped it in sdk; a code nothing publishes does not belong in the registry"
            ),
        ));
    }
    if page && status == Status::Retired {
        return Err((
            "registry-bad-provenance",
            format!("`{code}` is on the service's error-code page, so it is current, not retired"),
        ));
    }
    Ok((status, page, sdk))
}

fn find_entry(text: &str, code: &str) -> usize {
    text.find(&format!("[codes.\"{code}\"]")).or_else(|| text.find(&format!("\"{code}\""))).unwrap_or(0)
}

fn find(text: &str, needle: &str) -> usize {
    text.find(needle).unwrap_or(0)
}

/// The number of slots of the generated code table (see [`code_slot`]): a
/// power of two, five times the number of codes or more, so that a perfect
/// seed is found in some thousands of tries (`perfect_seed`).
pub const CODE_TABLE_LEN: usize = 512;

/// The slot of `code` in the generated code table for `seed`: a
/// multiply-shift hash of the code's length and its first, middle and last
/// eight bytes (`InvalidParameterValue.AccountNameTooLong` and
/// `InvalidParameterValue.CountryCodeTooLong` differ only in the middle).
/// The build picks a seed ([`perfect_seed`]) under which every registered
/// code has a slot of its own, so that finding a code costs one hash and one
/// comparison; any other string lands on some slot and is told apart by
/// that comparison.
#[inline]
pub fn code_slot(code: &[u8], seed: u64) -> usize {
    let n = code.len();
    let word = |at: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&code[at..at + 8]);
        u64::from_le_bytes(w)
    };
    let (head, mid, tail) = if n >= 8 {
        (word(0), word((n - 8) / 2), word(n - 8))
    } else {
        let mut h = [0u8; 8];
        h[..n].copy_from_slice(code);
        (u64::from_le_bytes(h), 0, 0)
    };
    let key = head ^ mid.rotate_left(17) ^ tail.rotate_left(31) ^ (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (key.wrapping_mul(seed) >> (64 - CODE_TABLE_LEN.trailing_zeros())) as usize
}

/// The first seed (of a fixed sequence of odd numbers) under which every
/// code of `codes` has a slot of its own in a table of [`CODE_TABLE_LEN`]
/// slots; `None` if none of the first million does (two codes with the same
/// length and first, middle and last eight bytes cannot be told apart by
/// [`code_slot`]).
pub fn perfect_seed(codes: &[&str]) -> Option<u64> {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..1_000_000 {
        // xorshift64*, made odd: a multiplier for `code_slot`.
        seed ^= seed >> 12;
        seed ^= seed << 25;
        seed ^= seed >> 27;
        let s = seed.wrapping_mul(0x2545_f491_4f6c_dd1d) | 1;
        let mut used = [false; CODE_TABLE_LEN];
        if codes.iter().all(|c| !std::mem::replace(&mut used[code_slot(c.as_bytes(), s)], true)) {
            return Some(s);
        }
    }
    None
}
