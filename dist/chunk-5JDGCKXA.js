import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  judgeAtRef,
  openAtRef
} from "./chunk-Y7KZWJKT.js";
import {
  auditModels
} from "./chunk-KF726BMP.js";
import "./chunk-WA4ATLNZ.js";
import {
  emit
} from "./chunk-W6SR5CE6.js";
import {
  REPORT_FLAGS,
  parse,
  reportOptions
} from "./chunk-4XQNZSEZ.js";
import {
  HELP
} from "./chunk-GDB26TB7.js";
import {
  parserFromWorkers
} from "./chunk-VBMURWB2.js";
import "./chunk-5N5REAOF.js";
import "./chunk-WEKPBRKS.js";
import "./chunk-CXMFJBLL.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-3L5BALE3.js";
import "./chunk-PS6DBKES.js";
import "./chunk-5JGHM2XT.js";
import "./chunk-GAQLD7RB.js";
import "./chunk-QTQMBYTJ.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import "./chunk-TVIEZLZA.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-CHNDTHGK.js";
import "./chunk-PVXUEQET.js";
import "./chunk-N7ZQX2BM.js";
import "./chunk-YMPWKLZV.js";

// src/cli/audit.ts
var DEFAULT_WITHIN_DAYS = 30;
async function runAudit(argv) {
  const { values } = parse(
    "audit",
    argv,
    {
      repo: { type: "string" },
      ref: { type: "string" },
      "policy-ref": { type: "string" },
      within: { type: "string" },
      ...REPORT_FLAGS
    },
    false
  );
  if (values.help) {
    process.stdout.write(HELP.audit);
    return 0;
  }
  const { format, mode, now } = reportOptions(values);
  const within = values.within === void 0 ? DEFAULT_WITHIN_DAYS : Number(values.within);
  if (!Number.isSafeInteger(within) || within < 0 || within > 3650)
    throw new UserError(
      `--within must be a number of days from 0 to 3650 (got ${JSON.stringify(values.within)})`
    );
  const opened = await openAtRef({ repo: values.repo, ref: values.ref, policyRef: values["policy-ref"] });
  const result = await judgeAtRef(
    opened,
    mode,
    { command: "audit" },
    () => auditModels({
      policy: opened.policy,
      head: opened.head,
      headLabel: opened.headSha,
      within,
      now,
      mode,
      openParser: parserFromWorkers(process.env.MODEL_GATE_WORKERS)
    })
  );
  return emit(result, format, values.output);
}
export {
  DEFAULT_WITHIN_DAYS,
  runAudit
};
