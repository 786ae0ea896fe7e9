//! Overlays made to hang, bloat or mislead: special files,
//! unbounded expansion, repeated and oversized loads, details that hide
//! their holes, folder names that forge lines, and invisible characters
//! from the server.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use smh_errors::{Catalog, Diagnostic};
use smh_errors_check::{MAX_FORMATTED_LEN, MAX_LOAD_BYTES, MAX_LOAD_FILES};

mod common;
use common::{tempdir, write};

fn mkfifo(p: &Path) {
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    let ok = Command::new("mkfifo").arg(p).status().unwrap().success();
    assert!(ok, "mkfifo {}", p.display());
}

fn errors(d: &[Diagnostic]) -> Vec<&Diagnostic> {
    d.iter().filter(|d| d.is_error()).collect()
}

/// Runs the command; a run that has not ended within a minute is killed and
/// fails the test (it would otherwise hang the suite).
fn run(args: &[&str], env: &[(&str, &Path)], shell_prefix: Option<&str>) -> Output {
    let exe = env!("CARGO_BIN_EXE_smh-errors");
    let mut c = match shell_prefix {
        Some(prefix) => {
            let mut c = Command::new("sh");
            c.arg("-c").arg(format!("{prefix}; exec \"$0\" \"$@\"")).arg(exe).args(args);
            c
        }
        None => {
            let mut c = Command::new(exe);
            c.args(args);
            c
        }
    };
    for v in ["SMH_ERRORS_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG", "SMH_ERRORS_CATALOG_DIR"] {
        c.env_remove(v);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    let mut child = c.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("smh-errors {args:?} did not end within 60 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// The overlay's diagnostics, computed on another thread: a load that does
/// not end within a minute fails the test instead of hanging it.
fn diagnostics_within_a_minute(dirs: Vec<PathBuf>) -> Vec<Diagnostic> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let b = dirs.iter().fold(Catalog::builder(), |b, d| b.overlay_dir(d));
        let _ = tx.send(b.diagnostics());
    });
    rx.recv_timeout(Duration::from_secs(60)).expect("the overlay load did not end within 60 s")
}

#[test]
fn a_fifo_or_device_named_ftl_is_a_diagnostic_never_waited_on() {
    let dir = tempdir("hostile-overlays", "fifo");
    write(&dir, "ja-JP/a.ftl", "ActionOffline = 終了しました。\n");
    mkfifo(&dir.join("ja-JP/b.ftl"));
    std::os::unix::fs::symlink(dir.join("ja-JP/b.ftl"), dir.join("ja-JP/c.ftl")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.join("ja-JP/d.ftl")).unwrap();
    let d = diagnostics_within_a_minute(vec![dir.clone()]);
    let e = errors(&d);
    assert_eq!(e.len(), 3, "{d:?}");
    for (d, kind) in e.iter().zip(["a FIFO", "a FIFO", "a device"]) {
        assert_eq!(d.rule, "unreadable", "{d}");
        assert!(d.message.contains(&format!("it is {kind}")), "{d}");
        assert!(!d.message.contains("dangling"), "{d}");
    }
    // The command: `check`, and the global catalog of every other command.
    let o = run(&["check", dir.to_str().unwrap()], &[], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("b.ftl:1:1: error: cannot read the file: it is a FIFO"));
    let o = run(&["explain", "ActionOffline"], &[("SMH_ERRORS_CATALOG_DIR", &dir)], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stderr).contains("it is a FIFO"), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn check_renders_from_what_it_read_never_reading_a_file_again() {
    // Under a 1 GiB address space: reading /dev/zero to its end (as the
    // renderer once did, for the source line) aborts the command.
    let o = run(&["check", "/dev/zero"], &[], Some("ulimit -v 1048576"));
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out} {}", String::from_utf8_lossy(&o.stderr));
    assert!(out.starts_with("/dev/zero:1:1: error: cannot read the catalog directory"), "{out}");
    let dir = tempdir("hostile-overlays", "render");
    write(&dir, "ja-JP/a.ftl", "ActionOffline = { -nosuch }\n");
    std::os::unix::fs::symlink("/dev/zero", dir.join("ja-JP/zero.ftl")).unwrap();
    let o = run(&["check", dir.to_str().unwrap()], &[], Some("ulimit -v 1048576"));
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    // The source line comes from the text the check read.
    assert!(out.contains("    1 | ActionOffline = { -nosuch }\n"), "{out}");
    assert!(out.contains("zero.ftl:1:1: error: cannot read the file: it is a device"), "{out}");
    let c = smh_errors::overlay::check_dir_read(&dir);
    assert_eq!(c.texts.len(), 1, "{:?}", c.texts.keys());
    assert_eq!(c.texts.values().next().map(String::as_str), Some("ActionOffline = { -nosuch }\n"));
}

