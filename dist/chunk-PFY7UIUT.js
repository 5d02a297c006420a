import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/manifest/model.ts
var RISK_TIERS = ["minimal", "limited", "high", "unacceptable"];
var MODEL_TYPES = [
  "llm",
  "agent",
  "classifier",
  "regression",
  "embedding",
  "other"
];
var ENVIRONMENTS = ["cloud", "api", "internal"];

export {
  RISK_TIERS,
  MODEL_TYPES,
  ENVIRONMENTS
};
