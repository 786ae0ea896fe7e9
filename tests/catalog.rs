//! The builtin catalog against its sources, kept in `catalog/sources/` (see
//! its README for where each was published and when it was taken): the
//! service's error-code page (38 common + 21 business codes), the official
//! SDKs' lists and history (65 codes ever shipped, 40 of them beyond the
//! page), every code's provenance, the glossary, the retry policy of
//! `catalog/codes.toml`, and the rules for codes and locales nobody expects.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use smh_errors::ffi::{self, AnswerExt, LocaleExt};
use smh_errors::{Catalog, ErrorCode, FluentArgs, FluentValue, Kind, Locale, Lookup, Resolution, Status};

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

const PAGE: &str = "service-error-codes.md";
const SDK_PYTHON: &str = "sdk-errorcodes-python.tsv";
const SDK_JAVA: &str = "sdk-errorcodes-java.tsv";
const HISTORY: &str = "sdk-history.tsv";
const RELEASES: &str = "sdk-releases.tsv";
const GLOSSARY: &str = "glossary.tsv";
const DOC_LINKS: &str = "doc-links.tsv";

fn source_file(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("catalog/sources").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {} ({e})", path.display()))
}

/// One code of a source: its kind, the zh-CN text as the catalog must show it,
/// and the link the source gives, if any.
#[derive(Debug, Clone)]
struct Source {
    kind: Kind,
    zh: String,
    url: Option<String>,
}

/// The seed's normalisation, exactly: `[label](url)` becomes `label` (the URL
/// is returned), backticks go, and a space that only set the link apart goes
/// with it: one between the label and Chinese text, when the label's own end
/// there is Chinese too (`请在 [控制台](url) 检查` reads `请在控制台检查`; a Latin
/// label keeps its spaces: `[MFA](url) 错误` reads `MFA 错误`). Nothing else
/// changes.
fn normalise(cell: &str) -> (String, Option<String>) {
    let mut out = String::new();
    let mut url = None;
    let mut rest = cell;
    while let Some(i) = rest.find('[') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(j) = after.find("](") {
            if let Some(k) = after[j + 2..].find(')') {
                let label = &after[..j];
                let cjk_start = label.chars().next().is_some_and(is_cjk);
                let cjk_end = label.chars().last().is_some_and(is_cjk);
                if cjk_start && out.ends_with(' ') && out.trim_end_matches(' ').chars().last().is_some_and(is_cjk) {
                    out.truncate(out.trim_end_matches(' ').len());
                }
                out.push_str(label);
                assert!(url.is_none(), "the seed has two links in one cell: {cell}");
                url = Some(after[j + 2..j + 2 + k].to_string());
                rest = &after[j + 2 + k + 1..];
                let trimmed = rest.trim_start_matches(' ');
                if cjk_end && trimmed.len() < rest.len() && trimmed.chars().next().is_some_and(is_cjk) {
                    rest = trimmed;
                }
                continue;
            }
        }
        out.push('[');
        rest = after;
    }
    out.push_str(rest);
    (out.replace('`', ""), url)
}

#[test]
fn normalise_does_exactly_what_the_issue_says() {
    assert_eq!(
        normalise("请在 [控制台](https://x.invalid/a) 检查 `A`。"),
        ("请在控制台检查 A。".to_string(), Some("https://x.invalid/a".to_string()))
    );
    // A Latin label keeps the spaces around it, as Chinese typography does.
    assert_eq!(
        normalise("[MFA](https://x.invalid/m) 错误。"),
        ("MFA 错误。".to_string(), Some("https://x.invalid/m".into()))
    );
    assert_eq!(normalise("请参考 [CAM](u) 文档"), ("请参考 CAM 文档".to_string(), Some("u".into())));
    // Only a space beside Chinese text on both sides goes.
    assert_eq!(normalise("a [控制台](u) b"), ("a 控制台 b".to_string(), Some("u".into())));
    assert_eq!(normalise("a [b] c"), ("a [b] c".to_string(), None));
    assert_eq!(normalise("无链接。"), ("无链接。".to_string(), None));
}

/// The page's two tables, in file order.
fn seed_codes() -> Vec<(String, Source)> {
    let text = source_file(PAGE);
    let mut kind = None;
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with("### ") {
            kind = if line.contains("公共错误码") {
                Some(Kind::Common)
            } else if line.contains("业务错误码") {
                Some(Kind::Business)
            } else {
                None
            };
            continue;
        }
        if !line.starts_with('|') {
            continue;
        }
        let inner = line.trim_start_matches('|').trim_end_matches('|');
        let Some((code, desc)) = inner.split_once('|') else {
            continue;
        };
        let (code, desc) = (code.trim(), desc.trim());
        if code == "错误码" || code.starts_with(":-") || code.starts_with("--") {
            continue;
        }
        let kind = kind.unwrap_or_else(|| panic!("seed row outside the two tables: {line}"));
        let (zh, url) = normalise(desc);
        out.push((code.to_string(), Source { kind, zh, url }));
    }
    out
}

/// The rows of a committed TSV of `catalog/sources/`: a `# ...` line saying
/// how it was made, the header, then rows of as many columns.
fn tsv(name: &str, header: &str) -> Vec<Vec<String>> {
    let text = source_file(name);
    let mut lines = text.lines();
    assert!(lines.next().is_some_and(|l| l.starts_with("# ")), "{name}: the first line says how it was made");
    assert_eq!(lines.next(), Some(header), "{name}: the header");
    let n = header.split('\t').count();
    lines
        .map(|l| {
            let cols: Vec<String> = l.split('\t').map(str::to_string).collect();
            assert_eq!(cols.len(), n, "{name}: row {l}");
            cols
        })
        .collect()
}

/// An SDK release's list: code -> its Chinese comment. `release` is the
/// package and version its first line must name.
fn sdk_list(name: &str, release: &str) -> BTreeMap<String, String> {
    let text = source_file(name);
    let provenance = text.lines().next().expect("a provenance line");
    assert!(provenance.starts_with(&format!("# {release}: ")), "{name}: unexpected provenance: {provenance}");
    tsv(name, "code\tconstant\tcomment")
        .into_iter()
        .map(|cols| {
            assert_eq!(cols[1], cols[0].replace('.', "_").to_uppercase(), "the SDK's constant for {}", cols[0]);
            (cols[0].clone(), cols[2].clone())
        })
        .collect()
}

/// The newest Python release's list (PyPI).
fn python_list() -> BTreeMap<String, String> {
    sdk_list(SDK_PYTHON, "tencentcloud-sdk-python-smh 3.1.176")
}

/// The newest Java release's list (Maven Central).
fn java_list() -> BTreeMap<String, String> {
    sdk_list(SDK_JAVA, "com.tencentcloudapi:tencentcloud-sdk-java 3.1.1436")
}

/// One language's releases that carried a code, from the history.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Span {
    first: String,
    last: String,
    comment: String,
}

/// `sdk-history.tsv`: code -> language -> the releases that carried it.
fn history() -> BTreeMap<String, BTreeMap<String, Span>> {
    let mut out: BTreeMap<String, BTreeMap<String, Span>> = BTreeMap::new();
    for cols in tsv(HISTORY, "code\tlanguage\tfirst\tlast\tcomment") {
        let [code, language, first, last, comment] = <[String; 5]>::try_from(cols).unwrap();
        assert!(release(&first) <= release(&last), "{code} {language}: {first} after {last}");
        let span = Span { first, last, comment };
        assert!(out.entry(code.clone()).or_default().insert(language.clone(), span).is_none(), "{code} {language}");
    }
    out
}

