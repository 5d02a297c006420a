// Issue 8, class 10: model weights in a git submodule. The built CLI on real repositories with a
// real submodule (git submodule add of a local repository): a declared artifact inside it is
// input/submodule, and a PR that only moves the submodule pointer brings that declaration in.
import { describe, expect, it } from "vitest";
import { defaultState, startFakeGitHub } from "../action/fake-github.ts";
import { prPayload, runAction } from "../action/harness.ts";
import { approve, errorsOf, WRITERS } from "../action/scenario.ts";
import { repoFiles, supportManifest } from "../engine/helpers.ts";
import {
  addSubmodule,
  check,
  cli,
  git,
  moveSubmodule,
  CHECK_NOW as NOW,
  temp,
  write,
} from "../support/cli-repo.ts";

const findingsOf = (r: ReturnType<typeof check>, id: string) =>
  r.report.findings.filter((f) => f.ruleId === id);

const SUB = "vendor/weights";
const WEIGHTS = "weights v1";

/** The compliant support-assistant with its weights declared inside the submodule. */
function filesWithWeightsInSubmodule() {
  const m = supportManifest();
  m.spec.artifacts[0].path = `${SUB}/model.safetensors`;
  const files = repoFiles(m);
  delete files["models/support/model.safetensors"];
  return files as Record<string, string>;
}

/** main: the given files plus the submodule; pr: `change` applied on top. */
function repoWithSubmodule(files: Record<string, string>, change: (dir: string, sub: string) => void) {
  const dir = temp("mg-submodule-repo-");
  git(dir, "init", "-q", "-b", "main");
  write(dir, files);
  const sub = addSubmodule(dir, SUB, { "model.safetensors": WEIGHTS });
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "base");
  git(dir, "checkout", "-q", "-b", "pr");
  change(dir, sub);
  git(dir, "commit", "-q", "--allow-empty", "-m", "pr");
  return dir;
}

describe("weights in a submodule (input/submodule)", () => {
  it("a PR that only moves the submodule pointer under a declared artifact fails (exit 1)", () => {
    const dir = repoWithSubmodule(filesWithWeightsInSubmodule(), (d, sub) =>
      moveSubmodule(d, SUB, sub, { "model.safetensors": "weights v2: unaudited" }),
    );
    expect(git(dir, "diff", "--name-only", "main", "pr")).toBe(SUB); // the one path the PR shows
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.report.verdict).toBe("fail");
    const [f] = findingsOf(r, "input/submodule");
    expect(f?.message).toContain(`lies inside the git submodule "${SUB}"`);
    expect(f?.message).toMatch(/Vendor the file .* uri: and its sha256 digest/);
    expect(f?.file).toBe("models/support.model.yaml");
    const text = cli(dir, ["check", "--base", "main", "--head", "pr", "--now", NOW]);
    expect(text.code).toBe(1);
    expect(text.out).toContain("input/submodule");
  });

  it("a PR that declares weights inside a submodule fails, whatever the submodule holds", () => {
    const dir = repoWithSubmodule({}, (d) => {
      write(d, filesWithWeightsInSubmodule());
      git(d, "add", "-A");
    });
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.rules).toContain("input/submodule");
    expect(r.rules).not.toContain("integrity/artifact-missing");
  });

  it("check --all on the main branch refuses the declaration too", () => {
    const dir = repoWithSubmodule(filesWithWeightsInSubmodule(), () => {});
    const r = cli(dir, ["check", "--all", "--head", "main", "--now", NOW, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.map((f: { ruleId: string }) => f.ruleId)).toContain("input/submodule");
  });

  it("no false alarm: moving a submodule with no declared file in it passes", () => {
    const dir = repoWithSubmodule(repoFiles() as Record<string, string>, (d, sub) =>
      moveSubmodule(d, SUB, sub, { "model.safetensors": "v2" }),
    );
    const r = check(dir);
    expect(r.report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe("the Action (checkout with the submodule, head read from the workspace)", () => {
  it.each([
    ["checked out (actions/checkout submodules: true)", true],
    ["not checked out (an empty directory)", false],
  ])("a PR that only moves the submodule pointer fails, even fully approved: %s", async (_, checkedOut) => {
    const dir = repoWithSubmodule(filesWithWeightsInSubmodule(), (d, sub) =>
      moveSubmodule(d, SUB, sub, { "model.safetensors": "weights v2: unaudited" }),
    );
    if (!checkedOut) git(dir, "submodule", "deinit", "-q", "-f", SUB);
    const baseSha = git(dir, "rev-parse", "main");
    const headSha = git(dir, "rev-parse", "pr");
    const state = defaultState({ permissions: WRITERS, gitDir: dir });
    state.pulls[7] = {
      files: [{ filename: SUB, status: "modified" }],
      reviews: [approve("alice", headSha), approve("bob", headSha)],
      commits: [{ sha: headSha, parents: [baseSha], author: "Codertocat", committer: "Codertocat" }],
      headSha,
    };
    const fake = await startFakeGitHub(state);
    try {
      const r = await runAction({
        workspace: dir,
        event: "pull_request",
        payload: prPayload("pull_request", { baseSha, headSha }),
        apiUrl: fake.url,
      });
      expect(r.outputs.verdict).toBe("fail");
      expect(errorsOf(r)).toEqual(["input/submodule"]);
    } finally {
      await fake.close();
    }
  });
});
