// The tool's version, shown by `--version` and in SARIF `tool.driver.version`. Kept equal to
// package.json's (test/reports/sarif.test.ts checks it).
export const VERSION = "0.1.0";
