# The differential run's questions and answers (tests/differential/README.md):
# the Rust core answers DIFF_COUNT seeded random questions into DIFF_FILE,
# which the C, Go and Python suites answer again and compare. Included by
# each binding's Makefile (ROOT and TARGET set); a few seconds.
DIFF_SEED ?= 1
DIFF_COUNT ?= 100000
DIFF_FILE := $(TARGET)/differential/cases.jsonl

.PHONY: differential-cases
differential-cases:
	cd $(ROOT) && env -u SMH_ERRORS_CATALOG_DIR $(or $(CARGO),cargo) run -q --example differential -- \
	  --seed $(DIFF_SEED) --count $(DIFF_COUNT) --out $(DIFF_FILE)