#[test]
fn a_message_that_expands_past_the_bound_is_refused() {
    // A 1 MB term, 98 times in unknown-code: under Fluent's 100 placeables
    // but 98 MB of text.
    let term = "x".repeat(1_000_000);
    let uses = " { -big }".repeat(98);
    let ftl = format!("-big = {term}\nunknown-code = The code {{ $code }}:{uses}\n");
    let d = Catalog::builder().overlay_source("ja-JP", "a.ftl", ftl).diagnostics();
    let e = errors(&d);
    // The term itself, and the message that uses it.
    assert_eq!(e.iter().map(|d| d.rule).collect::<Vec<_>>(), ["too-long", "too-long"], "{d:?}");
    assert!(e[1].message.contains("`unknown-code`") && e[1].message.contains("4096 bytes"), "{}", e[1]);
    // The bound is exact: text, terms, and a term's arguments shown again.
    let fits = |n: usize| {
        let ftl = format!("-half = {}\nActionOffline = {}{{ -half }}\n", "y".repeat(n / 2), "z".repeat(n - n / 2));
        Catalog::builder().overlay_source("ja-JP", "a.ftl", ftl).build().is_ok()
    };
    assert!(fits(MAX_FORMATTED_LEN));
    assert!(!fits(MAX_FORMATTED_LEN + 1));
    let arg = "w".repeat(300);
    let ftl = format!("-t = {}\nActionOffline = {{ -t(x: \"{arg}\") }}\n", "{ $x }".repeat(20));
    let d = Catalog::builder().overlay_source("ja-JP", "a.ftl", ftl).diagnostics();
    assert_eq!(errors(&d).iter().map(|d| d.rule).collect::<Vec<_>>(), ["too-long"], "{d:?}");
    // Every variant counts at its longest.
    let ftl =
        format!("ActionOffline = {{ \"x\" ->\n    [one] x\n   *[other] {}\n}}\n", "v".repeat(MAX_FORMATTED_LEN + 1));
    let d = Catalog::builder().overlay_source("ja-JP", "a.ftl", ftl).diagnostics();
    assert_eq!(errors(&d).iter().map(|d| d.rule).collect::<Vec<_>>(), ["too-long"], "{d:?}");
}

#[test]
fn a_long_chain_of_references_is_refused_without_deep_recursion() {
    // 20,000 terms, each the next's only placeable: far more placeables
    // than Fluent formats, analysed at most 100 deep.
    let mut ftl = String::from("ActionOffline = { -t0 }\n");
    for i in 0..20_000 {
        ftl.push_str(&format!("-t{i} = {{ -t{} }}\n", i + 1));
    }
    ftl.push_str("-t20000 = end\n");
    let d = Catalog::builder().overlay_source("ja-JP", "a.ftl", ftl).diagnostics();
    let e = errors(&d);
    assert!(e.iter().all(|d| d.rule == "unformattable" || d.rule == "too-many-problems"), "{:?}", &e[..3]);
    assert!(e[0].message.contains("`ActionOffline`") && e[0].message.contains("more than 100 placeables"), "{}", e[0]);
    // The bound is exact: 100 placeables format, 101 do not.
    let chain = |n: usize| {
        let mut ftl = String::from("ActionOffline = { -t0 }\n");
        for i in 0..n {
            ftl.push_str(&format!("-t{i} = {{ -t{} }}\n", i + 1));
        }
        ftl.push_str(&format!("-t{n} = end\n"));
        Catalog::builder().overlay_source("ja-JP", "a.ftl", ftl).build().is_ok()
    };
    assert!(chain(99));
    assert!(!chain(100));
}

