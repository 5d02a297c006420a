// One compliant high-risk LLM manifest, shared by the engine tests (in memory, fixed clock) and
// the Action tests (real repositories, real clock). Callers say where its files live.
import { createHash } from "node:crypto";

const OWASP = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [`LLM${String(i + 1).padStart(2, "0")}`, "mitigated"]),
);

export interface CompliantOptions {
  name: string;
  digest: string;
  tier?: "minimal" | "limited" | "high";
  owner?: string;
  version?: string;
  artifact: string;
  riskReport: string;
  evidence: string;
  /** The date n days before the test's clock. */
  daysAgo: (n: number) => string;
}

// biome-ignore lint/suspicious/noExplicitAny: test manifests are mutated freely
export function compliantManifest(o: CompliantOptions): any {
  const tier = o.tier ?? "high";
  return {
    apiVersion: "model-gate/v1",
    kind: "ModelManifest",
    metadata: { name: o.name, version: o.version ?? "1.0.0", owner: o.owner ?? "ml-platform" },
    spec: {
      type: "llm",
      riskTier: tier,
      environments: ["api", "cloud"],
      artifacts: [{ path: o.artifact, digest: o.digest }],
      riskAssessment: {
        report: o.riskReport,
        tier,
        assessedBy: "alice",
        date: o.daysAgo(10),
        modelDigest: o.digest,
        frameworks: { "owasp-llm-2025": { ...OWASP } },
      },
      adversarialTests: [{ tool: "garak", report: o.evidence, modelDigest: o.digest, date: o.daysAgo(3) }],
      datasets: [
        {
          name: "support-tickets-2025",
          role: "fine-tuning",
          source: "s3://datasets/support-tickets-2025",
          license: "CC-BY-4.0",
          digest: `sha256:${createHash("sha256").update("data").digest("hex")}`,
          vetted: { by: "bob", date: o.daysAgo(30) },
          personalData: false,
        },
      ],
      controls: {
        encryption: { atRest: true, inTransit: true },
        inferenceLogging: { enabled: true, retentionDays: 180 },
        monitoring: { anomalyAlerts: true, driftDetection: true },
        inputValidation: true,
        outputSanitization: true,
        rateLimit: { requestsPerMinute: 600 },
        isolation: "container",
      },
      evaluation: { date: o.daysAgo(10), metrics: { accuracy: 0.97 } },
    },
  };
}
