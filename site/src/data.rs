//! The catalog as the site shows it, and the rendering of every page.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_bundle::FluentValue;
use minijinja::value::{Kwargs, Serde};
use minijinja::{Environment, State, UndefinedBehavior, Value};
use serde::{Deserialize, Serialize};
use smh_errors_check::registry::{CodeDef, Status};
use smh_errors_check::server_messages::{Part, ServerText};
use smh_errors_check::{Diagnostic, ServerPattern, SOURCE_LOCALE};

use crate::chrome::Chrome;
use crate::ftl::{self, Entry};
use crate::{code_page_path, html, retry, Input, Runtime, Said, SiteError};

/// The request id of the example bodies: the one of the service's own
/// example (examples/signature-failure.json).
const EXAMPLE_REQUEST_ID: &str = "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6";

/// The translators' page of each locale (a name no code can have: codes
/// hold no `-`).
const COVERAGE_PAGE: &str = "translation-coverage.html";

/// The templates, compiled in (site/templates).
const TEMPLATES: [(&str, &str); 5] = [
    ("base.html", include_str!("../templates/base.html")),
    ("root.html", include_str!("../templates/root.html")),
    ("home.html", include_str!("../templates/home.html")),
    ("code.html", include_str!("../templates/code.html")),
    ("coverage.html", include_str!("../templates/coverage.html")),
];

/// The files copied as they are.
const ASSETS: [(&str, &str); 2] =
    [("site.css", include_str!("../templates/site.css")), ("search.js", include_str!("../templates/search.js"))];

/// The table of snippets, one per language (site/templates/snippets.toml).
const SNIPPETS: &str = include_str!("../templates/snippets.toml");

/// One locale the site publishes, with the files that define it (the
/// catalog's folder, then the overlays', in load order).
pub struct Published {
    name: String,
    files: Vec<(String, String)>,
}

/// What the catalog directory and the overlays hold.
pub struct Catalog {
    codes: Vec<CodeDef>,
    patterns: Vec<ServerPattern>,
    locales: Vec<Published>,
    expected: BTreeSet<String>,
}

impl Catalog {
    /// Reads and checks the directories of `input`, and that the runtime
    /// knows the same codes.
    pub fn read(input: &Input<'_>) -> Result<Catalog, SiteError> {
        let checked = smh_errors_check::check_catalog_dir(input.catalog);
        refuse_errors(&input.catalog.display().to_string(), &checked.diagnostics)?;
        let codes = checked
            .codes
            .ok_or_else(|| SiteError(format!("{}: the registry did not parse", input.catalog.display())))?;
        let mut locales: Vec<Published> =
            checked.locales.into_iter().map(|l| Published { name: l.name, files: l.files }).collect();
        locales.sort_by_key(|l| l.name != SOURCE_LOCALE);
        // One budget for every overlay, as the runtime reads them.
        let mut budget = smh_errors_check::Budget::new();
        for dir in input.overlays {
            let mut diags = Vec::new();
            let folders = smh_errors_check::read_catalog_dir(dir, &mut budget, &mut diags);
            refuse_errors(&dir.display().to_string(), &diags)?;
            for f in folders {
                match locales.iter_mut().find(|l| l.name == f.name) {
                    Some(l) => l.files.extend(f.files),
                    None => locales.push(Published { name: f.name, files: f.files }),
                }
            }
        }
        let mut expected = smh_errors_check::expected_ids(codes.iter().map(|c| c.code.as_str()));
        expected.extend(checked.patterns.iter().map(|p| p.id.clone()));
        let cat = Catalog { codes, patterns: checked.patterns, locales, expected };
        cat.agree_with(input.runtime)?;
        cat.paths_are_distinct()?;
        Ok(cat)
    }

