//! `ErrorCode::categories` and `ErrorCode::category_of`: the category of any
//! code string, which the bindings use to pick an exception class.

use smh_errors::ErrorCode;

#[test]
fn categories_are_the_distinct_first_segments_in_code_order() {
    let cats = ErrorCode::categories();
    let mut expected: Vec<&str> = Vec::new();
    for c in ErrorCode::ALL {
        let head = c.as_str().split('.').next().unwrap();
        if !expected.contains(&head) {
            expected.push(head);
        }
    }
    assert_eq!(cats, expected.as_slice());
    // A category that is no registered code itself is still one.
    assert!(cats.contains(&"OperationDenied"));
    assert!(ErrorCode::from_code("OperationDenied").is_none());
    for name in ["AuthFailure", "InvalidParameterValue", "RequestLimitExceeded", "ResourceNotFound", "ActionOffline"] {
        assert!(cats.contains(&name), "{name}");
    }
}

#[test]
fn category_of_any_code_string() {
    assert_eq!(ErrorCode::category_of("AuthFailure.SignatureFailure"), Some("AuthFailure"));
    assert_eq!(ErrorCode::category_of("AuthFailure.NotInTheRegistry"), Some("AuthFailure"));
    assert_eq!(ErrorCode::category_of("AuthFailure"), Some("AuthFailure"));
    assert_eq!(ErrorCode::category_of("OperationDenied.Other"), Some("OperationDenied"));
    assert_eq!(ErrorCode::category_of("InternalError"), Some("InternalError"));
    assert_eq!(ErrorCode::category_of("RequestLimitExceeded.A.B"), Some("RequestLimitExceeded"));
    for none in ["", ".", "Foo.Bar", "authfailure.x", "AuthFailureX", " AuthFailure", "4000"] {
        assert_eq!(ErrorCode::category_of(none), None, "{none:?}");
    }
    for c in ErrorCode::ALL {
        assert_eq!(ErrorCode::category_of(c.as_str()), Some(c.category()));
    }
}
