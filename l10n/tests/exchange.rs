//! XLIFF and TMX on the shipped catalog: the round trip, what a CAT tool
//! does to a file, hostile files, and the overlay folder written whole or
//! not at all.

use std::path::{Path, PathBuf};

use quick_xml::events::Event;
use smh_errors_l10n::{
    export_tmx, export_xliff, import_xliff, read_capped, write_overlay, FtlFile, ImportError, LocaleFiles,
    MAX_XLIFF_LEN,
};

fn catalog(locale: &str) -> LocaleFiles {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../catalog").join(locale);
    let mut files: Vec<FtlFile> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .map(|p| FtlFile {
            name: p.file_name().unwrap().to_string_lossy().into_owned(),
            text: std::fs::read_to_string(&p).unwrap(),
        })
        .collect();
    files.sort_by(|a, b| a.name.cmp(&b.name));
    LocaleFiles { locale: locale.to_string(), files }
}

fn en() -> LocaleFiles {
    catalog("en-US")
}

fn zh_xliff() -> String {
    export_xliff(&en(), &catalog("zh-CN")).unwrap()
}

fn invalid(xliff: &str) -> String {
    match import_xliff(xliff.as_bytes(), &en()) {
        Err(ImportError::Invalid(msg)) => {
            assert!(!msg.contains('\n'), "one line: {msg}");
            msg
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// The text of message `id` in the shipped `locale` (plain text only).
fn value_of(locale: &str, id: &str) -> String {
    for f in catalog(locale).files {
        let r = fluent_syntax::parser::parse(f.text.as_str()).unwrap();
        for e in &r.body {
            if let fluent_syntax::ast::Entry::Message(m) = e {
                if m.id.name == id {
                    return m
                        .value
                        .as_ref()
                        .unwrap()
                        .elements
                        .iter()
                        .map(|e| match e {
                            fluent_syntax::ast::PatternElement::TextElement { value } => value.to_string(),
                            other => panic!("{id} is not plain text: {other:?}"),
                        })
                        .collect();
                }
            }
        }
    }
    panic!("no {id} in {locale}")
}

/// `x` with the `<segment>...</segment>` of unit `id` replaced by `with`.
fn with_segments(x: &str, id: &str, with: &str) -> String {
    let start = x.find(&format!("<unit id=\"{id}\">")).unwrap();
    let seg = start + x[start..].find("<segment").unwrap();
    let end = seg + x[seg..].find("</segment>").unwrap() + "</segment>".len();
    format!("{}{with}{}", &x[..seg], &x[end..])
}

fn text_of(l: &LocaleFiles, name: &str) -> String {
    l.files.iter().find(|f| f.name == name).unwrap().text.clone()
}

/// A scratch directory under the target directory, empty.
fn scratch(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&d);
    d
}

#[test]
fn export_then_import_gives_zh_cn_back_byte_for_byte() {
    let back = import_xliff(zh_xliff().as_bytes(), &en()).unwrap();
    let zh = catalog("zh-CN");
    assert_eq!(back.locale, "zh-CN");
    assert_eq!(back.files.len(), zh.files.len());
    for f in &zh.files {
        assert_eq!(text_of(&back, &f.name), f.text, "{}", f.name);
    }
}

#[test]
fn each_unit_has_its_id_source_target_note_and_inline_codes() {
    let x = zh_xliff();
    let unit = x.split("<unit id=\"unknown-code\">").nth(1).unwrap().split("</unit>").next().unwrap();
    assert!(unit.contains("<note appliesTo=\"source\" category=\"comment\">"), "{unit}");
    assert!(unit.contains("$code (String)"), "the en-US comment: {unit}");
    assert!(unit.contains("<data id=\"d1\">{ $code }</data>"), "{unit}");
    assert!(
        unit.contains("<source>The request failed with error code <ph id=\"1\" dataRef=\"d1\" disp=\"{ $code }\""),
        "{unit}"
    );
    assert!(unit.contains("<target>请求失败，错误码：<ph id=\"1\" dataRef=\"d1\""), "{unit}");
    assert!(unit.contains("canDelete=\"no\""), "a variable may not be deleted: {unit}");
    // A term: its own unit, and an inline code where a message uses it.
    assert!(x.contains("<unit id=\"-tencent-cloud\">"));
    assert!(x.contains("subType=\"fluent:term\""));
    // An attribute: a unit of its own.
    assert!(x.contains("<unit id=\"AuthFailure-MFAFailure.doc-url\">"));
    // Every unit of en-US is there.
    let units = x.matches("<unit id=").count();
    let en_entries: usize = en()
        .files
        .iter()
        .map(|f| {
            let r = fluent_syntax::parser::parse(f.text.as_str()).unwrap();
            r.body
                .iter()
                .map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => usize::from(m.value.is_some()) + m.attributes.len(),
                    fluent_syntax::ast::Entry::Term(t) => 1 + t.attributes.len(),
                    _ => 0,
                })
                .sum::<usize>()
        })
        .sum();
    assert_eq!(units, en_entries);
}

