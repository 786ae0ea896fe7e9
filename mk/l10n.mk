# The translators' tools, beyond `cargo test` (included by the top-level Makefile).
#
#   make test-l10n   the exchange crate's tests (l10n/: XLIFF, TMX), then in
#                    build/venv-l10n (tests/l10n/requirements.txt, every
#                    version pinned; ignored by git, made on first use):
#                    - Mozilla's compare-locales and `smh-errors check` on the
#                      same catalogs (tests/fixtures/check/*/ and catalog/):
#                      fails if compare-locales reports anything check does
#                      not (tests/l10n/compare_locales.py says how findings
#                      are mapped);
#                    - compare-locales from the repository's l10n.toml, as
#                      Pontoon reads it (tests/l10n/project_config.py);
#                    - the Weblate (translate-toolkit) and Pontoon
#                      (fluent.syntax) round trip of every .ftl, and check's
#                      `layout` rule against both (tests/l10n/round_trip.py);
#                    - the XLIFF and TMX exports read by translate-toolkit
#                      and lxml (tests/l10n/exchange.py).

CARGO ?= cargo
PYTHON3 ?= python3
L10N_VENV := build/venv-l10n
L10N_REQUIREMENTS := tests/l10n/requirements.txt

.PHONY: test-l10n

$(L10N_VENV)/.installed: $(L10N_REQUIREMENTS)
	$(PYTHON3) -m venv $(L10N_VENV)
	$(L10N_VENV)/bin/pip install --quiet --disable-pip-version-check -r $(L10N_REQUIREMENTS)
	touch $@

test-l10n: $(L10N_VENV)/.installed
	$(CARGO) test --quiet -p smh-errors-l10n
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --quiet --no-deps -p smh-errors-l10n
	$(CARGO) build --quiet --bin smh-errors
	$(PYTHON3) tests/l10n/compare_locales.py $(or $(CARGO_TARGET_DIR),target)/debug/smh-errors $(L10N_VENV)/bin/compare-locales
	$(L10N_VENV)/bin/python tests/l10n/project_config.py $(L10N_VENV)/bin/compare-locales
	$(L10N_VENV)/bin/python tests/l10n/round_trip.py $(or $(CARGO_TARGET_DIR),target)/debug/smh-errors
	$(L10N_VENV)/bin/python tests/l10n/exchange.py $(or $(CARGO_TARGET_DIR),target)/debug/smh-errors
