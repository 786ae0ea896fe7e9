//! The catalog validator: one implementation for `build.rs`, for overlays
//! loaded at run time, and for `smh-errors check`.
//!
//! Compiled into the library and into `build.rs` (through `#[path]`); it may
//! use only `std`, `fluent_syntax`, the diagnostics module and the registry
//! module.
//!
//! The rules, by id (E: error, W: warning; `catalog/README.md` explains them
//! to translators, and `tests/fixtures/check/` shows each):
//!
//! * files: `syntax-error` (E, one per broken entry), `too-deep` (E),
//!   `not-utf8` (E), `invisible-char` (E: C0/C1 controls but the line feed,
//!   zero-width and bidi format characters, Fluent's isolation marks, the
//!   byte order mark), `replacement-char` (E: U+FFFD);
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
//!   (E), `no-value` (E);
//! * plain text: `markdown-link` (E), `backtick` (E);
//! * translation: `identical` (W: the same as en-US in a language other than
//!   English, unless the text is only names: terms, acronyms, codes).
//!
//! Directory-level rules (`unreadable`, `bad-locale-folder`, `empty-locale`,
//! `missing-source`, `no-locales`, `bad-locale`, `too-many-locales`) and the
//! registry's (`registry-*`) are reported where the directory is read.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::diag::{offset_in, Diagnostic, Severity};

/// The Fluent id of the message for a code this catalog does not know; it
/// receives the code as `$code`.
pub const UNKNOWN_CODE_ID: &str = "unknown-code";
/// The Fluent id of the message used when the code is empty or not fit to show.
pub const UNKNOWN_ERROR_ID: &str = "unknown-error";
/// How deep `{` placeables may nest in a message. Real messages nest two or
/// three deep; the Fluent parser recurses once per level, so a hostile file
/// must not be parsed at all.
pub const MAX_NESTING: usize = 32;

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

/// The Fluent functions messages may call (fluent-bundle's builtins).
pub const FUNCTIONS: [&str; 1] = ["NUMBER"];
/// The locale every other locale is checked against, and falls back to.
pub const SOURCE_LOCALE: &str = "en-US";

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
    let mut ids: BTreeSet<String> = codes.into_iter().map(|c| c.replace('.', "-")).collect();
    ids.insert(UNKNOWN_CODE_ID.to_string());
    ids.insert(UNKNOWN_ERROR_ID.to_string());
    ids
}

/// The name of a character that must not appear in a catalog file, if `c`
/// is one: C0 and C1 controls (except the line feed, and a carriage return
/// before one), zero-width and other invisible format characters, bidi
/// embeddings, overrides and isolates (Fluent's own U+2068/U+2069 among
/// them), line and paragraph separators, and the byte order mark.
pub fn invisible_char_name(c: char) -> Option<&'static str> {
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
        _ => return None,
    })
}

/// Every invisible or control character of `text` (see
/// [`invisible_char_name`]) and every U+FFFD, one diagnostic each.
fn scan_characters(file: &File<'_>, diags: &mut Vec<Diagnostic>) {
    let mut chars = file.text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\n' || (c == '\r' && chars.peek().is_some_and(|(_, n)| *n == '\n')) {
            continue;
        }
        if c == '\u{fffd}' {
            diags.push(Diagnostic::error(
                file.path,
                file.text,
                at,
                "replacement-char",
                "U+FFFD REPLACEMENT CHARACTER: text was decoded with the wrong encoding somewhere; retype it".into(),
            ));
        } else if let Some(name) = invisible_char_name(c) {
            diags.push(Diagnostic::error(
                file.path,
                file.text,
                at,
                "invisible-char",
                format!("invisible character U+{:04X} {name}: delete it (messages are plain text)", c as u32),
            ));
        }
    }
}