#[test]
fn a_folder_named_again_is_read_once_in_its_last_place() {
    let d = tempdir("hostile-overlays", "again-d");
    let e = tempdir("hostile-overlays", "again-e");
    write(&d, "ja-JP/a.ftl", "ActionOffline = dの文\nInternalError = { -nosuch }\n");
    write(&e, "ja-JP/a.ftl", "ActionOffline = eの文\n");
    // A broken folder named 500 times is reported once.
    let once = diagnostics_within_a_minute(vec![d.clone()]);
    let many = diagnostics_within_a_minute(vec![d.clone(); 500]);
    assert_eq!(once.len(), 1, "{once:?}");
    assert_eq!(many, once);
    // Another path to the same folder is the same folder (read as named
    // last).
    let via = diagnostics_within_a_minute(vec![d.clone(), d.join("ja-JP/..")]);
    assert_eq!(via.len(), 1, "{via:?}");
    assert_eq!(via[0].message, once[0].message);
    write(&d, "ja-JP/a.ftl", "ActionOffline = dの文\n");
    let msg = |dirs: &[&Path]| {
        let b = dirs.iter().fold(Catalog::builder(), |b, x| b.overlay_dir(x));
        b.build().unwrap().lookup("ActionOffline", Some("ja-JP")).message.into_owned()
    };
    // d:e:d applies as e:d, as three loads in a row would end.
    assert_eq!(msg(&[&d, &e, &d]), "dの文");
    assert_eq!(msg(&[&e, &d, &e]), "eの文");
    assert_eq!(msg(&[&d, &e]), "eの文");
}

#[test]
fn one_load_reads_a_bounded_number_of_files_and_bytes() {
    // More files than the cap, each tiny.
    let dir = tempdir("hostile-overlays", "many-files");
    for i in 0..MAX_LOAD_FILES + 5 {
        write(&dir, &format!("ja-JP/f{i:05}.ftl"), "");
    }
    let d = diagnostics_within_a_minute(vec![dir.clone()]);
    let capped: Vec<&Diagnostic> = d.iter().filter(|d| d.rule == "too-much-input").collect();
    assert_eq!(capped.len(), 1, "{d:?}");
    assert!(capped[0].message.contains(&format!("at most {MAX_LOAD_FILES} files and folders")), "{}", capped[0]);
    assert!(capped[0].is_error());
    // Links to one large file: each counts, until the byte cap.
    let dir = tempdir("hostile-overlays", "many-links");
    let big = format!("# {}\n", "x".repeat((1 << 20) - 8));
    write(&dir, "big.txt", &big);
    for i in 0..400 {
        std::fs::create_dir_all(dir.join("ja-JP")).unwrap();
        std::os::unix::fs::symlink(dir.join("big.txt"), dir.join(format!("ja-JP/l{i:03}.ftl"))).unwrap();
    }
    let d = diagnostics_within_a_minute(vec![dir.clone()]);
    let capped: Vec<&Diagnostic> = d.iter().filter(|d| d.rule == "too-much-input").collect();
    assert_eq!(capped.len(), 1, "{d:?}");
    assert!(capped[0].message.contains(&format!("more than {MAX_LOAD_BYTES} bytes")), "{}", capped[0]);
    // Eight of the 400 fit in 8 MiB; the ninth is where the load stopped.
    assert!(capped[0].path.ends_with("l008.ftl"), "{}", capped[0]);
    // Several folders share one budget.
    let err =
        Catalog::builder().overlay_dir(&dir).overlay_dir(tempdir("hostile-overlays", "other")).build().unwrap_err();
    assert!(err.to_string().contains("[too-much-input]"), "{err}");
}

