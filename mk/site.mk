# The reference site (included by the top-level Makefile).
#
#   make site        writes the site into SITE_DIR (open SITE_DIR/index.html)
#   make test-site   the site, with the ja-JP overlay fixture, in headless
#                    Chromium (site/tests/browser, Node's test runner);
#                    screenshots and the HTML report go to SITE_TEST_DIR/output.
#                    The Rust side (the site crate's tests, and tests/site.rs:
#                    a page for every registered code) is make test-rust's.
#
# The browser is Debian's `chromium`, installed with apt-get when
# /usr/bin/chromium is missing (with a Chinese font, for the screenshots);
# playwright-core, axe-core and html-validate come from npm, pinned by
# site/tests/browser/package-lock.json (`npm ci`).

CARGO ?= cargo
SITE_DIR ?= target/site
SITE_TEST_DIR ?= target/site-test
CHROMIUM ?= /usr/bin/chromium

.PHONY: site test-site site-browser-deps

site:
	$(CARGO) run -q -- site $(SITE_DIR)

test-site: site-browser-deps
	rm -rf $(SITE_TEST_DIR)/site $(SITE_TEST_DIR)/output
	$(CARGO) run -q -- site $(SITE_TEST_DIR)/site --overlay tests/fixtures/overlays/ja-partial
	cd site/tests/browser && SITE_DIR="$(CURDIR)/$(SITE_TEST_DIR)/site" OUT_DIR="$(CURDIR)/$(SITE_TEST_DIR)/output" \
	  CHROMIUM="$(CHROMIUM)" node --test --test-concurrency=1 site.test.mjs
	@echo "test-site: screenshots in $(SITE_TEST_DIR)/output/screenshots/"

site-browser-deps:
	@if [ ! -x "$(CHROMIUM)" ] || ! fc-list :lang=zh family 2>/dev/null | grep -q .; then \
	  if [ "$$(id -u)" != 0 ]; then \
	    echo "make: the site's tests need Debian's chromium and fonts-wqy-microhei: sudo apt-get install chromium fonts-wqy-microhei" >&2; exit 1; \
	  fi; \
	  echo "make: installing Debian's chromium and fonts-wqy-microhei"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; \
	fi
	@command -v node >/dev/null 2>&1 || { echo "make: node (20.19 or later) not found; the site's browser tests need it" >&2; exit 1; }
	cd site/tests/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
