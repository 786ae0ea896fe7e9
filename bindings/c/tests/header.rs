//! The committed header is what cbindgen generates from the source now, and
//! its version macros are Cargo.toml's version.
//!
//! `SMH_ERRORS_BLESS=1 cargo test -p smh-errors-c --test header` rewrites it.

use std::path::Path;

/// The version macros appended after the includes.
fn version_macros() -> String {
    format!(
        "\n/** The version of the header, MAJOR.MINOR.PATCH (compare smh_errors_version()). */\n\
         #define SMH_ERRORS_VERSION \"{}\"\n\
         #define SMH_ERRORS_VERSION_MAJOR {}\n\
         #define SMH_ERRORS_VERSION_MINOR {}\n\
         #define SMH_ERRORS_VERSION_PATCH {}\n",
        env!("CARGO_PKG_VERSION"),
        env!("CARGO_PKG_VERSION_MAJOR"),
        env!("CARGO_PKG_VERSION_MINOR"),
        env!("CARGO_PKG_VERSION_PATCH"),
    )
}

fn generate() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut config = cbindgen::Config::from_file(dir.join("cbindgen.toml")).expect("cbindgen.toml reads");
    config.after_includes = Some(version_macros());
    let bindings =
        cbindgen::Builder::new().with_crate(dir).with_config(config).generate().expect("cbindgen generates the header");
    let mut out = Vec::new();
    bindings.write(&mut out);
    String::from_utf8(out).expect("the header is UTF-8")
}

#[test]
fn committed_header_is_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("include/smh_errors.h");
    let now = generate();
    if std::env::var_os("SMH_ERRORS_BLESS").is_some() {
        std::fs::write(&path, &now).expect("writes the header");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == now,
        "{} is stale: run `make -C bindings/c header` (SMH_ERRORS_BLESS=1 cargo test -p smh-errors-c --test header) \
         and commit it",
        path.display()
    );
}

#[test]
fn version_macros_match_cargo_toml() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("include/smh_errors.h");
    let header = std::fs::read_to_string(path).expect("the header exists");
    let v = env!("CARGO_PKG_VERSION");
    assert!(header.contains(&format!("#define SMH_ERRORS_VERSION \"{v}\"")));
    for (name, value) in [
        ("MAJOR", env!("CARGO_PKG_VERSION_MAJOR")),
        ("MINOR", env!("CARGO_PKG_VERSION_MINOR")),
        ("PATCH", env!("CARGO_PKG_VERSION_PATCH")),
    ] {
        assert!(header.contains(&format!("#define SMH_ERRORS_VERSION_{name} {value}\n")), "{name}");
    }
    let lib = unsafe { std::ffi::CStr::from_ptr(smh_errors_c::smh_errors_version()) };
    assert_eq!(lib.to_str().unwrap(), v);
}