#[test]
fn a_new_locale_exports_untranslated_and_imports_what_was_translated() {
    let ja = LocaleFiles { locale: "ja-JP".into(), files: Vec::new() };
    let x = export_xliff(&en(), &ja).unwrap();
    assert!(!x.contains("<target>"));
    assert!(x.contains("state=\"initial\""));
    // A translator fills in one message.
    let source = format!("<source>{}</source>", value_of("en-US", "ActionOffline"));
    assert!(x.contains(&source));
    let x = x.replacen(&source, &format!("{source}<target>この API は提供を終了しました。</target>"), 1);
    let back = import_xliff(x.as_bytes(), &en()).unwrap();
    let errors = text_of(&back, "errors.ftl");
    assert!(errors.contains("ActionOffline = この API は提供を終了しました。\n"), "{errors}");
    // Untranslated messages fall back: they are left out. Terms stay.
    assert!(!errors.contains("InternalError ="), "{errors}");
    assert!(errors.contains("-tencent-cloud = Tencent Cloud\n"), "{errors}");
}

#[test]
fn a_partial_file_without_skeleton_imports_its_translations_only_and_survives_a_round_trip() {
    // A hand-made file with two units and no skeleton. The messages it does not translate
    // fall back (they were copied from en-US before); the file it does not
    // name is not written, and export then import gives the same files
    // (details.ftl came back holding only en-US's comments).
    let x = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="ja-JP">
  <file id="f1" original="errors.ftl">
    <unit id="ActionOffline"><segment><source>x</source><target>この API は提供を終了しました。</target></segment></unit>
  </file>
</xliff>"#;
    let first = import_xliff(x.as_bytes(), &en()).unwrap();
    assert_eq!(first.files.len(), 1);
    let errors = text_of(&first, "errors.ftl");
    assert!(errors.contains("ActionOffline = この API は提供を終了しました。\n"));
    assert!(!errors.contains("\nInternalError ="), "{errors}");
    let again = import_xliff(export_xliff(&en(), &first).unwrap().as_bytes(), &en()).unwrap();
    assert_eq!(again, first);
    // Files come sorted by name, whatever the order of <file> (the fuzzer's
    // second seed).
    let two = x.replace(
        "</file>\n</xliff>",
        "</file>\n  <file id=\"f2\" original=\"details.ftl\"><unit id=\"detail-rate-limit\"><segment><source>x</source><target>頻度の上限を超えました。</target></segment></unit></file>\n</xliff>",
    );
    let names: Vec<String> = import_xliff(two.as_bytes(), &en()).unwrap().files.into_iter().map(|f| f.name).collect();
    assert_eq!(names, ["details.ftl", "errors.ftl"]);
    // A skeleton of the locale's own holding only a term is written; a file
    // the locale lacks comes back from export then import as nothing, not
    // as en-US's terms (the fuzzer's third find).
    let own = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="zh-TW">
  <file id="f1" original="details.ftl"><skeleton>-smh-tw = SMH
</skeleton><unit id="detail-rate-limit"><segment><source>x</source></segment></unit></file>
</xliff>"#;
    let first = import_xliff(own.as_bytes(), &en()).unwrap();
    assert_eq!(first.files.len(), 1);
    assert_eq!(text_of(&first, "details.ftl"), "-smh-tw = SMH\n");
    let again = import_xliff(export_xliff(&en(), &first).unwrap().as_bytes(), &en()).unwrap();
    assert_eq!(again, first);
}

