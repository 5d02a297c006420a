import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  COMMENT_MAX_CHARS,
  SUMMARY_MAX_CHARS,
  annotationLimits,
  renderAnnotations,
  renderMarkdown
} from "./chunk-MD3RAFDG.js";
import {
  createFsTree
} from "./chunk-TV6GTGUU.js";
import {
  apiMessage,
  createClient,
  deployApprovals,
  httpStatus,
  mustRead,
  parseRepository,
  readError,
  readPullRequestFacts,
  require_tunnel,
  require_undici,
  writeAttestation
} from "./chunk-SHAJY5KH.js";
import {
  auditModels,
  fileChunks,
  fileDigest,
  verifyDeployment
} from "./chunk-FURCBBMJ.js";
import {
  createGitTree,
  parserFromWorkers,
  readPolicy,
  renderReport,
  runGate
} from "./chunk-IIGAKH6S.js";
import "./chunk-HUETJH2G.js";
import {
  diffChanges,
  isGitRepo,
  runGit
} from "./chunk-ZJ6AHEBW.js";
import {
  matcher,
  notAFile,
  requireTreePath,
  sortPaths
} from "./chunk-RI4NGBET.js";
import {
  GateError,
  UserError
} from "./chunk-DFUNPAS7.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-YZHUMY4R.js";
import "./chunk-ATOUZJPD.js";
import "./chunk-SPUYQBJA.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-PSG6YTW4.js";
import {
  escapeMarkdown,
  safeLogLine
} from "./chunk-APD7L5FR.js";
import "./chunk-WTDJN5NN.js";
import {
  MODES,
  RULES,
  blockingCount,
  errorResult,
  outcome
} from "./chunk-JOZW2F7Z.js";
import {
  __toESM
} from "./chunk-YMPWKLZV.js";

