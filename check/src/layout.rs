//! The `layout` rule: a file laid out as the translation platforms write
//! it, so that their commits change translations and nothing else.
//!
//! Weblate reads and writes Fluent through translate-toolkit's Fluent store;
//! Pontoon through `fluent.syntax`'s serializer. Both parse a file and write
//! it back from the syntax tree, so whatever the tree does not hold (blank
//! lines, indentation, spaces inside `{ }`) comes back in their one layout.
//! This module computes both layouts from the parsed file with the Rust port
//! of the same serializer (`fluent_syntax::serializer`), plus the few things
//! each tool does on top of it, and reports each place where the file
//! differs, with the fix:
//!
//! * both: one blank line before and after a standalone `#`, `##` or `###`
//!   comment (so two between two of them), none between messages and terms;
//!   attributes and multi-line text indented by four spaces; `{ $var }` with
//!   one space inside the braces; no trailing spaces; a line feed at the end;
//!   LF line ends;
//! * translate-toolkit also writes a text that starts with `[`, `*` or `.`
//!   as `{ "[" }`, drops a message comment that is a lone `#`, and writes a
//!   blank line inside a multi-line text without the indentation that
//!   `fluent.syntax` gives it (so such a blank line survives neither both).
//!
//! Where the Rust serializer differs from Python's `fluent.syntax`, this
//! module follows Python's: a comment line holding only spaces is kept
//! (Rust's writes a bare `#`). A multi-line text that starts with `[` or
//! `*` stays on the line of its `=` in Python (Rust's would move it to the
//! next line, where it cannot stand): here it gets translate-toolkit's
//! escape for both tools, so it is reported as both tools' rewrite (only
//! Weblate's, in truth), with the fix that satisfies both.
//! `tests/l10n/round_trip.py` runs both Python tools on every file of the
//! repository and on a set of hand-made layouts, and fails when this rule's
//! verdict differs from theirs.

use fluent_syntax::ast;
use fluent_syntax::serializer::serialize;

use crate::diag::{Diagnostic, Sink, MAX_DIAGNOSTICS_PER_FILE};

/// How far ahead (in lines, in the file and in the rewritten file) a
/// rewritten stretch is matched up again; past it, only the first
/// difference is reported.
const RESYNC_WINDOW: usize = 64;

/// The longest rewritten line quoted in a message, in characters.
const MAX_QUOTED: usize = 100;

/// The most rewritten lines quoted in one message.
const MAX_QUOTED_LINES: usize = 3;

/// Who would rewrite a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tool {
    Weblate,
    Pontoon,
}

/// One difference between the file and a tool's rewrite of it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Fix {
    /// Add this many blank lines before the line.
    AddBlank(usize),
    /// Remove this many blank lines, from the line on.
    RemoveBlank(usize),
    /// A blank line inside a multi-line text: the tools disagree on it.
    BlankInText,
    /// Spaces at the end of the line.
    TrailingSpaces,
    /// Replace this many lines, from the line on, with these.
    Rewrite(usize, Vec<String>),
    /// The file does not end in a line feed.
    FinalNewline,
    /// A lone `#` above a message: an empty comment, which
    /// translate-toolkit drops.
    EmptyComment,
}

/// The `layout` warnings of one Fluent file (`path` as diagnostics show
/// it): none for a file the other rules refuse to read (too large, nested
/// too deep, a syntax error), whose errors come first.
pub fn layout_diagnostics(path: &str, text: &str) -> Vec<Diagnostic> {
    if text.len() > crate::MAX_FILE_LEN || crate::text::too_deep(text).is_some() {
        return Vec::new();
    }
    let Ok(resource) = fluent_syntax::parser::parse(text) else { return Vec::new() };
    let mut sink = Sink::new(path, text);
    check_layout(text, &resource, &mut sink);
    sink.finish()
}