#[test]
fn what_cat_tools_do_to_a_unit_is_read() {
    let x = zh_xliff();
    // Segments split in two with an ignorable between, annotations, markers
    // and a character given as <cp/>.
    let edited = with_segments(
        &x,
        "ActionOffline",
        "<segment state=\"translated\"><source>This API</source><target><mrk id=\"m1\" type=\"term\">接口</mrk></target></segment>\
         <ignorable><source> </source></ignorable>\
         <segment><source>has been withdrawn.</source><target><sm id=\"s\"/>已下线<cp hex=\"3002\"/><em startRef=\"s\"/></target></segment>",
    );
    assert_ne!(edited, x);
    let back = import_xliff(edited.as_bytes(), &en()).unwrap();
    assert!(text_of(&back, "errors.ftl").contains("\nActionOffline = 接口 已下线。\n"));
    // An element of another namespace (a module's, a tool's) is skipped.
    let with_module = x.replacen(
        "<unit id=\"ActionOffline\">",
        "<unit id=\"ActionOffline\"><mtc:matches xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\"><mtc:match ref=\"#1\"><source>x</source></mtc:match></mtc:matches>",
        1,
    );
    assert_eq!(
        text_of(&import_xliff(with_module.as_bytes(), &en()).unwrap(), "errors.ftl"),
        text_of(&catalog("zh-CN"), "errors.ftl")
    );
}

#[test]
fn a_translation_with_braces_or_spaces_is_written_as_fluent_that_reads_it_back() {
    let x = zh_xliff().replacen("<target>接口已下线。</target>", "<target> 接口 {已} 下线。 </target>", 1);
    let back = import_xliff(x.as_bytes(), &en()).unwrap();
    let errors = text_of(&back, "errors.ftl");
    let line = errors.lines().find(|l| l.starts_with("ActionOffline =")).unwrap();
    let line = format!("{line}\n");
    let r = fluent_syntax::parser::parse(line.as_str()).unwrap();
    let fluent_syntax::ast::Entry::Message(m) = &r.body[0] else { panic!() };
    let shown: String =
        m.value
            .as_ref()
            .unwrap()
            .elements
            .iter()
            .map(|e| match e {
                fluent_syntax::ast::PatternElement::TextElement { value } => value.to_string(),
                fluent_syntax::ast::PatternElement::Placeable {
                    expression:
                        fluent_syntax::ast::Expression::Inline(fluent_syntax::ast::InlineExpression::StringLiteral {
                            value,
                        }),
                } => value.to_string(),
                other => panic!("{other:?}"),
            })
            .collect();
    assert_eq!(shown, " 接口 {已} 下线。 ");
}