    /// The runtime must have been built from this registry: a page shows
    /// the runtime's answer for every code of the registry.
    fn agree_with(&self, runtime: &dyn Runtime) -> Result<(), SiteError> {
        let ours: BTreeSet<&str> = self.codes.iter().map(|c| c.code.as_str()).collect();
        let theirs = runtime.codes();
        let theirs: BTreeSet<&str> = theirs.iter().map(String::as_str).collect();
        if ours == theirs {
            return Ok(());
        }
        let only =
            |a: &BTreeSet<&str>, b: &BTreeSet<&str>| a.difference(b).take(5).copied().collect::<Vec<_>>().join(", ");
        Err(SiteError(format!(
            "the catalog directory's registry and this build of smh-errors differ (only in the directory: [{}]; \
             only in the build: [{}]); rebuild smh-errors from this catalog, or name the catalog it was built from",
            only(&ours, &theirs),
            only(&theirs, &ours)
        )))
    }

    /// Two codes must not share a page, even on a file system that ignores
    /// case, and no code may take the home page's name.
    fn paths_are_distinct(&self) -> Result<(), SiteError> {
        let mut seen = BTreeMap::new();
        for c in &self.codes {
            if c.code.eq_ignore_ascii_case("index") {
                return Err(SiteError(format!("the code `{}` would take the home page's file name", c.code)));
            }
            if let Some(other) = seen.insert(c.code.to_ascii_lowercase(), &c.code) {
                return Err(SiteError(format!(
                    "the codes `{other}` and `{}` differ only in case: their pages would be one file where case is ignored",
                    c.code
                )));
            }
        }
        Ok(())
    }
}

fn refuse_errors(dir: &str, diags: &[Diagnostic]) -> Result<(), SiteError> {
    let errors: Vec<String> = diags.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    if errors.is_empty() {
        return Ok(());
    }
    Err(SiteError(format!(
        "{dir} has {} error(s); `smh-errors check {dir}` shows them all:\n{}",
        errors.len(),
        errors.iter().take(10).cloned().collect::<Vec<_>>().join("\n")
    )))
}

// ---------------------------------------------------------------------------
// What the templates receive
// ---------------------------------------------------------------------------

/// What every page has: its locale, its chrome locale, the language switch.
#[derive(Serialize)]
struct Page {
    /// The catalog locale of the page (`ja-JP`); empty on the root page.
    locale: String,
    /// The language of the page's own words (`en-US`): its `lang`.
    lang: String,
    /// The path back to the site's root (`../`, or empty).
    root: String,
    /// The other locales' versions of this page.
    switch: Vec<Switch>,
    /// The catalog's version.
    version: String,
}

#[derive(Serialize)]
struct Switch {
    locale: String,
    label: String,
    href: String,
    current: bool,
}

/// A message as a page shows it: its text and the locale whose text it is.
#[derive(Serialize, Clone)]
struct Text {
    text: String,
    /// The answering locale (`lang` of the element).
    lang: String,
    /// `rtl` for a right-to-left locale (the page is left to right).
    dir: Option<&'static str>,
    /// The locale asked for, when another answered (a fallback).
    asked: Option<String>,
}

#[derive(Serialize)]
struct CodeLink {
    code: String,
    href: String,
    message: Text,
}

#[derive(Serialize)]
struct Category {
    name: String,
    codes: Vec<HomeRow>,
}

#[derive(Serialize)]
struct HomeRow {
    code: String,
    href: String,
    message: Text,
    retryable: bool,
    kind: &'static str,
    retired: bool,
}

#[derive(Serialize)]
struct CodeData {
    code: String,
    category: String,
    kind: &'static str,
    retryable: bool,
    reason: &'static str,
    /// The message in the page's locale first, then every other.
    messages: Vec<(String, Text)>,
    doc_url: Option<String>,
    doc_text: Option<String>,
    parent: Option<CodeLink>,
    children: Vec<CodeLink>,
    patterns: Vec<PatternData>,
    provenance: Provenance,
    example: String,
    example_known: bool,
}

#[derive(Serialize)]
struct PatternData {
    id: String,
    /// Each text the server sends, with its language.
    texts: Vec<ServerTextData>,
    /// Where a reader can check them: web addresses.
    sources: Vec<String>,
    details: Vec<(String, Text)>,
}

#[derive(Serialize)]
struct ServerTextData {
    text: String,
    lang: &'static str,
}

/// Where a code comes from, as the registry records it.
#[derive(Serialize)]
struct Provenance {
    retired: bool,
    page: bool,
    sdk: Vec<SdkRange>,
}