#[test]
fn a_detail_that_hides_its_hole_or_is_blank_is_refused() {
    // Details that hide a hole or are blank in a variant: each would answer
    // differently in different languages.
    for ftl in [
        "detail-parameter-format-invalid = { $param ->\n    [never] { $param }\n   *[other] {\"\"}\n}\n",
        "detail-parameter-format-invalid = { $param ->\n    [never] 参数 { $param } 无效。\n   *[other] {\" \"}\n}\n",
        "detail-parameter-format-invalid = 参数 [{ NUMBER($param) }] 无效。\n",
    ] {
        let d = Catalog::builder().overlay_source("zh-CN", "d.ftl", ftl).diagnostics();
        let e = errors(&d);
        assert!(!e.is_empty(), "{ftl}");
        assert!(e.iter().all(|d| d.rule == "missing-hole" || d.rule == "empty-value"), "{ftl}: {d:?}");
    }
    // Showing the hole in every variant, with text, is fine.
    let ftl = "detail-parameter-format-invalid = { $param ->\n    [LibraryId] 媒体库 ID { $param } 的格式无效。\n   *[other] 参数 { $param } 的格式无效。\n}\n";
    let cat = Catalog::builder().overlay_source("zh-CN", "d.ftl", ftl).build().expect("every variant shows the hole");
    let detail = cat.locale("zh-CN").detail("InvalidParameter", "Parameter `LibraryId` format invalid.");
    assert_eq!(detail.map(|d| d.message), Some("媒体库 ID LibraryId 的格式无效。".to_string()));
}

#[test]
fn folder_names_are_escaped_in_check_and_coverage_tables() {
    let root = tempdir("hostile-overlays", "names");
    let dir = root.join("x\u{1b}[31mRED\nFAKE: 0 error(s)\u{200b}");
    write(&dir, "ja-JP/a.ftl", "ActionOffline = 終了しました。\n");
    let shown = "x\\u{1b}[31mRED\\nFAKE: 0 error(s)\\u{200b}";
    let o = run(&["check", dir.to_str().unwrap()], &[], None);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(shown) && !err.contains('\u{1b}') && !err.contains('\u{200b}'), "{err}");
    let o = run(&["coverage", dir.to_str().unwrap()], &[], None);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(out.contains(shown) && !out.contains('\u{1b}'), "{out}");
}

#[test]
fn invisible_characters_from_the_server_are_escaped_in_parse_output() {
    let body = "{\"Response\":{\"Error\":{\"Code\":\"InvalidParameter\u{200b}\",\"Message\":\"Parameter `Li\u{e0041}b\u{feff}` format invalid.\u{ad}\u{2060}\"},\"RequestId\":\"r\u{200d}\"}}";
    let dir = tempdir("hostile-overlays", "parse");
    write(&dir, "body.json", body);
    let o = run(&["parse", dir.join("body.json").to_str().unwrap()], &[], None);
    let out = String::from_utf8_lossy(&o.stdout);
    for c in ['\u{200b}', '\u{e0041}', '\u{feff}', '\u{ad}', '\u{2060}', '\u{200d}'] {
        assert!(!out.contains(c), "U+{:04X} in {out}", c as u32);
    }
    assert!(out.starts_with("InvalidParameter\\u{200b} ["), "{out}");
    assert!(out.contains("server: Parameter `Li\\u{e0041}b\\u{feff}` format invalid.\\u{ad}\\u{2060}"), "{out}");
    assert!(out.contains("request id: r\\u{200d}"), "{out}");
    // The detail's hole, escaped the same way.
    let body = "{\"Response\":{\"Error\":{\"Code\":\"InvalidParameter\",\"Message\":\"Parameter `Li\u{e0041}b\u{feff}` format invalid.\"},\"RequestId\":\"r\"}}";
    write(&dir, "body.json", body);
    let o = run(&["parse", dir.join("body.json").to_str().unwrap()], &[], None);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("detail: The parameter Li\\u{e0041}b\\u{feff} has an invalid format."), "{out}");
}
