//! `smh_errors._native`: the Python extension module over the smh-errors core.
//!
//! This layer only converts types and calls the core; every rule (fallback,
//! negotiation, parsing, the category of a code, retry policy) is the core's.
//! The public Python API (exception classes, `ErrorCode`, the message cache)
//! is in `python/smh_errors/__init__.py`, which imports this module.
//!
//! Strings from Python are read lossily (`text`): a `str` holding lone
//! surrogates (which cannot be UTF-8) becomes text with one U+FFFD in place of each,
//! which the core answers like any other unknown code or unreadable locale,
//! instead of raising.

use std::borrow::Cow;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;

use pyo3::prelude::*;
use pyo3::pyclass::CompareOp;
use pyo3::types::{PyBool, PyDict, PyList, PyString, PyTuple};

use smh_errors::response::{parse_response_wtf8, MAX_DEPTH};
use smh_errors::text::ErrorText;
use smh_errors::{
    parse_response, ApiError, Catalog, CatalogError, ErrorCode, IdentStyle, Lookup, ParseError, Response,
};

/// The package's exception classes, defined once in `smh_errors/__init__.py`
/// and imported from there on first use.
mod py {
    pyo3::import_exception!(smh_errors, ResponseParseError);
    pyo3::import_exception!(smh_errors, CatalogError);
}

/// A parse error as the package's `ResponseParseError(message, kind)`.
fn parse_error(e: &ParseError) -> PyErr {
    PyErr::new::<py::ResponseParseError, _>((e.to_string(), e.kind().as_str()))
}

/// Bodies larger than this are parsed with the interpreter detached, so that
/// other threads run meanwhile.
const DETACH_OVER: usize = 16 * 1024;

/// The answer to "what does this code mean, in this locale?": the same
/// fields in every binding (`code`, `matched`, `resolution`, `locale`,
/// `message`, `kind`, `retryable`, `status`, `doc_url`). Immutable.
#[pyclass(frozen, module = "smh_errors", name = "Entry")]
struct Entry {
    /// The code as asked, the caller's own `str` object.
    code: Py<PyString>,
    /// The code as text, for equality and hashing.
    code_text: String,
    message: String,
    locale: String,
    resolution: String,
    matched: Option<String>,
    kind: Option<String>,
    retryable: bool,
    doc_url: Option<String>,
    status: Option<String>,
}

impl Entry {
    fn from_lookup(code: Py<PyString>, hit: &Lookup<'_>) -> Entry {
        Entry {
            code,
            code_text: hit.code.to_string(),
            message: hit.message.to_string(),
            locale: hit.locale.to_string(),
            resolution: hit.resolution.as_str().to_string(),
            matched: hit.matched.map(|c| c.as_str().to_string()),
            kind: hit.kind.map(|k| k.as_str().to_string()),
            retryable: hit.retryable,
            doc_url: hit.doc_url.map(str::to_string),
            status: hit.status().map(|s| s.as_str().to_string()),
        }
    }

    #[allow(clippy::type_complexity)]
    fn key(&self) -> (&str, &str, &str, &str, Option<&str>, Option<&str>, bool, Option<&str>, Option<&str>) {
        (
            &self.code_text,
            &self.message,
            &self.locale,
            &self.resolution,
            self.matched.as_deref(),
            self.kind.as_deref(),
            self.retryable,
            self.doc_url.as_deref(),
            self.status.as_deref(),
        )
    }
}

