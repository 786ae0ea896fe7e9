//! Helpers the integration tests share. Each test binary uses part of them.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The crate's root: the command runs there, as a user in the checkout.
pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The `smh-errors` command with a clean locale environment (each test sets
/// what it means), run from the crate's root.
pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_smh-errors"));
    for v in ["SMH_ERRORS_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG", "SMH_ERRORS_CATALOG_DIR"] {
        c.env_remove(v);
    }
    c.current_dir(ROOT);
    c
}

/// A fresh, empty directory under the system's temporary directory, named
/// for the test binary (`group`), this process and the test (`name`).
pub fn tempdir(group: &str, name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("smh-{group}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Writes `text` to `dir/rel`, making its parent directories.
pub fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}
