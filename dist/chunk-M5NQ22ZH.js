import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  kindOf,
  kindsFor,
  runValidate
} from "./chunk-EXDIZ4DO.js";
import "./chunk-VMPWOEQO.js";
import "./chunk-J6MHXRAC.js";
import "./chunk-6PNQQ5GG.js";
import "./chunk-RA77GLFZ.js";
import "./chunk-EMC4YRV7.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-L2VTO5QD.js";
import "./chunk-HBBNXSY2.js";
import "./chunk-OP3J7AJU.js";
import "./chunk-P6NAPNBL.js";
import "./chunk-K73AD3IY.js";
import "./chunk-QTQMBYTJ.js";
import "./chunk-DFUNPAS7.js";
import "./chunk-TVIEZLZA.js";
import "./chunk-S2YBJ2QZ.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-CHNDTHGK.js";
import "./chunk-JBBT76R3.js";
import "./chunk-ATOUZJPD.js";
import "./chunk-YMPWKLZV.js";
export {
  kindOf,
  kindsFor,
  runValidate
};
