import { describe, expect, it } from "vitest";
import { isModelFileName } from "../../src/safety/index.ts";
import { gguf, onnxExternalTensor, onnxModel, safetensors, validSafetensors } from "./formats-helpers.ts";
import { bytes, errors, P, pickle, scanBytes, u32, zip } from "./helpers.ts";

describe("safetensors header validation", () => {
  it("passes a well-formed file, with metadata and padding", async () => {
    expect(await scanBytes("m.safetensors", validSafetensors([[2, 3], [4], []], { format: "pt" }))).toEqual(
      [],
    );
    const header = JSON.stringify({ a: { dtype: "BF16", shape: [2], data_offsets: [0, 4] } });
    expect(await scanBytes("m.safetensors", safetensors(header, 4, 5))).toEqual([]);
  });
  it("recognises safetensors by content under another extension", async () => {
    const bad = safetensors({ a: { dtype: "F32", shape: [2], data_offsets: [0, 4] } }, 4);
    expect(errors(await scanBytes("m.bin", bad))[0]?.message).toMatch(/not a valid safetensors file/);
  });
  const t = (dtype: string, shape: number[], o: [number, number]) => ({ dtype, shape, data_offsets: o });
  const cases: [string, Uint8Array, RegExp][] = [
    ["header size beyond the file", bytes([0xff, 0xff, 0, 0, 0, 0, 0, 0], "{}"), /claims/],
    ["header size over 100 MB", bytes([0, 0, 0, 0, 0x10, 0, 0, 0], "{}"), /cap/],
    ["invalid JSON", safetensors("{not json}", 0), /not valid JSON/],
    [
      "duplicate keys",
      safetensors(
        '{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}',
        4,
      ),
      /duplicate key/,
    ],
    ["unknown dtype", safetensors({ a: t("F128", [1], [0, 16]) }, 16), /unknown dtype/],
    ["shape not matching span", safetensors({ a: t("F32", [3], [0, 8]) }, 8), /does not match/],
    ["overlapping tensors", safetensors({ a: t("U8", [4], [0, 4]), b: t("U8", [4], [2, 6]) }, 6), /overlaps/],
    ["gap between tensors", safetensors({ a: t("U8", [4], [0, 4]), b: t("U8", [4], [8, 12]) }, 12), /gap/],
    ["offsets beyond the file", safetensors({ a: t("U8", [64], [0, 64]) }, 8), /leave the file/],
    ["bytes no tensor accounts for", safetensors({ a: t("U8", [4], [0, 4]) }, 100), /no tensor accounts for/],
    ["metadata that is not a string map", safetensors({ __metadata__: { n: 1 } }, 0), /__metadata__/],
    ["negative offsets", safetensors({ a: t("U8", [4], [-4, 0]) }, 0), /invalid data_offsets/],
    ["truncated header", bytes([20, 0, 0, 0, 0, 0, 0, 0], "{"), /claims|ends inside/],
  ];
  for (const [name, data, re] of cases) {
    it(`reports ${name}`, async () => {
      const errs = errors(await scanBytes("m.safetensors", data));
      expect(errs.length).toBeGreaterThan(0);
      expect(errs.every((e) => e.kind === "unsafe-format")).toBe(true);
      expect(errs.map((e) => e.message).join("\n")).toMatch(re);
    });
  }
});

describe("GGUF chat templates", () => {
  const vocab = { type: "strings" as const, value: ["<s>", "</s>", "hello"] };
  it("passes a GGUF without a template", async () => {
    expect(
      await scanBytes(
        "m.gguf",
        gguf([
          ["general.architecture", { type: "string", value: "llama" }],
          ["tokenizer.ggml.tokens", vocab],
        ]),
      ),
    ).toEqual([]);
  });
  it("passes a plain chat template with no finding", async () => {
    const file = gguf([
      ["tokenizer.ggml.tokens", vocab],
      [
        "tokenizer.chat_template",
        { type: "string", value: "{% for m in messages %}{{ m['content'] }}{% endfor %}" },
      ],
    ]);
    expect(await scanBytes("m.gguf", file, 5)).toEqual([]);
  });
  for (const payload of [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ ''|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "{% set x = lipsum %}{{ x }}",
  ]) {
    it(`flags template injection as an error: ${payload}`, async () => {
      const file = gguf([["tokenizer.chat_template.tool_use", { type: "string", value: payload }]]);
      expect(errors(await scanBytes("m.gguf", file))).toHaveLength(1);
    });
  }
  it("reports a truncated header and an unknown value type", async () => {
    const file = gguf([["tokenizer.chat_template", { type: "string", value: "hi" }]]);
    expect(errors(await scanBytes("m.gguf", file.subarray(0, file.length - 3)))[0]?.message).toMatch(
      /not a valid gguf file/,
    );
    expect(
      errors(
        await scanBytes(
          "m.gguf",
          bytes(
            "GGUF",
            u32(3),
            new Uint8Array(8),
            [1, 0, 0, 0, 0, 0, 0, 0],
            [1, 0, 0, 0, 0, 0, 0, 0],
            "k",
            u32(77),
          ),
        ),
      )[0]?.message,
    ).toMatch(/unknown metadata value type 77/);
  });
});