/// Where to point at a syntax error found at byte `pos` of an entry that
/// starts at `entry`: when the parser only noticed at the start of the next
/// line (an unclosed `{`), at the end of the line where the entry broke off.
fn syntax_error_offset(text: &str, pos: usize, entry: usize) -> usize {
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
fn scan_markup(file: &File<'_>, id: &str, p: &ast::Pattern<&str>, diags: &mut Vec<Diagnostic>) {
    for el in &p.elements {
        let ast::PatternElement::TextElement { value } = el else { continue };
        let base = offset_in(file.text, value).unwrap_or(0);
        if let Some(i) = markdown_link(value) {
            diags.push(Diagnostic::error(
                file.path,
                file.text,
                base + i,
                "markdown-link",
                format!("`{id}` has a Markdown link `[text](url)`: keep the text only, and put the URL in `.doc-url`"),
            ));
        }
        if let Some(i) = value.find('`') {
            diags.push(Diagnostic::error(
                file.path,
                file.text,
                base + i,
                "backtick",
                format!("`{id}` has a backtick: messages are plain text, so write the name without quotes"),
            ));
        }
    }
}

/// The byte offset of the first `[text](target)` in `s`.
fn markdown_link(s: &str) -> Option<usize> {
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
fn is_blank(p: &ast::Pattern<&str>) -> bool {
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
fn normalized(p: &ast::Pattern<&str>) -> String {
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
fn may_be_identical(p: &ast::Pattern<&str>) -> bool {
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
fn language(locale: &str) -> &str {
    locale.split(['-', '_']).next().unwrap_or(locale)
}

/// Checks the files of one locale (all of them together: a locale may split
/// its messages over several files). Returns what the locale defines and every
/// problem found, sorted by place.
pub fn check_locale(files: &[File<'_>], expect: &Expect<'_>) -> (Shapes, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut shapes = Shapes::default();
    let mut parsed = Vec::new();
    // Where each id was first defined, for duplicate reports.
    let mut seen: BTreeMap<String, (String, usize, usize)> = BTreeMap::new();
    // Where each term is defined, for unused-term reports.
    let mut term_at: Vec<(File<'_>, usize, String)> = Vec::new();

    for file in files {
        scan_characters(file, &mut diags);
        if let Some(at) = too_deep(file.text) {
            diags.push(Diagnostic::error(
                file.path,
                file.text,
                at,
                "too-deep",
                format!("placeables nest deeper than {MAX_NESTING} levels here; the file is not read further"),
            ));
            continue;
        }
        let resource = match parser::parse(file.text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    diags.push(Diagnostic::error(
                        file.path,
                        file.text,
                        syntax_error_offset(file.text, e.pos.start, e.slice.as_ref().map_or(e.pos.start, |s| s.start)),
                        "syntax-error",
                        format!("syntax error: {}", e.kind),
                    ));
                }
                r
            }
        };
        for entry in &resource.body {
            let (id, is_term) = match entry {
                ast::Entry::Message(m) => (m.id.name, false),
                ast::Entry::Term(t) => (t.id.name, true),
                _ => continue,
            };
            // A term's place is its `-`.
            let at = offset_in(file.text, id).unwrap_or(0).saturating_sub(usize::from(is_term));
            let key = if is_term { format!("-{id}") } else { id.to_string() };
            if let Some((p, l, c)) = seen.get(&key) {
                diags.push(Diagnostic::error(
                    file.path,
                    file.text,
                    at,
                    "duplicate-id",
                    format!("`{key}` is defined twice; the first is at {p}:{l}:{c}"),
                ));
                continue;
            }
            let (l, c) = crate::diag::line_col(file.text, at);
            seen.insert(key.clone(), (file.path.to_string(), l, c));
            let (value, attributes) = match entry {
                ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
                _ => continue,
            };
            if let Some(v) = value {
                scan_markup(file, &key, v, &mut diags);
                if is_blank(v) {
                    diags.push(Diagnostic::error(
                        file.path,
                        file.text,
                        at,
                        "empty-value",
                        format!("`{key}` is empty: write the message, or delete the line to fall back"),
                    ));
                }
            }
            let mut attr_names = BTreeSet::new();
            for a in attributes {
                scan_markup(file, &key, &a.value, &mut diags);
                let a_at = offset_in(file.text, a.id.name).unwrap_or(at);
                if !attr_names.insert(a.id.name) {
                    diags.push(Diagnostic::error(
                        file.path,
                        file.text,
                        a_at,
                        "duplicate-attribute",
                        format!("`{key}.{}` is defined twice in the same message", a.id.name),
                    ));
                }
                if is_blank(&a.value) {
                    diags.push(Diagnostic::error(
                        file.path,
                        file.text,
                        a_at,
                        "empty-value",
                        format!("`{key}.{}` is empty", a.id.name),
                    ));
                }
            }
            match entry {
                ast::Entry::Message(m) => {
                    if !expect.ids.contains(id) {
                        let code = id.replace('-', ".");
                        diags.push(Diagnostic::error(
                            file.path,
                            file.text,
                            at,
                            "unknown-message",
                            format!("`{id}` is not the id of any code in the registry (no code `{code}`); remove it or add the code to catalog/codes.toml"),
                        ));
                    }
                    if m.value.is_none() {
                        diags.push(Diagnostic::error(
                            file.path,
                            file.text,
                            at,
                            "no-value",
                            format!("`{id}` has attributes but no message text"),
                        ));
                    }
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
                    shapes.messages.insert(id.to_string(), shape);
                }
                ast::Entry::Term(_) => {
                    shapes.terms.insert(id.to_string());
                    term_at.push((*file, at, id.to_string()));
                }
                _ => {}
            }
        }
        parsed.push((file, resource));
    }

    // References and variables, now that every file's ids are known.
    let has_term = |t: &str| shapes.terms.contains(t) || expect.base.is_some_and(|b| b.terms.contains(t));
    let has_message =
        |m: &str| shapes.messages.contains_key(m) || expect.base.is_some_and(|b| b.messages.contains_key(m));
    let mut used_terms: BTreeSet<&str> = BTreeSet::new();
    for (file, resource) in &parsed {
        for entry in &resource.body {
            let (id, patterns): (&str, Vec<&ast::Pattern<&str>>) = match entry {
                ast::Entry::Message(m) => {
                    (m.id.name, m.value.iter().chain(m.attributes.iter().map(|a| &a.value)).collect())
                }
                ast::Entry::Term(t) => {
                    (t.id.name, std::iter::once(&t.value).chain(t.attributes.iter().map(|a| &a.value)).collect())
                }
                _ => continue,
            };
            let mut refs = Vec::new();
            for p in &patterns {
                pattern_references(p, &mut refs);
            }
            for r in &refs {
                if r.kind == RefKind::Term {
                    used_terms.insert(r.name);
                }
                // Point at the `-` of a term, where the reference starts.
                let term = r.kind == RefKind::Term;
                let at = offset_in(file.text, r.name).unwrap_or(0).saturating_sub(usize::from(term));
                let problem = match r.kind {
                    RefKind::Term if !has_term(r.name) => Some((
                        "unknown-reference",
                        format!("`{id}` refers to the term `-{}`, which this locale does not define", r.name),
                    )),
                    RefKind::Message if !has_message(r.name) => Some((
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
                    diags.push(Diagnostic::error(file.path, file.text, at, rule, message));
                }
            }
            let ast::Entry::Message(m) = entry else { continue };
            let Some(source) = expect.source else { continue };
            let Some(src) = source.messages.get(id) else { continue };
            let at = offset_in(file.text, m.id.name).unwrap_or(0);
            let mut vars = Vec::new();
            for p in &patterns {
                pattern_variable_slices(p, &mut vars);
            }
            for v in &vars {
                if !src.variables.contains(*v) {
                    diags.push(Diagnostic::error(
                        file.path,
                        file.text,
                        // Point at the `$`.
                        offset_in(file.text, v).unwrap_or(0).saturating_sub(1),
                        "unknown-variable",
                        format!("`{id}` uses the variable `${v}`, which the {SOURCE_LOCALE} message does not have, so no program will ever pass it"),
                    ));
                }
            }
            let used: BTreeSet<&str> = vars.iter().copied().collect();
            for v in &src.variables {
                if !used.contains(v.as_str()) {
                    diags.push(Diagnostic::at(
                        file.path,
                        file.text,
                        at,
                        Severity::Warning,
                        "dropped-variable",
                        format!("`{id}` does not use the variable `${v}` that the {SOURCE_LOCALE} message shows"),
                    ));
                }
            }
            // Term and message references: the source's names should stay.
            let here: BTreeSet<String> = refs.iter().filter_map(Ref::key).collect();
            for r in src.references.difference(&here) {
                diags.push(Diagnostic::at(
                    file.path,
                    file.text,
                    at,
                    Severity::Warning,
                    "dropped-reference",
                    format!("`{id}` does not use `{{ {r} }}`, which the {SOURCE_LOCALE} message uses; if the text names that product, use the term so that it changes with it"),
                ));
            }
            for r in &refs {
                let Some(key) = r.key() else { continue };
                // An unresolvable reference is already an error.
                let resolves = match r.kind {
                    RefKind::Term => has_term(r.name),
                    _ => has_message(r.name),
                };
                if resolves && !src.references.contains(&key) {
                    let at =
                        offset_in(file.text, r.name).unwrap_or(0).saturating_sub(usize::from(r.kind == RefKind::Term));
                    diags.push(Diagnostic::at(
                        file.path,
                        file.text,
                        at,
                        Severity::Warning,
                        "added-reference",
                        format!("`{id}` uses `{{ {key} }}`, which the {SOURCE_LOCALE} message does not use"),
                    ));
                }
            }
            let attrs: BTreeSet<&str> = m.attributes.iter().map(|a| a.id.name).collect();
            for a in &m.attributes {
                if !src.attributes.contains(a.id.name) {
                    diags.push(Diagnostic::error(
                        file.path,
                        file.text,
                        offset_in(file.text, a.id.name).unwrap_or(0),
                        "unknown-attribute",
                        format!("`{id}.{}` is not an attribute of the {SOURCE_LOCALE} message", a.id.name),
                    ));
                }
            }
            for a in &src.attributes {
                if !attrs.contains(a.as_str()) {
                    // A shipped locale must have it; an overlay's message
                    // without it answers with no link at all.
                    diags.push(Diagnostic::at(
                        file.path,
                        file.text,
                        at,
                        if expect.complete { Severity::Error } else { Severity::Warning },
                        "missing-attribute",
                        format!("`{id}` lacks the attribute `.{a}` that the {SOURCE_LOCALE} message has"),
                    ));
                }
            }
            if language(expect.locale) != language(SOURCE_LOCALE) {
                if let (Some(v), Some(sv)) = (&m.value, &src.value) {
                    if normalized(v) == *sv && !may_be_identical(v) {
                        diags.push(Diagnostic::at(
                            file.path,
                            file.text,
                            at,
                            Severity::Warning,
                            "identical",
                            format!("`{id}` is the same as in {SOURCE_LOCALE}: translate it, or delete it to fall back to {SOURCE_LOCALE}"),
                        ));
                    }
                }
            }
        }
    }

    if let Some(source) = expect.source {
        // A term of the locale's own that nothing uses (a term the source
        // also has may be kept unused, ready for messages to come).
        for (file, at, t) in &term_at {
            if !source.terms.contains(t) && !used_terms.contains(t.as_str()) && expect.complete {
                diags.push(Diagnostic::at(
                    file.path,
                    file.text,
                    *at,
                    Severity::Warning,
                    "unused-term",
                    format!("the term `-{t}` is not in {SOURCE_LOCALE} and no message here uses it"),
                ));
            }
        }
        if expect.complete {
            if let Some(first) = files.first() {
                for t in source.terms.difference(&shapes.terms) {
                    diags.push(Diagnostic::at(
                        first.path,
                        first.text,
                        0,
                        Severity::Warning,
                        "missing-term",
                        format!("no term `-{t}`, which {SOURCE_LOCALE} defines"),
                    ));
                }
            }
        }
    }

    if expect.complete {
        if let Some(first) = files.first() {
            for id in expect.ids {
                if !shapes.messages.contains_key(id) {
                    diags.push(Diagnostic::error(
                        first.path,
                        first.text,
                        0,
                        "missing-message",
                        if id == UNKNOWN_CODE_ID || id == UNKNOWN_ERROR_ID {
                            format!("no message `{id}`; every locale needs it")
                        } else {
                            format!("no message `{id}` for the code `{}`", id.replace('-', "."))
                        },
                    ));
                }
            }
        }
    }
    diags.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    (shapes, diags)
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
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum RefKind {
    Message,
    Term,
    Function,
}

struct Ref<'s> {
    name: &'s str,
    kind: RefKind,
}

impl Ref<'_> {
    /// `-term` or `message`; `None` for a function.
    fn key(&self) -> Option<String> {
        match self.kind {
            RefKind::Term => Some(format!("-{}", self.name)),
            RefKind::Message => Some(self.name.to_string()),
            RefKind::Function => None,
        }
    }
}

fn pattern_references<'s>(p: &ast::Pattern<&'s str>, out: &mut Vec<Ref<'s>>) {
    walk_pattern(p, &mut |e| match e {
        ast::InlineExpression::MessageReference { id, .. } => out.push(Ref { name: id.name, kind: RefKind::Message }),
        ast::InlineExpression::TermReference { id, .. } => out.push(Ref { name: id.name, kind: RefKind::Term }),
        ast::InlineExpression::FunctionReference { id, .. } => out.push(Ref { name: id.name, kind: RefKind::Function }),
        _ => {}
    });
}

fn pattern_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    let mut v = Vec::new();
    pattern_variable_slices(p, &mut v);
    out.extend(v.into_iter().map(str::to_string));
}

fn pattern_variable_slices<'s>(p: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    walk_pattern(p, &mut |e| {
        if let ast::InlineExpression::VariableReference { id } = e {
            out.push(id.name);
        }
    });
}

/// Calls `f` on every inline expression of a pattern, however deep.
fn walk_pattern<'s>(p: &ast::Pattern<&'s str>, f: &mut dyn FnMut(&ast::InlineExpression<&'s str>)) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, f);
        }
    }
}

