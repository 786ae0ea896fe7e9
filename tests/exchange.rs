//! `smh-errors export --format xliff|tmx` and `smh-errors import`, run as an
//! agency's round trip runs them: the overlay they write passes `check`, a
//! translation `check` refuses and a hostile file write nothing.

use std::path::{Path, PathBuf};
use std::process::Output;

mod common;
use common::{bin, ROOT};

fn scratch(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("exchange").join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(d.parent().unwrap()).unwrap();
    d
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn export_zh() -> String {
    let o = run(&["export", "--format", "xliff", "--locale", "zh-CN"]);
    assert!(o.status.success(), "{}", stderr(&o));
    String::from_utf8(o.stdout).unwrap()
}

fn import(xliff: &str, name: &str) -> (Output, PathBuf) {
    let file = scratch(&format!("{name}.xlf"));
    std::fs::write(&file, xliff).unwrap();
    let dir = scratch(name);
    let o = run(&["import", file.to_str().unwrap(), dir.to_str().unwrap()]);
    (o, dir)
}

#[test]
fn export_then_import_reproduces_zh_cn_and_check_accepts_it() {
    let (o, dir) = import(&export_zh(), "round-trip");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("wrote "));
    for name in ["errors.ftl", "details.ftl"] {
        let shipped = std::fs::read(Path::new(ROOT).join("catalog/zh-CN").join(name)).unwrap();
        assert_eq!(std::fs::read(dir.join("zh-CN").join(name)).unwrap(), shipped, "{name}");
    }
    let c = run(&["check", dir.to_str().unwrap(), "--deny-warnings"]);
    assert!(c.status.success(), "{}{}", String::from_utf8_lossy(&c.stdout), stderr(&c));
}

#[test]
fn a_translation_check_refuses_is_reported_and_nothing_is_written() {
    let x = export_zh()
        .replacen("<target>接口已下线。</target>", "<target>接口已下线<ph id=\"t1\" dataRef=\"d9\"/>。</target>", 1)
        .replacen(
            "<unit id=\"ActionOffline\">",
            "<unit id=\"ActionOffline\"><originalData><data id=\"d9\">{ $api }</data></originalData>",
            1,
        );
    let (o, dir) = import(&x, "refused");
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("[unknown-variable]") && err.contains("nothing was written"), "{err}");
    assert!(!dir.exists());
}

#[test]
fn a_hostile_file_gets_one_line_and_nothing_is_written() {
    let x = export_zh();
    let body = x.split_once("?>\n").unwrap().1;
    let laughs = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n{}",
        body.replacen("<target>接口已下线。</target>", "<target>&lol2;</target>", 1)
    );
    for (name, text) in
        [("laughs", laughs), ("unknown-unit", x.replacen("<unit id=\"ActionOffline\">", "<unit id=\"Nope\">", 1))]
    {
        let (o, dir) = import(&text, name);
        assert_eq!(o.status.code(), Some(2), "{name}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(err.starts_with("smh-errors: "), "{err}");
        assert!(!dir.exists(), "{name}");
    }
}

#[test]
fn export_needs_a_locale_for_xliff_and_tmx() {
    for f in ["xliff", "tmx"] {
        let o = run(&["export", "--format", f]);
        assert_eq!(o.status.code(), Some(2));
        assert!(stderr(&o).contains("--locale"), "{}", stderr(&o));
    }
    let o = run(&["export", "--format", "xliff", "--locale", "en-US"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("source locale"));
    let o = run(&["export", "--format", "xliff", "--locale", "zh_CN"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("locale folder name"));
}

#[test]
fn an_overlay_being_translated_exports_from_its_folder() {
    let ja = format!("{ROOT}/tests/fixtures/overlays/ja-partial");
    let o = run(&["export", "--format", "xliff", "--locale", "ja-JP", "--from", &ja]);
    assert!(o.status.success(), "{}", stderr(&o));
    let x = String::from_utf8(o.stdout).unwrap();
    assert!(x.contains("trgLang=\"ja-JP\""));
    let translated = x.matches("<target>").count();
    assert!(translated >= 5 && x.contains("state=\"initial\""), "{translated}");
    let o = run(&["export", "--format", "tmx", "--locale", "zh-CN"]);
    assert!(o.status.success());
    let tmx = String::from_utf8(o.stdout).unwrap();
    assert!(tmx.starts_with("<?xml") && tmx.contains("<tmx version=\"1.4\">") && tmx.contains("腾讯云"));
}
