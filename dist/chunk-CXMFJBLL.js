import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  RISK_TIERS
} from "./chunk-PFY7UIUT.js";
import {
  isCount,
  isJsonObject,
  own,
  parseStrictJson,
  show
} from "./chunk-XNZTJEC3.js";
import {
  DEFAULT_POLICY_FILE,
  manifestFileProblem,
  statFile
} from "./chunk-5JGHM2XT.js";
import {
  loadManifest
} from "./chunk-GAQLD7RB.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import {
  dirOf,
  normaliseRepoPath
} from "./chunk-CHNDTHGK.js";
import {
  LineCounter,
  Scalar,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  tableSourceMap
} from "./chunk-PVXUEQET.js";
import {
  __commonJS,
  __toESM
} from "./chunk-YMPWKLZV.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max2 = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max2) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max2 = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max2) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max2}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push2(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max2 = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max2) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max2}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher2.state = state;
      }
      return matcher2;
    };
    picomatch3.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch3.isMatch = (str2, patterns, options) => picomatch3(patterns, options)(str2);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// src/manifest/digest.ts
import { createHash } from "node:crypto";
var DIGEST = /^sha256:[0-9a-f]{64}$/;
function isDigest(s) {
  return typeof s === "string" && DIGEST.test(s);
}
function sha256Hex(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
async function digestChunks(chunks) {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    size += chunk.byteLength;
  }
  return { digest: `sha256:${hash.digest("hex")}`, size };
}
function modelDigest(artifacts) {
  if (artifacts.length === 0) return null;
  for (const a of artifacts) {
    if (!isDigest(a.digest) || typeof a.key !== "string" || a.key === "" || a.key.includes("\n")) return null;
  }
  if (artifacts.length === 1) return artifacts[0].digest;
  const lines = artifacts.map((a) => ({ key: a.key, line: `${a.digest.slice("sha256:".length)}  ${a.key}
` })).sort((x, y) => compare(x.key, y.key) || compare(x.line, y.line));
  return `sha256:${sha256Hex(lines.map((l) => l.line).join(""))}`;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/manifest/rewrite-digests.ts
var YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, maxAliasCount: 100 };
function parse(text) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  const lineOf = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  return { doc, lineOf };
}
var str = (v) => typeof v === "string" ? v : void 0;
function isNativeManifestText(text) {
  const { doc } = parse(text);
  if (doc.errors.length > 0) return false;
  return doc.get("apiVersion") === "model-gate/v1" && doc.get("kind") === "ModelManifest";
}
function readManifestText(text) {
  const { doc, lineOf } = parse(text);
  const error = doc.errors[0];
  if (error) return { ok: false, reason: error.message.split("\n")[0], line: error.linePos?.[0]?.line };
  const artifacts = doc.getIn(["spec", "artifacts"], true);
  if (!isSeq(artifacts) || artifacts.items.length === 0)
    return { ok: false, reason: "spec.artifacts is not a list of artifacts" };
  const declared = [];
  for (const [index, item] of artifacts.items.entries()) {
    if (!isMap(item))
      return { ok: false, reason: `spec.artifacts[${index}] is not a mapping`, line: lineOf(item) };
    const path = str(item.get("path"));
    const uri = str(item.get("uri"));
    if (!path && !uri)
      return { ok: false, reason: `spec.artifacts[${index}] has neither path nor uri`, line: lineOf(item) };
    const digest = str(item.get("digest"));
    declared.push({
      index,
      line: lineOf(item),
      ...path ? { path } : {},
      ...uri ? { uri } : {},
      ...digest ? { digest } : {}
    });
  }
  const bindings = [];
  const risk = doc.getIn(["spec", "riskAssessment"], true);
  if (isMap(risk)) {
    const report = str(risk.get("report"));
    bindings.push({
      field: "spec.riskAssessment",
      what: `risk assessment${report ? ` ${report}` : ""}`,
      modelDigest: str(risk.get("modelDigest")) ?? null,
      line: lineOf(risk.get("modelDigest", true) ?? risk)
    });
  }
  const tests = doc.getIn(["spec", "adversarialTests"], true);
  if (isSeq(tests)) {
    for (const [i, t] of tests.items.entries()) {
      if (!isMap(t)) continue;
      const tool = str(t.get("tool")) ?? "adversarial-test";
      const report = str(t.get("report"));
      bindings.push({
        field: `spec.adversarialTests[${i}]`,
        what: `${tool} report${report ? ` ${report}` : ""}`,
        modelDigest: str(t.get("modelDigest")) ?? null,
        line: lineOf(t.get("modelDigest", true) ?? t)
      });
    }
  }
  return { ok: true, artifacts: declared, bindings };
}
function rewriteDigests(text, computed) {
  const { doc, lineOf } = parse(text);
  const artifacts = doc.getIn(["spec", "artifacts"], true);
  if (!isSeq(artifacts)) return { text, updates: [] };
  const updates = [];
  const splices = [];
  let structural = false;
  artifacts.items.forEach((item, index) => {
    const to = computed[index];
    if (!isMap(item) || !to || !isDigest(to)) return;
    const key = str(item.get("path")) ?? str(item.get("uri")) ?? "";
    const node = item.get("digest", true);
    const from = isScalar(node) ? str(node.value) ?? null : null;
    if (from === to) return;
    updates.push({ index, key, from, to, line: lineOf(node ?? item) });
    if (isScalar(node) && node.range && typeof node.value === "string") {
      const quote = node.type === Scalar.QUOTE_DOUBLE ? '"' : node.type === Scalar.QUOTE_SINGLE ? "'" : "";
      splices.push({ start: node.range[0], end: node.range[1], value: `${quote}${to}${quote}` });
      node.value = to;
    } else if (node === void 0 && insertion(text, item, to)) {
      splices.push(insertion(text, item, to));
    } else {
      item.set("digest", to);
      structural = true;
    }
  });
  if (structural) return { text: doc.toString(), updates };
  let out = text;
  for (const s of splices.sort((a, b) => b.start - a.start))
    out = out.slice(0, s.start) + s.value + out.slice(s.end);
  return { text: out, updates };
}
function insertion(text, item, to) {
  const pair = item.items.find((p) => isScalar(p.key) && p.key.value === "path");
  if (!pair || !isScalar(pair.key) || !isScalar(pair.value) || !pair.key.range || !pair.value.range)
    return null;
  const end = pair.value.range[1];
  if (item.flow) return { start: end, end, value: `, digest: ${to}` };
  const keyStart = pair.key.range[0];
  const column = keyStart - (text.lastIndexOf("\n", keyStart - 1) + 1);
  const eol = text.indexOf("\n", end);
  const at = eol === -1 ? text.length : eol;
  return { start: at, end: at, value: `
${" ".repeat(column)}digest: ${to}` };
}

