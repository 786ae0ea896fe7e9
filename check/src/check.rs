//! The catalog validator: one implementation for `build.rs`, for overlays
//! loaded at run time, and for `smh-errors check`.
//!
//! [`check_locale`] runs its passes in order: each file on its own
//! (characters, nesting, syntax), each entry on its own (ids, values,
//! attributes), then each entry against the others and against the source
//! locale (references, variables, attributes, translation), and last the
//! locale as a whole (completeness).
//!
//! The rules, by id (E: error, W: warning; `catalog/README.md` explains them
//! to translators, and `tests/fixtures/check/` shows each):
//!
//! * files: `syntax-error` (E, one per broken entry), `too-deep` (E),
//!   `not-utf8` (E), `invisible-char` (E: C0/C1 controls but the line feed,
//!   zero-width and bidi format characters, Fluent's isolation marks, the
//!   byte order mark), `replacement-char` (E: U+FFFD), and apart from
//!   these passes, `layout` (W: a layout Weblate or Pontoon would rewrite;
//!   [`crate::layout_diagnostics`], with the `layout` feature: what
//!   `smh-errors check` reports, not what loading an overlay checks);
//! * completeness against the registry and en-US: `missing-message` (E),
//!   `missing-attribute` (E in a shipped locale, W in an overlay),
//!   `missing-term` (W), `unknown-message` (E: obsolete, no such code),
//!   `unknown-attribute` (E), `unused-term` (W: a term of the locale's own
//!   that nothing uses);
//! * variables and references: `unknown-variable` (E), `dropped-variable`
//!   (W), `unknown-reference` (E), `unknown-function` (E),
//!   `dropped-reference` and `added-reference` (W: term and message
//!   references that differ from en-US's);
//! * entries: `duplicate-id` (E), `duplicate-attribute` (E), `empty-value`
//!   (E), `no-value` (E), `unformattable` (E: Fluent would report an error
//!   formatting it, for some values of its variables: see [`crate::resolve`]),
//!   `too-long` (E: it can expand to more than [`crate::MAX_FORMATTED_LEN`]
//!   bytes);
//! * plain text: `markdown-link` (E), `backtick` (E);
//! * translation: `identical` (W: the same as en-US in a language other than
//!   English, unless the text is only names: terms, acronyms, codes),
//!   `changed-identifier` (W: a locale's identifier term, such as
//!   `-DryRun = DryRun`, spelled differently from en-US's; see
//!   [`crate::is_identifier_term`]);
//! * translators' context: `missing-comment` (W: a message of the source
//!   locale with no comment above it saying when it is shown and which names
//!   stay as they are);
//! * detail messages (the server-message patterns of
//!   [`crate::server_messages`]): `unknown-variable` (E: en-US uses a
//!   variable its pattern has no hole for), `missing-hole` (E: a message in
//!   any locale that does not show one of its pattern's holes, in every
//!   variant of its select expressions), `empty-value` (E: one that is
//!   blank for some variant).
//!
//! Directory-level rules (`unreadable`, `bad-locale-folder`, `empty-locale`,
//! `missing-source`, `no-locales`, `bad-locale`, `too-many-locales`,
//! `too-much-input`) and the
//! registry's (`registry-*`) are reported where the directory is read.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::diag::{offset_in, Diagnostic, Sink};
use crate::resolve::{check_formatting, Layers};
use crate::text::{
    is_blank, language, may_be_identical, normalized, scan_characters, scan_markup, syntax_error_offset, too_deep,
};
use crate::walk::{pattern_references, pattern_variable_slices, pattern_variables, Ref, RefKind};
use crate::{
    code_of_id, fluent_id, FUNCTIONS, MAX_FILE_LEN, MAX_NESTING, SOURCE_LOCALE, UNKNOWN_CODE_ID, UNKNOWN_ERROR_ID,
};

/// What one message looks like: the variables it uses and its attributes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shape {
    /// Variables (`$code`) used anywhere in the value or attributes.
    pub variables: BTreeSet<String>,
    /// Attribute names (`doc-url`).
    pub attributes: BTreeSet<String>,
    /// Term (`-smh`) and message references used anywhere in the message.
    pub references: BTreeSet<String>,
    /// The value in a normalized form (whitespace collapsed), to tell a
    /// translation identical to the source; `None` without a value.
    pub value: Option<String>,
}

