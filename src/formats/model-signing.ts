// OpenSSF Model Signing (sigstore/model-transparency): `model.sig` is a Sigstore bundle whose
// DSSE envelope carries an in-toto statement listing the digest of every file of the model.
// We check those digests against the files in the repository and verify the DSSE signature
// with @sigstore/* (no hand-written crypto), offline: no Rekor or Fulcio calls.
//
// Trust: a signature that verifies against a key the policy supplies, or against a certificate
// that chains to a CA the policy supplies, is `verified: "yes"`. A signature that only verifies
// against the certificate inside the bundle proves nothing about who signed (anyone can mint a
// certificate): `unverifiable`, reported as integrity/signature-unverified, and its identity
// cannot satisfy an allowed-signers list.
import { createHash, type KeyObject, X509Certificate as NodeX509 } from "node:crypto";
import { type Bundle, bundleFromJSON } from "@sigstore/bundle";
import { dsse, crypto as sigCrypto, X509Certificate } from "@sigstore/core";
import type { NewFinding } from "../core/findings.ts";
import { decodeText, own, quote, SHA256_HEX } from "./common.ts";

const PREDICATE_V1 = "https://model_signing/signature/v1.0";
const PREDICATE_V02 = "https://model_signing/Digests/v0.1";
const MAX_SIG_BYTES = 1024 * 1024;

/** Files model_signing never signs (its default ignore list), besides the signature itself. */
const DEFAULT_IGNORED = [".git", ".gitattributes", ".github", ".gitignore"];

interface TrustedKey {
  /** The signer identity this key stands for (what a policy's `signers` lists). */
  name: string;
  /** PEM public key (SPKI). */
  pem: string;
}

export interface SignatureCheckArgs {
  sigFile: string;
  sigBytes: Uint8Array;
  /** The model folder's files, relative to the signature's folder, with "sha256:<hex>" (or bare hex) digests. */
  files: { path: string; digest: string | null }[];
  /** Signer identities the policy allows: exact, or `*@example.com` for a whole domain. */
  allowedSigners?: string[];
  /** Public keys for key-based signatures. */
  trustedKeys?: TrustedKey[];
  /** PEM CA certificates a certificate-based signature must chain to. */
  trustedCertificates?: string[];
  /** Where findings point (the manifest line declaring the signature); defaults to the signature file. */
  at?: { file: string; line?: number };
  model?: string;
  /** Verification time for certificate validity (tests); defaults to now. */
  now?: Date;
}

/**
 * What verifying found wrong, as a fact (src/checks/signature.ts names the rule): the bundle is
 * unreadable or its signature does not verify ("invalid"), the signed digests differ from the
 * files ("mismatch"), it verifies only against its own certificate ("unverified"), or the signer
 * is not one the policy allows ("signer-not-allowed").
 */
export type SignatureProblemKind = "invalid" | "mismatch" | "unverified" | "signer-not-allowed";

/** One problem, where it points (the manifest line that declares the signature). */
type SignatureProblem = Omit<NewFinding, "ruleId"> & { kind: SignatureProblemKind };

type Push = (kind: SignatureProblemKind, message: string) => void;

export interface SignatureCheck {
  signer: string | null;
  verified: "yes" | "no" | "unverifiable";
  problems: SignatureProblem[];
  /** The signed files and digests, as read from the statement. */
  signed: Map<string, string>;
}

