# Shared settings for the project's scripts: pinned versions and the PATH to
# the project-local tools. Sourced, not run.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOLS=${PEER_COMPASS_TOOLS:-$ROOT/.tools}
TRUNK_VERSION=0.22.1
# Exactly the wasm-bindgen in Cargo.lock; Trunk.toml pins the same.
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' "$ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"$/\1/p')
# Debian's Chromium for headless tests; the security archive keeps only the
# newest build, so an older pin falls back to it with a warning.
CHROMIUM_VERSION=156.0.8078.108-1~deb12u1
export PATH="$TOOLS/bin:$ROOT/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROME_BIN=/usr/bin/chromium
say() { printf '\033[1m==> [%s] %s\033[0m\n' "$(date +%T)" "$*"; }