// src/action/main.ts
import { readFile } from "node:fs/promises";
import os5 from "node:os";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level2) {
    const tag = `h${level2}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/github/event.ts
var SUPPORTED_EVENTS = [
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "merge_group",
  "push"
];
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var ZERO = /^0+$/;
function parseEvent(name, payload, repository) {
  const p = obj(payload);
  switch (name) {
    case "pull_request":
    case "pull_request_target":
    case "pull_request_review": {
      const pr = obj(p.pull_request);
      const head = obj(pr.head);
      const base = obj(pr.base);
      const number = typeof pr.number === "number" ? pr.number : p.number;
      const headRepo = obj(head.repo).full_name;
      const headSha = sha(head.sha);
      const baseSha = sha(base.sha);
      const author = login(obj(pr.user).login);
      if (typeof number !== "number" || !Number.isSafeInteger(number) || !headSha || !baseSha || !author)
        return bad(name, "the event payload has no pull request with a number, head and base sha and author");
      return {
        kind: "pull_request",
        name,
        number,
        author,
        baseSha,
        headSha,
        changedFiles: typeof pr.changed_files === "number" ? pr.changed_files : null,
        fromFork: typeof headRepo === "string" && headRepo.toLowerCase() !== repository.toLowerCase()
      };
    }
    case "merge_group": {
      const mg = obj(p.merge_group);
      const baseSha = sha(mg.base_sha);
      const headSha = sha(mg.head_sha);
      if (!baseSha || !headSha)
        return bad(name, "the event payload has no merge_group base_sha and head_sha");
      return { kind: "merge_group", name, baseSha, headSha, queue: parseQueueRef(mg.head_ref) };
    }
    case "push": {
      const after = sha(p.after);
      const before = sha(p.before);
      if (!after || ZERO.test(after))
        return bad(name, "the push deleted the branch; there is nothing to audit");
      return { kind: "push", name, baseSha: before && !ZERO.test(before) ? before : null, headSha: after };
    }
    default:
      return bad(name, `model-gate runs on ${SUPPORTED_EVENTS.join(", ")}; it was triggered by "${name}"`);
  }
}
var QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/(.+)\/pr-([1-9][0-9]{0,9})-([0-9a-f]{40}|[0-9a-f]{64})$/;
function parseQueueRef(ref) {
  const m = typeof ref === "string" ? QUEUE_REF.exec(ref) : null;
  const number = m ? Number(m[2]) : Number.NaN;
  if (!m || !Number.isSafeInteger(number))
    return {
      unparsable: `the merge group's head_ref ${typeof ref === "string" ? `"${ref.slice(0, 200)}" is not` : "is missing, not"} of the form refs/heads/gh-readonly-queue/<base>/pr-<number>-<sha>, so the gate cannot tell which pull request's approvals to check`
    };
  return { baseRef: m[1], number, parentSha: m[3] };
}
function bad(name, reason) {
  return { kind: "unsupported", name, reason };
}
function obj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : {};
}
function sha(v) {
  return typeof v === "string" && SHA.test(v) ? v : null;
}
function login(v) {
  return typeof v === "string" && /^[A-Za-z0-9-]+(\[bot\])?$/.test(v) ? v : null;
}

// src/action/deploy.ts
import path from "node:path";

// src/github/tracking-issue.ts
var ISSUE_LABEL = "model-gate";
var ISSUE_MARKER = "<!-- model-gate:audit -->";
var ISSUE_TITLE = "Model Gate audit: model evidence expired or expiring";
var ISSUE_MAX_CHARS = 65536;
var DEFAULT_BOT = "github-actions[bot]";
function issueRows(result, within) {
  return (result.expiry ?? []).filter((i) => i.daysLeft <= within).map((i) => ({ model: i.model, item: i.item, expires: i.expires, daysLeft: i.daysLeft })).sort((a, b) => a.daysLeft - b.daysLeft || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
}
function issueBody(rows, opts) {
  const head = [
    ISSUE_MARKER,
    "Model Gate's scheduled audit found risk assessments, adversarial tests, evaluations, dataset vettings or waivers that have expired or expire soon. Deployments of these models are refused once an item has expired.",
    "",
    "| Model | Item | Current until | Days left |",
    "| --- | --- | --- | --- |"
  ];
  const tail = [
    "",
    ...opts.otherErrors > 0 ? [
      `The audit also found ${opts.otherErrors} other unwaived error${opts.otherErrors === 1 ? "" : "s"}; see the run.`
    ] : [],
    ...opts.runUrl ? [`[Audit run](${encodeURI(opts.runUrl)})`] : [],
    "This issue is kept by Model Gate: it is updated by each audit and closed when all is clear."
  ];
  const reserve = tail.join("\n").length + 200;
  let text = head.join("\n");
  let shown = 0;
  for (const r of rows) {
    const left = r.daysLeft < 0 ? `expired ${-r.daysLeft} day${r.daysLeft === -1 ? "" : "s"} ago` : String(r.daysLeft);
    const line = `
| ${escapeMarkdown(r.model, 100)} | ${escapeMarkdown(r.item, 300)} | ${escapeMarkdown(r.expires, 20)} | ${left} |`;
    if (text.length + line.length + reserve > ISSUE_MAX_CHARS) break;
    text += line;
    shown++;
  }
  const more = rows.length - shown;
  if (more > 0)
    text += `

${more} more item${more === 1 ? "" : "s"} not shown; the JSON report of the run holds them all.`;
  return `${text}
${tail.join("\n")}
`;
}
async function upsertTrackingIssue(gh, repo, rows, body) {
  const ours = await ourIssues(gh, repo);
  const open2 = ours.find((i) => i.state === "open");
  const existing = open2 ?? ours[0];
  if (rows.length === 0) {
    if (!open2) return "none";
    await gh.rest.issues.update({
      ...repo,
      issue_number: open2.number,
      body: `${ISSUE_MARKER}
All clear: the latest scheduled audit found nothing expired or expiring.
`,
      state: "closed"
    });
    return "closed";
  }
  if (existing) {
    const reopen = existing.state !== "open";
    await gh.rest.issues.update({
      ...repo,
      issue_number: existing.number,
      body,
      ...reopen ? { state: "open" } : {}
    });
    return reopen ? "reopened" : "updated";
  }
  await gh.rest.issues.create({ ...repo, title: ISSUE_TITLE, body, labels: [ISSUE_LABEL] });
  return "created";
}
async function ourIssues(gh, repo) {
  const all = await gh.paginate(gh.rest.issues.listForRepo, {
    ...repo,
    labels: ISSUE_LABEL,
    state: "all",
    per_page: 100
  });
  const marked = all.filter((i) => !i.pull_request && i.user && i.body?.includes(ISSUE_MARKER));
  if (marked.length === 0) return [];
  const me = (await viewer(gh) ?? DEFAULT_BOT).toLowerCase();
  return marked.filter((i) => i.user.login.toLowerCase() === me).sort((a, b) => a.number - b.number);
}
async function viewer(gh) {
  try {
    return (await gh.rest.users.getAuthenticated()).data.login;
  } catch {
    return null;
  }
}

// src/github/api-tree.ts
var FILES_PER_QUERY = 50;
function isGitlink(e) {
  return e.type === "commit" || e.mode === "160000";
}
function createApiTree(gh, repo, sha2, label) {
  let listing;
  const contents = /* @__PURE__ */ new Map();
  const entries = () => {
    listing ??= mustRead(`the file list of ${label}`, async () => {
      const r = await gh.rest.git.getTree({ ...repo, tree_sha: sha2, recursive: "true" });
      if (r.data.truncated)
        throw new GateError(
          `The repository is too large to list ${label} through the API; check out with fetch-depth: 0 so git can read it.`
        );
      const map = /* @__PURE__ */ new Map();
      for (const e of r.data.tree)
        if (e.path && e.type && e.mode && e.sha)
          map.set(e.path, { mode: e.mode, type: e.type, size: e.size ?? 0, sha: e.sha });
      return map;
    });
    return listing;
  };
  async function stat2(path3) {
    const parts = requireTreePath(path3).split("/");
    const map = await entries();
    for (let i = 1; i < parts.length; i++) {
      const dir = map.get(parts.slice(0, i).join("/"));
      if (!dir) return { kind: "missing" };
      if (dir.mode === "120000") return { kind: "symlink" };
      if (isGitlink(dir)) return { kind: "submodule", path: parts.slice(0, i).join("/") };
      if (dir.type !== "tree") return { kind: "missing" };
    }
    const e = map.get(parts.join("/"));
    if (!e) return { kind: "missing" };
    if (e.mode === "120000") return { kind: "symlink" };
    if (isGitlink(e)) return { kind: "submodule", path: parts.join("/") };
    if (e.type === "tree") return { kind: "directory" };
    if (e.type === "blob") return { kind: "file", size: e.size };
    return { kind: "other" };
  }
  async function load(paths) {
    const map = await entries();
    for (let i = 0; i < paths.length; i += FILES_PER_QUERY) {
      const batch = paths.slice(i, i + FILES_PER_QUERY);
      const pending = fetchBatch(batch, map);
      for (const p of batch) {
        const one = pending.then((m) => m.get(p));
        one.catch(() => {
        });
        contents.set(p, one);
      }
      await pending;
    }
  }
  async function fetchBatch(paths, map) {
    const vars = { owner: repo.owner, name: repo.repo };
    const decls = ["$owner: String!", "$name: String!"];
    const fields = [];
    paths.forEach((p, i) => {
      vars[`e${i}`] = `${sha2}:${p}`;
      decls.push(`$e${i}: String!`);
      fields.push(`f${i}: object(expression: $e${i}) { ... on Blob { text isBinary } }`);
    });
    const query = `query(${decls.join(", ")}) { repository(owner: $owner, name: $name) { ${fields.join(" ")} } }`;
    const data = await mustRead(
      `files of ${label}`,
      () => gh.graphql(query, vars)
    );
    const out = /* @__PURE__ */ new Map();
    for (const [i, p] of paths.entries()) {
      const node = data.repository?.[`f${i}`];
      if (node && typeof node.text === "string" && !node.isBinary) {
        out.set(p, new TextEncoder().encode(node.text));
        continue;
      }
      const entry = map.get(p);
      if (!entry) throw new GateError(`${p} is missing from ${label}`);
      const blob = await mustRead(
        `${p} in ${label}`,
        () => gh.rest.git.getBlob({ ...repo, file_sha: entry.sha })
      );
      out.set(p, new Uint8Array(Buffer.from(blob.data.content, "base64")));
    }
    return out;
  }
  async function read(path3) {
    const p = requireTreePath(path3);
    const cached = contents.get(p);
    if (cached) return cached;
    const entry = await stat2(p);
    if (entry.kind !== "file") throw notAFile(label, p, entry);
    await load([p]);
    return contents.get(p);
  }
  return {
    label,
    stat: stat2,
    read,
    async *chunks(path3) {
      yield await read(path3);
    },
    async list() {
      const map = await entries();
      return sortPaths([...map].filter(([, e]) => e.type === "blob" && e.mode !== "120000").map(([p]) => p));
    },
    async prefetch(paths, maxBytes) {
      const wanted = [];
      for (const raw of new Set(paths)) {
        const p = requireTreePath(raw);
        if (contents.has(p)) continue;
        const e = await stat2(p);
        if (e.kind === "file" && e.size <= maxBytes) wanted.push(p);
      }
      await load(wanted);
    },
    async close() {
    }
  };
}

// src/action/commit-tree.ts
async function openCommitTree(args) {
  const { workspace, sha: sha2, label } = args;
  if (await hasOrFetches(workspace, sha2, args.log)) {
    const tree = await createGitTree(workspace, sha2, label);
    return Object.assign(tree, { via: "git", prefetch: async () => {
    } });
  }
  args.log(`Commit ${sha2.slice(0, 7)} is not in the checkout; reading its files through the GitHub API.`);
  return Object.assign(createApiTree(args.gh, args.repo, sha2, label), { via: "api" });
}
async function hasOrFetches(workspace, sha2, log) {
  let repo;
  try {
    repo = await isGitRepo(workspace);
  } catch {
    return false;
  }
  if (!repo) return false;
  if (await hasCommit(workspace, sha2)) return true;
  const fetched = await runGit(workspace, [
    "-c",
    "protocol.version=2",
    "fetch",
    "--no-tags",
    "--no-recurse-submodules",
    "--no-write-fetch-head",
    "--depth=1",
    "origin",
    sha2
  ]);
  if (fetched.code !== 0) {
    const lines = fetched.stderr.trim().split("\n");
    const reason = lines.find((l) => l.startsWith("fatal:")) ?? lines.pop() ?? "";
    log(`git fetch of ${sha2.slice(0, 7)} failed (${reason.trim()}).`);
    return false;
  }
  return hasCommit(workspace, sha2);
}
async function hasCommit(workspace, sha2) {
  const r = await runGit(workspace, ["cat-file", "-e", `${sha2}^{commit}`]);
  return r.code === 0;
}

// src/action/io.ts
function getInput2(name) {
  return getInput(name);
}
function setOutput2(name, value) {
  setOutput(name, value);
}

// src/action/deploy.ts
var DEPLOY_EVENTS = ["push", "deployment", "workflow_dispatch", "release", "schedule"];
var AUDIT_EVENTS = ["schedule", "workflow_dispatch"];
function deployedSha(eventName, payload, fallback) {
  const d = payload.deployment;
  if (eventName === "deployment" && typeof d?.sha === "string" && /^[0-9a-f]{40}$/.test(d.sha)) return d.sha;
  return fallback;
}
async function withPolicy(ctx, headSha, run2) {
  const trees = [];
  try {
    const repoInfo = payloadRepo(ctx.payload);
    const branch = repoInfo ?? (await mustRead("the repository", () => ctx.gh.rest.repos.get({ ...ctx.repo }))).data.default_branch;
    const tip = (await mustRead(
      `the default branch ${branch}`,
      () => ctx.gh.rest.repos.getBranch({ ...ctx.repo, branch })
    )).data.commit.sha;
    const tree = await openCommitTree({
      workspace: ctx.workspace,
      sha: tip,
      label: tip.slice(0, 7),
      gh: ctx.gh,
      repo: ctx.repo,
      log: ctx.log
    });
    trees.push(tree);
    const policy = await readPolicy(tree, ctx.inputs.policy.file, ctx.inputs.policy.explicit);
    ctx.log(
      `Policy: ${policy.source} (the default branch ${branch}; judging commit ${headSha.slice(0, 7)}).`
    );
    return await run2(policy);
  } finally {
    for (const t of trees) await t.close().catch(() => {
    });
  }
}
function payloadRepo(payload) {
  const r = payload.repository;
  return typeof r?.default_branch === "string" && /^[A-Za-z0-9._/-]{1,255}$/.test(r.default_branch) ? r.default_branch : null;
}
async function runVerifyAction(ctx) {
  const { inputs } = ctx;
  const environment = inputs.environment;
  const sha2 = deployedSha(ctx.eventName, ctx.payload, ctx.sha);
  let result;
  try {
    if (!DEPLOY_EVENTS.includes(ctx.eventName))
      throw new UserError(
        /^pull_request|^merge_group$/.test(ctx.eventName) ? `input environment runs the deployment gate; on ${ctx.eventName} it would silently replace the pull request gate. Remove environment from this workflow, and run verify in the deploy job.` : `input environment runs the deployment gate on ${DEPLOY_EVENTS.join(", ")}; it was triggered by "${ctx.eventName}"`
      );
    const artifacts = await deployFiles(ctx.workspace, inputs.artifacts);
    result = await withPolicy(
      ctx,
      sha2,
      (policy) => verifyDeployment({
        policy,
        head: createFsTree(ctx.workspace, "workspace"),
        headLabel: sha2,
        environment,
        models: [],
        artifacts,
        approvals: { lookup: (models) => deployApprovals(ctx.gh, ctx.repo, sha2, models, policy.policy) },
        now: ctx.now,
        mode: inputs.mode,
        openParser: parserFromWorkers(process.env.MODEL_GATE_WORKERS)
      })
    );
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    result = {
      ...errorResult({ message: e.describe(), mode: inputs.mode, baseLabel: "none", headLabel: sha2 }),
      command: "verify",
      environment
    };
  }
  const file = path.join(ctx.tempDir, "model-gate", "model-gate.intoto.json");
  await writeAttestation(file, result, sha2);
  setOutput2("attestation", file);
  return result;
}
async function deployFiles(workspace, names) {
  return Promise.all(
    names.map(async (name) => {
      const abs = path.resolve(workspace, name);
      return { name, ...await fileDigest(abs), chunks: () => fileChunks(abs) };
    })
  );
}
async function runAuditAction(ctx, runUrl) {
  let result;
  try {
    result = await withPolicy(
      ctx,
      ctx.sha,
      (policy) => auditModels({
        policy,
        head: createFsTree(ctx.workspace, "workspace"),
        headLabel: ctx.sha,
        within: ctx.inputs.within,
        now: ctx.now,
        mode: ctx.inputs.mode,
        openParser: parserFromWorkers(process.env.MODEL_GATE_WORKERS)
      })
    );
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return {
      ...errorResult({ message: e.describe(), mode: ctx.inputs.mode, baseLabel: "none", headLabel: ctx.sha }),
      command: "audit"
    };
  }
  const rows = issueRows(result, ctx.inputs.within);
  const expiryRules = /* @__PURE__ */ new Set([
    "risk/assessment-expired",
    "evidence/expired",
    "evaluation/expired",
    "waiver/expired"
  ]);
  const otherErrors = blockingCount(result.findings, (f) => expiryRules.has(f.ruleId));
  try {
    const outcome2 = await upsertTrackingIssue(
      ctx.gh,
      ctx.repo,
      rows,
      issueBody(rows, { runUrl, otherErrors })
    );
    if (outcome2 !== "none") info(`Tracking issue ${outcome2}.`);
  } catch (e) {
    const status = httpStatus(e);
    warning(
      `Could not keep the audit's tracking issue: ${safeLogLine(status === 403 || status === 404 ? `the token may not write issues (HTTP ${status}: ${apiMessage(e)}); grant "issues: write"` : apiMessage(e))}. The verdict is not affected.`
    );
  }
  return result;
}