#[pymethods]
impl Entry {
    /// Builds an entry from its fields (used by pickle; lookups build them).
    #[new]
    #[pyo3(signature = (code, message, locale, resolution, matched, kind, retryable, doc_url, status=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        code: Bound<'_, PyString>,
        message: String,
        locale: String,
        resolution: String,
        matched: Option<String>,
        kind: Option<String>,
        retryable: bool,
        doc_url: Option<String>,
        status: Option<String>,
    ) -> Entry {
        let code_text = text(&code).into_owned();
        Entry { code: code.unbind(), code_text, message, locale, resolution, matched, kind, retryable, doc_url, status }
    }

    /// The code as asked (`InvalidParameterValue.Foo`).
    #[getter]
    fn code(&self, py: Python<'_>) -> Py<PyString> {
        self.code.clone_ref(py)
    }
    /// The localized text.
    #[getter]
    fn message(&self) -> &str {
        &self.message
    }
    /// The catalog locale that answered (`zh-CN`).
    #[getter]
    fn locale(&self) -> &str {
        &self.locale
    }
    /// `exact`, `parent` or `generic`.
    #[getter]
    fn resolution(&self) -> &str {
        &self.resolution
    }
    /// The registry code whose message answered; `None` when generic.
    #[getter]
    fn matched(&self) -> Option<&str> {
        self.matched.as_deref()
    }
    /// `common` or `business` (of `matched`); `None` when generic.
    #[getter]
    fn kind(&self) -> Option<&str> {
        self.kind.as_deref()
    }
    /// Whether a client may retry after a backoff (`matched`'s policy).
    #[getter]
    fn retryable(&self) -> bool {
        self.retryable
    }
    /// The answering message's documentation link, if it has one.
    #[getter]
    fn doc_url(&self) -> Option<&str> {
        self.doc_url.as_deref()
    }
    /// `current`, or `retired` when no current official source lists
    /// `matched` any more (it still answers with its own message); `None`
    /// when generic.
    #[getter]
    fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The fields as a dict with the shared vocabulary's keys.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("code", self.code.bind(py))?;
        d.set_item("matched", &self.matched)?;
        d.set_item("resolution", &self.resolution)?;
        d.set_item("locale", &self.locale)?;
        d.set_item("message", &self.message)?;
        d.set_item("kind", &self.kind)?;
        d.set_item("retryable", self.retryable)?;
        d.set_item("status", &self.status)?;
        d.set_item("doc_url", &self.doc_url)?;
        Ok(d)
    }

    fn __getnewargs__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        (
            self.code.bind(py),
            &self.message,
            &self.locale,
            &self.resolution,
            &self.matched,
            &self.kind,
            self.retryable,
            &self.doc_url,
            &self.status,
        )
            .into_pyobject(py)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let r = |v: &Option<String>| -> PyResult<String> {
            Ok(match v {
                Some(s) => PyString::new(py, s).repr()?.to_string(),
                None => "None".into(),
            })
        };
        Ok(format!(
            "Entry(code={}, message={}, locale={}, resolution={}, matched={}, kind={}, retryable={}, doc_url={}, status={})",
            self.code.bind(py).repr()?,
            PyString::new(py, &self.message).repr()?,
            PyString::new(py, &self.locale).repr()?,
            PyString::new(py, &self.resolution).repr()?,
            r(&self.matched)?,
            r(&self.kind)?,
            if self.retryable { "True" } else { "False" },
            r(&self.doc_url)?,
            r(&self.status)?,
        ))
    }

    fn __richcmp__(&self, other: &Self, op: CompareOp, py: Python<'_>) -> Py<PyAny> {
        match op {
            CompareOp::Eq => PyBool::new(py, self.key() == other.key()).to_owned().into_any().unbind(),
            CompareOp::Ne => PyBool::new(py, self.key() != other.key()).to_owned().into_any().unbind(),
            _ => py.NotImplemented(),
        }
    }

    fn __hash__(&self) -> u64 {
        let mut h = DefaultHasher::new();
        self.key().hash(&mut h);
        // Python reserves -1 (all ones) for errors.
        h.finish() >> 1
    }
}

