// WebdriverIO configuration of the shared suite, for ONE engine at a time:
// run.mjs starts the servers and that engine's driver, then this with
// PC_ENGINE (chromium | firefox | webkit) and PC_DRIVER_PORT. WebdriverIO
// never starts or downloads a browser or driver itself: the connection is
// given (hostname and port), so it only talks to the driver we started.
//
// Every engine is driven over classic WebDriver, the one protocol all three
// drivers speak in full (WebKitWebDriver has no BiDi).
import CountReporter from "./count-reporter.js";

const engine = process.env.PC_ENGINE;
const port = Number(process.env.PC_DRIVER_PORT);
if (!engine || !port) throw new Error("run the shared suite through run.mjs (it starts the drivers)");

const classic = { "wdio:enforceWebDriverClassic": true };
const capabilities = {
  chromium: {
    browserName: "chrome",
    ...classic,
    "goog:chromeOptions": {
      binary: process.env.CHROME_BIN ?? "/usr/bin/chromium",
      // As the Playwright suite: headless, and none of Chromium's own traffic
      // (this machine's network is closed; the widget's traffic is what we watch).
      args: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
      ],
    },
  },
  firefox: {
    browserName: "firefox",
    ...classic,
    "moz:firefoxOptions": {
      binary: process.env.FIREFOX_BIN ?? "/usr/bin/firefox-esr",
      args: ["-headless", "-width=1280", "-height=1000"],
      // geckodriver already turns off updates, telemetry and the like; these
      // quiet the new-tab page's own fetches (this machine's network is closed).
      prefs: {
        "browser.shell.checkDefaultBrowser": false,
        "network.captive-portal-service.enabled": false,
        "browser.newtabpage.enabled": false,
        "browser.newtabpage.activity-stream.feeds.topsites": false,
        "browser.newtabpage.activity-stream.showSponsored": false,
        "browser.newtabpage.activity-stream.showSponsoredTopSites": false,
        "browser.newtabpage.activity-stream.unifiedAds.tiles.enabled": false,
        "browser.newtabpage.activity-stream.unifiedAds.spocs.enabled": false,
      },
    },
  },
  webkit: {
    // WebKitGTK's MiniBrowser, the engine of Safari (same WebKit, GTK port;
    // see docs/TESTING.md for what that does and does not tell about Safari).
    browserName: "MiniBrowser",
    ...classic,
    "webkitgtk:browserOptions": {
      binary: process.env.MINIBROWSER,
      // Safari's default: Tab moves between form controls and buttons, not links.
      args: ["--automation", "--enable-tabs-to-links=false"],
    },
  },
}[engine];
if (!capabilities) throw new Error(`unknown engine ${engine}`);

export const config = {
  runner: "local",
  hostname: "127.0.0.1",
  port,
  path: "/",
  specs: [process.env.PC_SPECS ?? "./specs/*.spec.js"],
  // geckodriver and WebKitWebDriver hold one session each: one spec at a time.
  maxInstances: 1,
  capabilities: [capabilities],
  logLevel: "warn",
  baseUrl: "http://127.0.0.1:8081",
  waitforTimeout: 5000,
  connectionRetryTimeout: 60_000,
  connectionRetryCount: 1,
  framework: "mocha",
  mochaOpts: { ui: "bdd", timeout: 120_000 },
  reporters: [["spec", { showPreface: false, addConsoleLogs: true }], CountReporter],
  before: setUp,
  // After browser.reloadSession (a dark preference, a private window), the same again.
  onReload: setUp,
};

async function setUp() {
  await browser.setTimeout({ script: 30_000, pageLoad: 30_000 });
  // The same window in every engine (MiniBrowser opens at 1024 x 768).
  await browser.setWindowSize(1280, 1000);
}
