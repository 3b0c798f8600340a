# LHS Roadmap Explorer. `make run` serves it, `make test` runs every test; both install
# what is missing first (.ci/setup). See README.md.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

PORT ?= 8080
E2E := tests/e2e
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/$(E2E)/node_modules/.bin:$(PATH)
# Type-erased components: a smaller wasm (measured on the explorer's release: 150.5 KB
# brotli with it, 175.3 KB without), and the same flags for every wasm build so that trunk
# and the browser tests share one compiled dependency tree.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --cfg erase_components
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export CHROMEDRIVER := /usr/bin/chromedriver
export CHROME_PATH := /usr/bin/chromium
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export PUPPETEER_SKIP_DOWNLOAD := 1
# The native program that writes the explorer's first view into index.html (src/bin/
# prerender.rs). Its own target folder and the wasm's flags: the markup it writes must be
# exactly what the wasm hydrates, and native tests keep their own build.
PRERENDER_TARGET := target/prerender
PRERENDER := $(PRERENDER_TARGET)/prerender/lhs-prerender
PRERENDER_CARGO := CARGO_TARGET_DIR=$(PRERENDER_TARGET) RUSTFLAGS="--cfg erase_components" cargo

.PHONY: run test dist bench schema build setup setup-build setup-browser test-native test-wasm test-e2e test-engines lint clean

## run: install what is missing, build the release, serve it on http://127.0.0.1:$(PORT)
run: build
	@echo ""
	@echo "  LHS Roadmap Explorer: http://127.0.0.1:$(PORT)/   (Ctrl+C stops it)"
	@echo ""
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

## test: every test: native, lint, wasm in headless Chromium, Playwright + axe on the release,
## then the smoke suite in Firefox and WebKit
test: setup test-native lint build test-wasm test-e2e test-engines
	@echo "make test: all tiers passed"

## dist: the static site to upload, in dist/, with .br and .gz beside each asset
dist: build
	node $(E2E)/scripts/compress.mjs dist

## bench: sizes, Lighthouse and step-switch timing, each beside its budget
bench: setup dist
	node $(E2E)/scripts/bench.mjs

## schema: rewrite content/roadmap.schema.json from the content model's types (src/content/schema.rs)
schema:
	UPDATE_SCHEMA=1 cargo test --locked --offline --test schema

setup:
	.ci/setup all

setup-build:
	.ci/setup build

setup-browser:
	.ci/setup browser

# Three pages, three wasm: the explorer (index.html), the presenter (present.html) and
# search, getting involved and my roadmap (find.html), so that the explorer's first load
# carries only the explorer. Trunk empties its dist on every build and names its page
# index.html, so the other two are built aside, then copied in under their own names with
# their code and style sheets. postbuild.mjs then finishes the three pages together (one
# style sheet each, no inline script: README, For organizations) and renders the
# explorer's first view into index.html from the content file as it leaves it (minified),
# before the service worker's list is written.
build: setup-build
	trunk build --release --offline --locked
	trunk build --release --offline --locked --dist target/present-dist present.html
	cp target/present-dist/lhs-present-* target/present-dist/*.css dist/
	cp target/present-dist/index.html dist/present.html
	trunk build --release --offline --locked --dist target/find-dist find.html
	cp target/find-dist/lhs-find-* target/find-dist/*.css dist/
	cp target/find-dist/index.html dist/find.html
	$(PRERENDER_CARGO) build --locked --offline --profile prerender --features ssr --bin lhs-prerender
	node $(E2E)/scripts/postbuild.mjs dist $(PRERENDER)

test-native:
	cargo test --locked --offline

lint:
	cargo clippy --locked --offline --all-targets -- -D warnings
	$(PRERENDER_CARGO) clippy --locked --offline --features ssr --all-targets -- -D warnings
	cargo clippy --locked --offline --target wasm32-unknown-unknown --features hydrate --all-targets -- -D warnings

test-wasm:
	cargo test --locked --offline --target wasm32-unknown-unknown --features hydrate

test-e2e:
	cd $(E2E) && npx playwright test

# The main journeys in Firefox and WebKit and a CSS.supports() check of the built pages in
# the three engines (tests/e2e/engines/run.mjs; Debian's engines, from .ci/setup browser).
test-engines:
	cd $(E2E) && node --test --test-reporter=spec engines/ && node engines/run.mjs

clean:
	rm -rf dist target $(E2E)/node_modules $(E2E)/test-results