/// The builtin catalog, the global one (builtin + `SMH_ERRORS_CATALOG_DIR`),
/// or one with overlays opened at run time.
enum Which {
    Static(&'static Catalog),
    Owned(Box<Catalog>),
}

/// A catalog handle: the same lookups as the module functions.
#[pyclass(frozen, module = "smh_errors._native", name = "NativeCatalog")]
struct NativeCatalog {
    which: Which,
}

impl NativeCatalog {
    fn cat(&self) -> &Catalog {
        match &self.which {
            Which::Static(c) => c,
            Which::Owned(c) => c,
        }
    }
}

/// A Python `str` as text; each lone surrogate becomes one U+FFFD (see the
/// module docs), as the same text with U+FFFD is read: one character, never
/// one per byte of the surrogate's UTF-8 form (which `to_string_lossy`
/// gives), so that a request's length is the same either way.
fn text<'a>(s: &'a Bound<'_, PyString>) -> Cow<'a, str> {
    if let Ok(t) = s.to_cow() {
        return t;
    }
    // The code points one by one (UTF-32 keeps two lone surrogates apart,
    // where UTF-16 would pair them).
    let units = s.call_method1("encode", ("utf-32-le", "surrogatepass"));
    match units.as_ref().map(|b| b.extract::<&[u8]>()) {
        Ok(Ok(b)) => Cow::Owned(
            b.chunks_exact(4)
                .map(|u| char::from_u32(u32::from_le_bytes([u[0], u[1], u[2], u[3]])).unwrap_or('\u{fffd}'))
                .collect(),
        ),
        _ => s.to_string_lossy(),
    }
}

#[pymethods]
impl NativeCatalog {
    /// The catalog compiled into the library (en-US, zh-CN, en-XA, ar-XB).
    #[staticmethod]
    fn builtin() -> NativeCatalog {
        NativeCatalog { which: Which::Static(Catalog::builtin()) }
    }

    /// The builtin catalog plus the overlays named by `SMH_ERRORS_CATALOG_DIR`.
    #[staticmethod]
    fn global_catalog() -> NativeCatalog {
        NativeCatalog { which: Which::Static(Catalog::global()) }
    }

    /// Why the overlays of `SMH_ERRORS_CATALOG_DIR` were not loaded, if they were not.
    #[staticmethod]
    fn global_error() -> Option<String> {
        Catalog::global_error().map(CatalogError::to_string)
    }

    /// The builtin catalog with the overlay directories `dirs`, in order.
    /// On a broken overlay raises `CatalogError(text, diagnostics)`, where
    /// diagnostics are `(path, line, col, severity, rule, message)` tuples.
    #[staticmethod]
    fn open(py: Python<'_>, dirs: Vec<PathBuf>) -> PyResult<NativeCatalog> {
        let built = py.detach(|| dirs.iter().fold(Catalog::builder(), |b, d| b.overlay_dir(d)).build());
        match built {
            Ok(c) => Ok(NativeCatalog { which: Which::Owned(Box::new(c)) }),
            Err(e) => {
                let diags: Vec<(String, usize, usize, &str, &str, String)> = e
                    .diagnostics
                    .iter()
                    .map(|d| (d.path.clone(), d.line, d.col, d.severity.as_str(), d.rule, d.message.clone()))
                    .collect();
                Err(PyErr::new::<py::CatalogError, _>((e.to_string(), diags)))
            }
        }
    }

    /// The catalog's locales: en-US first.
    fn locales(&self) -> Vec<&str> {
        self.cat().locales().collect()
    }

    /// The localized text of `code` in `locale` (`None`: the default locale).
    #[pyo3(signature = (code, locale=None))]
    fn message(&self, code: &Bound<'_, PyString>, locale: Option<&Bound<'_, PyString>>) -> String {
        let code = text(code);
        let locale = locale.map(text);
        self.cat().lookup(&code, locale.as_deref()).message.into_owned()
    }

    /// Every registered code's answer in `locale` (`None`: the default
    /// locale), for the package to keep: `({code: message}, {code: Entry})`.
    #[pyo3(signature = (locale=None))]
    fn table<'py>(
        &self,
        py: Python<'py>,
        locale: Option<&Bound<'py, PyString>>,
    ) -> PyResult<(Bound<'py, PyDict>, Bound<'py, PyDict>)> {
        let locale = locale.map(text);
        let handle = self.cat().locale_or_default(locale.as_deref());
        let (messages, entries) = (PyDict::new(py), PyDict::new(py));
        for c in ErrorCode::ALL {
            let hit = handle.lookup(c.as_str());
            let code = PyString::new(py, c.as_str());
            messages.set_item(&code, &*hit.message)?;
            entries.set_item(&code, Entry::from_lookup(code.clone().unbind(), &hit))?;
        }
        Ok((messages, entries))
    }

