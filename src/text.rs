//! Rendering text that came from the network (a code, a server `Message`,
//! a `RequestId`) for people: terminals and logs.
//!
//! [`Escaped`] (and [`escape`]) shows control characters and invisible
//! characters as escapes instead of passing them through, so a body cannot
//! forge a log line (`\n`), move the cursor or clear the screen
//! (`\u{1b}[2J`), reorder what a reader sees (`\u{202e}`), or hide text
//! (`\u{200b}`, the tag characters `\u{e0041}`). [`ErrorText`]
//! is the one rendering of an API error, `Code: message (RequestId: id)`,
//! that every binding shows. JSON output needs neither: JSON escapes
//! control characters itself.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

/// Whether `c` is shown as an escape: every control character and every
/// invisible one (format characters such as U+200B, U+FEFF, the bidi
/// controls and the tag characters U+E0000–U+E007F, line and paragraph
/// separators, default-ignorable characters such as U+00AD and U+2060):
/// the one table the validator also refuses in catalog files
/// ([`smh_errors_check::is_invisible`]).
pub fn needs_escape(c: char) -> bool {
    c.is_control() || smh_errors_check::is_invisible(c)
}

/// `text` for display, with every character of [`needs_escape`] written as
/// an escape: `\n`, `\r` and `\t` as such, any other as `\u{1b}`. Other
/// text, backslashes included, is written unchanged. Linear in the text.
#[derive(Debug, Clone, Copy)]
pub struct Escaped<'a>(pub &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let mut start = 0;
        for (i, c) in s.char_indices().filter(|&(_, c)| needs_escape(c)) {
            f.write_str(&s[start..i])?;
            match c {
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                _ => write!(f, "\\u{{{:x}}}", c as u32)?,
            }
            start = i + c.len_utf8();
        }
        f.write_str(&s[start..])
    }
}

/// `text` with control and invisible characters escaped, as [`Escaped`] writes
/// it; borrowed when there is nothing to escape.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    // Writing into a String cannot fail.
    let _ = write!(out, "{}", Escaped(text));
    Cow::Owned(out)
}

/// The text of an API error as every binding shows it:
/// `Code: server message (RequestId: id)`. An absent or empty message or
/// request id is left out (`Code`, `Code (RequestId: id)`, `Code: message`);
/// each part is [`Escaped`].
#[derive(Debug, Clone, Copy)]
pub struct ErrorText<'a> {
    /// The code as the server sent it.
    pub code: &'a str,
    /// The server's message, if any.
    pub message: Option<&'a str>,
    /// The request id, if any.
    pub request_id: Option<&'a str>,
}

impl fmt::Display for ErrorText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Escaped(self.code).fmt(f)?;
        if let Some(m) = self.message.filter(|m| !m.is_empty()) {
            write!(f, ": {}", Escaped(m))?;
        }
        if let Some(r) = self.request_id.filter(|r| !r.is_empty()) {
            write!(f, " (RequestId: {})", Escaped(r))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_are_escaped_and_the_rest_kept() {
        assert_eq!(escape("plain 文字 \\n"), "plain 文字 \\n");
        assert!(matches!(escape("plain"), Cow::Borrowed(_)));
        assert_eq!(escape("a\nb\r\tc"), "a\\nb\\r\\tc");
        assert_eq!(escape("\u{1b}[2J\0\u{7f}\u{85}"), "\\u{1b}[2J\\u{0}\\u{7f}\\u{85}");
        assert_eq!(
            escape("x\u{202e}y\u{2066}z\u{2069}\u{200f}\u{61c}\u{2028}"),
            "x\\u{202e}y\\u{2066}z\\u{2069}\\u{200f}\\u{61c}\\u{2028}"
        );
        // Visible, if unusual, spaces: kept.
        assert_eq!(escape("\u{202f}\u{a0}\u{3000}é"), "\u{202f}\u{a0}\u{3000}é");
    }

    #[test]
    fn invisible_characters_are_escaped_by_the_validators_table() {
        assert_eq!(
            escape("a\u{200b}b\u{e0041}\u{e007f}c\u{feff}d\u{ad}e\u{2060}f\u{2065}\u{180e}\u{fe0f}\u{3164}\u{2800}"),
            "a\\u{200b}b\\u{e0041}\\u{e007f}c\\u{feff}d\\u{ad}e\\u{2060}f\\u{2065}\\u{180e}\\u{fe0f}\\u{3164}\\u{2800}"
        );
        // Every character the validator refuses in a catalog file is escaped.
        for c in (0..=0x10ffff).filter_map(char::from_u32).filter(|&c| smh_errors_check::is_invisible(c)) {
            assert!(needs_escape(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn error_text_leaves_out_empty_parts() {
        let t = |m: Option<&str>, r: Option<&str>| ErrorText { code: "X", message: m, request_id: r }.to_string();
        assert_eq!(t(None, None), "X");
        assert_eq!(t(Some(""), Some("")), "X");
        assert_eq!(t(Some("m"), None), "X: m");
        assert_eq!(t(Some(""), Some("r")), "X (RequestId: r)");
        assert_eq!(t(Some("a\nb"), Some("r\u{1b}")), "X: a\\nb (RequestId: r\\u{1b})");
    }
}
