//! Character and text rules: invisible characters, nesting depth, syntax
//! error places, markup in plain text, and the normalized form of a pattern.

use fluent_syntax::ast;

use crate::diag::{offset_in, Sink};
use crate::MAX_NESTING;

/// The byte offset of the first `{` nested deeper than [`MAX_NESTING`], if
/// any. Counts every brace of an entry (an entry starts at a line's first
/// column), ignoring comment lines: it can over-count (a `{"{"}` literal),
/// never under-count, so no file that passes can overflow the parser's
/// stack.
pub fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut offset = 0usize;
    for line in text.split_inclusive('\n') {
        match line.as_bytes().first() {
            Some(b'#') => {
                offset += line.len();
                continue;
            }
            Some(b' ' | b'\t' | b'\r' | b'\n') | None => {}
            Some(_) => depth = 0,
        }
        for (i, b) in line.bytes().enumerate() {
            match b {
                b'{' => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Some(offset + i);
                    }
                }
                b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        offset += line.len();
    }
    None
}

// The characters that must not appear in a catalog file (but the line
// feed, and a carriage return before one), by Unicode property: controls
// (Cc), format characters (Cf: zero-width, bidi embeddings, overrides and
// isolates, Fluent's own U+2068/U+2069 among them, the byte order mark),
// line and paragraph separators (Zl, Zp) and every
// Default_Ignorable_Code_Point (Hangul fillers, variation selectors, the
// combining grapheme joiner): `INVISIBLE`, sorted ranges, written by
// build.rs from regex-syntax's Unicode tables (a build dependency only).
include!(concat!(env!("OUT_DIR"), "/invisible.rs"));

/// Whether `c` is invisible or a control character: a control (Cc), a
/// format character (Cf: zero-width characters, bidi controls, the byte
/// order mark, tag characters), a line or paragraph separator (Zl, Zp), a
/// Default_Ignorable_Code_Point (soft hyphen, variation selectors, Hangul
/// fillers), or U+2800 BRAILLE PATTERN BLANK (a symbol, So, that shows as a
/// blank: no Unicode property says so). The one table of such characters:
/// the validator refuses them in catalog files, and the runtime escapes them
/// in text from the network.
pub fn is_invisible(c: char) -> bool {
    let i = INVISIBLE.partition_point(|&(_, end)| end < c);
    INVISIBLE.get(i).is_some_and(|&(start, _)| start <= c) || c == '\u{2800}'
}

/// The name of a character that must not appear in a catalog file, if `c`
/// is one (see [`is_invisible`]): the usual name of the common ones, else
/// its kind.
pub(crate) fn invisible_char_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\t' => "TAB (use spaces)",
        '\u{0}'..='\u{1f}' | '\u{7f}' => "a C0 control character",
        '\u{80}'..='\u{9f}' => "a C1 control character",
        '\u{ad}' => "SOFT HYPHEN",
        '\u{34f}' => "COMBINING GRAPHEME JOINER",
        '\u{61c}' => "ARABIC LETTER MARK",
        '\u{180e}' => "MONGOLIAN VOWEL SEPARATOR",
        '\u{200b}' => "ZERO WIDTH SPACE",
        '\u{200c}' => "ZERO WIDTH NON-JOINER",
        '\u{200d}' => "ZERO WIDTH JOINER",
        '\u{200e}' => "LEFT-TO-RIGHT MARK",
        '\u{200f}' => "RIGHT-TO-LEFT MARK",
        '\u{2028}' => "LINE SEPARATOR",
        '\u{2029}' => "PARAGRAPH SEPARATOR",
        '\u{202a}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202b}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202c}' => "POP DIRECTIONAL FORMATTING",
        '\u{202d}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202e}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2060}' => "WORD JOINER",
        '\u{2061}'..='\u{2064}' => "an invisible operator",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{206a}'..='\u{206f}' => "a deprecated format character",
        '\u{feff}' => "ZERO WIDTH NO-BREAK SPACE (byte order mark)",
        '\u{fff9}'..='\u{fffb}' => "an interlinear annotation character",
        '\u{e0001}' | '\u{e0020}'..='\u{e007f}' => "a tag character",
        '\u{3164}' | '\u{115f}' | '\u{1160}' | '\u{ffa0}' => "a HANGUL FILLER",
        '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}' => "a VARIATION SELECTOR",
        '\u{2800}' => "BRAILLE PATTERN BLANK",
        c if !is_invisible(c) => return None,
        c if c.is_control() => "a control character",
        _ => "an invisible character",
    })
}

/// Every invisible or control character of `text` (see
/// [`invisible_char_name`]) and every U+FFFD, one diagnostic each.
pub(crate) fn scan_characters(text: &str, sink: &mut Sink<'_>) {
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\n' || (c == '\r' && chars.peek().is_some_and(|(_, n)| *n == '\n')) {
            continue;
        }
        if c == '\u{fffd}' {
            sink.error(
                at,
                "replacement-char",
                "U+FFFD REPLACEMENT CHARACTER: text was decoded with the wrong encoding somewhere; retype it".into(),
            );
        } else if let Some(name) = invisible_char_name(c) {
            sink.error(
                at,
                "invisible-char",
                format!("invisible character U+{:04X} {name}: delete it (messages are plain text)", c as u32),
            );
        }
    }
}