/// Reports, as `layout` warnings, every place where Weblate or Pontoon
/// would write `text` (parsed as `resource`, with no syntax error)
/// differently.
pub(crate) fn check_layout(text: &str, resource: &ast::Resource<&str>, sink: &mut Sink<'_>) {
    let crlf = text.find("\r\n");
    let normalized: std::borrow::Cow<'_, str> =
        if crlf.is_some() { text.replace("\r\n", "\n").into() } else { text.into() };
    let pontoon = serialize(&pontoon_tree(resource));
    let weblate = weblate_text(&serialize(&weblate_tree(resource)));
    let mut found: Vec<(usize, Fix, Vec<Tool>)> = Vec::new();
    for (tool, canonical) in [(Tool::Weblate, &weblate), (Tool::Pontoon, &pontoon)] {
        for (line, fix) in differences(&normalized, canonical) {
            match found.iter_mut().find(|(l, f, _)| *l == line && *f == fix) {
                Some((_, _, tools)) => tools.push(tool),
                None => found.push((line, fix, vec![tool])),
            }
        }
    }
    if let Some(at) = crlf {
        sink.warn(
            at,
            "layout",
            "this line ends in CR LF (and maybe others); Weblate and Pontoon write LF only: save the file with LF line ends".into(),
        );
    }
    found.sort_by_key(|(line, _, _)| *line);
    let starts: Vec<usize> = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    for (line, fix, tools) in found {
        let at = starts.get(line).copied().unwrap_or(text.len()).min(text.len());
        sink.warn(at, "layout", message(&fix, &tools));
    }
}

/// The sentence for one difference found by `tools`.
fn message(fix: &Fix, tools: &[Tool]) -> String {
    let who = match tools {
        [Tool::Weblate] => "Weblate (translate-toolkit)",
        [Tool::Pontoon] => "Pontoon (fluent.syntax)",
        _ => "Weblate and Pontoon",
    };
    match fix {
        Fix::AddBlank(n) => format!(
            "{who} would add {} before this line: add {} (a standalone `#`, `##` or `###` comment has one blank line before and after it, so two stand between two such comments)",
            count(*n, "a blank line", "blank lines"),
            if *n == 1 { "it" } else { "them" },
        ),
        Fix::RemoveBlank(n) => format!(
            "{who} would remove {}: remove {} (messages and terms follow one another with no blank line between them; only standalone `#`, `##` and `###` comments have blank lines around them)",
            count(*n, "this blank line", "these blank lines"),
            if *n == 1 { "it" } else { "them" },
        ),
        Fix::BlankInText => "a blank line inside a message's text: Pontoon writes it indented, Weblate without the indentation, so each rewrites what the other wrote; remove the blank line from the text".into(),
        Fix::TrailingSpaces => format!("{who} would remove the spaces at the end of this line: remove them"),
        Fix::FinalNewline => format!("{who} would end the file with a line feed: add one"),
        Fix::EmptyComment => format!(
            "{who} would drop this empty comment (a lone `#` above a message): write the comment, or remove the line"
        ),
        Fix::Rewrite(n, lines) if lines.is_empty() => {
            format!("{who} would remove {}: remove {}", count(*n, "this line", "these lines"), if *n == 1 { "it" } else { "them" })
        }
        Fix::Rewrite(n, lines) => {
            let mut shown: Vec<String> = lines.iter().take(MAX_QUOTED_LINES).map(|l| quoted(l)).collect();
            if lines.len() > MAX_QUOTED_LINES {
                shown.push("...".into());
            }
            let what = if *n == 1 { "this line".to_string() } else { format!("these {n} lines") };
            let as_ = if lines.len() == 1 { String::new() } else { format!("the {} lines ", lines.len()) };
            format!("{who} would write {what} as {as_}{}: write it so", shown.join(" / "))
        }
    }
}

/// `one` for 1, else `n many`.
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        one.to_string()
    } else {
        format!("{n} {many}")
    }
}

/// A rewritten line in backticks, cut at [`MAX_QUOTED`] characters.
fn quoted(line: &str) -> String {
    let mut s: String = line.chars().take(MAX_QUOTED).collect();
    if s.len() < line.len() {
        s.push('…');
    }
    format!("`{s}`")
}

/// The tree as Python's `fluent.syntax` serializes it, made so for the Rust
/// serializer: a multi-line pattern whose text starts with `[` or `*`
/// (which Python keeps on the line of its `=`, and Rust would move to a
/// line where it cannot stand) gets the escape translate-toolkit writes.
fn pontoon_tree<'s>(resource: &ast::Resource<&'s str>) -> ast::Resource<&'s str> {
    let mut r = resource.clone();
    for_each_pattern(&mut r, &mut |p| {
        if is_multiline(p) {
            escape_leading(p, &['[', '*']);
        }
    });
    r
}

