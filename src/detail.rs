//! The server's own message, localized: matching an error's English
//! `Message` against the known patterns of `catalog/server-messages.toml`.
//!
//! The rule, in full:
//!
//! 1. Only a message of at most [`MAX_MESSAGE_LEN`] bytes is read; a longer
//!    one gives no detail.
//! 2. A pattern is tried only for an error whose code is exactly one of the
//!    pattern's registry codes.
//! 3. A message matches a pattern when the **whole** message is one of the
//!    pattern's texts (the server may say it in English or in Chinese) with
//!    each hole replaced by 1 to [`MAX_HOLE_LEN`] bytes:
//!    the message starts with the text before the first hole and ends with
//!    the text after the last; each hole but the last takes the shortest
//!    text after which the pattern's next text follows; the last takes what
//!    is left before the final text. There is no backtracking: a message
//!    this reading does not fit gives no detail, never a guess. So the time
//!    is linear in the message (in fact bounded: a message longer than the
//!    pattern's text and its holes' bound is refused by its length).
//! 4. The build refuses two texts (of patterns of a same code, or of one
//!    pattern) that any message could match both (smh-errors-check's
//!    `server_messages::overlap`), so at most one text matches. A hole stands
//!    between the server's quotes, which are text of the pattern (the build
//!    refuses an unquoted hole): a hole's value never includes them.
//! 5. The detail is the pattern's Fluent message (same id) in the first
//!    locale of the chain that has it (en-US has them all), each hole's text
//!    passed as the variable of its name, [escaped](crate::text::escape):
//!    control and invisible characters from the network cannot reach a terminal.
//!
//! Patterns are compiled once, by `build.rs`, into a static table.

use std::fmt;

use crate::codes::ErrorCode;

pub use smh_errors_check::{MAX_HOLE_LEN, MAX_MESSAGE_LEN};

/// One compiled pattern: its id, its codes, and each of its texts.
pub(crate) struct Pattern {
    pub(crate) id: &'static str,
    codes: &'static [ErrorCode],
    texts: &'static [Text],
}

/// One text of a pattern: `head`, then each hole with the text after it.
struct Text {
    head: &'static str,
    /// (hole name, the text after it); the texts are non-empty but the
    /// last's.
    holes: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/details.rs"));

/// A server message that matched a pattern: the pattern's id and each
/// hole's text, as the server sent it (not escaped: escape it before showing
/// it, or use [`Detail`], which does).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match<'m> {
    /// The pattern's id, also its Fluent message id (`detail-parameter-format-invalid`).
    pub id: &'static str,
    /// Each hole's name and the text it took, in the order of the text that
    /// matched.
    pub values: Vec<(&'static str, &'m str)>,
}

/// The localized detail of an error: its server message, matched against
/// the known patterns and said in a locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail<'c> {
    /// The pattern's id (`detail-parameter-format-invalid`).
    pub id: &'static str,
    /// The localized text, its holes' values escaped.
    pub message: String,
    /// The catalog locale that answered (`zh-CN`).
    pub locale: &'c str,
}

impl Detail<'_> {
    /// The detail as a JSON object: `id`, `message`, `locale`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({ "id": self.id, "message": self.message, "locale": self.locale })
    }
}

impl fmt::Display for Detail<'_> {
    /// The localized text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// The ids of every known pattern, in `catalog/server-messages.toml`'s order.
pub fn pattern_ids() -> impl Iterator<Item = &'static str> {
    PATTERNS.iter().map(|p| p.id)
}

/// Each builtin pattern's hole names, by id: what the validator checks an
/// overlay's detail messages against.
pub(crate) fn builtin_holes() -> smh_errors_check::Holes {
    PATTERNS
        .iter()
        .map(|p| {
            let holes = p.texts.iter().flat_map(|t| t.holes.iter().map(|(h, _)| h.to_string())).collect();
            (p.id.to_string(), holes)
        })
        .collect()
}

/// The pattern that the server message `message` of an error with code
/// `code` matches, with its holes' texts; `None` when none does (see the
/// [module docs](self) for the rule).
pub fn match_message<'m>(code: &str, message: &'m str) -> Option<Match<'m>> {
    if message.len() > MAX_MESSAGE_LEN {
        return None;
    }
    let code = ErrorCode::from_code(code)?;
    PATTERNS
        .iter()
        .filter(|p| p.codes.contains(&code))
        .find_map(|p| p.texts.iter().find_map(|t| match_text(p.id, t, message)))
}

