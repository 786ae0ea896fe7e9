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
    let shown = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => parse_registry(&shown, &text),
        Err(e) => Err(vec![Diagnostic::whole_file(&shown, "unreadable", format!("cannot read the registry: {e}"))]),
    }
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