/// The tree as translate-toolkit writes it: a message or term comment that
/// is a lone `#` dropped, and every pattern's leading `[`, `*` or `.` written
/// as a string literal.
fn weblate_tree<'s>(resource: &ast::Resource<&'s str>) -> ast::Resource<&'s str> {
    let mut r = resource.clone();
    for entry in &mut r.body {
        let comment = match entry {
            ast::Entry::Message(m) => &mut m.comment,
            ast::Entry::Term(t) => &mut t.comment,
            _ => continue,
        };
        if comment.as_ref().is_some_and(|c| c.content.len() == 1 && c.content[0].is_empty()) {
            *comment = None;
        }
    }
    for_each_pattern(&mut r, &mut |p| escape_leading(p, &['[', '*', '.']));
    r
}

/// translate-toolkit's last step: each line of only spaces (a blank line in
/// a multi-line text, indented by the serializer) loses its spaces, as
/// Python's `re.sub(r"\n +\n", "\n\n", ...)` does: matches do not overlap,
/// so of two such lines in a row only the first is emptied.
fn weblate_text(serialized: &str) -> String {
    let b = serialized.as_bytes();
    let mut out = String::with_capacity(serialized.len());
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\n' {
            let mut j = i + 1;
            while j < b.len() && b[j] == b' ' {
                j += 1;
            }
            if j > i + 1 && j < b.len() && b[j] == b'\n' {
                out.push_str(&serialized[copied..i]);
                out.push_str("\n\n");
                copied = j + 1;
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out.push_str(&serialized[copied..]);
    out
}

/// Whether the serializer writes `p` on lines of its own.
fn is_multiline(p: &ast::Pattern<&str>) -> bool {
    p.elements.iter().any(|e| match e {
        ast::PatternElement::TextElement { value } => value.contains('\n'),
        ast::PatternElement::Placeable { expression } => is_select(expression),
    })
}

fn is_select(e: &ast::Expression<&str>) -> bool {
    match e {
        ast::Expression::Select { .. } => true,
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => is_select(expression),
        ast::Expression::Inline(_) => false,
    }
}

/// When the first element of `p` is text starting with one of `chars`,
/// writes that character as a string literal (`{ "[" }`).
fn escape_leading(p: &mut ast::Pattern<&str>, chars: &[char]) {
    let Some(ast::PatternElement::TextElement { value }) = p.elements.first() else { return };
    let Some(c) = value.chars().next().filter(|c| chars.contains(c)) else { return };
    let (lead, rest) = value.split_at(c.len_utf8());
    p.elements[0] = ast::PatternElement::TextElement { value: rest };
    p.elements.insert(
        0,
        ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value: lead }),
        },
    );
}

/// Calls `f` on every pattern of the resource: values, attributes, and the
/// variants of select expressions, however deep.
fn for_each_pattern<'s>(r: &mut ast::Resource<&'s str>, f: &mut dyn FnMut(&mut ast::Pattern<&'s str>)) {
    for entry in &mut r.body {
        let (value, attributes) = match entry {
            ast::Entry::Message(m) => (m.value.as_mut(), &mut m.attributes),
            ast::Entry::Term(t) => (Some(&mut t.value), &mut t.attributes),
            _ => continue,
        };
        if let Some(v) = value {
            visit_pattern(v, f);
        }
        for a in attributes {
            visit_pattern(&mut a.value, f);
        }
    }
}

fn visit_pattern<'s>(p: &mut ast::Pattern<&'s str>, f: &mut dyn FnMut(&mut ast::Pattern<&'s str>)) {
    f(p);
    for e in &mut p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            visit_expression(expression, f);
        }
    }
}