// src/engine/model-files.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var PICKLE_CAPABLE = "pkl|pickle|dill|joblib|pt|pth|ckpt|bin|npy|npz|data|dat";
var OTHER_FORMATS = "safetensors|gguf|ggml|onnx|keras|h5|hdf5|tflite|pb|mlmodel|msgpack|7z";
var MODEL_EXTENSION = new RegExp(
  `\\.(?:(?:${PICKLE_CAPABLE})(?:\\.(?:gz|bz2|xz|z|lzma))?|${OTHER_FORMATS})$`,
  "i"
);
function hasModelExtension(path) {
  return MODEL_EXTENSION.test(path);
}
function modelFileMatcher(policy) {
  const patterns = policy.artifacts.length ? (0, import_picomatch.default)([...policy.artifacts], { dot: true, nocase: true }) : () => false;
  const ignore = policy.ignore?.length ? (0, import_picomatch.default)([...policy.ignore], { dot: true }) : () => false;
  const f = ((p) => !ignore(p) && (hasModelExtension(p) || patterns(p)));
  f.ignored = (p) => ignore(p);
  return f;
}

// src/evidence/per-probe.ts
var DEFAULT_MIN_ATTEMPTS = 20;
function rateOf(s) {
  return s.attempts === 0 ? 0 : s.successes / s.attempts;
}
function judgeProbes(suites, limit, minAttempts) {
  const over = [];
  const tooSmall = [];
  for (const s of suites) {
    if (s.attempts === 0 || rateOf(s) <= limit) continue;
    (s.attempts >= minAttempts ? over : tooSmall).push(s);
  }
  return { over: over.sort(worstFirst), tooSmall: tooSmall.sort(worstFirst) };
}
function worstFirst(a, b) {
  return rateOf(b) - rateOf(a) || b.attempts - a.attempts || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function probeWord(tool) {
  return tool === "garak" ? "probe" : tool === "promptfoo" ? "plugin" : "suite";
}

// src/policy/strictest.ts
var TIER_ORDER = ["minimal", "limited", "high", "unacceptable"];
function tierOf(m) {
  const t = m.manifest.spec.riskTier;
  return t && RISK_TIERS.includes(t) ? t : "high";
}
function higherTier(a, b) {
  return TIER_ORDER.indexOf(a) >= TIER_ORDER.indexOf(b) ? a : b;
}
var or = (a, b) => a === void 0 && b === void 0 ? void 0 : a === true || b === true;
var min = (a, b) => a === void 0 ? b : b === void 0 ? a : Math.min(a, b);
var max = (a, b) => a === void 0 ? b : b === void 0 ? a : Math.max(a, b);
var union = (a, b) => a === void 0 && b === void 0 ? void 0 : [.../* @__PURE__ */ new Set([...a ?? [], ...b ?? []])];
function defined(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
function merge(a, b, f) {
  if (!a) return b;
  if (!b) return a;
  return defined(f(a, b));
}
function strictestTierPolicy(a, b) {
  return defined({
    blocked: or(a.blocked, b.blocked),
    // The larger count decides; its approvers are the ones asked (a tie keeps both lists).
    approvals: merge(
      a.approvals,
      b.approvals,
      (x, y) => x.count === y.count ? {
        count: x.count,
        ...x.from || y.from ? {
          from: {
            teams: union(x.from?.teams, y.from?.teams) ?? [],
            users: union(x.from?.users, y.from?.users) ?? []
          }
        } : {}
      } : x.count > y.count ? x : y
    ),
    riskAssessment: merge(a.riskAssessment, b.riskAssessment, (x, y) => ({
      required: x.required === false && y.required === false ? false : or(x.required, y.required),
      maxAgeDays: min(x.maxAgeDays, y.maxAgeDays),
      frameworks: union(x.frameworks, y.frameworks)
    })),
    adversarialTests: merge(a.adversarialTests, b.adversarialTests, (x, y) => ({
      ...x,
      ...y,
      required: x.required === false && y.required === false ? false : or(x.required, y.required),
      maxAttackSuccessRate: min(x.maxAttackSuccessRate, y.maxAttackSuccessRate),
      maxAgeDays: min(x.maxAgeDays, y.maxAgeDays),
      // Per probe, each side's effective value (an unset limit is its overall limit, an unset
      // minimum the default): the lower limit, and the lower minimum, which judges more probes.
      maxAttackSuccessRatePerProbe: min(
        x.maxAttackSuccessRatePerProbe ?? x.maxAttackSuccessRate,
        y.maxAttackSuccessRatePerProbe ?? y.maxAttackSuccessRate
      ),
      minAttempts: x.minAttempts === void 0 && y.minAttempts === void 0 ? void 0 : Math.min(x.minAttempts ?? DEFAULT_MIN_ATTEMPTS, y.minAttempts ?? DEFAULT_MIN_ATTEMPTS)
    })),
    datasets: merge(a.datasets, b.datasets, (x, y) => ({
      required: or(x.required, y.required),
      vetted: or(x.vetted, y.vetted),
      digest: or(x.digest, y.digest)
    })),
    controls: union(a.controls, b.controls),
    evaluation: merge(a.evaluation, b.evaluation, (x, y) => {
      const metrics = { ...x.minMetrics ?? {} };
      for (const [k, v] of Object.entries(y.minMetrics ?? {})) metrics[k] = max(metrics[k], v);
      return defined({
        minMetrics: x.minMetrics || y.minMetrics ? metrics : void 0,
        maxAgeDays: min(x.maxAgeDays, y.maxAgeDays)
      });
    }),
    signature: merge(a.signature, b.signature, (x, y) => ({
      required: or(x.required, y.required),
      // Either tier's signers satisfy a required signature only when both allow them.
      signers: x.signers?.length && y.signers?.length ? x.signers.filter((s) => y.signers?.includes(s)) : x.signers?.length ? x.signers : y.signers
    })),
    scan: merge(a.scan, b.scan, (x, y) => ({ required: or(x.required, y.required) }))
  });
}

// src/checks/declarations.ts
var RULE_OF = {
  "too-large": "input/too-large",
  "parse-error": "manifest/parse-error",
  schema: "manifest/schema",
  "not-a-model": "manifest/not-a-model",
  "license-unknown": "provenance/license-unknown",
  "missing-digest": "integrity/missing-digest"
};
function checkDeclaration(problems) {
  return problems.map(({ kind, ...p }) => ({ ruleId: RULE_OF[kind], ...p }));
}
function checkMergedDeclaration(native, other) {
  const a = native.manifest.spec;
  const b = other.manifest.spec;
  const differs = [];
  if (b.riskTier && tierOf(native) !== tierOf(other))
    differs.push(`risk tier ${a.riskTier ?? "?"} / ${b.riskTier ?? "?"}`);
  if (a.type !== b.type) differs.push(`type ${a.type} / ${b.type}`);
  const envs = (x) => [...x ?? []].sort().join(",");
  if (envs(a.environments) !== envs(b.environments))
    differs.push(`environments [${envs(a.environments)}] / [${envs(b.environments)}]`);
  const pos = native.source.locate(["metadata", "name"]);
  return {
    ruleId: "manifest/merged-declaration",
    message: `${other.file} also declares this model's artifacts; the two are judged as one model with this manifest's fields${differs.length ? `, and the stricter of ${differs.join(", ")} (manifest / ${other.format === "hf-model-card" ? "card" : "BOM"})` : ""}.`,
    file: native.file,
    line: pos.line,
    column: pos.column,
    model: native.manifest.metadata.name
  };
}

// src/engine/parse-pool.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

// src/core/dates.ts
var ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
function parseIsoDate(s) {
  if (typeof s !== "string") return null;
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = Date.UTC(y, mo - 1, d);
  const check = new Date(day);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  const full = Date.parse(m[4] ? s.trim().replace(" ", "T") : `${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(full) ? day : full;
}
var DAY = 864e5;
function ageInDays(dateMs, now) {
  return Math.floor((startOfUtcDay(now.getTime()) - startOfUtcDay(dateMs)) / DAY);
}
function startOfUtcDay(ms) {
  return Math.floor(ms / DAY) * DAY;
}

// src/evidence/garak.ts
var READ = /* @__PURE__ */ new Set(["eval", "init", "start_run setup"]);
function parseGarak(text) {
  const suites = /* @__PURE__ */ new Map();
  let evalEntries = 0;
  let attempts = 0;
  let successes = 0;
  let runStart;
  let setupStart;
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    start = end + 1;
    line++;
    if (isBlank(raw)) continue;
    const entry = parseLine(raw);
    if (entry === void 0) {
      const strict = parseStrictJson(raw);
      return {
        ok: false,
        reason: `line ${line} is not valid JSON (${strict.ok ? "?" : strict.reason})`,
        line
      };
    }
    if (!isJsonObject(entry)) return { ok: false, reason: `line ${line} is not a JSON object`, line };
    const type = own(entry, "entry_type");
    if (typeof type !== "string") {
      return { ok: false, reason: `line ${line} has no entry_type: this is not a garak report line`, line };
    }
    if (READ.has(type)) {
      const strict = parseStrictJson(raw);
      if (!strict.ok) return { ok: false, reason: `line ${line} is not valid JSON (${strict.reason})`, line };
    }
    if (type === "init" && runStart === void 0) {
      runStart = own(entry, "orig_start_time") ?? own(entry, "start_time");
    } else if (type === "start_run setup" && setupStart === void 0) {
      setupStart = own(entry, "transient.starttime_iso");
    } else if (type === "eval") {
      const probe = own(entry, "probe");
      if (typeof probe !== "string" || probe.trim() === "") {
        return { ok: false, reason: `the eval entry on line ${line} names no probe`, line };
      }
      const counts = evalCounts(entry);
      if ("error" in counts)
        return { ok: false, reason: `the eval entry on line ${line} ${counts.error}`, line };
      evalEntries++;
      attempts += counts.attempts;
      successes += counts.successes;
      const name = probeName(probe);
      const suite = suites.get(name) ?? { name, attempts: 0, successes: 0 };
      suite.attempts += counts.attempts;
      suite.successes += counts.successes;
      suites.set(name, suite);
      if (!Number.isSafeInteger(attempts) || !Number.isSafeInteger(suite.attempts)) {
        return { ok: false, reason: `the counts add up to more than a report can hold (line ${line})`, line };
      }
    }
  }
  if (evalEntries === 0) {
    return { ok: false, reason: "the report has no eval entries: was the run interrupted?" };
  }
  const dateValue = runStart ?? setupStart;
  if (dateValue !== void 0 && parseIsoDate(dateValue) === null) {
    return { ok: false, reason: `the run's start time ${show(dateValue)} is not an ISO date` };
  }
  return {
    ok: true,
    summary: {
      tool: "garak",
      attempts,
      successes,
      attackSuccessRate: attempts === 0 ? 0 : successes / attempts,
      suites: [...suites.values()],
      ...typeof dateValue === "string" ? { date: dateValue } : {}
    }
  };
}
function evalCounts(entry) {
  const hasEvaluated = Object.hasOwn(entry, "total_evaluated");
  const totalKey = hasEvaluated ? "total_evaluated" : "total";
  const total = own(entry, totalKey);
  const passed = own(entry, "passed");
  const fails = own(entry, "fails");
  if (total === void 0) return { error: "has neither total_evaluated nor total" };
  if (!isCount(total)) return { error: `has ${totalKey} ${show(total)}, not a whole number >= 0` };
  if (passed !== void 0 && !isCount(passed))
    return { error: `has passed ${show(passed)}, not a whole number >= 0` };
  if (fails !== void 0 && !isCount(fails))
    return { error: `has fails ${show(fails)}, not a whole number >= 0` };
  if (fails === void 0 && passed === void 0) return { error: "has neither fails nor passed" };
  const failed = fails ?? total - passed;
  if (failed < 0 || failed > total) {
    return {
      error: `counts more ${fails === void 0 ? "passes" : "fails"} than the ${total} outputs evaluated`
    };
  }
  if (passed !== void 0 && fails !== void 0 && passed + fails !== total) {
    return { error: `is inconsistent: passed ${passed} + fails ${fails} is not ${totalKey} ${total}` };
  }
  return { attempts: total, successes: failed };
}
function probeName(probe) {
  const name = probe.trim().replace(/^(garak\.)?probes\./, "");
  return name === "" ? probe : name;
}
function parseLine(raw) {
  try {
    return JSON.parse(raw);
  } catch {
    return void 0;
  }
}
function isBlank(s) {
  const c = s.charCodeAt(0);
  return s.length === 0 || (c === 32 || c === 9) && s.trim() === "";
}

// src/evidence/native.ts
function parseNative(text) {
  const parsed = parseStrictJson(text);
  if (!parsed.ok)
    return { ok: false, reason: `the report is not valid JSON (${parsed.reason})`, line: parsed.line };
  const root = parsed.value;
  if (!isJsonObject(root)) return { ok: false, reason: "the report is not a JSON object" };
  const modelDigest2 = own(root, "modelDigest");
  if (modelDigest2 !== void 0 && (typeof modelDigest2 !== "string" || !isDigest(modelDigest2))) {
    return {
      ok: false,
      reason: `modelDigest ${show(modelDigest2)} is not sha256: followed by 64 lowercase hex digits`
    };
  }
  const date = own(root, "date");
  if (date !== void 0 && parseIsoDate(date) === null) {
    return { ok: false, reason: `date ${show(date)} is not an ISO date (YYYY-MM-DD)` };
  }
  const tool = own(root, "tool");
  if (tool !== void 0 && typeof tool !== "string")
    return { ok: false, reason: `tool ${show(tool)} is not a string` };
  const list = own(root, "suites");
  if (!Array.isArray(list)) return { ok: false, reason: `suites ${show(list)} is not a list of test suites` };
  if (list.length === 0) return { ok: false, reason: "suites is empty: the report records no attacks" };
  const suites = [];
  const names = /* @__PURE__ */ new Set();
  let attempts = 0;
  let successes = 0;
  for (const [i, s] of list.entries()) {
    const at = `suites[${i}]`;
    if (!isJsonObject(s)) return { ok: false, reason: `${at} is not an object` };
    const name = own(s, "name");
    const a = own(s, "attempts");
    const k = own(s, "successes");
    if (typeof name !== "string" || name.trim() === "")
      return { ok: false, reason: `${at}.name ${show(name)} is not a name` };
    if (names.has(name)) return { ok: false, reason: `${at}: the suite ${show(name)} is listed twice` };
    names.add(name);
    if (!isCount(a)) return { ok: false, reason: `${at}.attempts ${show(a)} is not a whole number >= 0` };
    if (!isCount(k)) return { ok: false, reason: `${at}.successes ${show(k)} is not a whole number >= 0` };
    if (k > a) return { ok: false, reason: `${at} has more successes (${k}) than attempts (${a})` };
    attempts += a;
    successes += k;
    if (!Number.isSafeInteger(attempts))
      return { ok: false, reason: "the counts add up to more than a report can hold" };
    suites.push({ name, attempts: a, successes: k });
  }
  return {
    ok: true,
    summary: {
      tool: "model-gate",
      attempts,
      successes,
      attackSuccessRate: attempts === 0 ? 0 : successes / attempts,
      suites,
      ...typeof modelDigest2 === "string" ? { modelDigest: modelDigest2 } : {},
      ...typeof date === "string" ? { date } : {}
    }
  };
}

// src/evidence/promptfoo.ts
var FAILURE_REASON_ERROR = 2;
var NO_PLUGIN = "(no plugin id)";
var REDTEAM_ASSERTION = "promptfoo:redteam:";
function parsePromptfoo(text) {
  const parsed = parseStrictJson(text);
  if (!parsed.ok)
    return { ok: false, reason: `the report is not valid JSON (${parsed.reason})`, line: parsed.line };
  const root = parsed.value;
  if (!isJsonObject(root)) return { ok: false, reason: "the report is not a JSON object" };
  const nested = own(root, "results");
  const body = isJsonObject(nested) ? nested : root;
  const results = own(body, "results");
  const stats = own(body, "stats");
  if (results !== void 0 && !Array.isArray(results)) {
    return { ok: false, reason: "results is not a list of test results" };
  }
  if (results === void 0 && stats === void 0) {
    return {
      ok: false,
      reason: "the report has neither results nor stats: is this promptfoo's --output JSON?"
    };
  }
  const suites = /* @__PURE__ */ new Map();
  let pluginIds = 0;
  let successes = 0;
  let failures = 0;
  for (const [i, r] of (results ?? []).entries()) {
    if (!isJsonObject(r)) return { ok: false, reason: `result #${i + 1} is not an object` };
    const success = own(r, "success");
    if (typeof success !== "boolean") {
      return { ok: false, reason: `result #${i + 1} has success ${show(success)}, not true or false` };
    }
    if (!success && own(r, "failureReason") === FAILURE_REASON_ERROR) continue;
    const plugin = pluginId(r);
    if (plugin !== null) pluginIds++;
    const name = plugin ?? NO_PLUGIN;
    const suite = suites.get(name) ?? { name, attempts: 0, successes: 0 };
    suite.attempts++;
    if (success) successes++;
    else {
      failures++;
      suite.successes++;
    }
    suites.set(name, suite);
  }
  if (stats !== void 0) {
    if (!isJsonObject(stats)) return { ok: false, reason: "stats is not an object" };
    const s = own(stats, "successes");
    const f = own(stats, "failures");
    if (!isCount(s) || !isCount(f)) {
      return {
        ok: false,
        reason: `stats has successes ${show(s)} and failures ${show(f)}, not whole numbers >= 0`
      };
    }
    if (results !== void 0 && results.length > 0) {
      if (s !== successes || f !== failures) {
        return {
          ok: false,
          reason: `stats (${s} successes, ${f} failures) disagree with the ${results.length} results listed (${successes} successes, ${failures} failures)`
        };
      }
    } else {
      successes = s;
      failures = f;
    }
  }
  const attempts = successes + failures;
  if (!Number.isSafeInteger(attempts))
    return { ok: false, reason: "the counts add up to more than a report can hold" };
  const date = own(body, "timestamp") ?? own(own(root, "metadata"), "evaluationCreatedAt");
  if (date !== void 0 && parseIsoDate(date) === null) {
    return { ok: false, reason: `the run's timestamp ${show(date)} is not an ISO date` };
  }
  return {
    ok: true,
    summary: {
      tool: "promptfoo",
      attempts,
      successes: failures,
      attackSuccessRate: attempts === 0 ? 0 : failures / attempts,
      suites: [...suites.values()],
      redTeam: pluginIds > 0 || isJsonObject(own(own(root, "config"), "redteam")),
      ...typeof date === "string" ? { date } : {}
    }
  };
}
function pluginId(result) {
  const testCase = own(result, "testCase");
  for (const candidate of [
    own(own(result, "metadata"), "pluginId"),
    own(own(testCase, "metadata"), "pluginId")
  ]) {
    if (typeof candidate === "string" && candidate.trim() !== "") return candidate;
  }
  const asserts = own(testCase, "assert");
  if (Array.isArray(asserts)) {
    for (const a of asserts) {
      const type = own(a, "type");
      if (typeof type === "string" && type.startsWith(REDTEAM_ASSERTION) && type.length > REDTEAM_ASSERTION.length)
        return type.slice(REDTEAM_ASSERTION.length);
    }
  }
  return null;
}

// src/evidence/parse.ts
var READERS = {
  garak: parseGarak,
  promptfoo: parsePromptfoo,
  "model-gate": parseNative
};
function parseEvidence(tool, bytes) {
  if (!Object.hasOwn(READERS, tool))
    return { ok: false, reason: `no reader for the tool ${JSON.stringify(tool)}` };
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "the report is not valid UTF-8 text" };
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return READERS[tool](text);
}

// src/engine/parse-jobs.ts
function manifestFromReply(reply) {
  if (!reply.ok) return reply;
  return { ok: true, loaded: { ...reply.loaded, source: tableSourceMap(reply.table) } };
}

// src/engine/parse-pool.ts
var workerThreads = () => createRequire(import.meta.url)("node:worker_threads");
var inThreadParser = {
  loadManifest: async (file, bytes) => loadManifest(file, bytes),
  parseEvidence: async (tool, bytes) => parseEvidence(tool, bytes),
  close: async () => {
  }
};
var MIN_MANIFESTS_FOR_WORKERS = 4e3;
var MAX_WORKERS = 3;
function workerCount(manifests, env, cores, bundled) {
  if (!bundled) return 0;
  if (env !== void 0 && env !== "") {
    if (!/^\d{1,2}$/.test(env))
      throw new UserError(
        `MODEL_GATE_WORKERS must be a whole number of worker threads (got ${JSON.stringify(env)})`,
        {},
        "set it to 0 to parse in the main thread, or unset it"
      );
    return Math.min(Number(env), 16);
  }
  if (manifests < MIN_MANIFESTS_FOR_WORKERS) return 0;
  return Math.max(1, Math.min(cores - 1, MAX_WORKERS));
}
function openParser(manifests, workers) {
  const bundled = true;
  const n = workerCount(manifests, workers, availableParallelism(), bundled);
  if (n === 0) return inThreadParser;
  const script = new URL("./parse-worker.js", import.meta.url);
  if (!existsSync(fileURLToPath(script))) {
    if (workers) throw new Error(`MODEL_GATE_WORKERS is set but ${script} is missing`);
    return inThreadParser;
  }
  return new WorkerPool(script, n, Boolean(workers));
}
var IN_FLIGHT = 4;
var WorkerPool = class {
  constructor(script, size, workersOnly) {
    this.workersOnly = workersOnly;
    this.slots = Array.from({ length: size }, () => {
      const slot = {
        // A larger young generation: parsing makes much short-lived garbage, fewer scavenges.
        worker: new (workerThreads()).Worker(script, {
          resourceLimits: { maxYoungGenerationSizeMb: 48 }
        }),
        pending: 0
      };
      slot.worker.unref();
      slot.worker.on("message", (m) => this.settle(m));
      slot.worker.on("error", (e) => this.fail(new Error(`a parse worker failed (a bug): ${e.stack ?? e}`)));
      slot.worker.on("exit", (code) => {
        if (slot.pending > 0) this.fail(new Error(`a parse worker exited (code ${code}) with jobs pending`));
      });
      return slot;
    });
  }
  workersOnly;
  slots;
  waiting = /* @__PURE__ */ new Map();
  queue = [];
  nextId = 1;
  failure;
  localScheduled = false;
  async loadManifest(file, bytes) {
    const r = await this.run({ kind: "manifest", file, bytes });
    return "table" in r ? manifestFromReply(r) : r;
  }
  async parseEvidence(tool, bytes) {
    return await this.run({ kind: "evidence", tool, bytes });
  }
  async close() {
    this.failure ??= new Error("the parse pool is closed");
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
  run(job) {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }
  pump() {
    for (const slot of this.slots) {
      while (slot.pending < IN_FLIGHT && this.queue.length > 0) this.post(slot, this.queue.shift());
    }
    if (!this.workersOnly && this.queue.length > 0 && !this.localScheduled) {
      this.localScheduled = true;
      setImmediate(() => this.runLocal());
    }
  }
  post(slot, q) {
    const id = this.nextId++;
    this.waiting.set(id, { slot, resolve: q.resolve, reject: q.reject });
    if (slot.pending++ === 0) slot.worker.ref();
    const job = { ...q.job, bytes: q.job.bytes.slice() };
    slot.worker.postMessage({ id, job }, [job.bytes.buffer]);
  }
  runLocal() {
    this.localScheduled = false;
    const q = this.queue.shift();
    if (q) {
      const { job } = q;
      try {
        q.resolve(
          job.kind === "manifest" ? loadManifest(job.file, job.bytes) : parseEvidence(job.tool, job.bytes)
        );
      } catch (e) {
        q.reject(e);
      }
    }
    this.pump();
  }
  settle(m) {
    const w = this.waiting.get(m.id);
    if (!w) return;
    this.waiting.delete(m.id);
    if (--w.slot.pending === 0) w.slot.worker.unref();
    if (m.ok) w.resolve(m.value);
    else w.reject(new Error(`a parse worker threw (a bug):
${m.stack}`));
    this.pump();
  }
  fail(e) {
    this.failure ??= e;
    for (const [id, w] of this.waiting) {
      this.waiting.delete(id);
      w.slot.pending = 0;
      w.slot.worker.unref();
      w.reject(e);
    }
    for (const q of this.queue.splice(0)) q.reject(e);
  }
};

// src/engine/patterns.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
function matcher(globs) {
  if (globs.length === 0) return () => false;
  const m = (0, import_picomatch2.default)([...globs], { dot: true });
  return (p) => m(p);
}

// src/engine/declarations.ts
var KINDS = {
  manifest: {
    patterns: (p) => p.manifests,
    // Parsed by the run's parser (in this thread or on a worker).
    read: async (file, bytes, { parser }) => {
      const r = await parser.loadManifest(file, bytes);
      return r.ok ? { models: [r.loaded], findings: [] } : { models: [], findings: checkDeclaration(r.problems) };
    },
    rewritableDigests: true
  },
  card: {
    patterns: (p) => p.modelCards,
    // Loaded on first use: the card reader brings the SPDX license list; most repositories have no card.
    read: async (file, bytes, { policy, besideModel }) => {
      const { loadModelCard } = await import("./chunk-NXD4YAVL.js");
      const r = loadModelCard(file, bytes, {
        allowLicenses: policy.licenses.allow ?? [],
        ...besideModel === void 0 ? {} : { besideModel }
      });
      return { models: r.ok ? [r.loaded] : [], findings: checkDeclaration(r.problems) };
    },
    rewritableDigests: false
  },
  bom: {
    patterns: (p) => p.mlBoms,
    // Loaded on first use: the CycloneDX schemas are large, and most repositories have no BOM.
    read: async (file, bytes) => {
      const { loadCycloneDx } = await import("./chunk-CDZWSK2U.js");
      const r = loadCycloneDx(file, bytes);
      return { models: r.ok ? r.models : [], findings: checkDeclaration(r.problems) };
    },
    rewritableDigests: false
  }
};
var ORDER = ["manifest", "card", "bom"];
function declarationRegistry(policy, opts = {}) {
  const matchers = ORDER.map((kind) => ({ kind, match: matcher(KINDS[kind].patterns(policy)) }));
  const kindOf = (path) => matchers.find((m) => m.match(path))?.kind ?? null;
  return {
    kindOf,
    isDeclaration: (path) => kindOf(path) !== null,
    load: async (kind, file, bytes) => KINDS[kind].read(file, bytes, {
      policy,
      parser: (opts.parser ?? (() => inThreadParser))(),
      besideModel: opts.modelFolders ? opts.modelFolders.has(dirOf(file)) : void 0
    })
  };
}
function modelFolders(files, policy) {
  const isModelFile = modelFileMatcher(policy);
  return new Set(files.filter(isModelFile).map(dirOf));
}
function namedKind(registry, path, text) {
  const byPath = registry.kindOf(path);
  if (byPath) return byPath;
  if (isNativeManifestText(text)) return "manifest";
  const name = path.toLowerCase();
  if (name.endsWith(".md") || name.endsWith(".markdown")) return "card";
  if (name.endsWith(".json") || text.trimStart().startsWith("{")) return "bom";
  return "manifest";
}
function rewritableDigests(kind) {
  return KINDS[kind].rewritableDigests;
}

// src/engine/pool.ts
async function mapPool(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

// src/engine/manifests.ts
async function open(tree, path, kind, maxBytes) {
  const fact = await statFile(tree, path, maxBytes);
  const problem = manifestFileProblem(fact, path, maxBytes);
  if (problem || !kind || !fact.path)
    return { done: { file: path, models: [], findings: problem ? [problem] : [] } };
  return { kind, file: fact.path, bytes: await tree.read(fact.path) };
}
async function load(registry, path, opened) {
  if ("done" in opened) return opened.done;
  const { models, findings } = await registry.load(opened.kind, opened.file, opened.bytes);
  return { file: path, models, findings };
}
async function readManifestFile(tree, path, registry, maxBytes, kind = registry.kindOf(path)) {
  return load(registry, path, await open(tree, path, kind, maxBytes));
}
async function readManifestFiles(tree, paths, registry, maxBytes) {
  const parsed = [];
  await mapPool(paths, 64, async (path, i) => {
    const done = load(registry, path, await open(tree, path, registry.kindOf(path), maxBytes));
    done.catch(() => {
    });
    parsed[i] = done;
  });
  return Promise.all(parsed);
}

// src/engine/identity.ts
function artifactKeys(m) {
  const keys = /* @__PURE__ */ new Set();
  for (const a of m.manifest.spec.artifacts) {
    if (a.path) {
      const p = normaliseRepoPath(a.path);
      if (p.ok) keys.add(`path:${p.path}`);
    }
    if (a.uri) keys.add(`uri:${a.uri}`);
    if (isDigest(a.digest)) keys.add(`digest:${a.digest}`);
  }
  return keys;
}
var shares = (a, b) => {
  for (const k of a) if (b.has(k)) return true;
  return false;
};
var DeclarationIndex = class {
  byName = /* @__PURE__ */ new Map();
  byKey = /* @__PURE__ */ new Map();
  all;
  constructor(models) {
    this.all = models.map((model) => ({ model, keys: artifactKeys(model) }));
    for (const e of this.all) {
      push(this.byName, e.model.manifest.metadata.name, e);
      for (const k of e.keys) push(this.byKey, k, e);
    }
  }
  named(name) {
    return this.byName.get(name) ?? [];
  }
  holding(keys) {
    const out = /* @__PURE__ */ new Set();
    for (const k of keys) for (const e of this.byKey.get(k) ?? []) out.add(e);
    return [...out];
  }
};
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function matchBase(head, base, headIndex) {
  const name = head.manifest.metadata.name;
  const keys = artifactKeys(head);
  const byName = base.named(name);
  const continued = (b) => headIndex.named(b.model.manifest.metadata.name).some((h) => h.model !== head && shares(h.keys, b.keys));
  const renamed = base.holding(keys).filter((b) => b.model.manifest.metadata.name !== name && !continued(b));
  const versions = [...new Set([...byName, ...renamed].map((e) => e.model))];
  return {
    versions,
    byName: byName.map((e) => e.model),
    renamedFrom: renamed.map((e) => e.model),
    waivable: versions.length === 0 || byName.some((b) => shares(b.keys, keys))
  };
}
function hasHeadVersion(baseModel, headIndex) {
  if (headIndex.named(baseModel.manifest.metadata.name).length > 0) return true;
  return headIndex.holding(artifactKeys(baseModel)).length > 0;
}

// src/engine/merge-declarations.ts
var TYPE_STRICTNESS = {
  agent: 2,
  llm: 1,
  classifier: 0,
  regression: 0,
  embedding: 0,
  other: 0
};
function mergeDeclarations(files) {
  const natives = files.flatMap((f) => f.models.filter((m) => m.format === "model-gate"));
  const mergedInto = /* @__PURE__ */ new Map();
  if (natives.length === 0) return { files: [...files], mergedInto };
  const byPath = /* @__PURE__ */ new Map();
  const byFolder = /* @__PURE__ */ new Map();
  for (const m of natives)
    for (const k of artifactKeys(m)) {
      if (!k.startsWith("path:")) continue;
      byPath.set(k, m);
      const folder = dirOf(k.slice("path:".length));
      byFolder.set(folder, (byFolder.get(folder) ?? /* @__PURE__ */ new Set()).add(m));
    }
  const besideOne = (m) => {
    if (m.format !== "hf-model-card" || m.manifest.spec.artifacts.length > 0) return void 0;
    const owners = byFolder.get(dirOf(m.file));
    return owners?.size === 1 ? [...owners][0] : void 0;
  };
  const replaced = /* @__PURE__ */ new Map();
  const notes = /* @__PURE__ */ new Map();
  const out = files.map((f) => {
    const kept = [];
    const dropped = [];
    for (const m of f.models) {
      const native = m.format === "model-gate" ? void 0 : [...artifactKeys(m)].map((k) => byPath.get(k)).find((n) => n !== void 0) ?? besideOne(m);
      if (!native) {
        kept.push(m);
        continue;
      }
      const into = replaced.get(native) ?? native;
      replaced.set(native, stricter(into, m));
      mergedInto.set(f.file, native.file);
      dropped.push(m.manifest.metadata.name);
      const list = notes.get(native.file) ?? [];
      list.push(checkMergedDeclaration(native, m));
      notes.set(native.file, list);
    }
    if (dropped.length === 0) return f;
    const gone = new Set(dropped);
    return {
      ...f,
      models: kept,
      findings: f.findings.filter((x) => !(x.model && gone.has(x.model)))
    };
  });
  return {
    files: out.map((f) => ({
      ...f,
      models: f.models.map((m) => replaced.get(m) ?? m),
      findings: [...f.findings, ...notes.get(f.file) ?? []]
    })),
    mergedInto
  };
}
function stricter(native, other) {
  const a = native.manifest.spec;
  const b = other.manifest.spec;
  const tier = higherTier(tierOf(native), tierOf(other));
  const type = TYPE_STRICTNESS[b.type] > TYPE_STRICTNESS[a.type] ? b.type : a.type;
  const environments = [.../* @__PURE__ */ new Set([...a.environments ?? [], ...b.environments ?? []])];
  return {
    ...native,
    manifest: {
      ...native.manifest,
      spec: {
        ...a,
        ...b.license !== void 0 && a.license === void 0 ? { license: b.license } : {},
        type,
        riskTier: tier,
        ...environments.length > 0 ? { environments } : {}
      }
    }
  };
}

// src/engine/owners-under.ts
function ownersUnder(owners) {
  let byDir;
  return (dir) => {
    if (!byDir) {
      byDir = /* @__PURE__ */ new Map();
      for (const [path, list] of owners) {
        for (let i = path.indexOf("/"); i > 0; i = path.indexOf("/", i + 1)) {
          const d = path.slice(0, i);
          const set = byDir.get(d) ?? /* @__PURE__ */ new Set();
          for (const m of list) set.add(m);
          byDir.set(d, set);
        }
      }
    }
    return [...byDir.get(dir) ?? []];
  };
}

// src/engine/discover.ts
function referencedPaths(m) {
  const s = m.manifest.spec;
  const norm = (p) => {
    if (!p) return [];
    const r = normaliseRepoPath(p);
    return r.ok ? [r.path] : [];
  };
  return {
    artifacts: s.artifacts.flatMap((a) => norm(a.path)),
    others: [
      ...norm(s.riskAssessment?.report),
      ...(s.adversarialTests ?? []).flatMap((t) => norm(t.report)),
      ...(s.datasets ?? []).flatMap((d) => norm(d.dpia)),
      ...norm(s.signature?.path)
    ]
  };
}
async function discover(input, openParser2 = () => inThreadParser) {
  const { policy } = input.policy;
  const max2 = policy.limits.maxFileBytes;
  const isModelFile = modelFileMatcher(policy);
  const policyFile = input.policy.file ?? DEFAULT_POLICY_FILE;
  let parser = inThreadParser;
  if (input.changes !== "all" && input.changes.length === 0 && !input.noFastPath)
    return nothingChanged(
      input,
      declarationRegistry(policy, { parser: () => parser }),
      isModelFile,
      policyFile
    );
  const headFiles = await input.head.list();
  const modelFolders2 = new Set(headFiles.filter(isModelFile).map(dirOf));
  const declarations = declarationRegistry(policy, { modelFolders: modelFolders2, parser: () => parser });
  const manifestPaths = headFiles.filter(declarations.isDeclaration);
  parser = openParser2(manifestPaths.length);
  const findings = [];
  const unowned = [];
  const read = await readManifestFiles(input.head, manifestPaths, declarations, max2);
  const { files, mergedInto } = mergeDeclarations(read);
  const byFile = new Map(files.map((f) => [f.file, f]));
  const owners = /* @__PURE__ */ new Map();
  const artifactOwners = /* @__PURE__ */ new Map();
  const own2 = (map, path, m) => {
    const list = map.get(path);
    if (list) list.push(m);
    else map.set(path, [m]);
  };
  for (const f of files) {
    for (const m of f.models) {
      const refs = referencedPaths(m);
      for (const p of refs.artifacts) {
        own2(artifactOwners, p, m);
        own2(owners, p, m);
      }
      for (const p of refs.others) own2(owners, p, m);
    }
  }
  for (const [card, manifest] of mergedInto)
    for (const m of byFile.get(manifest)?.models ?? []) own2(owners, card, m);
  const under = ownersUnder(owners);
  const targetFiles = /* @__PURE__ */ new Set();
  const changedPaths = /* @__PURE__ */ new Set();
  const changedArtifacts = [];
  const otherChanged = [];
  let policyChanged = false;
  if (input.changes === "all") {
    for (const p of manifestPaths) targetFiles.add(p);
    for (const p of headFiles) {
      if (isModelFile(p) && !artifactOwners.has(p)) unowned.push({ path: p, reason: { kind: "present" } });
    }
  } else {
    for (const c of input.changes) {
      if (c.path === policyFile || c.previousPath === policyFile) policyChanged = true;
      for (const p of [c.path, c.previousPath]) {
        for (const m of p ? [...owners.get(p) ?? [], ...under(p)] : []) targetFiles.add(m.file);
      }
      if (c.status === "deleted") continue;
      changedPaths.add(c.path);
      if (declarations.isDeclaration(c.path)) {
        targetFiles.add(c.path);
        if (!byFile.has(c.path)) {
          const read2 = await readManifestFile(input.head, c.path, declarations, max2);
          findings.push(...read2.findings);
        }
      }
      const ownedBy = artifactOwners.get(c.path) ?? [];
      if (ownedBy.length > 0 || isModelFile(c.path)) changedArtifacts.push({ path: c.path, owners: ownedBy });
      else if (!declarations.isDeclaration(c.path) && !isModelFile.ignored(c.path)) otherChanged.push(c.path);
      if (ownedBy.length === 0 && isModelFile(c.path))
        unowned.push({ path: c.path, reason: { kind: "changed", change: c } });
    }
  }
  const targets = [];
  const unreadable = [];
  for (const file of targetFiles) {
    const f = byFile.get(file);
    if (!f) continue;
    findings.push(...f.findings);
    if (f.models.length === 0 && f.findings.length > 0) unreadable.push(file);
    for (const model of f.models) targets.push({ model });
  }
  const duplicateNames = duplicatesOf(files, targetFiles);
  const headIndex = new DeclarationIndex(files.flatMap((f) => f.models));
  const baseIndex = input.changes !== "all" && input.base ? await readBaseIndex(input, input.changes, declarations, read, max2) : null;
  const departures = [];
  if (baseIndex && input.changes !== "all") {
    const changes = input.changes;
    const touched = touchedBaseFiles(changes);
    const headPaths = new Set(headFiles);
    const leftBehind = (a) => {
      const p = a.path ? normaliseRepoPath(a.path) : null;
      if (!p?.ok) return [];
      const moved = changes.filter((c) => c.previousPath === p.path).map((c) => c.path);
      return [p.path, ...moved].filter((x) => headPaths.has(x) && !artifactOwners.has(x));
    };
    const reported = new Set(unowned.map((u) => u.path));
    for (const { model } of baseIndex.all) {
      if (!touched.has(model.file)) continue;
      const remaining = [...new Set(model.manifest.spec.artifacts.flatMap(leftBehind))];
      if (!hasHeadVersion(model, headIndex)) {
        departures.push({ model, remaining });
        continue;
      }
      for (const path of remaining) {
        if (reported.has(path)) continue;
        reported.add(path);
        unowned.push({
          path,
          reason: { kind: "undeclared", model: model.manifest.metadata.name, file: model.file }
        });
      }
    }
  }
  return {
    declarations,
    parser,
    headFiles,
    targets,
    unreadable,
    findings,
    unowned,
    duplicateNames,
    changedPaths,
    changedArtifacts,
    otherChanged,
    isModelFile,
    policyChanged,
    policyFile,
    headIndex,
    baseIndex,
    departures
  };
}
function nothingChanged(input, declarations, isModelFile, policyFile) {
  return {
    declarations,
    parser: inThreadParser,
    // Not listed: only the models judged (none) read the listing.
    headFiles: [],
    targets: [],
    unreadable: [],
    findings: [],
    unowned: [],
    duplicateNames: [],
    changedPaths: /* @__PURE__ */ new Set(),
    changedArtifacts: [],
    otherChanged: [],
    isModelFile,
    policyChanged: false,
    policyFile,
    // Matched against only by targets and departures, of which there are none.
    headIndex: new DeclarationIndex([]),
    baseIndex: input.base ? new DeclarationIndex([]) : null,
    departures: []
  };
}
function touchedBaseFiles(changes) {
  const out = /* @__PURE__ */ new Set();
  for (const c of changes) {
    if (c.status !== "added") out.add(c.path);
    if (c.previousPath) out.add(c.previousPath);
  }
  return out;
}
async function readBaseIndex(input, changes, declarations, headFiles, max2) {
  const touched = touchedBaseFiles(changes);
  const base = input.base;
  const unchanged = headFiles.filter((f) => !touched.has(f.file));
  const read = base ? await readManifestFiles(base, [...touched].filter(declarations.isDeclaration), declarations, max2) : [];
  return new DeclarationIndex(mergeDeclarations([...unchanged, ...read]).files.flatMap((f) => f.models));
}
function duplicatesOf(files, targets) {
  const byName = /* @__PURE__ */ new Map();
  for (const f of files) {
    for (const m of f.models) {
      const list = byName.get(m.manifest.metadata.name) ?? [];
      list.push(m);
      byName.set(m.manifest.metadata.name, list);
    }
  }
  const out = [];
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    for (const m of list) {
      if (!targets.has(m.file)) continue;
      out.push({ model: m, others: [...new Set(list.filter((o) => o !== m).map((o) => o.file))] });
    }
  }
  return out;
}

export {
  DEFAULT_MIN_ATTEMPTS,
  rateOf,
  judgeProbes,
  probeWord,
  TIER_ORDER,
  tierOf,
  higherTier,
  strictestTierPolicy,
  isDigest,
  sha256Hex,
  digestChunks,
  modelDigest,
  isNativeManifestText,
  readManifestText,
  rewriteDigests,
  modelFileMatcher,
  parseIsoDate,
  ageInDays,
  parseEvidence,
  inThreadParser,
  openParser,
  declarationRegistry,
  modelFolders,
  namedKind,
  rewritableDigests,
  matchBase,
  mapPool,
  readManifestFile,
  readManifestFiles,
  discover
};