#[derive(Serialize)]
struct SdkRange {
    language: String,
    first: String,
    last: String,
}

#[derive(Serialize)]
struct CoverageData {
    is_source: bool,
    total: usize,
    translated: usize,
    missing: usize,
    obsolete: usize,
    percent: String,
    missing_rows: Vec<CoverageRow>,
    obsolete_rows: Vec<CoverageRow>,
    rows: Vec<CoverageRow>,
}

#[derive(Serialize)]
struct CoverageRow {
    id: String,
    /// The code's page, for a code's message.
    href: Option<String>,
    comment: String,
    source: String,
    own: Option<String>,
}

#[derive(Deserialize, Serialize)]
struct Snippets {
    snippet: Vec<Snippet>,
}

#[derive(Deserialize, Serialize)]
struct Snippet {
    language: String,
    text: String,
}

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

/// Every answer of the runtime the pages need, asked once.
struct Answers {
    /// code -> locale -> the message.
    messages: BTreeMap<String, BTreeMap<String, Said>>,
    /// pattern id -> locale -> its localized detail.
    details: BTreeMap<String, BTreeMap<String, Said>>,
    parents: BTreeMap<String, String>,
}

fn ask(cat: &Catalog, rt: &dyn Runtime) -> Result<Answers, SiteError> {
    let mut messages = BTreeMap::new();
    let mut parents = BTreeMap::new();
    for c in &cat.codes {
        let mut by = BTreeMap::new();
        for l in &cat.locales {
            let said = rt.lookup(&c.code, &l.name);
            if !said.exact {
                return Err(SiteError(format!("the runtime does not answer `{}` exactly in {}", c.code, l.name)));
            }
            by.insert(l.name.clone(), said);
        }
        messages.insert(c.code.clone(), by);
        if let Some(p) = rt.parent(&c.code) {
            parents.insert(c.code.clone(), p);
        }
    }
    let mut details = BTreeMap::new();
    for p in &cat.patterns {
        let Some(code) = p.codes.first() else { continue };
        let mut by = BTreeMap::new();
        // Every text of the pattern gives the same detail; the first says it.
        for (i, t) in p.texts.iter().enumerate() {
            let shown = shown_text(t, "{", "}");
            for l in &cat.locales {
                let said = rt.detail(code, &shown, &l.name).ok_or_else(|| {
                    SiteError(format!("the runtime does not match the pattern `{}` to its own text {shown:?}", p.id))
                })?;
                if i == 0 {
                    by.insert(l.name.clone(), said);
                }
            }
        }
        details.insert(p.id.clone(), by);
    }
    Ok(Answers { messages, details, parents })
}

/// A server text with each hole written as its name between `open` and
/// `close`: in braces, what the runtime's matcher is given to say the
/// detail with its holes shown; in angle brackets, the example's message.
fn shown_text(t: &ServerText, open: &str, close: &str) -> String {
    t.parts
        .iter()
        .map(|part| match part {
            Part::Text(t) => t.clone(),
            Part::Hole(h) => format!("{open}{h}{close}"),
        })
        .collect()
}

/// The language of a server text, for its `lang`: Chinese when it holds a
/// Han character (the server writes English or Chinese), else English.
fn server_lang(text: &str) -> &'static str {
    let han = |c: char| matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}');
    if text.chars().any(han) {
        "zh"
    } else {
        "en"
    }
}

fn direction(locale: &str) -> Option<&'static str> {
    use unic_langid::CharacterDirection;
    match smh_errors_check::parse_locale_tag(locale).map(|id| id.character_direction()) {
        Some(CharacterDirection::RTL) => Some("rtl"),
        _ => None,
    }
}

fn text(said: &Said, asked: &str) -> Text {
    Text {
        text: said.text.clone(),
        lang: said.locale.clone(),
        dir: direction(&said.locale),
        asked: (said.locale != asked).then(|| asked.to_string()),
    }
}

/// The name of a locale in its own language, for the language switch.
fn autonym(locale: &str) -> String {
    match locale {
        "en-US" => "English".to_string(),
        "zh-CN" => "简体中文".to_string(),
        other => other.to_string(),
    }
}

