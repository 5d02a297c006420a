import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  extractFrontMatter,
  guessType,
  loadModelCard
} from "./chunk-KVPEJXCI.js";
import "./chunk-4WZRBO62.js";
import "./chunk-CHNDTHGK.js";
import "./chunk-PVXUEQET.js";
import "./chunk-N7ZQX2BM.js";
import "./chunk-YMPWKLZV.js";
export {
  extractFrontMatter,
  guessType,
  loadModelCard
};