describe("ONNX external data", () => {
  it("passes a model with inline and in-folder external tensors", async () => {
    const m = onnxModel([
      onnxExternalTensor("w", "weights/model.onnx.data"),
      onnxExternalTensor("v", "a/../model.data"),
    ]);
    expect(await scanBytes("models/m.onnx", m, 3)).toEqual([]);
  });
  for (const loc of ["../../.ssh/id_rsa", "/etc/passwd", "C:\\Windows\\win.ini", "a/../../x"]) {
    it(`flags the location ${loc}`, async () => {
      const errs = errors(await scanBytes("models/m.onnx", onnxModel([onnxExternalTensor("w", loc)])));
      expect(errs).toHaveLength(1);
      expect(errs[0]?.message).toContain(JSON.stringify(loc));
    });
  }
  it("finds external data in a node attribute tensor", async () => {
    const m = onnxModel([], { inAttribute: onnxExternalTensor("const", "../secret") });
    expect(errors(await scanBytes("m.onnx", m))).toHaveLength(1);
  });
  it("reports a field running past its message", async () => {
    const m = onnxModel([onnxExternalTensor("w", "x.data")]);
    expect(errors(await scanBytes("m.onnx", m.subarray(0, m.length - 10)))[0]?.message).toMatch(
      /not a valid onnx file/,
    );
  });
});

describe("Keras archives", () => {
  const config = (layers: unknown[]) =>
    bytes(JSON.stringify({ module: "keras", class_name: "Sequential", config: { layers } }));
  const dense = {
    module: "keras.layers",
    class_name: "Dense",
    config: { name: "d", units: 2 },
    registered_name: null,
  };
  const keras = (layers: unknown[]) =>
    zip([
      { name: "metadata.json", data: bytes('{"keras_version":"3.5.0"}') },
      { name: "config.json", data: config(layers), deflate: true },
      { name: "model.weights.h5", data: new Uint8Array(100) },
    ]);
  it("passes built-in layers", async () => {
    expect(await scanBytes("m.keras", keras([dense]))).toEqual([]);
  });
  it("flags a Lambda layer as an error", async () => {
    const lambda = {
      module: "keras.layers",
      class_name: "Lambda",
      config: { name: "evil", function: { class_name: "__lambda__", config: { code: "4wEAAAAAAAAA" } } },
    };
    const errs = errors(await scanBytes("m.keras", keras([dense, lambda])));
    expect(errs.some((e) => e.kind === "unsafe-format" && /Lambda layer "evil"/.test(e.message))).toBe(true);
  });
  it("warns about a layer from outside Keras, and errors on a dangerous module", async () => {
    const custom = {
      module: "my_pkg.layers",
      class_name: "Fancy",
      config: {},
      registered_name: "Custom>Fancy",
    };
    const issues = await scanBytes("m.keras", keras([custom]));
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        message: expect.stringContaining("my_pkg.layers.Fancy"),
      }),
    ]);
    const os = { module: "os", class_name: "system", config: "id" };
    expect(errors(await scanBytes("m.keras", keras([os])))).toHaveLength(1);
  });
  it("flags a Lambda layer in a legacy HDF5 model", async () => {
    const h5 = bytes(
      [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a],
      new Uint8Array(1000),
      '{"class_name": "Lambda", "config": {}}',
      new Uint8Array(100),
    );
    expect(errors(await scanBytes("m.h5", h5, 13))).toHaveLength(1);
    expect(
      await scanBytes(
        "m.h5",
        bytes([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a], '{"class_name": "Dense"}'),
      ),
    ).toEqual([]);
  });
});