export async function checkModelSignature(args: SignatureCheckArgs): Promise<SignatureCheck> {
  const problems: SignatureProblem[] = [];
  const where = args.at ?? { file: args.sigFile };
  const push: Push = (kind, message) => {
    const f: SignatureProblem = { kind, message, file: where.file };
    if (where.line !== undefined) f.line = where.line;
    if (args.model) f.model = args.model;
    problems.push(f);
  };
  const fail = (message: string): SignatureCheck => {
    push("invalid", `${args.sigFile}: ${message}`);
    return { signer: null, verified: "no", problems, signed: new Map() };
  };

  if (args.sigBytes.byteLength > MAX_SIG_BYTES)
    return fail(`the signature file is over ${MAX_SIG_BYTES} bytes`);
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(compatible(JSON.parse(decodeText(args.sigBytes))));
  } catch (e) {
    return fail(`not a Sigstore bundle (${e instanceof Error ? e.message.slice(0, 200) : "unreadable"})`);
  }
  if (bundle.content.$case !== "dsseEnvelope")
    return fail("the bundle signs a message, not a DSSE envelope with a model statement");
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== "application/vnd.in-toto+json")
    return fail(`the envelope's payload type is ${quote(envelope.payloadType)}, not an in-toto statement`);
  if (envelope.signatures.length !== 1) return fail("the envelope must carry exactly one signature");

  const statement = readStatement(envelope.payload);
  if (typeof statement === "string") return fail(statement);

  // 1. The signature itself.
  const legacy = statement.legacy;
  const trust = verifySignature(bundle, args, legacy, push);

  // 2. The signed digests against the repository's files.
  compareDigests(statement, args, push);

  // 3. Who signed, and whether the policy allows them.
  const allowed = args.allowedSigners ?? [];
  if (allowed.length > 0 && trust.verified !== "no") {
    if (trust.verified !== "yes")
      push(
        "signer-not-allowed",
        `${args.sigFile}: the signer ${trust.signer ? quote(trust.signer) : "(unknown)"} could not be verified offline, so it cannot satisfy the policy's signers (${allowed.join(", ")}); supply the signing key or CA in the policy`,
      );
    else if (!trust.signer || !allowed.some((a) => signerMatches(a, trust.signer!)))
      push(
        "signer-not-allowed",
        `${args.sigFile}: signed by ${trust.signer ? quote(trust.signer) : "an unidentified signer"}, which is not among the policy's signers (${allowed.join(", ")})`,
      );
  }
  return { signer: trust.signer, verified: trust.verified, problems, signed: statement.digests };
}

/**
 * model_signing writes PKI certificate chains into bundles labelled v0.3, a combination the
 * Sigstore bundle spec only allows up to v0.2 (v0.3 wants a single leaf certificate). Read such a
 * bundle as v0.2 so its signature can still be checked; everything else is validated as written.
 */
function compatible(json: unknown): unknown {
  const material = own(json, "verificationMaterial");
  if (own(json, "mediaType") === BUNDLE_V03 && own(material, "x509CertificateChain") !== undefined)
    return { ...(json as object), mediaType: BUNDLE_V02 };
  return json;
}
const BUNDLE_V03 = "application/vnd.dev.sigstore.bundle.v0.3+json";
const BUNDLE_V02 = "application/vnd.dev.sigstore.bundle+json;version=0.2";

interface Statement {
  digests: Map<string, string>;
  ignored: string[];
  /** model_signing v0.2 (predicate Digests/v0.1): its signatures do not follow DSSE's PAE as we can check it. */
  legacy: boolean;
}

