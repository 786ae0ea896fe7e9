//! Fluent on either side of an exchange file: a pattern as runs of text
//! and inline codes (placeables), and back; and a locale file rebuilt from
//! its frame and the units' translations.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use fluent_syntax::parser;
use fluent_syntax::serializer::serialize;

/// The longest Fluent source of one inline code, in bytes.
pub const MAX_CODE_LEN: usize = 4096;

/// A piece of a pattern: text, or a placeable the translator must keep as
/// it is (an inline code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Run {
    /// Text, as the message shows it.
    Text(String),
    /// A placeable.
    Code(Code),
}

/// A placeable: its Fluent source, as the serializer writes it
/// (`{ $code }`, `{ -smh }`), and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// The Fluent source, braces included.
    pub ftl: String,
    /// What the placeable holds.
    pub kind: CodeKind,
}

/// What a placeable holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// `{ $var }`: a value the program passes.
    Variable,
    /// `{ -term }`: a term of the locale.
    Term,
    /// `{ message }`: another message.
    Message,
    /// `{ NUMBER($n) }`: a function call.
    Function,
    /// `{ "text" }`: a string literal (an escape, or an empty text).
    Literal,
    /// `{ $n -> ... }`: a choice between variants.
    Select,
    /// A number literal or a nested placeable.
    Other,
}

impl CodeKind {
    /// The name used in exchange files (`fluent:variable`).
    pub fn as_str(self) -> &'static str {
        match self {
            CodeKind::Variable => "variable",
            CodeKind::Term => "term",
            CodeKind::Message => "message",
            CodeKind::Function => "function",
            CodeKind::Literal => "literal",
            CodeKind::Select => "select",
            CodeKind::Other => "other",
        }
    }
}

/// A parsed Fluent file with no syntax error, or why not.
pub fn parse_clean<'t>(name: &str, text: &'t str) -> Result<ast::Resource<&'t str>, String> {
    if text.len() > smh_errors_check::MAX_FILE_LEN {
        return Err(format!("{name} is larger than {} bytes", smh_errors_check::MAX_FILE_LEN));
    }
    if let Some(depth) = nesting(text).filter(|d| *d > smh_errors_check::MAX_NESTING) {
        return Err(format!("{name} nests placeables {depth} deep (at most {})", smh_errors_check::MAX_NESTING));
    }
    parser::parse(text).map_err(|(_, errors)| {
        let first = errors.first().map(|e| format!(": {}", e.kind)).unwrap_or_default();
        format!("{name} has {} Fluent syntax error(s){first}; run `smh-errors check` on it", errors.len())
    })
}

/// The deepest nesting of `{` in `text` (over-counting literals: a bound).
fn nesting(text: &str) -> Option<usize> {
    let (mut depth, mut max) = (0usize, 0usize);
    for b in text.bytes() {
        match b {
            b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    (max > 0).then_some(max)
}

/// The key of a message (`AuthFailure-MFAFailure`) or term (`-smh`) entry.
pub fn key_of(entry: &ast::Entry<&str>) -> Option<String> {
    match entry {
        ast::Entry::Message(m) => Some(m.id.name.to_string()),
        ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
        _ => None,
    }
}

/// An entry's value, attributes and comment.
pub type Parts<'e, 's> =
    (Option<&'e ast::Pattern<&'s str>>, &'e [ast::Attribute<&'s str>], Option<&'e ast::Comment<&'s str>>);

/// A message's or term's value, attributes and comment.
pub fn parts<'e, 's>(entry: &'e ast::Entry<&'s str>) -> Option<Parts<'e, 's>> {
    match entry {
        ast::Entry::Message(m) => Some((m.value.as_ref(), &m.attributes, m.comment.as_ref())),
        ast::Entry::Term(t) => Some((Some(&t.value), &t.attributes, t.comment.as_ref())),
        _ => None,
    }
}

/// A pattern as runs: text merged, each placeable a code.
pub fn runs_of(p: &ast::Pattern<&str>) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for e in &p.elements {
        match e {
            ast::PatternElement::TextElement { value } => push_text(&mut out, value),
            ast::PatternElement::Placeable { expression } => out.push(Run::Code(code_of(expression))),
        }
    }
    out
}

