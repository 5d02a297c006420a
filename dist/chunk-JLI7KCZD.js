import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  COMMENT_MAX_CHARS,
  STEP_ANNOTATION_LIMIT,
  SUMMARY_MAX_CHARS,
  annotationLimits,
  renderAnnotations,
  renderMarkdown,
  shortHashes
} from "./chunk-MD3RAFDG.js";
import "./chunk-PSG6YTW4.js";
import "./chunk-APD7L5FR.js";
import "./chunk-WTDJN5NN.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-YMPWKLZV.js";
export {
  COMMENT_MAX_CHARS,
  STEP_ANNOTATION_LIMIT,
  SUMMARY_MAX_CHARS,
  annotationLimits,
  renderAnnotations,
  renderMarkdown,
  shortHashes
};
