//! The registry of server-message patterns, `catalog/server-messages.toml`:
//! the `Message` texts the server sends, each with named holes for its
//! variable parts, whose localized text is the Fluent message of the same id
//! (`catalog/<locale>/details.ftl`). A pattern may have several texts (the
//! server says the same thing in English and in Chinese); each names where a
//! reader can check that the server sends it.
//!
//! The one reader of that file: the build, `smh-errors check` of a full
//! catalog and the runtime's generated table all come from
//! [`parse_server_messages`]. It refuses (each with `path:line:col`):
//!
//! * `pattern-syntax`: not TOML;
//! * `pattern-unknown-key`, `pattern-bad-entry`, `pattern-missing-field`:
//!   the shape of the file (`[patterns."detail-..."]` tables with `codes`,
//!   `server` and `sources`; a pattern without sources is refused here);
//! * `pattern-bad-id`: an id that is not `detail-` then lower-case words
//!   joined by `-`;
//! * `pattern-unknown-code`: a code the registry does not declare;
//! * `pattern-bad-source`: a source that is not an `https://` address;
//! * `pattern-bad-hole`: a brace that opens or closes no hole, a hole name
//!   that is not a lower-case identifier, a hole used twice, two holes with
//!   no text between them, no text at all, or texts of one pattern whose
//!   holes differ;
//! * `pattern-unquoted-hole`: a hole that does not stand between quotes
//!   ([`unquoted_hole`]): the server quotes every value it fills in, and the
//!   quotes belong to the pattern, so a hole never carries them into the
//!   detail;
//! * `pattern-too-long`: more than [`MAX_MESSAGE_LEN`] bytes of text, so it
//!   could never match;
//! * `pattern-overlap`: two texts of patterns of a same code (or of one
//!   pattern) that some message matches both (see [`overlap`]).
//!
//! Whether each pattern has an en-US message whose variables are exactly its
//! holes is checked with the locale (`missing-message`, `unknown-variable`,
//! `missing-hole`, in [`crate::check`]).

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::diag::Diagnostic;

/// The most bytes a hole's text may have: a longer one matches nothing.
pub const MAX_HOLE_LEN: usize = 128;

/// The longest server message that is matched against the patterns, in
/// bytes; a longer one gives no detail, unread.
pub const MAX_MESSAGE_LEN: usize = 2048;

/// The prefix of every pattern id (and Fluent id) of a detail message.
pub const DETAIL_ID_PREFIX: &str = "detail-";

/// One piece of a pattern's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Text the message must hold exactly.
    Text(String),
    /// A named hole: 1 to [`MAX_HOLE_LEN`] bytes of any text.
    Hole(String),
}

/// One text of a pattern: one wording, in one language, of the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerText {
    /// The text as written in the registry (`Parameter `{param}` format invalid.`).
    pub server: String,
    /// The text split into literal text and holes, in order; never two holes
    /// in a row, every hole between quotes ([`unquoted_hole`]).
    pub parts: Vec<Part>,
}

impl ServerText {
    /// The names of the holes, in this text's order.
    pub fn holes(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().filter_map(|p| match p {
            Part::Hole(h) => Some(h.as_str()),
            Part::Text(_) => None,
        })
    }
}

/// One pattern as the registry declares it: a message the server sends, in
/// each of the texts it is sent in (an English and a Chinese text, say), all
/// with the same holes, said by one Fluent message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerPattern {
    /// The id, also its Fluent message id (`detail-parameter-format-invalid`).
    pub id: String,
    /// The registry codes whose errors it is tried on.
    pub codes: Vec<String>,
    /// Its texts, in file order (at least one).
    pub texts: Vec<ServerText>,
    /// Where a reader can check that the server sends it: `https://`
    /// addresses, at least one.
    pub sources: Vec<String>,
}

impl ServerPattern {
    /// The names of the holes (every text has the same), in the first
    /// text's order.
    pub fn holes(&self) -> impl Iterator<Item = &str> {
        self.texts.first().into_iter().flat_map(ServerText::holes)
    }
}

