//! Diagnostics: one problem in a catalog file, said the way a compiler says it.
//!
//! This file is compiled twice: into the library, and into `build.rs` (through
//! `#[path]`), so that the build and `smh-errors check` report the same problem
//! with the same words. It may use only `std`.

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

/// 1-based line and character column of byte `offset` in `text` (clamped to
/// the text, and to a character boundary).
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..offset].chars().count() + 1;
    (line, col)
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
