//! The kinds of parse error a response body can have
//! (`catalog/parse-errors.toml`): their names, meanings and order, read by
//! the core's `build.rs` (its `ParseErrorKind`) and by the bindings'
//! generator.

use std::path::Path;

/// The file of a catalog directory that lists the kinds of parse error.
pub const PARSE_ERRORS_FILE: &str = "parse-errors.toml";

/// One kind of parse error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseErrorKindDef {
    /// The name every binding uses (`too_large`): lower-case ASCII words
    /// joined by `_`.
    pub name: String,
    /// What it means, one sentence.
    pub doc: String,
}

impl ParseErrorKindDef {
    /// The name in upper camel case (`TooLarge`, `InvalidUtf8`): Rust's and
    /// Go's identifiers.
    pub fn camel(&self) -> String {
        self.name
            .split('_')
            .map(|w| {
                let mut c = w.chars();
                c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
            })
            .collect()
    }

    /// The name in upper case (`TOO_LARGE`): C's and Java's constants.
    pub fn upper(&self) -> String {
        self.name.to_ascii_uppercase()
    }
}

/// Reads the kinds from the text of `parse-errors.toml`, in order; an error
/// names what is wrong (TOML syntax, a name that is not lower-case words
/// joined by `_`, a name given twice, an empty meaning, no kind at all).
pub fn parse_parse_errors(text: &str) -> Result<Vec<ParseErrorKindDef>, String> {
    let table: toml::Table = text.parse().map_err(|e| format!("{PARSE_ERRORS_FILE}: {e}"))?;
    if let Some(k) = table.keys().find(|k| *k != "kind") {
        return Err(format!("{PARSE_ERRORS_FILE}: unknown key `{k}`"));
    }
    let kinds = match table.get("kind") {
        None => &[][..],
        Some(toml::Value::Array(a)) => &a[..],
        Some(_) => return Err(format!("{PARSE_ERRORS_FILE}: `kind` is not a list of tables ([[kind]])")),
    };
    let mut out: Vec<ParseErrorKindDef> = Vec::new();
    for entry in kinds {
        let Some(t) = entry.as_table() else {
            return Err(format!("{PARSE_ERRORS_FILE}: a `kind` is not a table"));
        };
        if let Some(k) = t.keys().find(|k| *k != "name" && *k != "doc") {
            return Err(format!("{PARSE_ERRORS_FILE}: unknown key `{k}` in a kind"));
        }
        let field = |k: &str| t.get(k).and_then(toml::Value::as_str).map(str::to_string);
        let (Some(name), Some(doc)) = (field("name"), field("doc")) else {
            return Err(format!("{PARSE_ERRORS_FILE}: a kind needs a string `name` and a string `doc`"));
        };
        let e = ParseErrorKindDef { name, doc };
        let words_ok = !e.name.is_empty()
            && e.name
                .split('_')
                .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
            && e.name.as_bytes()[0].is_ascii_lowercase();
        if !words_ok {
            return Err(format!("{PARSE_ERRORS_FILE}: {:?} is not lower-case words joined by `_`", e.name));
        }
        if out.iter().any(|k| k.name == e.name) {
            return Err(format!("{PARSE_ERRORS_FILE}: {:?} is listed twice", e.name));
        }
        if e.doc.trim().is_empty() {
            return Err(format!("{PARSE_ERRORS_FILE}: {:?} has no `doc`", e.name));
        }
        out.push(e);
    }
    if out.is_empty() {
        return Err(format!("{PARSE_ERRORS_FILE}: no kind"));
    }
    Ok(out)
}

/// Reads `path` as [`parse_parse_errors`] does.
pub fn read_parse_errors(path: &Path) -> Result<Vec<ParseErrorKindDef>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse_parse_errors(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_read_in_order_and_named_in_each_style() {
        let k = parse_parse_errors(
            "[[kind]]\nname = \"too_large\"\ndoc = \"d\"\n[[kind]]\nname = \"invalid_utf8\"\ndoc = \"e\"\n",
        )
        .expect("reads");
        assert_eq!(k.iter().map(|k| k.name.as_str()).collect::<Vec<_>>(), ["too_large", "invalid_utf8"]);
        assert_eq!((k[1].camel(), k[1].upper()), ("InvalidUtf8".to_string(), "INVALID_UTF8".to_string()));
    }

    #[test]
    fn a_bad_list_says_what_is_wrong() {
        for (text, says) in [
            ("[[kind]]\nname = \"TooLarge\"\ndoc = \"d\"\n", "lower-case"),
            ("[[kind]]\nname = \"a__b\"\ndoc = \"d\"\n", "lower-case"),
            ("[[kind]]\nname = \"a\"\ndoc = \"d\"\n[[kind]]\nname = \"a\"\ndoc = \"d\"\n", "twice"),
            ("[[kind]]\nname = \"a\"\ndoc = \" \"\n", "no `doc`"),
            ("kind = []\n", "no kind"),
            ("[[kind]]\nname = \"a\"\n", "doc"),
            ("[[kind]]\nname = \"a\"\ndoc = \"d\"\nextra = 1\n", "extra"),
        ] {
            let e = parse_parse_errors(text).expect_err(text);
            assert!(e.contains(says), "{text:?}: {e}");
        }
    }
}
