//! Lookup and format with arbitrary code and locale bytes, through every
//! entry point (`Catalog::answer_bytes`, `answer`, `lookup`, `format`,
//! `Locale::*`), in the builtin catalog: the promises of the shared vectors
//! hold (a registered code is exact; an unregistered code with a
//! registered ancestor is answered by that ancestor; otherwise generic; the
//! message is never empty; the locale is a shipped one), and every entry
//! point gives the same answer.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use smh_errors::ffi::{AnswerExt, LocaleExt};
use smh_errors::{Catalog, ErrorCode, FluentArgs, FluentValue};
use smh_errors_fuzz::check_answer;

/// A code: raw bytes, or a registered code with bytes after it (most
/// often `.` and more: a child code).
#[derive(Arbitrary, Debug)]
enum Code<'a> {
    Raw(&'a [u8]),
    Registered(u8, &'a [u8]),
    Child(u8, &'a [u8]),
}

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    code: Code<'a>,
    /// `None`: the default locale.
    locale: Option<&'a [u8]>,
    args: Vec<(&'a str, &'a str)>,
}

fuzz_target!(|input: Input<'_>| {
    let code: Vec<u8> = match input.code {
        Code::Raw(b) => b.to_vec(),
        Code::Registered(i, rest) => {
            let mut v = ErrorCode::ALL[i as usize % ErrorCode::ALL.len()].as_str().as_bytes().to_vec();
            v.extend_from_slice(rest);
            v
        }
        Code::Child(i, rest) => {
            let mut v = ErrorCode::ALL[i as usize % ErrorCode::ALL.len()].as_str().as_bytes().to_vec();
            v.push(b'.');
            v.extend_from_slice(rest);
            v
        }
    };
    let cat = Catalog::builtin();
    let a = smh_errors::ffi::answer_bytes(cat, &code, input.locale);
    check_answer(cat, &code, &a);
    match input.locale {
        Some(l) => assert_eq!(a.locale(), smh_errors::ffi::locale_bytes(cat, Some(l)).name()),
        None => assert_eq!(a.locale(), cat.default_locale().name()),
    }
    let Ok(text) = std::str::from_utf8(&code) else {
        // A code that is not UTF-8 is matched by its bytes and never shown.
        assert_eq!(smh_errors::match_bytes(&code), (a.matched, a.resolution));
        assert_eq!(a.code, "");
        if a.matched.is_none() {
            let empty = smh_errors::ffi::answer_bytes(cat, b"", input.locale);
            assert_eq!(a.message(), empty.message());
        }
        return;
    };
    assert_eq!(a.code, text);
    let locale = input.locale.map(|l| std::str::from_utf8(l).unwrap_or(""));
    let b = cat.answer(text, locale);
    check_answer(cat, &code, &b);
    let (la, lb) = (a.lookup(), b.lookup());
    assert_eq!(la, lb, "answer_bytes and answer differ");
    let l = cat.lookup(text, locale);
    assert_eq!(l, la, "lookup and answer differ");
    assert_eq!(l.code, text);
    assert_eq!(smh_errors::retryable(text), l.retryable);
    assert_eq!(smh_errors::match_code(text), (l.matched, l.resolution));
    if let Some(loc) = locale {
        let handle = cat.locale(loc);
        assert_eq!(handle.lookup(text), l);
        assert_eq!(handle.message(text), l.message);
        assert_eq!(handle.static_message(text), a.static_message());
    }
    let _ = (l.to_json(), l.to_string());

    // Formatting with arguments: the same answer; a message without
    // variables is unchanged; `$code` is always the code as asked.
    let mut args = FluentArgs::new();
    for (k, v) in &input.args {
        if !k.is_empty() {
            args.set(k.to_string(), FluentValue::from(v.to_string()));
        }
    }
    let f = cat.format(text, locale, &args);
    assert_eq!(
        (f.matched, f.resolution, f.locale, f.retryable, f.doc_url),
        (l.matched, l.resolution, l.locale, l.retryable, l.doc_url)
    );
    assert!(!f.message.is_empty());
    if f.matched.is_some() {
        assert_eq!(f.message, l.message, "a registered code's message changed with arguments");
    }
    let plain = cat.format(text, locale, &FluentArgs::new());
    assert_eq!(plain.message, l.message, "formatting without arguments differs from the message");
});
