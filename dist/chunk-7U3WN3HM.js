import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  commandLabel,
  renderText
} from "./chunk-MY2WDOL5.js";
import "./chunk-S2YBJ2QZ.js";
import "./chunk-7LIN5H2E.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-YMPWKLZV.js";
export {
  commandLabel,
  renderText
};
