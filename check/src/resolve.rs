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
//! It also refuses an entry that can expand to more than
//! [`MAX_FORMATTED_LEN`] bytes (`too-long`): a term of 1 MB used 98 times
//! is 2 placeables short of Fluent's limit, and 98 MB of text.
//! References to entries that do not exist, unknown functions and variables
//! are the references pass's; the parser guarantees a default variant.
//! Each entry is analysed once (memoized, across the layers of a locale:
//! see [`Layers`]), so the pass is linear in the number of references.

use std::collections::{HashMap, HashSet};

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::check::File;
use crate::diag::{offset_in, Sink};
use crate::text::too_deep;
use crate::walk::walk_pattern;
use crate::{MAX_FILE_LEN, MAX_FORMATTED_LEN};

/// fluent-bundle's limit on placeables resolved in one formatting.
pub const MAX_PLACEABLES: u32 = 100;

/// What a locale holds so far, layer over layer (later layers override):
/// every file parsed once, and what the formatting pass learned about each
/// entry, kept from one layer to the next. A layer that overrides an entry
/// forgets only what depended on it. So checking N layers one after the
/// other costs what checking them together would: nothing about an earlier
/// layer is parsed or analysed again.
#[derive(Default)]
pub struct Layers<'t> {
    resources: Vec<ast::Resource<&'t str>>,
    /// Entry id (`-term` or `message`) to (resource, entry) of its latest
    /// definition.
    defs: HashMap<String, (usize, usize)>,
    /// What the formatting pass found for each entry (by attribute).
    memo: HashMap<String, HashMap<Option<String>, Result<Cost, Problem>>>,
    /// Entry id to the ids whose result in `memo` depends on it.
    users: HashMap<String, Vec<String>>,
}

impl<'t> Layers<'t> {
    /// No layer yet.
    pub fn new() -> Layers<'t> {
        Layers::default()
    }

    /// Adds `files` as the next layer, without checking them (they were
    /// checked when their own layer was: the builtin locales, earlier
    /// overlays). A file over [`MAX_FILE_LEN`] or nested too deep is passed
    /// over, as the check passes it over.
    pub fn add_files(&mut self, files: &[File<'t>]) {
        for f in files.iter().filter(|f| f.text.len() <= MAX_FILE_LEN && too_deep(f.text).is_none()) {
            self.push(parser::parse(f.text).unwrap_or_else(|(r, _)| r));
        }
    }

    /// Adds one parsed resource over what is there; returns its index.
    pub(crate) fn push(&mut self, resource: ast::Resource<&'t str>) -> usize {
        let ri = self.resources.len();
        for (ei, entry) in resource.body.iter().enumerate() {
            let key = match entry {
                ast::Entry::Message(m) => m.id.name.to_string(),
                ast::Entry::Term(t) => format!("-{}", t.id.name),
                _ => continue,
            };
            self.forget(&key);
            self.defs.insert(key, (ri, ei));
        }
        self.resources.push(resource);
        ri
    }

    /// Forgets what was found for `key` and for everything that used it.
    fn forget(&mut self, key: &str) {
        let mut work = vec![key.to_string()];
        while let Some(k) = work.pop() {
            self.memo.remove(&k);
            work.extend(self.users.remove(&k).unwrap_or_default());
        }
    }
}

/// What formatting a pattern may cost, at most over every variant path.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Cost {
    /// Placeables resolved.
    placeables: u32,
    /// Bytes of text written, each variable counted as its fallback
    /// (`{$name}`).
    bytes: u64,
    /// Variable placeables (whose values the caller, or a term's
    /// arguments, give).
    vars: u32,
}

/// Why a pattern cannot be formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Problem {
    Cycle(String),
    NoAttribute(String, String),
    NoValue(String),
    TooMany,
    TooLong,
}

type Node = (String, Option<String>);

struct Eval<'e, 't> {
    resources: &'e [ast::Resource<&'t str>],
    defs: &'e HashMap<String, (usize, usize)>,
    memo: &'e mut HashMap<String, HashMap<Option<String>, Result<Cost, Problem>>>,
    users: &'e mut HashMap<String, Vec<String>>,
    /// The entries being analysed, each waiting for what it refers to: a
    /// reference to one of them is a cycle.
    open: HashSet<Node>,
    /// The entry whose pattern is being costed.
    current: String,
}

/// The pattern of `key` (its attribute `attr`) among `defs`; `Ok(None)` when
/// no such entry is defined (the references pass reports that).
fn pattern_of<'r, 't>(
    resources: &'r [ast::Resource<&'t str>],
    defs: &HashMap<String, (usize, usize)>,
    key: &str,
    attr: Option<&str>,
) -> Result<Option<&'r ast::Pattern<&'t str>>, Problem> {
    let Some(&(ri, ei)) = defs.get(key) else { return Ok(None) };
    let (value, attributes) = match &resources[ri].body[ei] {
        ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
        ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
        _ => return Ok(None),
    };
    match attr {
        None => value.map(Some).ok_or_else(|| Problem::NoValue(key.to_string())),
        Some(a) => attributes
            .iter()
            .find(|x| x.id.name == a)
            .map(|x| Some(&x.value))
            .ok_or_else(|| Problem::NoAttribute(key.to_string(), a.to_string())),
    }
}

