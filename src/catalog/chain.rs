//! Locale requests resolved to chains (the catalog locales that answer, in
//! order), and the requests kept so that each is negotiated once.

use super::{Catalog, Locale};
use crate::locale::{self, MAX_CHAIN};

/// Distinct locale strings remembered per catalog, so that a caller passing
/// `"zh_CN.UTF-8"` on every call negotiates once.
pub(super) const CHAIN_CACHE_CAP: usize = 1024;

/// Of those, the first this many of at most 15 bytes are found without a
/// lock (see [`Catalog::short_chain`]).
pub(super) const SHORT_SEEN_CAP: usize = 32;

/// Indexes of the locales that answer a request, best first, ending in en-US.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(crate) struct Chain {
    idx: [u8; MAX_CHAIN],
    len: u8,
}

impl Chain {
    pub(super) fn from_indexes(v: &[usize]) -> Chain {
        let mut c = Chain { idx: [0; MAX_CHAIN], len: 0 };
        for &i in v.iter().take(MAX_CHAIN) {
            c.idx[c.len as usize] = i as u8;
            c.len += 1;
        }
        c
    }
    #[inline]
    pub(super) fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.idx[..self.len as usize].iter().map(|&i| i as usize)
    }
    #[inline]
    pub(super) fn first(&self) -> usize {
        self.idx[0] as usize
    }
}
/// Never a [`short_key`] (its last byte, the length, is over 15).
pub(super) const NO_SHORT_KEY: u128 = u128::MAX;

/// A locale name (or request) of at most 15 bytes as one integer: its bytes
/// (little-endian), then zeros, then its length in the last byte. Two short
/// strings are equal exactly when their keys are; `None` for a longer
/// string. Made in registers from (overlapping) loads: bytes stored to
/// memory and read back as one integer would stall the read.
#[inline]
pub(super) fn short_key(b: &[u8]) -> Option<u128> {
    let n = b.len();
    if n > 15 {
        return None;
    }
    let u64_at = |i: usize| b.get(i..i + 8).and_then(|s| s.try_into().ok()).map_or(0, u64::from_le_bytes);
    let u32_at = |i: usize| b.get(i..i + 4).and_then(|s| s.try_into().ok()).map_or(0, u32::from_le_bytes);
    let (lo, hi) = if n >= 8 {
        // Bytes 8.. are the top n - 8 bytes of the last eight.
        let hi = if n == 8 { 0 } else { u64_at(n - 8) >> (8 * (16 - n)) };
        (u64_at(0), hi)
    } else if n >= 4 {
        // The last four shifted over the first four: the overlap agrees.
        (u64::from(u32_at(0)) | (u64::from(u32_at(n - 4)) << (8 * (n - 4))), 0)
    } else {
        (b.iter().enumerate().fold(0u64, |v, (i, &c)| v | (u64::from(c) << (8 * i))), 0)
    };
    Some(u128::from(lo) | (u128::from(hi) << 64) | ((n as u128) << 120))
}

