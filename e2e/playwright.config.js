import { defineConfig } from "@playwright/test";

// Debian's Chromium, never a downloaded browser; the release build in ../dist
// served on 127.0.0.1 only.
export default defineConfig({
  testDir: "tests",
  timeout: 60_000,
  expect: { timeout: 5_000 },
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: "http://127.0.0.1:8081",
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
    { command: "node serve.mjs ../dist 8081", url: "http://127.0.0.1:8081/", reuseExistingServer: false },
    { command: "node serve.mjs fixtures 8082", url: "http://127.0.0.1:8082/cross-origin.html", reuseExistingServer: false },
  ],
});
