# smh-errors: one catalog of SMH API error messages for Rust, C, Go, Python and Java.
#
#   make demo    resolve the seed's example error response in zh-CN
#   make test    every test, in every language (Rust, C, Go, Python, Java)
#   make bench   the benchmarks (see BENCHMARKS.md)
#   make generate   the bindings' code tables from catalog/codes.toml
#   make fuzz    the fuzzers, FUZZ_SECONDS each (see RELIABILITY.md)
#   make site    the reference site from the catalog, into target/site (mk/site.mk)
#   make install PREFIX=/p [DESTDIR=...], make uninstall, make dist (mk/dist.mk)

CARGO ?= cargo
export CARGO_TERM_COLOR ?= never

.PHONY: demo test test-rust check-catalog check-sources sources generate test-c test-go test-python test-java install bench bench-rust bench-c bench-go bench-python bench-java toolchain

# The translators' tools: test-l10n (check against Mozilla compare-locales).
include mk/l10n.mk
# Packages as users install them: install/uninstall, dist, test-cli-install, test-versions.
include mk/dist.mk
# Fuzzing (cargo-fuzz) and Miri, with nightly: fuzz, fuzz-short, fuzz-rust, miri.
include mk/fuzz.mk
# The reference site: site, test-site (headless Chromium).
include mk/site.mk

demo: toolchain
	$(CARGO) run -q -- parse examples/signature-failure.json --locale zh-CN

test: versions-reset test-rust check-catalog check-sources test-l10n test-c test-go test-python test-java test-site test-cli-install test-versions
	@echo "make test: all suites passed"

toolchain:
	@command -v $(CARGO) >/dev/null 2>&1 || { \
	  echo "make: cargo not found. Install Rust (https://rustup.rs) or put ~/.cargo/bin on PATH." >&2; exit 1; }
	@command -v python3 >/dev/null 2>&1 || { \
	  echo "make: python3 not found; the shared test vectors' freshness check needs it." >&2; exit 1; }

# rustfmt, clippy -D warnings and rustdoc -D warnings over the workspace; then
# unit, integration (shared vectors, CLI, allocation), doc tests, and one
# pass of each benchmark in test mode (so benches cannot rot).
test-rust: toolchain
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --no-deps -p smh-errors -p smh-errors-check
	$(CARGO) test --all-targets
	$(CARGO) test --doc
	$(CARGO) test -p smh-errors-check

# The translators' check over the shipped catalog (the build runs the same
# validator; this shows its output).
check-catalog: toolchain
	$(CARGO) run -q -- check catalog

# The registry against the committed sources (the service's page and the
# official SDK's list in catalog/sources/), offline.
check-sources: toolchain
	python3 catalog/sources/refresh.py --offline

# The bindings' code tables from catalog/codes.toml (Go constants, Python
# stubs, Java classes); `make test` fails when a committed one is stale.
generate: toolchain
	$(CARGO) run -q -- generate

# Installs the newest tencentcloud-sdk-python-smh into a throwaway venv and
# prints the codes it added or dropped against catalog/sources/ and the registry.
sources: toolchain
	python3 catalog/sources/refresh.py

# libsmh_errors: header freshness, the shared vectors, bad input and an
# 8-thread stress test in C under ASan+UBSan and valgrind, exported symbols,
# C++, and a `make install` + pkg-config build of the examples.
test-c: toolchain
	$(MAKE) -C bindings/c test

# Installs libsmh_errors (.so, .a, header, pkg-config file, CMake package)
# and the CLI (man page, completions) under $(DESTDIR)$(PREFIX).
PREFIX ?= /usr/local
install: toolchain install-cli
	$(MAKE) -C bindings/c install PREFIX=$(PREFIX)

# The Go package: go vet and gofmt, every test under -race (shared vectors,
# bad input, 64 goroutines, the official Go SDK's error type, examples), and
# a build against the installed library through pkg-config.
test-go: toolchain
	$(MAKE) -C bindings/go test

# The Python package: its own venv (bindings/python/.venv), a release wheel,
# mypy --strict, pytest, then a plain `pip install` in a fresh venv; and
# test-dist: the manylinux wheel on CPython 3.9-3.13 without cargo, the sdist.
test-python: toolchain
	$(MAKE) -C bindings/python test

# The Java package (JNA): JUnit 5 on the default JDK and on Temurin 25 if
# present (vectors, bad input, 16 threads, the official SDK), the jar's library.
test-java: toolchain
	$(MAKE) -C bindings/java test

bench: bench-rust bench-c bench-go bench-python bench-java

bench-rust: toolchain
	$(CARGO) bench --bench lookup

bench-c: toolchain
	$(MAKE) -C bindings/c bench

bench-go: toolchain
	$(MAKE) -C bindings/go bench

bench-python: toolchain
	$(MAKE) -C bindings/python bench

bench-java: toolchain
	$(MAKE) -C bindings/java bench

# Fuzzing (RELIABILITY.md; FUZZ_SECONDS is set in mk/fuzz.mk). Each Rust
# target's run lasts about FUZZ_SECONDS; fuzz-go divides it among its three
# fuzz targets; fuzz-python runs rounds of property tests for that long.
.PHONY: fuzz fuzz-go fuzz-python
fuzz: fuzz-go fuzz-python

# Go's native fuzzing of ParseResponse, Lookup/Message and FromError.
fuzz-go: toolchain
	$(MAKE) -C bindings/go fuzz FUZZTIME=$$(( ($(FUZZ_SECONDS) + 2) / 3 ))s

# The Python property tests (Hypothesis) with many random examples.
fuzz-python: toolchain
	$(MAKE) -C bindings/python fuzz FUZZ_SECONDS=$(FUZZ_SECONDS)