/// `sdk-releases.tsv`: language -> the newest release the history read.
fn newest() -> BTreeMap<String, String> {
    tsv(RELEASES, "language\treleases\tfirst\tnewest\tread").into_iter().map(|c| (c[0].clone(), c[3].clone())).collect()
}

/// A release's numbers, for ordering: `v1.0.981` -> [1, 0, 981].
fn release(r: &str) -> Vec<u64> {
    r.trim_start_matches('v').split('.').map(|p| p.parse().unwrap_or_else(|_| panic!("release {r}"))).collect()
}

/// The codes some official SDK shipped that the page lacks: business codes,
/// whose zh-CN text is the SDKs' comment (the same in every language).
fn beyond_codes() -> Vec<(String, Source)> {
    let page: BTreeSet<String> = seed_codes().into_iter().map(|(c, _)| c).collect();
    history()
        .into_iter()
        .filter(|(c, _)| !page.contains(c))
        .map(|(c, spans)| {
            let comments: BTreeSet<&String> = spans.values().map(|s| &s.comment).collect();
            assert_eq!(comments.len(), 1, "{c}: the SDKs' comments differ: {comments:?}");
            let zh = comments.into_iter().next().unwrap().clone();
            (c, Source { kind: Kind::Business, zh, url: None })
        })
        .collect()
}

#[test]
fn the_sdk_lists_are_in_the_registry_and_agree_with_the_page() {
    let page: BTreeMap<String, Source> = seed_codes().into_iter().collect();
    for (list, n) in [(python_list(), 40), (java_list(), 51)] {
        assert_eq!(list.len(), n, "an SDK's list");
        for (code, comment) in &list {
            assert!(ErrorCode::from_code(code).is_some(), "{code} (in an SDK's list) is not in the registry");
            // Where both publish a text, the SDK's comment is the page's text,
            // but for these two, where the catalog follows the page (the SDK's
            // comment says more, or adds 错误).
            let differ = ["AuthFailure.UnauthorizedOperation", "MissingParameter"];
            if let Some(p) = page.get(code) {
                assert_eq!(comment == &p.zh, !differ.contains(&code.as_str()), "{code}: {comment:?} vs {:?}", p.zh);
            }
        }
    }
}

#[test]
fn the_sdk_lists_are_releases_the_history_read() {
    let history = history();
    let newest = newest();
    assert_eq!(newest.keys().map(String::as_str).collect::<Vec<_>>(), ["go", "java", "python"]);
    for (language, version, list) in [("python", "3.1.176", python_list()), ("java", "3.1.1436", java_list())] {
        assert!(release(version) <= release(&newest[language]), "{language} {version}");
        let mut problems = Vec::new();
        for (code, spans) in &history {
            let carried = spans
                .get(language)
                .filter(|s| release(&s.first) <= release(version) && release(version) <= release(&s.last));
            match (carried, list.get(code)) {
                (Some(s), Some(comment)) if &s.comment == comment => {}
                (None, None) => {}
                (s, c) => problems.push(format!("{code}: history {s:?}, {language} {version} list {c:?}")),
            }
        }
        let unknown: Vec<&String> = list.keys().filter(|c| !history.contains_key(*c)).collect();
        assert!(unknown.is_empty(), "{language} list codes the history lacks: {unknown:?}");
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

/// The links the page does not give (`doc-links.tsv`): (code, locale) to URL.
/// Each row names the evidence for its address.
fn doc_links() -> BTreeMap<(String, String), String> {
    let text = source_file(DOC_LINKS);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("code\tlocale\turl\tevidence"), "the header");
    let mut out = BTreeMap::new();
    for l in lines.filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = l.split('\t').collect();
        assert_eq!(cols.len(), 4, "row: {l}");
        assert!(ErrorCode::from_code(cols[0]).is_some(), "{l}: no such code");
        assert!(["en-US", "zh-CN"].contains(&cols[1]), "{l}: a shipped locale");
        assert!(cols[2].starts_with("https://"), "{l}: an https URL");
        assert!(cols[3].len() > 20, "{l}: say where the address was found");
        assert!(out.insert((cols[0].to_string(), cols[1].to_string()), cols[2].to_string()).is_none(), "{l}: twice");
    }
    out
}

fn all_sources() -> BTreeMap<String, Source> {
    let mut m = BTreeMap::new();
    for (c, s) in seed_codes().into_iter().chain(beyond_codes()) {
        assert!(m.insert(c.clone(), s).is_none(), "{c} is listed twice in the sources");
    }
    m
}

fn cat() -> &'static Catalog {
    Catalog::builtin()
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF      // radicals
        | 0x3000..=0x303F    // CJK symbols and punctuation (，。、)
        | 0x3040..=0x30FF    // kana
        | 0x3100..=0x31BF    // bopomofo
        | 0x3400..=0x4DBF    // ext. A
        | 0x4E00..=0x9FFF    // unified ideographs
        | 0xAC00..=0xD7AF    // hangul
        | 0xF900..=0xFAFF    // compatibility ideographs
        | 0xFE30..=0xFE4F    // compatibility forms
        | 0xFF00..=0xFFEF    // full-width forms (（），：)
        | 0x20000..=0x3FFFF) // ext. B and beyond
}