/// The entries (with attribute) a pattern refers to, however deep.
fn references_of(p: &ast::Pattern<&str>) -> Vec<Node> {
    let mut out = Vec::new();
    walk_pattern(p, &mut |e| match e {
        ast::InlineExpression::MessageReference { id, attribute } => {
            out.push((id.name.to_string(), attribute.as_ref().map(|a| a.name.to_string())))
        }
        ast::InlineExpression::TermReference { id, attribute, .. } => {
            out.push((format!("-{}", id.name), attribute.as_ref().map(|a| a.name.to_string())))
        }
        _ => {}
    });
    out
}

impl<'t> Eval<'_, 't> {
    fn memo(&self, key: &str, attr: Option<&str>) -> Option<&Result<Cost, Problem>> {
        self.memo.get(key).and_then(|m| m.get(&attr.map(str::to_string)))
    }

    /// What formatting `key` (its attribute `attr`) costs, at most over
    /// every variant path. Analyses what it refers to first, depth first
    /// with a stack of its own (a chain of references of any length costs
    /// no recursion), each entry once.
    fn analyse(&mut self, key: &str, attr: Option<&str>) -> Result<Cost, Problem> {
        let root: Node = (key.to_string(), attr.map(str::to_string));
        // (entry, whether what it refers to is analysed already)
        let mut work = vec![(root.clone(), false)];
        while let Some((node, ready)) = work.pop() {
            if ready {
                let r = self.cost(&node);
                self.open.remove(&node);
                self.memo.entry(node.0).or_default().insert(node.1, r);
                continue;
            }
            if self.open.contains(&node) || self.memo(&node.0, node.1.as_deref()).is_some() {
                continue;
            }
            let refs = match pattern_of(self.resources, self.defs, &node.0, node.1.as_deref()) {
                Ok(Some(p)) => references_of(p),
                _ => Vec::new(),
            };
            self.open.insert(node.clone());
            work.push((node, true));
            for r in refs {
                if !self.open.contains(&r) && self.memo(&r.0, r.1.as_deref()).is_none() {
                    work.push((r, false));
                }
            }
        }
        self.memo(key, attr).cloned().unwrap_or(Ok(Cost::default()))
    }

    /// The cost of `node`, what it refers to being analysed (or open: a
    /// cycle).
    fn cost(&mut self, node: &Node) -> Result<Cost, Problem> {
        let resources = self.resources;
        match pattern_of(resources, self.defs, &node.0, node.1.as_deref()) {
            Ok(Some(p)) => {
                self.current = node.0.clone();
                self.pattern(p)
            }
            Ok(None) => Ok(Cost::default()),
            Err(e) => Err(e),
        }
    }

    /// The cost of a reference from the current entry to `key` (`attr`).
    fn node(&mut self, key: &str, attr: Option<&str>) -> Result<Cost, Problem> {
        self.users.entry(key.to_string()).or_default().push(self.current.clone());
        if self.open.contains(&(key.to_string(), attr.map(str::to_string))) {
            return Err(Problem::Cycle(key.to_string()));
        }
        // An undefined entry is the references pass's to report.
        self.memo(key, attr).cloned().unwrap_or(Ok(Cost::default()))
    }

    fn pattern(&mut self, p: &ast::Pattern<&str>) -> Result<Cost, Problem> {
        let mut c = Cost::default();
        for el in &p.elements {
            match el {
                ast::PatternElement::TextElement { value } => c.bytes += value.len() as u64,
                ast::PatternElement::Placeable { expression } => {
                    let e = self.expression(expression)?;
                    c.placeables = c.placeables.saturating_add(1).saturating_add(e.placeables);
                    c.bytes = c.bytes.saturating_add(e.bytes);
                    c.vars = c.vars.saturating_add(e.vars);
                }
            }
            if c.placeables > MAX_PLACEABLES {
                return Err(Problem::TooMany);
            }
            if c.bytes > MAX_FORMATTED_LEN as u64 {
                return Err(Problem::TooLong);
            }
        }
        Ok(c)
    }

    fn expression(&mut self, e: &ast::Expression<&str>) -> Result<Cost, Problem> {
        match e {
            ast::Expression::Inline(i) => self.inline(i),
            ast::Expression::Select { selector, variants } => {
                // The selector is resolved, not shown.
                let mut c = Cost { bytes: 0, ..self.inline(selector)? };
                let mut most = Cost::default();
                for v in variants {
                    let x = self.pattern(&v.value)?;
                    most.placeables = most.placeables.max(x.placeables);
                    most.bytes = most.bytes.max(x.bytes);
                    most.vars = most.vars.max(x.vars);
                }
                c.placeables = c.placeables.saturating_add(most.placeables);
                c.bytes = most.bytes;
                c.vars = c.vars.saturating_add(most.vars);
                Ok(c)
            }
        }
    }

    fn inline(&mut self, i: &ast::InlineExpression<&str>) -> Result<Cost, Problem> {
        match i {
            ast::InlineExpression::StringLiteral { value } | ast::InlineExpression::NumberLiteral { value } => {
                // The literal as written is never shorter than its value.
                Ok(Cost { bytes: value.len() as u64, ..Cost::default() })
            }
            ast::InlineExpression::VariableReference { id } => {
                Ok(Cost { bytes: id.name.len() as u64 + 3, vars: 1, placeables: 0 })
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                self.node(id.name, attribute.as_ref().map(|a| a.name))
            }
            ast::InlineExpression::TermReference { id, attribute, arguments } => {
                let args = arguments.as_ref().map_or(Ok(Cost::default()), |a| self.arguments(a))?;
                let term = self.node(&format!("-{}", id.name), attribute.as_ref().map(|a| a.name))?;
                // The term's variables are its arguments (literals): each
                // shows at most the longest of them.
                let widest = arguments
                    .iter()
                    .flat_map(|a| a.named.iter().map(|n| &n.value).chain(&a.positional))
                    .map(|v| match v {
                        ast::InlineExpression::StringLiteral { value }
                        | ast::InlineExpression::NumberLiteral { value } => value.len() as u64,
                        _ => 0,
                    })
                    .max()
                    .unwrap_or(0);
                Ok(Cost {
                    placeables: args.placeables.saturating_add(term.placeables),
                    bytes: term.bytes.saturating_add(u64::from(term.vars).saturating_mul(widest)),
                    vars: 0,
                })
            }
            ast::InlineExpression::FunctionReference { id, arguments } => {
                // The function's answer (a number), or its name on error.
                let a = self.arguments(arguments)?;
                Ok(Cost { bytes: a.bytes.saturating_add(id.name.len() as u64 + 2), ..a })
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
        }
    }

    fn arguments(&mut self, a: &ast::CallArguments<&str>) -> Result<Cost, Problem> {
        let mut c = Cost::default();
        for p in a.positional.iter().chain(a.named.iter().map(|n| &n.value)) {
            let x = self.inline(p)?;
            c.placeables = c.placeables.saturating_add(x.placeables);
            c.bytes = c.bytes.saturating_add(x.bytes);
            c.vars = c.vars.saturating_add(x.vars);
        }
        Ok(c)
    }
}

