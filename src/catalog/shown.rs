//! The kept texts of unknown codes shown: for a C caller, which cannot own
//! a string, a generic message showing a code is formatted once per code
//! and locale and kept while the catalog lives.

use std::sync::{OnceLock, RwLock};

use rustc_hash::FxHashMap;

use super::storage::NulStr;
use super::Catalog;

/// At most this many distinct codes get a static text that shows them
/// (`ffi::AnswerExt::static_message`) per catalog; past that, an unknown
/// code's static text is the generic one that does not show it.
pub(crate) const MAX_STATIC_UNKNOWN_CODES: usize = 1024;

/// One code's static text in each locale of a catalog, each formatted on
/// first use and kept with a trailing NUL.
pub(super) type ShownTexts = Box<[OnceLock<NulStr>]>;

/// The static texts of unknown codes seen so far (see
/// [`MAX_STATIC_UNKNOWN_CODES`]): slots filled once and never changed while
/// the catalog lives, so a text borrowed from one lives as long as the
/// catalog.
pub(super) struct ShownCodes {
    /// code -> index in `slots`.
    pub(super) index: RwLock<FxHashMap<Box<str>, usize>>,
    /// For each code, its text in each locale (formatted on first use, with
    /// a trailing NUL).
    pub(super) slots: OnceLock<Box<[OnceLock<ShownTexts>]>>,
}
impl ShownCodes {
    pub(super) fn new() -> ShownCodes {
        ShownCodes { index: RwLock::new(FxHashMap::default()), slots: OnceLock::new() }
    }
}

impl Catalog {
    /// The static text (with its trailing NUL) of `slot` in locale `li`
    /// formatted for `code`, from the table of codes seen so far; `None`
    /// when the table is full.
    pub(crate) fn shown_text(&self, li: usize, slot: usize, code: &str) -> Option<&NulStr> {
        let found = self.shown.index.read().unwrap_or_else(|e| e.into_inner()).get(code).copied();
        let idx = match found {
            Some(i) => i,
            None => {
                let mut index = self.shown.index.write().unwrap_or_else(|e| e.into_inner());
                match index.get(code) {
                    Some(&i) => i,
                    None if index.len() < MAX_STATIC_UNKNOWN_CODES => {
                        let i = index.len();
                        let slots = self.shown_slots();
                        let _ = slots[i].set((0..self.locales.len()).map(|_| OnceLock::new()).collect());
                        index.insert(code.into(), i);
                        i
                    }
                    None => return None,
                }
            }
        };
        let texts = self.shown_slots()[idx].get()?;
        let text = texts.get(li)?.get_or_init(|| NulStr::new(&self.format_slot(&self.locales[li], slot, code, None)));
        Some(text)
    }

    pub(super) fn shown_slots(&self) -> &[OnceLock<ShownTexts>] {
        self.shown.slots.get_or_init(|| (0..MAX_STATIC_UNKNOWN_CODES).map(|_| OnceLock::new()).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ffi::LocaleExt;

    #[test]
    fn unknown_codes_get_static_text_up_to_the_bound() {
        let cat = Catalog::builder().build().expect("builtin");
        let en = cat.locale("en-US");
        let zh = cat.locale("zh-CN");
        for i in 0..MAX_STATIC_UNKNOWN_CODES {
            let code = format!("Nope.N{i}");
            assert_eq!(en.static_message(&code), format!("The request failed with error code {code}."));
            assert_eq!(zh.static_message(&code), zh.message(&code));
        }
        // Seen codes keep their text; a new one past the bound does not show.
        assert_eq!(en.static_message("Nope.N0"), "The request failed with error code Nope.N0.");
        assert_eq!(en.static_message("Nope.Late"), "The request failed for an unknown reason.");
        assert_eq!(en.message("Nope.Late"), "The request failed with error code Nope.Late.");
        assert_eq!(zh.static_message("Nope.Late"), zh.static_message(""));
        // Registered and parent codes never use the table.
        assert_eq!(en.static_message("InvalidParameterValue.Foo"), en.message("InvalidParameterValue"));
    }
}