fn environment(chrome: Arc<Chrome>) -> Result<Environment<'static>, SiteError> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .build()
        .map_err(|e| SiteError(format!("template syntax: {e}")))?;
    env.set_syntax(syntax);
    for (name, source) in TEMPLATES {
        env.add_template(name, source).map_err(|e| SiteError(format!("site/templates/{name}: {e}")))?;
    }
    env.add_function("t", move |state: &State, id: &str, kwargs: Kwargs| -> Result<String, minijinja::Error> {
        let lang = state.lookup("page").and_then(|p| p.get_attr("lang").ok()).map(|v| v.to_string());
        let lang = lang.unwrap_or_else(|| crate::chrome::FALLBACK.to_string());
        let mut args = Vec::new();
        for k in kwargs.args() {
            let v: Value = kwargs.get(k)?;
            let fv = match v.as_i64() {
                Some(n) => FluentValue::from(n),
                None => FluentValue::from(v.to_string()),
            };
            args.push((k, fv));
        }
        chrome.text(&lang, id, &args).map_err(|e| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e))
    });
    env.add_filter("linkify", |s: &str| Value::from_safe_string(html::linkify(s)));
    Ok(env)
}

fn render_one(env: &Environment<'_>, name: &str, ctx: Value) -> Result<Vec<u8>, SiteError> {
    let t = env.get_template(name).map_err(|e| SiteError(format!("{name}: {e}")))?;
    let mut out = t.render(ctx).map_err(|e| SiteError(format!("rendering {name}: {e:#}")))?;
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(out.into_bytes())
}

/// Every file of the site, sorted by path.
pub fn render(cat: &Catalog, rt: &dyn Runtime) -> Result<Vec<(String, Vec<u8>)>, SiteError> {
    let chrome = Chrome::load()?;
    let env = environment(chrome.clone())?;
    let answers = ask(cat, rt)?;
    let snippets: Snippets =
        toml::from_str(SNIPPETS).map_err(|e| SiteError(format!("site/templates/snippets.toml: {e}")))?;
    let version = rt.catalog_version();
    let mut sorted: Vec<&CodeDef> = cat.codes.iter().collect();
    sorted.sort_by(|a, b| a.code.cmp(&b.code));
    let names: Vec<&str> = cat.locales.iter().map(|l| l.name.as_str()).collect();
    let source_entries =
        cat.locales.iter().find(|l| l.name == SOURCE_LOCALE).map(|l| ftl::entries(&l.files)).unwrap_or_default();

    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let page = |locale: &str, file: &str| -> Page {
        Page {
            locale: locale.to_string(),
            lang: chrome.locale_for(locale).to_string(),
            root: "../".to_string(),
            switch: names
                .iter()
                .map(|l| Switch {
                    locale: l.to_string(),
                    label: autonym(l),
                    href: format!("../{l}/{file}"),
                    current: *l == locale,
                })
                .collect(),
            version: version.clone(),
        }
    };

    // The root: the choice of language.
    let root_page = Page {
        locale: String::new(),
        lang: crate::chrome::FALLBACK.to_string(),
        root: String::new(),
        switch: names
            .iter()
            .map(|l| Switch {
                locale: l.to_string(),
                label: autonym(l),
                href: format!("{l}/index.html"),
                current: false,
            })
            .collect(),
        version: version.clone(),
    };
    let homes: Vec<Value> = names
        .iter()
        .map(|l| {
            let lang = chrome.locale_for(l);
            let title = chrome.text(lang, "site-title", &[]).unwrap_or_default();
            minijinja::context! {
                locale => *l, lang => lang, title => title, href => format!("{l}/index.html"), label => autonym(l)
            }
        })
        .collect();
    files.push((
        "index.html".to_string(),
        render_one(&env, "root.html", minijinja::context! { page => Serde(&root_page), homes => homes })?,
    ));
    for (name, text) in ASSETS {
        files.push((name.to_string(), text.as_bytes().to_vec()));
    }

    for loc in &cat.locales {
        let l = loc.name.as_str();
        let said = |code: &str| text(&answers.messages[code][l], l);
        // Home.
        let mut categories: Vec<Category> = Vec::new();
        for c in &sorted {
            let cat_name = c.code.split('.').next().unwrap_or(&c.code).to_string();
            if categories.last().is_none_or(|g| g.name != cat_name) {
                categories.push(Category { name: cat_name, codes: Vec::new() });
            }
            categories.last_mut().expect("pushed").codes.push(HomeRow {
                code: c.code.clone(),
                href: format!("{}.html", c.code),
                message: said(&c.code),
                retryable: c.retryable,
                kind: kind(c),
                retired: c.status == Status::Retired,
            });
        }
        let ctx = minijinja::context! {
            page => Serde(page(l, "index.html")),
            categories => Serde(&categories),
            count => sorted.len(),
        };
        files.push((format!("{l}/index.html"), render_one(&env, "home.html", ctx)?));
        files.push((format!("{l}/search-index.js"), search_index(cat, &answers, &sorted, l).into_bytes()));

        // One page per code.
        for c in &sorted {
            let data = code_data(cat, &answers, c, l)?;
            let ctx = minijinja::context! {
                page => Serde(page(l, &format!("{}.html", c.code))),
                code => Serde(&data),
                snippets => Serde(&snippets.snippet),
            };
            files.push((code_page_path(l, &c.code), render_one(&env, "code.html", ctx)?));
        }

        // The translators' page.
        let data = coverage_data(cat, loc, &source_entries);
        let ctx = minijinja::context! { page => Serde(page(l, COVERAGE_PAGE)), cov => Serde(&data) };
        files.push((format!("{l}/{COVERAGE_PAGE}"), render_one(&env, "coverage.html", ctx)?));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    if let Some(w) = files.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(SiteError(format!("two files of the site would be {}", w[0].0)));
    }
    Ok(files)
}