/// What a locale defines: its messages with their shapes, and its terms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shapes {
    /// Message id to shape.
    pub messages: BTreeMap<String, Shape>,
    /// Term ids, without the leading `-`.
    pub terms: BTreeSet<String>,
    /// The identifier terms (see [`crate::is_identifier_term`]): id, without
    /// the leading `-`, to value.
    pub identifiers: BTreeMap<String, String>,
}

/// What a locale's files are checked against.
#[derive(Debug, Clone, Copy)]
pub struct Expect<'a> {
    /// The locale being checked (`ja-JP`): a translation identical to the
    /// source is worth a warning only in a language other than English.
    pub locale: &'a str,
    /// Every message id a catalog may hold: the codes' ids and the two
    /// unknown-code messages.
    pub ids: &'a BTreeSet<String>,
    /// The source locale's shapes; `None` while checking the source itself.
    pub source: Option<&'a Shapes>,
    /// Whether every id must be present (a shipped locale), or the locale may
    /// be partial (an overlay, which falls back along the locale chain).
    pub complete: bool,
    /// What the locale already has before these files (an overlay onto a
    /// shipped locale): references to these resolve.
    pub base: Option<&'a Shapes>,
    /// The files the locale already has, in load order (later ones
    /// override): what the formatting pass follows references into.
    pub layers: &'a [File<'a>],
    /// The detail messages' ids (the server-message patterns), each with its
    /// holes: the variables its message must use, exactly. Their ids belong
    /// in `ids` too.
    pub holes: &'a crate::Holes,
}

/// One file to check: its name for diagnostics, and its text.
#[derive(Debug, Clone, Copy)]
pub struct File<'a> {
    /// The path, as it should appear in diagnostics.
    pub path: &'a str,
    /// The file's contents.
    pub text: &'a str,
}

/// The ids every catalog may hold, from the registry's codes.
pub fn expected_ids<'a>(codes: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = codes.into_iter().map(fluent_id).collect();
    ids.insert(UNKNOWN_CODE_ID.to_string());
    ids.insert(UNKNOWN_ERROR_ID.to_string());
    ids
}

/// What the entries of a locale's files define, gathered by the per-entry
/// pass for the passes that follow.
#[derive(Default)]
struct Defs {
    shapes: Shapes,
    /// Where each id (`-term` or message) was first defined, for duplicates.
    seen: BTreeMap<String, (String, usize, usize)>,
    /// Where each term is defined (file index, offset, id), for unused terms.
    term_at: Vec<(usize, usize, String)>,
    /// Terms some message or term refers to.
    used_terms: BTreeSet<String>,
    /// Ids (`-term` or message) of entries with a syntax error: already
    /// reported, so never reported again as undefined.
    broken: BTreeSet<String>,
}

/// The id a broken entry (Junk) starts with, as `-term` or `message`.
fn junk_id(content: &str) -> Option<String> {
    let end = content
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .map_or(content.len(), |(i, _)| i);
    let id = &content[..end];
    (!id.is_empty() && id != "-").then(|| id.to_string())
}

/// Checks the files of one locale (all of them together: a locale may split
/// its messages over several files), over the files `expect.layers` names.
/// Returns what the locale defines and every problem found, sorted by place.
pub fn check_locale(files: &[File<'_>], expect: &Expect<'_>) -> (Shapes, Vec<Diagnostic>) {
    let mut layers = Layers::new();
    layers.add_files(expect.layers);
    check_layer(files, expect, &mut layers)
}

/// Checks the files of one layer of a locale, as [`check_locale`] does,
/// over `layers` (what the locale holds so far; `expect.layers` is not
/// read), and then adds them to `layers`: checking the layers of a locale
/// one after the other parses and analyses each file once.
pub fn check_layer<'t>(files: &[File<'t>], expect: &Expect<'_>, layers: &mut Layers<'t>) -> (Shapes, Vec<Diagnostic>) {
    let mut sinks: Vec<Sink<'_>> = files.iter().map(|f| Sink::new(f.path, f.text)).collect();
    let mut defs = Defs::default();
    let mut parsed = Vec::new();
    for (i, file) in files.iter().enumerate() {
        let Some(resource) = check_file(file, &mut sinks[i]) else { continue };
        for entry in &resource.body {
            if let ast::Entry::Junk { content } = entry {
                defs.broken.extend(junk_id(content));
            }
            check_entry(i, file, entry, expect, &mut defs, &mut sinks[i]);
        }
        parsed.push((i, resource));
    }
    for (i, resource) in &parsed {
        for entry in &resource.body {
            if let (ast::Entry::Message(m), None) = (entry, expect.source) {
                check_holes(files[*i].text, m, expect, &mut sinks[*i]);
            }
            if let ast::Entry::Message(m) = entry {
                check_detail_paths(files[*i].text, m, expect, &mut sinks[*i]);
            }
            check_references(files[*i].text, entry, expect, &mut defs, &mut sinks[*i]);
            if let (ast::Entry::Message(m), Some(source)) = (entry, expect.source) {
                if let Some(src) = source.messages.get(m.id.name) {
                    check_against_source(files[*i].text, m, src, expect, &defs, &mut sinks[*i]);
                }
            }
        }
    }
    // The formatting pass, over what the locale will hold: its earlier
    // layers, overridden by these files.
    let pushed: Vec<(usize, usize)> = parsed.into_iter().map(|(i, r)| (i, layers.push(r))).collect();
    for (i, ri) in pushed {
        check_formatting(files[i].text, layers, ri, &mut sinks[i]);
    }
    check_completeness(expect, &defs, &mut sinks);
    let mut diags: Vec<Diagnostic> = sinks.into_iter().flat_map(Sink::finish).collect();
    diags.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    (defs.shapes, diags)
}

