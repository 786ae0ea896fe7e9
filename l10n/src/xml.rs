//! Writing XML text: the escapes both exchange formats (XLIFF, TMX) use.

/// Whether XML 1.0 can carry `c` at all.
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `s` as element content.
pub(crate) fn text(s: &str) -> Result<String, String> {
    escape(s, false)
}

/// `s` as an attribute value (`"` escaped, and white space kept through a
/// reader's normalization).
pub(crate) fn attr(s: &str) -> Result<String, String> {
    escape(s, true)
}

fn escape(s: &str, attribute: bool) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            '"' if attribute => out.push_str("&quot;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' if attribute => out.push_str("&#9;"),
            c if is_xml_char(c) => out.push(c),
            c => {
                return Err(format!(
                    "the text holds U+{:04X}, which XML cannot carry; run `smh-errors check`",
                    c as u32
                ))
            }
        }
    }
    Ok(out)
}
