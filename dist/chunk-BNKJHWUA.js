import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  isModelFileName,
  scanModelFile,
  sniffModelContent
} from "./chunk-WA4ATLNZ.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-YMPWKLZV.js";
export {
  isModelFileName,
  scanModelFile,
  sniffModelContent
};