/// A detail message of the source locale uses no variable but its
/// pattern's holes.
fn check_holes(text: &str, m: &ast::Message<&str>, expect: &Expect<'_>, sink: &mut Sink<'_>) {
    let id = m.id.name;
    let Some(holes) = expect.holes.get(id) else { return };
    let mut vars = Vec::new();
    for p in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
        pattern_variable_slices(p, &mut vars);
    }
    for v in vars.iter().filter(|v| !holes.contains(**v)) {
        sink.error(
            offset_in(text, v).unwrap_or(0).saturating_sub(1),
            "unknown-variable",
            format!("`{id}` uses the variable `${v}`, but its pattern in server-messages.toml has no hole `{{{v}}}`, so no program will ever pass it"),
        );
    }
}

/// A detail message, in any locale, shows every hole of its pattern and
/// some text of its own whichever variant its select expressions choose: a
/// detail is never empty, and never hides what the server said.
fn check_detail_paths(text: &str, m: &ast::Message<&str>, expect: &Expect<'_>, sink: &mut Sink<'_>) {
    let id = m.id.name;
    let (Some(holes), Some(value)) = (expect.holes.get(id), &m.value) else { return };
    let at = offset_in(text, id).unwrap_or(0);
    let (shown, blank) = paths(value);
    let mut used = BTreeSet::new();
    pattern_variables(value, &mut used);
    for h in holes.iter().filter(|h| !shown.contains(h.as_str())) {
        let message = if used.contains(h) {
            format!("`{id}` does not show `${h}` whichever variant is chosen: every variant must show the hole `{{{h}}}` of its pattern in server-messages.toml (as `{{ ${h} }}`, not only as a selector or a function's argument)")
        } else {
            format!("`{id}` does not show `${h}`, the hole `{{{h}}}` of its pattern in server-messages.toml")
        };
        sink.error(at, "missing-hole", message);
    }
    if blank && !is_blank(value) {
        sink.error(
            at,
            "empty-value",
            format!("`{id}` is blank for some variant: every variant of a detail message needs text of its own"),
        );
    }
}

/// The variables a pattern shows (as `{ $var }`) whichever variants its
/// select expressions choose, and whether some choice shows nothing but
/// whitespace (a variable's value, or a term's or message's text, may be
/// blank).
fn paths<'s>(p: &ast::Pattern<&'s str>) -> (BTreeSet<&'s str>, bool) {
    let mut shown = BTreeSet::new();
    let mut blank = true;
    for el in &p.elements {
        let (s, b) = match el {
            ast::PatternElement::TextElement { value } => (BTreeSet::new(), value.trim().is_empty()),
            ast::PatternElement::Placeable { expression } => expression_paths(expression),
        };
        shown.extend(s);
        blank &= b;
    }
    (shown, blank)
}

