import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/repo/paths.ts
function normaliseRepoPath(raw, baseDir = "") {
  if (typeof raw !== "string" || raw.length === 0) return { ok: false, reason: "the path is empty" };
  if (raw.length > 4096) return { ok: false, reason: "the path is longer than 4096 characters" };
  if (/[\u0000-\u001f\u007f]/.test(raw)) return { ok: false, reason: "the path contains control characters" };
  if (/%(2e|2f|5c)/i.test(raw))
    return { ok: false, reason: "the path contains URL-encoded separators or dots" };
  if (raw.includes("\\")) return { ok: false, reason: "the path contains a backslash; use '/'" };
  if (raw.startsWith("/") || /^[a-zA-Z]:/.test(raw) || raw.startsWith("~"))
    return { ok: false, reason: "the path is absolute; write it relative to the repository root" };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw))
    return { ok: false, reason: "the path is a URL, not a file in the repository" };
  const joined = baseDir ? `${baseDir}/${raw}` : raw;
  const out = [];
  for (const seg of joined.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length === 0) return { ok: false, reason: "the path leaves the repository" };
      out.pop();
      continue;
    }
    out.push(seg);
  }
  if (out.length === 0) return { ok: false, reason: "the path names the repository root" };
  if (out[0] === ".git") return { ok: false, reason: "the path points into .git" };
  return { ok: true, path: out.join("/") };
}
function dirOf(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

export {
  normaliseRepoPath,
  dirOf
};
