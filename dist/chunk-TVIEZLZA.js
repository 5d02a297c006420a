import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/core/version.ts
var VERSION = "0.1.0";

export {
  VERSION
};
