# Packages as users install them, included by the Makefile.
#
#   make install PREFIX=/p [DESTDIR=/stage]   libsmh_errors (bindings/c) and the CLI with its
#                                             man page and bash/zsh/fish completions
#   make uninstall PREFIX=/p [DESTDIR=...]    exactly what install put there (manifests under share/smh_errors)
#   make dist                                 bindings/python/dist: the wheel and the sdist
#   make test-cli-install                     install the CLI into a temporary prefix and use it as a user would
#   make test-versions                        every version a user can see agrees with Cargo.toml
#   make test-crate                           `cargo package` of the crates, with no warning

TARGET_DIR := $(abspath $(or $(CARGO_TARGET_DIR),target))
VERSION := $(shell sed -n 's/^version = "\([^"]*\)"/\1/p' Cargo.toml | head -n 1)
# Where the suites write the versions they saw (test-versions reads them).
export VERSIONS_DIR ?= $(TARGET_DIR)/versions
CLI_MANIFEST := share/smh_errors/cli.manifest
CLI_ROOT = $(DESTDIR)$(PREFIX)
CLI_FILE = sh $(CURDIR)/mk/manifest.sh file $(CLI_ROOT) $(CLI_MANIFEST)
CLI_GEN := $(TARGET_DIR)/cli-dist

.PHONY: install-cli uninstall uninstall-cli dist test-cli-install test-crate test-versions test-versions-all versions-reset

# The release CLI, and what it generates from its own clap definitions.
install-cli: toolchain
	$(CARGO) build --release --quiet --bin smh-errors
	rm -rf $(CLI_GEN) && mkdir -p $(CLI_GEN)
	$(TARGET_DIR)/release/smh-errors man > $(CLI_GEN)/smh-errors.1
	for sh in bash zsh fish; do $(TARGET_DIR)/release/smh-errors completions $$sh > $(CLI_GEN)/$$sh || exit 1; done
	$(CLI_FILE) 755 $(TARGET_DIR)/release/smh-errors bin/smh-errors
	$(CLI_FILE) 644 $(CLI_GEN)/smh-errors.1 share/man/man1/smh-errors.1
	$(CLI_FILE) 644 $(CLI_GEN)/bash share/bash-completion/completions/smh-errors
	$(CLI_FILE) 644 $(CLI_GEN)/zsh share/zsh/site-functions/_smh-errors
	$(CLI_FILE) 644 $(CLI_GEN)/fish share/fish/vendor_completions.d/smh-errors.fish

uninstall-cli:
	sh mk/manifest.sh uninstall $(CLI_ROOT) $(CLI_MANIFEST)

# The reverse of install's order (the CLI first), so that each directory is
# removed by the manifest that created it.
uninstall:
	$(MAKE) -C bindings/c uninstall PREFIX=$(PREFIX)
	$(MAKE) --no-print-directory uninstall-cli

dist: toolchain
	$(MAKE) -C bindings/python dist

# As a user: `make install` into a fresh prefix (staged with DESTDIR), then
# --version, the man page (man -l), the bash completion (completing a
# subcommand and a shell), zsh/fish scripts (`zsh -n`/`fish -n` where those
# shells are installed), and `make uninstall` leaving nothing behind.
CLI_TEST := $(TARGET_DIR)/cli-install-test
test-cli-install: toolchain
	rm -rf $(CLI_TEST)
	$(MAKE) --no-print-directory install DESTDIR=$(CLI_TEST)/stage PREFIX=/usr/local >/dev/null
	sh tests/packaging/cli_install.sh $(CLI_TEST)/stage/usr/local $(VERSION)
	$(MAKE) --no-print-directory uninstall DESTDIR=$(CLI_TEST)/stage PREFIX=/usr/local >/dev/null
	left=$$(cd $(CLI_TEST)/stage && find . -mindepth 1 ! -type d); \
	test -z "$$left" || { echo "test-cli-install: uninstall left: $$left" >&2; exit 1; }
	dirs=$$(cd $(CLI_TEST)/stage && find . -mindepth 1 -type d | sort | tr '\n' ' '); \
	test "$$dirs" = "./usr ./usr/local " || { echo "test-cli-install: uninstall left directories: $$dirs" >&2; exit 1; }
	@echo "test-cli-install: uninstall removed every file and directory it made (the prefix stays)"

# The crates as crates.io takes them (`cargo package`, not built: the
# package is checked, not compiled): smh-errors and its dependencies
# smh-errors-check, smh-errors-generate, smh-errors-site and smh-errors-l10n. Any warning fails (missing metadata: description, license,
# repository, keywords...), but for the tests and examples the package
# leaves out on purpose.
test-crate: toolchain
	@out=$$($(CARGO) package -p smh-errors-check -p smh-errors-generate -p smh-errors-site -p smh-errors-l10n -p smh-errors --allow-dirty --no-verify 2>&1) || { echo "$$out" >&2; exit 1; }; \
	warn=$$(echo "$$out" | grep -i 'warning' | grep -v -E '^warning: ignoring (test|example) `[^`]*` as `[^`]*` is not included in the published package$$' || true); \
	if [ -n "$$warn" ]; then echo "$$out" >&2; echo "test-crate: cargo package warned: $$warn" >&2; exit 1; fi; \
	echo "$$out" | grep 'Packaged'; \
	echo "test-crate: passed (cargo package: smh-errors-check, smh-errors-generate, smh-errors-site, smh-errors-l10n, smh-errors, no warning on their metadata)"

versions-reset:
	rm -rf $(VERSIONS_DIR)

# The versions the other suites saw, as users see them (the C library's
# smh_errors_version(), pkg-config, CMake's find_package, Go's Version(), the
# wheel's and sdist's names, Python's __version__, the CLI's --version): all
# must be present and equal Cargo.toml's (and the npm tarball's name, its
# installed package.json and the Node module's version). test-versions-all adds Python's
# __version__ on each CPython (make test-all's test-python-all).
VERSIONS_SEEN := c pkg-config cmake go wheel sdist python npm-tarball npm-package node cli cli-library cli-catalog
test-versions:
	sh tests/packaging/versions.sh $(VERSIONS_DIR) $(VERSION) $(VERSIONS_SEEN)

test-versions-all:
	sh tests/packaging/versions.sh $(VERSIONS_DIR) $(VERSION) $(VERSIONS_SEEN) \
	  python-3.9 python-3.10 python-3.11 python-3.12 python-3.13
