import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  parserFromWorkers,
  runGate
} from "./chunk-G4OAAFSW.js";
import "./chunk-6PNQQ5GG.js";
import "./chunk-RA77GLFZ.js";
import "./chunk-VYQVKSXW.js";
import {
  modelFileMatcher
} from "./chunk-EMC4YRV7.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-OP3J7AJU.js";
import {
  loadPolicy
} from "./chunk-P6NAPNBL.js";
import {
  isManifestPath
} from "./chunk-K73AD3IY.js";
import "./chunk-QTQMBYTJ.js";
import "./chunk-DFUNPAS7.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-CHNDTHGK.js";
import "./chunk-JBBT76R3.js";
import "./chunk-ATOUZJPD.js";
import "./chunk-YMPWKLZV.js";
export {
  isManifestPath,
  loadPolicy,
  modelFileMatcher,
  parserFromWorkers,
  runGate
};