/// [`paths`] of one expression.
fn expression_paths<'s>(e: &ast::Expression<&'s str>) -> (BTreeSet<&'s str>, bool) {
    match e {
        ast::Expression::Select { variants, .. } => {
            let mut all = variants.iter().map(|v| paths(&v.value));
            let Some((mut shown, mut blank)) = all.next() else { return (BTreeSet::new(), true) };
            for (s, b) in all {
                shown.retain(|v| s.contains(v));
                blank |= b;
            }
            (shown, blank)
        }
        ast::Expression::Inline(i) => match i {
            ast::InlineExpression::VariableReference { id } => (BTreeSet::from([id.name]), true),
            ast::InlineExpression::StringLiteral { value } => {
                (BTreeSet::new(), fluent_syntax::unicode::unescape_unicode_to_string(value).trim().is_empty())
            }
            ast::InlineExpression::NumberLiteral { .. } | ast::InlineExpression::FunctionReference { .. } => {
                (BTreeSet::new(), false)
            }
            ast::InlineExpression::Placeable { expression } => expression_paths(expression),
            ast::InlineExpression::MessageReference { .. } | ast::InlineExpression::TermReference { .. } => {
                (BTreeSet::new(), true)
            }
        },
    }
}

/// The per-file pass: characters, nesting, syntax. Returns the parsed
/// resource (with the entries that parsed), or `None` when the file is not
/// read further.
fn check_file<'t>(file: &File<'t>, sink: &mut Sink<'_>) -> Option<ast::Resource<&'t str>> {
    if file.text.len() > MAX_FILE_LEN {
        sink.error(0, "too-large", format!("the file is larger than {MAX_FILE_LEN} bytes; it is not read"));
        return None;
    }
    scan_characters(file.text, sink);
    if let Some(at) = too_deep(file.text) {
        sink.error(
            at,
            "too-deep",
            format!("placeables nest deeper than {MAX_NESTING} levels here; the file is not read further"),
        );
        return None;
    }
    Some(match parser::parse(file.text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let entry = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                sink.error(
                    syntax_error_offset(file.text, e.pos.start, entry),
                    "syntax-error",
                    format!("syntax error: {}", e.kind),
                );
            }
            r
        }
    })
}

/// The per-entry pass: a duplicate id, empty values and attributes, markup,
/// an id no code has; records the entry's shape in `defs`.
fn check_entry(
    fi: usize,
    file: &File<'_>,
    entry: &ast::Entry<&str>,
    expect: &Expect<'_>,
    defs: &mut Defs,
    sink: &mut Sink<'_>,
) {
    let (id, is_term, value, attributes) = match entry {
        ast::Entry::Message(m) => (m.id.name, false, m.value.as_ref(), &m.attributes),
        ast::Entry::Term(t) => (t.id.name, true, Some(&t.value), &t.attributes),
        _ => return,
    };
    // A term's place is its `-`.
    let at = offset_in(file.text, id).unwrap_or(0).saturating_sub(usize::from(is_term));
    let key = if is_term { format!("-{id}") } else { id.to_string() };
    if let Some((p, l, c)) = defs.seen.get(&key) {
        sink.error(at, "duplicate-id", format!("`{key}` is defined twice; the first is at {p}:{l}:{c}"));
        return;
    }
    let (l, c) = sink.line_col(at);
    defs.seen.insert(key.clone(), (file.path.to_string(), l, c));
    if let Some(v) = value {
        scan_markup(file.text, &key, v, sink);
        if is_blank(v) {
            sink.error(
                at,
                "empty-value",
                format!("`{key}` is empty: write the message, or delete the line to fall back"),
            );
        }
    }
    let mut attr_names = BTreeSet::new();
    for a in attributes {
        scan_markup(file.text, &key, &a.value, sink);
        let a_at = offset_in(file.text, a.id.name).unwrap_or(at);
        if !attr_names.insert(a.id.name) {
            sink.error(
                a_at,
                "duplicate-attribute",
                format!("`{key}.{}` is defined twice in the same message", a.id.name),
            );
        }
        if is_blank(&a.value) {
            sink.error(a_at, "empty-value", format!("`{key}.{}` is empty", a.id.name));
        }
    }
    let ast::Entry::Message(m) = entry else {
        defs.shapes.terms.insert(id.to_string());
        defs.term_at.push((fi, at, id.to_string()));
        let text = value.and_then(plain_text);
        if let Some(t) = text.filter(|t| crate::is_identifier_term(id, t)) {
            defs.shapes.identifiers.insert(id.to_string(), t.to_string());
        }
        if let Some(want) = expect.source.and_then(|s| s.identifiers.get(id)) {
            if text != Some(want.as_str()) {
                sink.warn(
                    at,
                    "changed-identifier",
                    format!("`-{id}` is an identifier, a name of the API: keep its text `{want}` exactly as {SOURCE_LOCALE} has it"),
                );
            }
        }
        return;
    };
    if !expect.ids.contains(id) && id.starts_with(crate::server_messages::DETAIL_ID_PREFIX) {
        sink.error(
            at,
            "unknown-message",
            format!("`{id}` is not the id of any pattern in server-messages.toml; remove it or add the pattern"),
        );
    } else if !expect.ids.contains(id) {
        let code = code_of_id(id);
        sink.error(
            at,
            "unknown-message",
            format!("`{id}` is not the id of any code in the registry (no code `{code}`); remove it or add the code to catalog/codes.toml"),
        );
    }
    if m.value.is_none() {
        sink.error(at, "no-value", format!("`{id}` has attributes but no message text"));
    }
    let commented = m.comment.as_ref().is_some_and(|c| c.content.iter().any(|l| !l.trim().is_empty()));
    if expect.source.is_none() && !commented {
        sink.warn(
            at,
            "missing-comment",
            format!("`{id}` has no comment for translators: write one directly above it (`# ...`) saying when the message is shown and which names in it stay as they are"),
        );
    }
    defs.shapes.messages.insert(id.to_string(), shape_of(m));
}