function readStatement(payload: Buffer): Statement | string {
  let st: unknown;
  try {
    st = JSON.parse(payload.toString("utf8"));
  } catch {
    return "the signed payload is not JSON";
  }
  if (own(st, "_type") !== "https://in-toto.io/Statement/v1")
    return "the signed payload is not an in-toto v1 statement";
  const type = own(st, "predicateType");
  const digests = new Map<string, string>();
  if (type === PREDICATE_V1) {
    const predicate = own(st, "predicate");
    const ser = own(predicate, "serialization");
    if (own(ser, "method") !== "files")
      return `the model was serialized with method ${quote(own(ser, "method"))}; only per-file digests ("files") can be compared`;
    const resources = own(predicate, "resources");
    if (!Array.isArray(resources)) return "the statement lists no resources";
    for (const r of resources) {
      const name = own(r, "name");
      const digest = String(own(r, "digest") ?? "").toLowerCase();
      if (typeof name !== "string" || own(r, "algorithm") !== "sha256" || !SHA256_HEX.test(digest))
        return `resource ${quote(name)} is not a sha256 file digest`;
      if (digests.has(name)) return `resource ${quote(name)} is listed twice`;
      digests.set(name, digest);
    }
    // The subject digest is sha256 over the resource digests in name order: it must agree.
    const subject = String(own(own(firstOf(own(st, "subject")), "digest"), "sha256") ?? "");
    const names = [...digests.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const combined = createHash("sha256");
    for (const n of names) combined.update(Buffer.from(digests.get(n)!, "hex"));
    if (combined.digest("hex") !== subject)
      return "the statement's subject digest does not match its resources";
    const ignored = own(ser, "ignore_paths");
    return {
      digests,
      ignored: Array.isArray(ignored) ? ignored.filter((s): s is string => typeof s === "string") : [],
      legacy: false,
    };
  }
  if (type === PREDICATE_V02) {
    const subjects = own(st, "subject");
    if (!Array.isArray(subjects)) return "the statement lists no subjects";
    for (const s of subjects) {
      const name = own(s, "name");
      const digest = String(own(own(s, "digest"), "sha256") ?? "").toLowerCase();
      if (typeof name !== "string" || !SHA256_HEX.test(digest))
        return `subject ${quote(name)} has no sha256 digest`;
      if (digests.has(name)) return `subject ${quote(name)} is listed twice`;
      digests.set(name, digest);
    }
    return { digests, ignored: [], legacy: true };
  }
  return `predicate type ${quote(type)} is not an OpenSSF Model Signing statement`;
}

function firstOf(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : undefined;
}

function compareDigests(statement: Statement, args: SignatureCheckArgs, push: Push) {
  const sigName = args.sigFile.split("/").pop() ?? "model.sig";
  const ignored = [...DEFAULT_IGNORED, ...statement.ignored, sigName];
  const isIgnored = (p: string) => ignored.some((i) => p === i || p.startsWith(`${i}/`));
  const present = new Map<string, string | null>();
  for (const f of args.files) {
    const d = f.digest?.toLowerCase().replace(/^sha256:/, "") ?? null;
    present.set(f.path, d);
  }
  const problems: string[] = [];
  for (const [name, digest] of statement.digests) {
    if (!present.has(name)) problems.push(`${quote(name)} is signed but not in the repository`);
    else {
      const actual = present.get(name);
      if (actual === null) problems.push(`${quote(name)} could not be hashed`);
      else if (actual !== undefined && actual !== digest)
        problems.push(
          `${quote(name)} has sha256 ${actual.slice(0, 12)}…, the signature says ${digest.slice(0, 12)}…`,
        );
    }
  }
  for (const path of present.keys())
    if (!statement.digests.has(path) && !isIgnored(path))
      problems.push(`${quote(path)} is in the model folder but not signed`);
  if (problems.length > 0)
    push(
      "mismatch",
      `${args.sigFile}: the signed files do not match the repository: ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? `; and ${problems.length - 5} more` : ""}. Re-sign the model after changing its files.`,
    );
}

interface Trust {
  signer: string | null;
  verified: "yes" | "no" | "unverifiable";
}

/** DSSE: the signature is over PAE(payloadType, payload), hashed as the key's curve requires. */
function dsseVerifies(bundle: Bundle, key: KeyObject): boolean {
  if (bundle.content.$case !== "dsseEnvelope") return false;
  const env = bundle.content.dsseEnvelope;
  const sig = env.signatures[0]?.sig;
  if (!sig) return false;
  const pae = dsse.preAuthEncoding(env.payloadType, Buffer.from(env.payload));
  try {
    return sigCrypto.verify(pae, key, Buffer.from(sig), hashFor(key));
  } catch {
    return false;
  }
}

function hashFor(key: KeyObject): string | undefined {
  if (key.asymmetricKeyType === "ed25519" || key.asymmetricKeyType === "ed448") return undefined;
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (curve === "secp384r1") return "sha384";
  if (curve === "secp521r1") return "sha512";
  return "sha256";
}

function verifySignature(bundle: Bundle, args: SignatureCheckArgs, legacy: boolean, push: Push): Trust {
  const verifies = (key: KeyObject) => dsseVerifies(bundle, key);
  const material = bundle.verificationMaterial.content;
  if (material.$case === "publicKey") {
    const keys = args.trustedKeys ?? [];
    for (const k of keys) {
      let key: KeyObject;
      try {
        key = sigCrypto.createPublicKey(k.pem);
      } catch {
        continue; // a malformed policy key is the policy loader's finding
      }
      if (verifies(key)) return { signer: k.name, verified: "yes" };
    }
    if (keys.length === 0) {
      push(
        "unverified",
        `${args.sigFile}: the signature names a public key (hint ${material.publicKey.hint.slice(0, 16)}…) that the policy does not supply; add it to the policy's trusted keys to verify it`,
      );
      return { signer: null, verified: "unverifiable" };
    }
    push("invalid", `${args.sigFile}: the signature does not verify with any of the policy's trusted keys`);
    return { signer: null, verified: "no" };
  }

  const certs =
    material.$case === "certificate"
      ? [material.certificate.rawBytes]
      : material.$case === "x509CertificateChain"
        ? material.x509CertificateChain.certificates.map((c) => c.rawBytes)
        : [];
  if (certs.length === 0) {
    push("invalid", `${args.sigFile}: the bundle carries no certificate or key`);
    return { signer: null, verified: "no" };
  }
  let leaf: X509Certificate;
  let key: KeyObject;
  try {
    leaf = X509Certificate.parse(Buffer.from(certs[0]!) as Buffer<ArrayBuffer>);
    key = sigCrypto.createPublicKey(leaf.publicKey, "spki");
  } catch {
    push("invalid", `${args.sigFile}: the signing certificate cannot be parsed`);
    return { signer: null, verified: "no" };
  }
  if (!verifies(key)) {
    if (legacy) {
      // Fail closed without crying wolf: an old-format signature we cannot check never counts as
      // verified, but it is not evidence of tampering either.
      push(
        "unverified",
        `${args.sigFile}: this is a model_signing v0.2 signature (predicate ${PREDICATE_V02}), whose signature encoding cannot be checked; re-sign the model with model_signing 1.x`,
      );
      return { signer: identityOf(leaf, certs[0]!), verified: "unverifiable" };
    }
    push(
      "invalid",
      `${args.sigFile}: the signature does not verify with the key of its certificate; the statement was changed after signing`,
    );
    return { signer: null, verified: "no" };
  }
  const signer = identityOf(leaf, certs[0]!);
  const cas = args.trustedCertificates ?? [];
  if (cas.length > 0) {
    const chain = chainsTo(leaf, certs.slice(1), cas, args.now ?? new Date());
    if (chain === true) return { signer, verified: "yes" };
    push("invalid", `${args.sigFile}: the signing certificate ${chain}`);
    return { signer, verified: "no" };
  }
  const sigstore = bundle.verificationMaterial.tlogEntries.length > 0;
  push(
    "unverified",
    sigstore
      ? `${args.sigFile}: the signature matches its Sigstore certificate (${signer ?? "no identity"}), but the Fulcio chain and the Rekor log entry were not checked offline`
      : `${args.sigFile}: the signature matches its certificate (${signer ?? "no identity"}), but the certificate chain was not checked; add the signing CA to the policy to verify it`,
  );
  return { signer, verified: "unverifiable" };
}

/** SAN (email or URI) of a Fulcio-style certificate, else the subject's CN / DN. */
function identityOf(cert: X509Certificate, der: Buffer): string | null {
  const san = cert.subjectAltName;
  if (san) return san;
  try {
    const subject = new NodeX509(der).subject;
    const cn = /(?:^|\n)CN=([^\n]+)/.exec(subject);
    return cn ? cn[1]! : subject.replace(/\n/g, ", ") || null;
  } catch {
    return null;
  }
}

/** true when leaf -> intermediates -> one of the trusted CAs verifies and all are valid now; else why not. */
function chainsTo(
  leaf: X509Certificate,
  intermediates: Buffer[],
  trustedPems: string[],
  now: Date,
): true | string {
  let anchors: X509Certificate[];
  try {
    anchors = trustedPems.map((p) => X509Certificate.parse(p));
  } catch {
    return "cannot be checked: a trusted CA certificate in the policy cannot be parsed";
  }
  let pool: X509Certificate[];
  try {
    pool = intermediates.map((d) => X509Certificate.parse(Buffer.from(d) as Buffer<ArrayBuffer>));
  } catch {
    return "cannot be checked: a certificate in the bundle's chain cannot be parsed";
  }
  let current = leaf;
  for (let depth = 0; depth < 8; depth++) {
    if (!current.validForDate(now)) return "is expired or not yet valid";
    const anchor = anchors.find((a) => safeVerify(current, a));
    if (anchor) return anchor.validForDate(now) ? true : "chains to a trusted CA that is expired";
    const next = pool.find((p) => p.isCA && !p.equals(current) && safeVerify(current, p));
    if (!next) return "does not chain to a CA the policy trusts";
    current = next;
  }
  return "has a chain that is too long";
}

function safeVerify(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.verify(issuer);
  } catch {
    return false;
  }
}

export function signerMatches(pattern: string, signer: string): boolean {
  const p = pattern.toLowerCase();
  const s = signer.toLowerCase();
  if (p.startsWith("*@")) return s.endsWith(p.slice(1)) && s.indexOf("@") === s.length - p.length + 1;
  return p === s;
}
