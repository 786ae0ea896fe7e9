//! The typed reader: one pass of serde_json over the body that writes the
//! fields the rules look at into one flat [`Body`] (strings borrowed from
//! the body unless they have escapes), and of anything else only its JSON
//! type; and the nesting check that runs before it.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::{ParseError, MAX_DEPTH};

/// A JSON value's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum JsonType {
    Null,
    Bool,
    Number,
    Str,
    Array,
    Object,
}

impl JsonType {
    pub(super) fn name(self) -> &'static str {
        match self {
            JsonType::Null => "null",
            JsonType::Bool => "a boolean",
            JsonType::Number => "a number",
            JsonType::Str => "a string",
            JsonType::Array => "an array",
            JsonType::Object => "an object",
        }
    }
}

/// A field that should be a string: the string, or the type it is instead.
pub(super) enum Val<'de> {
    Str(Cow<'de, str>),
    Other(JsonType),
}

/// What the rules read of a body. A repeated key keeps its last value, as a
/// JSON object map would: reading an object clears the fields below it.
#[derive(Default)]
pub(super) struct Body<'de> {
    /// `Response`'s type, when present.
    pub(super) response: Option<JsonType>,
    /// `Response.RequestId`.
    pub(super) request_id: Option<Val<'de>>,
    /// `Response.Error`'s type, when present.
    pub(super) error: Option<JsonType>,
    /// `Response.Error.Code` and `.Message`.
    pub(super) code: Option<Val<'de>>,
    pub(super) message: Option<Val<'de>>,
    /// The legacy `code` as its literal text, `message` and `codeDesc`.
    pub(super) legacy_code: Option<&'de RawValue>,
    pub(super) legacy_message: Option<Val<'de>>,
    pub(super) code_desc: Option<Val<'de>>,
}

/// Which object of the envelope is being read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Level {
    Top,
    Response,
    Error,
}

/// Reads one value at `level` into `body`; answers its type.
pub(super) struct Seed<'a, 'de> {
    pub(super) body: &'a mut Body<'de>,
    pub(super) level: Level,
}

impl<'de> DeserializeSeed<'de> for Seed<'_, 'de> {
    type Value = JsonType;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<JsonType, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_, 'de> {
    type Value = JsonType;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<JsonType, E> {
        Ok(JsonType::Null)
    }
    fn visit_bool<E>(self, _: bool) -> Result<JsonType, E> {
        Ok(JsonType::Bool)
    }
    fn visit_i64<E>(self, _: i64) -> Result<JsonType, E> {
        Ok(JsonType::Number)
    }
    fn visit_u64<E>(self, _: u64) -> Result<JsonType, E> {
        Ok(JsonType::Number)
    }
    fn visit_f64<E>(self, _: f64) -> Result<JsonType, E> {
        Ok(JsonType::Number)
    }
    fn visit_str<E>(self, _: &str) -> Result<JsonType, E> {
        Ok(JsonType::Str)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<JsonType, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(JsonType::Array)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsonType, A::Error> {
        let body = self.body;
        match self.level {
            Level::Top => {}
            Level::Response => (body.request_id, body.error, body.code, body.message) = (None, None, None, None),
            Level::Error => (body.code, body.message) = (None, None),
        }
        while let Some(field) = map.next_key_seed(FieldSeed(self.level))? {
            match field {
                Field::Response => {
                    body.response = Some(map.next_value_seed(Seed { body: &mut *body, level: Level::Response })?)
                }
                Field::LegacyCode => body.legacy_code = Some(map.next_value()?),
                Field::LegacyMessage => body.legacy_message = Some(map.next_value()?),
                Field::CodeDesc => body.code_desc = Some(map.next_value()?),
                Field::Error => body.error = Some(map.next_value_seed(Seed { body: &mut *body, level: Level::Error })?),
                Field::RequestId => body.request_id = Some(map.next_value()?),
                Field::Code => body.code = Some(map.next_value()?),
                Field::Message => body.message = Some(map.next_value()?),
                Field::Other => {
                    map.next_value::<Skip>()?;
                }
            }
        }
        Ok(JsonType::Object)
    }
}

impl<'de> Deserialize<'de> for Val<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Val<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Val<'de>, E> {
                Ok(Val::Str(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Val<'de>, E> {
                Ok(Val::Str(Cow::Owned(s.to_string())))
            }
            fn visit_unit<E>(self) -> Result<Val<'de>, E> {
                Ok(Val::Other(JsonType::Null))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Val<'de>, E> {
                Ok(Val::Other(JsonType::Bool))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Val<'de>, E> {
                Ok(Val::Other(JsonType::Number))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Val<'de>, E> {
                Ok(Val::Other(JsonType::Number))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Val<'de>, E> {
                Ok(Val::Other(JsonType::Number))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Val<'de>, A::Error> {
                while seq.next_element::<Skip>()?.is_some() {}
                Ok(Val::Other(JsonType::Array))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Val<'de>, A::Error> {
                while map.next_entry::<Skip, Skip>()?.is_some() {}
                Ok(Val::Other(JsonType::Object))
            }
        }
        d.deserialize_any(V)
    }
}

