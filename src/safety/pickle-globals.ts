// Which Python globals a pickle may import. Deny list: importing them lets a pickle run
// code, touch files or the network (in the spirit of picklescan's _unsafe_globals and
// modelscan's unsafe_globals). Allow list: what plain tensor/array checkpoints need.
// Everything else is reported as "not on the allow list": importing a module runs its code.

export type GlobalVerdict = "dangerous" | "safe" | "unknown";

/** "*" = the whole module and its submodules. */
const DENY: Record<string, "*" | readonly string[]> = {
  builtins: [
    "eval",
    "exec",
    "execfile",
    "compile",
    "open",
    "getattr",
    "setattr",
    "delattr",
    "apply",
    "breakpoint",
    "__import__",
    "input",
    "globals",
    "locals",
    "vars",
    "help",
    "memoryview",
  ],
  os: "*",
  posix: "*",
  nt: "*",
  subprocess: "*",
  _posixsubprocess: "*",
  sys: "*",
  runpy: "*",
  socket: "*",
  _socket: "*",
  ssl: "*",
  shutil: "*",
  pty: "*",
  webbrowser: "*",
  importlib: "*",
  imp: "*",
  zipimport: "*",
  pkgutil: "*",
  ctypes: "*",
  _ctypes: "*",
  asyncio: "*",
  aiohttp: "*",
  bdb: "*",
  pdb: "*",
  code: "*",
  codeop: "*",
  cProfile: "*",
  profile: "*",
  timeit: "*",
  trace: "*",
  pydoc: "*",
  pip: "*",
  venv: "*",
  ensurepip: "*",
  distutils: "*",
  setuptools: "*",
  multiprocessing: "*",
  _thread: "*",
  threading: "*",
  signal: "*",
  marshal: "*",
  shelve: "*",
  pickle: "*",
  _pickle: "*",
  dill: "*",
  cloudpickle: "*",
  httplib: "*",
  "http.client": "*",
  urllib: "*",
  urllib2: "*",
  requests: "*",
  ftplib: "*",
  smtplib: "*",
  telnetlib: "*",
  poplib: "*",
  imaplib: "*",
  xmlrpc: "*",
  tempfile: "*",
  glob: "*",
  "numpy.f2py": "*",
  "numpy.testing._private.utils": "*",
  "numpy.distutils": "*",
  "torch.hub": "*",
  operator: ["attrgetter", "itemgetter", "methodcaller"],
  _operator: ["attrgetter", "itemgetter", "methodcaller"],
  functools: ["partial", "reduce"],
  _functools: ["partial", "reduce"],
  types: ["CodeType", "FunctionType", "LambdaType", "MethodType", "ModuleType"],
  io: ["open", "open_code", "FileIO"],
  _io: ["open", "open_code", "FileIO"],
  platform: ["popen"],
  copyreg: ["add_extension"],
  numpy: ["load", "fromfile", "loadtxt", "genfromtxt"],
  "numpy.lib.npyio": "*",
  pandas: ["read_pickle"],
  joblib: ["load"],
  torch: ["load"],
  "torch.serialization": ["load"],
  "torch._inductor.codecache": ["compile_file"],
  "torch.utils.collect_env": ["run"],
  "torch.jit.unsupported_tensor_ops": ["execWrapper"],
  "torch.fx.experimental.symbolic_shapes": ["ShapeEnv.evaluate_guards_expression"],
  "torch._dynamo.guards": ["GuardBuilder.get"],
  "torch.utils._config_module": ["ConfigModule.load_config"],
  "torch.utils.bottleneck.__main__": "*",
  "torch.utils.data.datapipes.utils.decoder": ["basichandlers"],
  doctest: ["debug_script"],
  "idlelib.pyshell": "*",
  "idlelib.run": "*",
  "lib2to3.pgen2.grammar": ["Grammar.loads"],
};

const TORCH_STORAGES = [
  "Long",
  "Float",
  "Half",
  "Double",
  "BFloat16",
  "Bool",
  "Char",
  "Short",
  "Int",
  "Byte",
  "ComplexFloat",
  "ComplexDouble",
  "QUInt2x4",
  "QUInt4x2",
  "QInt32",
  "QInt8",
  "QUInt8",
  "Untyped",
  "Typed",
].map((t) => `${t}Storage`);