/// Whether the whole of `m` fits `p`, a text of the pattern `id`, and the
/// holes' texts if so.
fn match_text<'m>(id: &'static str, p: &Text, m: &'m str) -> Option<Match<'m>> {
    let text: usize = p.head.len() + p.holes.iter().map(|(_, t)| t.len()).sum::<usize>();
    let n = p.holes.len();
    if m.len() < text + n || m.len() > text + n * MAX_HOLE_LEN {
        return None;
    }
    let bytes = m.as_bytes();
    if !bytes.starts_with(p.head.as_bytes()) {
        return None;
    }
    let Some(((last, tail), middle)) = p.holes.split_last() else {
        // No hole: the message is the text (its length is already equal).
        return Some(Match { id, values: Vec::new() });
    };
    if !bytes.ends_with(tail.as_bytes()) {
        return None;
    }
    let end = m.len() - tail.len();
    let mut pos = p.head.len();
    let mut values = Vec::with_capacity(n);
    for (name, after) in middle {
        // The shortest non-empty hole that `after` follows, within the bound.
        let window = bytes.get(pos + 1..end.min(pos + MAX_HOLE_LEN + after.len()))?;
        let at = find(window, after.as_bytes())?;
        let hole_end = pos + 1 + at;
        // Literal texts are whole UTF-8 and match only at character
        // boundaries, so these slices never fail; `get` keeps it panic-free.
        values.push((*name, m.get(pos..hole_end)?));
        pos = hole_end + after.len();
    }
    if pos >= end || end - pos > MAX_HOLE_LEN {
        return None;
    }
    values.push((*last, m.get(pos..end)?));
    Some(Match { id, values })
}

/// The first place of `needle` (non-empty) in `hay`: `hay` is at most
/// [`MAX_HOLE_LEN`] + `needle.len()` bytes, so the plain scan is bounded.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values<'m>(code: &str, m: &'m str) -> Option<(&'static str, Vec<(&'static str, &'m str)>)> {
        match_message(code, m).map(|x| (x.id, x.values))
    }

    #[test]
    fn holes_take_what_the_rule_says() {
        assert_eq!(
            values("InvalidParameter", "Parameter `LibraryId` format invalid."),
            Some(("detail-parameter-format-invalid", vec![("param", "LibraryId")]))
        );
        let rate = "Your current request times equals to `25` in a second, which exceeds the frequency limit `20` for a second. Please reduce the frequency of calls.";
        assert_eq!(
            values("RequestLimitExceeded", rate),
            Some(("detail-rate-limit-count", vec![("count", "25"), ("limit", "20")]))
        );
        // The last hole takes everything up to the final text.
        assert_eq!(
            values("InvalidParameter", "Parameter `a` b` format invalid.").map(|v| v.1),
            Some(vec![("param", "a` b")])
        );
        // The first hole stops at the first next text; the last takes the rest.
        let twice = rate.replace("`25`", "`25` in a second, which exceeds the frequency limit `9`");
        assert_eq!(
            values("RequestLimitExceeded", &twice).map(|v| v.1),
            Some(vec![("count", "25"), ("limit", "9` in a second, which exceeds the frequency limit `20")])
        );
        // ... and a hole past the bound is not looked for further.
        let far = rate.replace("`25`", &format!("`{}`", "2".repeat(MAX_HOLE_LEN + 1)));
        assert_eq!(values("RequestLimitExceeded", &far), None);
    }

    #[test]
    fn near_misses_and_wrong_codes_give_nothing() {
        for (code, m) in [
            ("InvalidParameter", "Parameter `` format invalid."),
            ("InvalidParameter", "Parameter `x` format invalid"),
            ("InvalidParameter", " Parameter `x` format invalid."),
            ("InvalidParameter", "Parameter `x` format invalid. "),
            ("InvalidParameter.Foo", "Parameter `x` format invalid."),
            ("MissingParameter", "Parameter `x` format invalid."),
            ("Nope", "Parameter `x` format invalid."),
        ] {
            assert_eq!(values(code, m), None, "{code} {m:?}");
        }
        let long = format!("Parameter `{}` format invalid.", "x".repeat(MAX_HOLE_LEN + 1));
        assert_eq!(values("InvalidParameter", &long), None);
        let fits = format!("Parameter `{}` format invalid.", "x".repeat(MAX_HOLE_LEN));
        assert!(values("InvalidParameter", &fits).is_some());
    }

    #[test]
    fn multibyte_text_is_cut_at_characters() {
        assert_eq!(
            values("InvalidParameter", "Parameter `参数é😀` format invalid.").map(|v| v.1),
            Some(vec![("param", "参数é😀")])
        );
        let rate = "Your current request times equals to `😀` in a second, which exceeds the frequency limit `é` for a second. Please reduce the frequency of calls.";
        assert_eq!(values("RequestLimitExceeded", rate).map(|v| v.1), Some(vec![("count", "😀"), ("limit", "é")]));
    }
}
