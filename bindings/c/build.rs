//! Link arguments for libsmh_errors.so: its SONAME (`SOVERSION`), and a version script that
//! exports only the `smh_errors_*` symbols.

fn main() {
    let dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    // The C ABI's version: it moves only with a C ABI break, not with the
    // crate's major version (CHANGELOG.md, "Versioning").
    let soversion = std::fs::read_to_string(format!("{dir}/SOVERSION")).expect("read bindings/c/SOVERSION");
    let soversion = soversion.trim();
    assert!(!soversion.is_empty() && soversion.bytes().all(|b| b.is_ascii_digit()), "SOVERSION: not a number");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=SOVERSION");
    println!("cargo:rerun-if-changed=exports.map");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libsmh_errors.so.{soversion}");
        println!("cargo:rustc-cdylib-link-arg=-Wl,--version-script={dir}/exports.map");
    }
}
