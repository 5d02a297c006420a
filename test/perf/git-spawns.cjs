// Preload for test/perf/startup.test.ts: appends every git command the process starts (its
// arguments after the fixed options) to MG_SPAWN_LOG, one JSON array a line.
const cp = require("node:child_process");
const fs = require("node:fs");
const spawn = cp.spawn;
cp.spawn = function (command, args, ...rest) {
  if (command === "git" && process.env.MG_SPAWN_LOG) {
    const i = args.findIndex((a) => !["--no-pager", "-c"].includes(a) && !/^core\./.test(a));
    fs.appendFileSync(process.env.MG_SPAWN_LOG, `${JSON.stringify(args.slice(i))}\n`);
  }
  return spawn.call(this, command, args, ...rest);
};
