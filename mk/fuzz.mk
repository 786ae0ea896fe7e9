# Fuzzing and Miri (RELIABILITY.md has the figures). Not part of `make test`:
# these need nightly Rust (and cargo-fuzz), which `make fuzz-tools` installs.
#
#   make fuzz            every fuzz target (Rust; other languages append
#                        their own prerequisites to `fuzz`), FUZZ_SECONDS each
#   make fuzz-short      the same, 10 s per target (CI)
#   make fuzz-rust       the Rust targets (cargo-fuzz, libFuzzer, ASan), after fuzz-lint
#   make fuzz-lint       clippy -D warnings and rustfmt on the harness (stable)
#   make fuzz-seeds      rewrite fuzz/seeds/ from the vectors and fixtures
#   make fuzz-cmin       merge the seeds and a run's finds into the committed,
#                        minimized corpus fuzz/corpus/<target>/
#   make miri            the C ABI's unsafe code under Miri

NIGHTLY ?= +nightly
FUZZ_SECONDS ?= 30
FUZZ_TIMEOUT ?= 5
FUZZ_RSS_MB ?= 2048
FUZZ_RUST_TARGETS := parse_response ftl_text ftl_mutate negotiate lookup c_abi xliff_import
# Dictionaries (fuzz/dict/): json for the JSON targets, fluent for the
# catalog text, xml for the XLIFF import, locale for the rest. ftl_mutate reads a structure (its edits)
# from its bytes: it starts at its full length (-len_control=0).
# Where a run writes what it finds (the committed corpus is only read).
FUZZ_WORK := fuzz/target/work

.PHONY: fuzz fuzz-short fuzz-rust fuzz-tools fuzz-lint fuzz-seeds fuzz-cmin miri

fuzz: fuzz-rust

# What CI runs after `make test`: every fuzzer (Rust, Go, Python) 10 s.
fuzz-short:
	$(MAKE) fuzz FUZZ_SECONDS=10

# The nightly toolchain and cargo-fuzz, from rustup and crates.io, when missing.
fuzz-tools:
	@$(CARGO) $(NIGHTLY) --version >/dev/null 2>&1 || rustup toolchain install nightly --profile minimal
	@$(CARGO) $(NIGHTLY) fuzz --version >/dev/null 2>&1 || $(CARGO) install cargo-fuzz --locked

# Builds every target once, then runs each for FUZZ_SECONDS from the
# committed corpus: -timeout makes an input slower than FUZZ_TIMEOUT s a
# failure and -rss_limit_mb one that needs more memory, so super-linear time
# or memory fails the run as a crash does. Each run's last lines (libFuzzer's
# final stats) are printed; its log is fuzz/logs/<target>.log.
fuzz-rust: fuzz-tools fuzz-lint
	cd fuzz && $(CARGO) $(NIGHTLY) fuzz build -a
	@mkdir -p fuzz/logs
	@set -e; for t in $(FUZZ_RUST_TARGETS); do \
	  mkdir -p $(FUZZ_WORK)/$$t; \
	  dict=$$(case $$t in \
	    parse_response|c_abi) echo json.dict;; ftl_text|ftl_mutate) echo fluent.dict;; xliff_import) echo xml.dict;; *) echo locale.dict;; esac); \
	  extra=$$(case $$t in ftl_mutate) echo -len_control=0 -max_len=1024;; esac); \
	  echo "fuzz-rust: $$t for $(FUZZ_SECONDS) s"; \
	  if ! (cd fuzz && nice -n 10 $(CARGO) $(NIGHTLY) fuzz run -a $$t $(abspath $(FUZZ_WORK))/$$t corpus/$$t -- \
	      -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=$(FUZZ_RSS_MB) \
	      -dict=dict/$$dict -print_final_stats=1 $$extra) > fuzz/logs/$$t.log 2>&1; then \
	    tail -n 60 fuzz/logs/$$t.log; echo "fuzz-rust: $$t FAILED (fuzz/logs/$$t.log, fuzz/artifacts/$$t/)" >&2; exit 1; \
	  fi; \
	  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)' fuzz/logs/$$t.log | sed "s/^/  $$t: /"; \
	done
	@echo "fuzz-rust: every target ran $(FUZZ_SECONDS) s with no crash, timeout or leak"

# The harness is held to the workspace's lints (stable clippy, -D warnings;
# rustfmt). Its own target folder: no sanitizer flags, so nothing is shared
# with the fuzz build.
fuzz-lint:
	cd fuzz && $(CARGO) fmt --check
	cd fuzz && $(CARGO) clippy -q --all-targets --target-dir target/clippy -- -D warnings

fuzz-seeds:
	python3 fuzz/seeds.py

# Minimizes seeds + committed corpus + a run's finds into fuzz/corpus/
# (libFuzzer's -set_cover_merge: the fewest inputs that keep every feature);
# past FUZZ_CORPUS_MAX files a target keeps its smallest ones.
FUZZ_CORPUS_MAX ?= 200
fuzz-cmin: fuzz-seeds fuzz-tools
	cd fuzz && $(CARGO) $(NIGHTLY) fuzz build -a
	@mkdir -p fuzz/logs
	@set -e; for t in $(FUZZ_RUST_TARGETS); do \
	  mkdir -p fuzz/corpus/$$t $(FUZZ_WORK)/$$t; \
	  rm -rf $(FUZZ_WORK)/cmin-$$t; mkdir -p $(FUZZ_WORK)/cmin-$$t; \
	  cp -n fuzz/corpus/$$t/* $(FUZZ_WORK)/$$t/* fuzz/seeds/$$t/* $(FUZZ_WORK)/cmin-$$t/ 2>/dev/null || true; \
	  rm -rf fuzz/corpus/$$t; mkdir -p fuzz/corpus/$$t; \
	  (cd fuzz && $(CARGO) $(NIGHTLY) fuzz run -a $$t corpus/$$t $(abspath $(FUZZ_WORK))/cmin-$$t -- \
	      -set_cover_merge=1 -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=$(FUZZ_RSS_MB)) > fuzz/logs/cmin-$$t.log 2>&1; \
	  ls -S fuzz/corpus/$$t | head -n -$(FUZZ_CORPUS_MAX) | sed "s|^|fuzz/corpus/$$t/|" | xargs -r rm -f; \
	  echo "fuzz-cmin: $$t: $$(ls fuzz/corpus/$$t | wc -l) files"; \
	done

# The C ABI's unsafe code (pointer + length, NUL handling, the string
# tables, catalog and response handles) under Miri.
miri: fuzz-tools
	@rustup $(NIGHTLY) component list --installed 2>/dev/null | grep -q '^miri' || rustup $(NIGHTLY) component add miri rust-src
	$(CARGO) $(NIGHTLY) miri test -p smh-errors-c --test miri
