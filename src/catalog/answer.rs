//! The one search that answers a code in a chain of locales, and the forms
//! of its answer: [`Answer`], read into a [`Lookup`], a message or (for C,
//! [`crate::ffi`]) a kept C string.

use std::borrow::Cow;
use std::ffi::CStr;
use std::fmt;

use fluent_bundle::{FluentArgs, FluentValue};

use super::chain::Chain;
use super::storage::{slot_id, LocaleData, NulStr, Text, UNKNOWN_CODE_SLOT, UNKNOWN_ERROR_SLOT};
use super::{Catalog, MAX_SHOWN_CODE_LEN};
use crate::codes::{match_code, ErrorCode, Kind, Resolution, Status};

/// The answer to "what does this code mean, in this locale?". It borrows
/// from the catalog and from the code asked; exact and parent answers
/// allocate nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookup<'c> {
    /// The code as asked (`InvalidParameterValue.Foo`).
    pub code: &'c str,
    /// The code whose message answered (`InvalidParameterValue`); `None` when
    /// the generic message answered.
    pub matched: Option<ErrorCode>,
    /// Whether the message is the code's own, a parent's, or the generic one.
    pub resolution: Resolution,
    /// The catalog locale that answered (`zh-CN`).
    pub locale: &'c str,
    /// The localized text.
    pub message: Cow<'c, str>,
    /// The matched code's kind; `None` for the generic message.
    pub kind: Option<Kind>,
    /// Whether a client may retry after a backoff: the matched code's policy,
    /// `false` for the generic message.
    pub retryable: bool,
    /// The answering message's `.doc-url` attribute, if it has one.
    pub doc_url: Option<&'c str>,
}

impl Lookup<'_> {
    /// The matched code as a string (`""` for the generic message).
    pub fn matched_str(&self) -> &'static str {
        self.matched.map_or("", ErrorCode::as_str)
    }

    /// The matched code's [`Status`]: whether a current source still
    /// carries it (`Retired`: only older SDK releases did); `None` for the
    /// generic message.
    pub fn status(&self) -> Option<Status> {
        self.matched.map(ErrorCode::status)
    }

    /// The answer as a JSON object with the shared vocabulary: `code`,
    /// `matched` (null for generic), `resolution`, `locale`, `message`,
    /// `kind` (null for generic), `retryable`, `status` (`current` or
    /// `retired`, null for generic), `doc_url` (null if none).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "code": self.code,
            "matched": self.matched.map(ErrorCode::as_str),
            "resolution": self.resolution.as_str(),
            "locale": self.locale,
            "message": self.message,
            "kind": self.kind.map(Kind::as_str),
            "retryable": self.retryable,
            "status": self.status().map(Status::as_str),
            "doc_url": self.doc_url,
        })
    }
}

/// The answer as `smh-errors explain` prints it (and every binding's command
/// line): `code [locale, how, kind, retryable]` (with `, retired` when the
/// matched code is retired), then the message indented, then
/// `see: <doc_url>` when there is one. No trailing newline.
impl fmt::Display for Lookup<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The code may come from the network: shown escaped.
        write!(f, "{} [{}, ", crate::text::Escaped(self.code), self.locale)?;
        match self.resolution {
            Resolution::Exact => f.write_str("exact")?,
            Resolution::Parent => write!(f, "via parent {}", self.matched_str())?,
            Resolution::Generic => f.write_str("unknown code")?,
        }
        if let Some(k) = self.kind {
            write!(f, ", {}, {}", k.as_str(), if self.retryable { "retryable" } else { "not retryable" })?;
        }
        if self.status() == Some(Status::Retired) {
            f.write_str(", retired")?;
        }
        write!(f, "]\n  {}", self.message)?;
        if let Some(u) = self.doc_url {
            write!(f, "\n  see: {u}")?;
        }
        Ok(())
    }
}
/// The complete answer to "what does code `q` mean in this locale?", found
/// by one search ([`Locale::answer`](super::Locale::answer)): the code that matched, how, and which
/// message of which catalog locale answers. Every form of the answer (the
/// plain or formatted message, a [`Lookup`], a C string) is read from it,
/// without searching again. Cheap to copy; allocates nothing.
#[derive(Clone, Copy)]
pub struct Answer<'c, 'q> {
    catalog: &'c Catalog,
    /// The code as asked.
    pub code: &'q str,
    /// The code whose message answered; `None` for the generic message.
    pub matched: Option<ErrorCode>,
    /// Whether the code's own, a parent's or the generic message answered.
    pub resolution: Resolution,
    chain: Chain,
    /// The answering locale's index in the catalog.
    li: usize,
    /// The answering message: a code's index, or a generic slot.
    slot: usize,
}

impl fmt::Debug for Answer<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Answer")
            .field("code", &self.code)
            .field("matched", &self.matched)
            .field("resolution", &self.resolution)
            .field("locale", &self.locale())
            .finish()
    }
}