/// The quotes a hole may stand between: the same character on both sides,
/// or an opening and its closing mark.
pub const HOLE_QUOTES: [(char, char); 7] =
    [('`', '`'), ('\'', '\''), ('"', '"'), ('“', '”'), ('‘', '’'), ('「', '」'), ('『', '』')];

/// The first hole of `parts` that does not stand between quotes (see
/// [`HOLE_QUOTES`]): the text before it must end with an opening quote and
/// the text after it start with the matching closing one, as the server
/// quotes every variable part (`Region`). So the quotes are text of the
/// pattern, matched literally, and a hole's value never includes them.
pub fn unquoted_hole(parts: &[Part]) -> Option<&str> {
    parts.iter().enumerate().find_map(|(i, p)| {
        let Part::Hole(name) = p else { return None };
        let before = match i.checked_sub(1).map(|j| &parts[j]) {
            Some(Part::Text(t)) => t.chars().next_back(),
            _ => None,
        };
        let after = match parts.get(i + 1) {
            Some(Part::Text(t)) => t.chars().next(),
            _ => None,
        };
        let quoted = HOLE_QUOTES.iter().any(|&(open, close)| before == Some(open) && after == Some(close));
        (!quoted).then_some(name.as_str())
    })
}

/// Whether `s` is a source address: `https://`, a host, and no space or
/// control character.
pub fn is_source(s: &str) -> bool {
    s.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && host.contains('.') && !s.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

/// Whether `id` is a pattern id: `detail-` then lower-case ASCII words of
/// letters and digits joined by single hyphens.
pub fn is_pattern_id(id: &str) -> bool {
    id.strip_prefix(DETAIL_ID_PREFIX).is_some_and(|rest| {
        !rest.is_empty()
            && rest.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
    })
}

/// Whether `name` is a hole name: a lower-case ASCII letter, then lower-case
/// letters, digits and `_` (also a Fluent variable name).
pub fn is_hole_name(name: &str) -> bool {
    let mut b = name.bytes();
    matches!(b.next(), Some(c) if c.is_ascii_lowercase())
        && b.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
}

/// Splits a pattern's text into [`Part`]s, or says what is wrong with it.
pub fn split_pattern(text: &str) -> Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    let mut seen = BTreeSet::new();
    let mut rest = text;
    while !rest.is_empty() {
        let brace = rest.find(['{', '}']).unwrap_or(rest.len());
        if brace > 0 {
            parts.push(Part::Text(rest[..brace].to_string()));
        }
        rest = &rest[brace..];
        if rest.is_empty() {
            break;
        }
        if rest.starts_with('}') {
            return Err("a `}` closes no hole; braces only write holes, such as `{param}`".into());
        }
        let Some(close) = rest.find('}') else {
            return Err("a `{` opens a hole that is never closed".into());
        };
        let name = &rest[1..close];
        if !is_hole_name(name) {
            return Err(format!(
                "`{{{name}}}` is not a hole: a hole's name is a lower-case letter, then lower-case letters, digits and `_`"
            ));
        }
        if !seen.insert(name.to_string()) {
            return Err(format!("the hole `{{{name}}}` is used twice; give each hole its own name"));
        }
        if let Some(Part::Hole(prev)) = parts.last() {
            return Err(format!(
                "the holes `{{{prev}}}` and `{{{name}}}` have no text between them, so no message says where one ends"
            ));
        }
        parts.push(Part::Hole(name.to_string()));
        rest = &rest[close + 1..];
    }
    if !parts.iter().any(|p| matches!(p, Part::Text(_))) {
        return Err("the pattern has no text of its own, only holes: it would match any message".into());
    }
    Ok(parts)
}

/// Reads and checks the pattern registry at `path` against the registry's
/// `codes`: see [`parse_server_messages`].
pub fn read_server_messages(path: &std::path::Path, codes: &[&str]) -> (Vec<ServerPattern>, Vec<Diagnostic>) {
    match crate::dir::read_text(path, "the pattern registry") {
        Ok(text) => parse_server_messages(&path.display().to_string(), &text, codes),
        Err(d) => (Vec::new(), vec![d]),
    }
}

