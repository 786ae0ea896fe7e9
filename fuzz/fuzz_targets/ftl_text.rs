//! Catalog text as arbitrary bytes, through every entry point that reads
//! it: the validator (`check_locale`, as a source and as a translation),
//! an overlay (`CatalogBuilder::overlay_source`, `diagnostics`, `build`)
//! and `check_dir` on a directory holding the file (for bytes that are
//! not UTF-8 and a quarter of the rest). Never a panic; every
//! diagnostic's line and column inside the file; a catalog is built
//! exactly when there is no error, and then answers every code.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The overlay's locale follows the length, so that no byte of a seed
    // is spent choosing it.
    // `check_dir` (files on disk) for every input that is not UTF-8, and a
    // quarter of the others.
    let dir = std::str::from_utf8(data).is_err() || data.len().is_multiple_of(4);
    smh_errors_fuzz::check_catalog_text(data, data.len(), dir);
});
