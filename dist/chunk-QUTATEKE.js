import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  PolicyInvalid,
  canonicalJson,
  loadPolicy
} from "./chunk-HGUBDA4T.js";
import "./chunk-LUNZA4S6.js";
import "./chunk-JBBT76R3.js";
import "./chunk-N7ZQX2BM.js";
import "./chunk-QTQMBYTJ.js";
import "./chunk-DFUNPAS7.js";
import "./chunk-YMPWKLZV.js";
export {
  PolicyInvalid,
  canonicalJson,
  loadPolicy
};
