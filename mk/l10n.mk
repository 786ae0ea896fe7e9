# The translators' tools, beyond `cargo test` (included by the top-level Makefile).
#
#   make test-l10n   in build/venv-l10n (tests/l10n/requirements.txt, every
#                    version pinned; ignored by git, made on first use; the
#                    exchange crate's own tests, l10n/, run in test-rust):
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
#                      and lxml, and the XLIFF validated, rewritten and
#                      handed back by the Okapi Framework's XLIFF 2 library
#                      (Maven, tests/l10n/okapi/; tests/l10n/exchange.py).

CARGO ?= cargo
PYTHON3 ?= python3
L10N_VENV := build/venv-l10n
L10N_REQUIREMENTS := tests/l10n/requirements.txt
MVN ?= mvn
MVNFLAGS_L10N := -q -B

.PHONY: test-l10n

$(L10N_VENV)/.installed: $(L10N_REQUIREMENTS)
	$(PYTHON3) -m venv $(L10N_VENV)
	$(L10N_VENV)/bin/pip install --quiet --disable-pip-version-check -r $(L10N_REQUIREMENTS)
	touch $@

test-l10n: $(L10N_VENV)/.installed
	$(CARGO) build --quiet --bin smh-errors
	$(PYTHON3) tests/l10n/compare_locales.py $(or $(CARGO_TARGET_DIR),target)/debug/smh-errors $(L10N_VENV)/bin/compare-locales
	$(L10N_VENV)/bin/python tests/l10n/project_config.py $(L10N_VENV)/bin/compare-locales
	$(L10N_VENV)/bin/python tests/l10n/round_trip.py $(or $(CARGO_TARGET_DIR),target)/debug/smh-errors
	cd tests/l10n/okapi && $(MVN) $(MVNFLAGS_L10N) compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
	$(L10N_VENV)/bin/python tests/l10n/exchange.py $(or $(CARGO_TARGET_DIR),target)/debug/smh-errors \
	  "tests/l10n/okapi/target/classes:$$(cat tests/l10n/okapi/target/classpath.txt)"
