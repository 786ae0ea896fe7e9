//! Diagnostics: one problem in a catalog file, said the way a compiler says it.
//!
//! The build and `smh-errors check` report the same problem with the same
//! words: both use this module. A file's diagnostics are made through a
//! [`Sink`], which places each from a line index of the file (a binary
//! search, never a rescan from the start).

use std::fmt;

/// How bad a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth a look; never fails a check unless warnings are denied.
    Warning,
    /// The catalog is wrong: the build fails, an overlay is refused.
    Error,
}

impl Severity {
    /// `"error"` or `"warning"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One problem found in a catalog file, with its place (1-based line and
/// column, the column counted in characters) and a stable rule id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Diagnostic {
    /// The file, as it was named to the checker.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// Error or warning.
    pub severity: Severity,
    /// A plain sentence saying what is wrong.
    pub message: String,
    /// A stable kebab-case id of the rule, e.g. `syntax-error`.
    pub rule: &'static str,
}

impl Diagnostic {
    /// A diagnostic at byte `offset` of `text`.
    pub fn at(
        path: &str,
        text: &str,
        offset: usize,
        severity: Severity,
        rule: &'static str,
        message: String,
    ) -> Diagnostic {
        let (line, col) = line_col(text, offset);
        Diagnostic { path: path.to_string(), line, col, severity, message, rule }
    }

    /// An error at byte `offset` of `text`.
    pub fn error(path: &str, text: &str, offset: usize, rule: &'static str, message: String) -> Diagnostic {
        Diagnostic::at(path, text, offset, Severity::Error, rule, message)
    }

    /// An error about a whole file or folder (reported at 1:1): unreadable,
    /// misnamed, missing.
    pub fn whole_file(path: &str, rule: &'static str, message: String) -> Diagnostic {
        Diagnostic { path: path.to_string(), line: 1, col: 1, severity: Severity::Error, message, rule }
    }

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// `path:line:col: error: sentence [rule-id]`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {} [{}]",
            self.path,
            self.line,
            self.col,
            self.severity.as_str(),
            self.message,
            self.rule
        )
    }
}

/// Rules whose place is a whole file or folder rather than a spot in it:
/// [`Diagnostic::render`] shows no source line for them.
pub const FILE_LEVEL_RULES: [&str; 10] = [
    "missing-message",
    "missing-term",
    "missing-source",
    "no-locales",
    "bad-locale-folder",
    "bad-locale",
    "unreadable",
    "empty-locale",
    "too-many-locales",
    "registry-empty",
];

impl Diagnostic {
    /// The diagnostic as a compiler prints it: the headline
    /// (`path:line:col: error: sentence [rule-id]`), then, given the file's
    /// text, the source line and a caret under the column. Invisible
    /// characters in the shown line become U+FFFD and tabs spaces, so the
    /// caret lines up (wide CJK characters count two columns).
    pub fn render(&self, text: Option<&str>) -> String {
        let head = self.to_string();
        let Some(text) = text else { return head };
        if FILE_LEVEL_RULES.contains(&self.rule) {
            return head;
        }
        let Some(src) = text.split('\n').nth(self.line.saturating_sub(1)) else { return head };
        let src = src.strip_suffix('\r').unwrap_or(src);
        let shown: String = src
            .chars()
            .map(|c| match c {
                '\t' => ' ',
                c if c.is_control() || is_format(c) => '\u{FFFD}',
                c => c,
            })
            .collect();
        let pad: usize = shown.chars().take(self.col.saturating_sub(1)).map(width).sum();
        let gutter = self.line.to_string().len().max(4);
        format!("{head}\n {:>gutter$} | {shown}\n {:>gutter$} | {:pad$}^", self.line, "", "")
    }
}

/// Whether `c` is an invisible format character (the kind the checker
/// reports): shown as U+FFFD in a source line.
fn is_format(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}' | '\u{e0000}'..='\u{e007f}')
}

/// Terminal columns a character takes: two for East Asian wide and
/// full-width characters, one otherwise (good enough to place a caret).
fn width(c: char) -> usize {
    match c as u32 {
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

/// 1-based line and character column of byte `offset` in `text` (clamped to
/// the text, and to a character boundary). Scans the text once: for many
/// places in one text, build a [`LineIndex`].
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).line_col(text, offset)
}

/// Where each line of a text starts: places byte offsets as line and column
/// by binary search, so that placing many diagnostics costs no rescan.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// The line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The 1-based line of byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// 1-based line and character column of byte `offset` in `text` (the
    /// text this index was built from), clamped to the text and to a
    /// character boundary. Costs the length of the line up to the offset.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line(offset);
        let start = self.starts[line - 1];
        (line, text[start..offset].chars().count() + 1)
    }
}

/// Byte offset of `inner` within `outer`, when `inner` is a sub-slice of it
/// (as every name in a `fluent_syntax` AST parsed from `&str` is).
pub fn offset_in(outer: &str, inner: &str) -> Option<usize> {
    let start = outer.as_ptr() as usize;
    let at = inner.as_ptr() as usize;
    if at >= start && at + inner.len() <= start + outer.len() {
        Some(at - start)
    } else {
        None
    }
}

/// Collects the diagnostics of one file, placing each by the file's
/// [`LineIndex`].
#[derive(Debug)]
pub struct Sink<'f> {
    path: &'f str,
    text: &'f str,
    index: LineIndex,
    diags: Vec<Diagnostic>,
}

impl<'f> Sink<'f> {
    /// A sink for the file `path` holding `text`.
    pub fn new(path: &'f str, text: &'f str) -> Sink<'f> {
        Sink { path, text, index: LineIndex::new(text), diags: Vec::new() }
    }

    /// The file's name, as shown in diagnostics.
    pub fn path(&self) -> &'f str {
        self.path
    }

    /// 1-based line and column of byte `offset` of the file.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.index.line_col(self.text, offset)
    }

    /// Reports a problem at byte `offset` of the file.
    pub fn at(&mut self, offset: usize, severity: Severity, rule: &'static str, message: String) {
        let (line, col) = self.line_col(offset);
        self.diags.push(Diagnostic { path: self.path.to_string(), line, col, severity, message, rule });
    }

    /// Reports an error at byte `offset` of the file.
    pub fn error(&mut self, offset: usize, rule: &'static str, message: String) {
        self.at(offset, Severity::Error, rule, message);
    }

    /// Reports a warning at byte `offset` of the file.
    pub fn warn(&mut self, offset: usize, rule: &'static str, message: String) {
        self.at(offset, Severity::Warning, rule, message);
    }

    /// The diagnostics reported, in the order reported.
    pub fn finish(self) -> Vec<Diagnostic> {
        self.diags
    }
}
