//! The default locale from the environment: `SMH_ERRORS_LOCALE`, then
//! `LC_ALL`, `LC_MESSAGES`, `LANG`, then en-US; the first set and non-empty
//! wins. Environment variables are process-global, so this file holds ONE
//! test, and every case builds a fresh catalog (the default is read once per
//! catalog).

use smh_errors::Catalog;

const VARS: [&str; 4] = ["SMH_ERRORS_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"];

/// Sets the four variables (`None`: unset), then asks a fresh catalog.
fn default_with(env: [Option<&str>; 4]) -> String {
    for (k, v) in VARS.iter().zip(env) {
        match v {
            Some(v) => std::env::set_var(k, v),
            None => std::env::remove_var(k),
        }
    }
    let cat = Catalog::builder().build().expect("a catalog without overlays");
    let name = cat.default_locale().name().to_string();
    // `lookup(_, None)` and `locale_or_default(None)` use the same default;
    // `locale_or_default(Some(_))` is the request's own locale.
    assert_eq!(cat.lookup("ActionOffline", None).locale, name, "{env:?}");
    assert_eq!(cat.locale_or_default(None).name(), name, "{env:?}");
    assert_eq!(cat.locale_or_default(Some("en")).name(), "en-US", "{env:?}");
    assert_eq!(cat.locale_or_default(Some("zh_CN.UTF-8")).name(), "zh-CN", "{env:?}");
    name
}

#[test]
fn default_locale_follows_the_environment_in_order() {
    let saved: Vec<Option<std::ffi::OsString>> = VARS.iter().map(std::env::var_os).collect();

    let zh = Some("zh_CN.UTF-8");
    let en = Some("en_US.UTF-8");
    let cases: Vec<(&str, [Option<&str>; 4], &str)> = vec![
        // [SMH_ERRORS_LOCALE, LC_ALL, LC_MESSAGES, LANG]
        ("SMH_ERRORS_LOCALE wins over all", [zh, en, en, en], "zh-CN"),
        ("SMH_ERRORS_LOCALE wins, the other way round", [Some("en-US"), zh, zh, zh], "en-US"),
        ("then LC_ALL", [None, zh, en, en], "zh-CN"),
        ("LC_ALL over LC_MESSAGES and LANG", [None, en, zh, zh], "en-US"),
        ("then LC_MESSAGES", [None, None, zh, en], "zh-CN"),
        ("LC_MESSAGES over LANG", [None, None, en, zh], "en-US"),
        ("then LANG", [None, None, None, zh], "zh-CN"),
        ("LANG=C.UTF-8 is English", [None, None, None, Some("C.UTF-8")], "en-US"),
        ("LANG=C is English", [None, None, None, Some("C")], "en-US"),
        ("LANG=POSIX is English", [None, None, None, Some("POSIX")], "en-US"),
        ("all unset", [None, None, None, None], "en-US"),
        ("an empty SMH_ERRORS_LOCALE is skipped", [Some(""), None, None, zh], "zh-CN"),
        ("a blank SMH_ERRORS_LOCALE is skipped", [Some("  "), None, zh, None], "zh-CN"),
        ("an empty LC_ALL is skipped", [None, Some(""), zh, en], "zh-CN"),
        ("empty everywhere is en-US", [Some(""), Some(""), Some(""), Some("")], "en-US"),
        // POSIX: a set LC_ALL overrides LANG, even when it says C.
        ("LC_ALL=C overrides LANG", [None, Some("C"), None, zh], "en-US"),
        ("BCP 47 in SMH_ERRORS_LOCALE", [Some("zh-Hans-CN"), None, None, en], "zh-CN"),
        ("any Chinese is zh-CN", [None, Some("zh_TW.Big5"), None, en], "zh-CN"),
        ("a modifier is ignored", [None, None, None, Some("zh_CN.GB18030@stroke")], "zh-CN"),
        ("an Accept-Language list", [Some("fr-FR, zh;q=0.8, en;q=0.5"), None, None, en], "zh-CN"),
        ("garbage is en-US", [Some("!!garbage!!"), None, None, None], "en-US"),
        ("an unknown language is en-US", [None, None, None, Some("de_DE.UTF-8")], "en-US"),
    ];
    let mut failures = Vec::new();
    for (what, env, want) in &cases {
        let got = default_with(*env);
        if got != *want {
            failures.push(format!("{what}: {env:?} gave {got}, want {want}"));
        }
    }

    // Read once per catalog: a change after the first use is not seen by that
    // catalog, and is seen by a new one.
    default_with([None, None, None, zh]);
    let cat = Catalog::builder().build().unwrap();
    assert_eq!(cat.default_locale().name(), "zh-CN");
    std::env::set_var("LANG", "en_US.UTF-8");
    assert_eq!(cat.default_locale().name(), "zh-CN", "the default is read once per catalog");
    assert_eq!(cat.lookup("ActionOffline", None).message, "接口已下线。");
    assert_eq!(Catalog::builder().build().unwrap().default_locale().name(), "en-US");

    for (k, v) in VARS.iter().zip(saved) {
        match v {
            Some(v) => std::env::set_var(k, v),
            None => std::env::remove_var(k),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
