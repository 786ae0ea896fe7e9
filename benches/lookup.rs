//! Lookup speed against the floor and the peer named in DESIGN.md ("Speed"):
//!
//! * floor: a std `HashMap<&str, &str>` from code to zh-CN text;
//! * peer: fluent-bundle used directly (`get_message` + `value` +
//!   `format_pattern`) on the same `catalog/zh-CN/errors.ftl`;
//! * ours: the builtin catalog, exact / negotiated / handle / parent /
//!   generic lookups, the global convenience function, response parsing,
//!   and building a fresh catalog.
//!
//! Times are the thread's CPU time (`common/cpu_time.rs`), so that the
//! ratios of one run hold on a shared machine.
//!
//! Run: `cargo bench --bench lookup`. Results and targets: BENCHMARKS.md.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use cpu_time::ThreadCpuTime;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use fluent_bundle::{FluentBundle, FluentResource};
use smh_errors::{Catalog, ErrorCode, Resolution};

#[path = "common/cpu_time.rs"]
mod cpu_time;

/// The seed's example code.
const CODE: &str = "AuthFailure.SignatureFailure";
/// Its Fluent message id (dot to hyphen).
const FLUENT_ID: &str = "AuthFailure-SignatureFailure";
/// An unregistered child of a registered code: resolves to its parent.
const PARENT_CODE: &str = "InvalidParameterValue.Foo";
/// A code nobody knows: the generic message, formatted with `$code`.
const GENERIC_CODE: &str = "Foo.Bar";
/// The seed's example response body.
const SEED_BODY: &str = r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated. Please check your signature is correct."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#;

const ZH_FTL: &str = include_str!("../catalog/zh-CN/errors.ftl");

/// The floor: every code's zh-CN text, from the real catalog.
fn floor_map() -> HashMap<&'static str, &'static str> {
    let cat = Catalog::builtin();
    ErrorCode::ALL
        .iter()
        .map(|&c| {
            let hit = cat.lookup(c.as_str(), Some("zh-CN"));
            assert_eq!(hit.resolution, Resolution::Exact);
            assert_eq!(hit.locale, "zh-CN");
            let text: &'static str = match hit.message {
                std::borrow::Cow::Borrowed(s) => s,
                std::borrow::Cow::Owned(s) => Box::leak(s.into_boxed_str()),
            };
            (c.as_str(), text)
        })
        .collect()
}

/// The peer: a plain fluent-bundle over the same FTL, isolation marks off.
fn peer_bundle() -> FluentBundle<FluentResource> {
    let res = FluentResource::try_new(ZH_FTL.to_string()).expect("zh-CN FTL parses");
    // The parse infers fluent-bundle's LanguageIdentifier from `new`'s argument.
    let mut bundle = FluentBundle::new(vec!["zh-CN".parse().expect("locale")]);
    bundle.set_use_isolating(false);
    bundle.add_resource(res).expect("no duplicate messages");
    bundle
}

fn peer_format(bundle: &FluentBundle<FluentResource>, id: &str) -> String {
    let msg = bundle.get_message(id).expect("message");
    let mut errors = Vec::new();
    let s = bundle.format_pattern(msg.value().expect("value"), None, &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    s.into_owned()
}

fn lookups(c: &mut Criterion<ThreadCpuTime>) {
    let cat = Catalog::builtin();
    let floor = floor_map();
    let bundle = peer_bundle();
    let zh = cat.locale("zh-CN");

    // Same data everywhere: the three give the same text for the code.
    let expected = floor[CODE];
    assert_eq!(ErrorCode::from_code(CODE).map(ErrorCode::fluent_id), Some(FLUENT_ID));
    assert_eq!(peer_format(&bundle, FLUENT_ID), expected);
    assert_eq!(cat.lookup(CODE, Some("zh-CN")).message, expected);
    assert_eq!(cat.lookup(CODE, Some("zh_CN.UTF-8")).message, expected);
    assert_eq!(zh.name(), "zh-CN");
    assert_eq!(zh.lookup(CODE).message, expected);
    assert_eq!(zh.lookup(PARENT_CODE).resolution, Resolution::Parent);
    assert_eq!(zh.lookup(GENERIC_CODE).resolution, Resolution::Generic);
    assert!(Catalog::global_error().is_none(), "SMH_ERRORS_CATALOG_DIR is broken");
    assert_eq!(smh_errors::lookup(CODE, Some("zh-CN")).message, expected);
    assert!(matches!(
        smh_errors::parse_response(SEED_BODY),
        Ok(smh_errors::Response::Error(ref e)) if e.code == CODE
    ));

    let mut g = c.benchmark_group("lookup");

    // Each answer is kept whole in memory (`black_box(&answer)`) and not
    // copied again: a user reads its fields.
    g.bench_function("floor_std_hashmap", |b| {
        b.iter(|| {
            let hit = floor.get(black_box(CODE)).copied();
            black_box(&hit);
        })
    });

    g.bench_function("fluent_bundle_direct", |b| {
        b.iter(|| {
            let msg = bundle.get_message(black_box(FLUENT_ID)).unwrap();
            let pattern = msg.value().unwrap();
            let mut errors = Vec::new();
            let s = bundle.format_pattern(pattern, None, &mut errors);
            black_box(&errors);
            black_box(s)
        })
    });

    g.bench_function("error_code_from_code", |b| b.iter(|| black_box(ErrorCode::from_code(black_box(CODE)))));

    g.bench_function("exact_locale_str", |b| {
        b.iter(|| {
            let hit = cat.lookup(black_box(CODE), Some(black_box("zh-CN")));
            black_box(&hit);
        })
    });

    g.bench_function("exact_posix_cached", |b| {
        b.iter(|| {
            let hit = cat.lookup(black_box(CODE), Some(black_box("zh_CN.UTF-8")));
            black_box(&hit);
        })
    });

    g.bench_function("exact_handle", |b| {
        b.iter(|| {
            let hit = black_box(&zh).lookup(black_box(CODE));
            black_box(&hit);
        })
    });

    g.bench_function("parent_handle", |b| {
        b.iter(|| {
            let hit = black_box(&zh).lookup(black_box(PARENT_CODE));
            black_box(&hit);
        })
    });

    g.bench_function("generic_handle", |b| b.iter(|| black_box(black_box(&zh).lookup(black_box(GENERIC_CODE)))));

    g.bench_function("global_lookup", |b| {
        b.iter(|| {
            let hit = smh_errors::lookup(black_box(CODE), Some(black_box("zh-CN")));
            black_box(&hit);
        })
    });

    g.bench_function("parse_response_seed", |b| b.iter(|| black_box(smh_errors::parse_response(black_box(SEED_BODY)))));

    g.finish();
}

fn init(c: &mut Criterion<ThreadCpuTime>) {
    let mut g = c.benchmark_group("init");
    // Build time only: the catalog is dropped outside the timed section.
    g.bench_function("catalog_builder_build", |b| {
        b.iter_batched(|| (), |()| Catalog::builder().build().expect("builtin catalog builds"), BatchSize::SmallInput)
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .with_measurement(ThreadCpuTime)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = lookups, init
}
criterion_main!(benches);