/// Parses and checks a pattern registry against the registry's `codes`.
/// Returns the patterns that are well formed, in file order (so that their
/// messages are checked even when another pattern is wrong), and every
/// problem found, each with `path:line:col`: the registry is good only when
/// there is none.
pub fn parse_server_messages(path: &str, text: &str, codes: &[&str]) -> (Vec<ServerPattern>, Vec<Diagnostic>) {
    let table: toml::Table = match text.parse() {
        Ok(t) => t,
        Err(e) => {
            let at = e.span().map_or(0, |s| s.start);
            let msg = e.message().trim().to_string();
            let d = Diagnostic::error(path, text, at, "pattern-syntax", format!("this is not valid TOML: {msg}"));
            return (Vec::new(), vec![d]);
        }
    };
    let mut problems = Vec::new();
    for key in table.keys().filter(|k| k.as_str() != "patterns") {
        problems.push(Diagnostic::error(
            path,
            text,
            text.find(key.as_str()).unwrap_or(0),
            "pattern-unknown-key",
            format!("unknown top-level key `{key}`: the file holds only [patterns.\"detail-...\"] tables"),
        ));
    }
    let empty = toml::Table::new();
    let patterns = match table.get("patterns") {
        None => &empty,
        Some(toml::Value::Table(t)) => t,
        Some(_) => {
            problems.push(Diagnostic::error(
                path,
                text,
                text.find("patterns").unwrap_or(0),
                "pattern-bad-entry",
                "`patterns` must be tables: [patterns.\"detail-...\"]".into(),
            ));
            return (Vec::new(), problems);
        }
    };
    let mut entries: Vec<(usize, &String, &toml::Value)> =
        patterns.iter().map(|(k, v)| (find_entry(text, k), k, v)).collect();
    entries.sort_by_key(|e| e.0);
    let known: BTreeSet<&str> = codes.iter().copied().collect();
    let mut out: Vec<(Vec<usize>, ServerPattern)> = Vec::new();
    for (at, id, value) in entries {
        let field_at = |name: &str| find_field(text, at, name);
        let err = |at: usize, rule, msg: String| Diagnostic::error(path, text, at, rule, msg);
        if !is_pattern_id(id) {
            problems.push(err(
                at,
                "pattern-bad-id",
                format!("`{id}` is not a pattern id: write `detail-` then lower-case words joined by `-`, such as `detail-parameter-format-invalid`"),
            ));
            continue;
        }
        let Some(fields) = value.as_table() else {
            problems.push(err(at, "pattern-bad-entry", format!("`{id}` must be a table")));
            continue;
        };
        if let Some(k) = fields.keys().find(|k| !matches!(k.as_str(), "codes" | "server" | "sources")) {
            problems.push(err(
                field_at(k),
                "pattern-unknown-key",
                format!("`{id}`: unknown field `{k}` (codes, server, sources)"),
            ));
            continue;
        }
        let mut bad = false;
        // A non-empty string, or a non-empty list of them.
        let mut strings = |name: &str, what: &str, problems: &mut Vec<Diagnostic>| match fields.get(name) {
            Some(toml::Value::String(s)) if !s.is_empty() => Some(vec![s.clone()]),
            Some(toml::Value::Array(a))
                if !a.is_empty() && a.iter().all(|v| v.as_str().is_some_and(|s| !s.is_empty())) =>
            {
                Some(a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
            }
            Some(_) => {
                problems.push(err(
                    field_at(name),
                    "pattern-bad-entry",
                    format!("`{id}`: {name} must be {what}, or a non-empty list of them"),
                ));
                bad = true;
                None
            }
            None => {
                problems.push(err(at, "pattern-missing-field", format!("`{id}` has no {name}")));
                bad = true;
                None
            }
        };
        let servers = strings("server", "the server's text", &mut problems);
        let sources = strings("sources", "an address where a reader can check the text", &mut problems);
        let code_list: Vec<String> = match fields.get("codes") {
            Some(toml::Value::Array(a)) if !a.is_empty() && a.iter().all(toml::Value::is_str) => {
                a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect()
            }
            Some(_) => {
                problems.push(err(
                    field_at("codes"),
                    "pattern-bad-entry",
                    format!("`{id}`: codes must be a non-empty list of codes, such as [\"InvalidParameter\"]"),
                ));
                bad = true;
                Vec::new()
            }
            None => {
                problems.push(err(at, "pattern-missing-field", format!("`{id}` has no codes")));
                bad = true;
                Vec::new()
            }
        };
        for c in code_list.iter().filter(|c| !known.contains(c.as_str())) {
            problems.push(err(
                find_from(text, field_at("codes"), &format!("\"{c}\"")),
                "pattern-unknown-code",
                format!("`{id}` comes with the code `{c}`, which the registry (codes.toml) does not declare"),
            ));
            bad = true;
        }
        if let Some(sources) = &sources {
            for s in sources.iter().filter(|s| !is_source(s)) {
                problems.push(err(
                    find_from(text, field_at("sources"), s),
                    "pattern-bad-source",
                    format!(
                        "`{id}`: `{}` is not an address a reader can open: cite the issue or page that shows the text, as https://...",
                        crate::text::shown_witness(s.as_bytes())
                    ),
                ));
                bad = true;
            }
        }
        let (Some(servers), Some(sources)) = (servers, sources) else { continue };
        let server_at = field_at("server");
        let mut texts = Vec::new();
        for server in servers {
            let here = find_from(text, server_at, &server);
            let parts = match split_pattern(&server) {
                Ok(p) => p,
                Err(why) => {
                    problems.push(err(here, "pattern-bad-hole", format!("`{id}`: {why}")));
                    bad = true;
                    continue;
                }
            };
            if let Some(hole) = unquoted_hole(&parts) {
                problems.push(err(
                    here,
                    "pattern-unquoted-hole",
                    format!(
                        "`{id}`: the hole `{{{hole}}}` does not stand between quotes; the server quotes what it fills in (`Region`), so write the quotes around the hole, `{{{hole}}}` in backticks, and its value never shows them"
                    ),
                ));
                bad = true;
                continue;
            }
            let literal: usize = parts.iter().map(|p| if let Part::Text(t) = p { t.len() } else { 0 }).sum();
            if literal > MAX_MESSAGE_LEN {
                problems.push(err(
                    here,
                    "pattern-too-long",
                    format!(
                        "`{id}` has {literal} bytes of text; a message over {MAX_MESSAGE_LEN} bytes is never matched"
                    ),
                ));
                bad = true;
                continue;
            }
            texts.push((here, ServerText { server, parts }));
        }
        if let Some(((_, first), rest)) = texts.split_first() {
            let want: BTreeSet<&str> = first.holes().collect();
            for (here, t) in rest {
                let got: BTreeSet<&str> = t.holes().collect();
                if got != want {
                    let list = |s: &BTreeSet<&str>| {
                        if s.is_empty() {
                            "none".to_string()
                        } else {
                            s.iter().map(|h| format!("`{{{h}}}`")).collect::<Vec<_>>().join(", ")
                        }
                    };
                    problems.push(err(
                        *here,
                        "pattern-bad-hole",
                        format!(
                            "`{id}`: its texts must have the same holes, for one message says them all; the first has {}, this one {}",
                            list(&want),
                            list(&got)
                        ),
                    ));
                    bad = true;
                }
            }
        }
        if bad {
            continue;
        }
        let at_text: Vec<usize> = texts.iter().map(|(here, _)| *here).collect();
        let texts = texts.into_iter().map(|(_, t)| t).collect();
        out.push((at_text, ServerPattern { id: id.clone(), codes: code_list, texts, sources }));
    }
    // No two texts of patterns of a same code (or of one pattern) may both
    // match any message.
    let all: Vec<(usize, &ServerPattern, usize)> =
        out.iter().flat_map(|(ats, p)| ats.iter().enumerate().map(move |(n, &at)| (at, p, n))).collect();
    for (i, &(_, a, na)) in all.iter().enumerate() {
        for &(at, b, nb) in &all[i + 1..] {
            let shared = if a.id == b.id { a.codes.first() } else { a.codes.iter().find(|c| b.codes.contains(c)) };
            let Some(code) = shared else { continue };
            if let Some(witness) = overlap(&a.texts[na].parts, &b.texts[nb].parts) {
                let who = if a.id == b.id {
                    format!("two texts of `{}`", a.id)
                } else {
                    format!("`{}` and `{}` (both for `{code}`)", b.id, a.id)
                };
                problems.push(Diagnostic::error(
                    path,
                    text,
                    at,
                    "pattern-overlap",
                    format!(
                        "{who} can match the same message, such as \"{}\": make their texts differ outside the holes",
                        crate::text::shown_witness(&witness)
                    ),
                ));
            }
        }
    }
    (out.into_iter().map(|(_, p)| p).collect(), problems)
}

/// The offset of `[patterns."id"]` (or of `"id"`) in the file.
fn find_entry(text: &str, id: &str) -> usize {
    text.find(&format!("[patterns.\"{id}\"]"))
        .or_else(|| text.find(&format!("[patterns.{id}]")))
        .or_else(|| text.find(&format!("\"{id}\"")))
        .unwrap_or(0)
}

/// The offset of the field `name` of the entry at `entry` (its first
/// occurrence after the entry's header), or the header's.
fn find_field(text: &str, entry: usize, name: &str) -> usize {
    find_from(text, entry, &format!("{name} ="))
}

fn find_from(text: &str, from: usize, needle: &str) -> usize {
    text.get(from..).and_then(|t| t.find(needle)).map_or(from, |i| from + i)
}

/// One step of a pattern read as an automaton over bytes: a hole is one
/// byte of anything, then any number more.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Byte(u8),
    Any,
    Star,
}