fn walk_expression<'s>(e: &ast::Expression<&'s str>, f: &mut dyn FnMut(&ast::InlineExpression<&'s str>)) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, f),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, f);
            for v in variants {
                walk_pattern(&v.value, f);
            }
        }
    }
}

fn walk_inline<'s>(i: &ast::InlineExpression<&'s str>, f: &mut dyn FnMut(&ast::InlineExpression<&'s str>)) {
    f(i);
    match i {
        ast::InlineExpression::FunctionReference { arguments, .. } => walk_args(arguments, f),
        ast::InlineExpression::TermReference { arguments: Some(a), .. } => walk_args(a, f),
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, f),
        _ => {}
    }
}

fn walk_args<'s>(a: &ast::CallArguments<&'s str>, f: &mut dyn FnMut(&ast::InlineExpression<&'s str>)) {
    for p in &a.positional {
        walk_inline(p, f);
    }
    for n in &a.named {
        walk_inline(&n.value, f);
    }
}

/// One locale folder of a catalog directory: its name and its `.ftl` files
/// (path as shown in diagnostics, text), sorted by file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleFolder {
    /// The folder's name, a locale such as `zh-CN`.
    pub name: String,
    /// The folder's `.ftl` files: shown path and text.
    pub files: Vec<(String, String)>,
}

