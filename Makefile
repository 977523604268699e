# The two commands of the README, and a few for the inner loop.
.PHONY: serve test build size check core

serve: ## install what is missing, serve the demo on http://127.0.0.1:8080
	scripts/serve

test: ## install what is missing, run every test layer
	scripts/test

build: ## release build into dist/, with sizes
	scripts/setup && scripts/build

size: ## sizes of the last release build
	scripts/size

core: ## the fast inner loop: native tests of the core
	cargo test -p peer-compass-core
