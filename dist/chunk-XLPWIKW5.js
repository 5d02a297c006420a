import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  DEFAULT_LIMITS,
  isModelFileName,
  isScannableModelPath,
  scanModelFile,
  sniffModelContent
} from "./chunk-SPUYQBJA.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-YMPWKLZV.js";
export {
  DEFAULT_LIMITS,
  isModelFileName,
  isScannableModelPath,
  scanModelFile,
  sniffModelContent
};