/// The variables, attributes, references and normalized value of a message.
fn shape_of(m: &ast::Message<&str>) -> Shape {
    let mut shape = Shape::default();
    let mut refs = Vec::new();
    if let Some(v) = &m.value {
        pattern_variables(v, &mut shape.variables);
        pattern_references(v, &mut refs);
        shape.value = Some(normalized(v));
    }
    for a in &m.attributes {
        shape.attributes.insert(a.id.name.to_string());
        pattern_variables(&a.value, &mut shape.variables);
        pattern_references(&a.value, &mut refs);
    }
    shape.references = refs.iter().filter_map(Ref::key).collect();
    shape
}

/// The text of a pattern that is only text (a term's value such as `DryRun`),
/// trimmed; `None` when it has a placeable.
fn plain_text<'s>(p: &ast::Pattern<&'s str>) -> Option<&'s str> {
    match p.elements.as_slice() {
        [ast::PatternElement::TextElement { value }] => Some(value.trim()),
        _ => None,
    }
}

/// The text elements of a pattern, joined: what it says outside placeables.
fn text_of(p: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    for el in &p.elements {
        if let ast::PatternElement::TextElement { value } = el {
            out.push_str(value);
        }
    }
    out
}

/// The patterns of an entry: its value and its attributes' values.
fn patterns<'e, 's>(entry: &'e ast::Entry<&'s str>) -> Option<(&'s str, Vec<&'e ast::Pattern<&'s str>>)> {
    match entry {
        ast::Entry::Message(m) => {
            Some((m.id.name, m.value.iter().chain(m.attributes.iter().map(|a| &a.value)).collect()))
        }
        ast::Entry::Term(t) => {
            Some((t.id.name, std::iter::once(&t.value).chain(t.attributes.iter().map(|a| &a.value)).collect()))
        }
        _ => None,
    }
}

/// Whether the locale (with what it had before) defines the term `t`, or
/// tried to (a broken entry, already reported).
fn has_term(defs: &Defs, expect: &Expect<'_>, t: &str) -> bool {
    defs.shapes.terms.contains(t)
        || expect.base.is_some_and(|b| b.terms.contains(t))
        || defs.broken.contains(&format!("-{t}"))
}

/// Whether the locale (with what it had before) defines the message `m`, or
/// tried to (a broken entry, already reported).
fn has_message(defs: &Defs, expect: &Expect<'_>, m: &str) -> bool {
    defs.shapes.messages.contains_key(m)
        || expect.base.is_some_and(|b| b.messages.contains_key(m))
        || defs.broken.contains(m)
}

/// The place of a reference: a term's `-`, a message's name.
fn ref_offset(text: &str, r: &Ref<'_>) -> usize {
    offset_in(text, r.name).unwrap_or(0).saturating_sub(usize::from(r.kind == RefKind::Term))
}

