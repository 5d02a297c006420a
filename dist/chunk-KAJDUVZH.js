import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  COMMENT_MAX_CHARS,
  SUMMARY_MAX_CHARS,
  annotationLimits,
  renderAnnotations,
  renderMarkdown
} from "./chunk-WTKYYD4A.js";
import "./chunk-MY2WDOL5.js";
import "./chunk-S2YBJ2QZ.js";
import "./chunk-7LIN5H2E.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-YMPWKLZV.js";
export {
  COMMENT_MAX_CHARS,
  SUMMARY_MAX_CHARS,
  annotationLimits,
  renderAnnotations,
  renderMarkdown
};
