// Builds the demo git repository from examples/demo/ (see its README): main, then two
// pull-request branches, "compliant" and "unaudited". Shared by `npm run demo` and the tests.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), "../../examples/demo");

function weights(name) {
  return `demo weights of ${name}\n`.repeat(1000);
}

function lfsPointer(oid, size) {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`;
}

function fill(text, now) {
  return text
    .replace(/\{\{date:(-?\d+)\}\}/g, (_, n) =>
      new Date(now.getTime() + Number(n) * 86_400_000).toISOString().slice(0, 10),
    )
    .replace(/\{\{lfs:([\w.-]+)\}\}\n?/g, (_, name) => {
      const bytes = Buffer.from(weights(name));
      return lfsPointer(createHash("sha256").update(bytes).digest("hex"), bytes.length);
    })
    .replace(
      /\{\{digest:([\w.-]+)\}\}/g,
      (_, name) => `sha256:${createHash("sha256").update(weights(name)).digest("hex")}`,
    );
}

function copyTree(from, to, now) {
  for (const entry of readdirSync(from)) {
    const src = join(from, entry);
    const dst = join(to, entry);
    if (statSync(src).isDirectory()) {
      mkdirSync(dst, { recursive: true });
      copyTree(src, dst, now);
    } else {
      mkdirSync(dirname(dst), { recursive: true });
      writeFileSync(dst, fill(readFileSync(src, "utf8"), now));
    }
  }
}

export function git(dir, ...args) {
  return execFileSync(
    "git",
    ["-c", "user.name=Demo", "-c", "user.email=demo@example.com", "-c", "commit.gpgsign=false", ...args],
    {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  ).trim();
}

/** Creates the repository in `dir` (empty or absent) and returns the branch names. */
export function buildDemoRepo(dir, now = new Date()) {
  mkdirSync(dir, { recursive: true });
  git(dir, "init", "-q", "-b", "main");
  copyTree(join(EXAMPLES, "base"), dir, now);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "main: two audited models");
  for (const branch of ["compliant", "unaudited"]) {
    git(dir, "checkout", "-q", "-b", branch, "main");
    copyTree(join(EXAMPLES, branch), dir, now);
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", `${branch} change`);
  }
  git(dir, "checkout", "-q", "main");
  return { main: "main", compliant: "compliant", unaudited: "unaudited", files: relative(dir, dir) };
}
