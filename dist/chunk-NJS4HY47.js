import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  canonicalJson,
  loadPolicy
} from "./chunk-P6NAPNBL.js";
import "./chunk-K73AD3IY.js";
import "./chunk-QTQMBYTJ.js";
import "./chunk-DFUNPAS7.js";
import "./chunk-JBBT76R3.js";
import "./chunk-ATOUZJPD.js";
import "./chunk-YMPWKLZV.js";
export {
  canonicalJson,
  loadPolicy
};