impl Catalog {
    /// [`Catalog::locale`] for a request given as bytes: one that is not
    /// UTF-8 gives en-US, as garbage does; `None` is the default locale
    /// ([`Catalog::default_locale`]).
    #[inline(always)]
    pub(crate) fn locale_bytes(&self, requested: Option<&[u8]>) -> Locale<'_> {
        match requested {
            Some(r) => Locale { catalog: self, chain: self.chain_for_bytes(r) },
            None => self.default_locale(),
        }
    }

    #[inline(always)]
    pub(super) fn chain_for_bytes(&self, requested: &[u8]) -> Chain {
        match self.short_chain(requested) {
            Some(c) => c,
            None => self.chain_for_long(std::str::from_utf8(requested).unwrap_or("")),
        }
    }

    #[inline]
    pub(super) fn chain_for(&self, requested: &str) -> Chain {
        match self.short_chain(requested.as_bytes()) {
            Some(c) => c,
            None => self.chain_for_long(requested),
        }
    }

    /// The chain of a request of at most 15 bytes, compared as one
    /// integer: a locale's exact name, else a request seen before
    /// (negotiated once, then found without a lock), else negotiated now
    /// (bytes that are not UTF-8 as garbage) and kept while there is room.
    /// `None` for a longer request, or a new one once the room is full.
    #[inline(always)]
    pub(super) fn short_chain(&self, requested: &[u8]) -> Option<Chain> {
        let key = short_key(requested)?;
        if let Some(i) = self.short.iter().position(|&k| k == key) {
            return Some(self.exact[i]);
        }
        for slot in self.short_seen.iter() {
            match slot.get() {
                Some(&(k, chain)) if k == key => return Some(chain),
                Some(_) => {}
                None => return Some(self.remember_short(key, requested)),
            }
        }
        None
    }

    #[cold]
    pub(super) fn remember_short(&self, key: u128, requested: &[u8]) -> Chain {
        let chain = self.negotiate_chain(std::str::from_utf8(requested).unwrap_or(""));
        let mut filled = self.short_fill.lock().unwrap_or_else(|e| e.into_inner());
        let seen = self.short_seen[..*filled].iter().any(|s| s.get().is_some_and(|&(k, _)| k == key));
        if !seen && *filled < self.short_seen.len() {
            let _ = self.short_seen[*filled].set((key, chain));
            *filled += 1;
        }
        chain
    }

    /// The chain of a request longer than 15 bytes (or past the short
    /// requests kept): a locale's exact name, else the requests kept
    /// under a lock, else negotiated now.
    pub(super) fn chain_for_long(&self, requested: &str) -> Chain {
        if let Some(i) = self.locales.iter().position(|l| *l.name == *requested) {
            return self.exact[i];
        }
        if let Some(c) = self.cache.read().unwrap_or_else(|e| e.into_inner()).get(requested) {
            return *c;
        }
        let chain = self.negotiate_chain(requested);
        if requested.len() <= 256 {
            let mut cache = self.cache.write().unwrap_or_else(|e| e.into_inner());
            if cache.len() < CHAIN_CACHE_CAP {
                cache.insert(requested.into(), chain);
            }
        }
        chain
    }

    pub(super) fn negotiate_chain(&self, requested: &str) -> Chain {
        Chain::from_indexes(&locale::negotiate(&locale::parse_requested(requested), &self.ids))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_key_is_the_bytes_then_zeros_then_the_length() {
        let text = b"zh_CN.UTF-8@abcd\xff";
        for n in 0..=text.len() {
            let b = &text[..n];
            let want = (n <= 15).then(|| {
                let mut k = [0u8; 16];
                k[..n].copy_from_slice(b);
                k[15] = n as u8;
                u128::from_le_bytes(k)
            });
            assert_eq!(short_key(b), want, "{n}");
        }
        assert_ne!(short_key(b"zh-CN"), short_key(b"zh-CN\0"));
    }

    #[test]
    fn short_requests_are_kept_in_order_then_past_the_room_in_the_cache() {
        let cat = Catalog::builder().build().expect("builtin");
        for round in 0..2 {
            for i in 0..(SHORT_SEEN_CAP * 2) {
                let (req, want) =
                    if i % 2 == 0 { (format!("zh_CN.{i}"), "zh-CN") } else { (format!("qq-{i}"), "en-US") };
                assert_eq!(cat.negotiate(&req), want, "{req} (round {round})");
                assert_eq!(cat.locale_bytes(Some(req.as_bytes())).name(), want, "{req}");
            }
        }
        assert_eq!(*cat.short_fill.lock().unwrap(), SHORT_SEEN_CAP);
        assert!(cat.short_seen.iter().all(|s| s.get().is_some()));
        // Past the room: kept in the locked cache.
        assert!(cat.cache.read().unwrap().contains_key("zh_CN.62"));
        // Bytes that are not UTF-8 are garbage, kept as such.
        let tiny = Catalog::builder().build().expect("builtin");
        assert_eq!(tiny.locale_bytes(Some(b"zh-\xff")).name(), "en-US");
        assert_eq!(tiny.locale_bytes(Some(b"zh-\xff")).name(), "en-US");
        assert_eq!(tiny.locale("zh_CN.UTF-8").name(), "zh-CN");
        assert_eq!(*tiny.short_fill.lock().unwrap(), 2);
    }
}
