//! Why a body could not be read as an SMH API response: [`ParseError`],
//! and its [`ParseErrorKind`] (generated from `catalog/parse-errors.toml`).

use std::fmt;

include!(concat!(env!("OUT_DIR"), "/parse_errors.rs"));

impl fmt::Display for ParseErrorKind {
    /// The kind's name (`too_large`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a body could not be read as an SMH API response.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The body is larger than [`MAX_BODY_LEN`](super::MAX_BODY_LEN).
    #[error("the body is {size} bytes, over the {limit}-byte limit")]
    TooLarge {
        /// The body's size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The body is not UTF-8.
    #[error("the body is not valid UTF-8 (at byte {offset})")]
    InvalidUtf8 {
        /// Where the first invalid byte is.
        offset: usize,
    },
    /// The JSON nests deeper than [`MAX_DEPTH`](super::MAX_DEPTH).
    #[error("the JSON nests deeper than {limit} levels")]
    TooDeep {
        /// The limit.
        limit: usize,
    },
    /// The body is not JSON.
    #[error("the body is not valid JSON: {reason} at line {line}, column {column}")]
    Syntax {
        /// What the JSON parser said.
        reason: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The JSON is not an object.
    #[error("the body is JSON but not an object")]
    NotAnObject,
    /// An object with neither `Response` nor a legacy `code`.
    #[error("the body has neither a \"Response\" object nor a legacy \"code\" field")]
    UnknownShape,
    /// A field has the wrong JSON type.
    #[error("{path} should be {expected}, but it is {found}")]
    WrongType {
        /// Where, e.g. `Response.Error.Code`.
        path: &'static str,
        /// The type wanted, e.g. `a string`.
        expected: &'static str,
        /// The type found, e.g. `a number`.
        found: &'static str,
    },
    /// A required field is absent or empty.
    #[error("{path} is missing or empty")]
    MissingField {
        /// Where, e.g. `Response.Error.Code`.
        path: &'static str,
    },
}

impl ParseError {
    /// The kind of problem, named alike in every binding
    /// ([`ParseErrorKind::as_str`]: `too_large`, `syntax`, ...).
    pub fn kind(&self) -> ParseErrorKind {
        match self {
            ParseError::TooLarge { .. } => ParseErrorKind::TooLarge,
            ParseError::InvalidUtf8 { .. } => ParseErrorKind::InvalidUtf8,
            ParseError::TooDeep { .. } => ParseErrorKind::TooDeep,
            ParseError::Syntax { .. } => ParseErrorKind::Syntax,
            ParseError::NotAnObject => ParseErrorKind::NotAnObject,
            ParseError::UnknownShape => ParseErrorKind::UnknownShape,
            ParseError::WrongType { .. } => ParseErrorKind::WrongType,
            ParseError::MissingField { .. } => ParseErrorKind::MissingField,
        }
    }
}

impl ParseError {
    /// The error for a decoded body (a Python `dict`) holding a value that
    /// JSON cannot represent (a `set`, `NaN`, a cycle): a value of the wrong
    /// type, as the same value in a body would be.
    pub fn not_json() -> ParseError {
        ParseError::WrongType {
            path: "a value in the body",
            expected: "a JSON value (null, boolean, number, string, array or object)",
            found: "something JSON cannot represent",
        }
    }
}