/// Whether `s` is a locale folder name in canonical BCP 47 case: `ja`,
/// `zh-CN`, `zh-Hant-TW`, `es-419`.
pub fn is_locale_folder_name(s: &str) -> bool {
    let mut parts = s.split('-');
    let lang = parts.next().unwrap_or("");
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| {
            (p.len() == 2 && p.bytes().all(|b| b.is_ascii_uppercase()))
                || (p.len() == 4
                    && p.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
                    && p.bytes().skip(1).all(|b| b.is_ascii_lowercase()))
                || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// The folders of a catalog directory that hold no locale: `sources`, what
/// the shipped catalog is checked against (catalog/sources/README.md).
pub const NOT_LOCALE_FOLDERS: [&str; 1] = ["sources"];

/// Reads `<dir>/<locale>/*.ftl`. Unreadable entries, files that are not
/// UTF-8 and folders not named as a locale become diagnostics; the folders
/// of [`NOT_LOCALE_FOLDERS`] are passed over.
pub fn read_catalog_dir(dir: &std::path::Path, diags: &mut Vec<Diagnostic>) -> Vec<LocaleFolder> {
    let shown = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            diags.push(Diagnostic::whole_file(&shown, "unreadable", format!("cannot read the catalog directory: {e}")));
            return Vec::new();
        }
    };
    let mut folders: Vec<std::path::PathBuf> =
        entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_dir()).collect();
    folders.sort();
    let mut out = Vec::new();
    for folder in folders {
        let name = folder.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let fshown = folder.display().to_string();
        if NOT_LOCALE_FOLDERS.contains(&name.as_str()) {
            continue;
        }
        if !is_locale_folder_name(&name) {
            diags.push(Diagnostic::whole_file(
                &fshown,
                "bad-locale-folder",
                format!("`{name}` is not a locale folder name: use a BCP 47 tag in its usual case, such as `ja-JP` or `zh-Hant-TW`"),
            ));
            continue;
        }
        let mut paths: Vec<std::path::PathBuf> = match std::fs::read_dir(&folder) {
            Ok(e) => e
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "ftl"))
                .collect(),
            Err(e) => {
                diags.push(Diagnostic::whole_file(
                    &fshown,
                    "unreadable",
                    format!("cannot read the locale folder: {e}"),
                ));
                continue;
            }
        };
        paths.sort();
        let found = paths.len();
        let mut files = Vec::new();
        for f in paths {
            let p = f.display().to_string();
            match std::fs::read(&f) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(t) => files.push((p, t)),
                    Err(e) => {
                        let at = e.utf8_error().valid_up_to();
                        let valid = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
                        diags.push(Diagnostic::error(
                            &p,
                            &valid,
                            at,
                            "not-utf8",
                            "the file is not valid UTF-8 from here on".into(),
                        ));
                    }
                },
                Err(e) => diags.push(Diagnostic::whole_file(&p, "unreadable", format!("cannot read the file: {e}"))),
            }
        }
        if found == 0 {
            diags.push(Diagnostic {
                severity: Severity::Warning,
                ..Diagnostic::whole_file(&fshown, "empty-locale", "this locale folder has no .ftl file".into())
            });
        }
        out.push(LocaleFolder { name, files });
    }
    out
}

