// Keras: `Lambda` layers carry Python code (marshalled bytecode or a function reference)
// that runs when the model is loaded; objects from modules outside Keras import and run
// that module. Checks the config.json of a .keras archive (legacy HDF5 files: hdf5.ts).
import { classifyGlobal } from "./pickle-globals.ts";
import type { IssueSink } from "./types.ts";

export const MAX_CONFIG_BYTES = 64 * 1024 * 1024;

const KERAS_MODULE = /^(?:keras|tf_keras|tensorflow\.keras|keras_hub|keras_nlp|keras_cv)(?:\.|$)/;

type Node = unknown;

export function checkKerasConfig(text: string, label: string, sink: IssueSink): void {
  let config: Node;
  try {
    config = JSON.parse(text);
  } catch (e) {
    sink.add(
      "unsafe-format",
      "error",
      `${label}: config.json is not valid JSON (${(e as Error).message}); the model cannot be checked`,
    );
    return;
  }
  const stack: Node[] = [config];
  let visited = 0;
  while (stack.length > 0 && visited++ < 5_000_000) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const v of node) if (typeof v === "object" && v !== null) stack.push(v);
      continue;
    }
    if (typeof node !== "object" || node === null) continue;
    const o = node as Record<string, unknown>;
    const cls = typeof o.class_name === "string" ? o.class_name : null;
    const layerName =
      isRecord(o.config) && typeof o.config.name === "string" ? ` ${JSON.stringify(o.config.name)}` : "";
    if (cls === "Lambda" || cls === "__lambda__") {
      sink.add(
        "unsafe-format",
        "error",
        `${label} has a Keras ${cls === "Lambda" ? `Lambda layer${layerName}` : "serialized Python lambda"}, which runs arbitrary Python code when the model is loaded; replace it with a built-in or registered layer`,
      );
    }
    const module = typeof o.module === "string" ? o.module : null;
    if (module !== null && cls !== null && !KERAS_MODULE.test(module)) {
      const target = `${module}.${cls}`;
      const fn = typeof o.config === "string" ? o.config : null;
      const dangerous =
        classifyGlobal(module, cls) === "dangerous" ||
        (fn !== null && classifyGlobal(module, fn) === "dangerous");
      const registered =
        typeof o.registered_name === "string" ? ` (registered as ${JSON.stringify(o.registered_name)})` : "";
      if (dangerous)
        sink.add(
          "unsafe-format",
          "error",
          `${label} deserializes ${fn ? `${module}.${fn}` : target}${registered}, which can run code when the model is loaded; remove it`,
        );
      else
        sink.add(
          "unsafe-format",
          "warning",
          `${label} uses ${target}${registered} from outside Keras; loading the model imports that module, so review it`,
        );
    }
    for (const v of Object.values(o)) if (typeof v === "object" && v !== null) stack.push(v);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
