//! The smh-errors catalog format and its validator.
//!
//! This crate is the one home of what a catalog is: the registry
//! (`codes.toml`, [`registry`]), the server-message patterns
//! (`server-messages.toml`, [`server_messages`]), the Fluent checks ([`check`]) with their
//! [`diag::Diagnostic`]s, the reading of catalog directories ([`dir`]), and
//! the constants of the format (the source locale, the ids of the two
//! generic messages, the nesting limit, the functions messages may call).
//! `build.rs` of the `smh-errors` crate uses it as a build-dependency to
//! refuse a broken shipped catalog; the runtime uses it to validate overlays
//! (an overlay load is a check) and re-exports the few items its users need;
//! the CLI's `check` and `coverage` print what it finds. It does not depend
//! on the runtime crate.
//!
//! It also holds the naming rule of generated code ([`identifier`]) and the
//! list of parse-error kinds ([`parse_errors`]), which the bindings'
//! generator (the `smh-errors-generate` crate) reads with the registry.

#![warn(missing_docs)]

pub mod check;
pub mod diag;
pub mod dir;
#[cfg(feature = "layout")]
mod layout;
pub mod parse_errors;
#[cfg(feature = "layout")]
pub use layout::layout_diagnostics;
pub mod registry;
pub mod resolve;
pub mod server_messages;
mod text;
mod walk;

use unic_langid::LanguageIdentifier;

pub use check::{check_layer, check_locale, coverage, expected_ids, Coverage, Expect, File, Shape, Shapes};
pub use diag::{Diagnostic, Severity};
pub use dir::{check_catalog_dir, read_catalog_dir, read_regular, read_text, Budget, CatalogCheck, LocaleFolder};
pub use resolve::Layers;
pub use server_messages::{ServerPattern, MAX_HOLE_LEN, MAX_MESSAGE_LEN};
pub use text::{is_invisible, too_deep};

/// The locale every other locale is checked against, and falls back to.
pub const SOURCE_LOCALE: &str = "en-US";

/// The Fluent id of the message for a code a catalog does not know; it
/// receives the code as `$code`.
pub const UNKNOWN_CODE_ID: &str = "unknown-code";

/// The Fluent id of the message used when the code is empty or not fit to show.
pub const UNKNOWN_ERROR_ID: &str = "unknown-error";

/// How deep `{` placeables may nest in a message. Real messages nest two or
/// three deep; the Fluent parser recurses once per level, so a hostile file
/// must not be parsed at all.
pub const MAX_NESTING: usize = 32;

/// The Fluent functions messages may call (fluent-bundle's builtins).
pub const FUNCTIONS: [&str; 1] = ["NUMBER"];

/// The most locales one catalog holds (builtin and overlays together).
pub const MAX_LOCALES: usize = 250;

/// The file of a full catalog directory that holds the server-message
/// patterns ([`server_messages`]), beside `codes.toml`.
pub const SERVER_MESSAGES_FILE: &str = "server-messages.toml";

/// Each detail message's holes, by its id: the variables a detail message
/// must use, exactly.
pub type Holes = std::collections::BTreeMap<String, std::collections::BTreeSet<String>>;

/// The folders of a catalog directory that hold no locale: `sources`, what
/// the shipped catalog is checked against (catalog/sources/README.md).
pub const NOT_LOCALE_FOLDERS: [&str; 1] = ["sources"];

/// The largest catalog file read, in bytes (the shipped ones are about
/// 20 KiB): a larger one is refused unread, so an overlay costs bounded
/// memory and time.
pub const MAX_FILE_LEN: usize = 1 << 20;

/// The most files and folders one catalog load reads (every directory of
/// an overlay load together; a link counts as what it leads to, again each
/// time): past it the load stops with a `too-much-input` error.
pub const MAX_LOAD_FILES: usize = 1000;

/// The most bytes of files one catalog load reads (every directory of an
/// overlay load together; the shipped catalog is about 100 KiB): past it the
/// load stops with a `too-much-input` error.
pub const MAX_LOAD_BYTES: usize = 8 << 20;

/// The longest text a message (its value or an attribute) may expand to, in
/// bytes of the catalog's own text: its text, the terms and messages it
/// refers to (each time it refers to them, however deep), every select
/// expression counted at its longest variant. The values of variables are
/// not counted (the library bounds them: a shown code is at most 128 bytes,
/// a detail's hole at most 128 before escaping); a message holds at most
/// [`resolve::MAX_PLACEABLES`] placeables.
pub const MAX_FORMATTED_LEN: usize = 4096;

