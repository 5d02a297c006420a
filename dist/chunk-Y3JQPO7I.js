import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  parserFromWorkers,
  runGate
} from "./chunk-FP64KI7W.js";
import "./chunk-BKP6GDCV.js";
import "./chunk-RA77GLFZ.js";
import "./chunk-GBDMRKNY.js";
import {
  modelFileMatcher
} from "./chunk-SWDS2RY5.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-2IGY3RLV.js";
import "./chunk-CHNDTHGK.js";
import {
  loadPolicy
} from "./chunk-HGUBDA4T.js";
import {
  isManifestPath
} from "./chunk-LUNZA4S6.js";
import "./chunk-JBBT76R3.js";
import "./chunk-N7ZQX2BM.js";
import "./chunk-QTQMBYTJ.js";
import "./chunk-DFUNPAS7.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-YMPWKLZV.js";
export {
  isManifestPath,
  loadPolicy,
  modelFileMatcher,
  parserFromWorkers,
  runGate
};