fn push_text(out: &mut Vec<Run>, s: &str) {
    if let Some(Run::Text(t)) = out.last_mut() {
        t.push_str(s);
    } else if !s.is_empty() {
        out.push(Run::Text(s.to_string()));
    }
}

/// The code of a placeable's expression.
fn code_of(expression: &ast::Expression<&str>) -> Code {
    let kind = match expression {
        ast::Expression::Select { .. } => CodeKind::Select,
        ast::Expression::Inline(i) => match i {
            ast::InlineExpression::VariableReference { .. } => CodeKind::Variable,
            ast::InlineExpression::TermReference { .. } => CodeKind::Term,
            ast::InlineExpression::MessageReference { .. } => CodeKind::Message,
            ast::InlineExpression::FunctionReference { .. } => CodeKind::Function,
            ast::InlineExpression::StringLiteral { .. } => CodeKind::Literal,
            _ => CodeKind::Other,
        },
    };
    let pattern = ast::Pattern { elements: vec![ast::PatternElement::Placeable { expression: expression.clone() }] };
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "x" },
            value: Some(pattern),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let s = serialize(&resource);
    let s = s.strip_prefix("x =").unwrap_or(&s);
    let s = s.strip_prefix("\n    ").or_else(|| s.strip_prefix(' ')).unwrap_or(s);
    Code { ftl: s.trim_end_matches('\n').to_string(), kind }
}

/// The code written as `ftl` (the content of an exchange file's inline
/// code): exactly one placeable, or why not.
pub fn parse_code(ftl: &str) -> Result<Code, String> {
    if ftl.len() > MAX_CODE_LEN {
        return Err(format!("an inline code is longer than {MAX_CODE_LEN} bytes"));
    }
    if !ftl.starts_with('{') || !ftl.ends_with('}') {
        return Err(format!("the inline code `{}` is not one Fluent placeable `{{ ... }}`", shown(ftl)));
    }
    if nesting(ftl).is_some_and(|d| d > smh_errors_check::MAX_NESTING) {
        return Err("an inline code nests too deep".into());
    }
    let text = format!("x = {}\n", ftl.replace('\n', "\n    "));
    let bad = || format!("the inline code `{}` is not one Fluent placeable `{{ ... }}`", shown(ftl));
    let r = parser::parse(text.as_str()).map_err(|_| bad())?;
    match r.body.as_slice() {
        [ast::Entry::Message(ast::Message { value: Some(p), attributes, .. })]
            if attributes.is_empty() && p.elements.len() == 1 =>
        {
            match &p.elements[0] {
                ast::PatternElement::Placeable { expression } => Ok(code_of(expression)),
                ast::PatternElement::TextElement { .. } => Err(bad()),
            }
        }
        _ => Err(bad()),
    }
}