/// The references pass: every term, message and function an entry uses
/// must exist.
fn check_references(text: &str, entry: &ast::Entry<&str>, expect: &Expect<'_>, defs: &mut Defs, sink: &mut Sink<'_>) {
    let Some((id, patterns)) = patterns(entry) else { return };
    let mut refs = Vec::new();
    for p in &patterns {
        pattern_references(p, &mut refs);
    }
    for r in &refs {
        if r.kind == RefKind::Term {
            defs.used_terms.insert(r.name.to_string());
        }
        let problem = match r.kind {
            RefKind::Term if !has_term(defs, expect, r.name) => Some((
                "unknown-reference",
                format!("`{id}` refers to the term `-{}`, which this locale does not define", r.name),
            )),
            RefKind::Message if !has_message(defs, expect, r.name) => Some((
                "unknown-reference",
                format!("`{id}` refers to the message `{}`, which this locale does not define", r.name),
            )),
            RefKind::Function if !FUNCTIONS.contains(&r.name) => Some((
                "unknown-function",
                format!("`{id}` calls the function `{}`; only {} can be used", r.name, FUNCTIONS.join(", ")),
            )),
            _ => None,
        };
        if let Some((rule, message)) = problem {
            sink.error(ref_offset(text, r), rule, message);
        }
    }
}

/// The pass against the source locale: a translation uses the source's
/// variables, references and attributes, and differs from it.
fn check_against_source(
    text: &str,
    m: &ast::Message<&str>,
    src: &Shape,
    expect: &Expect<'_>,
    defs: &Defs,
    sink: &mut Sink<'_>,
) {
    let id = m.id.name;
    let at = offset_in(text, id).unwrap_or(0);
    let patterns: Vec<&ast::Pattern<&str>> = m.value.iter().chain(m.attributes.iter().map(|a| &a.value)).collect();
    let mut vars = Vec::new();
    let mut refs = Vec::new();
    for p in &patterns {
        pattern_variable_slices(p, &mut vars);
        pattern_references(p, &mut refs);
    }
    for v in &vars {
        if !src.variables.contains(*v) {
            sink.error(
                // Point at the `$`.
                offset_in(text, v).unwrap_or(0).saturating_sub(1),
                "unknown-variable",
                format!("`{id}` uses the variable `${v}`, which the {SOURCE_LOCALE} message does not have, so no program will ever pass it"),
            );
        }
    }
    let used: BTreeSet<&str> = vars.iter().copied().collect();
    for v in src.variables.iter().filter(|v| !used.contains(v.as_str())) {
        // A detail's hole is what the user needs to read: never dropped
        // (check_detail_paths says so, as an error).
        if !expect.holes.get(id).is_some_and(|h| h.contains(v)) {
            sink.warn(
                at,
                "dropped-variable",
                format!("`{id}` does not use the variable `${v}` that the {SOURCE_LOCALE} message shows"),
            );
        }
    }
    // Term and message references: the source's names should stay.
    let here: BTreeSet<String> = refs.iter().filter_map(Ref::key).collect();
    let source_identifiers = expect.source.map(|s| &s.identifiers);
    for r in src.references.difference(&here) {
        if let Some(name) = r.strip_prefix('-').and_then(|t| source_identifiers?.get(t)) {
            // A text may describe a parameter in its own words instead of
            // naming it (the service's own zh-CN texts do); one that names it
            // must use the term.
            let written = m.value.as_ref().is_some_and(|v| text_of(v).contains(name.as_str()));
            if written {
                sink.warn(
                    at,
                    "dropped-reference",
                    format!("`{id}` writes the identifier `{name}` as plain text: write `{{ {r} }}` instead, so that it stays exact and translation tools show it as a name"),
                );
            }
            continue;
        }
        sink.warn(
            at,
            "dropped-reference",
            format!("`{id}` does not use `{{ {r} }}`, which the {SOURCE_LOCALE} message uses; if the text names that product, use the term so that it changes with it"),
        );
    }
    for r in &refs {
        let Some(key) = r.key() else { continue };
        // An unresolvable reference is already an error.
        let resolves = match r.kind {
            RefKind::Term => has_term(defs, expect, r.name),
            _ => has_message(defs, expect, r.name),
        };
        if resolves && !src.references.contains(&key) {
            sink.warn(
                ref_offset(text, r),
                "added-reference",
                format!("`{id}` uses `{{ {key} }}`, which the {SOURCE_LOCALE} message does not use"),
            );
        }
    }
    let attrs: BTreeSet<&str> = m.attributes.iter().map(|a| a.id.name).collect();
    for a in m.attributes.iter().filter(|a| !src.attributes.contains(a.id.name)) {
        sink.error(
            offset_in(text, a.id.name).unwrap_or(0),
            "unknown-attribute",
            format!("`{id}.{}` is not an attribute of the {SOURCE_LOCALE} message", a.id.name),
        );
    }
    for a in src.attributes.iter().filter(|a| !attrs.contains(a.as_str())) {
        // A shipped locale must have it; an overlay's message without it
        // answers with no link at all.
        let message = format!("`{id}` lacks the attribute `.{a}` that the {SOURCE_LOCALE} message has");
        if expect.complete {
            sink.error(at, "missing-attribute", message);
        } else {
            sink.warn(at, "missing-attribute", message);
        }
    }
    if language(expect.locale) != language(SOURCE_LOCALE) {
        if let (Some(v), Some(sv)) = (&m.value, &src.value) {
            if normalized(v) == *sv && !may_be_identical(v) {
                sink.warn(
                    at,
                    "identical",
                    format!("`{id}` is the same as in {SOURCE_LOCALE}: translate it, or delete it to fall back to {SOURCE_LOCALE}"),
                );
            }
        }
    }
}

