// The Action's entry (bundled to dist/index.js): run it. Everything else lives in main.ts, which
// tests can import without running the Action.
import { run } from "./main.ts";

await run();