    /// What a person should read about an error (`smh-errors parse`'s
    /// text for it), rendered by the core.
    #[pyo3(signature = (code, message=None, request_id=None, locale=None))]
    fn explain_error(
        &self,
        code: &Bound<'_, PyString>,
        message: Option<&Bound<'_, PyString>>,
        request_id: Option<&Bound<'_, PyString>>,
        locale: Option<&Bound<'_, PyString>>,
    ) -> String {
        let code = text(code).into_owned();
        let e = ApiError {
            error_code: ErrorCode::from_code(&code),
            code,
            server_message: message.map(|m| text(m).into_owned()),
            request_id: request_id.map(|r| text(r).into_owned()),
        };
        e.explain_in(self.cat(), locale.map(text).as_deref())
    }

    /// The localized detail of an error's server message (the known pattern
    /// it matches, its holes' text escaped), or `None`.
    #[pyo3(signature = (code, message, locale=None))]
    fn detail(
        &self,
        code: &Bound<'_, PyString>,
        message: Option<&Bound<'_, PyString>>,
        locale: Option<&Bound<'_, PyString>>,
    ) -> Option<String> {
        let (code, message) = (text(code), text(message?));
        let locale = locale.map(text);
        self.cat().detail(&code, &message, locale.as_deref()).map(|d| d.message)
    }

    /// The full answer for `code` in `locale` (`None`: the default locale).
    #[pyo3(signature = (code, locale=None))]
    fn lookup(&self, code: &Bound<'_, PyString>, locale: Option<&Bound<'_, PyString>>) -> Entry {
        let c = text(code);
        let locale = locale.map(text);
        Entry::from_lookup(code.clone().unbind(), &self.cat().lookup(&c, locale.as_deref()))
    }

    /// The answer as the CLI prints it (`smh-errors explain`, or with
    /// `json` its `--json` form).
    #[pyo3(signature = (code, locale=None, json=false))]
    fn explain(&self, code: &Bound<'_, PyString>, locale: Option<&Bound<'_, PyString>>, json: bool) -> String {
        let c = text(code);
        let locale = locale.map(text);
        let hit = self.cat().lookup(&c, locale.as_deref());
        if json {
            hit.to_json().to_string()
        } else {
            hit.to_string()
        }
    }

    /// The catalog locale that `requested` resolves to.
    fn negotiate(&self, requested: &Bound<'_, PyString>) -> String {
        self.cat().negotiate(&text(requested)).to_string()
    }

    /// Every catalog locale tried for `requested`, best first, ending in en-US.
    fn chain(&self, requested: &Bound<'_, PyString>) -> Vec<String> {
        self.cat().locale(&text(requested)).chain().map(str::to_string).collect()
    }

    /// A parsed body as the CLI prints it (`smh-errors parse`, or with
    /// `json` its `--json` form); raises `error(message, kind)` for a
    /// malformed body.
    #[pyo3(signature = (body, locale=None, json=false))]
    fn report(&self, body: &[u8], locale: Option<&Bound<'_, PyString>>, json: bool) -> PyResult<String> {
        let locale = locale.map(text);
        match parse_response(body) {
            Ok(r) if json => Ok(r.to_json(self.cat(), locale.as_deref()).to_string()),
            Ok(r) => Ok(r.to_text(self.cat(), locale.as_deref())),
            Err(e) => Err(parse_error(&e)),
        }
    }
}

/// Reads a response body. Returns `("error", code, server_message,
/// request_id)` or `("success", request_id)`; raises
/// `error(message, kind)` (kind: the core's `ParseError::kind()`).
/// `from_text`: the bytes are a `str` encoded with `surrogatepass`, so an
/// encoded lone surrogate is answered as the core answers one in text.
#[pyfunction]
#[pyo3(signature = (body, from_text=false))]
fn parse<'py>(py: Python<'py>, body: &[u8], from_text: bool) -> PyResult<Bound<'py, PyTuple>> {
    let read = |b: &[u8]| if from_text { parse_response_wtf8(b) } else { parse_response(b) };
    let parsed = if body.len() > DETACH_OVER { py.detach(|| read(body)) } else { read(body) };
    match parsed {
        Ok(Response::Success { request_id }) => ("success", request_id).into_pyobject(py),
        Ok(Response::Error(e)) => ("error", e.code, e.server_message, e.request_id).into_pyobject(py),
        Err(e) => Err(parse_error(&e)),
    }
}