/// Where to point at a syntax error found at byte `pos` of an entry that
/// starts at `entry`: when the parser only noticed at the start of the next
/// line (an unclosed `{`), at the end of the line where the entry broke off.
pub(crate) fn syntax_error_offset(text: &str, pos: usize, entry: usize) -> usize {
    let pos = pos.min(text.len());
    if pos > entry && text[..pos].ends_with('\n') {
        let before = &text[..pos - 1];
        let end = before.strip_suffix('\r').unwrap_or(before).len();
        let line_start = text[..end].rfind('\n').map_or(0, |i| i + 1);
        // Only the line just before, when it is part of the broken entry.
        if end > line_start && line_start >= entry {
            return end;
        }
    }
    pos
}

/// Markdown link syntax and backticks in a pattern's text: messages are
/// plain text (a link goes in `.doc-url`).
pub(crate) fn scan_markup(text: &str, id: &str, p: &ast::Pattern<&str>, sink: &mut Sink<'_>) {
    for el in &p.elements {
        let ast::PatternElement::TextElement { value } = el else { continue };
        let base = offset_in(text, value).unwrap_or(0);
        if let Some(i) = markdown_link(value) {
            sink.error(
                base + i,
                "markdown-link",
                format!("`{id}` has a Markdown link `[text](url)`: keep the text only, and put the URL in `.doc-url`"),
            );
        }
        if let Some(i) = value.find('`') {
            sink.error(
                base + i,
                "backtick",
                format!("`{id}` has a backtick: messages are plain text, so write the name without quotes"),
            );
        }
    }
}

/// The byte offset of the first `[text](target)` in `s`.
pub(crate) fn markdown_link(s: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(open) = s[from..].find('[').map(|i| i + from) {
        if let Some(close) = s[open..].find("](").map(|i| i + open) {
            if s[close + 2..].contains(')') && !s[open + 1..close].contains('[') {
                return Some(open);
            }
        }
        from = open + 1;
    }
    None
}

/// Whether a pattern shows nothing: no elements, or only blank text and
/// empty string literals.
pub(crate) fn is_blank(p: &ast::Pattern<&str>) -> bool {
    p.elements.iter().all(|el| match el {
        ast::PatternElement::TextElement { value } => value.trim().is_empty(),
        ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        _ => false,
    })
}

/// A pattern in a normalized form: text with whitespace collapsed, simple
/// placeables as `{ $var }`, `{ -term }`, `{ message }`.
pub(crate) fn normalized(p: &ast::Pattern<&str>) -> String {
    let mut s = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => s.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    s.push_str(&format!("{{ ${} }}", id.name))
                }
                ast::Expression::Inline(ast::InlineExpression::TermReference {
                    id,
                    attribute: None,
                    arguments: None,
                }) => s.push_str(&format!("{{ -{} }}", id.name)),
                ast::Expression::Inline(ast::InlineExpression::MessageReference { id, attribute: None }) => {
                    s.push_str(&format!("{{ {} }}", id.name))
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => s.push_str(value),
                other => s.push_str(&format!("{{ {other:?} }}")),
            },
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a message may read the same as its source in another language:
/// its text (outside placeables) has no letters, or only names: acronyms
/// (`MFA`, `API`), CamelCase or dotted identifiers (`DryRun`,
/// `AuthFailure.MFAFailure`).
pub(crate) fn may_be_identical(p: &ast::Pattern<&str>) -> bool {
    let mut text = String::new();
    for el in &p.elements {
        if let ast::PatternElement::TextElement { value } = el {
            text.push_str(value);
            text.push(' ');
        }
    }
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .all(|w| {
            let no_lower = !w.chars().any(char::is_lowercase);
            let camel = w.chars().skip(1).any(char::is_uppercase) && w.chars().any(char::is_lowercase);
            let dotted = w.contains('.') && crate::registry::is_code_shaped(w);
            no_lower || camel || dotted
        })
}

/// The primary language subtag of a locale name (`ja` for `ja-JP`).
pub(crate) fn language(locale: &str) -> &str {
    locale.split(['-', '_']).next().unwrap_or(locale)
}

/// A text found by the checker (an example message) for a diagnostic: not
/// UTF-8 shown with U+FFFD, control and invisible characters as `\u{..}`,
/// at most 120 characters.
pub(crate) fn shown_witness(bytes: &[u8]) -> String {
    let s = String::from_utf8_lossy(bytes);
    let mut out = String::new();
    for (n, c) in s.chars().enumerate() {
        if n == 120 {
            out.push('…');
            break;
        }
        if c.is_control() || is_invisible(c) || c == '"' || c == '\\' {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}
