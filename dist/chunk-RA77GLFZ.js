import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/policy/default-file.ts
var DEFAULT_POLICY_FILE = ".github/model-gate.yml";

export {
  DEFAULT_POLICY_FILE
};
