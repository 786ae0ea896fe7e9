//! Why a code is retried or not: the reasons of the retry policy written at
//! the top of `catalog/codes.toml`, each a message of the site's words.
//!
//! Whether a code is retryable is the registry's (`retryable`); this table
//! only explains it. A rule applies to a code equal to its prefix or under
//! it (`InternalError` covers `InternalError.SendSms`) and only when its
//! `retryable` is the registry's; the longest prefix wins. A retryable code
//! that no rule explains is an error: a person writes its reason here, as
//! the policy asks a person to decide each code. A billing or balance code
//! (a name with one of the registry's never-retryable words) is explained
//! as such before any rule: money has to move first.

/// (code prefix, retryable, the reason's message id in site.ftl); the empty
/// prefix covers every code.
const RULES: &[(&str, bool, &str)] = &[
    // The limit is per second, so a backoff clears it (the account- and
    // IP-wide rate limits).
    ("RequestLimitExceeded", true, "retry-reason-rate-limit"),
    // A limit per phone number over minutes to hours.
    ("RequestLimitExceeded.SendSms", false, "retry-reason-per-phone"),
    // A transient fault on the service's side.
    ("InternalError", true, "retry-reason-transient"),
    ("ServiceUnavailable", true, "retry-reason-transient"),
    // A downstream step (an SMS, a charge, an order, a deletion) that may
    // have partly happened.
    ("InternalError", false, "retry-reason-downstream"),
    // The request or the account, which a retry does not change.
    ("", false, "retry-reason-request"),
];

/// The message id of the reason why `code` is (or is not) retried, or
/// `None` when no rule explains it.
pub fn reason(code: &str, retryable: bool) -> Option<&'static str> {
    let billing = smh_errors_check::registry::NEVER_RETRYABLE_WORDS.iter().any(|w| code.contains(w));
    if billing && !retryable {
        return Some(BILLING);
    }
    RULES
        .iter()
        .filter(|(prefix, r, _)| {
            *r == retryable
                && (prefix.is_empty()
                    || code == *prefix
                    || code.strip_prefix(prefix).is_some_and(|s| s.starts_with('.')))
        })
        .max_by_key(|(prefix, _, _)| prefix.len())
        .map(|(_, _, id)| *id)
}

/// The reason of a billing or balance code.
const BILLING: &str = "retry-reason-billing";

/// Every reason's message id, for the tests.
#[cfg(test)]
pub fn ids() -> impl Iterator<Item = &'static str> {
    RULES.iter().map(|r| r.2).chain([BILLING])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_agreeing_prefix_explains() {
        assert_eq!(reason("RequestLimitExceeded.UinLimitExceeded", true), Some("retry-reason-rate-limit"));
        assert_eq!(reason("RequestLimitExceeded.SendSms", false), Some("retry-reason-per-phone"));
        assert_eq!(reason("InternalError", true), Some("retry-reason-transient"));
        assert_eq!(reason("InternalError.SendSms", false), Some("retry-reason-downstream"));
        // Billing and balance codes: money has to move first.
        assert_eq!(reason("InternalError.BalanceLess", false), Some("retry-reason-billing"));
        assert_eq!(reason("UnsupportedOperation.BalanceLess", false), Some("retry-reason-billing"));
        assert_eq!(reason("InternalError.BillingRequestFail", false), Some("retry-reason-billing"));
        assert_eq!(reason("InvalidParameter", false), Some("retry-reason-request"));
        // A prefix is a whole segment: `InternalErrorX` is not under `InternalError`.
        assert_eq!(reason("InternalErrorX", false), Some("retry-reason-request"));
        // A retryable code no rule explains has no reason.
        assert_eq!(reason("InvalidParameter", true), None);
        assert_eq!(reason("InternalErrorX", true), None);
    }

    #[test]
    fn every_reason_is_a_site_message() {
        let c = crate::chrome::Chrome::load().unwrap();
        for id in ids() {
            for l in ["en-US", "zh-CN"] {
                assert!(c.text(l, id, &[]).is_ok(), "{l}: {id}");
            }
        }
    }
}