/// The longest locale tag read, in bytes; a longer one is not a locale.
pub const MAX_TAG_LEN: usize = 64;

/// The Fluent message id of a code: `AuthFailure.SignatureFailure` becomes
/// `AuthFailure-SignatureFailure` (Fluent ids cannot contain dots; codes
/// contain no hyphens).
pub fn fluent_id(code: &str) -> String {
    code.replace('.', "-")
}

/// Whether the term `-id = value` is an identifier: a name of the API that
/// every locale shows exactly as it is (`-DryRun = DryRun`, `-GET = GET`,
/// `-cam-PassRole = cam:PassRole`). Its value is one word of printable ASCII
/// starting with a letter, and its id is that word with each character an id
/// cannot hold (`:`, `.`, `/`...) written as `-`. A product name's term
/// (`-smh = SMH`, `-tencent-cloud = Tencent Cloud`) is not one: its id is
/// spelled differently from its value, and a locale may translate it.
pub fn is_identifier_term(id: &str, value: &str) -> bool {
    let id_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    value.len() == id.len()
        && value.starts_with(|c: char| c.is_ascii_alphabetic())
        && value.chars().all(|c| c.is_ascii_graphic())
        && id.chars().zip(value.chars()).all(|(i, v)| i == v || (i == '-' && !id_char(v)))
}

/// The code of a Fluent message id: the inverse of [`fluent_id`].
pub fn code_of_id(id: &str) -> String {
    id.replace('-', ".")
}

/// How a generated identifier spells a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdentStyle {
    /// The segments joined: `AuthFailureSignatureFailure` (Rust variants, Go
    /// constants).
    Joined,
    /// The segments joined by `_`: `AuthFailure_SignatureFailure` (Python
    /// enum members, Java constants).
    Underscored,
}

/// The generated identifier of a code in `style`: the one naming rule of
/// every generated file (Rust's `ErrorCode` variants, Go's constants,
/// Python's `ErrorCode` members). A registry code (see
/// [`registry::is_code_shaped`]) always gives a valid identifier.
pub fn identifier(code: &str, style: IdentStyle) -> String {
    match style {
        IdentStyle::Joined => code.split('.').collect(),
        IdentStyle::Underscored => code.replace('.', "_"),
    }
}

/// Parses a BCP 47 locale tag (`ja-JP`, `zh-Hant-TW`, any case), or `None`
/// if it is not one or names no real language: the undetermined `und` (and
/// the empty tag) would match every request in negotiation. The one rule of
/// locale syntax: folder names, overlay locales and the runtime's request
/// parser all use it.
pub fn parse_locale_tag(tag: &str) -> Option<LanguageIdentifier> {
    if tag.is_empty() || tag.len() > MAX_TAG_LEN {
        return None;
    }
    let id = LanguageIdentifier::from_bytes(tag.as_bytes()).ok()?;
    (id.language.as_str() != "und").then_some(id)
}

/// Whether `s` is a locale folder name: a tag [`parse_locale_tag`] accepts,
/// spelled in its canonical case (`ja`, `zh-CN`, `zh-Hant-TW`, `es-419`).
pub fn is_locale_folder_name(s: &str) -> bool {
    parse_locale_tag(s).is_some_and(|id| id == s)
}

#[cfg(test)]
mod tests {
    use super::is_identifier_term;

    #[test]
    fn an_identifier_term_is_named_as_its_text() {
        for (id, value) in [
            ("DryRun", "DryRun"),
            ("GET", "GET"),
            ("cam-PassRole", "cam:PassRole"),
            ("finance-trade", "finance:trade"),
            ("X-TC-Action", "X-TC-Action"),
        ] {
            assert!(is_identifier_term(id, value), "-{id} = {value}");
        }
        for (id, value) in [
            ("smh", "SMH"),
            ("tencent-cloud", "Tencent Cloud"),
            ("cloud-api-key", "{ -tencent-cloud } API key"),
            ("dryrun", "DryRun"),
            ("Dry-Run", "Dry Run"),
            ("a", "ä"),
            ("cam-PassRole", "cam-PassRole2"),
            ("x", ""),
            ("-x", ":x"),
        ] {
            assert!(!is_identifier_term(id, value), "-{id} = {value}");
        }
    }
}
