import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  parserFromWorkers,
  runGate
} from "./chunk-VBMURWB2.js";
import "./chunk-WEKPBRKS.js";
import {
  declarationRegistry,
  modelFileMatcher
} from "./chunk-CXMFJBLL.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-5JGHM2XT.js";
import {
  loadPolicy
} from "./chunk-K52TXQ7T.js";
import "./chunk-GAQLD7RB.js";
import "./chunk-QTQMBYTJ.js";
import "./chunk-DFUNPAS7.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-CHNDTHGK.js";
import "./chunk-PVXUEQET.js";
import "./chunk-N7ZQX2BM.js";
import "./chunk-YMPWKLZV.js";
export {
  declarationRegistry,
  loadPolicy,
  modelFileMatcher,
  parserFromWorkers,
  runGate
};
