//! Hostile and random input, many times over: nothing panics, and every
//! answer keeps its promises. A deterministic generator, so a failure
//! reproduces.

use smh_errors::{parse_response, Catalog, ParseError, ParseErrorKind, Resolution, Response};

/// xorshift64*: small, deterministic, good enough to shake inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const SEED_BODY: &str = r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#;
/// Mutates the seed body: bytes replaced, deleted, duplicated or inserted.
fn mutate(rng: &mut Rng) -> Vec<u8> {
    let mut b = SEED_BODY.as_bytes().to_vec();
    let pieces: [&[u8]; 12] =
        [b"{", b"}", b"[", b"]", b"\"", b"\\", b",", b":", b"null", b"0", b"\xff", "错".as_bytes()];
    for _ in 0..=rng.below(6) {
        let at = rng.below(b.len() + 1);
        match rng.below(4) {
            0 if at < b.len() => b[at] = rng.next() as u8,
            1 if at < b.len() => {
                b.remove(at);
            }
            2 => {
                let p = rng.pick(&pieces);
                b.splice(at..at, p.iter().copied());
            }
            _ => {
                let end = (at + rng.below(20)).min(b.len());
                let copy = b[at..end].to_vec();
                b.splice(at..at, copy);
            }
        }
    }
    b
}

#[test]
fn mutated_and_random_bodies_parse_or_fail_cleanly() {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let (mut ok, mut err) = (0, 0);
    for i in 0..20_000 {
        let body: Vec<u8> =
            if i % 4 == 0 { (0..rng.below(64)).map(|_| rng.next() as u8).collect() } else { mutate(&mut rng) };
        match parse_response(&body) {
            Ok(Response::Error(e)) => {
                ok += 1;
                assert!(!e.code.is_empty(), "an error always has a code: {body:?}");
                // Whatever the server sent, the catalog answers it.
                let hit = e.lookup(Some("zh-CN"));
                assert!(!hit.message.is_empty());
                let _ = (e.retryable(), e.to_string());
            }
            Ok(Response::Success { .. }) => ok += 1,
            Err(e) => {
                err += 1;
                assert!(ParseErrorKind::ALL.contains(&e.kind()), "{e:?}");
                assert!(!e.to_string().is_empty());
                if let ParseError::Syntax { line, column, .. } = e {
                    assert!(line >= 1 && column >= 1, "positions are 1-based: {line}:{column}");
                }
            }
        }
    }
    // The generator really exercises both sides.
    assert!(ok > 100 && err > 100, "ok {ok}, err {err}");
}

#[test]
fn random_codes_and_locales_always_get_an_answer() {
    let mut rng = Rng(0x0dd_c0de_0001);
    let cat = Catalog::builtin();
    let locale_bits = [
        "zh", "ZH", "en", "_", "-", ".", "@", ";q=", "0.5", ",", " ", "CN", "Hant", "TW", "x", "u", "*", "C", "\0",
        "é", "中", "1", "419",
    ];
    let code_bits =
        ["InvalidParameterValue", "AuthFailure", ".", "Foo", "", " ", "\n", "\0", "错", "RequestLimitExceeded"];
    for _ in 0..20_000 {
        let locale: String = (0..rng.below(8)).map(|_| *rng.pick(&locale_bits)).collect();
        let code: String = (0..rng.below(6)).map(|_| *rng.pick(&code_bits)).collect();
        let hit = cat.lookup(&code, Some(&locale));
        assert!(hit.locale == "zh-CN" || hit.locale == "en-US", "{locale:?} -> {}", hit.locale);
        assert!(!hit.message.is_empty());
        assert_eq!(hit.code, code);
        match hit.resolution {
            Resolution::Exact => assert_eq!(hit.matched.map(|m| m.as_str()), Some(code.as_str())),
            Resolution::Parent => assert!(code.starts_with(&format!("{}.", hit.matched_str()))),
            Resolution::Generic => assert!(hit.matched.is_none() && !hit.retryable),
        }
        // The generic message never shows a code with control characters.
        assert!(!hit.message.contains('\0') && !hit.message.contains('\n'));
        assert_eq!(cat.negotiate(&locale), cat.locale(&locale).name());
    }
}

/// The core's parse-error kinds are the list in `catalog/parse-errors.toml`,
/// in its order (the order of the C enum's values).
#[test]
fn parse_error_kinds_are_the_catalogs_list() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog/parse-errors.toml");
    let listed = smh_errors_check::parse_errors::read_parse_errors(&path).expect("the list reads");
    let names: Vec<&str> = listed.iter().map(|k| k.name.as_str()).collect();
    let core: Vec<&str> = ParseErrorKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(core, names);
    for (k, def) in ParseErrorKind::ALL.iter().zip(&listed) {
        assert_eq!((k.doc(), k.to_string()), (def.doc.as_str(), def.name.clone()));
    }
}
