// The built-in deny list: Python globals whose import lets a pickle run code, spawn processes,
// touch files or the network, load another pickle, or switch a scanner off. A deny entry always
// wins over an allow (built-in or the policy's scan.allowGlobals), and it matches at every
// dotted component of an import (pickle-globals.ts): `pathlib.os.system` is `os.system`.
//
// `from` names where an entry comes from, so that the peers' lists can be checked against this
// one (test/safety/pickle-peers.test.ts): picklescan = mmaitre314/picklescan `_unsafe_globals`;
// modelscan = protectai/modelscan `unsafe_globals`; fickling = trailofbits/fickling
// `UNSAFE_IMPORTS` (whole modules); fickling-ml = fickling's `UnsafeImportsML`; model-gate = ours.

type DenySource = "picklescan" | "modelscan" | "fickling" | "fickling-ml" | "model-gate";

export interface DenyEntry {
  /** A dotted module path (or a single component, which then matches anywhere in a path). */
  module: string;
  /** "*": the module itself, everything in it and its submodules. Otherwise names in it. */
  names: "*" | readonly string[];
  /** With "*": the names that stay allowed, for a package whose only safe parts are these. */
  except?: readonly string[];
  /** What it can do, for the message. */
  why: string;
  from: readonly DenySource[];
}

const RUN = "runs commands or code";
const FILES = "reads or writes files";
const NET = "reaches the network";
const IMPORTS = "imports or resolves any module";
const NESTED = "loads another pickle";
const ATTR = "reaches any attribute or callable";
const SCANNER = "switches off or fools a model scanner";

/** The builtins a pickle may use: type constructors and pure functions (fickling's SAFE_BUILTINS, without pow, a compute bomb). */
export const SAFE_BUILTINS: readonly string[] = [
  "bool",
  "int",
  "float",
  "complex",
  "str",
  "bytes",
  "bytearray",
  "list",
  "tuple",
  "set",
  "frozenset",
  "dict",
  "len",
  "abs",
  "sum",
  "min",
  "max",
  "round",
  "divmod",
  "sorted",
  "reversed",
  "enumerate",
  "zip",
  "range",
  "map",
  "filter",
  "slice",
  "iter",
  "next",
  "all",
  "any",
  "hash",
  "id",
  "repr",
  "ascii",
  "bin",
  "hex",
  "oct",
  "ord",
  "chr",
  "isinstance",
  "issubclass",
  "object",
  "callable",
  "format",
  // ours: constants that pickle by name
  "Ellipsis",
  "NotImplemented",
];

/** joblib's array containers: the only joblib names its pickles need. */
export const JOBLIB_CLASSES: readonly string[] = [
  "numpy_pickle.NumpyArrayWrapper",
  "numpy_pickle_compat.NDArrayWrapper",
  "numpy_pickle_compat.ZNDArrayWrapper",
];

const d = (
  module: string,
  names: "*" | readonly string[],
  why: string,
  from: readonly DenySource[],
  except?: readonly string[],
): DenyEntry => (except ? { module, names, why, from, except } : { module, names, why, from });

const ALL = ["picklescan", "modelscan", "fickling"] as const;
const PF = ["picklescan", "fickling"] as const;
const F = ["fickling"] as const;
const P = ["picklescan"] as const;
const FML = ["fickling-ml"] as const;
const G = ["model-gate"] as const;

