//! Structure-aware: the shipped catalog files (and the overlay fixtures),
//! edited line by line by the fuzzer (lines deleted, duplicated, swapped,
//! cut; Fluent syntax inserted: braces, selectors, references, variables,
//! attributes, invisible characters; ids changed), then checked as
//! `ftl_text` checks arbitrary text. Random bytes rarely get past the
//! parser; these edits reach the checks behind it.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use smh_errors::ErrorCode;
use smh_errors_fuzz::{check_catalog_text, EN_US, ZH_CN};

const BASES: [&str; 4] = [
    EN_US,
    ZH_CN,
    include_str!("../../tests/fixtures/overlays/ja-partial/ja-JP/errors.ftl"),
    include_str!("../../tests/fixtures/overlays/zh-tw/zh-TW/errors.ftl"),
];

/// Fluent pieces an edit inserts.
const PIECES: [&str; 32] = [
    "{",
    "}",
    "{ ",
    " }",
    "$",
    "-",
    ".",
    " = ",
    "=",
    "\n",
    "\n    ",
    "    ",
    "{ $code }",
    "{ $nope }",
    "{ -smh }",
    "{ -nope }",
    "{ ActionOffline }",
    "{ ActionOffline.doc-url }",
    "{ NUMBER($code) }",
    "{ UPPER($code) }",
    "{ $code ->\n    [one] a\n   *[other] b\n}",
    "{ $code ->\n    [one] a\n}",
    "{ \"literal\" }",
    "{ 42 }",
    "\n    .doc-url = https://example.invalid/x",
    "\n    .other = x",
    "\u{202e}",
    "\u{0}",
    "\u{feff}",
    "\u{fffd}",
    "\r",
    "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{",
];

/// Ids an edit renames an entry to.
#[derive(Arbitrary, Debug)]
enum Id {
    /// A registered code's id.
    Code(u8),
    /// An id no code has.
    Unknown,
    /// A term.
    Term(bool),
    /// The generic messages.
    Generic(bool),
    /// Arbitrary text.
    Text(String),
}

#[derive(Arbitrary, Debug)]
enum Edit {
    Delete(u16),
    Duplicate(u16),
    Swap(u16, u16),
    Truncate(u16),
    /// Inserts a piece into a line at a character position.
    Insert {
        line: u16,
        at: u16,
        piece: u8,
    },
    /// Inserts arbitrary text into a line.
    InsertText {
        line: u16,
        at: u16,
        text: String,
    },
    /// Renames the entry on a line (the text before its `=`).
    Rename {
        line: u16,
        to: Id,
    },
    /// Cuts a line at a character position.
    Cut {
        line: u16,
        at: u16,
    },
}

#[derive(Arbitrary, Debug)]
struct Input {
    base: u8,
    locale: u8,
    dir: bool,
    edits: Vec<Edit>,
}

/// The byte offset of character `at` (modulo the line's length + 1).
fn char_at(line: &str, at: u16) -> usize {
    let n = line.chars().count() + 1;
    line.char_indices().map(|(i, _)| i).chain(std::iter::once(line.len())).nth(at as usize % n).unwrap_or(0)
}

fn id_text(id: Id) -> String {
    match id {
        Id::Code(i) => ErrorCode::ALL[i as usize % ErrorCode::ALL.len()].fluent_id().to_string(),
        Id::Unknown => "NoSuchCode-AtAll".into(),
        Id::Term(used) => (if used { "-smh" } else { "-fresh-term" }).into(),
        Id::Generic(code) => (if code { "unknown-code" } else { "unknown-error" }).into(),
        Id::Text(s) => s,
    }
}

fuzz_target!(|input: Input| {
    let base = BASES[input.base as usize % BASES.len()];
    let mut lines: Vec<String> = base.split('\n').map(str::to_string).collect();
    for edit in input.edits.into_iter().take(64) {
        let n = lines.len().max(1);
        let idx = |l: u16| l as usize % n;
        if lines.is_empty() {
            lines.push(String::new());
        }
        match edit {
            Edit::Delete(l) => {
                lines.remove(idx(l));
            }
            Edit::Duplicate(l) => {
                let i = idx(l);
                let copy = lines[i].clone();
                lines.insert(i, copy);
            }
            Edit::Swap(a, b) => lines.swap(idx(a), idx(b)),
            Edit::Truncate(l) => lines.truncate(idx(l)),
            Edit::Insert { line, at, piece } => {
                let i = idx(line);
                let at = char_at(&lines[i], at);
                lines[i].insert_str(at, PIECES[piece as usize % PIECES.len()]);
            }
            Edit::InsertText { line, at, text } => {
                let i = idx(line);
                let at = char_at(&lines[i], at);
                lines[i].insert_str(at, &text);
            }
            Edit::Rename { line, to } => {
                let i = idx(line);
                if let Some(eq) = lines[i].find('=') {
                    let rest = lines[i][eq..].to_string();
                    lines[i] = format!("{} {rest}", id_text(to));
                }
            }
            Edit::Cut { line, at } => {
                let i = idx(line);
                let at = char_at(&lines[i], at);
                lines[i].truncate(at);
            }
        }
    }
    let text = lines.join("\n");
    check_catalog_text(text.as_bytes(), input.locale as usize, input.dir);
});