fn kind(c: &CodeDef) -> &'static str {
    if c.common {
        "common"
    } else {
        "business"
    }
}

/// Where the registry says a code comes from.
fn provenance(c: &CodeDef) -> Provenance {
    let language = |l: &str| match l {
        "go" => "Go".to_string(),
        "java" => "Java".to_string(),
        "python" => "Python".to_string(),
        other => other.to_string(),
    };
    Provenance {
        retired: c.status == Status::Retired,
        page: c.page,
        sdk: c
            .sdk
            .iter()
            .map(|s| SdkRange { language: language(&s.language), first: s.first.clone(), last: s.last.clone() })
            .collect(),
    }
}

fn code_data(cat: &Catalog, answers: &Answers, c: &CodeDef, l: &str) -> Result<CodeData, SiteError> {
    let by = &answers.messages[&c.code];
    let mut messages: Vec<(String, Text)> = vec![(l.to_string(), text(&by[l], l))];
    messages.extend(cat.locales.iter().filter(|o| o.name != l).map(|o| (o.name.clone(), text(&by[&o.name], &o.name))));
    let link = |code: &str| CodeLink {
        code: code.to_string(),
        href: format!("{code}.html"),
        message: text(&answers.messages[code][l], l),
    };
    let parent = answers.parents.get(&c.code).map(|p| link(p));
    let mut children: Vec<CodeLink> =
        answers.parents.iter().filter(|(_, p)| **p == c.code).map(|(child, _)| link(child)).collect();
    children.sort_by(|a, b| a.code.cmp(&b.code));
    let doc = by[l].doc_url.clone();
    let (doc_url, doc_text) = match doc {
        Some(u) if html::is_web_url(&u) => (Some(u), None),
        other => (None, other),
    };
    let patterns: Vec<PatternData> = cat
        .patterns
        .iter()
        .filter(|p| p.codes.contains(&c.code))
        .map(|p| {
            let by = &answers.details[&p.id];
            let mut details = vec![(l.to_string(), text(&by[l], l))];
            details.extend(
                cat.locales.iter().filter(|o| o.name != l).map(|o| (o.name.clone(), text(&by[&o.name], &o.name))),
            );
            let texts = p
                .texts
                .iter()
                .map(|t| ServerTextData { text: t.server.clone(), lang: server_lang(&t.server) })
                .collect();
            PatternData { id: p.id.clone(), texts, sources: p.sources.clone(), details }
        })
        .collect();
    let reason = retry::reason(&c.code, c.retryable).ok_or_else(|| {
        SiteError(format!(
            "`{}` is retryable, but the retry policy's table (site/src/retry.rs) gives no reason: add one",
            c.code
        ))
    })?;
    // The example: a known server message with its holes named (in the
    // page's language when the server has one in it: the official SDKs ask
    // for Chinese by default), or the catalog's en-US text.
    let page_lang = smh_errors_check::parse_locale_tag(l).map(|id| id.language.as_str().to_string());
    let known = cat
        .patterns
        .iter()
        .filter(|p| p.codes.contains(&c.code))
        .flat_map(|p| &p.texts)
        .min_by_key(|t| (Some(server_lang(&t.server)) != page_lang.as_deref(), t.holes().count()));
    let message = match known {
        Some(t) => shown_text(t, "<", ">"),
        None => by.get(SOURCE_LOCALE).map(|s| s.text.clone()).unwrap_or_default(),
    };
    let body = serde_json::json!({
        "Response": { "Error": { "Code": c.code, "Message": message }, "RequestId": EXAMPLE_REQUEST_ID }
    });
    Ok(CodeData {
        code: c.code.clone(),
        category: c.code.split('.').next().unwrap_or(&c.code).to_string(),
        kind: kind(c),
        retryable: c.retryable,
        reason,
        messages,
        doc_url,
        doc_text,
        parent,
        children,
        patterns,
        provenance: provenance(c),
        example: serde_json::to_string_pretty(&body).expect("a JSON value serializes"),
        example_known: known.is_some(),
    })
}

