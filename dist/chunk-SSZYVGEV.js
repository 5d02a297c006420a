import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  kindOf,
  kindsFor,
  runValidate
} from "./chunk-3B3YNSZ2.js";
import "./chunk-VMPWOEQO.js";
import "./chunk-J6MHXRAC.js";
import "./chunk-TVIEZLZA.js";
import "./chunk-LHDM54FB.js";
import "./chunk-VLNJXZNQ.js";
import "./chunk-GOHZNTHJ.js";
import "./chunk-DFUNPAS7.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-473LJ4LY.js";
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
