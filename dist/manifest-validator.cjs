"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
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
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
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
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.formatNames = exports2.fastFormats = exports2.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports2.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports2.fastFormats = {
      ...exports2.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports2.formatNames = Object.keys(exports2.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// <stdin>
module.exports = validate10;
module.exports.default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://model-gate.dev/schema/manifest-v1.json", "title": "Model Gate model manifest (model-gate/v1)", "description": "Declares an AI/ML model, the exact bytes it is made of, and the evidence that audits it. Add `# yaml-language-server: $schema=https://model-gate.dev/schema/manifest-v1.json` at the top of a manifest for editor completion.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "$schema": { "type": "string", "description": "JSON Schema reference for editors (JSON manifests only)." }, "apiVersion": { "const": "model-gate/v1", "description": "Always model-gate/v1." }, "kind": { "const": "ModelManifest", "description": "Always ModelManifest." }, "metadata": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,62}$", "description": "Model name, unique in the repository." }, "version": { "type": "string", "minLength": 1, "description": 'Model version. A string: quote numbers-looking versions ("1.10").' }, "owner": { "type": "string", "minLength": 1, "description": "Team or user accountable for the model." } } }, "spec": { "type": "object", "additionalProperties": false, "required": ["type", "riskTier", "artifacts"], "properties": { "type": { "enum": ["llm", "agent", "classifier", "regression", "embedding", "other"], "description": "What kind of model this is." }, "riskTier": { "enum": ["minimal", "limited", "high", "unacceptable"], "description": "EU AI Act risk category; selects the policy tier." }, "environments": { "type": "array", "uniqueItems": true, "items": { "enum": ["cloud", "api", "internal"] }, "description": "Where the model is deployed; each adds the policy's environment controls." }, "deployments": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$" }, "description": "Deployment environments (GitHub's sense: staging, production) this model may be deployed to; model-gate verify --environment NAME refuses any other (deploy/environment-not-declared). Absent: every environment the policy declares." }, "license": { "type": "string", "minLength": 1, "description": "The model's own license, an SPDX expression (checked against the policy's license lists)." }, "baseModels": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Models this one was fine-tuned or merged from (Hub ids or purls)." }, "artifacts": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/artifact" }, "description": "The model's bytes; at least one." }, "riskAssessment": { "$ref": "#/definitions/riskAssessment" }, "adversarialTests": { "type": "array", "items": { "$ref": "#/definitions/adversarialTest" } }, "datasets": { "type": "array", "items": { "$ref": "#/definitions/dataset" } }, "controls": { "$ref": "#/definitions/controls" }, "evaluation": { "type": "object", "additionalProperties": false, "properties": { "date": { "$ref": "#/definitions/date" }, "metrics": { "type": "object", "additionalProperties": { "type": "number" }, "description": "Metric name to value, e.g. accuracy: 0.97." } } }, "agent": { "type": "object", "additionalProperties": false, "properties": { "tools": { "type": "array", "items": { "$ref": "#/definitions/agentTool" } } } }, "signature": { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "$ref": "#/definitions/repoPath", "description": "OpenSSF Model Signing bundle in the repository." } } } } } }, "definitions": { "digest": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$", "description": "sha256: followed by 64 lowercase hex digits." }, "date": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "format": "date", "description": "ISO date, YYYY-MM-DD." }, "repoPath": { "type": "string", "minLength": 1, "description": "A file in the repository, relative to its root." }, "artifact": { "type": "object", "additionalProperties": false, "anyOf": [{ "required": ["path"] }, { "required": ["uri"] }], "not": { "required": ["path", "uri"] }, "properties": { "path": { "$ref": "#/definitions/repoPath", "description": "A file in the repository (plain file or Git LFS pointer)." }, "uri": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9+.-]*:", "description": "A location outside the repository (s3://, hf://, https://); the digest is the only binding." }, "digest": { "$ref": "#/definitions/digest" } } }, "riskAssessment": { "type": "object", "additionalProperties": false, "properties": { "report": { "$ref": "#/definitions/repoPath" }, "tier": { "enum": ["minimal", "limited", "high", "unacceptable"] }, "assessedBy": { "type": "string", "minLength": 1 }, "date": { "$ref": "#/definitions/date" }, "modelDigest": { "$ref": "#/definitions/digest" }, "frameworks": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9.-]*$" }, "additionalProperties": { "type": "object", "additionalProperties": { "enum": ["mitigated", "accepted", "not-applicable", "open"] } }, "description": "Per framework (owasp-llm-2025, owasp-agentic-2026), the status of each item." } } }, "adversarialTest": { "type": "object", "additionalProperties": false, "required": ["tool", "report"], "properties": { "tool": { "enum": ["garak", "promptfoo", "model-gate"] }, "report": { "$ref": "#/definitions/repoPath" }, "modelDigest": { "$ref": "#/definitions/digest" }, "date": { "$ref": "#/definitions/date" } } }, "dataset": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "role": { "enum": ["training", "fine-tuning", "evaluation"] }, "source": { "type": "string", "minLength": 1 }, "license": { "type": "string", "minLength": 1, "description": "SPDX license expression." }, "digest": { "$ref": "#/definitions/digest" }, "vetted": { "type": "object", "additionalProperties": false, "required": ["by", "date"], "properties": { "by": { "type": "string", "minLength": 1 }, "date": { "$ref": "#/definitions/date" } } }, "personalData": { "type": "boolean" }, "dpia": { "$ref": "#/definitions/repoPath" } } }, "controls": { "type": "object", "additionalProperties": false, "properties": { "encryption": { "type": "object", "additionalProperties": false, "properties": { "atRest": { "type": "boolean" }, "inTransit": { "type": "boolean" } } }, "inferenceLogging": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "retentionDays": { "type": "integer", "minimum": 0 } } }, "monitoring": { "type": "object", "additionalProperties": false, "properties": { "anomalyAlerts": { "type": "boolean" }, "driftDetection": { "type": "boolean" } } }, "inputValidation": { "type": "boolean" }, "outputSanitization": { "type": "boolean" }, "rateLimit": { "type": "object", "additionalProperties": false, "properties": { "requestsPerMinute": { "type": "integer", "minimum": 1 } } }, "isolation": { "enum": ["container", "vm", "none"] } } }, "agentTool": { "type": "object", "additionalProperties": false, "required": ["name", "scopes"], "properties": { "name": { "type": "string", "minLength": 1 }, "scopes": { "type": "array", "uniqueItems": true, "items": { "enum": ["read", "write", "execute", "network"] } }, "humanApproval": { "type": "boolean" } } } } };
var schema27 = { "type": "object", "additionalProperties": false, "properties": { "encryption": { "type": "object", "additionalProperties": false, "properties": { "atRest": { "type": "boolean" }, "inTransit": { "type": "boolean" } } }, "inferenceLogging": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "retentionDays": { "type": "integer", "minimum": 0 } } }, "monitoring": { "type": "object", "additionalProperties": false, "properties": { "anomalyAlerts": { "type": "boolean" }, "driftDetection": { "type": "boolean" } } }, "inputValidation": { "type": "boolean" }, "outputSanitization": { "type": "boolean" }, "rateLimit": { "type": "object", "additionalProperties": false, "properties": { "requestsPerMinute": { "type": "integer", "minimum": 1 } } }, "isolation": { "enum": ["container", "vm", "none"] } } };
var schema17 = { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "format": "date", "description": "ISO date, YYYY-MM-DD." };
var schema29 = { "type": "object", "additionalProperties": false, "required": ["name", "scopes"], "properties": { "name": { "type": "string", "minLength": 1 }, "scopes": { "type": "array", "uniqueItems": true, "items": { "enum": ["read", "write", "execute", "network"] } }, "humanApproval": { "type": "boolean" } } };
var schema13 = { "type": "string", "minLength": 1, "description": "A file in the repository, relative to its root." };
var pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u");
var pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "u");
var pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
var func2 = require_ucs2length().default;
var func4 = Object.prototype.hasOwnProperty;
var func0 = require_equal().default;
var schema12 = { "type": "object", "additionalProperties": false, "anyOf": [{ "required": ["path"] }, { "required": ["uri"] }], "not": { "required": ["path", "uri"] }, "properties": { "path": { "$ref": "#/definitions/repoPath", "description": "A file in the repository (plain file or Git LFS pointer)." }, "uri": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9+.-]*:", "description": "A location outside the repository (s3://, hf://, https://); the digest is the only binding." }, "digest": { "$ref": "#/definitions/digest" } } };
var schema14 = { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$", "description": "sha256: followed by 64 lowercase hex digits." };
var pattern2 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:", "u");
var pattern3 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.path === void 0 && (missing0 = "path") || data.uri === void 0 && (missing0 = "uri")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var valid0 = _errs2 === errors;
  if (valid0) {
    const err1 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema12.not, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  const _errs3 = errors;
  let valid1 = false;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err2 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema12.anyOf[0].required, parentSchema: schema12.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  valid1 = valid1 || _valid0;
  if (!valid1) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.uri === void 0) {
        const err3 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'", schema: schema12.anyOf[1].required, parentSchema: schema12.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = valid1 || _valid0;
  }
  if (!valid1) {
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.anyOf, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs3;
    if (vErrors !== null) {
      if (_errs3) {
        vErrors.length = _errs3;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "uri" || key0 === "digest")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err6 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/repoPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/repoPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.uri !== void 0) {
      let data1 = data.uri;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err8 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9+.-]*:"', schema: "^[A-Za-z][A-Za-z0-9+.-]*:", parentSchema: schema12.properties.uri, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.uri.type, parentSchema: schema12.properties.uri, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.digest !== void 0) {
      let data2 = data.digest;
      if (typeof data2 === "string") {
        if (!pattern3.test(data2)) {
          const err10 = { instancePath: instancePath + "/digest", schemaPath: "#/definitions/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/digest", schemaPath: "#/definitions/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema15 = { "type": "object", "additionalProperties": false, "properties": { "report": { "$ref": "#/definitions/repoPath" }, "tier": { "enum": ["minimal", "limited", "high", "unacceptable"] }, "assessedBy": { "type": "string", "minLength": 1 }, "date": { "$ref": "#/definitions/date" }, "modelDigest": { "$ref": "#/definitions/digest" }, "frameworks": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9.-]*$" }, "additionalProperties": { "type": "object", "additionalProperties": { "enum": ["mitigated", "accepted", "not-applicable", "open"] } }, "description": "Per framework (owasp-llm-2025, owasp-agentic-2026), the status of each item." } } };
var formats0 = require_formats().fullFormats.date;
var pattern6 = new RegExp("^[a-z0-9][a-z0-9.-]*$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "report" || key0 === "tier" || key0 === "assessedBy" || key0 === "date" || key0 === "modelDigest" || key0 === "frameworks")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data0 = data.report;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err1 = { instancePath: instancePath + "/report", schemaPath: "#/definitions/repoPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/report", schemaPath: "#/definitions/repoPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.tier !== void 0) {
      let data1 = data.tier;
      if (!(data1 === "minimal" || data1 === "limited" || data1 === "high" || data1 === "unacceptable")) {
        const err3 = { instancePath: instancePath + "/tier", schemaPath: "#/properties/tier/enum", keyword: "enum", params: { allowedValues: schema15.properties.tier.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.tier.enum, parentSchema: schema15.properties.tier, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.assessedBy !== void 0) {
      let data2 = data.assessedBy;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err4 = { instancePath: instancePath + "/assessedBy", schemaPath: "#/properties/assessedBy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.assessedBy, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/assessedBy", schemaPath: "#/properties/assessedBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.assessedBy.type, parentSchema: schema15.properties.assessedBy, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data3 = data.date;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err6 = { instancePath: instancePath + "/date", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema17, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!formats0.validate(data3)) {
          const err7 = { instancePath: instancePath + "/date", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema17, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/date", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.type, parentSchema: schema17, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.modelDigest !== void 0) {
      let data4 = data.modelDigest;
      if (typeof data4 === "string") {
        if (!pattern3.test(data4)) {
          const err9 = { instancePath: instancePath + "/modelDigest", schemaPath: "#/definitions/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema14, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/modelDigest", schemaPath: "#/definitions/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.frameworks !== void 0) {
      let data5 = data.frameworks;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          const _errs16 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err11 = { instancePath: instancePath + "/frameworks", schemaPath: "#/properties/frameworks/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9.-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9.-]*$"', schema: "^[a-z0-9][a-z0-9.-]*$", parentSchema: schema15.properties.frameworks.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          var valid4 = _errs16 === errors;
          if (!valid4) {
            const err12 = { instancePath: instancePath + "/frameworks", schemaPath: "#/properties/frameworks/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema15.properties.frameworks.propertyNames, parentSchema: schema15.properties.frameworks, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key2 in data5) {
          let data6 = data5[key2];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key3 in data6) {
              let data7 = data6[key3];
              if (!(data7 === "mitigated" || data7 === "accepted" || data7 === "not-applicable" || data7 === "open")) {
                const err13 = { instancePath: instancePath + "/frameworks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/frameworks/additionalProperties/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema15.properties.frameworks.additionalProperties.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.frameworks.additionalProperties.additionalProperties.enum, parentSchema: schema15.properties.frameworks.additionalProperties.additionalProperties, data: data7 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/frameworks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/frameworks/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.frameworks.additionalProperties.type, parentSchema: schema15.properties.frameworks.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/frameworks", schemaPath: "#/properties/frameworks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.frameworks.type, parentSchema: schema15.properties.frameworks, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema19 = { "type": "object", "additionalProperties": false, "required": ["tool", "report"], "properties": { "tool": { "enum": ["garak", "promptfoo", "model-gate"] }, "report": { "$ref": "#/definitions/repoPath" }, "modelDigest": { "$ref": "#/definitions/digest" }, "date": { "$ref": "#/definitions/date" } } };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tool === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.report === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "report" }, message: "must have required property 'report'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "tool" || key0 === "report" || key0 === "modelDigest" || key0 === "date")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data0 = data.tool;
      if (!(data0 === "garak" || data0 === "promptfoo" || data0 === "model-gate")) {
        const err3 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/enum", keyword: "enum", params: { allowedValues: schema19.properties.tool.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.tool.enum, parentSchema: schema19.properties.tool, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data1 = data.report;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err4 = { instancePath: instancePath + "/report", schemaPath: "#/definitions/repoPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/report", schemaPath: "#/definitions/repoPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.modelDigest !== void 0) {
      let data2 = data.modelDigest;
      if (typeof data2 === "string") {
        if (!pattern3.test(data2)) {
          const err6 = { instancePath: instancePath + "/modelDigest", schemaPath: "#/definitions/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/modelDigest", schemaPath: "#/definitions/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data3 = data.date;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err8 = { instancePath: instancePath + "/date", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema17, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!formats0.validate(data3)) {
          const err9 = { instancePath: instancePath + "/date", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema17, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/date", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.type, parentSchema: schema17, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema23 = { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "role": { "enum": ["training", "fine-tuning", "evaluation"] }, "source": { "type": "string", "minLength": 1 }, "license": { "type": "string", "minLength": 1, "description": "SPDX license expression." }, "digest": { "$ref": "#/definitions/digest" }, "vetted": { "type": "object", "additionalProperties": false, "required": ["by", "date"], "properties": { "by": { "type": "string", "minLength": 1 }, "date": { "$ref": "#/definitions/date" } } }, "personalData": { "type": "boolean" }, "dpia": { "$ref": "#/definitions/repoPath" } } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "role" || key0 === "source" || key0 === "license" || key0 === "digest" || key0 === "vetted" || key0 === "personalData" || key0 === "dpia")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.name.type, parentSchema: schema23.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data1 = data.role;
      if (!(data1 === "training" || data1 === "fine-tuning" || data1 === "evaluation")) {
        const err4 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/enum", keyword: "enum", params: { allowedValues: schema23.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.role.enum, parentSchema: schema23.properties.role, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data2 = data.source;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err5 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.source, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.source.type, parentSchema: schema23.properties.source, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.license !== void 0) {
      let data3 = data.license;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err7 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.license, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.license.type, parentSchema: schema23.properties.license, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.digest !== void 0) {
      let data4 = data.digest;
      if (typeof data4 === "string") {
        if (!pattern3.test(data4)) {
          const err9 = { instancePath: instancePath + "/digest", schemaPath: "#/definitions/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema14, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/digest", schemaPath: "#/definitions/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.vetted !== void 0) {
      let data5 = data.vetted;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.by === void 0) {
          const err11 = { instancePath: instancePath + "/vetted", schemaPath: "#/properties/vetted/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema23.properties.vetted.required, parentSchema: schema23.properties.vetted, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data5.date === void 0) {
          const err12 = { instancePath: instancePath + "/vetted", schemaPath: "#/properties/vetted/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema23.properties.vetted.required, parentSchema: schema23.properties.vetted, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "by" || key1 === "date")) {
            const err13 = { instancePath: instancePath + "/vetted", schemaPath: "#/properties/vetted/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23.properties.vetted, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data5.by !== void 0) {
          let data6 = data5.by;
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err14 = { instancePath: instancePath + "/vetted/by", schemaPath: "#/properties/vetted/properties/by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.vetted.properties.by, data: data6 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/vetted/by", schemaPath: "#/properties/vetted/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.vetted.properties.by.type, parentSchema: schema23.properties.vetted.properties.by, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data5.date !== void 0) {
          let data7 = data5.date;
          if (typeof data7 === "string") {
            if (!pattern4.test(data7)) {
              const err16 = { instancePath: instancePath + "/vetted/date", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema17, data: data7 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!formats0.validate(data7)) {
              const err17 = { instancePath: instancePath + "/vetted/date", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema17, data: data7 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/vetted/date", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.type, parentSchema: schema17, data: data7 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/vetted", schemaPath: "#/properties/vetted/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.vetted.type, parentSchema: schema23.properties.vetted, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.personalData !== void 0) {
      let data8 = data.personalData;
      if (typeof data8 !== "boolean") {
        const err20 = { instancePath: instancePath + "/personalData", schemaPath: "#/properties/personalData/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.personalData.type, parentSchema: schema23.properties.personalData, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.dpia !== void 0) {
      let data9 = data.dpia;
      if (typeof data9 === "string") {
        if (func2(data9) < 1) {
          const err21 = { instancePath: instancePath + "/dpia", schemaPath: "#/definitions/repoPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data9 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/dpia", schemaPath: "#/definitions/repoPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate17.errors = vErrors;
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
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if ("model-gate/v1" !== data1) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "model-gate/v1" }, message: "must be equal to constant", schema: "model-gate/v1", parentSchema: schema11.properties.apiVersion, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if ("ModelManifest" !== data2) {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ModelManifest" }, message: "must be equal to constant", schema: "ModelManifest", parentSchema: schema11.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data3 = data.metadata;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.name === void 0) {
          const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.metadata.required, parentSchema: schema11.properties.metadata, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "name" || key1 === "version" || key1 === "owner")) {
            const err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.metadata, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.name !== void 0) {
          let data4 = data3.name;
          if (typeof data4 === "string") {
            if (!pattern0.test(data4)) {
              const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema11.properties.metadata.properties.name, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.name.type, parentSchema: schema11.properties.metadata.properties.name, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.version !== void 0) {
          let data5 = data3.version;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err12 = { instancePath: instancePath + "/metadata/version", schemaPath: "#/properties/metadata/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metadata.properties.version, data: data5 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/metadata/version", schemaPath: "#/properties/metadata/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.version.type, parentSchema: schema11.properties.metadata.properties.version, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.owner !== void 0) {
          let data6 = data3.owner;
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err14 = { instancePath: instancePath + "/metadata/owner", schemaPath: "#/properties/metadata/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metadata.properties.owner, data: data6 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/metadata/owner", schemaPath: "#/properties/metadata/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.owner.type, parentSchema: schema11.properties.metadata.properties.owner, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.type, parentSchema: schema11.properties.metadata, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data7 = data.spec;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.type === void 0) {
          const err17 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.spec.required, parentSchema: schema11.properties.spec, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data7.riskTier === void 0) {
          const err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "riskTier" }, message: "must have required property 'riskTier'", schema: schema11.properties.spec.required, parentSchema: schema11.properties.spec, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data7.artifacts === void 0) {
          const err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "artifacts" }, message: "must have required property 'artifacts'", schema: schema11.properties.spec.required, parentSchema: schema11.properties.spec, data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (!func4.call(schema11.properties.spec.properties, key2)) {
            const err20 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data7.type !== void 0) {
          let data8 = data7.type;
          if (!(data8 === "llm" || data8 === "agent" || data8 === "classifier" || data8 === "regression" || data8 === "embedding" || data8 === "other")) {
            const err21 = { instancePath: instancePath + "/spec/type", schemaPath: "#/properties/spec/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.spec.properties.type.enum, parentSchema: schema11.properties.spec.properties.type, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data7.riskTier !== void 0) {
          let data9 = data7.riskTier;
          if (!(data9 === "minimal" || data9 === "limited" || data9 === "high" || data9 === "unacceptable")) {
            const err22 = { instancePath: instancePath + "/spec/riskTier", schemaPath: "#/properties/spec/properties/riskTier/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.riskTier.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.spec.properties.riskTier.enum, parentSchema: schema11.properties.spec.properties.riskTier, data: data9 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data7.environments !== void 0) {
          let data10 = data7.environments;
          if (Array.isArray(data10)) {
            const len0 = data10.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data11 = data10[i0];
              if (!(data11 === "cloud" || data11 === "api" || data11 === "internal")) {
                const err23 = { instancePath: instancePath + "/spec/environments/" + i0, schemaPath: "#/properties/spec/properties/environments/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.environments.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.spec.properties.environments.items.enum, parentSchema: schema11.properties.spec.properties.environments.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            let i1 = data10.length;
            let j0;
            if (i1 > 1) {
              outer0: for (; i1--; ) {
                for (j0 = i1; j0--; ) {
                  if (func0(data10[i1], data10[j0])) {
                    const err24 = { instancePath: instancePath + "/spec/environments", schemaPath: "#/properties/spec/properties/environments/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties.spec.properties.environments, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/spec/environments", schemaPath: "#/properties/spec/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.environments.type, parentSchema: schema11.properties.spec.properties.environments, data: data10 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data7.deployments !== void 0) {
          let data12 = data7.deployments;
          if (Array.isArray(data12)) {
            const len1 = data12.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data13 = data12[i2];
              if (typeof data13 === "string") {
                if (!pattern1.test(data13)) {
                  const err26 = { instancePath: instancePath + "/spec/deployments/" + i2, schemaPath: "#/properties/spec/properties/deployments/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", parentSchema: schema11.properties.spec.properties.deployments.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/spec/deployments/" + i2, schemaPath: "#/properties/spec/properties/deployments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.deployments.items.type, parentSchema: schema11.properties.spec.properties.deployments.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            let i3 = data12.length;
            let j1;
            if (i3 > 1) {
              const indices0 = {};
              for (; i3--; ) {
                let item0 = data12[i3];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j1 = indices0[item0];
                  const err28 = { instancePath: instancePath + "/spec/deployments", schemaPath: "#/properties/spec/properties/deployments/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema11.properties.spec.properties.deployments, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i3;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/spec/deployments", schemaPath: "#/properties/spec/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.deployments.type, parentSchema: schema11.properties.spec.properties.deployments, data: data12 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data7.license !== void 0) {
          let data14 = data7.license;
          if (typeof data14 === "string") {
            if (func2(data14) < 1) {
              const err30 = { instancePath: instancePath + "/spec/license", schemaPath: "#/properties/spec/properties/license/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.spec.properties.license, data: data14 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/spec/license", schemaPath: "#/properties/spec/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.license.type, parentSchema: schema11.properties.spec.properties.license, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data7.baseModels !== void 0) {
          let data15 = data7.baseModels;
          if (Array.isArray(data15)) {
            const len2 = data15.length;
            for (let i4 = 0; i4 < len2; i4++) {
              let data16 = data15[i4];
              if (typeof data16 === "string") {
                if (func2(data16) < 1) {
                  const err32 = { instancePath: instancePath + "/spec/baseModels/" + i4, schemaPath: "#/properties/spec/properties/baseModels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.spec.properties.baseModels.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/spec/baseModels/" + i4, schemaPath: "#/properties/spec/properties/baseModels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.baseModels.items.type, parentSchema: schema11.properties.spec.properties.baseModels.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/spec/baseModels", schemaPath: "#/properties/spec/properties/baseModels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.baseModels.type, parentSchema: schema11.properties.spec.properties.baseModels, data: data15 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data7.artifacts !== void 0) {
          let data17 = data7.artifacts;
          if (Array.isArray(data17)) {
            if (data17.length < 1) {
              const err35 = { instancePath: instancePath + "/spec/artifacts", schemaPath: "#/properties/spec/properties/artifacts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.spec.properties.artifacts, data: data17 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            const len3 = data17.length;
            for (let i5 = 0; i5 < len3; i5++) {
              if (!validate11(data17[i5], { instancePath: instancePath + "/spec/artifacts/" + i5, parentData: data17, parentDataProperty: i5, rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/spec/artifacts", schemaPath: "#/properties/spec/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.artifacts.type, parentSchema: schema11.properties.spec.properties.artifacts, data: data17 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data7.riskAssessment !== void 0) {
          if (!validate13(data7.riskAssessment, { instancePath: instancePath + "/spec/riskAssessment", parentData: data7, parentDataProperty: "riskAssessment", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
        if (data7.adversarialTests !== void 0) {
          let data20 = data7.adversarialTests;
          if (Array.isArray(data20)) {
            const len4 = data20.length;
            for (let i6 = 0; i6 < len4; i6++) {
              if (!validate15(data20[i6], { instancePath: instancePath + "/spec/adversarialTests/" + i6, parentData: data20, parentDataProperty: i6, rootData })) {
                vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/spec/adversarialTests", schemaPath: "#/properties/spec/properties/adversarialTests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.adversarialTests.type, parentSchema: schema11.properties.spec.properties.adversarialTests, data: data20 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data7.datasets !== void 0) {
          let data22 = data7.datasets;
          if (Array.isArray(data22)) {
            const len5 = data22.length;
            for (let i7 = 0; i7 < len5; i7++) {
              if (!validate17(data22[i7], { instancePath: instancePath + "/spec/datasets/" + i7, parentData: data22, parentDataProperty: i7, rootData })) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/spec/datasets", schemaPath: "#/properties/spec/properties/datasets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.datasets.type, parentSchema: schema11.properties.spec.properties.datasets, data: data22 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data7.controls !== void 0) {
          let data24 = data7.controls;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            for (const key3 in data24) {
              if (!(key3 === "encryption" || key3 === "inferenceLogging" || key3 === "monitoring" || key3 === "inputValidation" || key3 === "outputSanitization" || key3 === "rateLimit" || key3 === "isolation")) {
                const err39 = { instancePath: instancePath + "/spec/controls", schemaPath: "#/definitions/controls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data: data24 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data24.encryption !== void 0) {
              let data25 = data24.encryption;
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                for (const key4 in data25) {
                  if (!(key4 === "atRest" || key4 === "inTransit")) {
                    const err40 = { instancePath: instancePath + "/spec/controls/encryption", schemaPath: "#/definitions/controls/properties/encryption/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.encryption, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data25.atRest !== void 0) {
                  let data26 = data25.atRest;
                  if (typeof data26 !== "boolean") {
                    const err41 = { instancePath: instancePath + "/spec/controls/encryption/atRest", schemaPath: "#/definitions/controls/properties/encryption/properties/atRest/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema27.properties.encryption.properties.atRest.type, parentSchema: schema27.properties.encryption.properties.atRest, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data25.inTransit !== void 0) {
                  let data27 = data25.inTransit;
                  if (typeof data27 !== "boolean") {
                    const err42 = { instancePath: instancePath + "/spec/controls/encryption/inTransit", schemaPath: "#/definitions/controls/properties/encryption/properties/inTransit/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema27.properties.encryption.properties.inTransit.type, parentSchema: schema27.properties.encryption.properties.inTransit, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/spec/controls/encryption", schemaPath: "#/definitions/controls/properties/encryption/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.encryption.type, parentSchema: schema27.properties.encryption, data: data25 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data24.inferenceLogging !== void 0) {
              let data28 = data24.inferenceLogging;
              if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                for (const key5 in data28) {
                  if (!(key5 === "enabled" || key5 === "retentionDays")) {
                    const err44 = { instancePath: instancePath + "/spec/controls/inferenceLogging", schemaPath: "#/definitions/controls/properties/inferenceLogging/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.inferenceLogging, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data28.enabled !== void 0) {
                  let data29 = data28.enabled;
                  if (typeof data29 !== "boolean") {
                    const err45 = { instancePath: instancePath + "/spec/controls/inferenceLogging/enabled", schemaPath: "#/definitions/controls/properties/inferenceLogging/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema27.properties.inferenceLogging.properties.enabled.type, parentSchema: schema27.properties.inferenceLogging.properties.enabled, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data28.retentionDays !== void 0) {
                  let data30 = data28.retentionDays;
                  if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
                    const err46 = { instancePath: instancePath + "/spec/controls/inferenceLogging/retentionDays", schemaPath: "#/definitions/controls/properties/inferenceLogging/properties/retentionDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.inferenceLogging.properties.retentionDays.type, parentSchema: schema27.properties.inferenceLogging.properties.retentionDays, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                  if (typeof data30 == "number" && isFinite(data30)) {
                    if (data30 < 0 || isNaN(data30)) {
                      const err47 = { instancePath: instancePath + "/spec/controls/inferenceLogging/retentionDays", schemaPath: "#/definitions/controls/properties/inferenceLogging/properties/retentionDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema27.properties.inferenceLogging.properties.retentionDays, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err48 = { instancePath: instancePath + "/spec/controls/inferenceLogging", schemaPath: "#/definitions/controls/properties/inferenceLogging/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.inferenceLogging.type, parentSchema: schema27.properties.inferenceLogging, data: data28 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data24.monitoring !== void 0) {
              let data31 = data24.monitoring;
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                for (const key6 in data31) {
                  if (!(key6 === "anomalyAlerts" || key6 === "driftDetection")) {
                    const err49 = { instancePath: instancePath + "/spec/controls/monitoring", schemaPath: "#/definitions/controls/properties/monitoring/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.monitoring, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data31.anomalyAlerts !== void 0) {
                  let data32 = data31.anomalyAlerts;
                  if (typeof data32 !== "boolean") {
                    const err50 = { instancePath: instancePath + "/spec/controls/monitoring/anomalyAlerts", schemaPath: "#/definitions/controls/properties/monitoring/properties/anomalyAlerts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema27.properties.monitoring.properties.anomalyAlerts.type, parentSchema: schema27.properties.monitoring.properties.anomalyAlerts, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data31.driftDetection !== void 0) {
                  let data33 = data31.driftDetection;
                  if (typeof data33 !== "boolean") {
                    const err51 = { instancePath: instancePath + "/spec/controls/monitoring/driftDetection", schemaPath: "#/definitions/controls/properties/monitoring/properties/driftDetection/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema27.properties.monitoring.properties.driftDetection.type, parentSchema: schema27.properties.monitoring.properties.driftDetection, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              } else {
                const err52 = { instancePath: instancePath + "/spec/controls/monitoring", schemaPath: "#/definitions/controls/properties/monitoring/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.monitoring.type, parentSchema: schema27.properties.monitoring, data: data31 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data24.inputValidation !== void 0) {
              let data34 = data24.inputValidation;
              if (typeof data34 !== "boolean") {
                const err53 = { instancePath: instancePath + "/spec/controls/inputValidation", schemaPath: "#/definitions/controls/properties/inputValidation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema27.properties.inputValidation.type, parentSchema: schema27.properties.inputValidation, data: data34 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data24.outputSanitization !== void 0) {
              let data35 = data24.outputSanitization;
              if (typeof data35 !== "boolean") {
                const err54 = { instancePath: instancePath + "/spec/controls/outputSanitization", schemaPath: "#/definitions/controls/properties/outputSanitization/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema27.properties.outputSanitization.type, parentSchema: schema27.properties.outputSanitization, data: data35 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data24.rateLimit !== void 0) {
              let data36 = data24.rateLimit;
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                for (const key7 in data36) {
                  if (!(key7 === "requestsPerMinute")) {
                    const err55 = { instancePath: instancePath + "/spec/controls/rateLimit", schemaPath: "#/definitions/controls/properties/rateLimit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.rateLimit, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data36.requestsPerMinute !== void 0) {
                  let data37 = data36.requestsPerMinute;
                  if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
                    const err56 = { instancePath: instancePath + "/spec/controls/rateLimit/requestsPerMinute", schemaPath: "#/definitions/controls/properties/rateLimit/properties/requestsPerMinute/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.rateLimit.properties.requestsPerMinute.type, parentSchema: schema27.properties.rateLimit.properties.requestsPerMinute, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                  if (typeof data37 == "number" && isFinite(data37)) {
                    if (data37 < 1 || isNaN(data37)) {
                      const err57 = { instancePath: instancePath + "/spec/controls/rateLimit/requestsPerMinute", schemaPath: "#/definitions/controls/properties/rateLimit/properties/requestsPerMinute/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema27.properties.rateLimit.properties.requestsPerMinute, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err58 = { instancePath: instancePath + "/spec/controls/rateLimit", schemaPath: "#/definitions/controls/properties/rateLimit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.rateLimit.type, parentSchema: schema27.properties.rateLimit, data: data36 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data24.isolation !== void 0) {
              let data38 = data24.isolation;
              if (!(data38 === "container" || data38 === "vm" || data38 === "none")) {
                const err59 = { instancePath: instancePath + "/spec/controls/isolation", schemaPath: "#/definitions/controls/properties/isolation/enum", keyword: "enum", params: { allowedValues: schema27.properties.isolation.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.isolation.enum, parentSchema: schema27.properties.isolation, data: data38 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/spec/controls", schemaPath: "#/definitions/controls/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data: data24 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data7.evaluation !== void 0) {
          let data39 = data7.evaluation;
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            for (const key8 in data39) {
              if (!(key8 === "date" || key8 === "metrics")) {
                const err61 = { instancePath: instancePath + "/spec/evaluation", schemaPath: "#/properties/spec/properties/evaluation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.evaluation, data: data39 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data39.date !== void 0) {
              let data40 = data39.date;
              if (typeof data40 === "string") {
                if (!pattern4.test(data40)) {
                  const err62 = { instancePath: instancePath + "/spec/evaluation/date", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema17, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                if (!formats0.validate(data40)) {
                  const err63 = { instancePath: instancePath + "/spec/evaluation/date", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema17, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              } else {
                const err64 = { instancePath: instancePath + "/spec/evaluation/date", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.type, parentSchema: schema17, data: data40 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data39.metrics !== void 0) {
              let data41 = data39.metrics;
              if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                for (const key9 in data41) {
                  let data42 = data41[key9];
                  if (!(typeof data42 == "number" && isFinite(data42))) {
                    const err65 = { instancePath: instancePath + "/spec/evaluation/metrics/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/evaluation/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.spec.properties.evaluation.properties.metrics.additionalProperties.type, parentSchema: schema11.properties.spec.properties.evaluation.properties.metrics.additionalProperties, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
              } else {
                const err66 = { instancePath: instancePath + "/spec/evaluation/metrics", schemaPath: "#/properties/spec/properties/evaluation/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.evaluation.properties.metrics.type, parentSchema: schema11.properties.spec.properties.evaluation.properties.metrics, data: data41 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/spec/evaluation", schemaPath: "#/properties/spec/properties/evaluation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.evaluation.type, parentSchema: schema11.properties.spec.properties.evaluation, data: data39 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data7.agent !== void 0) {
          let data43 = data7.agent;
          if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
            for (const key10 in data43) {
              if (!(key10 === "tools")) {
                const err68 = { instancePath: instancePath + "/spec/agent", schemaPath: "#/properties/spec/properties/agent/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.agent, data: data43 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data43.tools !== void 0) {
              let data44 = data43.tools;
              if (Array.isArray(data44)) {
                const len6 = data44.length;
                for (let i8 = 0; i8 < len6; i8++) {
                  let data45 = data44[i8];
                  if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                    if (data45.name === void 0) {
                      const err69 = { instancePath: instancePath + "/spec/agent/tools/" + i8, schemaPath: "#/definitions/agentTool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema29.required, parentSchema: schema29, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                    if (data45.scopes === void 0) {
                      const err70 = { instancePath: instancePath + "/spec/agent/tools/" + i8, schemaPath: "#/definitions/agentTool/required", keyword: "required", params: { missingProperty: "scopes" }, message: "must have required property 'scopes'", schema: schema29.required, parentSchema: schema29, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                    for (const key11 in data45) {
                      if (!(key11 === "name" || key11 === "scopes" || key11 === "humanApproval")) {
                        const err71 = { instancePath: instancePath + "/spec/agent/tools/" + i8, schemaPath: "#/definitions/agentTool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data: data45 };
                        if (vErrors === null) {
                          vErrors = [err71];
                        } else {
                          vErrors.push(err71);
                        }
                        errors++;
                      }
                    }
                    if (data45.name !== void 0) {
                      let data46 = data45.name;
                      if (typeof data46 === "string") {
                        if (func2(data46) < 1) {
                          const err72 = { instancePath: instancePath + "/spec/agent/tools/" + i8 + "/name", schemaPath: "#/definitions/agentTool/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.properties.name, data: data46 };
                          if (vErrors === null) {
                            vErrors = [err72];
                          } else {
                            vErrors.push(err72);
                          }
                          errors++;
                        }
                      } else {
                        const err73 = { instancePath: instancePath + "/spec/agent/tools/" + i8 + "/name", schemaPath: "#/definitions/agentTool/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.name.type, parentSchema: schema29.properties.name, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err73];
                        } else {
                          vErrors.push(err73);
                        }
                        errors++;
                      }
                    }
                    if (data45.scopes !== void 0) {
                      let data47 = data45.scopes;
                      if (Array.isArray(data47)) {
                        const len7 = data47.length;
                        for (let i9 = 0; i9 < len7; i9++) {
                          let data48 = data47[i9];
                          if (!(data48 === "read" || data48 === "write" || data48 === "execute" || data48 === "network")) {
                            const err74 = { instancePath: instancePath + "/spec/agent/tools/" + i8 + "/scopes/" + i9, schemaPath: "#/definitions/agentTool/properties/scopes/items/enum", keyword: "enum", params: { allowedValues: schema29.properties.scopes.items.enum }, message: "must be equal to one of the allowed values", schema: schema29.properties.scopes.items.enum, parentSchema: schema29.properties.scopes.items, data: data48 };
                            if (vErrors === null) {
                              vErrors = [err74];
                            } else {
                              vErrors.push(err74);
                            }
                            errors++;
                          }
                        }
                        let i10 = data47.length;
                        let j2;
                        if (i10 > 1) {
                          outer1: for (; i10--; ) {
                            for (j2 = i10; j2--; ) {
                              if (func0(data47[i10], data47[j2])) {
                                const err75 = { instancePath: instancePath + "/spec/agent/tools/" + i8 + "/scopes", schemaPath: "#/definitions/agentTool/properties/scopes/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i10 + " are identical)", schema: true, parentSchema: schema29.properties.scopes, data: data47 };
                                if (vErrors === null) {
                                  vErrors = [err75];
                                } else {
                                  vErrors.push(err75);
                                }
                                errors++;
                                break outer1;
                              }
                            }
                          }
                        }
                      } else {
                        const err76 = { instancePath: instancePath + "/spec/agent/tools/" + i8 + "/scopes", schemaPath: "#/definitions/agentTool/properties/scopes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.scopes.type, parentSchema: schema29.properties.scopes, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                      }
                    }
                    if (data45.humanApproval !== void 0) {
                      let data49 = data45.humanApproval;
                      if (typeof data49 !== "boolean") {
                        const err77 = { instancePath: instancePath + "/spec/agent/tools/" + i8 + "/humanApproval", schemaPath: "#/definitions/agentTool/properties/humanApproval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema29.properties.humanApproval.type, parentSchema: schema29.properties.humanApproval, data: data49 };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err78 = { instancePath: instancePath + "/spec/agent/tools/" + i8, schemaPath: "#/definitions/agentTool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
              } else {
                const err79 = { instancePath: instancePath + "/spec/agent/tools", schemaPath: "#/properties/spec/properties/agent/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.agent.properties.tools.type, parentSchema: schema11.properties.spec.properties.agent.properties.tools, data: data44 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
          } else {
            const err80 = { instancePath: instancePath + "/spec/agent", schemaPath: "#/properties/spec/properties/agent/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.agent.type, parentSchema: schema11.properties.spec.properties.agent, data: data43 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data7.signature !== void 0) {
          let data50 = data7.signature;
          if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
            if (data50.path === void 0) {
              const err81 = { instancePath: instancePath + "/spec/signature", schemaPath: "#/properties/spec/properties/signature/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema11.properties.spec.properties.signature.required, parentSchema: schema11.properties.spec.properties.signature, data: data50 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
            for (const key12 in data50) {
              if (!(key12 === "path")) {
                const err82 = { instancePath: instancePath + "/spec/signature", schemaPath: "#/properties/spec/properties/signature/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.signature, data: data50 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data50.path !== void 0) {
              let data51 = data50.path;
              if (typeof data51 === "string") {
                if (func2(data51) < 1) {
                  const err83 = { instancePath: instancePath + "/spec/signature/path", schemaPath: "#/definitions/repoPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              } else {
                const err84 = { instancePath: instancePath + "/spec/signature/path", schemaPath: "#/definitions/repoPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data51 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/spec/signature", schemaPath: "#/properties/spec/properties/signature/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.signature.type, parentSchema: schema11.properties.spec.properties.signature, data: data50 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.type, parentSchema: schema11.properties.spec, data: data7 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
  } else {
    const err87 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err87];
    } else {
      vErrors.push(err87);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