export const DENY: readonly DenyEntry[] = [
  // Builtins: everything but the safe ones (eval, exec, compile, getattr, open, __import__...).
  d("builtins", "*", `${RUN} or ${ATTR}`, ALL, SAFE_BUILTINS),
  d("__builtins__", "*", `${RUN} or ${ATTR}`, F, SAFE_BUILTINS),
  d("eval", "*", RUN, F),
  d("exec", "*", RUN, F),
  d("compile", "*", RUN, F),
  d("execfile", "*", RUN, G),
  d("apply", "*", RUN, G),
  d("__import__", "*", IMPORTS, G),
  // Processes and the operating system.
  d("os", "*", RUN, ALL),
  d("posix", "*", RUN, ALL),
  d("nt", "*", RUN, ALL),
  d("subprocess", "*", RUN, ALL),
  d("_posixsubprocess", "*", RUN, F),
  d("commands", "*", RUN, PF),
  d("sys", "*", `${RUN} or ${IMPORTS}`, ALL),
  d("pty", "*", RUN, ALL),
  d("pexpect", "*", RUN, F),
  d("pipes", "*", RUN, F),
  d("multiprocessing", "*", RUN, F),
  d("_multiprocessing", "*", RUN, G),
  d("_posixshmem", "*", FILES, G),
  d("signal", "*", RUN, F),
  d("_signal", "*", RUN, F),
  d("threading", "*", RUN, F),
  d("_thread", "*", RUN, F),
  d("atexit", "*", RUN, F),
  d("_winapi", "*", RUN, G),
  d("winreg", "*", FILES, G),
  d("_winreg", "*", FILES, G),
  d("msvcrt", "*", RUN, G),
  d("resource", "*", RUN, G),
  d("fcntl", "*", FILES, G),
  d("termios", "*", RUN, G),
  d("_osx_support", "*", RUN, PF),
  d("_aix_support", "*", RUN, PF),
  d("_pyrepl", "*", RUN, P),
  d("uuid", "*", RUN, PF, ["UUID", "SafeUUID"]),
  d("webbrowser", "*", RUN, ALL),
  d("platform", "*", RUN, F),
  // Code execution, compilation, interpreters.
  d("runpy", "*", RUN, ALL),
  d("code", "*", RUN, PF),
  d("codeop", "*", RUN, F),
  d("marshal", "*", RUN, F),
  d("types", "*", RUN, PF),
  d("doctest", "*", RUN, PF),
  d("_interpreters", "*", RUN, F),
  d("_xxsubinterpreters", "*", RUN, F),
  d("interpreters", "*", RUN, G),
  d("concurrent", "*", RUN, G),
  d("cProfile", "*", RUN, PF),
  d("profile", "*", RUN, PF),
  d("_lsprof", "*", RUN, G),
  d("pdb", "*", RUN, ALL),
  d("bdb", "*", RUN, ALL),
  d("timeit", "*", RUN, PF),
  d("trace", "*", RUN, PF),
  d("pydoc", "*", `${RUN} or ${IMPORTS}`, PF),
  d("inspect", "*", ATTR, F),
  d("gc", "*", ATTR, F),
  d("site", "*", RUN, F),
  d("sitecustomize", "*", RUN, G),
  d("unittest", "*", RUN, F),
  d("test", "*", RUN, PF),
  d("idlelib", "*", RUN, PF),
  d("lib2to3", "*", RUN, PF),
  d("tkinter", "*", RUN, G),
  d("_tkinter", "*", RUN, G),
  d("turtle", "*", RUN, G),
  d("compileall", "*", RUN, F),
  d("py_compile", "*", RUN, F),
  d("operator", "*", ATTR, ALL),
  d("_operator", "*", ATTR, PF),
  d("functools", "*", ATTR, PF),
  d("_functools", "*", ATTR, G),
  d("copyreg", ["add_extension"], IMPORTS, G),
  d("copy", "*", ATTR, G),
  d("ctypes", "*", RUN, PF),
  d("_ctypes", "*", RUN, F),
  d("cffi", "*", RUN, G),
  d("asyncio", "*", RUN, ALL),
  // Imports.
  d("importlib", "*", IMPORTS, F),
  d("_frozen_importlib", "*", IMPORTS, F),
  d("_frozen_importlib_external", "*", IMPORTS, F),
  d("_imp", "*", IMPORTS, F),
  d("imp", "*", IMPORTS, F),
  d("pkgutil", "*", IMPORTS, PF),
  d("zipimport", "*", IMPORTS, F),
  d("pkg_resources", "*", IMPORTS, G),
  d("pip", "*", RUN, PF),
  d("venv", "*", RUN, PF),
  d("ensurepip", "*", RUN, PF),
  d("distutils", "*", RUN, PF),
  d("setuptools", "*", RUN, G),
  d("builtins_importer", "*", IMPORTS, G),
  // Another pickle or serialiser inside the pickle.
  d("pickle", "*", NESTED, ALL),
  d("_pickle", "*", NESTED, ALL),
  d("pickletools", "*", NESTED, G),
  d("dill", "*", NESTED, F),
  d("cloudpickle", "*", `${NESTED} or ${RUN}`, PF),
  d("shelve", "*", NESTED, F),
  d("joblib", "*", NESTED, F, JOBLIB_CLASSES),
  d("torch", ["load", "compile"], `${NESTED} or ${RUN}`, FML),
  d("torch.serialization", ["load"], NESTED, P),
  d("torch.storage", ["_load_from_bytes"], NESTED, FML),
  d("torch.hub", "*", `${NET} and ${RUN}`, FML),
  d("torch.jit", "*", RUN, FML),
  d("torch._dynamo", "*", RUN, FML),
  d("torch._inductor", "*", RUN, FML),
  d("torch.compile", "*", RUN, FML),
  d("torch.fx.experimental.symbolic_shapes", ["ShapeEnv.evaluate_guards_expression"], RUN, P),
  d("torch.utils._config_module", "*", NESTED, ["picklescan", "fickling-ml"]),
  d("torch.utils.bottleneck", "*", RUN, P),
  d("torch.utils.collect_env", "*", RUN, P),
  d("torch.utils.cpp_extension", "*", RUN, G),
  d("torch.utils.data.datapipes.utils.decoder", "*", NESTED, P),
  d("torch.distributed.elastic.rendezvous.api", ["basichandlers"], NET, FML),
  d("torch.distributed", "*", NET, G),
  d("torch._C", ["_jit_compile", "import_ir_module", "import_ir_module_from_buffer"], RUN, G),
  d("torch.ops", "*", ATTR, G),
  d("torch.library", "*", RUN, G),
  d("torch.package", "*", NESTED, G),
  d("numpy", ["load", "fromfile", "loadtxt", "genfromtxt", "save", "savez", "tofile", "memmap"], FILES, G),
  d("numpy.f2py", "*", RUN, ["picklescan", "fickling-ml"]),
  d("numpy.distutils", "*", RUN, FML),
  d("numpy.testing", "*", RUN, ["picklescan", "fickling-ml"]),
  d("numpy.lib.npyio", "*", FILES, G),
  d("numpy.ctypeslib", "*", RUN, G),
  d("pandas", ["read_pickle", "read_csv", "eval"], `${NESTED} or ${FILES}`, G),
  d("pandas.io", "*", `${NESTED} or ${FILES}`, G),
  d("keras.saving", "*", NESTED, G),
  d("tensorflow", ["py_function", "numpy_function"], RUN, G),
  d("tensorflow.io", "*", FILES, G),
  // Files.
  d("shutil", "*", FILES, ALL),
  d("tempfile", "*", FILES, F),
  d("filecmp", "*", FILES, F),
  d("fileinput", "*", FILES, F),
  d("glob", "*", FILES, F),
  d("linecache", "*", FILES, F),
  d("difflib", "*", FILES, F),
  d("mmap", "*", FILES, F),
  d("tarfile", "*", FILES, F),
  d("zipfile", "*", FILES, F),
  d("sqlite3", "*", FILES, F),
  d("_sqlite3", "*", FILES, F),
  d("dbm", "*", FILES, G),
  d("io", ["open", "open_code", "FileIO"], FILES, FML),
  d("_io", ["open", "open_code", "FileIO"], FILES, ["picklescan", "fickling-ml"]),
  d("codecs", ["open", "EncodedFile"], FILES, G),
  d("logging", "*", `${FILES} or ${NET}`, PF),
  d("syslog", "*", FILES, F),
  // Network.
  d("socket", "*", NET, ALL),
  d("_socket", "*", NET, G),
  d("ssl", "*", NET, PF),
  d("_ssl", "*", NET, G),
  d("select", "*", NET, F),
  d("selectors", "*", NET, F),
  d("socketserver", "*", NET, F),
  d("http", "*", NET, F),
  d("httplib", "*", NET, ALL),
  d("urllib", "*", NET, F),
  d("urllib2", "*", NET, F),
  d("urllib3", "*", NET, G),
  d("requests", "*", NET, ["picklescan", "modelscan", "fickling"]),
  d("httpx", "*", NET, G),
  d("aiohttp", "*", NET, ALL),
  d("smtplib", "*", NET, F),
  d("imaplib", "*", NET, PF),
  d("ftplib", "*", NET, F),
  d("poplib", "*", NET, F),
  d("telnetlib", "*", NET, F),
  d("nntplib", "*", NET, F),
  d("xmlrpc", "*", NET, F),
  d("xmlrpclib", "*", NET, G),
  d("wsgiref", "*", NET, G),
  // Scanners that a pickle could switch off or fool while it loads.
  d("fickling", "*", SCANNER, G),
  d("picklescan", "*", SCANNER, G),
  d("modelscan", "*", SCANNER, G),
  d("modelaudit", "*", SCANNER, G),
  d("model_gate", "*", SCANNER, G),
];