#[test]
fn hostile_or_broken_files_get_one_line_and_nothing_else() {
    let x = zh_xliff();
    let body = x.split_once("?>\n").unwrap().1;
    let laughs = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n{}",
        body.replacen("<target>接口已下线。</target>", "<target>&c;</target>", 1)
    );
    assert!(invalid(&laughs).contains("DTD"));
    let xxe = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n{}",
        body.replacen("<target>接口已下线。</target>", "<target>&e;</target>", 1)
    );
    assert!(invalid(&xxe).contains("DTD"));
    assert!(invalid(&x.replacen("<target>接口已下线。</target>", "<target>&e;</target>", 1)).contains("&e;"));
    assert!(invalid(&x.replacen("\"UTF-8\"", "\"UTF-16\"", 1)).contains("UTF-16"));
    assert!(invalid("<xliff").contains("XML"));
    // The XML reader quotes the input in its errors, line breaks included:
    // the refusal is still one line.
    assert!(invalid(&x.replacen("</source>\n        <target>", "</source\n<target>", 1)).contains("\\n"));
    assert!(invalid("").contains("no <xliff>"));
    assert!(invalid(&x.replacen("version=\"2.0\"", "version=\"1.2\"", 1)).contains("1.2"));
    assert!(invalid(&x.replacen("urn:oasis:names:tc:xliff:document:2.0", "urn:oasis:names:tc:xliff:document:1.2", 1))
        .contains("root"));
    assert!(invalid(&x.replacen("srcLang=\"en-US\"", "srcLang=\"de-DE\"", 1)).contains("de-DE"));
    for bad in ["und", "../etc", "en-US", "zh_CN", ""] {
        assert!(
            invalid(&x.replacen("trgLang=\"zh-CN\"", &format!("trgLang=\"{bad}\""), 1)).contains("trgLang"),
            "{bad}"
        );
    }
    // Units and files the catalog does not have.
    assert!(invalid(&x.replacen("<unit id=\"ActionOffline\">", "<unit id=\"NoSuchCode\">", 1)).contains("NoSuchCode"));
    assert!(
        invalid(&x.replacen("original=\"errors.ftl\"", "original=\"../../etc/passwd\"", 1)).contains("no such file")
    );
    assert!(invalid(&x.replacen("<unit id=\"InternalError\">", "<unit id=\"ActionOffline\">", 1)).contains("two units"));
    // Broken inline codes.
    let unit = "<unit id=\"unknown-code\">";
    let with = |from: &str, to: &str| {
        let (head, tail) = x.split_once(unit).unwrap();
        format!("{head}{unit}{}", tail.replacen(from, to, 1))
    };
    assert!(invalid(&with("<ph id=\"1\" dataRef=\"d1\"", "<ph id=\"1\"")).contains("dataRef"));
    let t = "<target>请求失败，错误码：<ph id=\"1\" dataRef=\"d1\"";
    assert!(invalid(&with(t, "<target>请求失败，错误码：<ph id=\"1\" dataRef=\"d9\"")).contains("d9"));
    assert!(invalid(&with("<data id=\"d1\">{ $code }</data>", "<data id=\"d1\">{ $code </data>")).contains("placeable"));
    assert!(invalid(&with("<data id=\"d1\">{ $code }</data>", "<data id=\"d1\">$code</data>")).contains("placeable"));
    assert!(invalid(&with("<data id=\"d1\">{ $code }</data>", "<data id=\"d1\">{ $code }\nx = { $y }</data>"))
        .contains("placeable"));
    assert!(invalid(&with("<target>请求失败", "<target><pc id=\"p\">请求失败</pc>")).contains("paired"));
    assert!(invalid(&with("<target>请求失败", "<target><b>请求失败</b>")).contains("<b>"));
    // A skeleton that defines a message twice (its copies would make export
    // then import disagree).
    let errors_skeleton = format!("<skeleton>{}", text_of(&catalog("zh-CN"), "errors.ftl").lines().next().unwrap());
    assert!(
        invalid(&x.replacen(&errors_skeleton, &format!("{errors_skeleton}\nActionOffline = a"), 1)).contains("twice")
    );
    // A skeleton by reference: no file an XLIFF names is read.
    assert!(invalid(&x.replacen("<skeleton>", "<skeleton href=\"/etc/passwd\">", 1)).contains("href"));
    // Deep nesting.
    let deep = format!("{}{}", "<mrk id=\"m\">".repeat(200), "</mrk>".repeat(200));
    assert!(invalid(&x.replacen("<target>接口已下线。</target>", &format!("<target>{deep}</target>"), 1))
        .contains("deeper"));
    // A character XML 1.0 does not allow, raw or as a reference.
    assert!(invalid(&x.replacen("<target>接口已下线。</target>", "<target>接口\u{1}</target>", 1)).contains("U+0001"));
    assert!(invalid(&x.replacen("<target>接口已下线。</target>", "<target>接口&#1;</target>", 1)).contains("U+0001"));
    // ... or as XLIFF's <cp/> (export could not write what import took).
    assert!(invalid(&x.replacen("<target>接口已下线。</target>", "<target>接口<cp hex=\"13\"/></target>", 1))
        .contains("U+0013"));
    // Not UTF-8.
    let mut latin1 = x.clone().into_bytes();
    latin1.extend_from_slice(b"\xff");
    assert!(matches!(import_xliff(&latin1, &en()), Err(ImportError::Invalid(m)) if m.contains("UTF-8")));
    // Over the size cap: refused unread.
    let huge = vec![b' '; MAX_XLIFF_LEN + 1];
    assert!(matches!(import_xliff(&huge, &en()), Err(ImportError::Invalid(m)) if m.contains("larger")));
    let path = scratch("huge.xlf");
    std::fs::write(&path, &huge).unwrap();
    assert!(matches!(read_capped(&path), Err(ImportError::Invalid(m)) if m.contains("larger")));
}

#[test]
fn a_translation_check_refuses_writes_nothing() {
    let dir = scratch("refused");
    // A variable en-US does not have: check's unknown-variable.
    let x = zh_xliff().replacen(
        "<target>接口已下线。</target>",
        "<target>接口已下线<ph id=\"t1\" dataRef=\"d9\"/>。</target>",
        1,
    );
    let x = x.replacen(
        "<unit id=\"ActionOffline\">",
        "<unit id=\"ActionOffline\"><originalData><data id=\"d9\">{ $api }</data></originalData>",
        1,
    );
    let overlay = import_xliff(x.as_bytes(), &en()).unwrap();
    let refuse = |_: &LocaleFiles, dest: &Path| {
        vec![smh_errors_check::Diagnostic::whole_file(&dest.display().to_string(), "unknown-variable", "x".into())]
    };
    assert!(matches!(write_overlay(&overlay, &dir, false, &refuse), Err(ImportError::Check(_))));
    assert!(!dir.exists(), "nothing written");
}

