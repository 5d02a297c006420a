import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  isModelFileName,
  scanModelFile,
  sniffModelContent
} from "./chunk-JMM6DWEA.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-YMPWKLZV.js";
export {
  isModelFileName,
  scanModelFile,
  sniffModelContent
};
