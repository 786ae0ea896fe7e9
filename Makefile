# smh-errors: one catalog of SMH API error messages for Rust, C, Go, Python, Java and Node.js.
#
#   make demo      resolve the seed's example error response in zh-CN
#   make test      every language's tests (Rust, C, Go, Python, Java, Node.js), about 10 minutes on 2 cores;
#                  ends with a table of each suite's time (target/test-times.md)
#   make test-all  make test, then the longer runs (what CI runs): the wheel on every CPython,
#                  the newest JDK, a short fuzzing pass, and the README's commands in a fresh clone
#   make bench     the benchmarks (see BENCHMARKS.md)
#   make generate  the bindings' code tables from catalog/codes.toml
#   make fuzz      the fuzzers, FUZZ_SECONDS each (see RELIABILITY.md)
#   make site      the reference site from the catalog, into target/site (mk/site.mk)
#   make install PREFIX=/p [DESTDIR=...], make uninstall, make dist (mk/dist.mk)

CARGO ?= cargo
export CARGO_TERM_COLOR ?= never

.PHONY: demo test test-all build-shared test-rust check-catalog check-sources sources generate test-c test-go test-python test-java test-node install bench bench-rust bench-c bench-go bench-python bench-java bench-node toolchain
.PHONY: test-python-all test-java-all test-readme test-versions-all

# The translators' tools: test-l10n (compare-locales, the Weblate and Pontoon
# round trip, the XLIFF and TMX exports read by other tools).
include mk/l10n.mk
# Packages as users install them: install/uninstall, dist, test-cli-install, test-versions.
include mk/dist.mk
# Fuzzing (cargo-fuzz) and Miri, with nightly: fuzz, fuzz-short, fuzz-rust, miri.
include mk/fuzz.mk
# The reference site: site, test-site (headless Chromium).
include mk/site.mk

# The command is built first, with cargo's progress shown: the first run
# compiles it (about 2 minutes on 2 cores), later runs start at once.
demo: toolchain
	@echo "make demo: building the smh-errors command (the first time: about 2 minutes on 2 cores; then instant)"
	$(CARGO) build --bin smh-errors
	@echo "make demo: smh-errors parse examples/signature-failure.json --locale zh-CN"
	@$(TARGET_DIR)/debug/smh-errors parse examples/signature-failure.json --locale zh-CN

# The suites, in order. mk/suites.sh runs each (`make SUITE`), times it and
# ends with the table of their times (TEST_TIMES). A new suite: its target,
# and its name in one of these lists.
TEST_SUITES := build-shared test-rust test-crate check-catalog check-sources test-l10n test-c test-go \
	test-python test-java test-node test-site test-cli-install test-versions
# make test-all (what CI runs): make test's suites, then the longer runs.
TEST_ALL_SUITES := $(TEST_SUITES) test-python-all test-java-all fuzz-short test-readme test-versions-all
TEST_TIMES := $(TARGET_DIR)/test-times.md

test: toolchain versions-reset
	@MAKE="$(MAKE)" sh mk/suites.sh "make test" $(TEST_TIMES) $(TEST_SUITES)

test-all: toolchain versions-reset
	@MAKE="$(MAKE)" sh mk/suites.sh "make test-all" $(TARGET_DIR)/test-all-times.md $(TEST_ALL_SUITES)

# What the suites share, each built once: the debug command (the catalog
# checks, the translators' tools, Python's CLI comparison), the release
# libsmh_errors (C, Go, Java), the release command (test-cli-install), the
# wheel (every Python test installs it) and the differential run's cases.
build-shared: toolchain
	@echo "build-shared: the debug command"
	$(CARGO) build --quiet --bin smh-errors
	@echo "build-shared: libsmh_errors, release (C, Go, Java)"
	$(MAKE) --no-print-directory -C bindings/c build
	@echo "build-shared: the command, release (test-cli-install)"
	$(CARGO) build --release --quiet --bin smh-errors
	@echo "build-shared: the wheel (make dist: every Python test installs it)"
	$(MAKE) --no-print-directory -C bindings/python dist
	@echo "build-shared: the differential run's cases"
	$(MAKE) --no-print-directory -C bindings/c differential-cases