/// The pass over the locale as a whole: unused terms, and in a shipped
/// (complete) locale every message and term of the source.
fn check_completeness(expect: &Expect<'_>, defs: &Defs, sinks: &mut [Sink<'_>]) {
    if !expect.complete {
        return;
    }
    if let Some(source) = expect.source {
        // A term of the locale's own that nothing uses (a term the source
        // also has may be kept unused, ready for messages to come).
        for (fi, at, t) in &defs.term_at {
            if !source.terms.contains(t) && !defs.used_terms.contains(t) {
                sinks[*fi].warn(
                    *at,
                    "unused-term",
                    format!("the term `-{t}` is not in {SOURCE_LOCALE} and no message here uses it"),
                );
            }
        }
    }
    let Some(first) = sinks.first_mut() else { return };
    if let Some(source) = expect.source {
        for t in source.terms.difference(&defs.shapes.terms) {
            first.warn(0, "missing-term", format!("no term `-{t}`, which {SOURCE_LOCALE} defines"));
        }
    }
    for id in expect.ids.iter().filter(|id| !defs.shapes.messages.contains_key(*id)) {
        first.error(
            0,
            "missing-message",
            if id == UNKNOWN_CODE_ID || id == UNKNOWN_ERROR_ID {
                format!("no message `{id}`; every locale needs it")
            } else if expect.holes.contains_key(id) {
                format!("no message `{id}` for the server-message pattern of that id in server-messages.toml")
            } else {
                format!("no message `{id}` for the code `{}`", code_of_id(id))
            },
        );
    }
}

/// How much of the registry one locale folder translates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    /// The locale (`ja-JP`).
    pub locale: String,
    /// Messages the registry expects (every code, and the two generic ones).
    pub total: usize,
    /// Expected messages the locale has.
    pub translated: usize,
    /// Expected messages the locale lacks (they fall back).
    pub missing: usize,
    /// Messages the locale has that no code needs.
    pub obsolete: usize,
    /// The ids of the missing messages, sorted.
    pub missing_ids: Vec<String>,
    /// The ids of the obsolete messages, sorted.
    pub obsolete_ids: Vec<String>,
}

impl Coverage {
    /// Translated messages as a percentage of the total (0 to 100).
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            self.translated as f64 * 100.0 / self.total as f64
        }
    }
}

/// Counts the messages of one locale's files against the expected ids.
/// Entries that do not parse count as absent.
pub fn coverage(locale: &str, files: &[File<'_>], ids: &BTreeSet<String>) -> Coverage {
    let mut have = BTreeSet::new();
    for f in files {
        if too_deep(f.text).is_some() {
            continue;
        }
        let res = parser::parse(f.text).unwrap_or_else(|(r, _)| r);
        for e in &res.body {
            if let ast::Entry::Message(m) = e {
                if m.value.is_some() {
                    have.insert(m.id.name.to_string());
                }
            }
        }
    }
    let translated = have.iter().filter(|id| ids.contains(*id)).count();
    Coverage {
        locale: locale.to_string(),
        total: ids.len(),
        translated,
        missing: ids.len() - translated,
        obsolete: have.len() - translated,
        missing_ids: ids.difference(&have).cloned().collect(),
        obsolete_ids: have.difference(ids).cloned().collect(),
    }
}