#[test]
fn the_folder_appears_whole_and_replaces_only_when_asked() {
    let dir = scratch("whole");
    let ok = |_: &LocaleFiles, _: &Path| Vec::new();
    let zh = import_xliff(zh_xliff().as_bytes(), &en()).unwrap();
    let dest = write_overlay(&zh, &dir, false, &ok).unwrap();
    assert_eq!(dest, dir.join("zh-CN"));
    for f in &catalog("zh-CN").files {
        assert_eq!(std::fs::read_to_string(dest.join(&f.name)).unwrap(), f.text);
    }
    // Again: refused, the folder untouched.
    let mut other = zh.clone();
    other.files[0].text.push_str("# changed\n");
    assert!(matches!(write_overlay(&other, &dir, false, &ok), Err(ImportError::Write(m)) if m.contains("--replace")));
    assert_eq!(std::fs::read_to_string(dest.join(&zh.files[0].name)).unwrap(), zh.files[0].text);
    // With replace: the new one, and no hidden folder left behind.
    write_overlay(&other, &dir, true, &ok).unwrap();
    assert_eq!(std::fs::read_to_string(dest.join(&zh.files[0].name)).unwrap(), other.files[0].text);
    let names: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, ["zh-CN"]);
}

#[test]
fn tmx_reads_back_with_every_pair_and_the_terms() {
    let tmx = export_tmx(&en(), &catalog("zh-CN"), "9.9.9").unwrap();
    let mut r = quick_xml::Reader::from_str(&tmx);
    let (mut tus, mut tuid, mut lang, mut in_seg) = (Vec::new(), String::new(), String::new(), false);
    let mut seg = String::new();
    let mut pair: Vec<(String, String)> = Vec::new();
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == b"tu" => {
                tuid = e
                    .try_get_attribute("tuid")
                    .unwrap()
                    .unwrap()
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .unwrap()
                    .into_owned();
                pair.clear();
            }
            Event::Start(e) if e.name().as_ref() == b"tuv" => {
                lang = e
                    .try_get_attribute("xml:lang")
                    .unwrap()
                    .unwrap()
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .unwrap()
                    .into_owned();
            }
            Event::Start(e) if e.name().as_ref() == b"seg" => {
                in_seg = true;
                seg.clear();
            }
            Event::Start(e) if e.name().as_ref() == b"ph" => seg.push_str("<ph>"),
            Event::Text(t) if in_seg => seg.push_str(&t.xml10_content().unwrap()),
            Event::GeneralRef(g) if in_seg => seg.push_str(match g.decode().unwrap().as_ref() {
                "lt" => "<",
                "gt" => ">",
                "amp" => "&",
                "quot" => "\"",
                _ => "?",
            }),
            Event::End(e) if e.name().as_ref() == b"seg" => {
                in_seg = false;
                pair.push((lang.clone(), seg.clone()));
            }
            Event::End(e) if e.name().as_ref() == b"tu" => tus.push((tuid.clone(), pair.clone())),
            Event::Eof => break,
            _ => {}
        }
    }
    // Every message and term en-US and zh-CN both have: all of them.
    let ids: usize = en()
        .files
        .iter()
        .map(|f| {
            let r = fluent_syntax::parser::parse(f.text.as_str()).unwrap();
            r.body
                .iter()
                .filter(|e| {
                    matches!(e, fluent_syntax::ast::Entry::Message(m) if m.value.is_some())
                        || matches!(e, fluent_syntax::ast::Entry::Term(_))
                })
                .count()
        })
        .sum();
    assert_eq!(tus.len(), ids);
    assert!(tus.iter().all(|(_, p)| p.len() == 2 && p[0].0 == "en-US" && p[1].0 == "zh-CN"));
    let term = tus.iter().find(|(id, _)| id == "-tencent-cloud").unwrap();
    assert_eq!((term.1[0].1.as_str(), term.1[1].1.as_str()), ("Tencent Cloud", "腾讯云"));
    let code = tus.iter().find(|(id, _)| id == "unknown-code").unwrap();
    assert_eq!(code.1[0].1, "The request failed with error code <ph>{ $code }.");
    assert!(tmx.contains("creationtoolversion=\"9.9.9\""));
}
