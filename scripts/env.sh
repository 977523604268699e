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
# The other two engines of the end-to-end suite (docs/TESTING.md), pinned the
# same way: Debian's Firefox ESR, WebKitGTK's WebDriver with its MiniBrowser
# (libwebkit2gtk-4.1-0, which webkit2gtk-driver requires at its own version)
# and the X server it runs under; geckodriver from crates.io into $TOOLS.
FIREFOX_VERSION=140.10.2esr-1~deb12u1
WEBKIT_VERSION=2.50.6-1~deb12u1
XVFB_VERSION=2:21.1.7-3+deb12u12
GECKODRIVER_VERSION=0.37.1
export PATH="$TOOLS/bin:$ROOT/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROME_BIN=/usr/bin/chromium
export FIREFOX_BIN=/usr/bin/firefox-esr
export GECKODRIVER=$TOOLS/bin/geckodriver
export WEBKIT_WEBDRIVER=/usr/bin/WebKitWebDriver
MINIBROWSER=$(compgen -G '/usr/lib/*/webkit2gtk-4.1/MiniBrowser' | head -n 1 || true)
export MINIBROWSER
# WebdriverIO's driver packages download a driver only when asked to; make
# sure nothing asks. The suite always connects to drivers it started itself.
unset GECKODRIVER_AUTO_INSTALL EDGEDRIVER_AUTO_INSTALL CHROMEDRIVER_PATH
export PUPPETEER_SKIP_DOWNLOAD=1
say() { printf '\033[1m==> [%s] %s\033[0m\n' "$(date +%T)" "$*"; }
