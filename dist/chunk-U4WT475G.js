import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  kindOf,
  kindsFor,
  runValidate
} from "./chunk-TMAN2PYJ.js";
import "./chunk-VMPWOEQO.js";
import "./chunk-J6MHXRAC.js";
import "./chunk-TVIEZLZA.js";
import "./chunk-VADVHNHQ.js";
import "./chunk-2URR4ZQV.js";
import "./chunk-YN7PDC3S.js";
import "./chunk-DFUNPAS7.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-473LJ4LY.js";
import "./chunk-SSC5RRKR.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-APD7L5FR.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-YMPWKLZV.js";
export {
  kindOf,
  kindsFor,
  runValidate
};
