import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-YMPWKLZV.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// model-gate:validators
var policy = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://model-gate.dev/schema/policy-v1.json", "title": "Model Gate policy (model-gate/v1)", "description": "The rules a pull request's model changes are judged by. Read from the PR's base commit (default .github/model-gate.yml). With `extends: baseline`, the file is deep-merged over the built-in baseline (maps merge, lists replace).", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind"], "properties": { "$schema": { "type": "string" }, "apiVersion": { "const": "model-gate/v1" }, "kind": { "const": "Policy" }, "extends": { "const": "baseline", "description": "Start from the built-in baseline and override parts of it." }, "manifests": { "$ref": "#/definitions/globs", "description": "Model manifest file patterns." }, "artifacts": { "$ref": "#/definitions/globs", "description": "Model file patterns; a changed match needs a manifest." }, "modelCards": { "$ref": "#/definitions/globs", "description": "Hugging Face model card (README.md) patterns." }, "mlBoms": { "$ref": "#/definitions/globs", "description": "CycloneDX ML-BOM file patterns." }, "owners": { "$ref": "#/definitions/approvers", "description": "Who must approve any change to this policy file." }, "tiers": { "type": "object", "additionalProperties": false, "properties": { "minimal": { "$ref": "#/definitions/tier" }, "limited": { "$ref": "#/definitions/tier" }, "high": { "$ref": "#/definitions/tier" }, "unacceptable": { "$ref": "#/definitions/tier" } } }, "environments": { "type": "object", "additionalProperties": false, "properties": { "api": { "$ref": "#/definitions/environment" }, "internal": { "$ref": "#/definitions/environment" }, "cloud": { "$ref": "#/definitions/environment" } } }, "licenses": { "type": "object", "additionalProperties": false, "properties": { "deny": { "$ref": "#/definitions/strings", "description": "SPDX ids no dataset may use." }, "allow": { "$ref": "#/definitions/strings", "description": "If set, the only SPDX ids datasets may use." } } }, "approvals": { "type": "object", "additionalProperties": false, "properties": { "allowAuthor": { "type": "boolean", "description": "Whether the PR author's own approval counts (never, by default)." }, "latestCommitOnly": { "type": "boolean", "description": "Count only approvals given on the head commit." }, "allowContributors": { "type": "boolean", "description": "Whether approvals count from reviewers who authored or committed a commit of the pull request (never, by default). Merges of the base branch made with GitHub's Update branch button are nobody's authorship." } } }, "agent": { "type": "object", "additionalProperties": false, "properties": { "riskyScopes": { "type": "array", "uniqueItems": true, "items": { "enum": ["read", "write", "execute", "network"] }, "description": "Agent tool scopes that need humanApproval: true." } } }, "deploy": { "type": "object", "description": "Deployment environments (GitHub's sense: staging, production) that model-gate verify --environment NAME accepts, and what each requires to be present and current on the day of the deploy. Merged over the baseline's staging and production.", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "require": { "type": "array", "uniqueItems": true, "items": { "enum": ["riskAssessment", "adversarialTests", "evaluation", "datasets", "approvals"] }, "description": "Items the model's tier requires that must be present and current today for this environment; approvals are looked up on the last pull request that changed the model." } } } }, "ignore": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of paths that are never model files (test fixtures, sample data). Read from the base policy only. A declared artifact under an ignored path is still judged and scanned." }, "limits": { "type": "object", "additionalProperties": false, "properties": { "maxFileBytes": { "type": "integer", "minimum": 1, "description": "Largest manifest, policy or evidence file read." } } }, "signing": { "type": "object", "additionalProperties": false, "description": "Trust anchors for verifying OpenSSF model signatures offline.", "properties": { "keys": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "pem"], "properties": { "name": { "type": "string", "minLength": 1, "description": "The signer identity this key stands for." }, "pem": { "type": "string", "minLength": 1, "description": "A PEM public key." } } } }, "certificates": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "PEM CA certificates that certificate-based signatures must chain to." } } }, "waivers": { "type": "array", "items": { "$ref": "#/definitions/waiver" } }, "scan": { "type": "object", "additionalProperties": false, "description": "Model file scanning, for every model.", "properties": { "allowGlobals": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*\\.([A-Za-z_][A-Za-z0-9_]*|\\*)$" }, "description": 'Pickle globals a pickle may import beyond the built-in allow list: "module.Name" or "module.*" (the module and its submodules). A built-in deny entry always wins. Read from the base branch only.' } } } }, "definitions": { "strings": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "globs": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "approvers": { "type": "object", "additionalProperties": false, "properties": { "teams": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$" }, "description": "GitHub teams as org/team-slug." }, "users": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$" }, "description": "GitHub user logins." } } }, "control": { "enum": ["encryption", "inferenceLogging", "monitoring", "inputValidation", "outputSanitization", "rateLimit", "isolation"] }, "environment": { "type": "object", "additionalProperties": false, "required": ["controls"], "properties": { "controls": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/control" } } } }, "days": { "type": "integer", "minimum": 1 }, "tier": { "type": "object", "additionalProperties": false, "properties": { "blocked": { "type": "boolean", "description": "Models in this tier never pass." }, "approvals": { "type": "object", "additionalProperties": false, "required": ["count"], "properties": { "count": { "type": "integer", "minimum": 0 }, "from": { "$ref": "#/definitions/approvers" } } }, "riskAssessment": { "type": "object", "additionalProperties": false, "properties": { "required": { "type": "boolean" }, "maxAgeDays": { "$ref": "#/definitions/days" }, "frameworks": { "type": "array", "uniqueItems": true, "items": { "enum": ["owasp-llm-2025", "owasp-agentic-2026"] }, "description": "Framework reviews required (owasp-llm-2025 applies to llm and agent models, owasp-agentic-2026 to agents)." } } }, "adversarialTests": { "type": "object", "additionalProperties": false, "properties": { "required": { "type": "boolean" }, "maxAttackSuccessRate": { "type": "number", "minimum": 0, "maximum": 1 }, "maxAttackSuccessRatePerProbe": { "type": "number", "minimum": 0, "maximum": 1, "description": "Limit on the attack success rate of each garak probe (summed over its detectors), promptfoo plugin or native suite. Default: maxAttackSuccessRate." }, "minAttempts": { "type": "integer", "minimum": 1, "maximum": 1e9, "description": "A probe, plugin or suite with fewer attempts is not held to the per-probe limit on its own (it still counts in the overall rate). Default: 20." }, "maxAgeDays": { "$ref": "#/definitions/days" } } }, "datasets": { "type": "object", "additionalProperties": false, "properties": { "required": { "type": "boolean" }, "vetted": { "type": "boolean" }, "digest": { "type": "boolean" }, "vettedMaxAgeDays": { "$ref": "#/definitions/days", "description": "How long a dataset's vetting stays current (from vetted.date); none by default." } } }, "controls": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/control" } }, "evaluation": { "type": "object", "additionalProperties": false, "properties": { "minMetrics": { "type": "object", "additionalProperties": { "type": "number" } }, "maxAgeDays": { "$ref": "#/definitions/days" } } }, "signature": { "type": "object", "additionalProperties": false, "properties": { "required": { "type": "boolean" }, "signers": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Allowed signer identities (e.g. a workflow URI or e-mail)." } } }, "scan": { "type": "object", "additionalProperties": false, "properties": { "required": { "type": "boolean", "description": "A model file that cannot be scanned (LFS pointer) is an error." } } } } }, "waiver": { "type": "object", "additionalProperties": false, "description": "Accepts a finding for a time. Missing or bad fields make the waiver invalid (waiver/invalid), not the policy.", "properties": { "rule": { "type": "string", "description": "Exact rule id, e.g. evidence/threshold-exceeded." }, "model": { "type": "string", "description": "Exact metadata.name of the model." }, "reason": { "type": "string" }, "owner": { "type": "string" }, "ticket": { "type": ["string", "number"] }, "expires": { "type": "string", "description": "YYYY-MM-DD, at most 90 days ahead." } } } } };
var schema12 = { "type": "array", "items": { "type": "string", "minLength": 1 } };
var schema16 = { "type": "object", "additionalProperties": false, "properties": { "teams": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$" }, "description": "GitHub teams as org/team-slug." }, "users": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$" }, "description": "GitHub user logins." } } };
var schema26 = { "type": "array", "items": { "type": "string", "minLength": 1 } };
var schema28 = { "type": "object", "additionalProperties": false, "description": "Accepts a finding for a time. Missing or bad fields make the waiver invalid (waiver/invalid), not the policy.", "properties": { "rule": { "type": "string", "description": "Exact rule id, e.g. evidence/threshold-exceeded." }, "model": { "type": "string", "description": "Exact metadata.name of the model." }, "reason": { "type": "string" }, "owner": { "type": "string" }, "ticket": { "type": ["string", "number"] }, "expires": { "type": "string", "description": "YYYY-MM-DD, at most 90 days ahead." } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$", "u");
var pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$", "u");
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "u");
var pattern5 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*\\.([A-Za-z_][A-Za-z0-9_]*|\\*)$", "u");
var schema17 = { "type": "object", "additionalProperties": false, "properties": { "blocked": { "type": "boolean", "description": "Models in this tier never pass." }, "approvals": { "type": "object", "additionalProperties": false, "required": ["count"], "properties": { "count": { "type": "integer", "minimum": 0 }, "from": { "$ref": "#/definitions/approvers" } } }, "riskAssessment": { "type": "object", "additionalProperties": false, "properties": { "required": { "type": "boolean" }, "maxAgeDays": { "$ref": "#/definitions/days" }, "frameworks": { "type": "array", "uniqueItems": true, "items": { "enum": ["owasp-llm-2025", "owasp-agentic-2026"] }, "description": "Framework reviews required (owasp-llm-2025 applies to llm and agent models, owasp-agentic-2026 to agents)." } } }, "adversarialTests": { "type": "object", "additionalProperties": false, "properties": { "required": { "type": "boolean" }, "maxAttackSuccessRate": { "type": "number", "minimum": 0, "maximum": 1 }, "maxAttackSuccessRatePerProbe": { "type": "number", "minimum": 0, "maximum": 1, "description": "Limit on the attack success rate of each garak probe (summed over its detectors), promptfoo plugin or native suite. Default: maxAttackSuccessRate." }, "minAttempts": { "type": "integer", "minimum": 1, "maximum": 1e9, "description": "A probe, plugin or suite with fewer attempts is not held to the per-probe limit on its own (it still counts in the overall rate). Default: 20." }, "maxAgeDays": { "$ref": "#/definitions/days" } } }, "datasets": { "type": "object", "additionalProperties": false, "properties": { "required": { "type": "boolean" }, "vetted": { "type": "boolean" }, "digest": { "type": "boolean" }, "vettedMaxAgeDays": { "$ref": "#/definitions/days", "description": "How long a dataset's vetting stays current (from vetted.date); none by default." } } }, "controls": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/control" } }, "evaluation": { "type": "object", "additionalProperties": false, "properties": { "minMetrics": { "type": "object", "additionalProperties": { "type": "number" } }, "maxAgeDays": { "$ref": "#/definitions/days" } } }, "signature": { "type": "object", "additionalProperties": false, "properties": { "required": { "type": "boolean" }, "signers": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Allowed signer identities (e.g. a workflow URI or e-mail)." } } }, "scan": { "type": "object", "additionalProperties": false, "properties": { "required": { "type": "boolean", "description": "A model file that cannot be scanned (LFS pointer) is an error." } } } } };
var schema19 = { "type": "integer", "minimum": 1 };
var schema22 = { "enum": ["encryption", "inferenceLogging", "monitoring", "inputValidation", "outputSanitization", "rateLimit", "isolation"] };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema17.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.blocked !== void 0) {
      let data0 = data.blocked;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/blocked", schemaPath: "#/properties/blocked/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.blocked.type, parentSchema: schema17.properties.blocked, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data1 = data.approvals;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.count === void 0) {
          const err2 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema17.properties.approvals.required, parentSchema: schema17.properties.approvals, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "count" || key1 === "from")) {
            const err3 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.approvals, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.count !== void 0) {
          let data2 = data1.count;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            const err4 = { instancePath: instancePath + "/approvals/count", schemaPath: "#/properties/approvals/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.approvals.properties.count.type, parentSchema: schema17.properties.approvals.properties.count, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 < 0 || isNaN(data2)) {
              const err5 = { instancePath: instancePath + "/approvals/count", schemaPath: "#/properties/approvals/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.approvals.properties.count, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        }
        if (data1.from !== void 0) {
          let data3 = data1.from;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key2 in data3) {
              if (!(key2 === "teams" || key2 === "users")) {
                const err6 = { instancePath: instancePath + "/approvals/from", schemaPath: "#/definitions/approvers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data3.teams !== void 0) {
              let data4 = data3.teams;
              if (Array.isArray(data4)) {
                const len0 = data4.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data5 = data4[i0];
                  if (typeof data5 === "string") {
                    if (!pattern0.test(data5)) {
                      const err7 = { instancePath: instancePath + "/approvals/from/teams/" + i0, schemaPath: "#/definitions/approvers/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$", parentSchema: schema16.properties.teams.items, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    }
                  } else {
                    const err8 = { instancePath: instancePath + "/approvals/from/teams/" + i0, schemaPath: "#/definitions/approvers/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.teams.items.type, parentSchema: schema16.properties.teams.items, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
              } else {
                const err9 = { instancePath: instancePath + "/approvals/from/teams", schemaPath: "#/definitions/approvers/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.teams.type, parentSchema: schema16.properties.teams, data: data4 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.users !== void 0) {
              let data6 = data3.users;
              if (Array.isArray(data6)) {
                const len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data7 = data6[i1];
                  if (typeof data7 === "string") {
                    if (!pattern1.test(data7)) {
                      const err10 = { instancePath: instancePath + "/approvals/from/users/" + i1, schemaPath: "#/definitions/approvers/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$", parentSchema: schema16.properties.users.items, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                  } else {
                    const err11 = { instancePath: instancePath + "/approvals/from/users/" + i1, schemaPath: "#/definitions/approvers/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.users.items.type, parentSchema: schema16.properties.users.items, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
              } else {
                const err12 = { instancePath: instancePath + "/approvals/from/users", schemaPath: "#/definitions/approvers/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.users.type, parentSchema: schema16.properties.users, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/approvals/from", schemaPath: "#/definitions/approvers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.approvals.type, parentSchema: schema17.properties.approvals, data: data1 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.riskAssessment !== void 0) {
      let data8 = data.riskAssessment;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key3 in data8) {
          if (!(key3 === "required" || key3 === "maxAgeDays" || key3 === "frameworks")) {
            const err15 = { instancePath: instancePath + "/riskAssessment", schemaPath: "#/properties/riskAssessment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.riskAssessment, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data8.required !== void 0) {
          let data9 = data8.required;
          if (typeof data9 !== "boolean") {
            const err16 = { instancePath: instancePath + "/riskAssessment/required", schemaPath: "#/properties/riskAssessment/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.riskAssessment.properties.required.type, parentSchema: schema17.properties.riskAssessment.properties.required, data: data9 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data8.maxAgeDays !== void 0) {
          let data10 = data8.maxAgeDays;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err17 = { instancePath: instancePath + "/riskAssessment/maxAgeDays", schemaPath: "#/definitions/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.type, parentSchema: schema19, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 1 || isNaN(data10)) {
              const err18 = { instancePath: instancePath + "/riskAssessment/maxAgeDays", schemaPath: "#/definitions/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19, data: data10 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        }
        if (data8.frameworks !== void 0) {
          let data11 = data8.frameworks;
          if (Array.isArray(data11)) {
            const len2 = data11.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data12 = data11[i2];
              if (!(data12 === "owasp-llm-2025" || data12 === "owasp-agentic-2026")) {
                const err19 = { instancePath: instancePath + "/riskAssessment/frameworks/" + i2, schemaPath: "#/properties/riskAssessment/properties/frameworks/items/enum", keyword: "enum", params: { allowedValues: schema17.properties.riskAssessment.properties.frameworks.items.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.riskAssessment.properties.frameworks.items.enum, parentSchema: schema17.properties.riskAssessment.properties.frameworks.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            let i3 = data11.length;
            let j0;
            if (i3 > 1) {
              outer0: for (; i3--; ) {
                for (j0 = i3; j0--; ) {
                  if (func0(data11[i3], data11[j0])) {
                    const err20 = { instancePath: instancePath + "/riskAssessment/frameworks", schemaPath: "#/properties/riskAssessment/properties/frameworks/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema17.properties.riskAssessment.properties.frameworks, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/riskAssessment/frameworks", schemaPath: "#/properties/riskAssessment/properties/frameworks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.riskAssessment.properties.frameworks.type, parentSchema: schema17.properties.riskAssessment.properties.frameworks, data: data11 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/riskAssessment", schemaPath: "#/properties/riskAssessment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.riskAssessment.type, parentSchema: schema17.properties.riskAssessment, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.adversarialTests !== void 0) {
      let data13 = data.adversarialTests;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key4 in data13) {
          if (!(key4 === "required" || key4 === "maxAttackSuccessRate" || key4 === "maxAttackSuccessRatePerProbe" || key4 === "minAttempts" || key4 === "maxAgeDays")) {
            const err23 = { instancePath: instancePath + "/adversarialTests", schemaPath: "#/properties/adversarialTests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.adversarialTests, data: data13 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data13.required !== void 0) {
          let data14 = data13.required;
          if (typeof data14 !== "boolean") {
            const err24 = { instancePath: instancePath + "/adversarialTests/required", schemaPath: "#/properties/adversarialTests/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.adversarialTests.properties.required.type, parentSchema: schema17.properties.adversarialTests.properties.required, data: data14 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data13.maxAttackSuccessRate !== void 0) {
          let data15 = data13.maxAttackSuccessRate;
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 1 || isNaN(data15)) {
              const err25 = { instancePath: instancePath + "/adversarialTests/maxAttackSuccessRate", schemaPath: "#/properties/adversarialTests/properties/maxAttackSuccessRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema17.properties.adversarialTests.properties.maxAttackSuccessRate, data: data15 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
              const err26 = { instancePath: instancePath + "/adversarialTests/maxAttackSuccessRate", schemaPath: "#/properties/adversarialTests/properties/maxAttackSuccessRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.adversarialTests.properties.maxAttackSuccessRate, data: data15 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/adversarialTests/maxAttackSuccessRate", schemaPath: "#/properties/adversarialTests/properties/maxAttackSuccessRate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.adversarialTests.properties.maxAttackSuccessRate.type, parentSchema: schema17.properties.adversarialTests.properties.maxAttackSuccessRate, data: data15 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data13.maxAttackSuccessRatePerProbe !== void 0) {
          let data16 = data13.maxAttackSuccessRatePerProbe;
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 > 1 || isNaN(data16)) {
              const err28 = { instancePath: instancePath + "/adversarialTests/maxAttackSuccessRatePerProbe", schemaPath: "#/properties/adversarialTests/properties/maxAttackSuccessRatePerProbe/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema17.properties.adversarialTests.properties.maxAttackSuccessRatePerProbe, data: data16 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data16 < 0 || isNaN(data16)) {
              const err29 = { instancePath: instancePath + "/adversarialTests/maxAttackSuccessRatePerProbe", schemaPath: "#/properties/adversarialTests/properties/maxAttackSuccessRatePerProbe/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.adversarialTests.properties.maxAttackSuccessRatePerProbe, data: data16 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/adversarialTests/maxAttackSuccessRatePerProbe", schemaPath: "#/properties/adversarialTests/properties/maxAttackSuccessRatePerProbe/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.adversarialTests.properties.maxAttackSuccessRatePerProbe.type, parentSchema: schema17.properties.adversarialTests.properties.maxAttackSuccessRatePerProbe, data: data16 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data13.minAttempts !== void 0) {
          let data17 = data13.minAttempts;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err31 = { instancePath: instancePath + "/adversarialTests/minAttempts", schemaPath: "#/properties/adversarialTests/properties/minAttempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.adversarialTests.properties.minAttempts.type, parentSchema: schema17.properties.adversarialTests.properties.minAttempts, data: data17 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 1e9 || isNaN(data17)) {
              const err32 = { instancePath: instancePath + "/adversarialTests/minAttempts", schemaPath: "#/properties/adversarialTests/properties/minAttempts/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema17.properties.adversarialTests.properties.minAttempts, data: data17 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data17 < 1 || isNaN(data17)) {
              const err33 = { instancePath: instancePath + "/adversarialTests/minAttempts", schemaPath: "#/properties/adversarialTests/properties/minAttempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema17.properties.adversarialTests.properties.minAttempts, data: data17 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        }
        if (data13.maxAgeDays !== void 0) {
          let data18 = data13.maxAgeDays;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
            const err34 = { instancePath: instancePath + "/adversarialTests/maxAgeDays", schemaPath: "#/definitions/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.type, parentSchema: schema19, data: data18 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 < 1 || isNaN(data18)) {
              const err35 = { instancePath: instancePath + "/adversarialTests/maxAgeDays", schemaPath: "#/definitions/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19, data: data18 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/adversarialTests", schemaPath: "#/properties/adversarialTests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.adversarialTests.type, parentSchema: schema17.properties.adversarialTests, data: data13 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.datasets !== void 0) {
      let data19 = data.datasets;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key5 in data19) {
          if (!(key5 === "required" || key5 === "vetted" || key5 === "digest" || key5 === "vettedMaxAgeDays")) {
            const err37 = { instancePath: instancePath + "/datasets", schemaPath: "#/properties/datasets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.datasets, data: data19 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data19.required !== void 0) {
          let data20 = data19.required;
          if (typeof data20 !== "boolean") {
            const err38 = { instancePath: instancePath + "/datasets/required", schemaPath: "#/properties/datasets/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.datasets.properties.required.type, parentSchema: schema17.properties.datasets.properties.required, data: data20 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data19.vetted !== void 0) {
          let data21 = data19.vetted;
          if (typeof data21 !== "boolean") {
            const err39 = { instancePath: instancePath + "/datasets/vetted", schemaPath: "#/properties/datasets/properties/vetted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.datasets.properties.vetted.type, parentSchema: schema17.properties.datasets.properties.vetted, data: data21 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data19.digest !== void 0) {
          let data22 = data19.digest;
          if (typeof data22 !== "boolean") {
            const err40 = { instancePath: instancePath + "/datasets/digest", schemaPath: "#/properties/datasets/properties/digest/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.datasets.properties.digest.type, parentSchema: schema17.properties.datasets.properties.digest, data: data22 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data19.vettedMaxAgeDays !== void 0) {
          let data23 = data19.vettedMaxAgeDays;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
            const err41 = { instancePath: instancePath + "/datasets/vettedMaxAgeDays", schemaPath: "#/definitions/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.type, parentSchema: schema19, data: data23 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 < 1 || isNaN(data23)) {
              const err42 = { instancePath: instancePath + "/datasets/vettedMaxAgeDays", schemaPath: "#/definitions/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19, data: data23 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/datasets", schemaPath: "#/properties/datasets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.datasets.type, parentSchema: schema17.properties.datasets, data: data19 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.controls !== void 0) {
      let data24 = data.controls;
      if (Array.isArray(data24)) {
        const len3 = data24.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data25 = data24[i4];
          if (!(data25 === "encryption" || data25 === "inferenceLogging" || data25 === "monitoring" || data25 === "inputValidation" || data25 === "outputSanitization" || data25 === "rateLimit" || data25 === "isolation")) {
            const err44 = { instancePath: instancePath + "/controls/" + i4, schemaPath: "#/definitions/control/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data25 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        let i5 = data24.length;
        let j1;
        if (i5 > 1) {
          outer1: for (; i5--; ) {
            for (j1 = i5; j1--; ) {
              if (func0(data24[i5], data24[j1])) {
                const err45 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: true, parentSchema: schema17.properties.controls, data: data24 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.controls.type, parentSchema: schema17.properties.controls, data: data24 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.evaluation !== void 0) {
      let data26 = data.evaluation;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key6 in data26) {
          if (!(key6 === "minMetrics" || key6 === "maxAgeDays")) {
            const err47 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.evaluation, data: data26 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data26.minMetrics !== void 0) {
          let data27 = data26.minMetrics;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            for (const key7 in data27) {
              let data28 = data27[key7];
              if (!(typeof data28 == "number" && isFinite(data28))) {
                const err48 = { instancePath: instancePath + "/evaluation/minMetrics/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/evaluation/properties/minMetrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.evaluation.properties.minMetrics.additionalProperties.type, parentSchema: schema17.properties.evaluation.properties.minMetrics.additionalProperties, data: data28 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/evaluation/minMetrics", schemaPath: "#/properties/evaluation/properties/minMetrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.evaluation.properties.minMetrics.type, parentSchema: schema17.properties.evaluation.properties.minMetrics, data: data27 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data26.maxAgeDays !== void 0) {
          let data29 = data26.maxAgeDays;
          if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
            const err50 = { instancePath: instancePath + "/evaluation/maxAgeDays", schemaPath: "#/definitions/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.type, parentSchema: schema19, data: data29 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          if (typeof data29 == "number" && isFinite(data29)) {
            if (data29 < 1 || isNaN(data29)) {
              const err51 = { instancePath: instancePath + "/evaluation/maxAgeDays", schemaPath: "#/definitions/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19, data: data29 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.evaluation.type, parentSchema: schema17.properties.evaluation, data: data26 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.signature !== void 0) {
      let data30 = data.signature;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        for (const key8 in data30) {
          if (!(key8 === "required" || key8 === "signers")) {
            const err53 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.signature, data: data30 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data30.required !== void 0) {
          let data31 = data30.required;
          if (typeof data31 !== "boolean") {
            const err54 = { instancePath: instancePath + "/signature/required", schemaPath: "#/properties/signature/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.signature.properties.required.type, parentSchema: schema17.properties.signature.properties.required, data: data31 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data30.signers !== void 0) {
          let data32 = data30.signers;
          if (Array.isArray(data32)) {
            const len4 = data32.length;
            for (let i6 = 0; i6 < len4; i6++) {
              let data33 = data32[i6];
              if (typeof data33 === "string") {
                if (func3(data33) < 1) {
                  const err55 = { instancePath: instancePath + "/signature/signers/" + i6, schemaPath: "#/properties/signature/properties/signers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.signature.properties.signers.items, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = { instancePath: instancePath + "/signature/signers/" + i6, schemaPath: "#/properties/signature/properties/signers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.signature.properties.signers.items.type, parentSchema: schema17.properties.signature.properties.signers.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/signature/signers", schemaPath: "#/properties/signature/properties/signers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.signature.properties.signers.type, parentSchema: schema17.properties.signature.properties.signers, data: data32 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.signature.type, parentSchema: schema17.properties.signature, data: data30 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.scan !== void 0) {
      let data34 = data.scan;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        for (const key9 in data34) {
          if (!(key9 === "required")) {
            const err59 = { instancePath: instancePath + "/scan", schemaPath: "#/properties/scan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.scan, data: data34 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data34.required !== void 0) {
          let data35 = data34.required;
          if (typeof data35 !== "boolean") {
            const err60 = { instancePath: instancePath + "/scan/required", schemaPath: "#/properties/scan/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.scan.properties.required.type, parentSchema: schema17.properties.scan.properties.required, data: data35 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/scan", schemaPath: "#/properties/scan/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.scan.type, parentSchema: schema17.properties.scan, data: data34 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
  } else {
    const err62 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err62];
    } else {
      vErrors.push(err62);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema24 = { "type": "object", "additionalProperties": false, "required": ["controls"], "properties": { "controls": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/control" } } } };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.controls === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "controls" }, message: "must have required property 'controls'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "controls")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.controls !== void 0) {
      let data0 = data.controls;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (!(data1 === "encryption" || data1 === "inferenceLogging" || data1 === "monitoring" || data1 === "inputValidation" || data1 === "outputSanitization" || data1 === "rateLimit" || data1 === "isolation")) {
            const err2 = { instancePath: instancePath + "/controls/" + i0, schemaPath: "#/definitions/control/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data0[i1], data0[j0])) {
                const err3 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema24.properties.controls, data: data0 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.controls.type, parentSchema: schema24.properties.controls, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if ("model-gate/v1" !== data1) {
        const err4 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "model-gate/v1" }, message: "must be equal to constant", schema: "model-gate/v1", parentSchema: schema11.properties.apiVersion, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if ("Policy" !== data2) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Policy" }, message: "must be equal to constant", schema: "Policy", parentSchema: schema11.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data3 = data.extends;
      if ("baseline" !== data3) {
        const err6 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/const", keyword: "const", params: { allowedValue: "baseline" }, message: "must be equal to constant", schema: "baseline", parentSchema: schema11.properties.extends, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.manifests !== void 0) {
      let data4 = data.manifests;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func3(data5) < 1) {
              const err7 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.items.type, parentSchema: schema12.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/manifests", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.type, parentSchema: schema12, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.artifacts !== void 0) {
      let data6 = data.artifacts;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (typeof data7 === "string") {
            if (func3(data7) < 1) {
              const err10 = { instancePath: instancePath + "/artifacts/" + i1, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/artifacts/" + i1, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.items.type, parentSchema: schema12.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/artifacts", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.type, parentSchema: schema12, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.modelCards !== void 0) {
      let data8 = data.modelCards;
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data9 = data8[i2];
          if (typeof data9 === "string") {
            if (func3(data9) < 1) {
              const err13 = { instancePath: instancePath + "/modelCards/" + i2, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/modelCards/" + i2, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.items.type, parentSchema: schema12.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/modelCards", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.type, parentSchema: schema12, data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.mlBoms !== void 0) {
      let data10 = data.mlBoms;
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data11 = data10[i3];
          if (typeof data11 === "string") {
            if (func3(data11) < 1) {
              const err16 = { instancePath: instancePath + "/mlBoms/" + i3, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/mlBoms/" + i3, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.items.type, parentSchema: schema12.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/mlBoms", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.type, parentSchema: schema12, data: data10 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.owners !== void 0) {
      let data12 = data.owners;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key1 in data12) {
          if (!(key1 === "teams" || key1 === "users")) {
            const err19 = { instancePath: instancePath + "/owners", schemaPath: "#/definitions/approvers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data: data12 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data12.teams !== void 0) {
          let data13 = data12.teams;
          if (Array.isArray(data13)) {
            const len4 = data13.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data14 = data13[i4];
              if (typeof data14 === "string") {
                if (!pattern0.test(data14)) {
                  const err20 = { instancePath: instancePath + "/owners/teams/" + i4, schemaPath: "#/definitions/approvers/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$", parentSchema: schema16.properties.teams.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/owners/teams/" + i4, schemaPath: "#/definitions/approvers/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.teams.items.type, parentSchema: schema16.properties.teams.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/owners/teams", schemaPath: "#/definitions/approvers/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.teams.type, parentSchema: schema16.properties.teams, data: data13 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data12.users !== void 0) {
          let data15 = data12.users;
          if (Array.isArray(data15)) {
            const len5 = data15.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data16 = data15[i5];
              if (typeof data16 === "string") {
                if (!pattern1.test(data16)) {
                  const err23 = { instancePath: instancePath + "/owners/users/" + i5, schemaPath: "#/definitions/approvers/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$", parentSchema: schema16.properties.users.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/owners/users/" + i5, schemaPath: "#/definitions/approvers/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.users.items.type, parentSchema: schema16.properties.users.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/owners/users", schemaPath: "#/definitions/approvers/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.users.type, parentSchema: schema16.properties.users, data: data15 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/owners", schemaPath: "#/definitions/approvers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data12 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.tiers !== void 0) {
      let data17 = data.tiers;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key2 in data17) {
          if (!(key2 === "minimal" || key2 === "limited" || key2 === "high" || key2 === "unacceptable")) {
            const err27 = { instancePath: instancePath + "/tiers", schemaPath: "#/properties/tiers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.tiers, data: data17 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data17.minimal !== void 0) {
          if (!validate11(data17.minimal, { instancePath: instancePath + "/tiers/minimal", parentData: data17, parentDataProperty: "minimal", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data17.limited !== void 0) {
          if (!validate11(data17.limited, { instancePath: instancePath + "/tiers/limited", parentData: data17, parentDataProperty: "limited", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data17.high !== void 0) {
          if (!validate11(data17.high, { instancePath: instancePath + "/tiers/high", parentData: data17, parentDataProperty: "high", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data17.unacceptable !== void 0) {
          if (!validate11(data17.unacceptable, { instancePath: instancePath + "/tiers/unacceptable", parentData: data17, parentDataProperty: "unacceptable", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/tiers", schemaPath: "#/properties/tiers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tiers.type, parentSchema: schema11.properties.tiers, data: data17 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.environments !== void 0) {
      let data22 = data.environments;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        for (const key3 in data22) {
          if (!(key3 === "api" || key3 === "internal" || key3 === "cloud")) {
            const err29 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.environments, data: data22 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data22.api !== void 0) {
          if (!validate16(data22.api, { instancePath: instancePath + "/environments/api", parentData: data22, parentDataProperty: "api", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
        if (data22.internal !== void 0) {
          if (!validate16(data22.internal, { instancePath: instancePath + "/environments/internal", parentData: data22, parentDataProperty: "internal", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
        if (data22.cloud !== void 0) {
          if (!validate16(data22.cloud, { instancePath: instancePath + "/environments/cloud", parentData: data22, parentDataProperty: "cloud", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.environments.type, parentSchema: schema11.properties.environments, data: data22 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.licenses !== void 0) {
      let data26 = data.licenses;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key4 in data26) {
          if (!(key4 === "deny" || key4 === "allow")) {
            const err31 = { instancePath: instancePath + "/licenses", schemaPath: "#/properties/licenses/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.licenses, data: data26 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data26.deny !== void 0) {
          let data27 = data26.deny;
          if (Array.isArray(data27)) {
            const len6 = data27.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data28 = data27[i6];
              if (typeof data28 === "string") {
                if (func3(data28) < 1) {
                  const err32 = { instancePath: instancePath + "/licenses/deny/" + i6, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.items, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/licenses/deny/" + i6, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.items.type, parentSchema: schema26.items, data: data28 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/licenses/deny", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.type, parentSchema: schema26, data: data27 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data26.allow !== void 0) {
          let data29 = data26.allow;
          if (Array.isArray(data29)) {
            const len7 = data29.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data30 = data29[i7];
              if (typeof data30 === "string") {
                if (func3(data30) < 1) {
                  const err35 = { instancePath: instancePath + "/licenses/allow/" + i7, schemaPath: "#/definitions/strings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.items, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/licenses/allow/" + i7, schemaPath: "#/definitions/strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.items.type, parentSchema: schema26.items, data: data30 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/licenses/allow", schemaPath: "#/definitions/strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.type, parentSchema: schema26, data: data29 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/licenses", schemaPath: "#/properties/licenses/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.licenses.type, parentSchema: schema11.properties.licenses, data: data26 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data31 = data.approvals;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key5 in data31) {
          if (!(key5 === "allowAuthor" || key5 === "latestCommitOnly" || key5 === "allowContributors")) {
            const err39 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.approvals, data: data31 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data31.allowAuthor !== void 0) {
          let data32 = data31.allowAuthor;
          if (typeof data32 !== "boolean") {
            const err40 = { instancePath: instancePath + "/approvals/allowAuthor", schemaPath: "#/properties/approvals/properties/allowAuthor/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.approvals.properties.allowAuthor.type, parentSchema: schema11.properties.approvals.properties.allowAuthor, data: data32 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data31.latestCommitOnly !== void 0) {
          let data33 = data31.latestCommitOnly;
          if (typeof data33 !== "boolean") {
            const err41 = { instancePath: instancePath + "/approvals/latestCommitOnly", schemaPath: "#/properties/approvals/properties/latestCommitOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.approvals.properties.latestCommitOnly.type, parentSchema: schema11.properties.approvals.properties.latestCommitOnly, data: data33 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data31.allowContributors !== void 0) {
          let data34 = data31.allowContributors;
          if (typeof data34 !== "boolean") {
            const err42 = { instancePath: instancePath + "/approvals/allowContributors", schemaPath: "#/properties/approvals/properties/allowContributors/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.approvals.properties.allowContributors.type, parentSchema: schema11.properties.approvals.properties.allowContributors, data: data34 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.approvals.type, parentSchema: schema11.properties.approvals, data: data31 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.agent !== void 0) {
      let data35 = data.agent;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        for (const key6 in data35) {
          if (!(key6 === "riskyScopes")) {
            const err44 = { instancePath: instancePath + "/agent", schemaPath: "#/properties/agent/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.agent, data: data35 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data35.riskyScopes !== void 0) {
          let data36 = data35.riskyScopes;
          if (Array.isArray(data36)) {
            const len8 = data36.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data37 = data36[i8];
              if (!(data37 === "read" || data37 === "write" || data37 === "execute" || data37 === "network")) {
                const err45 = { instancePath: instancePath + "/agent/riskyScopes/" + i8, schemaPath: "#/properties/agent/properties/riskyScopes/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.agent.properties.riskyScopes.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.agent.properties.riskyScopes.items.enum, parentSchema: schema11.properties.agent.properties.riskyScopes.items, data: data37 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            let i9 = data36.length;
            let j0;
            if (i9 > 1) {
              outer0: for (; i9--; ) {
                for (j0 = i9; j0--; ) {
                  if (func0(data36[i9], data36[j0])) {
                    const err46 = { instancePath: instancePath + "/agent/riskyScopes", schemaPath: "#/properties/agent/properties/riskyScopes/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i9 + " are identical)", schema: true, parentSchema: schema11.properties.agent.properties.riskyScopes, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/agent/riskyScopes", schemaPath: "#/properties/agent/properties/riskyScopes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.agent.properties.riskyScopes.type, parentSchema: schema11.properties.agent.properties.riskyScopes, data: data36 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/agent", schemaPath: "#/properties/agent/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.agent.type, parentSchema: schema11.properties.agent, data: data35 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.deploy !== void 0) {
      let data38 = data.deploy;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (const key7 in data38) {
          const _errs82 = errors;
          if (typeof key7 === "string") {
            if (!pattern4.test(key7)) {
              const err49 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", parentSchema: schema11.properties.deploy.propertyNames, data: key7, propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
          var valid33 = _errs82 === errors;
          if (!valid33) {
            const err50 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid", schema: schema11.properties.deploy.propertyNames, parentSchema: schema11.properties.deploy, data: data38 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        for (const key8 in data38) {
          let data39 = data38[key8];
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            for (const key9 in data39) {
              if (!(key9 === "require")) {
                const err51 = { instancePath: instancePath + "/deploy/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/deploy/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.deploy.additionalProperties, data: data39 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data39.require !== void 0) {
              let data40 = data39.require;
              if (Array.isArray(data40)) {
                const len9 = data40.length;
                for (let i10 = 0; i10 < len9; i10++) {
                  let data41 = data40[i10];
                  if (!(data41 === "riskAssessment" || data41 === "adversarialTests" || data41 === "evaluation" || data41 === "datasets" || data41 === "approvals")) {
                    const err52 = { instancePath: instancePath + "/deploy/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/require/" + i10, schemaPath: "#/properties/deploy/additionalProperties/properties/require/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.deploy.additionalProperties.properties.require.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.deploy.additionalProperties.properties.require.items.enum, parentSchema: schema11.properties.deploy.additionalProperties.properties.require.items, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                let i11 = data40.length;
                let j1;
                if (i11 > 1) {
                  outer1: for (; i11--; ) {
                    for (j1 = i11; j1--; ) {
                      if (func0(data40[i11], data40[j1])) {
                        const err53 = { instancePath: instancePath + "/deploy/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/require", schemaPath: "#/properties/deploy/additionalProperties/properties/require/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i11 + " are identical)", schema: true, parentSchema: schema11.properties.deploy.additionalProperties.properties.require, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err53];
                        } else {
                          vErrors.push(err53);
                        }
                        errors++;
                        break outer1;
                      }
                    }
                  }
                }
              } else {
                const err54 = { instancePath: instancePath + "/deploy/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/require", schemaPath: "#/properties/deploy/additionalProperties/properties/require/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.deploy.additionalProperties.properties.require.type, parentSchema: schema11.properties.deploy.additionalProperties.properties.require, data: data40 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/deploy/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/deploy/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.deploy.additionalProperties.type, parentSchema: schema11.properties.deploy.additionalProperties, data: data39 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.deploy.type, parentSchema: schema11.properties.deploy, data: data38 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data42 = data.ignore;
      if (Array.isArray(data42)) {
        const len10 = data42.length;
        for (let i12 = 0; i12 < len10; i12++) {
          let data43 = data42[i12];
          if (typeof data43 === "string") {
            if (func3(data43) < 1) {
              const err57 = { instancePath: instancePath + "/ignore/" + i12, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ignore.items, data: data43 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/ignore/" + i12, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignore.items.type, parentSchema: schema11.properties.ignore.items, data: data43 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ignore.type, parentSchema: schema11.properties.ignore, data: data42 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data44 = data.limits;
      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
        for (const key10 in data44) {
          if (!(key10 === "maxFileBytes")) {
            const err60 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.limits, data: data44 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data44.maxFileBytes !== void 0) {
          let data45 = data44.maxFileBytes;
          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
            const err61 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.limits.properties.maxFileBytes.type, parentSchema: schema11.properties.limits.properties.maxFileBytes, data: data45 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          if (typeof data45 == "number" && isFinite(data45)) {
            if (data45 < 1 || isNaN(data45)) {
              const err62 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.limits.properties.maxFileBytes, data: data45 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.limits.type, parentSchema: schema11.properties.limits, data: data44 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.signing !== void 0) {
      let data46 = data.signing;
      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
        for (const key11 in data46) {
          if (!(key11 === "keys" || key11 === "certificates")) {
            const err64 = { instancePath: instancePath + "/signing", schemaPath: "#/properties/signing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.signing, data: data46 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data46.keys !== void 0) {
          let data47 = data46.keys;
          if (Array.isArray(data47)) {
            const len11 = data47.length;
            for (let i13 = 0; i13 < len11; i13++) {
              let data48 = data47[i13];
              if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                if (data48.name === void 0) {
                  const err65 = { instancePath: instancePath + "/signing/keys/" + i13, schemaPath: "#/properties/signing/properties/keys/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.signing.properties.keys.items.required, parentSchema: schema11.properties.signing.properties.keys.items, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                if (data48.pem === void 0) {
                  const err66 = { instancePath: instancePath + "/signing/keys/" + i13, schemaPath: "#/properties/signing/properties/keys/items/required", keyword: "required", params: { missingProperty: "pem" }, message: "must have required property 'pem'", schema: schema11.properties.signing.properties.keys.items.required, parentSchema: schema11.properties.signing.properties.keys.items, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                for (const key12 in data48) {
                  if (!(key12 === "name" || key12 === "pem")) {
                    const err67 = { instancePath: instancePath + "/signing/keys/" + i13, schemaPath: "#/properties/signing/properties/keys/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.signing.properties.keys.items, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data48.name !== void 0) {
                  let data49 = data48.name;
                  if (typeof data49 === "string") {
                    if (func3(data49) < 1) {
                      const err68 = { instancePath: instancePath + "/signing/keys/" + i13 + "/name", schemaPath: "#/properties/signing/properties/keys/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.signing.properties.keys.items.properties.name, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/signing/keys/" + i13 + "/name", schemaPath: "#/properties/signing/properties/keys/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.signing.properties.keys.items.properties.name.type, parentSchema: schema11.properties.signing.properties.keys.items.properties.name, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data48.pem !== void 0) {
                  let data50 = data48.pem;
                  if (typeof data50 === "string") {
                    if (func3(data50) < 1) {
                      const err70 = { instancePath: instancePath + "/signing/keys/" + i13 + "/pem", schemaPath: "#/properties/signing/properties/keys/items/properties/pem/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.signing.properties.keys.items.properties.pem, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  } else {
                    const err71 = { instancePath: instancePath + "/signing/keys/" + i13 + "/pem", schemaPath: "#/properties/signing/properties/keys/items/properties/pem/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.signing.properties.keys.items.properties.pem.type, parentSchema: schema11.properties.signing.properties.keys.items.properties.pem, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
              } else {
                const err72 = { instancePath: instancePath + "/signing/keys/" + i13, schemaPath: "#/properties/signing/properties/keys/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.signing.properties.keys.items.type, parentSchema: schema11.properties.signing.properties.keys.items, data: data48 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/signing/keys", schemaPath: "#/properties/signing/properties/keys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.signing.properties.keys.type, parentSchema: schema11.properties.signing.properties.keys, data: data47 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data46.certificates !== void 0) {
          let data51 = data46.certificates;
          if (Array.isArray(data51)) {
            const len12 = data51.length;
            for (let i14 = 0; i14 < len12; i14++) {
              let data52 = data51[i14];
              if (typeof data52 === "string") {
                if (func3(data52) < 1) {
                  const err74 = { instancePath: instancePath + "/signing/certificates/" + i14, schemaPath: "#/properties/signing/properties/certificates/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.signing.properties.certificates.items, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              } else {
                const err75 = { instancePath: instancePath + "/signing/certificates/" + i14, schemaPath: "#/properties/signing/properties/certificates/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.signing.properties.certificates.items.type, parentSchema: schema11.properties.signing.properties.certificates.items, data: data52 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/signing/certificates", schemaPath: "#/properties/signing/properties/certificates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.signing.properties.certificates.type, parentSchema: schema11.properties.signing.properties.certificates, data: data51 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/signing", schemaPath: "#/properties/signing/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.signing.type, parentSchema: schema11.properties.signing, data: data46 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data53 = data.waivers;
      if (Array.isArray(data53)) {
        const len13 = data53.length;
        for (let i15 = 0; i15 < len13; i15++) {
          let data54 = data53[i15];
          if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
            for (const key13 in data54) {
              if (!(key13 === "rule" || key13 === "model" || key13 === "reason" || key13 === "owner" || key13 === "ticket" || key13 === "expires")) {
                const err78 = { instancePath: instancePath + "/waivers/" + i15, schemaPath: "#/definitions/waiver/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data: data54 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data54.rule !== void 0) {
              let data55 = data54.rule;
              if (typeof data55 !== "string") {
                const err79 = { instancePath: instancePath + "/waivers/" + i15 + "/rule", schemaPath: "#/definitions/waiver/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.rule.type, parentSchema: schema28.properties.rule, data: data55 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data54.model !== void 0) {
              let data56 = data54.model;
              if (typeof data56 !== "string") {
                const err80 = { instancePath: instancePath + "/waivers/" + i15 + "/model", schemaPath: "#/definitions/waiver/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.model.type, parentSchema: schema28.properties.model, data: data56 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data54.reason !== void 0) {
              let data57 = data54.reason;
              if (typeof data57 !== "string") {
                const err81 = { instancePath: instancePath + "/waivers/" + i15 + "/reason", schemaPath: "#/definitions/waiver/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.reason.type, parentSchema: schema28.properties.reason, data: data57 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data54.owner !== void 0) {
              let data58 = data54.owner;
              if (typeof data58 !== "string") {
                const err82 = { instancePath: instancePath + "/waivers/" + i15 + "/owner", schemaPath: "#/definitions/waiver/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.owner.type, parentSchema: schema28.properties.owner, data: data58 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data54.ticket !== void 0) {
              let data59 = data54.ticket;
              if (typeof data59 !== "string" && !(typeof data59 == "number" && isFinite(data59))) {
                const err83 = { instancePath: instancePath + "/waivers/" + i15 + "/ticket", schemaPath: "#/definitions/waiver/properties/ticket/type", keyword: "type", params: { type: schema28.properties.ticket.type }, message: "must be string,number", schema: schema28.properties.ticket.type, parentSchema: schema28.properties.ticket, data: data59 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data54.expires !== void 0) {
              let data60 = data54.expires;
              if (typeof data60 !== "string") {
                const err84 = { instancePath: instancePath + "/waivers/" + i15 + "/expires", schemaPath: "#/definitions/waiver/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.expires.type, parentSchema: schema28.properties.expires, data: data60 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/waivers/" + i15, schemaPath: "#/definitions/waiver/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data54 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.waivers.type, parentSchema: schema11.properties.waivers, data: data53 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.scan !== void 0) {
      let data61 = data.scan;
      if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
        for (const key14 in data61) {
          if (!(key14 === "allowGlobals")) {
            const err87 = { instancePath: instancePath + "/scan", schemaPath: "#/properties/scan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.scan, data: data61 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data61.allowGlobals !== void 0) {
          let data62 = data61.allowGlobals;
          if (Array.isArray(data62)) {
            const len14 = data62.length;
            for (let i16 = 0; i16 < len14; i16++) {
              let data63 = data62[i16];
              if (typeof data63 === "string") {
                if (!pattern5.test(data63)) {
                  const err88 = { instancePath: instancePath + "/scan/allowGlobals/" + i16, schemaPath: "#/properties/scan/properties/allowGlobals/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*\\.([A-Za-z_][A-Za-z0-9_]*|\\*)$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*\\.([A-Za-z_][A-Za-z0-9_]*|\\*)$"', schema: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*\\.([A-Za-z_][A-Za-z0-9_]*|\\*)$", parentSchema: schema11.properties.scan.properties.allowGlobals.items, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = { instancePath: instancePath + "/scan/allowGlobals/" + i16, schemaPath: "#/properties/scan/properties/allowGlobals/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.scan.properties.allowGlobals.items.type, parentSchema: schema11.properties.scan.properties.allowGlobals.items, data: data63 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            let i17 = data62.length;
            let j2;
            if (i17 > 1) {
              const indices0 = {};
              for (; i17--; ) {
                let item0 = data62[i17];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j2 = indices0[item0];
                  const err90 = { instancePath: instancePath + "/scan/allowGlobals", schemaPath: "#/properties/scan/properties/allowGlobals/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i17 + " are identical)", schema: true, parentSchema: schema11.properties.scan.properties.allowGlobals, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i17;
              }
            }
          } else {
            const err91 = { instancePath: instancePath + "/scan/allowGlobals", schemaPath: "#/properties/scan/properties/allowGlobals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.scan.properties.allowGlobals.type, parentSchema: schema11.properties.scan.properties.allowGlobals, data: data62 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/scan", schemaPath: "#/properties/scan/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.scan.type, parentSchema: schema11.properties.scan, data: data61 };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
  } else {
    const err93 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err93];
    } else {
      vErrors.push(err93);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var manifest;
function schemaValidators() {
  return {
    policy,
    get manifest() {
      manifest ??= __require("./manifest-validator.cjs");
      return manifest;
    }
  };
}

// src/manifest/schema.ts
function validators() {
  return schemaValidators();
}
var MAX_ISSUES = 50;
function validateManifest(value, source, file, mayLack = []) {
  const name = modelName(value);
  const issues = schemaIssues(validators().manifest, value, source, "the manifest");
  return issues.filter((i) => i.missing === void 0 || !mayLack.includes(i.missing)).map((i) => ({
    kind: "schema",
    message: i.message,
    file,
    line: i.line,
    column: i.column,
    ...name ? { model: name } : {}
  }));
}
function validatePolicy(value, source) {
  return schemaIssues(validators().policy, value, source, "the policy");
}
function schemaIssues(validate, value, source, root) {
  if (validate(value)) return [];
  const errors = relevant(validate.errors ?? []);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of errors) {
    const { message, path } = describe(e, value, source, root);
    if (seen.has(message)) continue;
    seen.add(message);
    const missing = missingField(e, path);
    out.push({ message, path, ...missing ? { missing } : {}, ...source.locate(path) });
    if (out.length >= MAX_ISSUES) break;
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
function missingField(e, path) {
  if (e.keyword === "required") return [...path, String(e.params.missingProperty)].join(".");
  if (e.keyword === "minItems") return path.join(".");
  return void 0;
}
function relevant(errors) {
  const kept = errors.filter(
    (e) => !/\/(anyOf|oneOf|not)\//.test(e.schemaPath.replace(/\/(anyOf|oneOf|not)$/, ""))
  );
  return kept.filter(
    (e) => e.keyword !== "format" || !kept.some((o) => o !== e && o.instancePath === e.instancePath)
  );
}
function describe(e, root, source, rootName) {
  const path = pointerToPath(e.instancePath);
  const where = path.length ? formatPath(path) : rootName;
  const p = e.params;
  switch (e.keyword) {
    case "required":
      return { message: `${where} must have '${String(p.missingProperty)}'`, path };
    case "additionalProperties": {
      const extra = String(p.additionalProperty);
      const known = Object.keys(e.parentSchema?.properties ?? {}).filter(
        (k) => k !== "$schema"
      );
      const guess = closest(extra, known);
      const hint = guess ? ` (did you mean ${guess}?)` : known.length ? ` (known fields: ${known.join(", ")})` : "";
      return {
        message: `${formatPath([...path, extra])} is not a known field${hint}`,
        path: [...path, extra]
      };
    }
    case "enum": {
      const allowed = p.allowedValues.map(String).join(", ");
      return { message: `${where} must be one of ${allowed}`, path };
    }
    case "const":
      return { message: `${where} must be ${String(p.allowedValue)}`, path };
    case "type":
      return { message: typeMessage(where, String(p.type), valueAt(root, path), source, path), path };
    case "pattern":
      return { message: `${where} ${patternMessage(String(p.pattern))}`, path };
    case "format":
      return { message: `${where} must be a real calendar date written YYYY-MM-DD`, path };
    case "minItems":
      return {
        message: `${where} must have at least ${String(p.limit)} item${p.limit === 1 ? "" : "s"}`,
        path
      };
    case "minLength":
      return { message: `${where} must not be empty`, path };
    case "minimum":
    case "maximum":
      return { message: `${where} must be ${String(p.comparison)} ${String(p.limit)}`, path };
    case "uniqueItems":
      return {
        message: `${where} lists the same value twice (items ${String(p.j)} and ${String(p.i)})`,
        path
      };
    case "anyOf":
    case "oneOf":
      return { message: `${where} ${combinatorMessage(e)}`, path };
    case "not": {
      const both = requiredList(e.schema ?? {});
      const msg = both ? `must have either ${both.map((k) => `'${k}'`).join(" or ")}, not both` : "is not allowed here";
      return { message: `${where} ${msg}`, path };
    }
    case "propertyNames":
      return { message: `${where} has a key that is not allowed (${String(p.propertyName)})`, path };
    default:
      return { message: `${where} ${e.message ?? "is not valid"}`, path };
  }
}
function typeMessage(where, type, actual, source, path) {
  const want = type.split(",").map((t) => TYPE_NAMES[t] ?? t).join(" or ");
  if (type === "string" && (typeof actual === "number" || typeof actual === "boolean")) {
    const raw = source.sourceText?.(path) ?? String(actual);
    return `${where} must be a string (quote it: "${raw}")`;
  }
  return `${where} must be ${want}`;
}
var TYPE_NAMES = {
  object: "a mapping (key: value)",
  array: "a list",
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  null: "empty"
};
var PATTERN_MESSAGES = {
  "^sha256:[0-9a-f]{64}$": "must be 'sha256:' followed by 64 lowercase hex digits",
  "^\\d{4}-\\d{2}-\\d{2}$": "must be a date written YYYY-MM-DD",
  "^[a-z0-9][a-z0-9._-]{0,62}$": "must be 1-63 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit",
  "^[A-Za-z][A-Za-z0-9+.-]*:": "must be a URI with a scheme (s3://..., hf://..., https://...)",
  "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$": "must be a team written org/team-slug",
  "^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$": "must be a GitHub user login",
  "^[a-z0-9][a-z0-9.-]*$": "must be lowercase letters, digits, '.' or '-'"
};
function patternMessage(pattern) {
  return PATTERN_MESSAGES[pattern] ?? `must match ${pattern}`;
}
function combinatorMessage(e) {
  const branches = e.schema ?? [];
  const keys = branches.map(requiredList);
  if (keys.length > 0 && keys.every((k) => k?.length === 1)) {
    return `must have ${keys.map((k) => `'${k[0]}'`).join(" or ")}`;
  }
  return "does not match any allowed form";
}
function requiredList(schema) {
  const req = schema?.required;
  return Array.isArray(req) && req.every((r) => typeof r === "string") ? req : void 0;
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s);
}
function formatPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
function valueAt(root, path) {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, seg)) return void 0;
    v = v[seg];
  }
  return v;
}
function modelName(value) {
  const meta = valueAt(value, ["metadata"]);
  const name = valueAt(meta, ["name"]);
  return typeof name === "string" && name.length > 0 && name.length <= 200 ? name : void 0;
}
function closest(word, known) {
  let best;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = k.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, k);
    if (d < bestDist) {
      bestDist = d;
      best = k;
    }
  }
  return bestDist <= Math.min(2, Math.max(1, Math.floor(word.length / 3))) ? best : void 0;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 3 || a.length > 64 || b.length > 64) return 99;
  const d = Array.from(
    { length: a.length + 1 },
    (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i];
      row[j] = Math.min(d[i - 1][j] + 1, row[j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

export {
  require_ucs2length,
  require_fast_deep_equal,
  require_equal,
  validateManifest,
  validatePolicy,
  closest
};