fn visit_expression<'s>(e: &mut ast::Expression<&'s str>, f: &mut dyn FnMut(&mut ast::Pattern<&'s str>)) {
    match e {
        ast::Expression::Select { variants, .. } => {
            for v in variants {
                visit_pattern(&mut v.value, f);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => visit_expression(expression, f),
        ast::Expression::Inline(_) => {}
    }
}

/// The lines of a text without its final line feed, and whether it had one.
fn lines_of(text: &str) -> (Vec<Line<'_>>, bool) {
    if text.is_empty() {
        return (Vec::new(), true);
    }
    let (body, final_newline) = match text.strip_suffix('\n') {
        Some(b) => (b, true),
        None => (text, false),
    };
    (body.split('\n').map(Line::new).collect(), final_newline)
}

/// A line with what the comparisons need, computed once: so that matching
/// up a rewritten stretch costs a constant per pair of lines, however long
/// the lines are.
#[derive(Debug, Clone, Copy)]
struct Line<'t> {
    text: &'t str,
    /// A hash of the line, and of the line without spaces at its end.
    hash: u64,
    trimmed_hash: u64,
    /// Only spaces (or nothing).
    spaces: bool,
    /// `#`, `##` or `###` followed by a space and only spaces: the comment
    /// prefix, which the Rust serializer writes alone.
    blank_comment: Option<&'t str>,
}

impl<'t> Line<'t> {
    fn new(text: &'t str) -> Line<'t> {
        let hash = |s: &str| {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            s.hash(&mut h);
            h.finish()
        };
        let hashes = text.trim_start_matches('#');
        let prefix = &text[..text.len() - hashes.len()];
        let blank_comment = (matches!(prefix, "#" | "##" | "###")
            && hashes.len() > 1
            && hashes.starts_with(' ')
            && hashes.bytes().all(|b| b == b' '))
        .then_some(prefix);
        Line {
            text,
            hash: hash(text),
            trimmed_hash: hash(text.trim_end_matches(' ')),
            spaces: text.bytes().all(|b| b == b' '),
            blank_comment,
        }
    }

    fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

/// Whether a line of the file reads as the tool's line. Python's
/// serializer keeps a comment line of only spaces (`#   `), which the Rust
/// one writes as a bare `#`.
fn same(file: &Line<'_>, tool: &Line<'_>) -> bool {
    (file.hash == tool.hash && file.text.len() == tool.text.len()) || file.blank_comment == Some(tool.text)
}

/// Whether two lines differ at most in what [`differences`] names line by
/// line: spaces at the end, or the spaces of a blank line.
fn alike(file: &Line<'_>, tool: &Line<'_>) -> bool {
    same(file, tool) || file.trimmed_hash == tool.hash || (file.spaces && tool.spaces)
}

/// The differences between the file and the tool's text: (0-based line of
/// the file, fix), in order; at most [`MAX_DIAGNOSTICS_PER_FILE`] of them.
fn differences(file: &str, tool: &str) -> Vec<(usize, Fix)> {
    let (s, s_final) = lines_of(file);
    let (c, _) = lines_of(tool);
    let owned = |lines: &[Line<'_>]| lines.iter().map(|l| l.text.to_string()).collect::<Vec<_>>();
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < s.len() && j < c.len() {
        if out.len() >= MAX_DIAGNOSTICS_PER_FILE {
            return out;
        }
        if same(&s[i], &c[j]) {
            i += 1;
            j += 1;
            continue;
        }
        if s[i].is_empty() && !c[j].spaces {
            let n = s[i..].iter().take_while(|l| l.is_empty()).count();
            out.push((i, Fix::RemoveBlank(n)));
            i += n;
        } else if c[j].is_empty() && !s[i].spaces {
            let n = c[j..].iter().take_while(|l| l.is_empty()).count();
            out.push((i, Fix::AddBlank(n)));
            j += n;
        } else if s[i].spaces && c[j].spaces {
            out.push((i, Fix::BlankInText));
            i += 1;
            j += 1;
        } else if s[i].trimmed_hash == c[j].hash {
            out.push((i, Fix::TrailingSpaces));
            i += 1;
            j += 1;
        } else if s[i].text == "#" && s.get(i + 1).is_some_and(|next| same(next, &c[j])) {
            out.push((i, Fix::EmptyComment));
            i += 1;
        } else {
            match resync(&s, &c, i, j) {
                Some((di, dj)) => {
                    out.push((i, Fix::Rewrite(di, owned(&c[j..j + dj]))));
                    i += di;
                    j += dj;
                }
                None => {
                    // No common line ahead: the first difference only.
                    out.push((i, Fix::Rewrite(1, owned(&c[j..=j]))));
                    return out;
                }
            }
        }
    }
    if i < s.len() {
        let n = s.len() - i;
        let fix = if s[i..].iter().all(Line::is_empty) { Fix::RemoveBlank(n) } else { Fix::Rewrite(n, Vec::new()) };
        out.push((i, fix));
    } else if j < c.len() {
        let fix = if c[j..].iter().all(Line::is_empty) {
            Fix::AddBlank(c.len() - j)
        } else {
            Fix::Rewrite(0, owned(&c[j..]))
        };
        out.push((i, fix));
    } else if !s_final {
        out.push((s.len().saturating_sub(1), Fix::FinalNewline));
    }
    out
}

/// The smallest stretch (`di` lines of the file, `dj` of the tool's text,
/// both at least one, each at most [`RESYNC_WINDOW`]) after which the two
/// agree again: both end, or the next lines are the same but for what the
/// walk names on its own (spaces at the end, a blank line).
fn resync(s: &[Line<'_>], c: &[Line<'_>], i: usize, j: usize) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for di in 1..=RESYNC_WINDOW.min(s.len() - i) {
        for dj in 1..=RESYNC_WINDOW.min(c.len() - j) {
            let (a, b) = (i + di, j + dj);
            let agree = (a == s.len() && b == c.len()) || (a < s.len() && b < c.len() && alike(&s[a], &c[b]));
            let better = best.is_none_or(|(x, y)| (di + dj, di.max(dj)) < (x + y, x.max(y)));
            if agree && better {
                best = Some((di, dj));
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixes(text: &str) -> Vec<(usize, String)> {
        let r = fluent_syntax::parser::parse(text).expect("parses");
        let mut sink = Sink::new("t.ftl", text);
        check_layout(text, &r, &mut sink);
        sink.finish().into_iter().map(|d| (d.line, d.message)).collect()
    }

    #[test]
    fn the_canonical_layout_passes() {
        for text in [
            "",
            "a = x\n",
            "### R\n\n\n## G\n\n# c\na = x\n    .doc-url = u\nb = { $n }\n",
            "a =\n    x\n    y\n",
            "#   \na = x\n",
        ] {
            assert_eq!(fixes(text), [], "{text:?}");
        }
    }

    #[test]
    fn each_difference_is_named_with_its_fix() {
        let f = fixes("### R\n\n## G\n\na = x\n\nb = {$x}   \nc = y");
        assert_eq!(f.len(), 4, "{f:?}");
        assert!(
            f[0].0 == 3 && f[0].1.starts_with("Weblate and Pontoon would add a blank line before this line"),
            "{f:?}"
        );
        assert!(f[1].0 == 6 && f[1].1.starts_with("Weblate and Pontoon would remove this blank line"), "{f:?}");
        assert_eq!(f[2], (7, "Weblate and Pontoon would write this line as `b = { $x }`: write it so".into()));
        assert!(f[3].0 == 8 && f[3].1.contains("end the file with a line feed"), "{f:?}");
    }

    #[test]
    fn a_leading_bracket_is_weblates_alone() {
        let f = fixes("a = [x]\n");
        assert_eq!(
            f,
            [(1, "Weblate (translate-toolkit) would write this line as `a = { \"[\" }x]`: write it so".into())]
        );
    }

    #[test]
    fn a_multiline_text_starting_with_a_star_gets_the_escape() {
        let f = fixes("a = *x\n    y\n");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].1.contains("`    { \"*\" }x`"), "{f:?}");
    }

    #[test]
    fn an_empty_comment_is_weblates_to_drop() {
        assert_eq!(
            fixes("#\na = x\n"),
            [(1, "Weblate (translate-toolkit) would drop this empty comment (a lone `#` above a message): write the comment, or remove the line".into())]
        );
    }

    #[test]
    fn a_blank_line_inside_a_text_is_named_as_such() {
        let f = fixes("a =\n    x\n\n    y\n");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].0 == 3 && f[0].1.starts_with("a blank line inside a message's text"), "{f:?}");
    }

    #[test]
    fn crlf_is_one_warning() {
        let f = fixes("a = x\r\nb = y\r\n");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].1.contains("CR LF"), "{f:?}");
    }

    #[test]
    fn a_rewrite_of_several_lines_quotes_them() {
        let f = fixes("a = x\n    y\nb = z\n");
        assert_eq!(
            f,
            [(1, "Weblate and Pontoon would write this line as the 2 lines `a =` / `    x`: write it so".into())]
        );
    }

    #[test]
    fn a_file_rewritten_everywhere_reports_a_bounded_number() {
        // Every line rewritten, and every other line a blank to remove: the
        // walk stops at the cap of diagnostics per file.
        let text = "m{$x}-{ $y } = {$x}\n\n".replace("m{$x}-{ $y }", "m").repeat(20_000);
        let f = fixes(&text);
        assert!(f.len() <= MAX_DIAGNOSTICS_PER_FILE + 1, "{}", f.len());
        assert!(f.iter().any(|(_, m)| m.contains("`m = { $x }`")), "{f:?}");
    }

    #[test]
    fn weblates_blank_line_rule_does_not_overlap() {
        assert_eq!(weblate_text("a\n  \n  \nb\n"), "a\n\n  \nb\n");
        assert_eq!(weblate_text("a\n    \nb\n    \n"), "a\n\nb\n\n");
    }
}
