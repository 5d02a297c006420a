// Which Python globals a pickle may import: allow-list first (SPEC 9). A global is denied when
// any dotted suffix of its full path hits the deny list (globals/deny.ts): pickle resolves
// dotted names attribute by attribute, so `pathlib.os.system` is `os.system` and
// `__future__._ssl.RAND_bytes` reaches `_ssl`. Otherwise it is allowed when the built-in list
// (globals/allow.ts) or the base policy's scan.allowGlobals names it; anything else is unknown,
// which the scanner reports as an error too. A deny entry always wins.
import { ALLOW, builtInAllowed } from "./globals/allow.ts";
import { DENY, type DenyEntry } from "./globals/deny.ts";

export type GlobalVerdict = "dangerous" | "safe" | "unknown";

const DENY_BY_MODULE = new Map<string, DenyEntry[]>();
for (const e of DENY) DENY_BY_MODULE.set(e.module, [...(DENY_BY_MODULE.get(e.module) ?? []), e]);

/** Python 2 module names pickles may still carry (pickle's _compat_pickle IMPORT_MAPPING). */
const COMPAT: Record<string, string> = {
  __builtin__: "builtins",
  exceptions: "builtins",
  copy_reg: "copyreg",
  commands: "subprocess",
  cPickle: "pickle",
  _winreg: "winreg",
  urllib2: "urllib.request",
  httplib: "http.client",
  thread: "_thread",
  dummy_thread: "_dummy_thread",
  xmlrpclib: "xmlrpc.client",
  SocketServer: "socketserver",
  UserDict: "collections",
  StringIO: "io",
  cStringIO: "io",
};

/** Python 2 builtins renamed in Python 3 (_compat_pickle NAME_MAPPING). */
const COMPAT_BUILTINS: Record<string, string> = {
  xrange: "range",
  unicode: "str",
  long: "int",
  unichr: "chr",
  basestring: "str",
  intern: "sys.intern",
  reduce: "functools.reduce",
};

/** The full dotted path Python 3 resolves (module mapped as protocol 0-2 loaders do). */
function resolved(module: string, name: string): string {
  const m = Object.hasOwn(COMPAT, module) ? (COMPAT[module] as string) : module;
  if (m === "builtins" && Object.hasOwn(COMPAT_BUILTINS, name)) {
    const n = COMPAT_BUILTINS[name] as string;
    return n.includes(".") ? n : `builtins.${n}`;
  }
  return `${m}.${name}`;
}

/** Name parts like __class__ or __globals__ reach into interpreter internals. */
function hasDunderPart(path: string): boolean {
  return path.split(".").some((p) => p.length > 4 && p.startsWith("__") && p.endsWith("__"));
}

/**
 * The deny entry any dotted suffix of `path` hits, or null. A suffix hit inside a path on the
 * built-in allow list is a real submodule that shares a denied name (numpy.random._pickle), not
 * an attribute leading to the denied module: only the whole path counts there.
 */
function denyEntryOf(path: string): DenyEntry | null {
  const parts = path.split(".");
  const vetted = ALLOW.has(path);
  for (let i = 0; i < (vetted ? 1 : parts.length); i++) {
    let module = "";
    for (let k = i; k < parts.length; k++) {
      module = k === i ? (parts[k] as string) : `${module}.${parts[k]}`;
      const entries = DENY_BY_MODULE.get(module);
      if (!entries) continue;
      const rest = parts.slice(k + 1).join(".");
      for (const e of entries) {
        if (e.names === "*") {
          if (rest !== "" && e.except?.includes(rest)) continue;
          return e;
        }
        if (e.names.some((n) => rest === n || rest.startsWith(`${n}.`))) return e;
      }
    }
  }
  return null;
}

export interface GlobalJudgement {
  verdict: GlobalVerdict;
  /** For "dangerous": what the global can do. */
  why?: string;
}

/** The policy's scan.allowGlobals: "module.Name" (exact) or "module.*" (the module and below). */
function policyAllows(path: string, allowGlobals: readonly string[]): boolean {
  for (const a of allowGlobals) {
    if (a.endsWith(".*") ? path.startsWith(a.slice(0, -1)) : path === a) return true;
  }
  return false;
}

export function judgeGlobal(
  rawModule: string,
  name: string,
  allowGlobals: readonly string[] = [],
): GlobalJudgement {
  // Python's import stops at a NUL: "os\0anything" imports os.
  const module = (rawModule.split("\0")[0] as string).trim();
  if (module === "" || name === "") return { verdict: "dangerous", why: "has an empty module or name" };
  const raw = `${module}.${name}`;
  const path = resolved(module, name);
  if (hasDunderPart(name) && !(path === "copyreg.__newobj__" || path === "copyreg.__newobj_ex__"))
    return { verdict: "dangerous", why: "reaches interpreter internals through a dunder attribute" };
  const denied = denyEntryOf(path) ?? (raw === path ? null : denyEntryOf(raw));
  if (denied) return { verdict: "dangerous", why: denied.why };
  const dot = path.lastIndexOf(".");
  if (builtInAllowed(path.slice(0, dot), path.slice(dot + 1))) return { verdict: "safe" };
  if (policyAllows(path, allowGlobals) || policyAllows(raw, allowGlobals)) return { verdict: "safe" };
  return { verdict: "unknown" };
}

export function classifyGlobal(
  rawModule: string,
  name: string,
  allowGlobals?: readonly string[],
): GlobalVerdict {
  return judgeGlobal(rawModule, name, allowGlobals).verdict;
}
