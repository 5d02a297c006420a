import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  kindOf,
  kindsFor,
  runValidate
} from "./chunk-SGKRQ3NE.js";
import "./chunk-VMPWOEQO.js";
import "./chunk-J6MHXRAC.js";
import "./chunk-TVIEZLZA.js";
import "./chunk-TV6GTGUU.js";
import "./chunk-HUETJH2G.js";
import "./chunk-RI4NGBET.js";
import "./chunk-DFUNPAS7.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-YZHUMY4R.js";
import "./chunk-ATOUZJPD.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-APD7L5FR.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-YMPWKLZV.js";
export {
  kindOf,
  kindsFor,
  runValidate
};
