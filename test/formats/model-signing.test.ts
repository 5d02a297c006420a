import { createHash, X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkModelSignature, signerMatches } from "../../src/formats/model-signing.ts";
import { corpusBytes, corpusFiles, enc } from "./corpus.ts";

const MS = "model-signing";
const sha = (b: Uint8Array) => `sha256:${createHash("sha256").update(b).digest("hex")}`;
/** The folder's files other than the signature, hashed as the engine would. */
function repoFiles(folder: string) {
  return corpusFiles(`${MS}/${folder}`)
    .filter((n) => n !== "model.sig")
    .map((n) => ({ path: n, digest: sha(corpusBytes(`${MS}/${folder}/${n}`)) }));
}
const sig = (folder: string) => corpusBytes(`${MS}/${folder}/model.sig`);
const check = (folder: string, extra: object = {}) =>
  checkModelSignature({
    sigFile: `${folder}/model.sig`,
    sigBytes: sig(folder),
    files: repoFiles(folder),
    ...extra,
  });

// The certificate samples carry their chain: [signing cert, intermediate CA]. Their signing key
// is also the key of the elliptic-key sample (model-transparency signs all with one test key).
const chain = JSON.parse(new TextDecoder().decode(sig("v1.1.0-certificate"))).verificationMaterial
  .x509CertificateChain.certificates as { rawBytes: string }[];
const leafCert = new X509Certificate(Buffer.from(chain[0]!.rawBytes, "base64"));
const caPem = new X509Certificate(Buffer.from(chain[1]!.rawBytes, "base64")).toString();
const testKeyPem = leafCert.publicKey.export({ type: "spki", format: "pem" }) as string;
const otherKeyPem = new X509Certificate(Buffer.from(chain[1]!.rawBytes, "base64")).publicKey.export({
  type: "spki",
  format: "pem",
}) as string;

