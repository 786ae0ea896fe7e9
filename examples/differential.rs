//! The differential run's generator: a seeded stream of random questions
//! (codes, locales, response bodies), each answered by the Rust core, written
//! as JSON Lines for the C, Go and Python suites to answer again and compare.
//! The format is described in tests/differential/README.md.
//!
//! ```text
//! cargo run --example differential -- --seed 1 --count 100000 --out target/differential/cases.jsonl
//! ```

use std::fmt::Write as _;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use smh_errors::{parse_response, Answer, Catalog, ErrorCode, Response};

/// splitmix64: small, seeded, the same stream on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

fn registered(rng: &mut Rng) -> &'static str {
    ErrorCode::ALL[rng.below(ErrorCode::ALL.len())].as_str()
}

/// Text pieces that make near misses and odd codes.
const PIECES: &[&str] = &[
    ".",
    "..",
    "Foo",
    "x",
    " ",
    "\n",
    "\t",
    "\0",
    "é",
    "签名",
    "\u{202e}",
    "\u{feff}",
    "\u{1f600}",
    "-",
    "_",
    "a",
    "0",
    "unknown",
    "The",
    "%s",
    "{ $code }",
    "\\",
    "\"",
    "<b>",
];

fn code(rng: &mut Rng) -> Vec<u8> {
    let reg = registered(rng);
    match rng.below(12) {
        0 | 1 => reg.into(),
        // A registered code and a suffix: a child, or not (no dot).
        2 | 3 => {
            let sep = if rng.chance(70) { "." } else { "" };
            format!("{reg}{sep}{}", rng.pick(PIECES)).into()
        }
        // Deeper children.
        4 => format!("{reg}.{}.{}", rng.pick(PIECES), rng.pick(PIECES)).into(),
        // Truncated.
        5 => reg.as_bytes()[..rng.below(reg.len() + 1)].to_vec(),
        // Case changed.
        6 => match rng.below(3) {
            0 => reg.to_lowercase().into(),
            1 => reg.to_uppercase().into(),
            _ => {
                reg.chars().map(|c| if rng.chance(20) { c.to_ascii_lowercase() } else { c }).collect::<String>().into()
            }
        },
        // Random bytes (invalid UTF-8, NUL), alone or after a registered code.
        7 => {
            let n = rng.below(12);
            let mut v = if rng.chance(50) { format!("{reg}.").into_bytes() } else { Vec::new() };
            v.extend(rng.bytes(n));
            v
        }
        // Very long: a huge child, or a long unknown code.
        8 => {
            let n = 100 + rng.below(3000);
            let unit = rng.pick(&["A.", "x", "签", ".Foo"]);
            let head = if rng.chance(50) { format!("{reg}.") } else { String::new() };
            format!("{head}{}", unit.repeat(n / unit.len().max(1))).into()
        }
        // Printable ASCII unknown codes, around the 128-byte limit to be shown.
        9 => {
            let n = 120 + rng.below(16);
            (0..n).map(|_| b'!' + rng.below(94) as u8).collect()
        }
        // Pieces glued.
        10 => (0..1 + rng.below(4)).map(|_| rng.pick(PIECES)).collect::<String>().into(),
        _ => Vec::new(),
    }
}

const LOCALES: &[&str] = &[
    "zh-CN",
    "en-US",
    "zh",
    "en",
    "zh_CN.UTF-8",
    "en_US.utf8",
    "zh_TW.Big5",
    "zh-Hant-TW",
    "zh-Hans",
    "yue",
    "cmn",
    "ZH-cn",
    "C",
    "POSIX",
    "*",
    "",
    "   ",
    "fr-CH, fr;q=0.9, zh;q=0.8, en;q=0.7",
    "de;q=0.5, zh-CN;q=0.6",
    "zh;q=0, en",
    "ja-JP",
    "en-XA",
    "ar-XB",
    "i-klingon",
    "x-private",
    "zh-CN-u-ca-chinese",
    "en_GB@euro",
    "sr-Latn-RS",
    "garbage!!",
    ";;;,,,q=",
    "zh;q=abc",
    "\0",
];

