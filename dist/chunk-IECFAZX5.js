import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  commandLabel,
  renderText,
  summaryLine
} from "./chunk-PSG6YTW4.js";
import "./chunk-APD7L5FR.js";
import "./chunk-WTDJN5NN.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-YMPWKLZV.js";
export {
  commandLabel,
  renderText,
  summaryLine
};