// src/github/changed-files.ts
var PR_FILES_CAP = 3e3;
var COMPARE_FILES_CAP = 300;
async function pullRequestChanges(gh, repo, number, expectedCount) {
  const files = await mustRead(
    `the files of pull request #${number}`,
    () => gh.paginate(gh.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 })
  );
  if (files.length >= PR_FILES_CAP || expectedCount !== null && expectedCount > files.length)
    throw new GateError(
      `Pull request #${number} changes ${expectedCount !== null && expectedCount > files.length ? expectedCount : `at least ${files.length}`} files; GitHub lists at most ${PR_FILES_CAP.toLocaleString("en-US")}, so the gate cannot see every change and fails closed. Split the pull request.`
    );
  return toChanges(files);
}
async function compareChanges(gh, repo, base, head) {
  const data = await mustRead(`the comparison ${base.slice(0, 7)}...${head.slice(0, 7)}`, async () => {
    const r = await gh.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`,
      per_page: 1
    });
    return r.data;
  });
  const files = data.files ?? [];
  if (files.length >= COMPARE_FILES_CAP)
    throw new GateError(
      `The comparison ${base.slice(0, 7)}...${head.slice(0, 7)} lists ${files.length} files, GitHub's limit; the gate cannot see every change and fails closed. Check out with fetch-depth: 0 so git can compare.`
    );
  return toChanges(files);
}
function toChanges(files) {
  const out = [];
  for (const f of files) {
    const status = mapStatus(f.status);
    if (!status) continue;
    out.push(
      status === "renamed" && f.previous_filename ? { path: f.filename, status, previousPath: f.previous_filename } : { path: f.filename, status }
    );
  }
  return out;
}
function mapStatus(s) {
  switch (s) {
    case "added":
    case "copied":
      return "added";
    case "removed":
      return "deleted";
    case "renamed":
      return "renamed";
    case "unchanged":
      return null;
    default:
      return "modified";
  }
}

// src/github/merge-queue.ts
async function readQueuedPullRequest(gh, repo, queue, groupHead, policy) {
  if ("unparsable" in queue) return unverifiable(0, groupHead, queue.unparsable);
  const { number } = queue;
  let data;
  try {
    data = (await gh.rest.pulls.get({ ...repo, pull_number: number })).data;
  } catch (e) {
    const status = httpStatus(e);
    if (status === void 0 || status >= 500 || status === 429)
      throw readError(`pull request #${number}`, e);
    return unverifiable(
      number,
      groupHead,
      `pull request #${number}, named by the merge group's head_ref, cannot be read (HTTP ${status}: ${apiMessage(e)}); the token needs "pull-requests: read"`
    );
  }
  const author = data.user?.login;
  if (!author || !data.head?.sha)
    return unverifiable(number, groupHead, `pull request #${number} has no author or head commit`);
  if (data.base?.ref !== queue.baseRef)
    return unverifiable(
      number,
      groupHead,
      `pull request #${number} targets ${data.base?.ref ?? "no branch"}, not the queue's branch ${queue.baseRef}`
    );
  return readPullRequestFacts(
    gh,
    repo,
    { number, author, headSha: data.head.sha, commitCount: data.commits ?? null },
    policy
  );
}
function unverifiable(number, headSha, why) {
  return {
    number,
    author: "",
    headSha,
    reviews: [],
    teams: {},
    writers: { members: [] },
    unverifiable: why
  };
}

// src/action/gate.ts
async function runPullRequestGate(ctx) {
  const { event, inputs } = ctx;
  const changeBase = event.kind === "unsupported" ? null : changeBaseOf(event);
  return runGate({
    mode: inputs.mode,
    now: ctx.now,
    baseLabel: changeBase ?? "",
    headLabel: event.kind === "unsupported" ? "" : event.headSha,
    openParser: parserFromWorkers(process.env.MODEL_GATE_WORKERS),
    gather: async (track, policyRead) => {
      if (event.kind === "unsupported") throw new UserError(event.reason);
      const open2 = async (sha2) => track(
        await openCommitTree({
          workspace: ctx.workspace,
          sha: sha2,
          label: sha2.slice(0, 7),
          gh: ctx.gh,
          repo: ctx.repo,
          log: ctx.log
        })
      );
      const fromGit = event.kind === "pull_request" && event.name === "pull_request_target";
      if (!fromGit) await requireCheckout(ctx.workspace);
      const head = fromGit ? await open2(event.headSha) : createFsTree(ctx.workspace, "workspace");
      const base = changeBase ? await open2(changeBase) : null;
      if (base) ctx.log(`Base ${changeBase.slice(0, 7)} read via ${base.via}.`);
      const policyTree = event.baseSha && event.baseSha !== changeBase ? await open2(event.baseSha) : base ?? head;
      const policy = await readPolicy(policyTree, inputs.policy.file, inputs.policy.explicit);
      policyRead(policy);
      ctx.log(`Policy: ${policy.source} (${policy.digest.slice(0, 19)}).`);
      const changes = await changesOf(ctx, event, changeBase);
      if (base && changes !== "all")
        await base.prefetch(manifestPaths(policy, changes), policy.policy.limits.maxFileBytes);
      const pullRequest = await pullRequestOf(ctx, event, policy.policy);
      return { policy, head, base, changes, pullRequest };
    }
  });
}
async function requireCheckout(workspace) {
  const r = await runGit(workspace, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).catch(() => null);
  if (r?.code === 0) return;
  const git = r?.stderr.trim().split("\n")[0];
  throw new UserError(
    `The workspace ${workspace} holds no git checkout${git ? ` (git: ${git})` : ""}.`,
    {},
    "Add `- uses: actions/checkout@v5` before the model-gate step."
  );
}
function changeBaseOf(event) {
  if (event.kind === "merge_group" && !("unparsable" in event.queue)) return event.queue.parentSha;
  return event.baseSha;
}
async function pullRequestOf(ctx, event, policy) {
  if (event.kind === "pull_request") return readPullRequestFacts(ctx.gh, ctx.repo, event, policy);
  if (event.kind !== "merge_group") return null;
  const facts = await readQueuedPullRequest(ctx.gh, ctx.repo, event.queue, event.headSha, policy);
  ctx.log(
    facts.unverifiable !== void 0 ? `Merge queue: approvals cannot be checked (${facts.unverifiable}).` : `Merge queue: judging the approvals of pull request #${facts.number} (head ${facts.headSha.slice(0, 7)}).`
  );
  return facts;
}
async function changesOf(ctx, event, from) {
  if (event.kind === "pull_request")
    return pullRequestChanges(ctx.gh, ctx.repo, event.number, event.changedFiles);
  if (!from) return "all";
  try {
    return await diffChanges(ctx.workspace, from, event.headSha);
  } catch (e) {
    if (e instanceof GateError || !(e instanceof UserError)) throw e;
    ctx.log("git cannot compare the commits locally; asking the GitHub compare API.");
    return compareChanges(ctx.gh, ctx.repo, from, event.headSha);
  }
}
function manifestPaths(policy, changes) {
  const p = policy.policy;
  const isManifest = matcher([...p.manifests, ...p.modelCards, ...p.mlBoms]);
  const out = [];
  for (const c of changes)
    for (const path3 of [c.path, c.previousPath]) if (path3 && isManifest(path3)) out.push(path3);
  return out;
}

// src/action/inputs.ts
var DEFAULT_POLICY = ".github/model-gate.yml";
function readInputs(get = getInput2) {
  const policy = get("policy").trim();
  return {
    token: get("token").trim(),
    policy: { file: policy || DEFAULT_POLICY, explicit: policy !== "" && policy !== DEFAULT_POLICY },
    mode: oneOf(get, "mode", MODES, "enforce"),
    comment: oneOf(get, "comment", ["always", "on-failure", "never"], "always"),
    sarifFile: get("sarif-file").trim(),
    reportFile: get("report-file").trim(),
    checkRun: oneOf(get, "check-run", ["true", "false"], "false") === "true",
    environment: get("environment").trim(),
    within: days(get("within").trim()),
    artifacts: get("artifacts").split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
  };
}
function days(raw) {
  if (raw === "") return 30;
  const n = Number(raw);
  if (!/^\d{1,4}$/.test(raw) || n > 3650)
    throw new UserError(
      `input within is ${JSON.stringify(raw.slice(0, 50))}; it takes a number of days from 0 to 3650`,
      {},
      'fix the "with: within:" line of the workflow step'
    );
  return n;
}
function modeOf(get = getInput2) {
  return get("mode").trim().toLowerCase() === "warn" ? "warn" : "enforce";
}
function oneOf(get, name, values, dflt) {
  const raw = get(name).trim().toLowerCase();
  if (raw === "") return dflt;
  if (values.includes(raw)) return raw;
  throw new UserError(
    `input ${name} is ${JSON.stringify(raw.slice(0, 50))}; it takes ${values.map((v) => `"${v}"`).join(", ")}`,
    {},
    `fix the "with: ${name}:" line of the workflow step`
  );
}

// src/action/publish.ts
import { lstat as lstat2, mkdir as mkdir2, rename as rename2, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/github/check-run.ts
var CHECK_RUN_NAME = "Model Gate";
var ANNOTATIONS_PER_REQUEST = 50;
var MAX_TEXT = 65e3;
function checkAnnotations(findings) {
  return findings.filter((f) => f.file).map((f) => ({
    path: f.file,
    start_line: f.line ?? 1,
    end_line: f.line ?? 1,
    annotation_level: level(f),
    message: (f.waived ? `[waived: ${f.waived.reason}] ` : "") + f.message,
    title: `${f.ruleId}: ${RULES[f.ruleId]?.title ?? ""}`.slice(0, 255)
  }));
}
function level(f) {
  if (f.waived) return "notice";
  return f.severity === "error" ? "failure" : f.severity === "warning" ? "warning" : "notice";
}
function conclusion(result) {
  const o = outcome(result);
  return o === "pass" ? "success" : o === "warned" ? "neutral" : "failure";
}
async function publishCheckRun(gh, repo, headSha, result, summary2) {
  const annotations = checkAnnotations(result.findings);
  const title = checkTitle(result);
  const text = summary2.length > MAX_TEXT ? `${summary2.slice(0, MAX_TEXT)}

…` : summary2;
  const batches = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const created = await gh.rest.checks.create({
    ...repo,
    name: CHECK_RUN_NAME,
    head_sha: headSha,
    status: "completed",
    conclusion: conclusion(result),
    output: { title, summary: text, annotations: batches[0] ?? [] }
  });
  for (const batch of batches.slice(1))
    await gh.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      output: { title, summary: text, annotations: batch }
    });
  return created.data.id;
}
function checkTitle(result) {
  const errors = blockingCount(result.findings);
  if (result.verdict === "error") return "Model Gate could not evaluate";
  const models = `${result.models.length} model${result.models.length === 1 ? "" : "s"}`;
  return result.verdict === "pass" ? `${models} audited` : `${errors} unaudited finding${errors === 1 ? "" : "s"} in ${models}`;
}

