//! The translators' view of a locale's files: each message's entry as the
//! file writes it, and its comment (`# ...` right above it).

use std::collections::BTreeMap;

use fluent_syntax::ast;

/// One message of a locale's files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The entry as Fluent writes it (`id = text`, attributes below), without
    /// its comment.
    pub source: String,
    /// Its comment's lines, joined by line feeds; empty when it has none.
    pub comment: String,
}

/// Every message of `files` (path, text) by id; a later file's entry
/// replaces an earlier one, as in a bundle. Entries that do not parse are
/// left out (the validator reports them).
pub fn entries(files: &[(String, String)]) -> BTreeMap<String, Entry> {
    let mut out = BTreeMap::new();
    for (_, text) in files {
        if smh_errors_check::too_deep(text).is_some() {
            continue;
        }
        let res = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
        for e in res.body {
            let ast::Entry::Message(mut m) = e else { continue };
            let comment = m.comment.take().map(|c| c.content.join("\n")).unwrap_or_default();
            let id = m.id.name.to_string();
            let one = ast::Resource { body: vec![ast::Entry::Message(m)] };
            let source = fluent_syntax::serializer::serialize(&one).trim_end().to_string();
            out.insert(id, Entry { source, comment });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_keep_their_comment_apart() {
        let files = vec![(
            "a.ftl".to_string(),
            "## Group\n\n# When the key is wrong.\n# Keep SecretId as is.\nAuthFailure = Bad key.\n    .doc-url = https://x.invalid/\nplain = Text\n"
                .to_string(),
        )];
        let e = entries(&files);
        assert_eq!(e["AuthFailure"].comment, "When the key is wrong.\nKeep SecretId as is.");
        assert_eq!(e["AuthFailure"].source, "AuthFailure = Bad key.\n    .doc-url = https://x.invalid/");
        assert_eq!(e["plain"].comment, "");
        assert_eq!(e["plain"].source, "plain = Text");
    }

    #[test]
    fn a_later_file_replaces_and_junk_is_left_out() {
        let files = vec![
            ("a.ftl".to_string(), "x = one\nbroken = {\n".to_string()),
            ("b.ftl".to_string(), "x = two\n".to_string()),
        ];
        let e = entries(&files);
        assert_eq!(e["x"].source, "x = two");
        assert!(!e.contains_key("broken"));
    }
}
