//! The translators' workflow, run as a translator runs it: preview a partial
//! locale without rebuilding, coverage, export, and the pseudo-locales.

use std::process::Output;

use smh_errors::{Catalog, ErrorCode};

mod common;
use common::{bin, ROOT};

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&o.stdout)))
}

fn ja_partial() -> String {
    format!("{ROOT}/tests/fixtures/overlays/ja-partial")
}

// ---------------------------------------------------------------------------
// Preview without rebuilding
// ---------------------------------------------------------------------------

#[test]
fn a_partial_ja_jp_overlay_answers_explain_and_falls_back_to_en_us() {
    let explain = |code: &str| {
        let o = bin()
            .args(["explain", code, "--locale", "ja_JP.UTF-8", "--json"])
            .env("SMH_ERRORS_CATALOG_DIR", ja_partial())
            .output()
            .unwrap();
        assert!(o.status.success());
        assert!(o.stderr.is_empty(), "{}", String::from_utf8_lossy(&o.stderr));
        json(&o)
    };
    // A code ja-JP translates: its text, and `locale` says ja-JP answered.
    let v = explain("AuthFailure.SignatureFailure");
    assert_eq!(v["locale"], "ja-JP");
    assert_eq!(v["resolution"], "exact");
    assert_eq!(v["message"], "署名が正しくありません。");
    // A code it lacks: en-US's text, and `locale` says so.
    let v = explain("ResourceNotFound.Library");
    assert_eq!(v["locale"], "en-US");
    assert_eq!(v["resolution"], "exact");
    assert_eq!(v["message"], Catalog::builtin().lookup("ResourceNotFound.Library", Some("en-US")).message.as_ref());
    // Text output says which locale answered, too.
    let o = bin()
        .args(["explain", "ResourceNotFound.Library", "-l", "ja"])
        .env("SMH_ERRORS_CATALOG_DIR", ja_partial())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("ResourceNotFound.Library [en-US, exact"));
    // And the new locale is listed.
    let o = bin().arg("locales").env("SMH_ERRORS_CATALOG_DIR", ja_partial()).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout), "en-US\nzh-CN\nen-XA\nar-XB\nja-JP\n");
}

// ---------------------------------------------------------------------------
// Coverage
// ---------------------------------------------------------------------------

#[test]
fn coverage_counts_translated_missing_and_obsolete_per_locale() {
    let o = bin().args(["coverage", "catalog", "tests/fixtures/overlays/ja-partial", "--json"]).output().unwrap();
    assert!(o.status.success());
    let total = ErrorCode::COUNT + 2 + smh_errors::detail::pattern_ids().count();
    let rows = json(&o);
    let rows = rows.as_array().unwrap();
    let row = |loc: &str| rows.iter().find(|r| r["locale"] == loc).unwrap_or_else(|| panic!("{loc}: {rows:?}"));
    for loc in ["en-US", "zh-CN"] {
        let r = row(loc);
        assert_eq!(r["dir"], "catalog");
        assert_eq!((&r["translated"], &r["missing"], &r["obsolete"]), (&total.into(), &0.into(), &0.into()));
        assert_eq!(r["percent"], 100.0);
    }
    // ja-partial: unknown-code and five codes.
    let r = row("ja-JP");
    assert_eq!(r["translated"], 6);
    assert_eq!(r["missing"], total - 6);
    assert_eq!(r["obsolete"], 0);
    assert_eq!(r["total"], total);
    assert_eq!(r["percent"], ((6.0 * 1000.0 / total as f64).round() / 10.0));

    // No directory: the shipped catalog and SMH_ERRORS_CATALOG_DIR's overlays.
    let o = bin().args(["coverage", "--json"]).env("SMH_ERRORS_CATALOG_DIR", ja_partial()).output().unwrap();
    let got: Vec<(String, String)> = json(&o)
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["dir"].as_str().unwrap().to_string(), r["locale"].as_str().unwrap().to_string()))
        .collect();
    let ja = ja_partial();
    let want = [("catalog", "en-US"), ("catalog", "zh-CN"), (ja.as_str(), "ja-JP")];
    assert_eq!(got, want.map(|(d, l)| (d.to_string(), l.to_string())));

    // Obsolete messages count, and the table is readable.
    let o = bin().args(["coverage", "tests/fixtures/check/obsolete"]).output().unwrap();
    let text = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].contains("locale") && lines[0].contains("translated") && lines[0].contains("percent"));
    let ja: Vec<&str> = lines[2].split_whitespace().collect();
    assert_eq!(ja, ["tests/fixtures/check/obsolete", "ja-JP", "7/7", "0", "2", "100.0%"], "{text}");
    let o = bin().args(["coverage", "tests/fixtures/check/missing"]).output().unwrap();
    let text = String::from_utf8(o.stdout).unwrap();
    let ja: Vec<&str> = text.lines().nth(2).unwrap().split_whitespace().collect();
    // unknown-code, AuthFailure-MFAFailure, ResourceNotFound-Library; the
    // message with no value does not count.
    assert_eq!(ja, ["tests/fixtures/check/missing", "ja-JP", "3/7", "4", "0", "42.9%"], "{text}");
}