fn steps(parts: &[Part]) -> Vec<Step> {
    let mut out = Vec::new();
    for p in parts {
        match p {
            Part::Text(t) => out.extend(t.bytes().map(Step::Byte)),
            Part::Hole(_) => out.extend([Step::Any, Step::Star]),
        }
    }
    out
}

/// The states reachable from `i` without reading: past any `Star`s.
fn closure(s: &[Step], mut i: usize, out: &mut Vec<usize>) {
    out.push(i);
    while i < s.len() && s[i] == Step::Star {
        i += 1;
        out.push(i);
    }
}

/// Some text that both patterns match, reading each hole as any non-empty
/// text of any length; `None` when there is none.
///
/// The rule of `pattern-overlap`, exact for that reading: a breadth-first
/// search of the product of the two patterns' automata (a state is a place
/// in each pattern; a step reads one byte both allow), so the answer is
/// found in time proportional to the product of their lengths. The
/// runtime's matcher accepts fewer texts (holes of at most
/// [`MAX_HOLE_LEN`] bytes, read without backtracking), so two patterns this
/// finds disjoint can never both match a message: the check is sound, and
/// conservative only about texts the matcher would refuse anyway.
pub fn overlap(a: &[Part], b: &[Part]) -> Option<Vec<u8>> {
    let (sa, sb) = (steps(a), steps(b));
    let (na, nb) = (sa.len() + 1, sb.len() + 1);
    // For each state pair, the pair it was reached from and the byte read.
    let mut from: Vec<Option<(usize, u8)>> = vec![None; na * nb];
    let mut queue = VecDeque::new();
    let (mut ca, mut cb) = (Vec::new(), Vec::new());
    closure(&sa, 0, &mut ca);
    closure(&sb, 0, &mut cb);
    const START: usize = usize::MAX;
    for &i in &ca {
        for &j in &cb {
            if from[i * nb + j].is_none() {
                from[i * nb + j] = Some((START, 0));
                queue.push_back((i, j));
            }
        }
    }
    while let Some((i, j)) = queue.pop_front() {
        if i == sa.len() && j == sb.len() {
            let mut witness = Vec::new();
            let mut at = i * nb + j;
            while let Some((prev, byte)) = from[at] {
                if prev == START {
                    break;
                }
                witness.push(byte);
                at = prev;
            }
            witness.reverse();
            return Some(witness);
        }
        if i == sa.len() || j == sb.len() {
            continue;
        }
        let byte = match (sa[i], sb[j]) {
            (Step::Byte(x), Step::Byte(y)) if x != y => continue,
            (Step::Byte(x), _) | (_, Step::Byte(x)) => x,
            _ => b'x',
        };
        let next = |s: &[Step], k: usize| if s[k] == Step::Star { k } else { k + 1 };
        ca.clear();
        cb.clear();
        closure(&sa, next(&sa, i), &mut ca);
        closure(&sb, next(&sb, j), &mut cb);
        for &ni in &ca {
            for &nj in &cb {
                let slot = &mut from[ni * nb + nj];
                if slot.is_none() {
                    *slot = Some((i * nb + j, byte));
                    queue.push_back((ni, nj));
                }
            }
        }
    }
    None
}