const TORCH_DTYPES = [
  "float32",
  "float",
  "float64",
  "double",
  "float16",
  "half",
  "bfloat16",
  "complex64",
  "complex128",
  "uint8",
  "int8",
  "int16",
  "short",
  "int32",
  "int",
  "int64",
  "long",
  "bool",
  "float8_e4m3fn",
  "float8_e5m2",
  "qint8",
  "quint8",
  "qint32",
];

const ALLOW: Record<string, readonly string[]> = {
  collections: ["OrderedDict", "Counter", "defaultdict", "deque"],
  builtins: [
    "set",
    "frozenset",
    "slice",
    "range",
    "complex",
    "bytearray",
    "bytes",
    "list",
    "dict",
    "tuple",
    "int",
    "float",
    "bool",
    "str",
    "object",
  ],
  copyreg: ["_reconstructor"],
  _codecs: ["encode"],
  torch: [
    ...TORCH_STORAGES,
    ...TORCH_DTYPES,
    "Size",
    "Tensor",
    "device",
    "dtype",
    "strided",
    "sparse_coo",
    "per_tensor_affine",
    "per_channel_affine",
  ],
  "torch._utils": [
    "_rebuild_tensor",
    "_rebuild_tensor_v2",
    "_rebuild_tensor_v3",
    "_rebuild_parameter",
    "_rebuild_parameter_with_state",
    "_rebuild_qtensor",
    "_rebuild_sparse_tensor",
    "_rebuild_meta_tensor_no_storage",
    "_rebuild_wrapper_subclass",
    "_rebuild_device_tensor_from_numpy",
    "_rebuild_nested_tensor",
  ],
  "torch._tensor": ["_rebuild_from_type_v2"],
  "torch.nn.parameter": ["Parameter"],
  "torch.storage": ["UntypedStorage", "TypedStorage"],
  "torch.serialization": ["_get_layout"],
  numpy: ["dtype", "ndarray", "float32", "float64", "int64", "int32", "bool_"],
  "numpy.core.multiarray": ["_reconstruct", "scalar"],
  "numpy._core.multiarray": ["_reconstruct", "scalar"],
  "numpy.dtypes": [
    "Float32DType",
    "Float64DType",
    "Int64DType",
    "Int32DType",
    "Float16DType",
    "BoolDType",
    "UInt8DType",
  ],
};

/** Python 2 module names pickles may still carry (pickle's _compat_pickle). */
const COMPAT: Record<string, string> = {
  __builtin__: "builtins",
  exceptions: "builtins",
  copy_reg: "copyreg",
  commands: "subprocess",
  cPickle: "pickle",
  _winreg: "winreg",
  urllib2: "urllib",
};

function moduleOf(module: string): string {
  return Object.hasOwn(COMPAT, module) ? (COMPAT[module] as string) : module;
}

/** Name parts like __class__ or __globals__ reach into interpreter internals. */
function hasDunderPart(name: string): boolean {
  return name.split(".").some((p) => p.length > 4 && p.startsWith("__") && p.endsWith("__"));
}

export function classifyGlobal(rawModule: string, name: string): GlobalVerdict {
  const module = moduleOf(rawModule.trim());
  if (module === "" || name === "") return "dangerous";
  if (hasDunderPart(name) && !(module === "copyreg" && name.startsWith("__newobj"))) return "dangerous";
  const full = `${module}.${name}`;
  for (const [mod, names] of Object.entries(DENY)) {
    if (names === "*") {
      if (full.startsWith(`${mod}.`)) return "dangerous";
      continue;
    }
    if (module !== mod && !full.startsWith(`${mod}.`)) continue;
    for (const n of names) {
      const target = `${mod}.${n}`;
      if (full === target || full.startsWith(`${target}.`)) return "dangerous";
    }
  }
  const allowed = Object.hasOwn(ALLOW, module) ? ALLOW[module] : undefined;
  if (allowed?.includes(name)) return "safe";
  return "unknown";
}
