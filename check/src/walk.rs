//! Walks over a Fluent AST: the references and variables of a pattern.

use std::collections::BTreeSet;

use fluent_syntax::ast;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum RefKind {
    Message,
    Term,
    Function,
}

pub(crate) struct Ref<'s> {
    pub(crate) name: &'s str,
    pub(crate) kind: RefKind,
}

impl Ref<'_> {
    /// `-term` or `message`; `None` for a function.
    pub(crate) fn key(&self) -> Option<String> {
        match self.kind {
            RefKind::Term => Some(format!("-{}", self.name)),
            RefKind::Message => Some(self.name.to_string()),
            RefKind::Function => None,
        }
    }
}

pub(crate) fn pattern_references<'s>(p: &ast::Pattern<&'s str>, out: &mut Vec<Ref<'s>>) {
    walk_pattern(p, &mut |e| match e {
        ast::InlineExpression::MessageReference { id, .. } => out.push(Ref { name: id.name, kind: RefKind::Message }),
        ast::InlineExpression::TermReference { id, .. } => out.push(Ref { name: id.name, kind: RefKind::Term }),
        ast::InlineExpression::FunctionReference { id, .. } => out.push(Ref { name: id.name, kind: RefKind::Function }),
        _ => {}
    });
}

pub(crate) fn pattern_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    let mut v = Vec::new();
    pattern_variable_slices(p, &mut v);
    out.extend(v.into_iter().map(str::to_string));
}

pub(crate) fn pattern_variable_slices<'s>(p: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    walk_pattern(p, &mut |e| {
        if let ast::InlineExpression::VariableReference { id } = e {
            out.push(id.name);
        }
    });
}

/// Calls `f` on every inline expression of a pattern, however deep.
pub(crate) fn walk_pattern<'s>(p: &ast::Pattern<&'s str>, f: &mut dyn FnMut(&ast::InlineExpression<&'s str>)) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, f);
        }
    }
}

pub(crate) fn walk_expression<'s>(e: &ast::Expression<&'s str>, f: &mut dyn FnMut(&ast::InlineExpression<&'s str>)) {
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

pub(crate) fn walk_inline<'s>(i: &ast::InlineExpression<&'s str>, f: &mut dyn FnMut(&ast::InlineExpression<&'s str>)) {
    f(i);
    match i {
        ast::InlineExpression::FunctionReference { arguments, .. } => walk_args(arguments, f),
        ast::InlineExpression::TermReference { arguments: Some(a), .. } => walk_args(a, f),
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, f),
        _ => {}
    }
}

pub(crate) fn walk_args<'s>(a: &ast::CallArguments<&'s str>, f: &mut dyn FnMut(&ast::InlineExpression<&'s str>)) {
    for p in &a.positional {
        walk_inline(p, f);
    }
    for n in &a.named {
        walk_inline(&n.value, f);
    }
}