/// Each pattern's hole names, by id: what its messages' variables must be.
pub fn holes_by_id(patterns: &[ServerPattern]) -> BTreeMap<String, BTreeSet<String>> {
    patterns.iter().map(|p| (p.id.clone(), p.holes().map(str::to_string).collect())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(s: &str) -> Vec<Part> {
        split_pattern(s).unwrap()
    }

    #[test]
    fn holes_split_and_bad_ones_are_refused() {
        assert_eq!(
            parts("Parameter `{param}` format invalid."),
            [Part::Text("Parameter `".into()), Part::Hole("param".into()), Part::Text("` format invalid.".into())]
        );
        assert_eq!(parts("{a} x"), [Part::Hole("a".into()), Part::Text(" x".into())]);
        for bad in ["a {b", "a } b", "{a}{b} c", "x {A} y", "x {} y", "{a} x {a}", "{a}", "x {a b} y"] {
            assert!(split_pattern(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn overlap_is_found_exactly_for_holes_of_any_text() {
        let o = |a: &str, b: &str| overlap(&parts(a), &parts(b)).map(|w| String::from_utf8(w).unwrap());
        assert_eq!(o("Parameter `{p}` format invalid.", "Parameter `{p}` input repeated."), None);
        assert_eq!(o("Parameter `{p}` format invalid.", "The value type of parameter `{p}` is not valid."), None);
        assert_eq!(o("abc", "abc").as_deref(), Some("abc"));
        assert_eq!(o("abc", "abd"), None);
        // A hole takes at least one byte.
        assert_eq!(o("a{x}c", "ac"), None);
        assert_eq!(o("a{x}c", "abc").as_deref(), Some("abc"));
        let w = o("Parameter `{p}` is invalid.", "Parameter `{p}` is {what}.").unwrap();
        assert!(w.starts_with("Parameter `") && w.ends_with(" is invalid."), "{w}");
        // Texts between the holes that can meet: "ax-2-x-1-xb" matches both.
        assert!(o("a{x}-1-{y}b", "a{x}-2-{y}b").is_some());
        assert_eq!(o("a{x}zz", "ayy{x}").as_deref(), Some("ayyzz"));
        assert_eq!(o("ab", "a{x}c"), None);
    }

    #[test]
    fn a_hole_stands_between_quotes() {
        for ok in ["A `{p}`.", "`{p}` first", "a '{p}' and \"{q}\"", "参数「{p}」", "“{p}”", "no hole"] {
            assert_eq!(unquoted_hole(&parts(ok)), None, "{ok}");
        }
        for (bad, hole) in [
            ("A value specified in {param} is not valid", "param"),
            ("common parameter X-TC-{name}.", "name"),
            ("`{p}` then {q}.", "q"),
            ("{p}` opens nothing", "p"),
            ("`{p}' mismatched", "p"),
            ("ends `{p}", "p"),
            ("“{p}“ two openings", "p"),
        ] {
            assert_eq!(unquoted_hole(&parts(bad)), Some(hole), "{bad}");
        }
    }

    #[test]
    fn sources_are_https_addresses() {
        for ok in ["https://github.com/o/r/issues/49", "https://xz.aliyun.com/news/18944", "https://a.b"] {
            assert!(is_source(ok), "{ok}");
        }
        for bad in [
            "",
            "seen in the gateway",
            "http://a.b/x",
            "https://",
            "https:///x",
            "https://a.b/x y",
            "https://localhost/x",
            "ftp://a.b",
        ] {
            assert!(!is_source(bad), "{bad}");
        }
    }

    #[test]
    fn a_pattern_has_texts_with_the_same_holes_and_sources() {
        let codes = ["InvalidParameter"];
        let p = |body: &str| {
            parse_server_messages(
                "f.toml",
                &format!("[patterns.\"detail-a\"]\ncodes = [\"InvalidParameter\"]\n{body}"),
                &codes,
            )
        };
        let (ok, e) =
            p("server = [\"A `{p}`.\", \"参数 `{p}` 错误。\"]\nsources = [\"https://e.com/1\", \"https://e.com/2\"]\n");
        assert!(e.is_empty(), "{e:?}");
        assert_eq!((ok[0].texts.len(), ok[0].sources.len()), (2, 2));
        let rules = |body: &str| p(body).1.iter().map(|d| (d.rule, d.line)).collect::<Vec<_>>();
        assert_eq!(rules("server = \"A `{p}`.\"\n"), [("pattern-missing-field", 1)]);
        assert_eq!(rules("server = \"A `{p}`.\"\nsources = []\n"), [("pattern-bad-entry", 4)]);
        assert_eq!(rules("server = \"A `{p}`.\"\nsources = [\"the gateway\"]\n"), [("pattern-bad-source", 4)]);
        assert_eq!(rules("server = \"A {p}.\"\nsources = \"https://e.com\"\n"), [("pattern-unquoted-hole", 3)]);
        assert_eq!(
            rules("server = [\"A `{p}`.\",\n  \"B `{q}`.\"]\nsources = \"https://e.com\"\n"),
            [("pattern-bad-hole", 4)]
        );
        // Two texts of one pattern may not overlap either.
        assert_eq!(
            rules("server = [\"A `{p}`.\", \"A `{p}`{q}.\"]\nsources = \"https://e.com\"\n").first().map(|r| r.0),
            Some("pattern-unquoted-hole")
        );
        assert_eq!(
            rules("server = [\"A `{p}` b.\", \"A `{p}` b.\"]\nsources = \"https://e.com\"\n"),
            [("pattern-overlap", 3)]
        );
    }

    #[test]
    fn ids_and_hole_names() {
        assert!(is_pattern_id("detail-parameter-format-invalid"));
        assert!(is_pattern_id("detail-x2"));
        for bad in ["detail-", "detail--a", "detail-A", "param-x", "detail-a_b", "detail-a-"] {
            assert!(!is_pattern_id(bad), "{bad}");
        }
        assert!(is_hole_name("param_2"));
        assert!(!is_hole_name("2p") && !is_hole_name("") && !is_hole_name("P"));
    }

    #[test]
    fn the_registry_reader_reports_each_problem_with_its_place() {
        let codes = ["InvalidParameter"];
        let ok = "[patterns.\"detail-a\"]\ncodes = [\"InvalidParameter\"]\nserver = \"A `{p}`.\"\nsources = [\"https://example.com/a\"]\n";
        let (p, e) = parse_server_messages("f.toml", ok, &codes);
        assert!(e.is_empty(), "{e:?}");
        assert_eq!(p[0].holes().collect::<Vec<_>>(), ["p"]);
        let (p, e) = parse_server_messages("f.toml", "[patterns.\"detail-a\"\n", &codes);
        assert!(p.is_empty());
        assert_eq!((e[0].rule, e[0].line), ("pattern-syntax", 1));
        let (p, e) = parse_server_messages("f.toml", &ok.replace("InvalidParameter\"]", "Nope\"]"), &codes);
        assert!(p.is_empty());
        assert_eq!((e[0].rule, e[0].line, e[0].col), ("pattern-unknown-code", 2, 10));
        // Text no message within the bound could hold.
        let long = ok.replace("A `{p}`.", &"a".repeat(MAX_MESSAGE_LEN + 1));
        let (p, e) = parse_server_messages("f.toml", &long, &codes);
        assert!(p.is_empty());
        assert_eq!((e[0].rule, e[0].line), ("pattern-too-long", 3));
        // One bad pattern does not hide the good ones.
        let two = format!("{ok}\n[patterns.\"Bad\"]\ncodes = [\"InvalidParameter\"]\nserver = \"x\"\nsources = \"https://example.com/b\"\n");
        let (p, e) = parse_server_messages("f.toml", &two, &codes);
        assert_eq!((p.len(), e.len(), e[0].rule), (1, 1, "pattern-bad-id"));
    }
}
