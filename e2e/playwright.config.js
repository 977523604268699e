import { defineConfig } from "@playwright/test";
import { ASSET_ORIGIN, OTHER_ORIGIN } from "./constants.js";

// Debian's Chromium, never a downloaded browser; the release build in ../dist
// served on 127.0.0.1 only.
export default defineConfig({
  testDir: "tests",
  timeout: 60_000,
  expect: { timeout: 5_000 },
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: ASSET_ORIGIN,
    launchOptions: {
      executablePath: process.env.CHROME_BIN ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    { command: `node serve.mjs ../dist ${new URL(ASSET_ORIGIN).port}`, url: `${ASSET_ORIGIN}/`, reuseExistingServer: false },
    { command: `node serve.mjs fixtures ${new URL(OTHER_ORIGIN).port}`, url: `${OTHER_ORIGIN}/cross-origin.html`, reuseExistingServer: false },
  ],
});
