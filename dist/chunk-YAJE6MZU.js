import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  extractFrontMatter,
  guessType,
  loadModelCard
} from "./chunk-LUFFKFBV.js";
import "./chunk-YZHUMY4R.js";
import "./chunk-ATOUZJPD.js";
import "./chunk-4WZRBO62.js";
import "./chunk-YMPWKLZV.js";
export {
  extractFrontMatter,
  guessType,
  loadModelCard
};
