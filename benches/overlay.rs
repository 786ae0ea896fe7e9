//! An overlay load's time over growing hostile inputs: the same
//! folder named N times (`SMH_ERRORS_CATALOG_DIR=d:d:…`), N distinct
//! folders of one locale, and K links to one 1 MiB file. Linear in what is
//! read, and flat once a load reaches its caps (1,000 files and folders,
//! 8 MiB). `cargo bench --bench overlay`; numbers in BENCHMARKS.md.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use smh_errors::Catalog;

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("smh-bench-overlay-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(d.join("ja-JP")).unwrap();
    d
}

const FTL: &str =
    "-smh = SMH\nActionOffline = この { -smh } API は提供を終了しました。\nInternalError = 内部エラーです。\n";

fn load(dirs: &[PathBuf]) -> usize {
    let b = dirs.iter().fold(Catalog::builder(), |b, d| b.overlay_dir(d));
    b.diagnostics().len()
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("overlay_load");
    g.sample_size(10).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(2));

    let same = dir("same");
    std::fs::write(same.join("ja-JP/a.ftl"), FTL).unwrap();
    for n in [1_000usize, 2_000, 4_000, 8_000] {
        let dirs = vec![same.clone(); n];
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("same_dir_named_n_times", n), &dirs, |b, d| b.iter(|| black_box(load(d))));
    }

    let root = dir("distinct");
    let all: Vec<PathBuf> = (0..400)
        .map(|i| {
            let d = root.join(format!("d{i:03}"));
            std::fs::create_dir_all(d.join("ja-JP")).unwrap();
            std::fs::write(d.join("ja-JP/a.ftl"), FTL.replace("SMH", &format!("SMH{i}"))).unwrap();
            d
        })
        .collect();
    for n in [50usize, 100, 200, 400] {
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("distinct_dirs_of_one_locale", n), &all[..n], |b, d| {
            b.iter(|| black_box(load(d)))
        });
    }

    let links = dir("links");
    let big = links.join("big.txt");
    std::fs::write(&big, format!("# {}\n", "x".repeat((1 << 20) - 8))).unwrap();
    let mut made = 0;
    for k in [2usize, 4, 8, 16, 400] {
        while made < k {
            link(&big, &links.join(format!("ja-JP/l{made:03}.ftl")));
            made += 1;
        }
        g.throughput(Throughput::Elements(k as u64));
        g.bench_with_input(BenchmarkId::new("links_to_one_1mib_file", k), std::slice::from_ref(&links), |b, d| {
            b.iter(|| black_box(load(d)))
        });
    }
    g.finish();
}

#[cfg(unix)]
fn link(target: &Path, at: &Path) {
    std::os::unix::fs::symlink(target, at).unwrap();
}

#[cfg(not(unix))]
fn link(target: &Path, at: &Path) {
    std::fs::copy(target, at).unwrap();
}

criterion_group!(benches, bench);
criterion_main!(benches);