// ---------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------

#[test]
fn export_json_has_every_code_in_every_locale_in_a_stable_order() {
    let o = bin().args(["export", "--format", "json"]).output().unwrap();
    assert!(o.status.success());
    let text = String::from_utf8(o.stdout.clone()).unwrap();
    let v = json(&o);
    assert_eq!(v["source_locale"], "en-US");
    assert_eq!(v["locales"], serde_json::json!(["en-US", "zh-CN"]));
    let codes = v["codes"].as_object().unwrap();
    assert_eq!(codes.len(), ErrorCode::COUNT);
    for &c in ErrorCode::ALL.iter() {
        let e = &codes[c.as_str()];
        assert_eq!(e["kind"], c.kind().as_str(), "{c}");
        assert_eq!(e["retryable"], c.retryable(), "{c}");
        assert!(e.get("doc_url").is_none(), "{c}: one link per locale, in doc_urls");
        for loc in ["en-US", "zh-CN"] {
            let hit = Catalog::builtin().lookup(c.as_str(), Some(loc));
            assert_eq!(e["messages"][loc], hit.message.as_ref(), "{c} {loc}");
            assert_eq!(e["answered_by"][loc], loc, "{c} {loc}");
            assert_eq!(e["doc_urls"][loc], serde_json::json!(hit.doc_url), "{c} {loc}");
        }
        assert_eq!(e["doc_urls"]["en-US"], serde_json::json!(c.doc_url()), "{c}");
    }
    // Each locale's own link: the Chinese page for zh-CN, the English one for en-US.
    let mfa = &codes["AuthFailure.MFAFailure"]["doc_urls"];
    assert_eq!(mfa["zh-CN"], "https://cloud.tencent.com/document/product/378/12036");
    assert_eq!(mfa["en-US"], "https://intl.cloud.tencent.com/document/product/378/12036");
    assert_eq!(codes["InternalError"]["doc_urls"], serde_json::json!({"en-US": null, "zh-CN": null}));
    // Stable: keys sorted, codes in code order, the same bytes every run.
    let keys: Vec<&String> = codes.keys().collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert!(text.find("\"codes\"").unwrap() < text.find("\"locales\"").unwrap());
    let again = bin().args(["export", "--format", "json"]).output().unwrap();
    assert_eq!(again.stdout, o.stdout);

    // With an overlay: its locale, with fallback, and who answered.
    let o = bin().args(["export", "--format", "json"]).env("SMH_ERRORS_CATALOG_DIR", ja_partial()).output().unwrap();
    let v = json(&o);
    assert_eq!(v["locales"], serde_json::json!(["en-US", "zh-CN", "ja-JP"]));
    let e = &v["codes"]["AuthFailure.SignatureFailure"];
    assert_eq!(
        (&e["messages"]["ja-JP"], &e["answered_by"]["ja-JP"]),
        (&"署名が正しくありません。".into(), &"ja-JP".into())
    );
    // The overlay's own link where its message has one; the link of the
    // locale that answered where it fell back.
    assert_eq!(
        v["codes"]["AuthFailure.MFAFailure"]["doc_urls"]["ja-JP"],
        "https://intl.cloud.tencent.com/ja/document/product/378"
    );
    let e = &v["codes"]["ResourceNotFound.Library"];
    assert_eq!(e["answered_by"]["ja-JP"], "en-US");
    let e = &v["codes"]["UnauthorizedOperation.PassRole"];
    assert_eq!((&e["answered_by"]["ja-JP"], &e["doc_urls"]["ja-JP"]), (&"en-US".into(), &e["doc_urls"]["en-US"]));
    // Pseudo-locales only when asked.
    let o = bin().args(["export", "--pseudo"]).output().unwrap();
    assert_eq!(json(&o)["locales"], serde_json::json!(["en-US", "zh-CN", "en-XA", "ar-XB"]));
}