/// At most 60 characters of `s`, control characters escaped.
pub fn shown(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == 60 {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// The Fluent source of a pattern made of `runs`, for a line indented by
/// `indent` (continuation lines get four spaces more): text escaped where
/// Fluent would read it otherwise (`{`, `}`, a leading or trailing space, a
/// line starting with `[`, `*` or `.`).
fn pattern_ftl(runs: &[Run], indent: &str) -> String {
    let mut out = String::new();
    let n = runs.len();
    // A value on several lines is written from the line after its `=`,
    // where a leading `[`, `*` or `.` would read as syntax.
    let multiline = runs.iter().any(|r| match r {
        Run::Text(t) => t.contains('\n'),
        Run::Code(c) => c.kind == CodeKind::Select,
    });
    for (ri, run) in runs.iter().enumerate() {
        match run {
            Run::Code(c) => out.push_str(&c.ftl.replace('\n', &format!("\n{indent}"))),
            Run::Text(t) => {
                let chars: Vec<char> = t.chars().collect();
                for (ci, &ch) in chars.iter().enumerate() {
                    let first = ri == 0 && ci == 0;
                    let last = ri == n - 1 && ci == chars.len() - 1;
                    let line_start = (ci == 0 && first) || (ci > 0 && chars[ci - 1] == '\n');
                    match ch {
                        '{' => out.push_str("{ \"{\" }"),
                        '}' => out.push_str("{ \"}\" }"),
                        '\n' => {
                            out.push('\n');
                            out.push_str(indent);
                            out.push_str("    ");
                        }
                        ' ' if first || last || line_start => out.push_str("{ \" \" }"),
                        '[' | '*' | '.' if line_start && (!first || multiline) => {
                            out.push_str(&format!("{{ \"{ch}\" }}"))
                        }
                        c => out.push(c),
                    }
                }
            }
        }
    }
    out
}

/// Runs in a form two readings of one text compare equal in: string
/// literals read as their text, text merged.
fn normalized(runs: &[Run]) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for r in runs {
        match r {
            Run::Code(Code { ftl, kind: CodeKind::Literal }) => {
                let raw = ftl.trim_start_matches("{ \"").trim_end_matches("\" }");
                push_text(&mut out, raw);
            }
            Run::Text(t) => push_text(&mut out, t),
            other => out.push(other.clone()),
        }
    }
    out
}

/// A message or term, rebuilt: its value and attributes (name, runs).
#[derive(Debug, Clone, Default)]
pub struct Rebuilt {
    /// The value's runs, if it has a value.
    pub value: Option<Vec<Run>>,
    /// Attributes in order.
    pub attributes: Vec<(String, Vec<Run>)>,
}

/// The Fluent source of an entry with key `key` (`msg`, `-term`).
fn entry_ftl(key: &str, r: &Rebuilt) -> String {
    let mut s = format!("{key} =");
    if let Some(v) = &r.value {
        s.push(' ');
        s.push_str(&pattern_ftl(v, ""));
    }
    for (name, runs) in &r.attributes {
        s.push_str(&format!("\n    .{name} = {}", pattern_ftl(runs, "    ")));
    }
    s.push('\n');
    s
}

/// What the units say of one message or term (or one attribute): a
/// translation, or "untranslated".
pub type Targets = BTreeMap<String, Option<Vec<Run>>>;

/// Rebuilds a locale file: the frame (the locale's own file, or the
/// reference's for a new locale) with every message, term and attribute
/// that has a unit replaced by the unit's translation (a message whose value
/// is untranslated is left out, to fall back; a term keeps the frame's
/// value), and the reference's entries the frame lacks added after their
/// predecessor. A message without a unit stays when the frame is the
/// locale's own (`own_frame`: the file's skeleton), and is left out when the
/// frame is the reference's text. Written as Fluent's serializer writes it;
/// `None` when the file would define no message or term (only comments).
pub fn rebuild(
    name: &str,
    frame: &ast::Resource<&str>,
    own_frame: bool,
    reference: &ast::Resource<&str>,
    targets: &Targets,
) -> Result<Option<String>, String> {
    let order: Vec<String> = reference.body.iter().filter_map(key_of).collect();
    let ref_attrs: BTreeMap<String, Vec<String>> = reference
        .body
        .iter()
        .filter_map(|e| {
            let (_, attrs, _) = parts(e)?;
            Some((key_of(e)?, attrs.iter().map(|a| a.id.name.to_string()).collect()))
        })
        .collect();
    let translated = |k: &str| -> Option<Option<&Vec<Run>>> { targets.get(k).map(Option::as_ref) };

    // The plan: frame entries kept as they are, or rebuilt (key, text, the
    // frame entry whose comment it keeps).
    enum Item {
        Frame(usize),
        Built(String, Rebuilt, String, Option<usize>),
    }
    let mut plan: Vec<Item> = Vec::new();
    let mut present: BTreeSet<String> = BTreeSet::new();
    for (i, entry) in frame.body.iter().enumerate() {
        let (Some(key), Some((value, attrs, _))) = (key_of(entry), parts(entry)) else {
            plan.push(Item::Frame(i));
            continue;
        };
        let is_term = key.starts_with('-');
        let value_unit = translated(&key);
        if !is_term && (matches!(value_unit, Some(None)) || (value_unit.is_none() && !own_frame)) {
            continue; // untranslated: falls back
        }
        let touched =
            value_unit.is_some() || attrs.iter().any(|a| targets.contains_key(&format!("{key}.{}", a.id.name)));
        let extra: Vec<(String, Vec<Run>)> = ref_attrs
            .get(&key)
            .into_iter()
            .flatten()
            .filter(|a| !attrs.iter().any(|fa| fa.id.name == a.as_str()))
            .filter_map(|a| translated(&format!("{key}.{a}")).flatten().map(|r| (a.clone(), r.clone())))
            .collect();
        present.insert(key.clone());
        if !touched && extra.is_empty() {
            plan.push(Item::Frame(i));
            continue;
        }
        let mut r = Rebuilt {
            value: match value_unit {
                Some(Some(runs)) => Some(runs.clone()),
                _ => value.map(runs_of),
            },
            attributes: Vec::new(),
        };
        for a in attrs {
            match translated(&format!("{key}.{}", a.id.name)) {
                Some(Some(runs)) => r.attributes.push((a.id.name.to_string(), runs.clone())),
                Some(None) => {}
                None => r.attributes.push((a.id.name.to_string(), runs_of(&a.value))),
            }
        }
        r.attributes.extend(extra);
        let text = entry_ftl(&key, &r);
        plan.push(Item::Built(key.clone(), r, text, Some(i)));
    }
    // The reference's entries the frame lacks, translated: each after the
    // nearest earlier reference entry the plan has.
    for (pos, key) in order.iter().enumerate() {
        if present.contains(key) {
            continue;
        }
        let Some(Some(value)) = translated(key) else { continue };
        let mut r = Rebuilt { value: Some(value.clone()), attributes: Vec::new() };
        for a in ref_attrs.get(key).into_iter().flatten() {
            if let Some(Some(runs)) = translated(&format!("{key}.{a}")) {
                r.attributes.push((a.clone(), runs.clone()));
            }
        }
        let key_at = |item: &Item| -> Option<String> {
            match item {
                Item::Frame(i) => key_of(&frame.body[*i]),
                Item::Built(k, ..) => Some(k.clone()),
            }
        };
        let earlier: BTreeSet<&String> = order[..pos].iter().collect();
        let at = plan
            .iter()
            .rposition(|it| key_at(it).is_some_and(|k| earlier.contains(&k)))
            .map(|p| p + 1)
            .or_else(|| plan.iter().position(|it| key_at(it).is_some()))
            .unwrap_or(plan.len());
        let text = entry_ftl(key, &r);
        plan.insert(at, Item::Built(key.clone(), r, text, None));
        present.insert(key.clone());
    }

    let mut body = Vec::with_capacity(plan.len());
    for item in &plan {
        match item {
            Item::Frame(i) => body.push(frame.body[*i].clone()),
            Item::Built(key, rebuilt, text, comment_of) => {
                let parsed = parser::parse(text.as_str()).map_err(|_| {
                    format!("{name}: the translation of `{key}` cannot be written as Fluent (unbalanced or broken placeables?)")
                })?;
                let [mut entry] = <[ast::Entry<&str>; 1]>::try_from(parsed.body)
                    .map_err(|_| format!("{name}: the translation of `{key}` reads as several Fluent entries"))?;
                if key_of(&entry).as_deref() != Some(key.as_str()) {
                    return Err(format!("{name}: the translation of `{key}` reads as another entry"));
                }
                verify(name, key, &entry, rebuilt)?;
                let comment = comment_of.and_then(|i| parts(&frame.body[i]).and_then(|(_, _, c)| c.cloned()));
                match &mut entry {
                    ast::Entry::Message(m) => m.comment = comment,
                    ast::Entry::Term(t) => t.comment = comment,
                    _ => {}
                }
                body.push(entry);
            }
        }
    }
    if !body.iter().any(|e| key_of(e).is_some()) {
        return Ok(None);
    }
    let text = serialize(&ast::Resource { body });
    if text.len() > smh_errors_check::MAX_FILE_LEN {
        return Err(format!(
            "{name}: with these translations it would be larger than {} bytes, the most a catalog file may be",
            smh_errors_check::MAX_FILE_LEN
        ));
    }
    // What Fluent's serializer writes reads back (it would not, for a
    // frame's multi-line text that starts with `[` or `*`).
    parse_clean(name, &text).map_err(|e| format!("{e}: the rebuilt file does not read back"))?;
    Ok(Some(text))
}

/// Fluent reads a rebuilt entry as the runs it was written from.
fn verify(name: &str, key: &str, entry: &ast::Entry<&str>, wanted: &Rebuilt) -> Result<(), String> {
    let Some((value, attrs, _)) = parts(entry) else {
        return Err(format!("{name}: the translation of `{key}` reads as another kind of entry"));
    };
    let value_ok = value.map(|p| normalized(&runs_of(p))) == wanted.value.as_deref().map(normalized);
    let attrs_ok = attrs.len() == wanted.attributes.len()
        && attrs
            .iter()
            .zip(&wanted.attributes)
            .all(|(a, (n, runs))| a.id.name == n.as_str() && normalized(&runs_of(&a.value)) == normalized(runs));
    if value_ok && attrs_ok {
        Ok(())
    } else {
        Err(format!("{name}: the translation of `{key}` does not read back as written (spaces or line breaks Fluent cannot keep?)"))
    }
}

/// Checks that Fluent reads `runs` back, written as a value, as the same
/// text and codes.
#[cfg(test)]
pub fn reads_back(runs: &[Run]) -> bool {
    let text = format!("x = {}\n", pattern_ftl(runs, ""));
    match parser::parse(text.as_str()) {
        Ok(r) => match r.body.first() {
            Some(ast::Entry::Message(ast::Message { value: Some(p), .. })) if r.body.len() == 1 => {
                normalized(&runs_of(p)) == normalized(runs)
            }
            _ => false,
        },
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<Run> {
        let r = parser::parse(text).unwrap();
        let ast::Entry::Message(m) = &r.body[0] else { panic!() };
        runs_of(m.value.as_ref().unwrap())
    }

    #[test]
    fn placeables_become_codes_in_the_serializers_spelling() {
        let r = runs("a = Hello {$name}, { -smh } and {NUMBER($n)}.\n");
        let codes: Vec<(&str, CodeKind)> = r
            .iter()
            .filter_map(|r| match r {
                Run::Code(c) => Some((c.ftl.as_str(), c.kind)),
                Run::Text(_) => None,
            })
            .collect();
        assert_eq!(
            codes,
            [("{ $name }", CodeKind::Variable), ("{ -smh }", CodeKind::Term), ("{ NUMBER($n) }", CodeKind::Function)]
        );
    }

    #[test]
    fn text_that_fluent_would_misread_is_escaped() {
        for text in [
            " leading",
            "trailing ",
            "a {brace} b",
            "two\nlines",
            "two\n[lines]",
            "x\n.y",
            "x\n*y",
            "*x\ny",
            "[x]",
            "中文",
        ] {
            let runs = vec![Run::Text(text.into())];
            assert!(reads_back(&runs), "{text:?} -> {:?}", pattern_ftl(&runs, ""));
        }
    }

    #[test]
    fn an_inline_code_must_be_one_placeable() {
        assert_eq!(parse_code("{ $x }").unwrap().kind, CodeKind::Variable);
        assert_eq!(parse_code("{$x}").unwrap().ftl, "{ $x }");
        for bad in ["$x", "{ $x", "{ $x } { $y }", "{ $x }\nb = c", "", "{}", "{ -t }}"] {
            assert!(parse_code(bad).is_err(), "{bad:?}");
        }
    }
}
