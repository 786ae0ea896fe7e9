//! The checker's time over growing hostile overlays: N lines of
//! `# <U+200B>` (one invisible character per line) and of `m1 = x` (the
//! same unknown id again and again); and `layout_diagnostics` (what
//! `smh-errors check` adds) over N lines of `m1 ={$x}` and a blank line (a
//! layout Weblate and Pontoon rewrite on every line). Linear: 4x the lines,
//! about 4x the time. `cargo bench --bench check`; numbers in BENCHMARKS.md.

use std::collections::BTreeSet;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use smh_errors_check::{check_locale, expected_ids, Expect, File};

fn bench(c: &mut Criterion) {
    let ids: BTreeSet<String> = expected_ids(smh_errors::ErrorCode::ALL.iter().map(|c| c.as_str()));
    let mut g = c.benchmark_group("check_locale");
    g.sample_size(10).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(2));
    for (name, line) in [("zwsp_comment", "# \u{200b}\n"), ("unknown_id", "m1 = x\n")] {
        for n in [5_000usize, 10_000, 20_000, 80_000] {
            let text = line.repeat(n);
            g.throughput(Throughput::Elements(n as u64));
            g.bench_with_input(BenchmarkId::new(name, n), &text, |b, text| {
                b.iter(|| {
                    let files = [File { path: "ja-JP/a.ftl", text }];
                    let expect = Expect {
                        locale: "ja-JP",
                        ids: &ids,
                        source: None,
                        complete: false,
                        base: None,
                        layers: &[],
                        holes: &Default::default(),
                    };
                    black_box(check_locale(&files, &expect))
                })
            });
        }
    }
    g.finish();
    let mut g = c.benchmark_group("layout_diagnostics");
    g.sample_size(10).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(2));
    for n in [5_000usize, 10_000, 20_000, 80_000] {
        let text = "m1 ={$x}\n\n".repeat(n);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("respaced", n), &text, |b, text| {
            b.iter(|| black_box(smh_errors_check::layout_diagnostics("ja-JP/a.ftl", text)))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