// ---------------------------------------------------------------------------
// Pseudo-locales
// ---------------------------------------------------------------------------

#[test]
fn pseudo_locales_are_listed_and_selectable() {
    let cat = Catalog::builtin();
    assert!(cat.locales().any(|l| l == "en-XA"));
    assert!(cat.locales().any(|l| l == "ar-XB"));
    let o = bin().arg("locales").output().unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout), "en-US\nzh-CN\nen-XA\nar-XB\n");

    let en = cat.lookup("AuthFailure.MFAFailure", Some("en-US"));
    let xa = cat.lookup("AuthFailure.MFAFailure", Some("en-XA"));
    assert_eq!(xa.locale, "en-XA");
    assert_eq!(xa.message, "ḾƑA (ḿuuŀŧi-ƒaaƈŧooř aauuŧħeeƞŧiƈaaŧiooƞ) ƒaaiŀeeḓ.");
    // The link is en-US's, untouched.
    assert_eq!(xa.doc_url, en.doc_url);
    let xb = cat.lookup("AuthFailure.MFAFailure", Some("ar-XB"));
    assert_eq!(xb.locale, "ar-XB");
    assert_eq!(xb.message, "\u{202e}WℲ∀ (ɯnʅʇı-ɟɐɔʇoɹ ɐnʇɥǝuʇıɔɐʇıou) ɟɐıʅǝp.\u{202c}");
    assert_eq!(xb.doc_url, en.doc_url);

    // Variables are not transformed: the code stays readable.
    let hit = cat.lookup("Foo.Bar", Some("en-XA"));
    assert_eq!(hit.message, "Ŧħee řeeɋuueeşŧ ƒaaiŀeeḓ ẇiŧħ eeřřooř ƈooḓee Foo.Bar.");
    // Terms are transformed like the rest of the text...
    let hit = cat.lookup("AuthFailure.InvalidAuthorization", Some("en-XA"));
    assert!(hit.message.contains("Ŧeeƞƈeeƞŧ Ƈŀoouuḓ"), "{}", hit.message);
    // ...but identifiers, names of the API, stay as every locale keeps them.
    assert!(hit.message.contains(" Authorization "), "{}", hit.message);
    let hit = cat.lookup("DryRunOperation", Some("en-XA"));
    assert!(hit.message.starts_with("DryRun ") && hit.message.contains(" DryRun "), "{}", hit.message);
    let hit = cat.lookup("UnsupportedProtocol", Some("ar-XB"));
    assert!(hit.message.contains("GET") && hit.message.contains("POST"), "{}", hit.message);

    // Every code: en-XA is accented and longer (about 30%), ar-XB runs right
    // to left, kind and retryable are the code's.
    let (mut en_len, mut xa_len) = (0usize, 0usize);
    for &c in ErrorCode::ALL.iter() {
        let en = cat.lookup(c.as_str(), Some("en-US"));
        let xa = cat.lookup(c.as_str(), Some("en-XA"));
        let xb = cat.lookup(c.as_str(), Some("ar-XB"));
        assert_eq!((xa.locale, xb.locale), ("en-XA", "ar-XB"), "{c}");
        assert_eq!((xa.kind, xa.retryable, xa.doc_url), (en.kind, en.retryable, en.doc_url), "{c}");
        assert_ne!(xa.message, en.message, "{c}");
        assert!(!xa.message.is_ascii(), "{c}: {}", xa.message);
        // Right to left, but for an identifier (DryRun, AccountName), which
        // stays as it is: a message that opens with one opens as en-US does.
        let first = xb.message.split(' ').next().unwrap_or_default();
        assert!(
            xb.message.starts_with('\u{202e}')
                || (xb.message.contains('\u{202e}') && en.message.starts_with(&format!("{first} "))),
            "{c}: {}",
            xb.message
        );
        en_len += en.message.chars().count();
        xa_len += xa.message.chars().count();
    }
    let growth = xa_len as f64 / en_len as f64;
    assert!((1.2..1.5).contains(&growth), "en-XA is {growth:.2} times en-US");

    // From the command line, like any locale.
    let o = bin().args(["explain", "InternalError", "--locale", "en-XA", "--json"]).output().unwrap();
    let v = json(&o);
    assert_eq!(v["locale"], "en-XA");
    assert_eq!(v["message"], "Aƞ iƞŧeeřƞaaŀ eeřřooř ooƈƈuuřřeeḓ.");
}

