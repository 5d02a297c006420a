// The published shape, tested: `npm pack`, install the tarball into an empty project (offline
// from the npm cache when it can, else from the registry), then run the installed
// `model-gate --help`, `explain` and a real check. Prints "pack test: ok" or fails.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const work = mkdtempSync(join(tmpdir(), "mg-pack-"));
const npm = (args, cwd) => spawnSync("npm", args, { cwd, encoding: "utf8" });
const fail = (what, r) => {
  console.error(`pack test: ${what}\n${r?.stdout ?? ""}${r?.stderr ?? ""}`);
  process.exit(1);
};

try {
  const packed = npm(["pack", "--silent", "--pack-destination", work], root);
  if (packed.status !== 0) fail("npm pack failed", packed);
  const tgz = join(work, packed.stdout.trim().split("\n").pop());
  const project = join(work, "project");
  mkdirSync(project);
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "empty", version: "1.0.0", private: true }),
  );
  const flags = ["install", "--no-audit", "--no-fund", "--ignore-scripts", tgz];
  let installed = npm([...flags, "--offline"], project);
  if (installed.status !== 0) installed = npm([...flags, "--prefer-offline"], project);
  if (installed.status !== 0) fail("npm install of the tarball failed", installed);

  const bin = join(project, "node_modules", ".bin", "model-gate");
  const run = (args, cwd = project) =>
    spawnSync(bin, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "" } });
  const help = run(["--help"]);
  if (help.status !== 0 || !help.stdout.includes("Usage: model-gate <command>")) fail("--help", help);
  const version = run(["--version"]);
  if (version.stdout.trim() !== pkg.version) fail(`--version is not ${pkg.version}`, version);
  const explain = run(["explain", "safety/unsafe-pickle"]);
  if (explain.status !== 0 || !explain.stdout.includes("unsafe-pickle")) fail("explain", explain);

  // A check on a real repository: an undeclared model file fails, as the gate should.
  const repo = join(work, "repo");
  mkdirSync(join(repo, "models"), { recursive: true });
  execFileSync("git", ["init", "-q", "-b", "main"], { cwd: repo });
  writeFileSync(join(repo, "models", "model.safetensors"), "weights");
  const check = run(["check", "--worktree", "--format", "json"], repo);
  const report = check.stdout ? JSON.parse(check.stdout) : null;
  if (check.status !== 1 || !report?.findings?.some((f) => f.ruleId === "change/unmanifested-artifact"))
    fail("check --worktree did not flag the undeclared model file", check);
  console.log(`pack test: ok (${tgz.split("/").pop()} installed into an empty project and run)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
