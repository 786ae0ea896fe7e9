//! The bindings' generated code tables (`bindings/go/codes_gen.go` and
//! `kinds_gen.go`, `bindings/python/python/smh_errors/_codes.pyi` and the
//! blocks of its `__init__.pyi`, Java's `ErrorCode.java`, `Categories.java`,
//! `ParseErrorKind.java` and category exceptions, the C library's
//! `parse_error_kind.rs`, and the Node package's blocks of `index.d.ts`,
//! `index.js` and `index.mjs`) are what `smh-errors generate` makes from
//! the registry and the parse-error kinds now.

use std::path::Path;

use smh_errors::{ErrorCode, IdentStyle};
use smh_errors_generate as generate;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn committed_generated_files_are_current() {
    let stale = generate::stale(Path::new(ROOT)).expect("the registry reads");
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

#[test]
fn a_stale_file_is_shown_at_its_first_differing_line() {
    let d = generate::first_difference("a\nb\nc\n", "a\nB\nc\n").expect("they differ");
    assert_eq!(d, "line 2:\n  file:      b\n  generated: B");
    assert_eq!(generate::first_difference("a\n", "a\n"), None);
    let d = generate::first_difference("a\n", "a\nb\n").expect("one is longer");
    assert!(d.starts_with("line 2:"), "{d}");
}

#[test]
fn every_generated_name_comes_from_the_one_naming_rule() {
    let go = std::fs::read_to_string(Path::new(ROOT).join("bindings/go/codes_gen.go")).unwrap();
    let py = std::fs::read_to_string(Path::new(ROOT).join("bindings/python/python/smh_errors/_codes.pyi")).unwrap();
    let java = std::fs::read_to_string(Path::new(ROOT).join(generate::JAVA_DIR).join("ErrorCode.java")).unwrap();
    let ts = std::fs::read_to_string(Path::new(ROOT).join(generate::NODE_DTS)).unwrap();
    for c in ErrorCode::ALL {
        let joined = c.identifier(IdentStyle::Joined);
        let under = c.identifier(IdentStyle::Underscored);
        assert!(go.contains(&format!("\t{joined} Code = \"{}\"\n", c.as_str())), "{c}");
        assert!(py.contains(&format!("    {under} = \"{}\"\n", c.as_str())), "{c}");
        assert!(java.contains(&format!("    {under}(\"{}\")", c.as_str())), "{c}");
        assert!(ts.contains(&format!("  | \"{}\"", c.as_str())), "{c}: in the Code union");
        assert!(ts.contains(&format!("  readonly {under}: \"{}\";\n", c.as_str())), "{c}: in ErrorCode");
        // The Rust variant is the same name: its Debug form.
        assert_eq!(format!("{c:?}"), joined);
    }
    assert_eq!(
        ErrorCode::AuthFailureSignatureFailure.identifier(IdentStyle::Underscored),
        "AuthFailure_SignatureFailure"
    );
}

/// A scratch root with the registry and the hand-written stub that holds a
/// generated block.
fn scratch_root(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("smh-generate-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for sub in [
        "catalog",
        "bindings/python/python/smh_errors",
        generate::JAVA_DIR,
        "bindings/go",
        "bindings/c/src",
        "bindings/node",
    ] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    for file in ["catalog/codes.toml", "catalog/parse-errors.toml"] {
        std::fs::copy(Path::new(ROOT).join(file), dir.join(file)).unwrap();
    }
    for stub in
        ["bindings/python/python/smh_errors/__init__.pyi", generate::NODE_DTS, generate::NODE_ESM, generate::NODE_CJS]
    {
        std::fs::copy(Path::new(ROOT).join(stub), dir.join(stub)).unwrap();
    }
    dir
}

#[test]
fn generate_writes_every_file_and_removes_the_ones_no_longer_wanted() {
    let dir = scratch_root("write");
    // A category's exception left from an earlier registry, and a hand-written file.
    let gone = dir.join(generate::JAVA_DIR).join("GoneCategoryException.java");
    std::fs::write(&gone, format!("{}class GoneCategoryException {{}}\n", generate::JAVA_HEADER)).unwrap();
    let mine = dir.join(generate::JAVA_DIR).join("Mine.java");
    std::fs::write(&mine, "class Mine {}\n").unwrap();
    let stale = generate::stale(&dir).unwrap();
    assert!(
        stale.iter().any(|s| s.contains("GoneCategoryException.java is generated but no longer wanted")),
        "{stale:?}"
    );
    assert!(stale.iter().any(|s| s.contains("ErrorCode.java is stale")), "{stale:?}");
    generate::write_all(&dir).unwrap();
    assert_eq!(generate::stale(&dir).unwrap(), Vec::<String>::new());
    assert!(!gone.exists(), "the unwanted generated file is removed");
    assert!(mine.exists(), "a file without the header is not the generator's");
    for cat in ErrorCode::categories() {
        assert!(dir.join(generate::JAVA_DIR).join(format!("{cat}Exception.java")).is_file(), "{cat}");
    }
    // The block is replaced; the hand-written rest of the stub is kept.
    let stub = std::fs::read_to_string(dir.join("bindings/python/python/smh_errors/__init__.pyi")).unwrap();
    let committed =
        std::fs::read_to_string(Path::new(ROOT).join("bindings/python/python/smh_errors/__init__.pyi")).unwrap();
    assert_eq!(stub, committed);
    for stub in [generate::NODE_DTS, generate::NODE_ESM, generate::NODE_CJS] {
        let written = std::fs::read_to_string(dir.join(stub)).unwrap();
        assert_eq!(written, std::fs::read_to_string(Path::new(ROOT).join(stub)).unwrap(), "{stub}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_stub_without_its_markers_is_an_error_not_a_rewrite() {
    let dir = scratch_root("markers");
    let stub = dir.join("bindings/python/python/smh_errors/__init__.pyi");
    std::fs::write(&stub, "class SmhError(Exception): ...\n").unwrap();
    let e = generate::write_all(&dir).unwrap_err();
    assert!(e.contains("# BEGIN GENERATED: categories"), "{e}");
    assert_eq!(std::fs::read_to_string(&stub).unwrap(), "class SmhError(Exception): ...\n");
    assert_eq!(
        generate::fill_block("a\n# BEGIN GENERATED: x\nold\n# END GENERATED: x\nb\n", "x", "new\n").as_deref(),
        Some("a\n# BEGIN GENERATED: x\nnew\n# END GENERATED: x\nb\n")
    );
    assert_eq!(generate::fill_block("# END GENERATED: x\n# BEGIN GENERATED: x\n", "x", ""), None);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn typescript_blocks_use_line_comments() {
    assert_eq!(generate::comment_leader("bindings/node/index.d.ts"), "//");
    assert_eq!(generate::comment_leader("bindings/node/index.mjs"), "//");
    assert_eq!(generate::comment_leader("bindings/python/python/smh_errors/__init__.pyi"), "#");
    let text = "a\n// BEGIN GENERATED: x\nold\n// END GENERATED: x\nb\n";
    assert_eq!(
        generate::fill_block_with(text, "//", "x", "new\n").as_deref(),
        Some("a\n// BEGIN GENERATED: x\nnew\n// END GENERATED: x\nb\n")
    );
    // Indented markers keep their indentation.
    let indented = "{\n  // BEGIN GENERATED: x\n  old,\n  // END GENERATED: x\n}\n";
    assert_eq!(
        generate::fill_block_with(indented, "//", "x", "  new,\n").as_deref(),
        Some("{\n  // BEGIN GENERATED: x\n  new,\n  // END GENERATED: x\n}\n")
    );
    // A `#` marker is not a `//` one.
    assert_eq!(generate::fill_block_with(text, "#", "x", "new\n"), None);
    let dir = scratch_root("ts-markers");
    std::fs::write(dir.join(generate::NODE_DTS), "export {};\n").unwrap();
    let e = generate::write_all(&dir).unwrap_err();
    assert!(e.contains("`// BEGIN GENERATED: codes`"), "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
}