#[test]
fn negotiation_never_gives_a_pseudo_locale_unless_asked_for_exactly() {
    let cat = Catalog::builtin();
    for req in [
        "en",
        "en-US",
        "en-GB",
        "en-AU",
        "en_US.UTF-8",
        "en-Latn",
        "en-XB",
        "ar",
        "ar-EG",
        "ar-SA",
        "ar_EG.UTF-8",
        "ar-XA",
        "ar-Arab",
        "*",
        "",
        "C",
        "POSIX",
        "garbage!",
        "xa",
        "XA",
        "xb",
        "en-Latn-XA",
        "en-XA-posix",
        "en;q=0.9, ar;q=0.8",
        "ar, en",
        "fr-CH, fr;q=0.9, ar;q=0.8, *;q=0.5",
        "ar-EG, ar;q=0.9, en-GB;q=0.8",
        "he, fa, ur",
        "zh-XA",
    ] {
        let l = cat.locale(req);
        let chain: Vec<&str> = l.chain().collect();
        assert!(!chain.iter().any(|c| *c == "en-XA" || *c == "ar-XB"), "{req:?} -> {chain:?}");
        assert_eq!(cat.negotiate(req), if req.starts_with("zh") { "zh-CN" } else { "en-US" }, "{req:?}");
    }
    for (req, want) in [
        ("en-XA", "en-XA"),
        ("ar-XB", "ar-XB"),
        ("en-xa", "en-XA"),
        ("AR-xb", "ar-XB"),
        ("en_XA", "en-XA"),
        ("en_XA.UTF-8", "en-XA"),
        ("ar_XB.UTF-8", "ar-XB"),
        ("en-XA-u-nu-latn", "en-XA"),
        ("fr, en-XA;q=0.5", "en-XA"),
        ("ar, ar-XB;q=0.1", "ar-XB"),
        ("en-US, en-XA;q=0.5", "en-US"),
        ("zh-CN;q=0.5, ar-XB", "ar-XB"),
    ] {
        let l = cat.locale(req);
        assert_eq!(l.name(), want, "{req:?}");
        let chain: Vec<&str> = l.chain().collect();
        assert_eq!(chain.last(), Some(&"en-US"), "{req:?}");
    }
    assert_eq!(cat.locale("en-XA").chain().collect::<Vec<_>>(), ["en-XA", "en-US"]);
    assert_eq!(cat.locale("ar-XB").chain().collect::<Vec<_>>(), ["ar-XB", "en-US"]);
}

#[test]
fn the_default_locale_from_the_environment_follows_the_same_rule() {
    for (lang, want) in
        [("ar_EG.UTF-8", "en-US"), ("en_GB.UTF-8", "en-US"), ("en_XA.UTF-8", "en-XA"), ("ar_XB", "ar-XB")]
    {
        let o = bin().args(["explain", "InternalError", "--json"]).env("LANG", lang).output().unwrap();
        assert_eq!(json(&o)["locale"], want, "LANG={lang}");
    }
}
