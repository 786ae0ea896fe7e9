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
}

impl CodeDef {
    /// The Fluent message id of the code: dots become hyphens.
    pub fn fluent_id(&self) -> String {
        crate::fluent_id(&self.code)
    }
}

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
        let common = match fields.get("kind").map(|k| k.as_str()) {
            Some(Some("common")) => true,
            Some(Some("business")) => false,
            Some(_) => {
                problems.push(err("registry-bad-kind", format!("`{code}`: kind must be \"common\" or \"business\"")));
                continue;
            }
            None => {
                problems.push(err("registry-missing-field", format!("`{code}` has no kind")));
                continue;
            }
        };
        let retryable = match fields.get("retryable") {
            Some(toml::Value::Boolean(b)) => *b,
            Some(_) => {
                problems.push(err("registry-bad-retryable", format!("`{code}`: retryable must be true or false")));
                continue;
            }
            None => {
                problems.push(err("registry-missing-field", format!("`{code}` has no retryable")));
                continue;
            }
        };
        if fields.contains_key("doc_url") {
            // Links differ by language: each locale gives its own, once.
            problems.push(err(
                "registry-unknown-key",
                format!("`{code}`: doc_url does not belong in the registry; give each locale's link in its `.doc-url` attribute"),
            ));
            continue;
        }
        if let Some(k) = fields.keys().find(|k| !matches!(k.as_str(), "kind" | "retryable")) {
            problems.push(err("registry-unknown-key", format!("`{code}`: unknown field `{k}` (kind, retryable)")));
            continue;
        }
        let def = CodeDef { code: code.clone(), common, retryable };
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
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

fn find_entry(text: &str, code: &str) -> usize {
    text.find(&format!("[codes.\"{code}\"]")).or_else(|| text.find(&format!("\"{code}\""))).unwrap_or(0)
}

fn find(text: &str, needle: &str) -> usize {
    text.find(needle).unwrap_or(0)
}

/// The number of slots of the generated code table (see [`code_slot`]): a
/// power of two, several times the number of codes so that a perfect seed
/// is found in a few hundred tries.
pub const CODE_TABLE_LEN: usize = 512;

/// The slot of `code` in the generated code table for `seed`: a
/// multiply-shift hash of the code's length and its first and last eight
/// bytes. The build picks a seed ([`perfect_seed`]) under which every
/// registered code has a slot of its own, so that finding a code costs one
/// hash and one comparison; any other string lands on some slot and is
/// told apart by that comparison.
#[inline]
pub fn code_slot(code: &[u8], seed: u64) -> usize {
    let n = code.len();
    let (head, tail) = if n >= 8 {
        let mut h = [0u8; 8];
        let mut t = [0u8; 8];
        h.copy_from_slice(&code[..8]);
        t.copy_from_slice(&code[n - 8..]);
        (u64::from_le_bytes(h), u64::from_le_bytes(t))
    } else {
        let mut h = [0u8; 8];
        h[..n].copy_from_slice(code);
        (u64::from_le_bytes(h), 0)
    };
    let key = head ^ tail.rotate_left(31) ^ (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (key.wrapping_mul(seed) >> (64 - CODE_TABLE_LEN.trailing_zeros())) as usize
}

/// The first seed (of a fixed sequence of odd numbers) under which every
/// code of `codes` has a slot of its own in a table of [`CODE_TABLE_LEN`]
/// slots; `None` if none of the first million does (two codes with the same
/// length, first and last eight bytes cannot be told apart by
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
