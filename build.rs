//! Validates the shipped catalog and generates `ErrorCode` from the registry.
//!
//! A catalog that builds cannot fail at run time: any syntax error, missing or
//! extra message, unknown reference or stray variable stops the build here,
//! with `file:line:col` and a plain sentence (the same validator as
//! `smh-errors check`: the `smh-errors-check` crate).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use smh_errors_check::{self as check, registry, IdentStyle};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    // Diagnostics name files as `catalog/zh-CN/errors.ftl`.
    std::env::set_current_dir(&root).expect("enter the package root");
    println!("cargo:rerun-if-changed=catalog");

    let result = check::check_catalog_dir(Path::new("catalog"));
    for l in &result.locales {
        println!("cargo:rerun-if-changed=catalog/{}", l.name);
        for (p, _) in &l.files {
            println!("cargo:rerun-if-changed={p}");
        }
    }
    // Each error with its source line and a caret, as `smh-errors check` shows it.
    let text_of = |path: &str| {
        result
            .locales
            .iter()
            .flat_map(|l| &l.files)
            .find(|(p, _)| p == path)
            .map(|(_, t)| t.clone())
            .or_else(|| std::fs::read_to_string(path).ok())
    };
    let errors: Vec<String> =
        result.diagnostics.iter().filter(|d| d.is_error()).map(|d| d.render(text_of(&d.path).as_deref())).collect();
    if !errors.is_empty() {
        fail(errors);
    }
    let codes = result.codes.expect("a registry without errors parsed");
    let source = result.locales.iter().find(|l| l.name == check::SOURCE_LOCALE).expect("checked above");
    let docs = en_us_texts(&source.files);
    let links = en_us_links(&source.files);
    let mut out = generate(&codes, &result.locales, &root, &docs, &links);
    out.push_str(&generate_pseudo(&source.files));
    out.push_str(&generate_digest(&result.locales));
    std::fs::write(PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("generated.rs"), out)
        .expect("write generated.rs");
}

/// The digest of the shipped catalog (the registry and every locale's files,
/// by path), the build metadata of `smh_errors::catalog_version()`: FNV-1a,
/// 64 bits, enough to tell two catalogs apart (not a security measure).
fn generate_digest(locales: &[check::LocaleFolder]) -> String {
    let registry = std::fs::read_to_string("catalog/codes.toml").expect("read catalog/codes.toml");
    let mut files: Vec<(&str, &str)> = vec![("catalog/codes.toml", registry.as_str())];
    files.extend(locales.iter().flat_map(|l| l.files.iter().map(|(p, t)| (p.as_str(), t.as_str()))));
    files.sort();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (path, text) in files {
        for b in path.bytes().chain([0]).chain(text.len().to_string().bytes()).chain([0]).chain(text.bytes()) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!(
        "/// FNV-1a 64 of the shipped catalog's files (build.rs), in hex.\npub(crate) const CATALOG_DIGEST: &str = \"{h:016x}\";\n"
    )
}

/// The pseudo-locales' sources, made here from en-US so that the library
/// carries plain Fluent text: no transform (and no regex engine) at run time.
fn generate_pseudo(source: &[(String, String)]) -> String {
    let mut o = String::new();
    o.push_str(
        "/// The pseudo-locales, generated from en-US by build.rs with fluent-pseudo:
",
    );
    o.push_str(
        "/// name, then each file's label and text.
",
    );
    o.push_str("pub(crate) static PSEUDO_SOURCES: &[(&str, &[(&str, &str)])] = &[\n");
    for (name, transform) in [("en-XA", pseudo_accented as fn(&str) -> String), ("ar-XB", pseudo_bidi)] {
        let _ = write!(o, "    ({name:?}, &[");
        for (path, text) in source {
            let label = format!("{path} (as {name})");
            let _ = write!(o, "({label:?}, {:?}), ", pseudo_ftl(text, transform));
        }
        o.push_str("]),\n");
    }
    o.push_str("];\n");
    o
}

/// en-XA: accented letters, vowels doubled (about 30% longer).
fn pseudo_accented(s: &str) -> String {
    fluent_pseudo::transform(s, false, true).into_owned()
}

/// ar-XB: mirrored letters between RIGHT-TO-LEFT OVERRIDE and POP
/// DIRECTIONAL FORMATTING, so that the text runs right to left (as Mozilla's
/// bidi pseudo-locale does). Surrounding whitespace stays outside the marks,
/// so a continuation line keeps its indentation.
fn pseudo_bidi(s: &str) -> String {
    let core = s.trim();
    if core.is_empty() {
        return s.to_string();
    }
    let start = s.len() - s.trim_start().len();
    let end = start + core.len();
    format!("{}\u{202e}{}\u{202c}{}", &s[..start], fluent_pseudo::transform(core, true, false), &s[end..])
}

/// `text` with the text of every message and term value transformed; ids,
/// placeables, variables and attributes (links) stay as they are.
fn pseudo_ftl(text: &str, transform: fn(&str) -> String) -> String {
    fn pattern<'s>(p: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
        for el in &p.elements {
            match el {
                ast::PatternElement::TextElement { value } => out.push(value),
                ast::PatternElement::Placeable { expression } => expr(expression, out),
            }
        }
    }
    fn expr<'s>(e: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
        match e {
            ast::Expression::Select { variants, .. } => variants.iter().for_each(|v| pattern(&v.value, out)),
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => expr(expression, out),
            ast::Expression::Inline(_) => {}
        }
    }
    let res = fluent_syntax::parser::parse(text).unwrap_or_else(|(r, _)| r);
    let mut slices = Vec::new();
    for entry in &res.body {
        match entry {
            ast::Entry::Message(m) => m.value.iter().for_each(|p| pattern(p, &mut slices)),
            ast::Entry::Term(t) => pattern(&t.value, &mut slices),
            _ => {}
        }
    }
    // Every text element borrows from `text`: replace it there, in order.
    let base = text.as_ptr() as usize;
    let mut ranges: Vec<(usize, usize)> = slices
        .iter()
        .map(|s| {
            let start = s.as_ptr() as usize - base;
            assert!(start + s.len() <= text.len(), "a text element outside its source");
            (start, start + s.len())
        })
        .collect();
    ranges.sort_unstable();
    let mut out = String::with_capacity(text.len() * 2);
    let mut at = 0;
    for (start, end) in ranges {
        out.push_str(&text[at..start]);
        out.push_str(&transform(&text[start..end]));
        at = end;
    }
    out.push_str(&text[at..]);
    if let Err((_, errors)) = fluent_syntax::parser::parse(out.as_str()) {
        panic!("the generated pseudo-locale does not parse: {errors:?}\n{out}");
    }
    out
}

