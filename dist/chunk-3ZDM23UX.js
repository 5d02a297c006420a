import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  kindOf,
  kindsFor,
  runValidate
} from "./chunk-WTN5RNTG.js";
import "./chunk-VMPWOEQO.js";
import "./chunk-J6MHXRAC.js";
import "./chunk-BKP6GDCV.js";
import "./chunk-RA77GLFZ.js";
import "./chunk-SWDS2RY5.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-FLD6IZMD.js";
import "./chunk-H6IM2QCO.js";
import "./chunk-2IGY3RLV.js";
import "./chunk-CHNDTHGK.js";
import "./chunk-HGUBDA4T.js";
import "./chunk-LUNZA4S6.js";
import "./chunk-JBBT76R3.js";
import "./chunk-N7ZQX2BM.js";
import "./chunk-QTQMBYTJ.js";
import "./chunk-DFUNPAS7.js";
import "./chunk-TVIEZLZA.js";
import "./chunk-S2YBJ2QZ.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-YMPWKLZV.js";
export {
  kindOf,
  kindsFor,
  runValidate
};