// src/github/comment.ts
var COMMENT_MARKER = "<!-- model-gate:comment -->";
async function upsertComment(gh, repo, issue2, body, opts) {
  if (opts.policy === "never") return "skipped";
  const text = body.includes(COMMENT_MARKER) ? body : `${COMMENT_MARKER}
${body}`;
  const existing = await ourComments(gh, repo, issue2);
  const first = existing[0];
  if (first) {
    await gh.rest.issues.updateComment({ ...repo, comment_id: first.id, body: text });
    await deleteAll(gh, repo, existing.slice(1));
    return "updated";
  }
  if (opts.policy === "on-failure" && !opts.failing) return "skipped";
  const created = await gh.rest.issues.createComment({ ...repo, issue_number: issue2, body: text });
  const after = await ourComments(gh, repo, issue2, created.data.user?.login);
  const oldest = after[0];
  if (oldest && oldest.id !== created.data.id) {
    await gh.rest.issues.updateComment({ ...repo, comment_id: oldest.id, body: text });
  }
  await deleteAll(gh, repo, after.slice(1));
  return "created";
}
async function ourComments(gh, repo, issue2, self) {
  const all = await gh.paginate(gh.rest.issues.listComments, {
    ...repo,
    issue_number: issue2,
    per_page: 100
  });
  const marked = all.filter((c) => c.body?.includes(COMMENT_MARKER) && c.user);
  if (marked.length === 0) return [];
  const me = (self ?? await viewer2(gh) ?? DEFAULT_BOT2).toLowerCase();
  return marked.filter((c) => c.user.login.toLowerCase() === me).sort((a, b) => a.id - b.id);
}
var DEFAULT_BOT2 = "github-actions[bot]";
async function viewer2(gh) {
  try {
    return (await gh.rest.users.getAuthenticated()).data.login;
  } catch {
    return null;
  }
}
async function deleteAll(gh, repo, comments) {
  for (const c of comments) {
    try {
      await gh.rest.issues.deleteComment({ ...repo, comment_id: c.id });
    } catch (e) {
      if (e.status !== 404) throw e;
    }
  }
}