fn fail(problems: Vec<String>) -> ! {
    eprintln!("\nThe catalog has {} problem(s):\n", problems.len());
    for p in &problems {
        eprintln!("{p}");
    }
    eprintln!("\nRun `cargo run -- check catalog` after fixing them.\n");
    std::process::exit(1);
}

/// The en-US text of each message (terms spelled out), for doc comments.
fn en_us_texts(files: &[(String, String)]) -> BTreeMap<String, String> {
    let mut terms = BTreeMap::new();
    let mut messages = Vec::new();
    for (_, text) in files {
        let res = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
        for e in res.body {
            match e {
                ast::Entry::Term(t) => {
                    terms.insert(t.id.name.to_string(), plain(&t.value, &BTreeMap::new()));
                }
                ast::Entry::Message(m) => messages.push(m),
                _ => {}
            }
        }
    }
    messages.into_iter().filter_map(|m| Some((m.id.name.to_string(), plain(m.value.as_ref()?, &terms)))).collect()
}

/// Each en-US message's `.doc-url` attribute: `ErrorCode::doc_url`, the
/// source locale's link (each locale keeps its own in its `.ftl` files).
fn en_us_links(files: &[(String, String)]) -> BTreeMap<String, String> {
    let mut links = BTreeMap::new();
    for (_, text) in files {
        let res = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
        for e in res.body {
            let ast::Entry::Message(m) = e else { continue };
            let Some(a) = m.attributes.iter().find(|a| a.id.name == "doc-url") else { continue };
            if let [ast::PatternElement::TextElement { value }] = a.value.elements.as_slice() {
                links.insert(m.id.name.to_string(), value.trim().to_string());
            }
        }
    }
    links
}

