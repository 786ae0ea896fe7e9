# The translators' tools, beyond `cargo test` (included by the top-level Makefile).
#
#   make test-l10n   runs Mozilla's compare-locales and `smh-errors check` on the
#                    same catalogs (tests/fixtures/check/*/ and catalog/) and
#                    fails if compare-locales reports anything check does not
#                    (tests/l10n/compare_locales.py says how findings are mapped)
#
# compare-locales is pinned and installed into build/venv-l10n (ignored by git),
# created on first use.

CARGO ?= cargo
PYTHON3 ?= python3
L10N_VENV := build/venv-l10n
COMPARE_LOCALES_VERSION := 9.0.5
# compare-locales and what it needs, every version pinned.
L10N_PIP_PINS := compare-locales==$(COMPARE_LOCALES_VERSION) fluent.syntax==0.19.0 six==1.17.0 toml==0.10.2

.PHONY: test-l10n

$(L10N_VENV)/.installed-$(COMPARE_LOCALES_VERSION):
	$(PYTHON3) -m venv $(L10N_VENV)
	$(L10N_VENV)/bin/pip install --quiet --disable-pip-version-check $(L10N_PIP_PINS)
	touch $@

test-l10n: $(L10N_VENV)/.installed-$(COMPARE_LOCALES_VERSION)
	$(CARGO) build --quiet --bin smh-errors
	$(PYTHON3) tests/l10n/compare_locales.py $(or $(CARGO_TARGET_DIR),target)/debug/smh-errors $(L10N_VENV)/bin/compare-locales
