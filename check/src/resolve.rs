//! The formatting pass: a message or term is refused when fluent-bundle
//! would report an error formatting it, for any value of its variables.
//!
//! This is static analysis over the AST rather than formatting with
//! fluent-bundle, because formatting takes one path through each select
//! expression (the variant the given values choose) and so cannot show that
//! every path formats; the analysis follows every variant. It covers every
//! error fluent-bundle's resolver reports that the other passes do not: a
//! cycle of message or term references (`Cyclic`), a reference to an
//! attribute a message or term lacks, or to the value of a message that has
//! none (`NoValue`), and more than [`MAX_PLACEABLES`] placeables in one
//! formatting (`TooManyPlaceables`, the guard against "billion laughs").
//! References to entries that do not exist, unknown functions and variables
//! are the references pass's; the parser guarantees a default variant.
//! Each entry is analysed once (memoized), so the pass is linear in the
//! number of references.

use std::collections::HashMap;

use fluent_syntax::ast;

use crate::diag::{offset_in, Sink};

/// fluent-bundle's limit on placeables resolved in one formatting.
pub const MAX_PLACEABLES: u32 = 100;

/// What a locale defines, by id (`-term` or `message`): value and attributes.
#[derive(Default)]
pub(crate) struct Entries<'a> {
    defs: HashMap<String, Def<'a>>,
}

struct Def<'a> {
    value: Option<&'a ast::Pattern<&'a str>>,
    attributes: Vec<(&'a str, &'a ast::Pattern<&'a str>)>,
}

impl<'a> Entries<'a> {
    /// Adds (or overrides, as a later resource does in a bundle) the entries
    /// of `resource`.
    pub(crate) fn add(&mut self, resource: &'a ast::Resource<&'a str>) {
        for entry in &resource.body {
            let (key, value, attrs) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let attributes = attrs.iter().map(|a| (a.id.name, &a.value)).collect();
            self.defs.insert(key, Def { value, attributes });
        }
    }
}

/// Why a pattern cannot be formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Problem {
    Cycle(String),
    NoAttribute(String, String),
    NoValue(String),
    TooMany,
}

type Node = (String, Option<String>);

struct Eval<'e, 'a> {
    entries: &'e Entries<'a>,
    memo: HashMap<Node, Result<u32, Problem>>,
    stack: Vec<Node>,
}

impl Eval<'_, '_> {
    /// Placeables resolved formatting `key` (its attribute `attr`), at most
    /// over every variant path.
    fn node(&mut self, key: &str, attr: Option<&str>) -> Result<u32, Problem> {
        let node: Node = (key.to_string(), attr.map(str::to_string));
        if self.stack.contains(&node) {
            return Err(Problem::Cycle(key.to_string()));
        }
        if let Some(r) = self.memo.get(&node) {
            return r.clone();
        }
        // An undefined entry is the references pass's to report.
        let Some(def) = self.entries.defs.get(key) else { return Ok(0) };
        let pattern = match attr {
            None => def.value.ok_or_else(|| Problem::NoValue(key.to_string())),
            Some(a) => def
                .attributes
                .iter()
                .find(|(n, _)| *n == a)
                .map(|(_, p)| *p)
                .ok_or_else(|| Problem::NoAttribute(key.to_string(), a.to_string())),
        };
        self.stack.push(node.clone());
        let r = pattern.and_then(|p| self.pattern(p));
        self.stack.pop();
        self.memo.insert(node, r.clone());
        r
    }

    fn pattern(&mut self, p: &ast::Pattern<&str>) -> Result<u32, Problem> {
        let mut n = 0u32;
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                n = n.saturating_add(1).saturating_add(self.expression(expression)?);
                if n > MAX_PLACEABLES {
                    return Err(Problem::TooMany);
                }
            }
        }
        Ok(n)
    }

    fn expression(&mut self, e: &ast::Expression<&str>) -> Result<u32, Problem> {
        match e {
            ast::Expression::Inline(i) => self.inline(i),
            ast::Expression::Select { selector, variants } => {
                let mut most = 0;
                for v in variants {
                    most = most.max(self.pattern(&v.value)?);
                }
                Ok(self.inline(selector)?.saturating_add(most))
            }
        }
    }

    fn inline(&mut self, i: &ast::InlineExpression<&str>) -> Result<u32, Problem> {
        match i {
            ast::InlineExpression::MessageReference { id, attribute } => {
                self.node(id.name, attribute.as_ref().map(|a| a.name))
            }
            ast::InlineExpression::TermReference { id, attribute, arguments } => {
                let args = arguments.as_ref().map_or(Ok(0), |a| self.arguments(a))?;
                Ok(args.saturating_add(self.node(&format!("-{}", id.name), attribute.as_ref().map(|a| a.name))?))
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            _ => Ok(0),
        }
    }

    fn arguments(&mut self, a: &ast::CallArguments<&str>) -> Result<u32, Problem> {
        let mut n = 0u32;
        for p in a.positional.iter().chain(a.named.iter().map(|n| &n.value)) {
            n = n.saturating_add(self.inline(p)?);
        }
        Ok(n)
    }
}

/// Reports each entry of `resource` (a file of the locale, whose
/// definitions are in `entries` with what the locale had before) that
/// cannot be formatted, once, at its id.
pub(crate) fn check_formatting(text: &str, resource: &ast::Resource<&str>, entries: &Entries<'_>, sink: &mut Sink<'_>) {
    let mut eval = Eval { entries, memo: HashMap::new(), stack: Vec::new() };
    for entry in &resource.body {
        let (name, key, attrs, is_term) = match entry {
            ast::Entry::Message(m) => (m.id.name, m.id.name.to_string(), &m.attributes, false),
            ast::Entry::Term(t) => (t.id.name, format!("-{}", t.id.name), &t.attributes, true),
            _ => continue,
        };
        let has_value = !matches!(entry, ast::Entry::Message(m) if m.value.is_none());
        let mut problem = None;
        if has_value {
            problem = eval.node(&key, None).err();
        }
        for a in attrs {
            if problem.is_none() {
                problem = eval.node(&key, Some(a.id.name)).err();
            }
        }
        let Some(problem) = problem else { continue };
        let why = match problem {
            Problem::Cycle(k) if k == key => "it refers to itself".to_string(),
            Problem::Cycle(k) => format!("it leads to `{k}`, which refers to itself"),
            Problem::NoAttribute(k, a) => format!("it uses `{k}.{a}`, but `{k}` has no attribute `.{a}`"),
            Problem::NoValue(k) => format!("it uses `{k}`, which has no value (only attributes)"),
            Problem::TooMany => {
                format!("it expands to more than {MAX_PLACEABLES} placeables, more than Fluent formats")
            }
        };
        let at = offset_in(text, name).unwrap_or(0).saturating_sub(usize::from(is_term));
        sink.error(at, "unformattable", format!("`{key}` cannot be formatted: {why}"));
    }
}
