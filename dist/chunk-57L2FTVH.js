import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  PolicyInvalid,
  canonicalJson,
  loadPolicy
} from "./chunk-K52TXQ7T.js";
import "./chunk-GAQLD7RB.js";
import "./chunk-QTQMBYTJ.js";
import "./chunk-DFUNPAS7.js";
import "./chunk-PVXUEQET.js";
import "./chunk-N7ZQX2BM.js";
import "./chunk-YMPWKLZV.js";
export {
  PolicyInvalid,
  canonicalJson,
  loadPolicy
};