/// Every message of a locale: one per code, `unknown-code` (through an unknown
/// code) and `unknown-error` (through an empty code).
fn every_message(locale: &str) -> Vec<(String, Lookup<'static>)> {
    let mut v: Vec<(String, Lookup<'static>)> =
        ErrorCode::ALL.iter().map(|c| (c.as_str().to_string(), cat().lookup(c.as_str(), Some(locale)))).collect();
    v.push(("unknown-code".into(), cat().lookup("NoSuchCodeAnywhere", Some(locale))));
    v.push(("unknown-error".into(), cat().lookup("", Some(locale))));
    v
}

// ---------------------------------------------------------------------------
// The sources themselves
// ---------------------------------------------------------------------------

#[test]
fn seed_has_38_common_and_21_business_codes() {
    let seed = seed_codes();
    let common = seed.iter().filter(|(_, s)| s.kind == Kind::Common).count();
    let business = seed.iter().filter(|(_, s)| s.kind == Kind::Business).count();
    assert_eq!((common, business), (38, 21), "the seed's tables");
    assert_eq!(beyond_codes().len(), 40, "codes of the SDKs beyond the page");
    assert_eq!(history().len(), 65, "codes an SDK ever shipped");
    assert_eq!(all_sources().len(), 99);
    // The three linked codes of the seed.
    let linked: BTreeSet<&str> = seed.iter().filter(|(_, s)| s.url.is_some()).map(|(c, _)| c.as_str()).collect();
    assert_eq!(
        linked,
        BTreeSet::from(["AuthFailure.MFAFailure", "AuthFailure.SecretIdNotFound", "AuthFailure.UnauthorizedOperation"])
    );
}

// ---------------------------------------------------------------------------
// zh-CN is the source text
// ---------------------------------------------------------------------------

fn check_zh_against(sources: &[(String, Source)]) {
    let links = doc_links();
    let listed = |code: &str, loc: &str| links.get(&(code.to_string(), loc.to_string())).map(String::as_str);
    let mut problems = Vec::new();
    for (code, src) in sources {
        let hit = cat().lookup(code, Some("zh-CN"));
        if hit.resolution != Resolution::Exact {
            problems.push(format!("{code}: resolution {:?}, not exact", hit.resolution));
        }
        if hit.matched.map(ErrorCode::as_str) != Some(code.as_str()) {
            problems.push(format!("{code}: matched {:?}", hit.matched));
        }
        if hit.code != code.as_str() {
            problems.push(format!("{code}: code {:?}", hit.code));
        }
        if hit.locale != "zh-CN" {
            problems.push(format!("{code}: answered in {}", hit.locale));
        }
        if hit.message != src.zh {
            problems.push(format!("{code}: zh-CN message\n   catalog: {:?}\n   source:  {:?}", hit.message, src.zh));
        }
        if hit.kind != Some(src.kind) {
            problems.push(format!("{code}: lookup kind {:?}, source says {:?}", hit.kind, src.kind));
        }
        match ErrorCode::from_code(code) {
            Some(c) if c.kind() == src.kind => {}
            Some(c) => problems.push(format!("{code}: registry kind {:?}, source says {:?}", c.kind(), src.kind)),
            None => problems.push(format!("{code}: not in the registry")),
        }
        // Links differ by language: zh-CN links the page's own link, or where
        // the page gives none, the one doc-links.tsv cites; en-US links an
        // English page on the international site for the same thing (the one
        // doc-links.tsv cites, where it lists one).
        let zh_want = match (src.url.as_deref(), listed(code, "zh-CN")) {
            (Some(page), Some(l)) => {
                problems.push(format!("{code}: doc-links.tsv lists {l} for zh-CN, but the page links {page}"));
                Some(page)
            }
            (page, l) => page.or(l),
        };
        let zh_link = cat().lookup(code, Some("zh-CN")).doc_url;
        if zh_link != zh_want {
            problems.push(format!("{code}: doc_url in zh-CN is {zh_link:?}, the sources link {zh_want:?}"));
        }
        let en_link = cat().lookup(code, Some("en-US")).doc_url;
        if en_link.is_some() != zh_want.is_some() {
            problems.push(format!("{code}: doc_url in en-US is {en_link:?}, the sources link {zh_want:?}"));
        }
        if let Some(l) = listed(code, "en-US") {
            if en_link != Some(l) {
                problems.push(format!("{code}: doc_url in en-US is {en_link:?}, doc-links.tsv lists {l}"));
            }
        }
        if let Some(u) = en_link {
            let international = [
                "https://www.tencentcloud.com/document/",
                "https://intl.cloud.tencent.com/document/",
                "https://console.tencentcloud.com/",
            ];
            if !international.iter().any(|p| u.starts_with(p)) {
                problems.push(format!("{code}: the en-US link {u} is not on the international (English) site"));
            }
        }
        if let Some(c) = ErrorCode::from_code(code) {
            if c.doc_url() != en_link {
                problems
                    .push(format!("{code}: ErrorCode::doc_url {:?} is not the en-US link {en_link:?}", c.doc_url()));
            }
        }
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn zh_cn_is_the_seed_text_normalised() {
    check_zh_against(&seed_codes());
}

#[test]
fn zh_cn_is_the_beyond_seed_text() {
    check_zh_against(&beyond_codes());
}

// ---------------------------------------------------------------------------
// The registry
// ---------------------------------------------------------------------------

#[test]
fn registry_is_exactly_seed_and_beyond_seed() {
    let sources: BTreeSet<String> = all_sources().into_keys().collect();
    let registry: BTreeSet<String> = ErrorCode::ALL.iter().map(|c| c.as_str().to_string()).collect();
    assert_eq!(ErrorCode::COUNT, 99);
    assert_eq!(ErrorCode::ALL.len(), 99);
    assert_eq!(registry.len(), 99, "ErrorCode::ALL has duplicates");
    let missing: Vec<_> = sources.difference(&registry).collect();
    let extra: Vec<_> = registry.difference(&sources).collect();
    assert!(missing.is_empty() && extra.is_empty(), "missing {missing:?}, extra {extra:?}");
}

/// The provenance each code must state, from the sources alone: `page`,
/// `sdk` (the history's spans, in language order) and `status` (current when
/// the page lists it or some language's newest release carries it).
fn expected_provenance(code: &str) -> (Status, bool, Vec<(String, String, String)>) {
    let page: BTreeSet<String> = seed_codes().into_iter().map(|(c, _)| c).collect();
    let newest = newest();
    let spans: Vec<(String, String, String)> = history()
        .remove(code)
        .unwrap_or_default()
        .into_iter()
        .map(|(language, s)| (language, s.first, s.last))
        .collect();
    let on_page = page.contains(code);
    let current = on_page || spans.iter().any(|(l, _, last)| &newest[l] == last);
    (if current { Status::Current } else { Status::Retired }, on_page, spans)
}

#[test]
fn every_code_states_the_provenance_its_sources_give() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("catalog/codes.toml");
    let defs = smh_errors_check::registry::read_registry(&path).expect("the registry parses");
    assert_eq!(defs.len(), ErrorCode::COUNT);
    let mut problems = Vec::new();
    for d in &defs {
        let (status, page, spans) = expected_provenance(&d.code);
        let got: Vec<(String, String, String)> =
            d.sdk.iter().map(|s| (s.language.clone(), s.first.clone(), s.last.clone())).collect();
        if (d.status, d.page, &got) != (status, page, &spans) {
            problems.push(format!(
                "{}: registry {:?} {} {got:?}, sources {status:?} {page} {spans:?}",
                d.code, d.status, d.page
            ));
        }
        // The generated metadata is the registry's.
        let c = ErrorCode::from_code(&d.code).expect("registered");
        if c.status() != d.status || c.is_retired() != (d.status == Status::Retired) {
            problems.push(format!("{}: ErrorCode::status {:?}, registry {:?}", d.code, c.status(), d.status));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The codes only retired SDK releases carried: every official SDK has dropped them.
const RETIRED: [&str; 25] = [
    "InternalError.BalanceLess",
    "InvalidParameter.OneOfAccountNameAndAccountPasswordIsEmpty",
    "InvalidParameter.OneOfCountryCodeAndPhoneNumberIsEmpty",
    "InvalidParameterValue.AccountNameTooLong",
    "InvalidParameterValue.AccountPassword",
    "InvalidParameterValue.AccountUserIdTooLong",
    "InvalidParameterValue.CountryCodeTooLong",
    "InvalidParameterValue.DestroyTime",
    "InvalidParameterValue.DuplicateAccountName",
    "InvalidParameterValue.DuplicateAccountUserId",
    "InvalidParameterValue.DuplicateEmail",
    "InvalidParameterValue.DuplicateUserPhoneNumber",
    "InvalidParameterValue.EmailTooLong",
    "InvalidParameterValue.Filter",
    "InvalidParameterValue.InvalidAccountName",
    "InvalidParameterValue.InvalidAccountUserId",
    "InvalidParameterValue.InvalidCountryCode",
    "InvalidParameterValue.InvalidEmail",
    "InvalidParameterValue.InvalidPhoneNumber",
    "InvalidParameterValue.IsolateTime",
    "InvalidParameterValue.PhoneNumberTooLong",
    "InvalidParameterValue.RoleNotSupport",
    "InvalidParameterValue.TooManyFilters",
    "ResourceNotFound.User",
    "UnauthorizedOperation.CreateMediaBucket",
];

#[test]
fn retired_codes_resolve_exactly_and_say_they_are_retired() {
    let retired: BTreeSet<&str> = ErrorCode::ALL.iter().filter(|c| c.is_retired()).map(|c| c.as_str()).collect();
    assert_eq!(retired, BTreeSet::from(RETIRED));
    let sources = all_sources();
    for code in ErrorCode::ALL {
        let retired = code.status() == Status::Retired;
        for locale in ["zh-CN", "en-US"] {
            let hit = cat().lookup(code.as_str(), Some(locale));
            assert_eq!((hit.resolution, hit.matched, hit.locale), (Resolution::Exact, Some(code), locale), "{code}");
            assert_eq!(hit.status(), Some(code.status()), "{code}");
            assert_eq!(hit.to_json()["status"], if retired { "retired" } else { "current" }, "{code}");
            assert_eq!(hit.to_string().lines().next().unwrap().ends_with(", retired]"), retired, "{code}: {hit}");
        }
        assert_eq!(cat().lookup(code.as_str(), Some("zh-CN")).message, sources[code.as_str()].zh, "{code}");
    }
    // A sub-code answered by a retired parent reports the parent's status,
    // as it reports its kind; the generic answer has none.
    let hit = cat().lookup("InvalidParameterValue.Filter.Name", Some("en-US"));
    assert_eq!((hit.resolution, hit.status()), (Resolution::Parent, Some(Status::Retired)));
    let hit = cat().lookup("NoSuchCode", Some("en-US"));
    assert_eq!((hit.status(), hit.to_json()["status"].clone()), (None, serde_json::Value::Null));
}

#[test]
fn all_is_sorted_and_round_trips() {
    for w in ErrorCode::ALL.windows(2) {
        assert!(w[0].as_str() < w[1].as_str(), "{} before {}", w[0], w[1]);
        assert!(w[0] < w[1], "Ord of {} and {}", w[0], w[1]);
    }
    for (i, &c) in ErrorCode::ALL.iter().enumerate() {
        assert_eq!(ErrorCode::from_code(c.as_str()), Some(c));
        assert_eq!(c.as_str().parse::<ErrorCode>(), Ok(c));
        assert_eq!(c.index(), i);
        assert_eq!(c.to_string(), c.as_str());
        assert_eq!(c.fluent_id(), c.as_str().replace('.', "-"));
        assert_eq!(c.category(), c.as_str().split('.').next().unwrap());
    }
    // Case-sensitive, as the API is; no trimming.
    assert_eq!(ErrorCode::from_code("authfailure.signaturefailure"), None);
    assert_eq!(ErrorCode::from_code(" InternalError"), None);
    assert_eq!(ErrorCode::from_code("InternalError "), None);
    assert_eq!(ErrorCode::from_code(""), None);
    assert!("NotACode".parse::<ErrorCode>().is_err());
}

#[test]
fn from_bytes_finds_exactly_the_registered_codes() {
    for &c in ErrorCode::ALL.iter() {
        assert_eq!(ErrorCode::from_bytes(c.as_str().as_bytes()), Some(c));
        // Near misses land on some slot of the table and are told apart.
        let s = c.as_str();
        for near in [
            format!("{s}x"),
            s[..s.len() - 1].to_string(),
            format!("x{}", &s[1..]),
            s.to_lowercase(),
            format!("{s}\0"),
            s.replacen('.', "\0", 1),
        ]
        .into_iter()
        .filter(|near| near != s)
        {
            assert_ne!(ErrorCode::from_bytes(near.as_bytes()), Some(c), "{near:?}");
            assert_eq!(ErrorCode::from_bytes(near.as_bytes()), ErrorCode::from_code(&near));
        }
    }
    // Every length from 0 to past the longest code, and bytes that are not
    // UTF-8.
    for n in 0..80 {
        assert_eq!(ErrorCode::from_bytes(&vec![b'A'; n]), None);
        assert_eq!(ErrorCode::from_bytes(&vec![0xff; n]), None);
    }
    // Strings that share a code's first and last eight bytes and length.
    let c = ErrorCode::from_code("AuthFailure.SignatureFailure").unwrap();
    assert_eq!(ErrorCode::from_bytes(b"AuthFailXXXXXXXXXXXXFailure"), None);
    assert_eq!(ErrorCode::from_bytes(b"AuthFailure.SignatureFailure"), Some(c));
}

#[test]
fn answer_bytes_answers_as_answer_does() {
    let cat = Catalog::builtin();
    let codes: Vec<&[u8]> = ErrorCode::ALL
        .iter()
        .map(|c| c.as_str().as_bytes())
        .chain([&b"InvalidParameterValue.Nope"[..], b"Nope.X", b"", b"a b", b"\xff\xfe", b"Auth\0Failure"])
        .collect();
    let locales: [&[u8]; 9] = [b"zh-CN", b"en-US", b"zh_CN.UTF-8", b"zh", b"", b"fr", b"\xff", b"zh-CN\xff", b"en-XA"];
    for code in &codes {
        let code_str = std::str::from_utf8(code).unwrap_or("");
        for l in locales {
            let l_str = std::str::from_utf8(l).unwrap_or("");
            let a = ffi::answer_bytes(cat, code, Some(l));
            let b = cat.answer(code_str, Some(l_str));
            assert_eq!(
                (a.code, a.matched, a.resolution, a.locale(), a.static_message(), a.doc_url()),
                (b.code, b.matched, b.resolution, b.locale(), b.static_message(), b.doc_url()),
                "{code:?} in {l:?}"
            );
            assert_eq!(ffi::locale_bytes(cat, Some(l)).name(), cat.locale(l_str).name(), "{l:?}");
        }
        let a = ffi::answer_bytes(cat, code, None);
        assert_eq!(a.locale(), cat.answer(code_str, None).locale());
    }
    // Not UTF-8: the code is matched by its bytes and never shown, the
    // locale is en-US.
    let a = ffi::answer_bytes(cat, b"Auth\xffFailure", Some(b"zh-\xffCN"));
    assert_eq!((a.resolution, a.locale()), (Resolution::Generic, "en-US"));
    assert!(!a.static_message().contains("Auth"), "{}", a.static_message());
    let p = ffi::answer_bytes(cat, b"InvalidParameterValue.\xff", Some(b"zh-CN"));
    assert_eq!((p.resolution, p.matched.map(ErrorCode::as_str)), (Resolution::Parent, Some("InvalidParameterValue")));
    assert_eq!(p.message(), cat.locale("zh-CN").message("InvalidParameterValue.\u{fffd}"));
}

#[test]
fn parent_is_the_nearest_registered_ancestor() {
    let c = |s: &str| ErrorCode::from_code(s).unwrap_or_else(|| panic!("{s} not registered"));
    assert_eq!(c("InvalidParameterValue.BucketNotFound").parent(), Some(c("InvalidParameterValue")));
    assert_eq!(c("OperationDenied.PartnerAccountNotSupported").parent(), None);
    assert_eq!(c("RequestLimitExceeded.SendSms").parent(), Some(c("RequestLimitExceeded")));
    assert_eq!(c("AuthFailure.SignatureFailure").parent(), None, "AuthFailure is not registered");
    assert_eq!(c("InvalidParameter.TagsRequired").parent(), Some(c("InvalidParameter")));
    assert_eq!(c("InternalError").parent(), None);
    // Every code, computed independently from the sources.
    let names: BTreeSet<String> = all_sources().into_keys().collect();
    for &code in ErrorCode::ALL.iter() {
        let mut expect = None;
        let mut cur = code.as_str();
        while let Some(i) = cur.rfind('.') {
            cur = &cur[..i];
            if names.contains(cur) {
                expect = Some(cur);
                break;
            }
        }
        assert_eq!(code.parent().map(ErrorCode::as_str), expect, "parent of {code}");
    }
}

// ---------------------------------------------------------------------------
// Retry policy (catalog/codes.toml's header)
// ---------------------------------------------------------------------------

#[test]
fn exactly_the_six_codes_of_the_policy_are_retryable() {
    let retryable: BTreeSet<&str> = ErrorCode::ALL.iter().filter(|c| c.retryable()).map(|c| c.as_str()).collect();
    assert_eq!(
        retryable,
        BTreeSet::from([
            "InternalError",
            "RequestLimitExceeded",
            "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
            "RequestLimitExceeded.IPLimitExceeded",
            "RequestLimitExceeded.UinLimitExceeded",
            "ServiceUnavailable",
        ])
    );
    for c in ErrorCode::ALL {
        assert_eq!(cat().lookup(c.as_str(), Some("en")).retryable, c.retryable(), "{c}");
    }
    assert!(!ErrorCode::from_code("RequestLimitExceeded.SendSms").unwrap().retryable());
    assert!(!cat().lookup("RequestLimitExceeded.SendSms", Some("en")).retryable);
    for c in [
        "InternalError.SendSms",
        "InternalError.BillingRequestFail",
        "InternalError.PostpaidFail",
        "InternalError.ModifyResourceStatusFail",
    ] {
        assert!(!cat().lookup(c, None).retryable, "{c} names a downstream step: not retryable");
    }
    // No billing or balance code is retryable, under a retryable parent or not.
    for c in ErrorCode::ALL {
        let name = c.as_str();
        if smh_errors_check::registry::NEVER_RETRYABLE_WORDS.iter().any(|w| name.contains(w)) {
            assert!(!c.retryable(), "{c} is a billing or balance code");
        }
    }
    let hit = cat().lookup("InternalError.BalanceLess", Some("en-US"));
    assert_eq!((hit.resolution, hit.retryable), (Resolution::Exact, false), "an insufficient balance: not retryable");
    assert_eq!(hit.to_json()["retryable"], false);
}

#[test]
fn unknown_sub_code_takes_its_parents_policy() {
    let hit = cat().lookup("RequestLimitExceeded.Foo", Some("en-US"));
    assert_eq!(hit.resolution, Resolution::Parent);
    assert_eq!(hit.matched, ErrorCode::from_code("RequestLimitExceeded"));
    assert_eq!(hit.code, "RequestLimitExceeded.Foo");
    assert_eq!(hit.kind, Some(Kind::Common));
    assert!(hit.retryable);
    assert_eq!(hit.message, cat().lookup("RequestLimitExceeded", Some("en-US")).message);

    // A deeper unknown code goes to the nearest registered ancestor.
    let hit = cat().lookup("RequestLimitExceeded.SendSms.Foo", Some("en-US"));
    assert_eq!(hit.matched, ErrorCode::from_code("RequestLimitExceeded.SendSms"));
    assert!(!hit.retryable);
    assert_eq!(hit.kind, Some(Kind::Business));

    let hit = cat().lookup("Foo", Some("en-US"));
    assert_eq!(hit.resolution, Resolution::Generic);
    assert_eq!(hit.matched, None);
    assert_eq!(hit.kind, None);
    assert!(!hit.retryable);
    // An unregistered top-level category is not a parent.
    let hit = cat().lookup("AuthFailure.Foo", Some("en-US"));
    assert_eq!(hit.resolution, Resolution::Generic);
    assert!(!hit.retryable);
}

// ---------------------------------------------------------------------------
// en-US is for end users
// ---------------------------------------------------------------------------

#[test]
fn en_us_messages_are_plain_english() {
    let mut problems = Vec::new();
    for (id, hit) in every_message("en-US") {
        assert_eq!(hit.locale, "en-US", "{id}");
        let m = &*hit.message;
        for bad in ["{", "}", "`", "[", "](", "\u{2068}", "\u{2069}"] {
            if m.contains(bad) {
                problems.push(format!("{id}: contains {bad:?}: {m:?}"));
            }
        }
        if let Some(c) = m.chars().find(|&c| is_cjk(c)) {
            problems.push(format!("{id}: contains the CJK character {c:?}: {m:?}"));
        }
        if m.trim().is_empty() {
            problems.push(format!("{id}: empty"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn zh_cn_messages_have_no_isolation_marks() {
    for (id, hit) in every_message("zh-CN") {
        assert_eq!(hit.locale, "zh-CN", "{id}");
        assert!(!hit.message.contains(['\u{2068}', '\u{2069}']), "{id}: {:?}", hit.message);
        assert!(!hit.message.trim().is_empty(), "{id}: empty");
        assert!(!hit.message.contains('`'), "{id}: backtick in {:?}", hit.message);
        assert!(!hit.message.contains("]("), "{id}: Markdown link in {:?}", hit.message);
    }
}

#[test]
fn every_en_us_message_differs_from_zh_cn() {
    let zh: BTreeMap<String, String> =
        every_message("zh-CN").into_iter().map(|(id, h)| (id, h.message.into_owned())).collect();
    for (id, en) in every_message("en-US") {
        assert_ne!(en.message, zh[&id], "{id}: en-US is the zh-CN text");
    }
}

#[test]
fn en_us_uses_the_glossary_terms() {
    let en = |c: &str| {
        let h = cat().lookup(c, Some("en-US"));
        assert_eq!(h.resolution, Resolution::Exact, "{c}");
        h.message.into_owned()
    };
    assert!(en("InvalidParameterValue.BucketNameNotBelongYou").contains("root account"));
    assert!(en("IpInBlacklist").contains("blocklist"));
    assert!(en("IpNotInWhitelist").contains("allowlist"));
    assert!(en("UnauthorizedOperation.PassRole").contains("cam:PassRole"));
    assert!(en("UnauthorizedOperation.ServiceLinkedRole").contains("service-linked role"));
    assert!(en("UnauthorizedOperation.ServiceLinkedRole").contains("SMH"), "the -smh term");
    assert!(en("AuthFailure.InvalidAuthorization").contains("Tencent Cloud"), "the -tencent-cloud term");
    assert!(en("AuthFailure.UnauthorizedOperation").contains("CAM"), "the -cam term");
    assert!(en("ResourceNotFound.Library").contains("media library"));
    assert!(en("RequestLimitExceeded").contains("rate limit"));
    assert!(en("RequestLimitExceeded.IPLimitExceeded").contains("rate limit"));
    assert!(en("LimitExceeded.UserLimit").contains("product edition"));
    assert!(!en("IpInBlacklist").to_lowercase().contains("blacklist"));
    assert!(!en("IpNotInWhitelist").to_lowercase().contains("whitelist"));

    // Generally: where the zh-CN text uses a glossary term, the en-US text
    // uses its English (parenthetical notes aside; case-insensitive).
    let glossary = source_file(GLOSSARY);
    let strip_parens = |s: &str| {
        let mut out = String::new();
        let mut depth = 0;
        for ch in s.chars() {
            match ch {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => out.push(ch),
                _ => {}
            }
        }
        out
    };
    let mut problems = Vec::new();
    let mut rows = 0;
    for line in glossary.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let zh_terms: Vec<&str> = cols[0].split(" / ").map(str::trim).collect();
        let en_stripped = strip_parens(cols[1]);
        let en_terms: Vec<String> = en_stripped.split(" / ").map(|s| s.trim().to_lowercase()).collect();
        rows += 1;
        for (i, zt) in zh_terms.iter().enumerate() {
            let et = if en_terms.len() == zh_terms.len() { &en_terms[i] } else { &en_terms[0] };
            for &c in ErrorCode::ALL.iter() {
                let zh = cat().lookup(c.as_str(), Some("zh-CN")).message;
                if zh.contains(zt) {
                    let e = cat().lookup(c.as_str(), Some("en-US")).message.to_lowercase();
                    if !e.contains(et.as_str()) {
                        problems.push(format!("{c}: zh-CN says {zt}, en-US lacks {et:?}: {e:?}"));
                    }
                }
            }
        }
    }
    assert!(rows >= 20, "the glossary has {rows} rows");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every identifier term of en-US (a name of the API, `-DryRun = DryRun`) is a
/// name the sources give: in the page's or the SDK list's text, or among the
/// SDK's parameters catalog/sources/README.md lists. None is made up.
#[test]
fn every_identifier_is_a_name_the_sources_give() {
    let sources = [
        source_file(PAGE),
        source_file(SDK_PYTHON),
        source_file(SDK_JAVA),
        source_file(HISTORY),
        source_file("server-messages.tsv"),
        source_file("README.md"),
    ]
    .concat();
    let en =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("catalog/en-US/errors.ftl")).unwrap();
    let mut identifiers = Vec::new();
    for line in en.lines() {
        let Some((id, value)) = line.strip_prefix('-').and_then(|l| l.split_once(" = ")) else { continue };
        if smh_errors_check::is_identifier_term(id, value.trim()) {
            identifiers.push(value.trim().to_string());
        }
    }
    assert!(identifiers.len() >= 10, "{identifiers:?}");
    for name in &identifiers {
        assert!(sources.contains(&format!("`{name}`")) || sources.contains(name.as_str()), "{name}: in no source");
    }
    // The names the Chinese texts do not write are the SDK's parameters.
    for name in ["Tags", "EnableQuota", "LibraryQuota", "Purpose", "Token"] {
        assert!(identifiers.contains(&name.to_string()), "{name}");
        assert!(source_file("README.md").contains(&format!("`{name}`")), "{name}: catalog/sources/README.md names it");
    }
}

// ---------------------------------------------------------------------------
// The generic messages
// ---------------------------------------------------------------------------

#[test]
fn unknown_code_shows_the_code() {
    for (loc, prefix) in [("en-US", "The request failed"), ("zh-CN", "请求失败")] {
        let hit = cat().lookup("Foo.Bar_Baz-1", Some(loc));
        assert_eq!(hit.resolution, Resolution::Generic);
        assert_eq!(hit.locale, loc);
        assert_eq!(hit.code, "Foo.Bar_Baz-1");
        assert!(hit.message.contains("Foo.Bar_Baz-1"), "{loc}: {:?}", hit.message);
        assert!(hit.message.starts_with(prefix), "{loc}: {:?}", hit.message);
        assert!(!hit.message.contains(['\u{2068}', '\u{2069}']), "{loc}: isolation marks in {:?}", hit.message);
        assert_eq!(hit.doc_url, None);
        assert_eq!(hit.matched_str(), "");
    }
    assert_eq!(cat().lookup("Foo", Some("en-US")).message, "The request failed with error code Foo.");
    assert_eq!(cat().lookup("Foo", Some("zh-CN")).message, "请求失败，错误码：Foo。");
}

#[test]
fn unfit_codes_get_unknown_error_without_the_code() {
    let long129 = "A".repeat(129);
    let long128 = "B".repeat(128);
    let cases: Vec<String> = vec![
        String::new(),
        "Foo Bar".into(),
        " Foo".into(),
        "Foo\nInjected: line".into(),
        "Foo\r".into(),
        "Foo\tBar".into(),
        "Foo\u{7f}".into(),
        "Foo\u{1b}[31m".into(),
        "错误码".into(),
        "Foo\u{a0}Bar".into(),
        "Café".into(),
        long129.clone(),
    ];
    for loc in ["en-US", "zh-CN"] {
        let generic = cat().lookup("", Some(loc)).message.into_owned();
        assert!(!generic.is_empty());
        for code in &cases {
            let hit = cat().lookup(code, Some(loc));
            assert_eq!(hit.resolution, Resolution::Generic, "{code:?}");
            assert_eq!(hit.message, generic, "{loc}: {code:?} should get unknown-error");
            assert_eq!(hit.code, code.as_str(), "the code as asked is kept");
            assert!(!hit.retryable);
            if !code.is_empty() {
                assert!(!hit.message.contains(code.as_str()), "{code:?}");
            }
        }
        // 128 bytes is still shown; 129 is not.
        let hit = cat().lookup(&long128, Some(loc));
        assert!(hit.message.contains(&long128), "a 128-byte code is shown");
        assert!(!cat().lookup(&long129, Some(loc)).message.contains(&long129[..100]));
        assert_ne!(generic, cat().lookup("Foo", Some(loc)).message);
    }
    assert_eq!(cat().lookup("", Some("en-US")).message, "The request failed for an unknown reason.");
    assert_eq!(cat().lookup("", Some("zh-CN")).message, "请求失败，原因未知。");
}

#[test]
fn unfit_codes_under_a_known_parent_still_answer_by_parent() {
    // The parent rule comes before the generic one: the code is not shown.
    let hit = cat().lookup("InvalidParameterValue.Foo Bar", Some("en-US"));
    assert_eq!(hit.resolution, Resolution::Parent);
    assert_eq!(hit.matched_str(), "InvalidParameterValue");
    assert!(!hit.message.contains("Foo Bar"));
}

// ---------------------------------------------------------------------------
// Concurrency
// ---------------------------------------------------------------------------

const fn assert_send_sync<T: Send + Sync>() {}
const _: () = assert_send_sync::<Catalog>();
const _: () = assert_send_sync::<Locale<'static>>();
const _: () = assert_send_sync::<Lookup<'static>>();

const THREAD_CODES: &[&str] = &[
    "AuthFailure.SignatureFailure",
    "InvalidParameterValue.Foo",
    "RequestLimitExceeded.Bar.Baz",
    "Nope",
    "",
    "has space",
    "ResourceNotFound.Library",
    "AuthFailure.MFAFailure",
    "UnauthorizedOperation.ServiceLinkedRole",
];
const THREAD_LOCALES: &[&str] = &[
    "zh-CN",
    "en",
    "zh_TW.UTF-8",
    "fr;q=0.5, zh;q=0.9",
    "C",
    "*",
    "",
    "garbage!!",
    "zh-Hant-HK",
    "en-GB",
    "ZH-cn",
    "de-DE, en;q=0.1",
];

fn mixed_lookups(seed: u64, n: usize) -> Vec<Lookup<'static>> {
    let mut x = seed;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let r = (x >> 33) as usize;
        let code = if r % 3 == 0 {
            ErrorCode::ALL[r % ErrorCode::COUNT].as_str()
        } else {
            THREAD_CODES[r % THREAD_CODES.len()]
        };
        let loc = THREAD_LOCALES[(r / 7) % THREAD_LOCALES.len()];
        let hit = match r % 4 {
            0 => cat().locale(loc).lookup(code),
            1 => {
                let mut args = FluentArgs::new();
                args.set("code", "ignored");
                cat().format(code, Some(loc), &args)
            }
            _ => cat().lookup(code, Some(loc)),
        };
        out.push(hit);
    }
    out
}

#[test]
fn eight_threads_get_the_same_answers_as_one() {
    const N: usize = 10_000;
    let expected: Vec<Vec<Lookup<'static>>> = (0..8).map(|t| mixed_lookups(t * 7919 + 1, N)).collect();
    let handles: Vec<_> = (0..8u64).map(|t| std::thread::spawn(move || mixed_lookups(t * 7919 + 1, N))).collect();
    for (t, h) in handles.into_iter().enumerate() {
        let got = h.join().expect("a lookup thread panicked");
        assert_eq!(got.len(), N);
        for (i, (g, e)) in got.iter().zip(&expected[t]).enumerate() {
            assert_eq!(g, e, "thread {t}, lookup {i}");
        }
    }
}

// ---------------------------------------------------------------------------
// Formatting with arguments
// ---------------------------------------------------------------------------

#[test]
fn format_keeps_the_code_as_asked() {
    let mut args = FluentArgs::new();
    args.set("code", FluentValue::from("Evil\nInjected"));
    args.set("other", 42);
    for (loc, want) in
        [("en-US", "The request failed with error code Foo.Bar."), ("zh-CN", "请求失败，错误码：Foo.Bar。")]
    {
        let hit = cat().format("Foo.Bar", Some(loc), &args);
        assert_eq!(hit.message, want);
        assert_eq!(hit.code, "Foo.Bar");
        assert_eq!(hit.resolution, Resolution::Generic);
        assert_eq!(hit.locale, loc);
    }
    // Through a Locale handle, too.
    let hit = cat().locale("en").format("Foo.Bar", &args);
    assert_eq!(hit.message, "The request failed with error code Foo.Bar.");
    // A known code's message is unaffected by arguments.
    let hit = cat().format("AuthFailure.SignatureFailure", Some("zh-CN"), &args);
    assert_eq!(hit.message, cat().lookup("AuthFailure.SignatureFailure", Some("zh-CN")).message);
    // An unfit code still gets unknown-error, whatever `code` says.
    let hit = cat().format("", Some("en-US"), &args);
    assert_eq!(hit.message, "The request failed for an unknown reason.");
    assert!(!hit.message.contains("Evil"));
    // No arguments at all.
    let hit = cat().format("Foo", Some("en-US"), &FluentArgs::new());
    assert_eq!(hit.message, "The request failed with error code Foo.");
}

// ---------------------------------------------------------------------------
// Hostile input
// ---------------------------------------------------------------------------

#[test]
fn huge_code_gets_a_defined_answer() {
    let huge = "X".repeat(1 << 20);
    let hit = cat().lookup(&huge, Some("en-US"));
    assert_eq!(hit.resolution, Resolution::Generic);
    assert_eq!(hit.message, "The request failed for an unknown reason.");
    assert_eq!(hit.code.len(), 1 << 20);

    let under_parent = format!("InvalidParameterValue.{}", "y".repeat(1 << 20));
    let hit = cat().lookup(&under_parent, Some("zh-CN"));
    assert_eq!(hit.resolution, Resolution::Parent);
    assert_eq!(hit.matched_str(), "InvalidParameterValue");
    assert_eq!(hit.message, "参数取值错误。");
}

#[test]
fn huge_code_of_many_segments_answers_promptly() {
    // 1 MiB of "A." segments: a lookup must not cost time quadratic in the
    // code's length (no registered code is longer than a few dozen bytes, so
    // a longer prefix cannot be a parent). Run on a thread and given a
    // deadline, so that a quadratic lookup fails the test instead of hanging
    // the run.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let code = "A.".repeat(1 << 19);
        let started = std::time::Instant::now();
        let hit = cat().lookup(&code, Some("en-US"));
        let _ = tx.send((hit.resolution, hit.message.into_owned(), started.elapsed()));
    });
    match rx.recv_timeout(std::time::Duration::from_secs(5)) {
        Ok((resolution, message, took)) => {
            assert_eq!(resolution, Resolution::Generic);
            assert_eq!(message, "The request failed for an unknown reason.");
            assert!(took < std::time::Duration::from_secs(5), "took {took:?}");
        }
        Err(_) => panic!(
            "looking up a 1 MiB code of 524288 `A.` segments did not answer within 5 s: \
             match_code hashes every prefix (quadratic in the code's length)"
        ),
    }
}

#[test]
fn nul_bytes_in_codes_get_defined_answers() {
    for loc in ["en-US", "zh-CN"] {
        let generic = cat().lookup("", Some(loc)).message.into_owned();
        for code in ["\0", "Auth\0Failure", "AuthFailure.SignatureFailure\0", "\0InternalError", "InternalError\0.Foo"]
        {
            let hit = cat().lookup(code, Some(loc));
            assert_eq!(hit.resolution, Resolution::Generic, "{code:?}");
            assert_eq!(hit.message, generic, "{code:?}");
            assert!(!hit.message.contains('\0'));
        }
        // A NUL after a registered parent: the parent answers, the NUL is not shown.
        let hit = cat().lookup("InternalError.\0", Some(loc));
        assert_eq!(hit.resolution, Resolution::Parent);
        assert_eq!(hit.matched_str(), "InternalError");
        assert!(!hit.message.contains('\0'));
    }
}

#[test]
fn hostile_locale_strings_get_defined_answers() {
    let code = "AuthFailure.SignatureFailure";
    let en = cat().lookup(code, Some("en-US")).message.into_owned();
    let zh = cat().lookup(code, Some("zh-CN")).message.into_owned();
    let mb_garbage = "q".repeat(1 << 20);
    let mb_list = "xx-YY;q=0.3, ".repeat((1 << 20) / 13);
    let mb_zh = format!("zh-CN{}", " ".repeat(1 << 20));
    let to_en: Vec<&str> = vec![
        &mb_garbage,
        &mb_list,
        "\0",
        "\0zh-CN",
        "\u{FFFD}",
        "\u{FFFF}",
        "\u{10FFFF}",
        "\u{202E}NC-hz",
        "ｚｈ－ＣＮ",
        "zh\0",
        ";;;,,,q=,;q=x",
        "zh-CN;q=0",
        "zh-CN;q=0.0, en",
    ];
    for (i, loc) in to_en.iter().enumerate() {
        let l = cat().locale(loc);
        assert_eq!(l.name(), "en-US", "case {i}: {:?}", &loc[..loc.len().min(40)]);
        assert_eq!(l.chain().last(), Some("en-US"));
        let hit = cat().lookup(code, Some(loc));
        assert_eq!(hit.locale, "en-US", "case {i}");
        assert_eq!(hit.message, en, "case {i}");
    }
    // Leading and trailing white space around a real tag is forgiven.
    assert_eq!(cat().negotiate(&mb_zh), "zh-CN");
    assert_eq!(cat().lookup(code, Some(&mb_zh)).message, zh);
    // Real tags with garbage attached: defined, stable, and a catalog locale.
    for loc in ["zh-CN\0", "zh-CN\u{FEFF}", "zh-\u{202E}CN", "zh-CN-\u{FFFD}", "zh-CN;q=\u{FFFD}"] {
        let a = cat().negotiate(loc);
        assert!(a == "zh-CN" || a == "en-US", "{loc:?} -> {a}");
        assert_eq!(cat().negotiate(loc), a, "{loc:?} answers the same twice");
        let hit = cat().lookup(code, Some(loc));
        assert_eq!(hit.locale, a);
        assert_eq!(hit.message, if a == "zh-CN" { zh.as_str() } else { en.as_str() });
    }
    // The global convenience functions agree.
    assert_eq!(smh_errors::negotiate("\0"), "en-US");
    assert_eq!(smh_errors::lookup(code, Some(&mb_garbage)).locale, "en-US");
}

#[test]
fn locale_spellings_resolve_as_designed() {
    for (req, want) in [
        ("zh-CN", "zh-CN"),
        ("zh_CN.UTF-8", "zh-CN"),
        ("zh-Hans-CN", "zh-CN"),
        ("ZH-cn", "zh-CN"),
        ("zh", "zh-CN"),
        ("zh-TW", "zh-CN"),
        ("zh-Hant-HK", "zh-CN"),
        ("yue", "zh-CN"),
        ("cmn-Hans-CN", "zh-CN"),
        ("en", "en-US"),
        ("en-GB", "en-US"),
        ("en_US.UTF-8", "en-US"),
        ("C", "en-US"),
        ("POSIX", "en-US"),
        ("*", "en-US"),
        ("", "en-US"),
        ("fr-FR", "en-US"),
        ("fr-FR, zh;q=0.8, en;q=0.5", "zh-CN"),
        ("en;q=0.9, zh-CN", "zh-CN"),
        ("zh-CN;q=0.1, en;q=0.9", "en-US"),
    ] {
        assert_eq!(cat().negotiate(req), want, "{req:?}");
    }
    // The shipped locales, then the pseudo-locales built from en-US.
    assert_eq!(cat().locales().collect::<Vec<_>>(), ["en-US", "zh-CN", "en-XA", "ar-XB"]);
}

#[test]
fn locale_chain_ends_in_en_us() {
    // `Locale::chain` promises "every catalog locale tried, in order; the last
    // is en-US" (and en-US has every message, so nothing after it is ever
    // tried). That holds also when the request names English before Chinese.
    for req in ["zh-CN", "zh", "en", "C", "", "fr", "zh, en", "en, zh-CN", "zh-CN;q=0.1, en;q=0.9", "en-GB, zh-TW"] {
        let chain: Vec<&str> = cat().locale(req).chain().collect();
        assert_eq!(chain.last(), Some(&"en-US"), "{req:?}: chain {chain:?}");
        assert_eq!(chain.iter().filter(|l| **l == "en-US").count(), 1, "{req:?}: chain {chain:?}");
    }
}

#[test]
fn static_message_is_the_message_and_shows_an_unknown_code() {
    let zh = cat().locale("zh-CN");
    for code in ErrorCode::ALL {
        assert_eq!(zh.static_message(code.as_str()), zh.lookup(code.as_str()).message, "{code}");
    }
    // Parent: the parent's text, as lookup gives it.
    assert_eq!(zh.static_message("InvalidParameterValue.Foo"), "参数取值错误。");
    // A showable unknown code is shown, kept: the same pointer
    // each time.
    let a = zh.static_message("NoSuch.Code");
    assert_eq!(a, "请求失败，错误码：NoSuch.Code。");
    assert!(std::ptr::eq(a, zh.static_message("NoSuch.Code")));
    assert_eq!(cat().locale("en").static_message("NoSuch.Code"), "The request failed with error code NoSuch.Code.");
    // One not fit to show: the codeless generic text, one pointer.
    let e = zh.static_message("a b");
    assert_eq!(e, "请求失败，原因未知。");
    assert!(std::ptr::eq(e, zh.static_message("")));
}

#[test]
fn the_registry_refuses_a_link_each_locale_gives_its_own() {
    let text =
        "[codes.\"AuthFailure.MFAFailure\"]\nkind = \"common\"\nretryable = false\nstatus = \"current\"\npage = true\n\
                sdk = []\ndoc_url = \"https://x.invalid/\"\n";
    let diags = smh_errors_check::registry::parse_registry("codes.toml", text).expect_err("doc_url is refused");
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(diags[0].rule, "registry-unknown-key");
    assert!(diags[0].message.contains("`.doc-url`"), "{}", diags[0].message);
    let ok = text.replace("doc_url = \"https://x.invalid/\"\n", "");
    assert_eq!(smh_errors_check::registry::parse_registry("codes.toml", &ok).map(|c| c.len()), Ok(1));
}

/// A clone anywhere passes: no file of the repository reads, or points the
/// reader at, a `shared` folder beside the checkout.
#[test]
fn nothing_refers_to_a_folder_beside_the_checkout() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let listed = std::process::Command::new("git").arg("-C").arg(&root).args(["ls-files", "-z"]).output();
    let files: Vec<PathBuf> = match listed {
        Ok(o) if o.status.success() => o
            .stdout
            .split(|&b| b == 0)
            .filter(|p| !p.is_empty())
            .map(|p| root.join(String::from_utf8_lossy(p).as_ref()))
            .collect(),
        // Not a git checkout (an unpacked crate): every file below the root.
        _ => {
            let mut out = Vec::new();
            let mut stack = vec![root.clone()];
            while let Some(dir) = stack.pop() {
                for e in std::fs::read_dir(&dir).unwrap().flatten() {
                    let p = e.path();
                    let name = e.file_name();
                    if p.is_dir() && ![".git", "target", ".venv"].contains(&name.to_string_lossy().as_ref()) {
                        stack.push(p);
                    } else if p.is_file() {
                        out.push(p);
                    }
                }
            }
            out
        }
    };
    assert!(files.len() > 50, "only {} files found", files.len());
    // Spelled in pieces so that this file does not match itself.
    let needles = [format!("../{}", "shared"), format!("{}/seed/", "shared"), format!("{}/reference/", "shared")];
    let mut hits = Vec::new();
    for f in &files {
        let Ok(text) = std::fs::read_to_string(f) else { continue };
        for n in &needles {
            if let Some(at) = text.find(n.as_str()) {
                let line = text[..at].lines().count().max(1);
                hits.push(format!("{}:{line}: {n}", f.strip_prefix(&root).unwrap_or(f).display()));
            }
        }
    }
    assert!(hits.is_empty(), "files refer to a folder beside the checkout:\n{}", hits.join("\n"));
}
