//! The bindings' generated code tables (`bindings/go/codes_gen.go`,
//! `bindings/python/python/smh_errors/_codes.pyi`) are what
//! `smh-errors generate` makes from the registry now.

use std::path::Path;

use smh_errors::{ErrorCode, IdentStyle};
use smh_errors_check::generate;

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
    for c in ErrorCode::ALL {
        let joined = c.identifier(IdentStyle::Joined);
        let under = c.identifier(IdentStyle::Underscored);
        assert!(go.contains(&format!("\t{joined} Code = \"{}\"\n", c.as_str())), "{c}");
        assert!(py.contains(&format!("    {under} = \"{}\"\n", c.as_str())), "{c}");
        // The Rust variant is the same name: its Debug form.
        assert_eq!(format!("{c:?}"), joined);
    }
    assert_eq!(
        ErrorCode::AuthFailureSignatureFailure.identifier(IdentStyle::Underscored),
        "AuthFailure_SignatureFailure"
    );
}