describe("OpenSSF model signing: every corpus folder", () => {
  it("covers the 5 corpus folders", () => {
    expect(corpusFiles(MS)).toHaveLength(5);
  });

  it.each(corpusFiles(MS))("%s: the signed digests are the sha256 of the signme files", async (folder) => {
    const r = await check(folder);
    const signed = Object.fromEntries([...r.signed].map(([k, v]) => [k, `sha256:${v}`]));
    const actual = Object.fromEntries(
      repoFiles(folder)
        .filter((f) => f.path.startsWith("signme"))
        .map((f) => [f.path, f.digest]),
    );
    expect(signed).toEqual(actual);
    expect(r.problems.filter((f) => f.kind === "mismatch")).toEqual([]);
    expect(r.verified).not.toBe("no");
  });

  it.each(corpusFiles(MS))("%s: one tampered byte is a signature-mismatch", async (folder) => {
    const files = repoFiles(folder).map((f) => {
      if (f.path !== "signme-1") return f;
      const bytes = new Uint8Array(corpusBytes(`${MS}/${folder}/signme-1`));
      bytes[0]! ^= 1;
      return { path: f.path, digest: sha(bytes) };
    });
    const r = await checkModelSignature({ sigFile: `${folder}/model.sig`, sigBytes: sig(folder), files });
    const f = r.problems.find((x) => x.kind === "mismatch");
    expect(f?.message).toContain('"signme-1" has sha256');
  });

  it("an unsigned extra file and a missing signed file are mismatches; ignore-me is ignored", async () => {
    const files = [
      ...repoFiles("v1.1.0-sigstore").filter((f) => f.path !== "signme-2"),
      { path: "extra.bin", digest: sha(enc("x")) },
    ];
    const r = await checkModelSignature({ sigFile: "m/model.sig", sigBytes: sig("v1.1.0-sigstore"), files });
    const msg = r.problems.find((x) => x.kind === "mismatch")?.message ?? "";
    expect(msg).toContain('"signme-2" is signed but not in the repository');
    expect(msg).toContain('"extra.bin" is in the model folder but not signed');
    expect(msg).not.toContain("ignore-me");
  });

  it.each(["v1.0.0-sigstore", "v1.1.0-sigstore"])(
    "%s: Sigstore signature checks against its certificate; chain is unverified offline",
    async (folder) => {
      const r = await check(folder);
      expect(r).toMatchObject({ signer: "stefanb@us.ibm.com", verified: "unverifiable" });
      expect(r.problems.map((f) => f.kind)).toEqual(["unverified"]);
    },
  );

  it("an unverified identity cannot satisfy an allowed-signers list, even when it matches", async () => {
    const r = await check("v1.1.0-sigstore", { allowedSigners: ["stefanb@us.ibm.com"] });
    expect(r.problems.map((f) => f.kind)).toContain("signer-not-allowed");
  });

  it("v1.1.0-certificate: verified when the policy trusts the intermediate CA", async () => {
    const r = await check("v1.1.0-certificate", {
      trustedCertificates: [caPem],
      now: new Date("2026-01-01"),
    });
    expect(r).toMatchObject({ verified: "yes", signer: "intermediate-ca", problems: [] });
  });

  it("v1.1.0-certificate: a CA that did not issue the certificate is signature-invalid", async () => {
    const r = await check("v1.1.0-certificate", {
      trustedCertificates: [leafCert.toString()],
      now: new Date("2026-01-01"),
    });
    expect(r.verified).toBe("no");
    expect(r.problems[0]?.message).toContain("does not chain to a CA the policy trusts");
  });

  it("v1.1.0-certificate without a trusted CA: unverifiable, a warning", async () => {
    const r = await check("v1.1.0-certificate");
    expect(r.verified).toBe("unverifiable");
    expect(r.problems.map((f) => f.kind)).toEqual(["unverified"]);
  });

  it("v0.2.0-certificate (legacy Digests/v0.1 statement): digests compared, signature unverifiable", async () => {
    const r = await check("v0.2.0-certificate");
    expect(r.verified).toBe("unverifiable");
    expect(r.problems[0]?.message).toContain("v0.2 signature");
  });

  it("v1.1.0-elliptic-key: verified with the policy's key, and the key's name is the signer", async () => {
    const r = await check("v1.1.0-elliptic-key", {
      trustedKeys: [{ name: "release-key", pem: testKeyPem }],
      allowedSigners: ["release-key"],
    });
    expect(r).toMatchObject({ verified: "yes", signer: "release-key", problems: [] });
    const other = await check("v1.1.0-elliptic-key", {
      trustedKeys: [{ name: "release-key", pem: testKeyPem }],
      allowedSigners: ["ci-key"],
    });
    expect(other.problems.map((f) => f.kind)).toEqual(["signer-not-allowed"]);
  });

  it("v1.1.0-elliptic-key: the wrong key is signature-invalid, no key is unverifiable", async () => {
    const wrong = await check("v1.1.0-elliptic-key", { trustedKeys: [{ name: "k", pem: otherKeyPem }] });
    expect(wrong.verified).toBe("no");
    expect(wrong.problems.map((f) => f.kind)).toEqual(["invalid"]);
    const none = await check("v1.1.0-elliptic-key");
    expect(none.verified).toBe("unverifiable");
  });

  it("a statement changed after signing (a digest swapped) is signature-invalid", async () => {
    const bundle = JSON.parse(new TextDecoder().decode(sig("v1.1.0-certificate")));
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, "base64").toString());
    const evil = sha(enc("evil")).slice(7);
    statement.predicate.resources[0].digest = evil;
    const names = statement.predicate.resources.map((r: { digest: string }) => Buffer.from(r.digest, "hex"));
    statement.subject[0].digest.sha256 = createHash("sha256").update(Buffer.concat(names)).digest("hex");
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString("base64");
    const files = repoFiles("v1.1.0-certificate").map((f) =>
      f.path === "signme-1" ? { ...f, digest: `sha256:${evil}` } : f,
    );
    const r = await checkModelSignature({
      sigFile: "m/model.sig",
      sigBytes: enc(JSON.stringify(bundle)),
      files,
    });
    expect(r.verified).toBe("no");
    expect(r.problems.map((f) => f.kind)).toEqual(["invalid"]);
  });

  it("a subject digest that disagrees with the resources is signature-invalid", async () => {
    const bundle = JSON.parse(new TextDecoder().decode(sig("v1.1.0-sigstore")));
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, "base64").toString());
    statement.predicate.resources.pop();
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString("base64");
    const r = await checkModelSignature({
      sigFile: "m/model.sig",
      sigBytes: enc(JSON.stringify(bundle)),
      files: [],
    });
    expect(r.problems[0]?.message).toContain("subject digest does not match");
  });

  it.each([
    ["not JSON", "{"],
    ["not a bundle", '{"a": 1}'],
    ["__proto__", '{"__proto__": {"x": 1}}'],
  ])("%s is signature-invalid, never an exception", async (_, text) => {
    const r = await checkModelSignature({
      sigFile: "m/model.sig",
      sigBytes: enc(text),
      files: [],
      at: { file: "m.model.yaml", line: 7 },
      model: "m",
    });
    expect(r).toMatchObject({
      verified: "no",
      problems: [{ kind: "invalid", file: "m.model.yaml", line: 7, model: "m" }],
    });
  });

  it("signer patterns: exact or a whole domain", () => {
    expect(signerMatches("*@example.com", "alice@example.com")).toBe(true);
    expect(signerMatches("*@example.com", "alice@evil-example.com")).toBe(false);
    expect(signerMatches("*@example.com", "a@b@example.com")).toBe(false);
    expect(signerMatches("Alice@Example.com", "alice@example.com")).toBe(true);
  });
});