/// A value nobody reads, checked as strictly as one that is read: its
/// strings are decoded (a lone surrogate escape is an error) and its numbers
/// converted (`1e400` is an error), as a `serde_json::Value` would be, but
/// nothing is kept. (serde's `IgnoredAny` lets both through.)
struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Skip)
    }
}

impl<'de> Visitor<'de> for Skip {
    type Value = Skip;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Skip)
    }
}

/// Which field of `Body` an object key at a level names.
#[derive(Clone, Copy)]
enum Field {
    Response,
    LegacyCode,
    LegacyMessage,
    CodeDesc,
    Error,
    RequestId,
    Code,
    Message,
    Other,
}

/// Reads an object key (escapes decoded) as the [`Field`] it names at its level.
struct FieldSeed(Level);

impl<'de> DeserializeSeed<'de> for FieldSeed {
    type Value = Field;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Field, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for FieldSeed {
    type Value = Field;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }
    fn visit_str<E>(self, key: &str) -> Result<Field, E> {
        Ok(match (self.0, key) {
            (Level::Top, "Response") => Field::Response,
            (Level::Top, "code") => Field::LegacyCode,
            (Level::Top, "message") => Field::LegacyMessage,
            (Level::Top, "codeDesc") => Field::CodeDesc,
            (Level::Response, "Error") => Field::Error,
            (Level::Response, "RequestId") => Field::RequestId,
            (Level::Error, "Code") => Field::Code,
            (Level::Error, "Message") => Field::Message,
            _ => Field::Other,
        })
    }
}

/// How many bytes of `bytes` are `{` or `[`: eight at a time. `b | 0x20` is
/// `{` exactly for `{` and `[`; each zero byte of `word ^ "{{{{{{{{"` is
/// marked by its high bit, exactly (no borrow between bytes).
fn count_openers(bytes: &[u8]) -> usize {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let chunks = bytes.chunks_exact(8);
    let tail = chunks.remainder().iter().filter(|&&b| b | 0x20 == b'{').count();
    chunks.fold(tail, |n, c| {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let t = (u64::from_ne_bytes(w) | 0x2020_2020_2020_2020) ^ 0x7b7b_7b7b_7b7b_7b7b;
        let zero_bytes = !(((t & LOW7) + LOW7) | t | LOW7);
        n + zero_bytes.count_ones() as usize
    })
}

/// Refuses JSON nested deeper than [`MAX_DEPTH`] before parsing it: a body
/// with no more than `MAX_DEPTH` opening brackets at all cannot nest deeper
/// (one fast count); otherwise one pass that skips strings.
/// Refuses JSON nested deeper than [`MAX_DEPTH`] before parsing it, in one
/// pass that skips strings.
pub(super) fn check_depth(text: &str) -> Result<(), ParseError> {
    if count_openers(text.as_bytes()) <= MAX_DEPTH {
        return Ok(());
    }
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(ParseError::TooDeep { limit: MAX_DEPTH });
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_openers_counts_exactly_the_opening_brackets() {
        for s in [
            "",
            "{",
            "[[{{",
            "a{b[c{d[e{f[g{h[i{j[k",
            "{\"a\":[{\"b\":[1,2,{}]}]}xxxxxxxxxxxxxxxx[[[[",
            "{{{{{{{{[[[[[[[[",
            "\u{7b}\u{5b}\u{fb}\u{db}zZ;",
        ] {
            let want = s.bytes().filter(|&b| b == b'{' || b == b'[').count();
            assert_eq!(count_openers(s.as_bytes()), want, "{s:?}");
        }
        let all: Vec<u8> = (0..=255u8).cycle().take(256 * 9).collect();
        assert_eq!(count_openers(&all), 18);
    }
}