/// The `ResponseParseError` for a decoded body (a `dict`) that could not be
/// turned into JSON text, to raise: `reason` is `"too_deep"` (it nests past
/// Python's recursion limit) or `"not_json"` (it holds a value JSON cannot
/// represent). The message and kind are the core's.
#[pyfunction]
fn decoded_error<'py>(py: Python<'py>, reason: &str) -> PyResult<Bound<'py, PyAny>> {
    let e = match reason {
        "too_deep" => ParseError::TooDeep { limit: MAX_DEPTH },
        "not_json" => ParseError::not_json(),
        other => return Err(pyo3::exceptions::PyValueError::new_err(format!("unknown reason {other:?}"))),
    };
    Ok(parse_error(&e).into_value(py).into_bound(py).into_any())
}

/// The text of an API error, `Code: message (RequestId: id)`, as the core
/// renders it (control characters escaped, empty parts left out).
#[pyfunction]
#[pyo3(signature = (code, message=None, request_id=None))]
fn error_text(
    code: &Bound<'_, PyString>,
    message: Option<&Bound<'_, PyString>>,
    request_id: Option<&Bound<'_, PyString>>,
) -> String {
    let (code, message, request_id) = (text(code), message.map(text), request_id.map(text));
    ErrorText { code: &code, message: message.as_deref(), request_id: request_id.as_deref() }.to_string()
}

/// Every registry code as `(code, kind, retryable, category, doc_url,
/// parent, member_name, status)`, in registry order.
#[pyfunction]
fn codes(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let rows = ErrorCode::ALL.iter().map(|c| {
        (
            c.as_str(),
            c.kind().as_str(),
            c.retryable(),
            c.category(),
            c.doc_url(),
            c.parent().map(ErrorCode::as_str),
            c.identifier(IdentStyle::Underscored),
            c.status().as_str(),
        )
    });
    PyList::new(py, rows)
}

/// The registry's distinct top-level categories, in code order.
#[pyfunction]
fn categories() -> Vec<&'static str> {
    ErrorCode::categories().to_vec()
}

/// The top-level category of any code (`AuthFailure` for
/// `AuthFailure.Anything`), or `None` when no registered code has it.
#[pyfunction]
fn category_of(code: &Bound<'_, PyString>) -> Option<&'static str> {
    ErrorCode::category_of(&text(code))
}

/// Whether an error with this code may be retried after a backoff: the
/// code's, or its nearest registered parent's, policy.
#[pyfunction]
fn retryable(code: &Bound<'_, PyString>) -> bool {
    smh_errors::retryable(&text(code))
}

/// The catalog locale the environment asks for (`SMH_ERRORS_LOCALE`,
/// `LC_ALL`, `LC_MESSAGES`, `LANG`, else en-US), as the global catalog
/// resolved it.
#[pyfunction]
fn default_locale() -> String {
    Catalog::global().default_locale().name().to_string()
}

/// The extension module of the `smh_errors` package.
#[pymodule(gil_used = false)]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("VERSION", smh_errors::VERSION)?;
    m.add("MAX_BODY_LEN", smh_errors::response::MAX_BODY_LEN)?;
    m.add_class::<Entry>()?;
    m.add_class::<NativeCatalog>()?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(codes, m)?)?;
    m.add_function(wrap_pyfunction!(categories, m)?)?;
    m.add_function(wrap_pyfunction!(category_of, m)?)?;
    m.add_function(wrap_pyfunction!(retryable, m)?)?;
    m.add_function(wrap_pyfunction!(decoded_error, m)?)?;
    m.add_function(wrap_pyfunction!(error_text, m)?)?;
    m.add_function(wrap_pyfunction!(default_locale, m)?)?;
    Ok(())
}
