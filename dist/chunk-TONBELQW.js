import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  parserFromWorkers,
  runGate
} from "./chunk-PNVOUQ7I.js";
import "./chunk-FSSIQI5O.js";
import {
  declarationRegistry,
  modelFileMatcher
} from "./chunk-NZHQMK4P.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-5JGHM2XT.js";
import {
  loadPolicy
} from "./chunk-S4T64AZY.js";
import "./chunk-7UZFM4MU.js";
import "./chunk-QTQMBYTJ.js";
import "./chunk-DFUNPAS7.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-CHNDTHGK.js";
import "./chunk-JBBT76R3.js";
import "./chunk-N7ZQX2BM.js";
import "./chunk-YMPWKLZV.js";
export {
  declarationRegistry,
  loadPolicy,
  modelFileMatcher,
  parserFromWorkers,
  runGate
};