impl<'c, 'q> Answer<'c, 'q> {
    #[inline]
    pub(super) fn data(&self) -> &'c LocaleData {
        &self.catalog.locales[self.li]
    }

    /// The catalog locale that answered (`zh-CN`).
    #[inline]
    pub fn locale(&self) -> &'c str {
        &self.data().name
    }

    /// [`Answer::locale`] as a NUL-terminated string kept by the catalog.
    #[inline]
    pub(crate) fn locale_c(&self) -> &'c CStr {
        self.data().name_nul.as_c()
    }

    /// The matched code's kind; `None` for the generic message.
    #[inline]
    pub fn kind(&self) -> Option<Kind> {
        self.matched.map(ErrorCode::kind)
    }

    /// The matched code's retry policy; `false` for the generic message.
    #[inline]
    pub fn retryable(&self) -> bool {
        self.matched.is_some_and(ErrorCode::retryable)
    }

    /// The answering message's `.doc-url` attribute, if it has one.
    #[inline]
    pub fn doc_url(&self) -> Option<&'c str> {
        self.data().doc_urls[self.slot].as_ref().map(NulStr::as_str)
    }

    /// [`Answer::doc_url`] as a NUL-terminated string kept by the catalog.
    #[inline]
    pub(crate) fn doc_url_c(&self) -> Option<&'c CStr> {
        self.data().doc_urls[self.slot].as_ref().map(NulStr::as_c)
    }

    /// The localized text: borrowed when it was formatted once at build
    /// time, formatted now (showing the code) when it has variables.
    #[inline(always)]
    pub fn message(&self) -> Cow<'c, str> {
        match &self.data().texts[self.slot] {
            Text::Plain(s) => Cow::Borrowed(s.as_str()),
            _ => Cow::Owned(self.format_now(None)),
        }
    }

    /// The text of a message with variables, formatted now.
    #[inline(never)]
    pub(super) fn format_now(&self, args: Option<&FluentArgs<'_>>) -> String {
        self.catalog.format_slot(self.data(), self.slot, self.code, args)
    }

    /// The text formatted with `args` (a message's own variables; `$code` is
    /// always the code as asked).
    pub fn formatted(&self, args: &FluentArgs<'_>) -> Cow<'c, str> {
        match &self.data().texts[self.slot] {
            Text::Plain(s) => Cow::Borrowed(s.as_str()),
            _ => Cow::Owned(self.format_now(Some(args))),
        }
    }

    /// The localized text as the catalog keeps it, with its trailing NUL,
    /// equal to [`Answer::message`]: a text with variables (the generic
    /// message showing the code) is formatted once per code and locale and
    /// kept, for at most [`MAX_STATIC_UNKNOWN_CODES`] codes per catalog;
    /// past that, the generic text that does not show the code.
    #[inline]
    pub(crate) fn static_nul(&self) -> Option<&'c NulStr> {
        let cat = self.catalog;
        if let Text::Plain(s) = &self.data().texts[self.slot] {
            return Some(s);
        }
        if let Some(s) = cat.shown_text(self.li, self.slot, self.code) {
            return Some(s);
        }
        // The table is full: the generic text without the code, plain in
        // en-US at least (the build checks every locale).
        let li = cat.first_with(self.chain, UNKNOWN_ERROR_SLOT);
        [li, 0].into_iter().find_map(|i| match &cat.locales[i].texts[UNKNOWN_ERROR_SLOT] {
            Text::Plain(s) => Some(s),
            _ => None,
        })
    }

    /// The answer as a [`Lookup`], its message as [`Answer::message`].
    #[inline(always)]
    pub fn lookup<'a>(&self) -> Lookup<'a>
    where
        'c: 'a,
        'q: 'a,
    {
        self.lookup_with_message(self.message())
    }

    /// The answer as a [`Lookup`], its message formatted with `args`.
    pub fn format<'a>(&self, args: &FluentArgs<'_>) -> Lookup<'a>
    where
        'c: 'a,
        'q: 'a,
    {
        self.lookup_with_message(self.formatted(args))
    }

    #[inline(always)]
    pub(super) fn lookup_with_message<'a>(&self, message: Cow<'c, str>) -> Lookup<'a>
    where
        'c: 'a,
        'q: 'a,
    {
        Lookup {
            code: self.code,
            matched: self.matched,
            resolution: self.resolution,
            locale: self.locale(),
            message,
            kind: self.kind(),
            retryable: self.retryable(),
            doc_url: self.doc_url(),
        }
    }
}
/// Whether a code may be shown in the generic message: short, printable
/// ASCII, no spaces (so that a hostile code cannot inject lines into logs).
#[inline]
pub(super) fn shows(code: &str) -> bool {
    !code.is_empty() && code.len() <= MAX_SHOWN_CODE_LEN && code.bytes().all(|b| b.is_ascii_graphic())
}

