//! Matching a server message against the patterns, over growing
//! messages: a real match, near-misses full of backticks and repeated
//! pattern text up to the 2 KiB bound, and 1 MiB messages (refused by their
//! length). The time is bounded by the message's length, never worse than
//! linear. `cargo bench --bench detail`; numbers in BENCHMARKS.md.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use smh_errors::detail::match_message;
use smh_errors::Catalog;

const HEAD: &str = "Your current request times equals to `";
const MID: &str = "` in a second, which exceeds the frequency limit `";
const TAIL: &str = "` for a second. Please reduce the frequency of calls.";

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("detail_match");
    g.sample_size(20).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(1));
    for n in [64usize, 256, 1024, 2048, 1 << 20] {
        let shapes = [
            ("backticks", "`".repeat(n)),
            ("near_miss", format!("{HEAD}{}", "`".repeat(n.saturating_sub(HEAD.len())))),
            ("repeated_mid", format!("{HEAD}{}{TAIL}", MID.repeat(n / MID.len()))),
        ];
        for (name, m) in shapes {
            g.throughput(Throughput::Bytes(m.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, n), &m, |b, m| {
                b.iter(|| black_box(match_message("RequestLimitExceeded", black_box(m))))
            });
        }
    }
    g.finish();
    let real = format!("{HEAD}25{MID}20{TAIL}");
    let cat = Catalog::builtin();
    c.bench_function("detail_match/real", |b| {
        b.iter(|| black_box(match_message("RequestLimitExceeded", black_box(&real))))
    });
    c.bench_function("detail_localized/zh-CN", |b| {
        b.iter(|| black_box(cat.detail("RequestLimitExceeded", black_box(&real), Some("zh-CN"))))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
