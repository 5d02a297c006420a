import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  parserFromWorkers,
  readPolicy,
  runGate
} from "./chunk-GEOZRC7H.js";
import "./chunk-QI2RGIIH.js";
import "./chunk-RA77GLFZ.js";
import "./chunk-65CPYQSF.js";
import {
  isManifestPath,
  modelFileMatcher
} from "./chunk-5XDTUBCO.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-DFUNPAS7.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-JBBT76R3.js";
import "./chunk-CHNDTHGK.js";
import "./chunk-ATOUZJPD.js";
import "./chunk-YMPWKLZV.js";
export {
  isManifestPath,
  modelFileMatcher,
  parserFromWorkers,
  readPolicy,
  runGate
};
