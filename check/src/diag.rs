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
        Diagnostic { path: one_line(path), line, col, severity, message: one_line(&message), rule }
    }

    /// An error at byte `offset` of `text`.
    pub fn error(path: &str, text: &str, offset: usize, rule: &'static str, message: String) -> Diagnostic {
        Diagnostic::at(path, text, offset, Severity::Error, rule, message)
    }

    /// An error about a whole file or folder (reported at 1:1): unreadable,
    /// misnamed, missing.
    pub fn whole_file(path: &str, rule: &'static str, message: String) -> Diagnostic {
        Diagnostic {
            path: one_line(path),
            line: 1,
            col: 1,
            severity: Severity::Error,
            message: one_line(&message),
            rule,
        }
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
pub const FILE_LEVEL_RULES: [&str; 12] = [
    "too-many-problems",
    "too-large",
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
        // A long line is shown as a window around the column.
        let col = self.col.saturating_sub(1);
        let skip = col.saturating_sub(SHOWN_LINE_CHARS / 2);
        let mut window: String = src
            .chars()
            .skip(skip)
            .take(SHOWN_LINE_CHARS)
            .map(|c| match c {
                '\t' => ' ',
                c if crate::text::is_invisible(c) => '\u{FFFD}',
                c => c,
            })
            .collect();
        let mut pad: usize = window.chars().take(col - skip).map(width).sum();
        if skip > 0 {
            window.insert(0, '…');
            pad += 1;
        }
        if src.chars().nth(skip + SHOWN_LINE_CHARS).is_some() {
            window.push('…');
        }
        let gutter = self.line.to_string().len().max(4);
        format!("{head}\n {:>gutter$} | {window}\n {:>gutter$} | {:pad$}^", self.line, "", "")
    }
}

/// How many characters of a source line a rendered diagnostic shows.
const SHOWN_LINE_CHARS: usize = 160;

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

/// The most diagnostics reported for one file; beyond them, one more says
/// how many were left out ("and N more").
pub const MAX_DIAGNOSTICS_PER_FILE: usize = 100;

/// The longest diagnostic message, in bytes; a longer one (a hostile id
/// quoted in it) is cut at a character boundary and ends in `…`.
pub const MAX_MESSAGE_LEN: usize = 512;

/// `message` fit for one line of a terminal or an editor: control
/// characters escaped (`\n`, `\r`, `\t`, `\u{1b}`), cut to
/// [`MAX_MESSAGE_LEN`] bytes.
pub fn one_line(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(MAX_MESSAGE_LEN + 8));
    for c in message.chars() {
        if out.len() >= MAX_MESSAGE_LEN {
            out.push('…');
            break;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

/// Collects the diagnostics of one file, placing each by the file's
/// [`LineIndex`]. The same problem (rule and message) again on the same line
/// is counted, not repeated; past [`MAX_DIAGNOSTICS_PER_FILE`] problems are
/// counted only.
#[derive(Debug)]
pub struct Sink<'f> {
    path: &'f str,
    text: &'f str,
    index: LineIndex,
    diags: Vec<Diagnostic>,
    /// For each diagnostic, how many times more it occurred on its line.
    repeats: Vec<usize>,
    /// (line, rule, message) to index in `diags`.
    seen: std::collections::HashMap<(usize, &'static str, String), usize>,
    /// Problems past the cap: how many, and whether one was an error.
    hidden: usize,
    hidden_error: bool,
}

impl<'f> Sink<'f> {
    /// A sink for the file `path` holding `text`.
    pub fn new(path: &'f str, text: &'f str) -> Sink<'f> {
        Sink {
            path,
            text,
            index: LineIndex::new(text),
            diags: Vec::new(),
            repeats: Vec::new(),
            seen: std::collections::HashMap::new(),
            hidden: 0,
            hidden_error: false,
        }
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
        let line = self.index.line(offset.min(self.text.len()));
        let message = one_line(&message);
        let key = (line, rule, message);
        if let Some(&i) = self.seen.get(&key) {
            self.repeats[i] += 1;
            return;
        }
        if self.diags.len() >= MAX_DIAGNOSTICS_PER_FILE {
            self.hidden += 1;
            self.hidden_error |= severity == Severity::Error;
            return;
        }
        let (line, col) = self.line_col(offset);
        let message = key.2.clone();
        self.seen.insert(key, self.diags.len());
        self.diags.push(Diagnostic { path: one_line(self.path), line, col, severity, message, rule });
        self.repeats.push(0);
    }

    /// Reports an error at byte `offset` of the file.
    pub fn error(&mut self, offset: usize, rule: &'static str, message: String) {
        self.at(offset, Severity::Error, rule, message);
    }

    /// Reports a warning at byte `offset` of the file.
    pub fn warn(&mut self, offset: usize, rule: &'static str, message: String) {
        self.at(offset, Severity::Warning, rule, message);
    }

    /// The diagnostics reported, in the order reported: a repeated one says
    /// how many times more it occurred on its line, and when some were left
    /// out a last one (`too-many-problems`) says how many.
    pub fn finish(self) -> Vec<Diagnostic> {
        let mut out = self.diags;
        for (d, n) in out.iter_mut().zip(self.repeats) {
            if n > 0 {
                d.message.push_str(&format!(" (and {n} more time(s) on this line)"));
            }
        }
        if self.hidden > 0 {
            let mut d = Diagnostic::whole_file(
                self.path,
                "too-many-problems",
                format!("and {} more problem(s) in this file, not shown: fix these first", self.hidden),
            );
            if !self.hidden_error {
                d.severity = Severity::Warning;
            }
            out.push(d);
        }
        out
    }
}