/// A full catalog directory (`codes.toml` and every locale folder), checked
/// as the build checks the shipped one.
#[derive(Debug, Clone)]
pub struct CatalogCheck {
    /// The registry's codes, if it parsed.
    pub codes: Option<Vec<crate::registry::CodeDef>>,
    /// The locale folders read.
    pub locales: Vec<LocaleFolder>,
    /// Every problem found, errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks a full catalog directory: the registry, the source locale, and
/// every other locale against both; every locale must be complete.
pub fn check_catalog_dir(dir: &std::path::Path) -> CatalogCheck {
    let mut diags = Vec::new();
    let reg_path = dir.join("codes.toml");
    let reg_shown = reg_path.display().to_string();
    let codes = match std::fs::read_to_string(&reg_path) {
        Ok(text) => match crate::registry::parse_registry(&reg_shown, &text) {
            Ok(c) => Some(c),
            Err(d) => {
                diags.extend(d);
                None
            }
        },
        Err(e) => {
            diags.push(Diagnostic::whole_file(&reg_shown, "unreadable", format!("cannot read the registry: {e}")));
            None
        }
    };
    let locales = read_catalog_dir(dir, &mut diags);
    let Some(codes) = codes else {
        return CatalogCheck { codes: None, locales, diagnostics: diags };
    };
    let ids = expected_ids(codes.iter().map(|c| c.code.as_str()));
    let Some(source) = locales.iter().find(|l| l.name == SOURCE_LOCALE) else {
        diags.push(Diagnostic::whole_file(
            &dir.display().to_string(),
            "missing-source",
            format!("the source locale folder `{SOURCE_LOCALE}` is missing"),
        ));
        return CatalogCheck { codes: Some(codes), locales, diagnostics: diags };
    };
    let run = |l: &LocaleFolder, source: Option<&Shapes>| {
        let files: Vec<File<'_>> = l.files.iter().map(|(p, t)| File { path: p, text: t }).collect();
        check_locale(&files, &Expect { locale: &l.name, ids: &ids, source, complete: true, base: None })
    };
    let (source_shapes, d) = run(source, None);
    diags.extend(d);
    for l in locales.iter().filter(|l| l.name != SOURCE_LOCALE) {
        let (_, d) = run(l, Some(&source_shapes));
        diags.extend(d);
    }
    CatalogCheck { codes: Some(codes), locales, diagnostics: diags }
}
