//! Arbitrary bytes as a translated XLIFF file, through `smh-errors import`'s
//! reader (`import_xliff`, against the shipped en-US): never a panic; a
//! refusal is one line; what it accepts is Fluent that reads back with no
//! syntax error, and exporting it and importing that gives the same files.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    smh_errors_fuzz::import_xliff_bytes(data);
});