toolchain:
	@command -v $(CARGO) >/dev/null 2>&1 || { \
	  echo "make: cargo not found. Install Rust (https://rustup.rs) or put ~/.cargo/bin on PATH." >&2; exit 1; }
	@command -v python3 >/dev/null 2>&1 || { \
	  echo "make: python3 not found; the shared test vectors' freshness check needs it." >&2; exit 1; }

# rustfmt, clippy -D warnings and rustdoc -D warnings over the workspace; then
# every crate's unit, integration (shared vectors, CLI, allocation, the C
# ABI's Rust tests and header freshness), doc tests, and one pass of each
# benchmark in test mode (so benches cannot rot). One cargo run for the
# workspace (the Python extension is tested from Python): each crate builds once.
RUST_TESTED := --workspace --exclude smh-errors-python
test-rust: toolchain
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --no-deps -p smh-errors -p smh-errors-check -p smh-errors-site -p smh-errors-l10n
	$(CARGO) test $(RUST_TESTED) --all-targets
	$(CARGO) test $(RUST_TESTED) --doc

# The translators' check over the shipped catalog (the build runs the same
# validator; this shows its output).
check-catalog: toolchain
	$(CARGO) run -q -- check catalog

# The registry against the committed sources (the service's page and the
# official SDK's list in catalog/sources/), offline.
check-sources: toolchain
	python3 catalog/sources/refresh.py --offline

# The bindings' code tables from catalog/codes.toml (Go constants, Python
# stubs, Java classes, TypeScript types); `make test` fails when a committed
# one is stale.
generate: toolchain
	$(CARGO) run -q -- generate

# Installs the newest tencentcloud-sdk-python-smh into a throwaway venv and
# prints the codes it added or dropped against catalog/sources/ and the registry.
sources: toolchain
	python3 catalog/sources/refresh.py

# libsmh_errors (its Rust tests and header freshness run in test-rust): the
# shared vectors, bad input and an 8-thread stress test in C under
# ASan+UBSan and valgrind, exported symbols, C++, a `make install` +
# pkg-config build of the examples, and CMake's find_package.
test-c: toolchain
	$(MAKE) -C bindings/c test-native

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

# The Python package: its own venv (bindings/python/.venv) with make dist's
# wheel installed, mypy --strict, ruff, pytest; the wheel's checks (abi3,
# manylinux, size, twine check).
test-python: toolchain
	$(MAKE) -C bindings/python test

# The Java package (JNA): JUnit 5 on the default JDK (vectors, bad input, 16
# threads, the official SDK), the jar's library, the POM's metadata, and a
# Maven project outside the repository built against the installed jar.
test-java: toolchain
	$(MAKE) -C bindings/java test

# The npm package (napi-rs): the release addon built once (glibc 2.17, with
# the pinned zig), tsc --strict over its types and typed consumers, node
# --test (vectors, the differential run, bad input, 8 worker threads, the
# official Node SDK against a loopback server, close during use), and
# test-pack: npm install of the tarball with no cargo on PATH.
test-node: toolchain
	$(MAKE) -C bindings/node test

# make test-all's longer runs: the wheel on CPython 3.9-3.13 without cargo;
# the Java tests on the newest JDK beside the default (Temurin 25); every sh
# block of README.md as written, in a fresh clone with a fresh HOME
# (tests/readme/run.py; it also builds the sdist and the checkout with pip).
test-python-all: toolchain
	$(MAKE) -C bindings/python test-cpythons

test-java-all: toolchain
	$(MAKE) -C bindings/java test-newest

# Its folder is outside the checkout (the README's projects beside the
# clone must not land in this workspace), one per checkout.
test-readme: toolchain
	python3 tests/readme/run.py README.md . $${TMPDIR:-/tmp}/smh-errors-readme-$$(echo "$(CURDIR)" | cksum | cut -d' ' -f1)

bench: bench-rust bench-c bench-go bench-python bench-java bench-node

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

bench-node: toolchain
	$(MAKE) -C bindings/node bench

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