/// Reports each entry of the layer `ri` (a file of the locale, pushed onto
/// `layers` with the rest of its layer) that cannot be formatted, once, at
/// its id.
pub(crate) fn check_formatting(text: &str, layers: &mut Layers<'_>, ri: usize, sink: &mut Sink<'_>) {
    let Layers { resources, defs, memo, users } = layers;
    let mut eval = Eval { resources, defs, memo, users, open: HashSet::new(), current: String::new() };
    for entry in &resources[ri].body {
        let (name, key, attrs, is_term) = match entry {
            ast::Entry::Message(m) => (m.id.name, m.id.name.to_string(), &m.attributes, false),
            ast::Entry::Term(t) => (t.id.name, format!("-{}", t.id.name), &t.attributes, true),
            _ => continue,
        };
        let has_value = !matches!(entry, ast::Entry::Message(m) if m.value.is_none());
        let mut problem = None;
        if has_value {
            problem = eval.analyse(&key, None).err();
        }
        for a in attrs {
            if problem.is_none() {
                problem = eval.analyse(&key, Some(a.id.name)).err();
            }
        }
        let Some(problem) = problem else { continue };
        let rule = if problem == Problem::TooLong { "too-long" } else { "unformattable" };
        let why = match problem {
            Problem::Cycle(k) if k == key => "it refers to itself".to_string(),
            Problem::Cycle(k) => format!("it leads to `{k}`, which refers to itself"),
            Problem::NoAttribute(k, a) => format!("it uses `{k}.{a}`, but `{k}` has no attribute `.{a}`"),
            Problem::NoValue(k) => format!("it uses `{k}`, which has no value (only attributes)"),
            Problem::TooMany => {
                format!("it expands to more than {MAX_PLACEABLES} placeables, more than Fluent formats")
            }
            Problem::TooLong => format!(
                "it can expand to more than {MAX_FORMATTED_LEN} bytes of text (counted through the terms and messages it uses, each variant at its longest), more than a message may hold"
            ),
        };
        let at = offset_in(text, name).unwrap_or(0).saturating_sub(usize::from(is_term));
        sink.error(at, rule, format!("`{key}` cannot be formatted: {why}"));
    }
}