fn locale(rng: &mut Rng) -> Vec<u8> {
    match rng.below(10) {
        0..=4 => rng.pick(LOCALES).into(),
        // Case and separator changes.
        5 => {
            let l = rng.pick(LOCALES);
            l.chars().map(|c| if rng.chance(30) { c.to_ascii_uppercase() } else { c }).collect::<String>().into()
        }
        // Accept-Language lists of random entries with q-values.
        6 => {
            let n = 1 + rng.below(5);
            (0..n)
                .map(|_| {
                    let tag = rng.pick(&LOCALES[..12]);
                    let q = rng.below(11);
                    if rng.chance(50) {
                        format!("{tag};q={}.{}", q / 10, q % 10)
                    } else {
                        tag.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join(rng.pick(&[",", ", ", " , "]))
                .into()
        }
        // Random bytes: invalid UTF-8, NUL; alone or after a good locale.
        7 => {
            let mut v: Vec<u8> = if rng.chance(50) { rng.pick(LOCALES).into() } else { Vec::new() };
            let n = rng.below(8);
            v.extend(rng.bytes(n));
            v
        }
        // Long.
        8 => "zh-CN, ".repeat(1 + rng.below(200)).into(),
        _ => (0..rng.below(10)).map(|_| rng.pick(PIECES)).collect::<String>().into(),
    }
}

/// A JSON string literal of `s` (as serde_json writes it).
fn json_str(s: &str) -> String {
    serde_json::to_string(s).expect("a string serializes")
}

fn body(rng: &mut Rng) -> Vec<u8> {
    let code = String::from_utf8_lossy(&code(rng)).into_owned();
    let text = json_str(rng.pick(PIECES));
    let rid = json_str(&format!("req-{}", rng.below(1000)));
    match rng.below(16) {
        0..=3 => format!(r#"{{"Response":{{"Error":{{"Code":{},"Message":{text}}},"RequestId":{rid}}}}}"#, json_str(&code)),
        4 => format!(r#"{{"Response":{{"Error":{{"Code":{}}}}}}}"#, json_str(&code)),
        5 => format!(r#"{{"Response":{{"Error":{{"Code":{},"Message":null}},"RequestId":null}}}}"#, json_str(&code)),
        6 => format!(r#"{{"Response":{{"RequestId":{rid},"Data":[1,2,{{"a":null}}]}}}}"#),
        7 => format!(r#"{{"Response":{{"Error":null,"RequestId":{rid}}}}}"#),
        8 => {
            let n = [0, 4000, -1, 1, 9_007_199_254_740_993_i64][rng.below(5)];
            let desc = if rng.chance(60) { format!(r#","codeDesc":{}"#, json_str(&code)) } else { String::new() };
            format!(r#"{{"code":{n},"message":{text}{desc}}}"#)
        }
        // Wrong types.
        9 => {
            let v = rng.pick(&["5", "true", "[]", "{}", "1.5", "\"s\"", "null"]);
            match rng.below(5) {
                0 => format!(r#"{{"Response":{{"Error":{{"Code":{v}}}}}}}"#),
                1 => format!(r#"{{"Response":{{"Error":{{"Code":"X","Message":{v}}}}}}}"#),
                2 => format!(r#"{{"Response":{{"RequestId":{v}}}}}"#),
                3 => format!(r#"{{"Response":{v}}}"#),
                _ => format!(r#"{{"code":{v}}}"#),
            }
        }
        // Missing fields, unknown shapes, not objects.
        10 => rng
            .pick(&[r#"{"Response":{"Error":{}}}"#, r#"{"Response":{"Error":{"Code":""}}}"#, r#"{"foo":1}"#, "[1,2]", "\"s\"", "12", "null", "{}"])
            .to_string(),
        // Malformed JSON: a good body cut short, or with a byte changed.
        11 | 12 => {
            let good = format!(r#"{{"Response":{{"Error":{{"Code":{},"Message":{text}}},"RequestId":{rid}}}}}"#, json_str(&code));
            let mut b = good.into_bytes();
            if rng.chance(50) {
                b.truncate(rng.below(b.len()));
            } else {
                let i = rng.below(b.len());
                b[i] = rng.next() as u8;
            }
            return b;
        }
        // Deep nesting, around the limit of 32.
        13 => {
            let d = 28 + rng.below(8);
            format!(r#"{{"Response":{{"RequestId":"r","X":{}{}}}}}"#, "[".repeat(d), "]".repeat(d))
        }
        // Escapes: NUL, surrogate pairs, lone surrogates; a byte-order mark.
        14 => {
            let esc = rng.pick(&[r"\u0000", r"\ud83d\ude00", r"\ud800", r"\udc00x", r"\u00e9", r"\n"]);
            let bom = if rng.chance(30) { "\u{feff}" } else { "" };
            format!(r#"{bom}{{"Response":{{"Error":{{"Code":"InvalidParameter.{esc}","Message":"m{esc}"}},"RequestId":"r{esc}"}}}}"#)
        }
        // Random bytes.
        _ => {
            let n = rng.below(40);
            return rng.bytes(n);
        }
    }
    .into_bytes()
}

/// The question as a binding whose strings cannot hold bytes that are not
/// UTF-8 (Python's str) receives it: each such byte as U+FFFD.
fn lossy_per_byte(b: &[u8]) -> String {
    let mut s = String::new();
    for chunk in b.utf8_chunks() {
        s.push_str(chunk.valid());
        s.extend(std::iter::repeat_n('\u{fffd}', chunk.invalid().len()));
    }
    s
}

struct Line(String);

impl Line {
    fn hex(&mut self, key: &str, v: Option<&[u8]>) {
        match v {
            None => write!(self.0, r#","{key}":null"#),
            Some(b) => {
                write!(self.0, r#","{key}":""#).unwrap();
                for x in b {
                    write!(self.0, "{x:02x}").unwrap();
                }
                write!(self.0, "\"")
            }
        }
        .unwrap();
    }
    fn bool(&mut self, key: &str, v: bool) {
        write!(self.0, r#","{key}":{v}"#).unwrap();
    }
    fn answer(&mut self, prefix: &str, a: &Answer<'_, '_>) {
        self.hex(&format!("{prefix}message"), Some(a.message().as_bytes()));
        self.hex(&format!("{prefix}locale"), Some(a.locale().as_bytes()));
        self.hex(&format!("{prefix}resolution"), Some(a.resolution.as_str().as_bytes()));
        self.hex(&format!("{prefix}matched"), a.matched.map(|c| c.as_str().as_bytes()));
        self.hex(&format!("{prefix}kind"), a.kind().map(|k| k.as_str().as_bytes()));
        self.bool(&format!("{prefix}retryable"), a.retryable());
        self.hex(&format!("{prefix}doc_url"), a.doc_url().map(str::as_bytes));
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (mut seed, mut count, mut out) = (1u64, 100_000usize, PathBuf::from("target/differential/cases.jsonl"));
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let v = args.next().ok_or(format!("{a} needs a value"))?;
        match a.as_str() {
            "--seed" => seed = v.parse()?,
            "--count" => count = v.parse()?,
            "--out" => out = v.into(),
            _ => return Err(format!("unknown argument {a} (--seed N --count N --out FILE)").into()),
        }
    }
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let cat = Catalog::builtin();
    let mut rng = Rng(seed);
    let mut w = BufWriter::new(std::fs::File::create(&out)?);
    let (mut lookups, mut responses) = (0, 0);
    for n in 0..count {
        let mut line = Line(format!(r#"{{"n":{n}"#));
        if rng.chance(60) {
            lookups += 1;
            let (c, l) = (code(&mut rng), locale(&mut rng));
            line.0.push_str(r#","op":"lookup""#);
            line.hex("in_code", Some(&c));
            line.hex("in_locale", Some(&l));
            line.answer("", &smh_errors::ffi::answer_bytes(cat, &c, Some(&l)));
            if std::str::from_utf8(&c).is_err() || std::str::from_utf8(&l).is_err() {
                let (tc, tl) = (lossy_per_byte(&c), lossy_per_byte(&l));
                line.answer("text_", &cat.answer(&tc, Some(&tl)));
            }
        } else {
            responses += 1;
            let b = body(&mut rng);
            let l = loop {
                let l = locale(&mut rng);
                if std::str::from_utf8(&l).is_ok() {
                    break String::from_utf8(l).expect("checked");
                }
            };
            line.0.push_str(r#","op":"response""#);
            line.hex("in_body", Some(&b));
            line.hex("in_locale", Some(l.as_bytes()));
            match parse_response(&b) {
                Ok(Response::Success { request_id }) => {
                    line.hex("outcome", Some(b"success"));
                    line.hex("request_id", request_id.as_deref().map(str::as_bytes));
                }
                Ok(Response::Error(e)) => {
                    line.hex("outcome", Some(b"error"));
                    line.hex("code", Some(e.code.as_bytes()));
                    line.hex("server_message", e.server_message.as_deref().map(str::as_bytes));
                    line.hex("request_id", e.request_id.as_deref().map(str::as_bytes));
                    line.answer("", &cat.answer(&e.code, Some(&l)));
                }
                Err(e) => {
                    line.hex("outcome", Some(b"invalid"));
                    line.hex("error_kind", Some(e.kind().as_str().as_bytes()));
                }
            }
        }
        line.0.push_str("}\n");
        w.write_all(line.0.as_bytes())?;
    }
    w.flush()?;
    eprintln!("differential: {count} cases ({lookups} lookups, {responses} responses), seed {seed}: {}", out.display());
    Ok(())
}
