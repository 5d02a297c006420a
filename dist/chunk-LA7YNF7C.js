import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  PolicyInvalid,
  canonicalJson,
  loadPolicy
} from "./chunk-S4T64AZY.js";
import "./chunk-7UZFM4MU.js";
import "./chunk-QTQMBYTJ.js";
import "./chunk-DFUNPAS7.js";
import "./chunk-JBBT76R3.js";
import "./chunk-N7ZQX2BM.js";
import "./chunk-YMPWKLZV.js";
export {
  PolicyInvalid,
  canonicalJson,
  loadPolicy
};
