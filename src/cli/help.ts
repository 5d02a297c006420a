// Help texts, one per command.
import { VERSION } from "../core/version.ts";

export { VERSION };

export const HELP = {
  main: `model-gate ${VERSION}: no unaudited model changes.

Usage: model-gate <command> [options]

Commands:
  check      evaluate the model changes between two commits (or --all manifests)
  verify     may these models be deployed to an environment today? (deploy jobs)
  audit      every model at a ref as of today, and what expires soon (scheduled)
  digest     print the model digest of a manifest's artifacts
  validate   check manifest files against the schema (for pre-commit)
  init       write a starter policy, and manifests for the models already in the repository
  explain    print a rule's documentation: what it checks, why, how to fix it

Run 'model-gate <command> --help' for a command's options.
Exit codes: 0 pass, 1 fail, 2 error or usage.
Colour: on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 turns it on (FORCE_COLOR=0 off).
Docs: https://github.com/model-gate/model-gate#readme
`,
  check: `Usage: model-gate check [options]

Evaluate what changed between two commits of a local git repository against the policy
read from the base commit.

Options:
  --repo DIR          repository to check (default: the current directory)
  --base REF          base commit (default: merge base of HEAD with the default branch)
  --head REF          head commit (default: HEAD)
  --worktree          judge the working tree (uncommitted and untracked files included) as
                      the head, against HEAD or --base; works before the first commit
  --all               evaluate every manifest, not only changed ones (audits)
  --policy FILE       policy path in the repository, read from the base commit
                      (default: .github/model-gate.yml; the built-in baseline when absent)
  --format FORMAT     text | json | sarif | markdown (default: text)
  --output FILE       write the report to FILE instead of standard output
  --mode MODE         enforce | warn (warn reports everything and exits 0)
  --now DATE          evaluate as of this ISO date (default: today)
  -h, --help          show this help

Without --worktree, uncommitted model files are not judged; check says how many there are.
Approvals live on GitHub: locally they are reported as pending and do not fail the verdict.
Exit codes: 0 pass, 1 fail, 2 error or usage.
`,
  verify: `Usage: model-gate verify --environment NAME [options]

Decide whether the models at a ref may be deployed to NAME today: every rule of check --all
as of today, what the policy's deploy.NAME.require lists, the approvals of the pull request
that last changed each model, and the bytes given with --artifact bound to audited digests.
The policy is read from the default branch's tip, never from the ref being deployed.

Options:
  --environment NAME  deployment environment (a deploy entry of the policy: staging, production)
  --repo DIR          repository (default: the current directory)
  --ref REF           commit being deployed (default: HEAD)
  --policy-ref REF    where the policy is read (default: the default branch's tip)
  --model NAME        judge only this model (repeatable; default: every model at REF)
  --artifact FILE     bytes about to be deployed: must match an audited artifact digest and
                      are scanned (repeatable)
  --attestation FILE  write an in-toto Statement v1 to FILE, with FILE.predicate.json and
                      FILE.checksums for actions/attest or cosign attest-blob
  --format FORMAT     text | json | sarif | markdown (default: text)
  --output FILE       write the report to FILE instead of standard output
  --mode MODE         enforce | warn (warn reports everything and exits 0)
  --now DATE          judge as of this ISO date (default: today)
  -h, --help          show this help

Approvals are read from GitHub with GITHUB_TOKEN (or GH_TOKEN) for GITHUB_REPOSITORY (default:
the origin remote) at GITHUB_API_URL; without a token, an environment that requires approvals
fails with approval/unverifiable.
Exit codes: 0 pass, 1 fail, 2 error or usage.
`,
  audit: `Usage: model-gate audit [options]

Judge every model at a ref as of today with the policy from the default branch, and warn
(audit/expiring) about each risk assessment, adversarial test, evaluation, dataset vetting and
waiver that expires within DAYS days. Anything expired fails (exit 1).

Options:
  --repo DIR          repository (default: the current directory)
  --ref REF           commit to audit (default: HEAD)
  --policy-ref REF    where the policy is read (default: the default branch's tip)
  --within DAYS       warn about items that expire within DAYS days (default: 30)
  --format FORMAT     text | json | sarif | markdown (default: text)
  --output FILE       write the report to FILE instead of standard output
  --mode MODE         enforce | warn (warn reports everything and exits 0)
  --now DATE          audit as of this ISO date (default: today)
  -h, --help          show this help

Exit codes: 0 nothing expired, 1 something expired or another error stands, 2 error or usage.
`,
  digest: `Usage: model-gate digest <file> [--repo DIR] [--artifacts] [--write]

Print the model digest (SPEC section 2) computed from the artifacts a manifest, model card or
ML-BOM declares, as they are in the working tree: the oid of a Git LFS pointer, else the
sha256 of the file's bytes. A manifest with unrelated errors is read all the same.

Options:
  --repo DIR      repository root (default: the git top level of the current directory)
  --artifacts     also print each artifact's digest
  --write         update the artifact digests in the manifest (after a retrain), keeping its
                  comments and layout, and list the evidence still bound to the old digest
                  with what to regenerate. Evidence bindings are never rewritten.
  -h, --help      show this help
`,
  validate: `Usage: model-gate validate <file>...
       model-gate validate --all

Check files against their schemas, each read as what it is: the policy file
(.github/model-gate.yml), or the declaration check reads it as under the working tree's policy
patterns: a model-gate/v1 manifest, a model card (a README that is not a card is skipped) or a
CycloneDX ML-BOM. A file no pattern covers is read by its content (kind: Policy, a model-gate/v1
header, a .md card, a .json BOM). For pre-commit hooks (.pre-commit-hooks.yaml): exits 1 when
any file has an error.

Options:
  --all           validate the policy file and every declaration the working tree's policy
                  names (files git would commit): for a hook under a custom policy
  -h, --help      show this help
`,
  init: `Usage: model-gate init [--repo DIR] [--force]

Write a starter policy (.github/model-gate.yml, extending the baseline), and a manifest for
every model already in the repository that no manifest declares: model files (one manifest
per folder) and models that only a model card or ML-BOM declares. Each has the artifacts'
real digests and leaves riskTier and type for you to choose (validation fails until you do).
With no model files, an example manifest (models/example.model.yaml). Existing files are
kept unless --force.

Options:
  --repo DIR      where to write (default: the current directory)
  --force         overwrite existing files
  -h, --help      show this help
`,
  explain: `Usage: model-gate explain [RULE...]

Print the documentation of each rule (as in docs/rules/RULE.md): what it checks, why, how to
fix it, and how waivers apply. Without a rule, list the rule ids.

Options:
  -h, --help      show this help
`,
};