fn plain(p: &ast::Pattern<&str>, terms: &BTreeMap<String, String>) -> String {
    let mut s = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => s.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::TermReference { id, .. }),
            } => s.push_str(terms.get(id.name).map_or(id.name, |t| t.as_str())),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
            } => {
                let _ = write!(s, "${}", id.name);
            }
            ast::PatternElement::Placeable { .. } => s.push('…'),
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn generate(
    codes: &[registry::CodeDef],
    locales: &[check::LocaleFolder],
    root: &Path,
    docs: &BTreeMap<String, String>,
    links: &BTreeMap<String, String>,
) -> String {
    let mut sorted: Vec<&registry::CodeDef> = codes.iter().collect();
    sorted.sort_by(|a, b| a.code.cmp(&b.code));
    let variant = |c: &str| check::identifier(c, IdentStyle::Joined);
    let mut o = String::new();
    o.push_str("// @generated by build.rs from catalog/codes.toml. Do not edit.\n\n");
    o.push_str("/// Every SMH error code in the registry (`catalog/codes.toml`), in code order.\n///\n");
    o.push_str("/// Parse one from the API's string with [`str::parse`] or [`ErrorCode::from_code`];\n");
    o.push_str("/// get the string back with [`ErrorCode::as_str`].\n");
    o.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[repr(u16)]\n#[non_exhaustive]\npub enum ErrorCode {\n");
    for c in &sorted {
        let doc = docs.get(&c.fluent_id()).cloned().unwrap_or_default();
        let _ = writeln!(
            o,
            "    /// `{}` ({}{}): {}\n    {},",
            c.code,
            if c.common { "common" } else { "business" },
            if c.retryable { ", retryable" } else { "" },
            doc.replace('[', "\\[").replace(']', "\\]"),
            variant(&c.code)
        );
    }
    o.push_str("}\n\n");
    let _ = writeln!(
        o,
        "impl ErrorCode {{\n    /// How many codes the registry holds.\n    pub const COUNT: usize = {};\n",
        sorted.len()
    );
    o.push_str(
        "    /// Every code, in code order (the order of `as_str`).\n    pub const ALL: [ErrorCode; Self::COUNT] = [\n",
    );
    for c in &sorted {
        let _ = writeln!(o, "        ErrorCode::{},", variant(&c.code));
    }
    o.push_str("    ];\n}\n\n");
    let longest = sorted.iter().map(|c| c.code.len()).max().unwrap_or(0);
    let _ = writeln!(
        o,
        "/// The length of the longest code, in bytes.\npub(crate) const MAX_CODE_LEN: usize = {longest};\n"
    );
    // The perfect hash table of `ErrorCode::from_bytes`: slot -> code index.
    let names: Vec<&str> = sorted.iter().map(|c| c.code.as_str()).collect();
    let Some(seed) = registry::perfect_seed(&names) else {
        fail(vec!["no seed gives every code a slot of its own in the code table: two codes share their \
                   length and first and last eight bytes; change registry::code_slot"
            .to_string()]);
    };
    let mut table = vec![u8::MAX; registry::CODE_TABLE_LEN];
    for (i, c) in names.iter().enumerate() {
        table[registry::code_slot(c.as_bytes(), seed)] = u8::try_from(i).expect("at most 255 codes");
    }
    let _ = writeln!(
        o,
        "/// The seed of the code table (`registry::perfect_seed`).\npub(crate) const CODE_SEED: u64 = {seed:#x};\n"
    );
    let _ = writeln!(
        o,
        "/// Slot (`registry::code_slot`) -> index in `ErrorCode::ALL`; `u8::MAX` for an empty slot.\npub(crate) static CODE_TABLE: [u8; {}] = {table:?};\n",
        registry::CODE_TABLE_LEN
    );
    o.push_str("pub(crate) static CODE_INFO: [CodeInfo; ErrorCode::COUNT] = [\n");
    for c in &sorted {
        let _ = writeln!(
            o,
            "    CodeInfo {{ code: {:?}, code_c: c{:?}, fluent_id: {:?}, common: {}, retryable: {}, doc_url: {} }},",
            c.code,
            c.code,
            c.fluent_id(),
            c.common,
            c.retryable,
            links.get(&c.fluent_id()).map_or("None".to_string(), |u| format!("Some({u:?})")),
        );
    }
    o.push_str("];\n\n");
    o.push_str("/// The shipped locales: name, then each file's path (for messages) and text.\n");
    o.push_str("pub(crate) static BUILTIN_LOCALES: &[(&str, &[(&str, &str)])] = &[\n");
    // The source locale first: it ends every locale chain.
    let mut sorted_locales: Vec<&check::LocaleFolder> = locales.iter().collect();
    sorted_locales.sort_by_key(|l| (l.name != check::SOURCE_LOCALE, l.name.as_str()));
    for l in sorted_locales {
        let _ = write!(o, "    ({:?}, &[", l.name);
        for (shown, _) in &l.files {
            let _ = write!(o, "({shown:?}, include_str!({:?})), ", root.join(shown).display().to_string());
        }
        o.push_str("]),\n");
    }
    o.push_str("];\n");
    o
}
