// Counts each test's outcome into the file named by PC_COUNTS (one line per
// test: passed, failed or skipped), so that run.mjs can close the run with
// one "N passed, N failed, N skipped" line over all engines; and each spec
// file's time ("time <file> <seconds>"), which run.mjs prints per engine.
import { appendFileSync } from "node:fs";
import WDIOReporter from "@wdio/reporter";

export default class CountReporter extends WDIOReporter {
  count(outcome) {
    if (process.env.PC_COUNTS) appendFileSync(process.env.PC_COUNTS, `${outcome}\n`);
  }

  onTestPass() {
    this.count("passed");
  }

  onTestFail() {
    this.count("failed");
  }

  onTestSkip() {
    this.count("skipped");
  }

  onRunnerEnd(runner) {
    const spec = (runner.specs?.[0] ?? "").split("/").pop();
    this.count(`time ${spec} ${(runner.duration / 1000).toFixed(1)}`);
  }
}