impl Catalog {
    /// [`Catalog::answer`] for a code and a locale given as bytes, which
    /// need not be UTF-8: the code is matched by its bytes
    /// ([`crate::match_bytes`]), and a generic answer never shows a
    /// code that is not UTF-8; a locale that is not UTF-8 is en-US, as
    /// garbage is; `None` is the default locale. A registered code and a
    /// locale named exactly are found without checking UTF-8.
    #[inline(always)]
    pub(crate) fn answer_bytes<'c, 'q>(&'c self, code: &'q [u8], locale: Option<&[u8]>) -> Answer<'c, 'q> {
        let chain = self.locale_bytes(locale).chain;
        let (matched, resolution) = crate::codes::match_bytes(code);
        let text = match matched {
            Some(c) if resolution == Resolution::Exact => c.as_str(),
            _ => std::str::from_utf8(code).unwrap_or(""),
        };
        self.answer_matched(text, matched, resolution, chain)
    }

    /// The one search: which message of which locale answers `code` in
    /// `chain`.
    #[inline]
    pub(super) fn answer_in<'c, 'q>(&'c self, code: &'q str, chain: Chain) -> Answer<'c, 'q> {
        let (matched, resolution) = match_code(code);
        self.answer_matched(code, matched, resolution, chain)
    }

    /// The answer for `code`, once the code that answers it is known.
    #[inline(always)]
    pub(super) fn answer_matched<'c, 'q>(
        &'c self,
        code: &'q str,
        matched: Option<ErrorCode>,
        resolution: Resolution,
        chain: Chain,
    ) -> Answer<'c, 'q> {
        let slot = match matched {
            Some(c) => c.index(),
            None if shows(code) => UNKNOWN_CODE_SLOT,
            None => UNKNOWN_ERROR_SLOT,
        };
        // The first locale of the chain with the message; en-US has them all.
        let li = self.first_with(chain, slot);
        Answer { catalog: self, code, matched, resolution, chain, li, slot }
    }

    /// The first locale of `chain` that has the message of `slot`.
    #[inline(always)]
    pub(super) fn first_with(&self, chain: Chain, slot: usize) -> usize {
        chain.iter().find(|&i| !matches!(self.locales[i].texts[slot], Text::Missing)).unwrap_or(0)
    }

    pub(super) fn format_slot(&self, l: &LocaleData, slot: usize, code: &str, args: Option<&FluentArgs<'_>>) -> String {
        let id = slot_id(slot);
        let Some(pattern) = l.bundle.get_message(id).and_then(|m| m.value()) else {
            return String::new();
        };
        let mut all = FluentArgs::with_capacity(1 + args.map_or(0, |a| a.iter().count()));
        if let Some(a) = args {
            for (k, v) in a.iter().filter(|(k, _)| *k != "code") {
                all.set(k.to_string(), v.clone());
            }
        }
        all.set("code", FluentValue::from(code));
        let mut errors = Vec::new();
        l.bundle.format_pattern(pattern, Some(&all), &mut errors).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ffi::{AnswerExt, LocaleExt};

    fn ja_partial() -> Catalog {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/overlays/ja-partial");
        Catalog::builder().overlay_dir(dir).build().expect("ja-partial builds")
    }

    /// ja-partial has `unknown-code` but not `unknown-error`: every form of
    /// the answer comes from the same message of the same locale.
    #[test]
    fn every_form_reads_the_same_message() {
        let cat = ja_partial();
        let ja = cat.locale("ja");
        let a = ja.answer("Nope.X");
        assert_eq!(a.locale(), "ja-JP");
        assert_eq!(a.locale_c().to_str(), Ok("ja-JP"));
        let shown = "リクエストはエラーコード Nope.X で失敗しました。";
        assert_eq!(a.message(), shown);
        assert_eq!(a.static_message(), shown);
        assert_eq!(a.static_message_c().to_str(), Ok(shown));
        assert_eq!(ja.lookup("Nope.X").message, shown);
        assert_eq!(ja.lookup("Nope.X").locale, "ja-JP");
        // The same pointer each time: kept by the catalog.
        assert_eq!(ja.static_message("Nope.X").as_ptr(), a.static_message().as_ptr());
        // A code not fit to show: `unknown-error`, which only en-US has here.
        for code in ["", "a b", "\n"] {
            let e = ja.answer(code);
            assert_eq!(e.locale(), "en-US", "{code:?}");
            assert_eq!(e.static_message(), "The request failed for an unknown reason.");
            assert_eq!(e.static_message(), e.message());
        }
        // A translated code and its link.
        let m = ja.answer("AuthFailure.MFAFailure");
        assert_eq!((m.locale(), m.static_message()), ("ja-JP", "MFA 認証に失敗しました。"));
        assert_eq!(m.doc_url(), Some("https://intl.cloud.tencent.com/ja/document/product/378"));
        assert_eq!(m.doc_url_c().map(|u| u.to_bytes()), m.doc_url().map(str::as_bytes));
    }

    #[test]
    fn a_plain_text_is_kept_with_its_nul() {
        let cat = Catalog::builtin();
        for l in cat.locales() {
            for c in ErrorCode::ALL {
                let a = cat.locale(l).answer(c.as_str());
                assert_eq!(a.static_message().as_bytes(), a.static_message_c().to_bytes(), "{l} {c:?}");
                assert_eq!(a.static_message(), a.message());
            }
        }
        assert_eq!(cat.locale_c(0).map(CStr::to_bytes), Some(&b"en-US"[..]));
        assert_eq!(cat.locale_c(cat.locales().count()), None);
    }
}