describe("hostile archives", () => {
  const evil = pickle(P.proto(2), P.global("os", "system"), P.stop);
  it("flags a member the central directory lists but the stream does not hold there", async () => {
    const z = zip(
      [
        { name: "archive/data.pkl", data: pickle(P.proto(2), P.emptyDict, P.stop) },
        { name: "archive/x", data: evil },
      ],
      {
        centralOverride: (m, offset) =>
          m.name === "archive/x"
            ? { name: "archive/data.pkl", offset: offset + 40 }
            : { name: m.name, offset },
      },
    );
    const messages = errors(await scanBytes("m.pt", z)).map((e) => e.message);
    expect(messages.some((m) => /hidden or overlapping member/.test(m))).toBe(true);
    // Every member is scanned by content, whatever the directory says of it.
    expect(messages.some((m) => /member archive\/x imports os\.system/.test(m))).toBe(true);
  });
  it("stops a zip bomb at the inflate budget", async () => {
    const { scanModelFile } = await import("../../src/safety/index.ts");
    const size = 50 * 1024 * 1024;
    const bomb = bytes([0x80, 3, 0x42], u32(size), new Uint8Array(size), [0x30, 0x4e, 0x2e]);
    const z = zip([{ name: "data.pkl", data: bomb, deflate: true }]);
    expect(z.length).toBeLessThan(size / 500);
    const issues = await scanModelFile(
      "m.pt",
      async function* () {
        yield z;
      },
      z.length,
      { maxInflatedBytes: 10 * 1024 * 1024 },
    );
    expect(errors(issues)[0]?.message).toMatch(/zip bomb guard/);
  });
  it("reports a truncated archive and a member with an unreadable compression method", async () => {
    const z = zip([{ name: "archive/data.pkl", data: evil }]);
    const truncated = errors(await scanBytes("m.pt", z.subarray(0, z.length - 30)));
    expect(truncated.some((e) => /not a valid zip file: .*truncated/.test(e.message))).toBe(true);
    const bz = z.slice();
    bz[8] = 14; // lzma
    expect(errors(await scanBytes("m.pt", bz)).some((e) => /compression method 14/.test(e.message))).toBe(
      true,
    );
  });
  it("scans object-array pickles inside .npz archives", async () => {
    const header = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }";
    const npy = bytes([0x93], "NUMPY", [1, 0], [header.length + 1, 0], header, "\n", evil);
    const issues = await scanBytes("m.npz", zip([{ name: "a.npy", data: npy }]));
    expect(errors(issues)[0]?.message).toMatch(/object array pickle in member a\.npy imports os\.system/);
  });
});

describe("dispatch", () => {
  it("knows the model extensions", () => {
    for (const p of [
      "a.pt",
      "b/c.safetensors",
      "x.GGUF",
      "m.onnx",
      "m.keras",
      "m.pkl",
      "m.joblib",
      "m.bin",
      "m.h5",
    ])
      expect(isModelFileName(p)).toBe(true);
    for (const p of ["README.md", "model.yaml", "tokenizer.json"]) expect(isModelFileName(p)).toBe(false);
  });
  it("scans a .bin by its content: zip, pickle, or unknown", async () => {
    expect(
      errors(
        await scanBytes(
          "m.bin",
          zip([{ name: "archive/data.pkl", data: pickle(P.global("os", "system"), P.stop) }]),
        ),
      ),
    ).toHaveLength(1);
    // A pickle-capable name is walked as a pickle; bytes that are none are not a model the
    // scanner can vouch for (how that is worded belongs to the pickle walker).
    expect((await scanBytes("m.bin", bytes([0, 1, 2, 3])))[0]?.message).toMatch(
      /not a valid pickle|not a pickle|not in a format/,
    );
    expect(await scanBytes("m.dat.txt", bytes([0, 1, 2, 3]))).toMatchObject([
      { kind: "not-scanned", severity: "note" },
    ]);
  });
});

describe("contract", () => {
  it("propagates errors reading the bytes instead of reporting them as findings", async () => {
    const { scanModelFile } = await import("../../src/safety/index.ts");
    const failing = async function* () {
      yield new Uint8Array([0x80, 2]);
      throw new Error("EIO: read failed");
    };
    await expect(scanModelFile("m.pkl", failing, 100)).rejects.toThrow("EIO");
  });
  it("a file with no model extension and no known magic has no issues", async () => {
    expect(await scanBytes("notes.txt", bytes("hello"))).toEqual([]);
  });
});
