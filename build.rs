//! Validates the shipped catalog and generates `ErrorCode` from the registry.
//!
//! A catalog that builds cannot fail at run time: any syntax error, missing or
//! extra message, unknown reference or stray variable stops the build here,
//! with `file:line:col` and a plain sentence (the same validator as
//! `smh-errors check`, compiled in from `src/`).

#[path = "src/check.rs"]
#[allow(dead_code)]
mod check;
#[path = "src/diag.rs"]
#[allow(dead_code)]
mod diag;
#[path = "src/registry.rs"]
#[allow(dead_code)]
mod registry;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let catalog = root.join("catalog");
    println!("cargo:rerun-if-changed=catalog");
    println!("cargo:rerun-if-changed=src/check.rs");
    println!("cargo:rerun-if-changed=src/diag.rs");
    println!("cargo:rerun-if-changed=src/registry.rs");

    let mut problems: Vec<String> = Vec::new();
    let reg_path = catalog.join("codes.toml");
    let reg_text = read(&reg_path);
    let codes = match registry::parse_registry(&rel(&root, &reg_path), &reg_text) {
        Ok(c) => c,
        Err(d) => fail(d.iter().map(|d| d.to_string()).collect()),
    };

    // Locale folders: catalog/<locale>/*.ftl, sorted; the source locale first.
    let mut locales: BTreeMap<String, Vec<(String, PathBuf, String)>> = BTreeMap::new();
    for entry in std::fs::read_dir(&catalog).expect("read catalog/") {
        let path = entry.expect("read catalog/").path();
        if !path.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !is_locale_name(&name) {
            problems.push(format!(
                "{}: error: `{name}` is not a locale folder name such as `zh-CN` [bad-locale-folder]",
                rel(&root, &path)
            ));
            continue;
        }
        let mut files: Vec<PathBuf> = std::fs::read_dir(&path)
            .expect("read locale folder")
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        let files = files
            .into_iter()
            .map(|p| {
                println!("cargo:rerun-if-changed={}", p.display());
                (rel(&root, &p), p.clone(), read(&p))
            })
            .collect();
        locales.insert(name, files);
    }
    let Some(source_files) = locales.get(check::SOURCE_LOCALE) else {
        fail(vec![format!(
            "catalog/: error: the source locale folder `{}` is missing [missing-source]",
            check::SOURCE_LOCALE
        )]);
    };

    let ids = check::expected_ids(codes.iter().map(|c| c.code.as_str()));
    let as_files = |fs: &[(String, PathBuf, String)]| -> Vec<(String, String)> {
        fs.iter().map(|(r, _, t)| (r.clone(), t.clone())).collect()
    };
    let run = |fs: &[(String, String)], source: Option<&check::Shapes>| {
        let files: Vec<check::File> = fs.iter().map(|(p, t)| check::File { path: p, text: t }).collect();
        check::check_locale(
            &files,
            &check::Expect {
                ids: &ids,
                source,
                complete: true,
                base: None,
            },
        )
    };
    let src_files = as_files(source_files);
    let (source_shapes, diags) = run(&src_files, None);
    problems.extend(diags.iter().filter(|d| d.is_error()).map(|d| d.to_string()));
    for (name, fs) in &locales {
        if name == check::SOURCE_LOCALE {
            continue;
        }
        let (_, diags) = run(&as_files(fs), Some(&source_shapes));
        problems.extend(diags.iter().filter(|d| d.is_error()).map(|d| d.to_string()));
        if fs.is_empty() {
            problems.push(format!(
                "catalog/{name}: error: this locale folder has no .ftl file [empty-locale]"
            ));
        }
    }
    if !problems.is_empty() {
        fail(problems);
    }

    let docs = en_us_texts(&src_files);
    std::fs::write(
        PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("generated.rs"),
        generate(&codes, &locales, &docs),
    )
    .expect("write generated.rs");
}

fn fail(problems: Vec<String>) -> ! {
    eprintln!("\nThe catalog has {} problem(s):\n", problems.len());
    for p in &problems {
        eprintln!("{p}");
    }
    eprintln!("\nRun `cargo run -- check catalog` after fixing them.\n");
    std::process::exit(1);
}

fn read(path: &Path) -> String {
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => fail(vec![format!(
                "{}:1:1: error: the file is not valid UTF-8 (byte {}) [not-utf8]",
                path.display(),
                e.utf8_error().valid_up_to()
            )]),
        },
        Err(e) => fail(vec![format!(
            "{}: error: cannot read: {e} [unreadable]",
            path.display()
        )]),
    }
}

fn rel(root: &Path, p: &Path) -> String {
    p.strip_prefix(root).unwrap_or(p).display().to_string()
}

/// `ll-CC`, `ll`, `ll-Ssss-CC`: the folder names the runtime will accept too.
fn is_locale_name(s: &str) -> bool {
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
    messages
        .into_iter()
        .filter_map(|m| Some((m.id.name.to_string(), plain(m.value.as_ref()?, &terms))))
        .collect()
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
    locales: &BTreeMap<String, Vec<(String, PathBuf, String)>>,
    docs: &BTreeMap<String, String>,
) -> String {
    let mut sorted: Vec<&registry::CodeDef> = codes.iter().collect();
    sorted.sort_by(|a, b| a.code.cmp(&b.code));
    let variant = |c: &str| -> String { c.split('.').collect() };
    let index: BTreeMap<&str, usize> = sorted.iter().enumerate().map(|(i, c)| (c.code.as_str(), i)).collect();
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
    o.push_str("pub(crate) static CODE_INFO: [CodeInfo; ErrorCode::COUNT] = [\n");
    for c in &sorted {
        // The nearest registered ancestor: `A.B.C` -> `A.B` -> `A`.
        let mut parent = None;
        let mut cur = c.code.as_str();
        while let Some(i) = cur.rfind('.') {
            cur = &cur[..i];
            if let Some(&p) = index.get(cur) {
                parent = Some(p);
                break;
            }
        }
        let _ = writeln!(
            o,
            "    CodeInfo {{ code: {:?}, fluent_id: {:?}, common: {}, retryable: {}, doc_url: {}, parent: {} }},",
            c.code,
            c.fluent_id(),
            c.common,
            c.retryable,
            c.doc_url
                .as_ref()
                .map_or("None".to_string(), |u| format!("Some({u:?})")),
            parent.map_or("None".to_string(), |p| format!(
                "Some(ErrorCode::{})",
                variant(&sorted[p].code)
            )),
        );
    }
    o.push_str("];\n\n");
    o.push_str("/// The shipped locales: name, then each file's path (for messages) and text.\n");
    o.push_str("pub(crate) static BUILTIN_LOCALES: &[(&str, &[(&str, &str)])] = &[\n");
    // The source locale first: it ends every locale chain.
    let mut names: Vec<&String> = locales.keys().collect();
    names.sort_by_key(|n| (n.as_str() != check::SOURCE_LOCALE, n.as_str()));
    for name in names {
        let _ = write!(o, "    ({name:?}, &[");
        for (rel, abs, _) in &locales[name] {
            let _ = write!(o, "({rel:?}, include_str!({:?})), ", abs.display().to_string());
        }
        o.push_str("]),\n");
    }
    o.push_str("];\n");
    o
}
