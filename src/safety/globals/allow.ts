// The built-in allow list: what real torch, numpy, scikit-learn and joblib pickles import, and
// nothing that can run code, touch files or the network with the arguments a pickle gives it.
// Anything else a pickle imports is an error unless the base policy's scan.allowGlobals lists
// it; a deny entry (deny.ts) always wins. Proven on real files: test/safety/fixtures/real/.
import { JOBLIB_CLASSES, SAFE_BUILTINS } from "./deny.ts";
import { SKLEARN_CLASSES } from "./sklearn-classes.ts";
import { TORCH_NN_CLASSES } from "./torch-nn-classes.ts";

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
  "complex32",
  "chalf",
  "complex64",
  "cfloat",
  "complex128",
  "cdouble",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
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
  "float8_e4m3fnuz",
  "float8_e5m2fnuz",
  "qint8",
  "quint8",
  "qint32",
  "quint4x2",
  "quint2x4",
];

const NUMPY_SCALARS = [
  "bool_",
  "int8",
  "int16",
  "int32",
  "int64",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "float16",
  "float32",
  "float64",
  "longdouble",
  "complex64",
  "complex128",
  "clongdouble",
  "str_",
  "bytes_",
  "datetime64",
  "timedelta64",
  "void",
  "object_",
  "intc",
  "uintc",
  "longlong",
  "ulonglong",
  "half",
  "single",
  "double",
  "csingle",
  "cdouble",
];

/** Exact "module.name" entries, with why they are safe where it is not obvious. */
const EXACT: Record<string, readonly string[]> = {
  builtins: SAFE_BUILTINS,
  // defaultdict calls its factory only for a missing key, after loading; the factory is itself an
  // import of the same pickle, judged like any other.
  collections: ["OrderedDict", "Counter", "defaultdict", "deque"],
  // The protocol 0/1 object rebuilder: it calls the class and base the pickle imports (judged).
  copyreg: ["_reconstructor", "__newobj__", "__newobj_ex__"],
  // numpy and torch write bytes as _codecs.encode(text, "latin1") in protocol 2; a codec name
  // reaches only the modules of the encodings package.
  _codecs: ["encode"],
  decimal: ["Decimal"],
  fractions: ["Fraction"],
  datetime: ["datetime", "date", "time", "timedelta", "timezone"],
  uuid: ["UUID", "SafeUUID"],
  // Feature flags: inert objects (pickle.dumps(__future__.annotations)).
  __future__: [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
    "_Feature",
  ],
  torch: [
    ...TORCH_STORAGES,
    // The legacy tensor types a torch tar checkpoint (torch < 1.6, `_use_new_zipfile_serialization
    // =False`) names: classes whose constructor builds a tensor from the pickle's arguments.
    ...["Float", "Double", "Half", "BFloat16", "Byte", "Char", "Short", "Int", "Long", "Bool"].map(
      (t) => `${t}Tensor`,
    ),
    ...TORCH_DTYPES,
    "Size",
    "Tensor",
    "device",
    "dtype",
    "layout",
    "memory_format",
    "strided",
    "sparse_coo",
    "sparse_csr",
    "sparse_csc",
    "sparse_bsr",
    "sparse_bsc",
    "_mkldnn",
    "contiguous_format",
    "channels_last",
    "channels_last_3d",
    "preserve_format",
    "per_tensor_affine",
    "per_channel_affine",
    "per_tensor_symmetric",
    "per_channel_symmetric",
    "per_channel_affine_float_qparams",
  ],
  // torch's own rebuild helpers (torch.load(weights_only=True) allows these).
  "torch._utils": [
    "_rebuild_tensor",
    "_rebuild_tensor_v2",
    "_rebuild_tensor_v3",
    "_rebuild_parameter",
    "_rebuild_parameter_with_state",
    "_rebuild_qtensor",
    "_rebuild_sparse_tensor",
    "_rebuild_sparse_csr_tensor",
    "_rebuild_meta_tensor_no_storage",
    "_rebuild_wrapper_subclass",
    "_rebuild_device_tensor_from_numpy",
    "_rebuild_nested_tensor",
    "_rebuild_xla_tensor",
    "_rebuild_mlc_tensor",
    "_rebuild_device_tensor_from_cpu_tensor",
  ],
  "torch._tensor": ["_rebuild_from_type", "_rebuild_from_type_v2"],
  "torch.nn.parameter": ["Parameter", "UninitializedParameter", "UninitializedBuffer", "Buffer"],
  "torch.storage": ["UntypedStorage", "TypedStorage", "_TypedStorage", "_UntypedStorage"],
  "torch.serialization": ["_get_layout"],
  "torch.cuda": TORCH_STORAGES,
  numpy: ["dtype", "ndarray", "matrix", ...NUMPY_SCALARS],
  "numpy.core.multiarray": ["_reconstruct", "scalar"],
  "numpy._core.multiarray": ["_reconstruct", "scalar"],
  // numpy's protocol 5 array rebuilder: an array over a buffer of the pickle.
  "numpy.core.numeric": ["_frombuffer"],
  "numpy._core.numeric": ["_frombuffer"],
  "numpy.ma.core": ["_mareconstruct", "MaskedArray"],
  "numpy.random._pickle": ["__randomstate_ctor", "__generator_ctor", "__bit_generator_ctor"],
  "numpy.random.mtrand": ["RandomState"],
  "numpy.random._generator": ["Generator"],
  "numpy.random._mt19937": ["MT19937"],
  "numpy.random._pcg64": ["PCG64", "PCG64DXSM"],
  "numpy.random._philox": ["Philox"],
  "numpy.random._sfc64": ["SFC64"],
  "numpy.random.bit_generator": ["SeedSequence"],
  joblib: JOBLIB_CLASSES,
};

/** Modules any of whose simple (undotted) names is allowed: all classes or inert values. */
const WHOLE_MODULES = ["collections.abc", "_collections_abc", "numpy.dtypes"];

function build(): Set<string> {
  const out = new Set<string>();
  const add = (table: Record<string, readonly string[]>) => {
    for (const [module, names] of Object.entries(table)) for (const n of names) out.add(`${module}.${n}`);
  };
  add(EXACT);
  add(SKLEARN_CLASSES);
  add(TORCH_NN_CLASSES);
  return out;
}

/** Every allowed "module.name", as the full dotted path. */
export const ALLOW: ReadonlySet<string> = build();

/** Whether module.name is on the built-in allow list (the full path compared, so a dotted name never slips through). */
export function builtInAllowed(module: string, name: string): boolean {
  if (ALLOW.has(`${module}.${name}`)) return true;
  return !name.includes(".") && WHOLE_MODULES.includes(module);
}