// src/action/publish.ts
function unwaivedErrors(result) {
  return blockingCount(result.findings);
}
async function publish(result, ctx) {
  const reportPath = await writeReport(
    ctx.inputs.reportFile,
    "model-gate-report.json",
    await renderReport(result, "json"),
    ctx
  );
  const sarifPath = await writeReport(
    ctx.inputs.sarifFile,
    "model-gate.sarif",
    await renderReport(result, "sarif"),
    ctx
  );
  setOutput2("verdict", result.verdict);
  setOutput2("report", reportPath);
  setOutput2("sarif", sarifPath);
  setOutput2("models", String(result.models.length));
  setOutput2("errors", String(unwaivedErrors(result)));
  logResult(result);
  for (const a of renderAnnotations(result, annotationLimits(result))) {
    const props = { title: a.title };
    if (a.file) props.file = a.file;
    if (a.startLine) props.startLine = a.startLine;
    const annotate = a.level === "error" ? error : a.level === "warning" ? warning : notice;
    annotate(a.message, props);
  }
  try {
    await summary.addRaw(renderMarkdown(result, { maxChars: SUMMARY_MAX_CHARS, runUrl: ctx.runUrl })).write();
  } catch (e) {
    warning(`Could not write the job summary: ${safeLogLine(apiMessage(e))}`);
  }
  const pr = ctx.event.kind === "pull_request" ? ctx.event : null;
  if (pr && ctx.inputs.comment !== "never") {
    const body = renderMarkdown(result, {
      maxChars: COMMENT_MAX_CHARS,
      marker: COMMENT_MARKER,
      runUrl: ctx.runUrl
    });
    await reportWrite("the pull request comment", pr.fromFork, async () => {
      const outcome2 = await upsertComment(ctx.gh, ctx.repo, pr.number, body, {
        policy: ctx.inputs.comment,
        failing: result.verdict !== "pass"
      });
      if (outcome2 !== "skipped") info(`Pull request comment ${outcome2}.`);
    });
  }
  if (ctx.inputs.checkRun && ctx.event.kind !== "unsupported") {
    const sha2 = ctx.event.headSha;
    const summary2 = renderMarkdown(result, { maxChars: COMMENT_MAX_CHARS, runUrl: ctx.runUrl });
    await reportWrite("the check run", pr?.fromFork ?? false, async () => {
      await publishCheckRun(ctx.gh, ctx.repo, sha2, result, summary2);
      info("Check run created.");
    });
  }
}
async function reportWrite(what, fromFork, write) {
  try {
    await write();
  } catch (e) {
    const status = httpStatus(e);
    const why = status === 403 || status === 404 ? `the token may not write it (HTTP ${status}: ${apiMessage(e)})${fromFork ? "; pull requests from forks get a read-only token" : ""}. Grant "pull-requests: write" / "checks: write", or use the two-workflow setup for forks (see the README)` : `${status ? `HTTP ${status}: ` : ""}${apiMessage(e)}`;
    warning(`Could not write ${what}: ${safeLogLine(why)}. The verdict is not affected.`);
  }
}
function logResult(result) {
  const errors = unwaivedErrors(result);
  const line = result.verdict === "error" ? "Model Gate verdict: error (the gate could not evaluate; failing closed)" : `Model Gate verdict: ${result.verdict} (${result.models.length} model${result.models.length === 1 ? "" : "s"}, ${errors} unwaived error${errors === 1 ? "" : "s"}, ${result.findings.length} finding${result.findings.length === 1 ? "" : "s"})`;
  info(line);
  if (result.error) error(result.error, { title: "Model Gate could not evaluate" });
  for (const f of result.findings.slice(0, 200)) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}: ` : "";
    info(safeLogLine(`  ${f.severity}${f.waived ? " (waived)" : ""} ${f.ruleId} ${where}${f.message}`));
  }
  if (result.findings.length > 200)
    info(`  … and ${result.findings.length - 200} more in the report file.`);
}
async function writeReport(input, fallback, text, ctx) {
  const target = input ? path2.resolve(ctx.workspace, input) : path2.join(ctx.tempDir, "model-gate", fallback);
  await refuseSymlinks(ctx.workspace, path2.dirname(target));
  await mkdir2(path2.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  await writeFile2(tmp, text, { flag: "wx", mode: 420 });
  await rename2(tmp, target);
  return target;
}
async function refuseSymlinks(workspace, dir) {
  const rel = path2.relative(workspace, dir);
  if (rel.startsWith("..") || path2.isAbsolute(rel)) return;
  let at = workspace;
  for (const part of rel.split(path2.sep).filter(Boolean)) {
    at = path2.join(at, part);
    const st = await lstat2(at).catch(() => null);
    if (!st) return;
    if (st.isSymbolicLink() || !st.isDirectory())
      throw new UserError(
        `cannot write a report under ${rel}: ${path2.relative(workspace, at)} is not a directory`
      );
  }
}

// src/action/main.ts
async function main() {
  const env = process.env;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const inputs = readInputs();
  const repo = parseRepository(env.GITHUB_REPOSITORY ?? "");
  if (!inputs.token)
    throw new UserError(
      "input token is empty",
      {},
      "remove the token input to use the default github.token, or pass a token"
    );
  const retryBaseMs = Number(env.MODEL_GATE_RETRY_BASE_MS);
  const gh = createClient({
    token: inputs.token,
    baseUrl: env.GITHUB_API_URL || "https://api.github.com",
    retryBaseMs: Number.isFinite(retryBaseMs) && retryBaseMs >= 0 ? retryBaseMs : 1e3,
    log: (m) => info(safeLogLine(m))
  });
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const payload = await readPayload(env.GITHUB_EVENT_PATH);
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const runUrl = env.GITHUB_RUN_ID ? `${server}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const tempDir = env.RUNNER_TEMP || os5.tmpdir();
  if (inputs.environment || AUDIT_EVENTS.includes(eventName)) {
    const sha2 = env.GITHUB_SHA ?? "";
    if (!/^[0-9a-f]{40}$/.test(sha2)) throw new UserError("GITHUB_SHA is not a commit sha");
    const ctx = {
      gh,
      repo,
      workspace,
      inputs,
      eventName,
      payload: payload ?? {},
      sha: sha2,
      tempDir,
      now: /* @__PURE__ */ new Date(),
      log: (m) => info(safeLogLine(m))
    };
    info(
      inputs.environment ? `Event ${eventName}: deployment gate for environment ${safeLogLine(inputs.environment)}, commit ${sha2.slice(0, 7)}.` : `Event ${eventName}: scheduled audit of ${sha2.slice(0, 7)}.`
    );
    const result2 = inputs.environment ? await runVerifyAction(ctx) : await runAuditAction(ctx, runUrl);
    const event2 = { kind: "push", name: eventName, baseSha: null, headSha: sha2 };
    await publish(result2, { gh, repo, event: event2, inputs, workspace, tempDir, runUrl });
    conclude(result2);
    return;
  }
  const event = parseEvent(eventName, payload, `${repo.owner}/${repo.repo}`);
  info(
    safeLogLine(
      event.kind === "unsupported" ? `Event ${eventName}: not supported.` : `Event ${eventName}: ${event.kind === "pull_request" ? `pull request #${event.number}, ` : ""}base ${event.baseSha?.slice(0, 7) ?? "(none)"}, head ${event.headSha.slice(0, 7)}.`
    )
  );
  const result = await runPullRequestGate({
    gh,
    repo,
    workspace,
    inputs,
    event,
    now: /* @__PURE__ */ new Date(),
    log: (m) => info(safeLogLine(m))
  });
  await publish(result, { gh, repo, event, inputs, workspace, tempDir, runUrl });
  conclude(result);
}
async function readPayload(file) {
  if (!file) return {};
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new UserError(
      `cannot read the event payload ${file}: ${e instanceof Error ? e.message : String(e)}`
    );
  }
}
function conclude(result) {
  const o = outcome(result);
  if (o === "pass") return;
  const what = result.verdict === "error" ? "Model Gate could not evaluate this change (verdict error, failing closed)." : `Model Gate ${result.command === "verify" ? `refuses the deployment to ${result.environment}` : result.command === "audit" ? "audit found expired evidence or other errors" : "found unaudited model changes"} (${blockingCount(result.findings)} unwaived errors).`;
  if (o === "warned") warning(`${what} Mode is warn, so the step passes.`);
  else setFailed(what);
}
async function run() {
  try {
    await main();
  } catch (e) {
    fail(e);
  }
}
function fail(e) {
  if (e instanceof UserError) {
    const mode = modeOf();
    const result = errorResult({ message: e.describe(), mode, baseLabel: "", headLabel: "" });
    setOutput2("verdict", "error");
    error(result.error, { title: "Model Gate could not evaluate" });
    conclude(result);
    return;
  }
  const stack = e instanceof Error ? e.stack ?? e.message : String(e);
  info(safeLogLine(stack));
  setFailed(
    `Model Gate crashed; this is a bug, please report it with the log above: ${e instanceof Error ? e.message : String(e)}`
  );
}

// src/action/index.ts
await run();