/// `<locale>/search-index.js`: for every code, its code, the locale of its
/// message in this locale (a fallback's, if so), that message, then every
/// other text it may be found by (its message in the other locales, its
/// known server messages).
fn search_index(cat: &Catalog, answers: &Answers, sorted: &[&CodeDef], l: &str) -> String {
    let entries: Vec<Vec<String>> = sorted
        .iter()
        .map(|c| {
            let by = &answers.messages[&c.code];
            let mut row = vec![c.code.clone(), by[l].locale.clone(), by[l].text.clone()];
            let mut more = BTreeSet::new();
            for o in &cat.locales {
                if by[&o.name].text != by[l].text {
                    more.insert(by[&o.name].text.clone());
                }
            }
            for p in cat.patterns.iter().filter(|p| p.codes.contains(&c.code)) {
                more.extend(p.texts.iter().map(|t| t.server.clone()));
            }
            row.extend(more);
            row
        })
        .collect();
    let json = serde_json::json!({ "locale": l, "entries": entries });
    format!("window.SMH_SEARCH = {json};\n")
}

fn coverage_data(cat: &Catalog, loc: &Published, source: &BTreeMap<String, Entry>) -> CoverageData {
    let files: Vec<smh_errors_check::File<'_>> =
        loc.files.iter().map(|(p, t)| smh_errors_check::File { path: p, text: t }).collect();
    let cov = smh_errors_check::coverage(&loc.name, &files, &cat.expected);
    let own = ftl::entries(&loc.files);
    let is_source = loc.name == SOURCE_LOCALE;
    let href = |id: &str| {
        let code = smh_errors_check::code_of_id(id);
        cat.codes.iter().any(|c| c.code == code).then(|| format!("{code}.html"))
    };
    let row = |id: &String| CoverageRow {
        id: id.clone(),
        href: href(id),
        comment: source.get(id).map(|e| e.comment.clone()).unwrap_or_default(),
        source: source.get(id).map(|e| e.source.clone()).unwrap_or_default(),
        own: own.get(id).map(|e| e.source.clone()),
    };
    CoverageData {
        is_source,
        total: cov.total,
        translated: cov.translated,
        missing: cov.missing,
        obsolete: cov.obsolete,
        percent: format!("{:.1}", cov.percent()),
        missing_rows: cov.missing_ids.iter().map(row).collect(),
        obsolete_rows: cov.obsolete_ids.iter().map(row).collect(),
        rows: cat.expected.iter().map(row).collect(),
    }
}
