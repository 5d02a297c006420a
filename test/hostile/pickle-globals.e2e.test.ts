// Issue 8 class 6, black-box: a pickle whose import is on neither list (the gadget
// logging.config._resolve('os.system') passed with a warning) declared as a model artifact in a
// PR. Allow-list first: it blocks; the base policy's scan.allowGlobals lets a trusted class
// through, never a denied global, and the PR's own policy has no say.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { repoFiles, supportManifest } from "../engine/helpers.ts";
import { CHECK_ARGS, cli, type Entry, scenario as repo, ruleIds } from "../support/cli-repo.ts";

const ARTIFACT = "models/support/model.pkl";
const POLICY = ".github/model-gate.yml";

const sbu = (s: string) => Buffer.concat([Buffer.from([0x8c, s.length]), Buffer.from(s)]);
/** module.name imported with STACK_GLOBAL and called with one string (protocol 4). */
const call = (module: string, name: string, arg: string) =>
  Buffer.concat([sbu(module), sbu(name), Buffer.from([0x93]), sbu(arg), Buffer.from([0x85, 0x52])]);

const pickle = (...parts: Buffer[]) =>
  new Uint8Array(Buffer.concat([Buffer.from([0x80, 0x04]), ...parts, Buffer.from(".")]));

/** A gadget on neither list: it resolves a dotted name to a callable, then calls it. */
const GADGET = pickle(call("mylib.registry", "resolve", "os.system"), sbu("id"), Buffer.from([0x85, 0x52]));
const OS_SYSTEM = pickle(call("os", "system", "id"));

const policy = (allowGlobals?: string[]) =>
  stringify({
    apiVersion: "model-gate/v1",
    kind: "Policy",
    ...(allowGlobals ? { scan: { allowGlobals } } : {}),
  });

/** The compliant support model with its weights replaced by `bytes`, declared in the PR. */
function headFiles(bytes: Uint8Array): Record<string, Entry> {
  const digest = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
  const m = supportManifest(digest);
  m.spec.artifacts[0].path = ARTIFACT;
  const files: Record<string, Entry> = { ...repoFiles(m), [ARTIFACT]: bytes };
  delete files["models/support/model.safetensors"];
  return files;
}

function check(dir: string) {
  const r = cli(dir, [...CHECK_ARGS, "--format", "json"]);
  const json = JSON.parse(r.out);
  const pickleErrors = json.findings.filter(
    (f: { ruleId: string; severity: string }) =>
      f.ruleId === "safety/unsafe-pickle" && f.severity === "error",
  );
  return {
    code: r.code,
    json,
    pickleErrors,
    messages: pickleErrors.map((f: { message: string }) => f.message),
  };
}

describe("pickle imports are allow-list first (built CLI)", () => {
  it("a global on neither list blocks the PR, named with what to do", () => {
    const r = check(repo({ [POLICY]: policy() }, headFiles(GADGET)));
    expect(r.code).toBe(1);
    expect(r.messages.join("\n")).toMatch(
      /not on the allow list: mylib\.registry\.resolve.*scan\.allowGlobals/,
    );
  });

  it("the same PR passes once the base policy lists the global in scan.allowGlobals", () => {
    const r = check(repo({ [POLICY]: policy(["mylib.registry.resolve"]) }, headFiles(GADGET)));
    expect(r.pickleErrors).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("a module wildcard in scan.allowGlobals allows it too", () => {
    const r = check(repo({ [POLICY]: policy(["mylib.*"]) }, headFiles(GADGET)));
    expect(r.pickleErrors).toEqual([]);
  });

  it("an allowGlobals entry for os.system still blocks: a deny entry always wins", () => {
    const r = check(repo({ [POLICY]: policy(["os.system", "os.*"]) }, headFiles(OS_SYSTEM)));
    expect(r.code).toBe(1);
    expect(r.messages.join("\n")).toMatch(/imports os\.system, which is on the deny list/);
  });

  it("the logging.config._resolve('os.system') gadget blocks even when a policy allows it", () => {
    const gadget = pickle(
      call("logging.config", "_resolve", "os.system"),
      sbu("id"),
      Buffer.from([0x85, 0x52]),
    );
    const r = check(repo({ [POLICY]: policy(["logging.config._resolve"]) }, headFiles(gadget)));
    expect(r.code).toBe(1);
    expect(r.messages.join("\n")).toMatch(/logging\.config\._resolve, which is on the deny list/);
  });

  it("allowGlobals added by the PR's own policy has no effect: the policy comes from the base", () => {
    const dir = repo({ [POLICY]: policy() }, { ...headFiles(GADGET), [POLICY]: policy(["mylib.*"]) });
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.messages.join("\n")).toMatch(/mylib\.registry\.resolve/);
    expect(ruleIds(r.json)).toContain("policy/changed");
  });

  it("a malformed allowGlobals entry makes the base policy invalid (exit 2), never a silent allow", () => {
    const r = cli(repo({ [POLICY]: policy(["*"]) }, headFiles(GADGET)), [...CHECK_ARGS, "--format", "json"]);
    expect(r.code).toBe(2);
  });
});
