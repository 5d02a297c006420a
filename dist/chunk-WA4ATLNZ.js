import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  parseStrictJson
} from "./chunk-XNZTJEC3.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-YMPWKLZV.js";

// node_modules/unbzip2-stream/lib/bit_iterator.js
var require_bit_iterator = __commonJS({
  "node_modules/unbzip2-stream/lib/bit_iterator.js"(exports, module) {
    var BITMASK = [0, 1, 3, 7, 15, 31, 63, 127, 255];
    module.exports = function bitIterator2(nextBuffer) {
      var bit = 0, byte = 0;
      var bytes = nextBuffer();
      var f = function(n) {
        if (n === null && bit != 0) {
          bit = 0;
          byte++;
          return;
        }
        var result = 0;
        while (n > 0) {
          if (byte >= bytes.length) {
            byte = 0;
            bytes = nextBuffer();
          }
          var left = 8 - bit;
          if (bit === 0 && n > 0)
            f.bytesRead++;
          if (n >= left) {
            result <<= left;
            result |= BITMASK[left] & bytes[byte++];
            bit = 0;
            n -= left;
          } else {
            result <<= n;
            result |= (bytes[byte] & BITMASK[n] << 8 - n - bit) >> 8 - n - bit;
            bit += n;
            n = 0;
          }
        }
        return result;
      };
      f.bytesRead = 0;
      return f;
    };
  }
});

// node_modules/unbzip2-stream/lib/bzip2.js
var require_bzip2 = __commonJS({
  "node_modules/unbzip2-stream/lib/bzip2.js"(exports, module) {
    function Bzip2Error(message2) {
      this.name = "Bzip2Error";
      this.message = message2;
      this.stack = new Error().stack;
    }
    Bzip2Error.prototype = new Error();
    var message = {
      Error: function(message2) {
        throw new Bzip2Error(message2);
      }
    };
    var bzip2 = {};
    bzip2.Bzip2Error = Bzip2Error;
    bzip2.crcTable = [
      0,
      79764919,
      159529838,
      222504665,
      319059676,
      398814059,
      445009330,
      507990021,
      638119352,
      583659535,
      797628118,
      726387553,
      890018660,
      835552979,
      1015980042,
      944750013,
      1276238704,
      1221641927,
      1167319070,
      1095957929,
      1595256236,
      1540665371,
      1452775106,
      1381403509,
      1780037320,
      1859660671,
      1671105958,
      1733955601,
      2031960084,
      2111593891,
      1889500026,
      1952343757,
      2552477408,
      2632100695,
      2443283854,
      2506133561,
      2334638140,
      2414271883,
      2191915858,
      2254759653,
      3190512472,
      3135915759,
      3081330742,
      3009969537,
      2905550212,
      2850959411,
      2762807018,
      2691435357,
      3560074640,
      3505614887,
      3719321342,
      3648080713,
      3342211916,
      3287746299,
      3467911202,
      3396681109,
      4063920168,
      4143685023,
      4223187782,
      4286162673,
      3779000052,
      3858754371,
      3904687514,
      3967668269,
      881225847,
      809987520,
      1023691545,
      969234094,
      662832811,
      591600412,
      771767749,
      717299826,
      311336399,
      374308984,
      453813921,
      533576470,
      25881363,
      88864420,
      134795389,
      214552010,
      2023205639,
      2086057648,
      1897238633,
      1976864222,
      1804852699,
      1867694188,
      1645340341,
      1724971778,
      1587496639,
      1516133128,
      1461550545,
      1406951526,
      1302016099,
      1230646740,
      1142491917,
      1087903418,
      2896545431,
      2825181984,
      2770861561,
      2716262478,
      3215044683,
      3143675388,
      3055782693,
      3001194130,
      2326604591,
      2389456536,
      2200899649,
      2280525302,
      2578013683,
      2640855108,
      2418763421,
      2498394922,
      3769900519,
      3832873040,
      3912640137,
      3992402750,
      4088425275,
      4151408268,
      4197601365,
      4277358050,
      3334271071,
      3263032808,
      3476998961,
      3422541446,
      3585640067,
      3514407732,
      3694837229,
      3640369242,
      1762451694,
      1842216281,
      1619975040,
      1682949687,
      2047383090,
      2127137669,
      1938468188,
      2001449195,
      1325665622,
      1271206113,
      1183200824,
      1111960463,
      1543535498,
      1489069629,
      1434599652,
      1363369299,
      622672798,
      568075817,
      748617968,
      677256519,
      907627842,
      853037301,
      1067152940,
      995781531,
      51762726,
      131386257,
      177728840,
      240578815,
      269590778,
      349224269,
      429104020,
      491947555,
      4046411278,
      4126034873,
      4172115296,
      4234965207,
      3794477266,
      3874110821,
      3953728444,
      4016571915,
      3609705398,
      3555108353,
      3735388376,
      3664026991,
      3290680682,
      3236090077,
      3449943556,
      3378572211,
      3174993278,
      3120533705,
      3032266256,
      2961025959,
      2923101090,
      2868635157,
      2813903052,
      2742672763,
      2604032198,
      2683796849,
      2461293480,
      2524268063,
      2284983834,
      2364738477,
      2175806836,
      2238787779,
      1569362073,
      1498123566,
      1409854455,
      1355396672,
      1317987909,
      1246755826,
      1192025387,
      1137557660,
      2072149281,
      2135122070,
      1912620623,
      1992383480,
      1753615357,
      1816598090,
      1627664531,
      1707420964,
      295390185,
      358241886,
      404320391,
      483945776,
      43990325,
      106832002,
      186451547,
      266083308,
      932423249,
      861060070,
      1041341759,
      986742920,
      613929101,
      542559546,
      756411363,
      701822548,
      3316196985,
      3244833742,
      3425377559,
      3370778784,
      3601682597,
      3530312978,
      3744426955,
      3689838204,
      3819031489,
      3881883254,
      3928223919,
      4007849240,
      4037393693,
      4100235434,
      4180117107,
      4259748804,
      2310601993,
      2373574846,
      2151335527,
      2231098320,
      2596047829,
      2659030626,
      2470359227,
      2550115596,
      2947551409,
      2876312838,
      2788305887,
      2733848168,
      3165939309,
      3094707162,
      3040238851,
      2985771188
    ];
    bzip2.array = function(bytes) {
      var bit = 0, byte = 0;
      var BITMASK = [0, 1, 3, 7, 15, 31, 63, 127, 255];
      return function(n) {
        var result = 0;
        while (n > 0) {
          var left = 8 - bit;
          if (n >= left) {
            result <<= left;
            result |= BITMASK[left] & bytes[byte++];
            bit = 0;
            n -= left;
          } else {
            result <<= n;
            result |= (bytes[byte] & BITMASK[n] << 8 - n - bit) >> 8 - n - bit;
            bit += n;
            n = 0;
          }
        }
        return result;
      };
    };
    bzip2.simple = function(srcbuffer, stream) {
      var bits = bzip2.array(srcbuffer);
      var size = bzip2.header(bits);
      var ret = false;
      var bufsize = 1e5 * size;
      var buf = new Int32Array(bufsize);
      do {
        ret = bzip2.decompress(bits, stream, buf, bufsize);
      } while (!ret);
    };
    bzip2.header = function(bits) {
      this.byteCount = new Int32Array(256);
      this.symToByte = new Uint8Array(256);
      this.mtfSymbol = new Int32Array(256);
      this.selectors = new Uint8Array(32768);
      if (bits(8 * 3) != 4348520) message.Error("No magic number found");
      var i = bits(8) - 48;
      if (i < 1 || i > 9) message.Error("Not a BZIP archive");
      return i;
    };
    bzip2.decompress = function(bits, stream, buf, bufsize, streamCRC) {
      var MAX_HUFCODE_BITS = 20;
      var MAX_SYMBOLS = 258;
      var SYMBOL_RUNA = 0;
      var SYMBOL_RUNB = 1;
      var GROUP_SIZE = 50;
      var crc = 0 ^ -1;
      for (var h = "", i = 0; i < 6; i++) h += bits(8).toString(16);
      if (h == "177245385090") {
        var finalCRC = bits(32) | 0;
        if (finalCRC !== streamCRC) message.Error("Error in bzip2: crc32 do not match");
        bits(null);
        return null;
      }
      if (h != "314159265359") message.Error("eek not valid bzip data");
      var crcblock = bits(32) | 0;
      if (bits(1)) message.Error("unsupported obsolete version");
      var origPtr = bits(24);
      if (origPtr > bufsize) message.Error("Initial position larger than buffer size");
      var t = bits(16);
      var symTotal = 0;
      for (i = 0; i < 16; i++) {
        if (t & 1 << 15 - i) {
          var k = bits(16);
          for (j = 0; j < 16; j++) {
            if (k & 1 << 15 - j) {
              this.symToByte[symTotal++] = 16 * i + j;
            }
          }
        }
      }
      var groupCount = bits(3);
      if (groupCount < 2 || groupCount > 6) message.Error("another error");
      var nSelectors = bits(15);
      if (nSelectors == 0) message.Error("meh");
      for (var i = 0; i < groupCount; i++) this.mtfSymbol[i] = i;
      for (var i = 0; i < nSelectors; i++) {
        for (var j = 0; bits(1); j++) if (j >= groupCount) message.Error("whoops another error");
        var uc = this.mtfSymbol[j];
        for (var k = j - 1; k >= 0; k--) {
          this.mtfSymbol[k + 1] = this.mtfSymbol[k];
        }
        this.mtfSymbol[0] = uc;
        this.selectors[i] = uc;
      }
      var symCount = symTotal + 2;
      var groups = [];
      var length = new Uint8Array(MAX_SYMBOLS), temp = new Uint16Array(MAX_HUFCODE_BITS + 1);
      var hufGroup;
      for (var j = 0; j < groupCount; j++) {
        t = bits(5);
        for (var i = 0; i < symCount; i++) {
          while (true) {
            if (t < 1 || t > MAX_HUFCODE_BITS) message.Error("I gave up a while ago on writing error messages");
            if (!bits(1)) break;
            if (!bits(1)) t++;
            else t--;
          }
          length[i] = t;
        }
        var minLen, maxLen;
        minLen = maxLen = length[0];
        for (var i = 1; i < symCount; i++) {
          if (length[i] > maxLen) maxLen = length[i];
          else if (length[i] < minLen) minLen = length[i];
        }
        hufGroup = groups[j] = {};
        hufGroup.permute = new Int32Array(MAX_SYMBOLS);
        hufGroup.limit = new Int32Array(MAX_HUFCODE_BITS + 1);
        hufGroup.base = new Int32Array(MAX_HUFCODE_BITS + 1);
        hufGroup.minLen = minLen;
        hufGroup.maxLen = maxLen;
        var base = hufGroup.base;
        var limit = hufGroup.limit;
        var pp = 0;
        for (var i = minLen; i <= maxLen; i++)
          for (var t = 0; t < symCount; t++)
            if (length[t] == i) hufGroup.permute[pp++] = t;
        for (i = minLen; i <= maxLen; i++) temp[i] = limit[i] = 0;
        for (i = 0; i < symCount; i++) temp[length[i]]++;
        pp = t = 0;
        for (i = minLen; i < maxLen; i++) {
          pp += temp[i];
          limit[i] = pp - 1;
          pp <<= 1;
          base[i + 1] = pp - (t += temp[i]);
        }
        limit[maxLen] = pp + temp[maxLen] - 1;
        base[minLen] = 0;
      }
      for (var i = 0; i < 256; i++) {
        this.mtfSymbol[i] = i;
        this.byteCount[i] = 0;
      }
      var runPos, count, symCount, selector;
      runPos = count = symCount = selector = 0;
      while (true) {
        if (!symCount--) {
          symCount = GROUP_SIZE - 1;
          if (selector >= nSelectors) message.Error("meow i'm a kitty, that's an error");
          hufGroup = groups[this.selectors[selector++]];
          base = hufGroup.base;
          limit = hufGroup.limit;
        }
        i = hufGroup.minLen;
        j = bits(i);
        while (true) {
          if (i > hufGroup.maxLen) message.Error("rawr i'm a dinosaur");
          if (j <= limit[i]) break;
          i++;
          j = j << 1 | bits(1);
        }
        j -= base[i];
        if (j < 0 || j >= MAX_SYMBOLS) message.Error("moo i'm a cow");
        var nextSym = hufGroup.permute[j];
        if (nextSym == SYMBOL_RUNA || nextSym == SYMBOL_RUNB) {
          if (!runPos) {
            runPos = 1;
            t = 0;
          }
          if (nextSym == SYMBOL_RUNA) t += runPos;
          else t += 2 * runPos;
          runPos <<= 1;
          continue;
        }
        if (runPos) {
          runPos = 0;
          if (count + t > bufsize) message.Error("Boom.");
          uc = this.symToByte[this.mtfSymbol[0]];
          this.byteCount[uc] += t;
          while (t--) buf[count++] = uc;
        }
        if (nextSym > symTotal) break;
        if (count >= bufsize) message.Error("I can't think of anything. Error");
        i = nextSym - 1;
        uc = this.mtfSymbol[i];
        for (var k = i - 1; k >= 0; k--) {
          this.mtfSymbol[k + 1] = this.mtfSymbol[k];
        }
        this.mtfSymbol[0] = uc;
        uc = this.symToByte[uc];
        this.byteCount[uc]++;
        buf[count++] = uc;
      }
      if (origPtr < 0 || origPtr >= count) message.Error("I'm a monkey and I'm throwing something at someone, namely you");
      var j = 0;
      for (var i = 0; i < 256; i++) {
        k = j + this.byteCount[i];
        this.byteCount[i] = j;
        j = k;
      }
      for (var i = 0; i < count; i++) {
        uc = buf[i] & 255;
        buf[this.byteCount[uc]] |= i << 8;
        this.byteCount[uc]++;
      }
      var pos = 0, current = 0, run = 0;
      if (count) {
        pos = buf[origPtr];
        current = pos & 255;
        pos >>= 8;
        run = -1;
      }
      count = count;
      var copies, previous, outbyte;
      while (count) {
        count--;
        previous = current;
        pos = buf[pos];
        current = pos & 255;
        pos >>= 8;
        if (run++ == 3) {
          copies = current;
          outbyte = previous;
          current = -1;
        } else {
          copies = 1;
          outbyte = current;
        }
        while (copies--) {
          crc = (crc << 8 ^ this.crcTable[(crc >> 24 ^ outbyte) & 255]) & 4294967295;
          stream(outbyte);
        }
        if (current != previous) run = 0;
      }
      crc = (crc ^ -1) >>> 0;
      if ((crc | 0) != (crcblock | 0)) message.Error("Error in bzip2: crc32 do not match");
      streamCRC = (crc ^ (streamCRC << 1 | streamCRC >>> 31)) & 4294967295;
      return streamCRC;
    };
    module.exports = bzip2;
  }
});

// node_modules/xz-decompress/dist/package/xz-decompress.js
var require_xz_decompress = __commonJS({
  "node_modules/xz-decompress/dist/package/xz-decompress.js"(exports, module) {
    (function webpackUniversalModuleDefinition(root, factory) {
      if (typeof exports === "object" && typeof module === "object")
        module.exports = factory(__require("stream/web"));
      else if (typeof define === "function" && define.amd)
        define(["stream/web"], factory);
      else if (typeof exports === "object")
        exports["xz-decompress"] = factory(__require("stream/web"));
      else
        root["xz-decompress"] = factory(root["stream/web"]);
    })(exports, (__WEBPACK_EXTERNAL_MODULE__2__) => {
      return (
        /******/
        (() => {
          "use strict";
          var __webpack_modules__ = [
            ,
            /* 1 */
            /***/
            ((module2) => {
              module2.exports = "data:application/wasm;base64,AGFzbQEAAAABOApgAX8Bf2ABfwBgAABgA39/fwF/YAABf2ACf38AYAN/f34BfmACf38Bf2AEf39/fwF/YAN/f38AAyEgAAABAgMDAwMEAQUAAgMCBgcIBwUDAAMHAQcABwcBAwkFAwEAAgYIAX8BQfCgBAsHTgUGbWVtb3J5AgAOY3JlYXRlX2NvbnRleHQACA9kZXN0cm95X2NvbnRleHQACQxzdXBwbHlfaW5wdXQACg9nZXRfbmV4dF9vdXRwdXQACwqQYCDfAgEFf0EAIQECQCAAQQdqIgJBEEkNAEEBIQEgAkEDdiIDQQJGDQBBAiEBIAJBIEkNAEEDIQEgA0EERg0AQQQhASACQTBJDQBBBSEBIANBBkYNAEEGIQEgAkHIAEkNAEEHIQEgAkHYAEkNAEEIIQEgAkGIAUkNAEEJIQEgAkGIAkkNACAAEIGAgIAAIgBBCGpBACAAGw8LAkACQCABQQJ0QcCIgIAAaiIEKAIAIgANAEEAIQACQAJAQQAoAuSIgIAAIgJFDQBBACACKAIANgLkiICAAAwBC0EAEIGAgIAAIgJFDQILIAJBgIB8cSIAIAJBCHZB/wFxIgJyIAE6AAAgACACQQh0ckGAAmohAEEAIQJBACABQQJ0QYCIgIAAaigCACIDayEFIAMhAQNAIAAgBWoiACACNgIAIAAhAiABIANqIgFBgQJJDQALIAQgADYCAAsgBCAAKAIANgIACyAAC/QHAQh/QQAoArCIgIAAIQECQAJAAkACQAJAQQAtALSIgIAARQ0AQQBBADoAtIiAgAAgAUUNAUGwiICAACECA0ACQAJAIAFBCGoiAyABKAIEIgRqIgVBCHZB/wFxIgYNACABIQIMAQsCQANAIAVBgIB8cSAGai0AAEH+AUcNAUGwiICAACEGA0AgBiIHKAIAIgYgBUcNAAsgByAFKAIANgIAIAEgBCAFKAIEakEIaiIENgIEIAcgAiACIAVGGyECIAMgBGoiBUEIdkH/AXEiBg0ACwsgAigCACECCyACKAIAIgENAAtBACgCsIiAgAAhAQsgAUUNACAAQYcCakGAfnEhCEF/IQJBsIiAgAAhBEEAIQNBsIiAgAAhBgNAIAYhBwJAIAEiBigCBCIFIABJDQAgBSACTw0AIAUhAiAHIQQgBiEDIAVBCGogCEcNACAHIQQgBSECIAYhAwwECyAGKAIAIgENAAsgAw0CDAELQbCIgIAAIQQLPwBBEHQhASAAQYgCaiEHQQAhAwJAAkBBACgCuIiAgAAiAkUNAEEAIQUgASEGDAELQQAgAUHwoISAAEH//wNqQYCAfHEiBmsiAjYCuIiAgAAgAiEFCwJAIAcgBU0NACACQQF2IgIgByAFayIHIAIgB0sbQf//A2oiB0EQdkAAQX9GDQJBAEEAKAK4iICAACAHQYCAfHEiA2o2AriIgIAACyAGRQ0BIAZB/wE6AAEgBkEAKAKwiICAADYCgAIgBkGEAmogAyAFakGAgHxxQfh9aiICNgIAIAZBgAJqIQMLIANBgIB8cSIGIANBCHZB/wFxckH/AToAACAEIAMoAgA2AgACQCACIABrQYB+cSIFDQAgAw8LIAMhAQJAIAYgBUF/cyADQQhqIgQgAmoiB2pBgIB8cUYNACAEQf//A3EhBQJAIABB9/0DSw0AIAYgBEEIdkH/AXFqQf4BOgAAIANBACgCsIiAgAA2AgAgA0GAgAQgBWsiBTYCBEEAIAM2ArCIgIAAEIOAgIAAIAZBhIIEaiACIAVrQfh9aiIFNgIAIAZBgYAEakH/AToAACAGQYCCBGohASAFIABrQYB+cSEFDAELIAIgBWogACAFakH//3tqQYCAfHFrQYCAeGohBSADIQELIAEgASgCBCAFazYCBCAFQfgBaiEGIAcgBWtBCHZB/wFxIQUCQANAIAYiB0GAfmohBiAFIgQNAUEBIQUgB0H4AUcNAAsLAkAgB0H4AUYNACACIANqIAZrQYCAfHEiBSAEakH+AToAACAFIARBCHRqIgVBACgCsIiAgAA2AgAgBSAGNgIEQQAgBTYCsIiAgAAQg4CAgAALIAEPC0EAC3wBAn8CQCAARQ0AAkAgAEGAgHxxIABBCHZB/wFxciIBLQAAIgJB/wFHDQAgAEF4aiIAQQAoArCIgIAANgIAQQAgADYCsIiAgAAgAUH+AToAAEEAQQE6ALSIgIAADwsgACACQQJ0QcCIgIAAaiICKAIANgIAIAIgADYCAAsLawECfwJAQQAoArCIgIAAIgAoAgRB/wFLDQAgAEGAgHxxIgEgAEEIdkH/AXEiAHJBCToAAEEAQQAoArCIgIAAKAIANgKwiICAACABIABBCHRyIgBBACgC5IiAgAA2AgBBACAANgLkiICAAAsLTgECfwJAIAAgAUYNACACRQ0AA0ACQCAALQAAIgMgAS0AACIERg0AQQFBfyADIARLGw8LIAFBAWohASAAQQFqIQAgAkF/aiICDQALC0EAC3gBAX8CQAJAIAAgAU8NACACRQ0BIAAhAwNAIAMgAS0AADoAACABQQFqIQEgA0EBaiEDIAJBf2oiAg0ADAILCyAAIAFNDQAgAkUNACABQX9qIQEgAEF/aiEDA0AgAyACaiABIAJqLQAAOgAAIAJBf2oiAg0ACwsgAAssAQF/AkAgAkUNACAAIQMDQCADIAE6AAAgA0EBaiEDIAJBf2oiAg0ACwsgAAt/AQF/AkACQCABIAByIAJyQQNxRQ0AIAJFDQEgACEDA0AgAyABLQAAOgAAIAFBAWohASADQQFqIQMgAkF/aiICDQAMAgsLIAJBBEkNACACQQJ2IQIgACEDA0AgAyABKAIANgIAIAFBBGohASADQQRqIQMgAkF/aiICDQALCyAAC4gBAQJ/AkBBAC0A6IiAgAANAEEAQQE6AOiIgIAAEIyAgIAAEI6AgIAAC0GggAgQgICAgAAiAEGAgAQ2AgBBAkGAgIAgEJeAgIAAIQEgAEEUakKAgICAgIDAADcCACAAQRBqIABBoIAEajYCACAAQQhqQgA3AgAgACAAQSBqNgIEIAAgATYCHCAACxUAIAAoAhwQmICAgAAgABCCgICAAAsWACAAQQxqIAE2AgAgAEEIakEANgIACxsAIAAoAhwgAEEEaiAAQQxqKAIARRCWgICAAAtUAQN/QQAhAANAQQghASAAIQIDQEEAIAJBAXFrQaCG4u1+cSACQQF2cyECIAFBf2oiAQ0ACyAAQQJ0QfCIgIAAaiACNgIAIABBAWoiAEGAAkcNAAsLTgACQCABRQ0AIAJBf3MhAgNAIAJB/wFxIAAtAABzQQJ0QfCIgIAAaigCACACQQh2cyECIABBAWohACABQX9qIgENAAsgAkF/cyECCyACC10DAX4BfwF+QgAhAANAQQghASAAIQIDQEIAIAJCAYN9QsKenLzd8pW2SYMgAkIBiIUhAiABQX9qIgENAAsgAKdBA3RB8JCAgABqIAI3AwAgAEIBfCIAQoACUg0ACwtPAAJAIAFFDQAgAkJ/hSECA0AgAkL/AYMgADEAAIWnQQN0QfCQgIAAaikDACACQgiIhSECIABBAWohACABQX9qIgENAAsgAkJ/hSECCyACC8oQAgx/An4CQAJAIAAoAiRFDQAgACgCACECDAELQQAhAiAAQQA6ACggAEIANwMAIABCADcDGCAAQcgAakEAQeQAEIaAgIAAGiAAQawBakEMNgIACyAAIAEoAgQiAzYCECAAQeAAaiEEIABByABqIQUgAEG2AWohBiAAQbABaiEHIABBqAFqIQggASgCECEJAkACQAJAAkADQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCACDgoBAgAEBQYHCAkKDwsgASgCACEKIAAoAqgBIQIgACgCrAEhCyABKAIEIQwgASgCCCENDAILIAcgACgCqAEiDGogASgCACABKAIEIgJqIAEoAgggAmsiAiAAKAKsASAMayIMIAIgDEkbIgIQh4CAgAAaIAEgASgCBCACajYCBEEAIQwgAEEAIAAoAqgBIAJqIgIgAiAAKAKsASILRhs2AqgBIAIgC0cNESAAQQE2AgACQCAHQaiIgIAAQQYQhICAgABFDQBBBSEMDBILIAZBAkEAEI2AgIAAIAAoALgBRw0QQQYhDCAGLQAADREgACAALQC3ASICNgIgIAJBBEsNEUEBIAJ0QRNxRQ0RCyABKAIEIgwgASgCCCINRg0OAkAgASgCACIKIAxqLQAAIgsNACAAIAw2AhAgASAMQQFqNgIEQQYhAgwMC0EAIQIgAEEANgKoASAAQQI2AgAgACALQQJ0QQRqIgs2AqwBIAAgCzYCQAsgByACaiAKIAxqIA0gDGsiDCALIAJrIgIgDCACSRsiAhCHgICAABogASABKAIEIAJqNgIEQQAhDCAAQQAgACgCqAEgAmoiAiACIAAoAqwBIgtGGzYCqAEgAiALRw0PIAAgAkF8aiICNgKsAUEHIQwgByACQQAQjYCAgAAgByAAKAKsASICaigAAEcNDyAAQQI2AqgBIAAtALEBIgtBP3ENDAJAAkAgC0HAAHFFDQAgACAHIAggAhCRgICAAEEBRw0RIAAgACkDCDcDMCAAKAKsASECIAAtALEBIQsMAQsgAEJ/NwMwC0J/IQ4CQCALwEF/Sg0AIAAgByAIIAIQkYCAgABBAUcNECAAKAKsASECIAApAwghDgsgACAONwM4IAIgACgCqAEiC2tBAkkNDyAAIAtBAWoiCjYCqAEgCCALakEIai0AAEEhRw0MIAAgC0ECaiINNgKoASAIIApqQQhqLQAAQQFHDQwgAiANRg0PIAAgC0EDajYCqAEgACgCsAkgCCANakEIai0AABCcgICAACIMDQ8gACgCrAEiAiAAKAKoASIMIAIgDEsbIQ0CQANAIA0gDEYNASAAIAxBAWoiAjYCqAEgACAMaiELIAIhDCALQbABai0AAA0ODAALCyAFQgA3AwAgAEEANgKoASAAQQM2AgAgBUEIakIANwMACyAAIAEoAgQ2AhAgACABKAIQNgIUIAAoArAJIAEQmYCAgAAhDCAAIAApA0ggASgCBCAAKAIQa618Ig43A0ggACAAKQNQIAEoAhAgACgCFCICayILrXwiDzcDUCAOIAApAzBWDQ0gDyAAKQM4Vg0NAkACQAJAAkAgACgCIEF/ag4EAAMDAQMLIAEoAgwgAmogCyAAKAIYEI2AgIAArSEODAELIAEoAgwgAmogCyAAKQMYEI+AgIAAIQ4LIAAgDjcDGAsgDEEBRw0OAkAgACkDMCIOQn9RDQAgDiAFKQMAUg0OCwJAIAApAzgiDkJ/UQ0AQQchDCAOIAApA1BSDQ8LIAAgACkDSCAANQJAfCAAKQNgfCIPNwNgQgQhDgJAAkACQCAAKAIgQX9qDgQBAgIAAgtCCCEOCyAEIA4gD3w3AwALIAAgACkDaCAAKQNQfDcDaCAAIARBGCAAKAJwEI2AgIAANgJwIABBBDYCACAAIAApA1hCAXw3A1gLAkAgBSkDACIOQgODUA0AIA5CAXwhDiABKAIEIQwgASgCCCELA0AgCyAMRg0NIAEgDEEBaiICNgIEIAEoAgAgDGotAAANDiAFIA43AwAgDkIDgyEPIA5CAXwhDiACIQwgD0IAUg0ACwsgAEEFNgIAC0EBIQIgACgCIEF/ag4EBgcHBQcLIAAgARCSgICAACIMQQFHDQsgAEEHNgIAC0EAIAAoAhBrIQUgAEGAAWopAwAhDiABKAIEIQwCQANAIA4gBSAMaq18QgODUA0BAkAgDCABKAIIRw0AIAAgARCTgICAAAwLCyABIAxBAWoiAjYCBCABKAIAIAxqIQsgAiEMIAstAAANCwwACwsgACABEJOAgIAAQQchDCAEIABBkAFqQRgQhICAgAANCiAAQQg2AgALIAAgAUEgEJSAgIAAIgxBAUcNCSAAQQk2AgBBDCELIABBDDYCrAEMAQsgACgCrAEhCwsgByAAKAKoASIMaiABKAIAIAEoAgQiAmogASgCCCACayICIAsgDGsiDCACIAxJGyICEIeAgIAAGiABIAEoAgQgAmo2AgRBACEMIABBACAAKAKoASACaiICIAIgACgCrAEiC0YbNgKoASACIAtHDQcgABCVgICAACEMDAcLQQEhAiAAIAFBwAAQlICAgAAiDEEBRw0GDAELQQEhAiAAIAFBIBCUgICAACIMQQFHDQULIAAgAjYCAAwACwtBBiEMDAILQQAhDAwBC0EHIQwLAkACQCAAKAIkDQACQAJAIAwOAgADAQtBB0EIIAEoAgQgASgCCEYbIQwLIAEgCTYCECABIAM2AgQgDA8LAkAgDA0AIAMgASgCBEcNACAJIAEoAhBHDQAgAC0AKCEBIABBAToAKCABQQN0DwsgAEEAOgAoCyAMC6YBAQN/AkAgACgCBCIEDQAgAEIANwMICyACKAIAIgUgAyAFIANLGyEGA0ACQCAGIAVHDQBBAA8LIAEgBWotAAAhAyACIAVBAWoiBTYCACAAIANB/wBxrSAErYYgACkDCIQ3AwgCQAJAIAPAIgNBAEgNAAJAIAMNAEEHIQMgBA0CCyAAQQA2AgRBAQ8LQQchAyAAIARBB2oiBDYCBCAEQT9HDQELCyADC6ECAgN/AX4gAEGQAWohAiABQQRqIQMDQAJAIAAgASgCACADIAEoAggQkYCAgAAiBEEBRg0AIABBgAFqIgMgAykDACABKAIEIAAoAhAiA2siAq18NwMAIAAgAyABKAIAaiACIAAoAhgQjYCAgACtNwMYIAQPCwJAAkACQAJAAkAgACgCeA4DAAIBAwsgACAAKQMIIgU3A4gBAkAgBSAAKQNYUQ0AQQcPCyAAQQE2AngMAwsgACAAKQOYASAAKQMIfDcDmAEgACACQRggACgCoAEQjYCAgAA2AqABIABBATYCeCAAIAApA4gBQn98IgU3A4gBDAILIABBAjYCeCAAIAApA5ABIAApAwh8NwOQAQsgACkDiAEhBQsgBUIAUg0AC0EBC0ABAn8gAEGAAWoiAiACKQMAIAEoAgQgACgCECICayIDrXw3AwAgACACIAEoAgBqIAMgACgCGBCNgICAAK03AxgLfAEEfyABKAIEIQMgASgCCCEEA0ACQCAEIANHDQBBAA8LIAEgA0EBaiIFNgIEAkAgASgCACADai0AACAAKQMYIAAoAgQiA62Ip0H/AXFGDQBBBw8LIAAgA0EIaiIGNgIEIAUhAyAGIAJJDQALIABBADYCBCAAQgA3AxhBAQtvAQF/QQchAQJAIABBugFqLwAAQdm0AUcNACAAQbQBakEGQQAQjYCAgAAgAEGwAWooAABHDQAgAEGAAWopAwBCAoggADUAtAFSDQAgAEG4AWotAAANAEEBQQcgACgCICAAQbkBai0AAEYbIQELIAELwAIBA38CQAJAAkAgACgCJA0AIABBADoAKCAAQQA2AgBBASECDAELAkAgACgCAEEKRw0AQQAhAwwCC0ECIQMMAQtBASEDCwJAAkADQAJAAkACQAJAIAMOAwABAwMLIAEoAgQiAyABKAIIIgRGDQQgASgCACEFAkADQCAFIANqLQAADQEgASADQQFqIgM2AgQgACAAKAIEQQFqQQNxNgIEIAQgA0YNBgwACwsCQCAAKAIERQ0AQQcPCyAAKAIkRQ0BIABBADoAKCAAQQA2AgBBASEDDAMLIABCADcDGCAAQQA2AgQgAEHIAGpBAEHkABCGgICAABogAEGsAWpBDDYCAAtBAiEDDAELIAAgARCQgICAACIDQQFHDQIgAEEKNgIAQQAhAwwACwsCQCACDQBBAA8LQQdBASAAKAIEGyEDCyADC3UBAX8CQEG4CRCAgICAACICRQ0AIAIgADYCJCACIAAgARCbgICAACIANgKwCQJAIABFDQAgAkEAOgAoIAJCADcDACACQgA3AxggAkHIAGpBAEHkABCGgICAABogAkGsAWpBDDYCACACDwsgAhCCgICAAAtBAAseAAJAIABFDQAgACgCsAkQnYCAgAAgABCCgICAAAsL3RABCn8gAEHo3QFqIQIgAEHUAGohAyAAQRxqIgRBCGohBQJAAkADQCAAKAJAIQYCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgASgCBCIHIAEoAghJDQAgBkEHRg0BDBELIAYOCQECAwQFBgcACQ4LIAAoAkwhBgwHC0EBIQYgASAHQQFqNgIEIAEoAgAgB2otAAAiB0UNCAJAAkAgB0HfAUsNACAHQQFHDQELIABBgAI7AVACQCAAKAI8DQAgACABKAIMIAEoAhAiBmo2AhggACABKAIUIAZrNgIsCyAEQgA3AgAgBUIANwIADAoLIAAtAFBFDQkMDQsgASAHQQFqNgIEIAEoAgAgB2otAAAhByAAQQI2AkAgACAHQQh0IAAoAkhqNgJIDAsLIAEgB0EBajYCBCABKAIAIAdqLQAAIQcgAEEDNgJAIAAgByAAKAJIakEBajYCSAwKCyABIAdBAWo2AgQgASgCACAHai0AACEHIABBBDYCQCAAIAdBCHQ2AkwMCQsgASAHQQFqNgIEIAEoAgAgB2otAAAhByAAIAAoAkQ2AkAgACAHIAAoAkxqQQFqNgJMDAgLIAEgB0EBajYCBEEHIQYgASgCACAHai0AACIHQeABSw0DQQAhCAJAAkAgB0EtTw0AQQAhCQwBCyAHQVNqIgcgB0H/AXFBLW4iCUEtbGshByAJQQFqIQkLIABBfyAJdEF/czYCdAJAIAdB/wFxQQlJDQAgB0F3aiIHIAdB/wFxQQluIghBCWxrIQcgCEEBaiEICyAAIAg2AnAgACAHQf8BcSIHNgJsIAggB2pBBEsNAyADQgA3AgAgA0EIakIANwIAIANBEGpBADYCACAAQX8gCHRBf3M2AnBB+AAhBwNAIAAgB2pBgAg7AQAgB0ECaiIHQeTdAUcNAAsgAEEGNgJAIABBBTYCCCAAQv////8PNwIACyAAKAJMIgpBBUkNBwJAIAAoAggiB0UNACAHQX9qIQYgASgCBCEHIAEoAgghCQNAIAkgB0YNCiABIAdBAWoiCDYCBCABKAIAIAdqLQAAIQcgACAGNgIIIAAgByAAKAIEQQh0cjYCBCAIIQcgBkF/aiIGQX9HDQALCyAAQQc2AkAgACAKQXtqIgY2AkwLIAAgACgCICIHIAEoAhQgASgCEGsiCCAAKAJIIgkgCCAJSRsiCGogACgCLCIJIAkgB2sgCEsbNgIoIAEoAggiCiABKAIEIghrIQcCQAJAAkAgACgC5N0BIgkNACAGDQFBACEGCyACIAlqIAEoAgAgCGpBKiAJayIIIAYgCWsiBiAIIAZJGyIGIAcgBiAHSRsiBxCHgICAABoCQAJAIAAoAuTdASIIIAdqIgYgACgCTEcNACACIAhqIAdqQQBBPyAGaxCGgICAABogACgC5N0BIAdqIQYMAQsCQCAGQRRLDQAgACAGNgLk3QEgASABKAIEIAdqNgIEDAMLIAZBa2ohBgsgAEEANgIQIAAgAjYCDCAAIAY2AhRBByEGIAAQmoCAgABFDQMgACgCECIIIAAoAuTdASIJIAdqSw0DIAAgACgCTCAIayIGNgJMAkAgCCAJTw0AIAAgCSAIayIHNgLk3QEgAiACIAhqIAcQhYCAgAAaDAILIABBADYC5N0BIAEgASgCBCAIIAlraiIINgIEIAEoAggiCiAIayEHCwJAIAdBFUkNACAAIAg2AhAgACABKAIANgIMIAAgCkFraiAIIAZqIAcgBkEVakkbNgIUQQchBiAAEJqAgIAARQ0DIAAoAkwiByAAKAIQIgggASgCBGsiCUkNAyABIAg2AgQgACAHIAlrIgY2AkwgASgCCCAIayIHQRRLDQELIAIgASgCACAIaiAHIAYgByAGSRsiBxCHgICAABogACAHNgLk3QEgASABKAIEIAdqNgIECyAAKAIgIgYgACgCHCIIayEHAkAgACgCPEUNAAJAIAYgACgCLEcNACAAQQA2AiALIAEoAgwgASgCEGogACgCGCAIaiAHEIeAgIAAGiAAKAIgIQYLIAAgBjYCHCABIAEoAhAgB2oiCDYCECAAIAAoAkgiBiAHazYCSAJAIAYgB0cNAEEHIQYgACgCTA0CIAAoAmgNAiAAKAIEDQIgAEEANgJADAQLQQAhBiAIIAEoAhRGDQEgASgCBCABKAIIRw0FIAAoAuTdASAAKAJMTw0FDAELAkADQCAAKAJMIghFDQFBACEGIAEoAggiCSAHTQ0CIAEoAhQiCiABKAIQIgtNDQIgACAIIAkgB2siBiAKIAtrIgkgBiAJSRsiBiAAKAIsIAAoAiAiCWsiCiAGIApJGyIGIAggBiAISRsiBms2AkwgCSAAKAIYaiABKAIAIAdqIAYQhYCAgAAaIAAgACgCICAGaiIHNgIgAkAgACgCJCAHTw0AIAAgBzYCJAsCQCAAKAI8RQ0AAkAgByAAKAIsRw0AIABBADYCIAsgASgCDCABKAIQaiABKAIAIAEoAgRqIAYQhYCAgAAaIAAoAiAhBwsgACAHNgIcIAEgASgCECAGajYCECABIAEoAgQgBmoiBzYCBAwACwsgAEEANgJADAQLIAYPCyAHwEF/Sg0BIABBATYCQCAAIAdBEHRBgID8AHE2AkgCQCAHQcABSQ0AIABBBTYCRCAAQQA6AFEMAwsgAC0AUQ0DIABBBjYCRCAHQaABSQ0CIANCADcCACADQRBqQQA2AgAgA0EIakIANwIAQfgAIQcDQCAAIAdqQYAIOwEAIAdBAmoiB0Hk3QFHDQALCyAAQQU2AgggAEL/////DzcCAAwBCyAHQQJLDQEgAEKDgICAgAE3AkAMAAsLQQcPC0EAC5wYARR/IABBGGohAQJAIABBIGooAgAiAiAAQShqKAIAIgNPDQAgAEHoAGoiBCgCAEUNACABIAQgACgCVBCegICAABogACgCKCEDIAAoAiAhAgsCQCACIANPDQAgAEHYC2ohBSAAQbwNaiEGIABB3A1qIQcgAEHoAGohCCAAQeAVaiEJIABB1ABqIQoDQCAAKAIQIgsgACgCFEsNASAAIAAoAmQiDEEFdGogACgCdCACcSINQQF0aiIOQfgAaiEPAkACQCAAKAIAIgNBgICACEkNACAAKAIEIRAMAQsgACADQQh0IgM2AgAgACALQQFqIgQ2AhAgACAAKAIEQQh0IAAoAgwgC2otAAByIhA2AgQgBCELCwJAAkAgECADQQt2IA8vAQAiEWwiBE8NACAAIAQ2AgAgDyARQYAQIBFrQQV2ajsBACACQX9qIQMCQCACDQAgACgCLCADaiEDCwJAAkAgACgCJCIRDQBBACEDDAELIAEoAgAgA2otAAAhAwsgACAAKAJwIAJxIAAoAmwiD3QgA0EIIA9rdmpBgAxsakHkHWohDgJAAkAgDEEGSw0AQQEhAwNAIA4gA0EBdCIDaiEQAkACQCAAKAIAIgRBgICACEkNACAAKAIEIQwMAQsgACAEQQh0IgQ2AgAgACAAKAIQIg9BAWo2AhAgACAAKAIEQQh0IA8gACgCDGotAAByIgw2AgQLAkACQCAMIARBC3YgEC8BACIRbCIPSQ0AIAAgDCAPazYCBCAEIA9rIQ8gA0EBciEDIBEgEUEFdmshBAwBCyARQYAQIBFrQQV2aiEECyAAIA82AgAgECAEOwEAIANBgAJJDQALIAAoAiAhAgwBCyACIAAoAlQiD0F/c2ohAwJAIAIgD0sNACAAKAIsIANqIQMLAkACQCARDQBBACESDAELIAEoAgAgA2otAAAhEgtBASEDQYACIQ8DQCAOIBJBAXQiEiAPcSITIA9qIANqQQF0aiERAkACQCAEQf///wdNDQAgBCENDAELIAAgBEEIdCINNgIAIAAgC0EBaiIENgIQIAAgEEEIdCAAKAIMIAtqLQAAciIQNgIEIAQhCwsCQAJAIBAgDUELdiARLwEAIgxsIgRPIhQNACAMQYAQIAxrQQV2aiEMDAELIAAgECAEayIQNgIEIA0gBGshBCAMIAxBBXZrIQxBACEPCyAAIAQ2AgAgESAMOwEAIA8gE3MhDyADQQF0IBRyIgNBgAJJDQALCyAAIAJBAWo2AiAgACgCGCACaiADOgAAAkAgACgCJCAAKAIgIgJPDQAgACACNgIkC0EAIQMCQCAAKAJkIgRBBEkNAAJAIARBCUsNACAEQX1qIQMMAQsgBEF6aiEDCyAAIAM2AmQMAQsgACADIARrIgM2AgAgACAQIARrIgQ2AgQgDyARIBFBBXZrOwEAIAAgDEEBdGoiEkH4A2ohDwJAAkAgA0H///8HTQ0AIAshEwwBCyAAIANBCHQiAzYCACAAIAtBAWoiEzYCECAAIARBCHQgACgCDCALai0AAHIiBDYCBAsCQAJAIAQgA0ELdiAPLwEAIhBsIhFJDQAgACADIBFrIgw2AgAgACAEIBFrIgM2AgQgDyAQIBBBBXZrOwEAIBJBkARqIQ8CQAJAIAxB////B00NACATIREMAQsgACAMQQh0Igw2AgAgACATQQFqIhE2AhAgACADQQh0IAAoAgwgE2otAAByIgM2AgQLAkACQCADIAxBC3YgDy8BACIQbCIETw0AIAAgBDYCACAPIBBBgBAgEGtBBXZqOwEAIA5B2ARqIQ8CQCAEQf///wdLDQAgACAEQQh0IgQ2AgAgACARQQFqNgIQIAAgA0EIdCAAKAIMIBFqLQAAciIDNgIECwJAIAMgBEELdiAPLwEAIhBsIhFJDQAgACAEIBFrNgIAIAAgAyARazYCBCAPIBAgEEEFdms7AQAMAgsgACARNgIAIA8gEEGAECAQa0EFdmo7AQAgAEEBNgJoIABBCUELIAAoAmRBB0kbNgJkDAMLIAAgDCAEayIMNgIAIAAgAyAEayIDNgIEIA8gECAQQQV2azsBACASQagEaiEEAkACQCAMQf///wdNDQAgESEODAELIAAgDEEIdCIMNgIAIAAgEUEBaiIONgIQIAAgA0EIdCAAKAIMIBFqLQAAciIDNgIECwJAAkAgAyAMQQt2IAQvAQAiD2wiEE8NACAAIBA2AgAgBCAPQYAQIA9rQQV2ajsBACAAKAJYIQMMAQsgACAMIBBrIhE2AgAgACADIBBrIgM2AgQgBCAPIA9BBXZrOwEAIBJBwARqIQ8CQCARQf///wdLDQAgACARQQh0IhE2AgAgACAOQQFqNgIQIAAgA0EIdCAAKAIMIA5qLQAAciIDNgIECwJAAkAgAyARQQt2IA8vAQAiEGwiBE8NACAQQYAQIBBrQQV2aiEQIAAoAlwhAwwBCyAAIAMgBGs2AgQgACgCYCEDIAAgACgCXDYCYCARIARrIQQgECAQQQV2ayEQCyAAIAQ2AgAgDyAQOwEAIAAgACgCWDYCXAsgACAAKAJUNgJYIAAgAzYCVAsgAEEIQQsgACgCZEEHSRs2AmQgACAJIA0Qn4CAgAAMAQsgACARNgIAIA8gEEGAECAQa0EFdmo7AQAgACAAKAJcNgJgIAAgACkCVDcCWCAAQQdBCiAAKAJkQQdJGzYCZCAAIAcgDRCfgICAACAKIAAoAmgiA0F+akEDIANBBkkbQQd0akGEB2ohDUEBIQMDQCANIANBAXQiA2ohEAJAAkAgACgCACIEQYCAgAhJDQAgACgCBCEMDAELIAAgBEEIdCIENgIAIAAgACgCECIPQQFqNgIQIAAgACgCBEEIdCAPIAAoAgxqLQAAciIMNgIECwJAAkAgDCAEQQt2IBAvAQAiEWwiD0kNACAAIAwgD2s2AgQgBCAPayEPIANBAXIhAyARIBFBBXZrIQQMAQsgEUGAECARa0EFdmohBAsgACAPNgIAIBAgBDsBACADQcAASQ0ACwJAIANBQGoiBEEDSw0AIAAgBDYCVAwBCyAAIANBAXFBAnIiDzYCVCAEQQF2IRACQCAEQQ1LDQAgACAPIBBBf2oiDnQiBDYCVEEBIQ8gBSAEQQF0akHAACADa0EBdGpBfmohEkEAIQwDQCASIA9BAXQiD2ohEAJAAkAgACgCACIDQYCAgAhJDQAgACgCBCENDAELIAAgA0EIdCIDNgIAIAAgACgCECIEQQFqNgIQIAAgACgCBEEIdCAEIAAoAgxqLQAAciINNgIECwJAAkAgDSADQQt2IBAvAQAiEWwiBEkNACAAIA0gBGs2AgQgACAAKAJUQQEgDHRqNgJUIAMgBGshBCAPQQFyIQ8gESARQQV2ayEDDAELIBFBgBAgEWtBBXZqIQMLIAAgBDYCACAQIAM7AQAgDiAMQQFqIgxHDQAMAgsLIBBBe2ohECAAKAIEIQQgACgCACEDA0ACQCADQf///wdLDQAgACADQQh0IgM2AgAgACAAKAIQIhFBAWo2AhAgBEEIdCARIAAoAgxqLQAAciEECyAAIANBAXYiAzYCACAAIAQgA2siBEEfdSIRIA9BAXRqQQFqIg82AlQgACARIANxIARqIgQ2AgQgEEF/aiIQDQALIAAgD0EEdDYCVEEAIQxBASEPA0AgBiAPQQF0Ig9qIRACQAJAIAAoAgAiA0GAgIAISQ0AIAAoAgQhDQwBCyAAIANBCHQiAzYCACAAIAAoAhAiBEEBajYCECAAIAAoAgRBCHQgBCAAKAIMai0AAHIiDTYCBAsCQAJAIA0gA0ELdiAQLwEAIhFsIgRJDQAgACANIARrNgIEIAAgACgCVEEBIAx0ajYCVCADIARrIQQgD0EBciEPIBEgEUEFdmshAwwBCyARQYAQIBFrQQV2aiEDCyAAIAQ2AgAgECADOwEAIAxBAWoiDEEERw0ACwsCQCABIAggACgCVBCegICAAA0AQQAPCyAAKAIgIQILIAIgACgCKEkNAAsLQQEhAwJAIAAoAgAiBEH///8HSw0AIAAgBEEIdDYCAEEBIQMgACAAKAIQIgRBAWo2AhAgACAAKAIEQQh0IAQgACgCDGotAAByNgIECyADC3ABAX8CQEGo3gEQgICAgAAiAkUNACACQTRqIAE2AgAgAkE8aiAANgIAAkACQAJAIABBf2oOAgABAgsgAiABEICAgIAAIgA2AhggAA0BIAIQgoCAgAAMAgsgAkEANgIYIAJBOGpBADYCAAsgAg8LQQAL0gEBAn9BBiECAkAgAUEnSw0AIABBMGogAUEBcUECciABQQF2QQtqdCIBNgIAAkACQCAAQTxqKAIAIgNFDQBBBCECIAEgAEE0aigCAEsNAiAAQSxqIAE2AgAgA0ECRw0AIABBOGoiAygCACABTw0AIAAgATYCOCAAKAIYEIKAgIAAIAAgACgCMBCAgICAACIBNgIYIAENAEEDIQIMAQtBACECIABBADYCQCAAQdAAakEBOgAAIABB6ABqQQA2AgAgAEHk3QFqIQMLIANBADYCAAsgAgsjAAJAIABBPGooAgBFDQAgACgCGBCCgICAAAsgABCCgICAAAvHAQEDf0EAIQMCQCAAKAIMIAJNDQAgACgCGCACTQ0AIAEgASgCACIDIAAoAhAgACgCCCIEayIFIAMgBSADSRsiBWs2AgAgBCACQX9zaiEDAkAgBCACSw0AIAAoAhQgA2ohAwsDQCAAKAIAIgIgA2otAAAhASAAIAAoAggiBEEBajYCCCACIARqIAE6AABBACADQQFqIgMgAyAAKAIURhshAyAFQX9qIgUNAAtBASEDIAAoAgwgACgCCCIFTw0AIAAgBTYCDAsgAwvoBAEGfwJAAkAgACgCACIDQYCAgAhJDQAgACgCBCEEDAELIAAgA0EIdCIDNgIAIAAgACgCECIFQQFqNgIQIAAgACgCBEEIdCAFIAAoAgxqLQAAciIENgIECwJAAkAgBCADQQt2IAEvAQAiBWwiBk8NACAAIAY2AgAgASAFQYAQIAVrQQV2ajsBACABIAJBBHRqQQRqIQdBCCEIQQIhAQwBCyAAIAMgBmsiAzYCACAAIAQgBmsiBDYCBCABIAUgBUEFdms7AQACQCADQf///wdLDQAgACADQQh0IgM2AgAgACAAKAIQIgVBAWo2AhAgACAEQQh0IAUgACgCDGotAAByIgQ2AgQLAkAgBCADQQt2IAEvAQIiBWwiBk8NACAAIAY2AgAgASAFQYAQIAVrQQV2ajsBAiABIAJBBHRqQYQCaiEHQQghCEEKIQEMAQsgACADIAZrNgIAIAAgBCAGazYCBCABIAUgBUEFdms7AQIgAUGEBGohB0GAAiEIQRIhAQsgAEHoAGogATYCAEEBIQEDQCAHIAFBAXQiAWohBAJAAkAgACgCACIDQYCAgAhJDQAgACgCBCECDAELIAAgA0EIdCIDNgIAIAAgACgCECIFQQFqNgIQIAAgACgCBEEIdCAFIAAoAgxqLQAAciICNgIECwJAAkAgAiADQQt2IAQvAQAiBmwiBUkNACAAIAIgBWs2AgQgAyAFayEFIAFBAXIhASAGIAZBBXZrIQMMAQsgBkGAECAGa0EFdmohAwsgACAFNgIAIAQgAzsBACABIAhJDQALIABB6ABqIgAgASAIayAAKAIAajYCAAsLNQEAQYAICy4IAAAAEAAAABgAAAAgAAAAKAAAADAAAABAAAAAUAAAAIAAAAAAAQAA/Td6WFoA";
            }),
            /* 2 */
            /***/
            ((module2) => {
              module2.exports = __WEBPACK_EXTERNAL_MODULE__2__;
            })
            /******/
          ];
          var __webpack_module_cache__ = {};
          function __webpack_require__(moduleId) {
            var cachedModule = __webpack_module_cache__[moduleId];
            if (cachedModule !== void 0) {
              return cachedModule.exports;
            }
            var module2 = __webpack_module_cache__[moduleId] = {
              /******/
              // no module.id needed
              /******/
              // no module.loaded needed
              /******/
              exports: {}
              /******/
            };
            __webpack_modules__[moduleId](module2, module2.exports, __webpack_require__);
            return module2.exports;
          }
          (() => {
            __webpack_require__.d = (exports2, definition) => {
              for (var key in definition) {
                if (__webpack_require__.o(definition, key) && !__webpack_require__.o(exports2, key)) {
                  Object.defineProperty(exports2, key, { enumerable: true, get: definition[key] });
                }
              }
            };
          })();
          (() => {
            __webpack_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
          })();
          (() => {
            __webpack_require__.r = (exports2) => {
              if (typeof Symbol !== "undefined" && Symbol.toStringTag) {
                Object.defineProperty(exports2, Symbol.toStringTag, { value: "Module" });
              }
              Object.defineProperty(exports2, "__esModule", { value: true });
            };
          })();
          var __webpack_exports__ = {};
          (() => {
            __webpack_require__.r(__webpack_exports__);
            __webpack_require__.d(__webpack_exports__, {
              /* harmony export */
              XzReadableStream: () => (
                /* binding */
                XzReadableStream2
              )
              /* harmony export */
            });
            var _dist_native_xz_decompress_wasm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1);
            const ReadableStream2 = globalThis.ReadableStream || __webpack_require__(2).ReadableStream;
            const XZ_OK = 0;
            const XZ_STREAM_END = 1;
            class XzContext {
              constructor(moduleInstance) {
                this.exports = moduleInstance.exports;
                this.memory = this.exports.memory;
                this.ptr = this.exports.create_context();
                this._refresh();
                this.bufSize = this.mem32[0];
                this.inStart = this.mem32[1] - this.ptr;
                this.inEnd = this.inStart + this.bufSize;
                this.outStart = this.mem32[4] - this.ptr;
              }
              supplyInput(sourceDataUint8Array) {
                this._refresh();
                const inBuffer = this.mem8.subarray(this.inStart, this.inEnd);
                inBuffer.set(sourceDataUint8Array, 0);
                this.exports.supply_input(this.ptr, sourceDataUint8Array.byteLength);
                this._refresh();
              }
              getNextOutput() {
                const result = this.exports.get_next_output(this.ptr);
                this._refresh();
                if (result !== XZ_OK && result !== XZ_STREAM_END) {
                  throw new Error(`get_next_output failed with error code ${result}`);
                }
                const outChunk = this.mem8.slice(this.outStart, this.outStart + /* outPos */
                this.mem32[5]);
                return { outChunk, finished: result === XZ_STREAM_END };
              }
              needsMoreInput() {
                return (
                  /* inPos */
                  this.mem32[2] === /* inSize */
                  this.mem32[3]
                );
              }
              outputBufferIsFull() {
                return (
                  /* outPos */
                  this.mem32[5] === this.bufSize
                );
              }
              resetOutputBuffer() {
                this.outPos = this.mem32[5] = 0;
              }
              dispose() {
                this.exports.destroy_context(this.ptr);
                this.exports = null;
              }
              _refresh() {
                if (this.memory.buffer !== this.mem8?.buffer) {
                  this.mem8 = new Uint8Array(this.memory.buffer, this.ptr);
                  this.mem32 = new Uint32Array(this.memory.buffer, this.ptr);
                }
              }
            }
            class ContextMutex {
              constructor() {
                this.locked = false;
                this.waitQueue = [];
              }
              async acquire() {
                if (!this.locked) {
                  this.locked = true;
                  return;
                }
                return new Promise((resolve) => {
                  this.waitQueue.push(resolve);
                });
              }
              release() {
                if (this.waitQueue.length > 0) {
                  const next = this.waitQueue.shift();
                  next();
                } else {
                  this.locked = false;
                }
              }
            }
            class XzReadableStream2 extends ReadableStream2 {
              static _moduleInstancePromise;
              static _moduleInstance;
              static _contextMutex = new ContextMutex();
              static async _getModuleInstance() {
                const base64Wasm = _dist_native_xz_decompress_wasm__WEBPACK_IMPORTED_MODULE_0__.replace("data:application/wasm;base64,", "");
                const wasmBytes = Uint8Array.from(atob(base64Wasm), (c) => c.charCodeAt(0)).buffer;
                const wasmOptions = {};
                const module2 = await WebAssembly.instantiate(wasmBytes, wasmOptions);
                XzReadableStream2._moduleInstance = module2.instance;
              }
              constructor(compressedStream) {
                let xzContext;
                let unconsumedInput = null;
                const compressedReader = compressedStream.getReader();
                super({
                  async start(controller) {
                    await XzReadableStream2._contextMutex.acquire();
                    try {
                      if (!XzReadableStream2._moduleInstance) {
                        await (XzReadableStream2._moduleInstancePromise || (XzReadableStream2._moduleInstancePromise = XzReadableStream2._getModuleInstance()));
                      }
                      xzContext = new XzContext(XzReadableStream2._moduleInstance);
                    } catch (error) {
                      XzReadableStream2._contextMutex.release();
                      throw error;
                    }
                  },
                  async pull(controller) {
                    try {
                      if (xzContext.needsMoreInput()) {
                        if (unconsumedInput === null || unconsumedInput.byteLength === 0) {
                          const { done, value } = await compressedReader.read();
                          if (!done) {
                            unconsumedInput = value;
                          }
                        }
                        const nextInputLength = Math.min(xzContext.bufSize, unconsumedInput.byteLength);
                        xzContext.supplyInput(unconsumedInput.subarray(0, nextInputLength));
                        unconsumedInput = unconsumedInput.subarray(nextInputLength);
                      }
                      const nextOutputResult = xzContext.getNextOutput();
                      controller.enqueue(nextOutputResult.outChunk);
                      xzContext.resetOutputBuffer();
                      if (nextOutputResult.finished) {
                        xzContext.dispose();
                        XzReadableStream2._contextMutex.release();
                        controller.close();
                      }
                    } catch (error) {
                      if (xzContext) {
                        xzContext.dispose();
                      }
                      XzReadableStream2._contextMutex.release();
                      throw error;
                    }
                  },
                  cancel() {
                    try {
                      if (xzContext) {
                        xzContext.dispose();
                      }
                      return compressedReader.cancel();
                    } finally {
                      XzReadableStream2._contextMutex.release();
                    }
                  }
                });
              }
            }
          })();
          return __webpack_exports__;
        })()
      );
    });
  }
});

// src/safety/index.ts
import { Buffer as Buffer4 } from "node:buffer";

// src/safety/types.ts
var DEFAULT_LIMITS = {
  maxInflatedBytes: 2 * 1024 ** 3,
  maxMembers: 2e4,
  maxZipDepth: 3,
  maxIssues: 50
};
var MalformedError = class extends Error {
  name = "MalformedError";
};
var MemberError = class extends MalformedError {
};
var UnreadableError = class extends Error {
  name = "UnreadableError";
};
var LimitError = class extends Error {
  name = "LimitError";
};
var SourceError = class extends Error {
  constructor(cause) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.cause = cause;
  }
  cause;
  name = "SourceError";
};
var IssueSink = class {
  constructor(max) {
    this.max = max;
  }
  max;
  issues = [];
  seen = /* @__PURE__ */ new Set();
  dropped = 0;
  add(kind, severity, message) {
    const key = `${kind}\0${severity}\0${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.issues.length >= this.max) {
      this.dropped++;
      return;
    }
    this.issues.push({ kind, severity, message });
  }
  get errorCount() {
    return this.issues.filter((i) => i.severity === "error").length;
  }
  finish(path) {
    if (this.dropped > 0) {
      const worst = this.issues.some((i) => i.severity === "error") ? "error" : "warning";
      this.issues.push({
        kind: "unsafe-format",
        severity: worst,
        message: `${path}: ${this.dropped} more safety issues not listed`
      });
    }
    return this.issues;
  }
};

// src/safety/chunk-reader.ts
var EMPTY = new Uint8Array(0);
var ChunkReader = class {
  /** Bytes consumed so far. */
  position = 0;
  it;
  cur = EMPTY;
  off = 0;
  pushed = [];
  ended = false;
  constructor(source) {
    this.it = source[Symbol.asyncIterator]();
  }
  /** Makes unread bytes available in `cur`; false at end of input. */
  async fill() {
    while (this.off >= this.cur.length) {
      const p = this.pushed.pop();
      if (p) {
        this.cur = p;
        this.off = 0;
        continue;
      }
      if (this.ended) return false;
      let r;
      try {
        r = await this.it.next();
      } catch (e) {
        if (e instanceof MalformedError || e instanceof LimitError || e instanceof SourceError) throw e;
        throw new SourceError(e);
      }
      if (r.done) {
        this.ended = true;
        return false;
      }
      this.cur = r.value;
      this.off = 0;
    }
    return true;
  }
  /** The next run of unread bytes (at most max), or null at end of input. */
  async next(max = Number.POSITIVE_INFINITY) {
    if (!await this.fill()) return null;
    const n = Math.min(max, this.cur.length - this.off);
    const out = this.cur.subarray(this.off, this.off + n);
    this.off += n;
    this.position += n;
    return out;
  }
  /** Puts bytes back in front of the unread ones. */
  unshift(bytes) {
    if (bytes.length === 0) return;
    if (this.off < this.cur.length) this.pushed.push(this.cur.subarray(this.off));
    this.cur = bytes;
    this.off = 0;
    this.position -= bytes.length;
  }
  /** Exactly n bytes, or fewer at end of input. n must be small: the result may be a copy. */
  async read(n) {
    if (this.cur.length - this.off >= n) {
      const out2 = this.cur.subarray(this.off, this.off + n);
      this.off += n;
      this.position += n;
      return out2;
    }
    const out = new Uint8Array(n);
    let got = 0;
    while (got < n && await this.fill()) {
      const take = Math.min(n - got, this.cur.length - this.off);
      out.set(this.cur.subarray(this.off, this.off + take), got);
      got += take;
      this.off += take;
    }
    this.position += got;
    return got === n ? out : out.subarray(0, got);
  }
  /** Exactly n bytes or a MalformedError-style failure reported by the caller. */
  async readExact(n, what) {
    const b = await this.read(n);
    if (b.length !== n) throw what();
    return b;
  }
  /** Skips up to n bytes; returns how many were skipped. */
  async skip(n) {
    let left = n;
    while (left > 0) {
      const c = await this.next(left);
      if (!c) break;
      left -= c.length;
    }
    return n - left;
  }
  /** Up to n bytes without consuming them (a copy). */
  async peek(n) {
    const b = (await this.read(n)).slice();
    this.unshift(b);
    return b;
  }
  /** Stops pulling from the source. */
  async close() {
    this.ended = true;
    try {
      await this.it.return?.();
    } catch {
    }
  }
};
async function* rest(reader) {
  for (; ; ) {
    const c = await reader.next();
    if (!c) return;
    yield c;
  }
}

// node_modules/@huggingface/jinja/dist/index.js
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => {
  __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
  return value;
};
var TOKEN_TYPES = Object.freeze({
  Text: "Text",
  // The text between Jinja statements or expressions
  NumericLiteral: "NumericLiteral",
  // e.g., 123, 1.0
  StringLiteral: "StringLiteral",
  // 'string'
  Identifier: "Identifier",
  // Variables, functions, statements, booleans, etc.
  Equals: "Equals",
  // =
  OpenParen: "OpenParen",
  // (
  CloseParen: "CloseParen",
  // )
  OpenStatement: "OpenStatement",
  // {%
  CloseStatement: "CloseStatement",
  // %}
  OpenExpression: "OpenExpression",
  // {{
  CloseExpression: "CloseExpression",
  // }}
  OpenSquareBracket: "OpenSquareBracket",
  // [
  CloseSquareBracket: "CloseSquareBracket",
  // ]
  OpenCurlyBracket: "OpenCurlyBracket",
  // {
  CloseCurlyBracket: "CloseCurlyBracket",
  // }
  Comma: "Comma",
  // ,
  Dot: "Dot",
  // .
  Colon: "Colon",
  // :
  Pipe: "Pipe",
  // |
  CallOperator: "CallOperator",
  // ()
  AdditiveBinaryOperator: "AdditiveBinaryOperator",
  // + - ~
  MultiplicativeBinaryOperator: "MultiplicativeBinaryOperator",
  // * / // %
  ExponentiationBinaryOperator: "ExponentiationBinaryOperator",
  // **
  ComparisonBinaryOperator: "ComparisonBinaryOperator",
  // < > <= >= == !=
  UnaryOperator: "UnaryOperator",
  // ! - +
  Comment: "Comment"
  // {# ... #}
});
var Token = class {
  /**
   * Constructs a new Token.
   * @param {string} value The raw value as seen inside the source code.
   * @param {TokenType} type The type of token.
   */
  constructor(value, type) {
    this.value = value;
    this.type = type;
  }
};
function isWord(char) {
  return /\w/.test(char);
}
function isInteger(char) {
  return /[0-9]/.test(char);
}
function isWhitespace(char) {
  return /\s/.test(char);
}
var ORDERED_MAPPING_TABLE = [
  // Control sequences
  ["{%", TOKEN_TYPES.OpenStatement],
  ["%}", TOKEN_TYPES.CloseStatement],
  ["{{", TOKEN_TYPES.OpenExpression],
  ["}}", TOKEN_TYPES.CloseExpression],
  // Single character tokens
  ["(", TOKEN_TYPES.OpenParen],
  [")", TOKEN_TYPES.CloseParen],
  ["{", TOKEN_TYPES.OpenCurlyBracket],
  ["}", TOKEN_TYPES.CloseCurlyBracket],
  ["[", TOKEN_TYPES.OpenSquareBracket],
  ["]", TOKEN_TYPES.CloseSquareBracket],
  [",", TOKEN_TYPES.Comma],
  [".", TOKEN_TYPES.Dot],
  [":", TOKEN_TYPES.Colon],
  ["|", TOKEN_TYPES.Pipe],
  // Comparison operators
  ["<=", TOKEN_TYPES.ComparisonBinaryOperator],
  [">=", TOKEN_TYPES.ComparisonBinaryOperator],
  ["==", TOKEN_TYPES.ComparisonBinaryOperator],
  ["!=", TOKEN_TYPES.ComparisonBinaryOperator],
  ["<", TOKEN_TYPES.ComparisonBinaryOperator],
  [">", TOKEN_TYPES.ComparisonBinaryOperator],
  // Arithmetic operators
  ["+", TOKEN_TYPES.AdditiveBinaryOperator],
  ["-", TOKEN_TYPES.AdditiveBinaryOperator],
  ["~", TOKEN_TYPES.AdditiveBinaryOperator],
  ["**", TOKEN_TYPES.ExponentiationBinaryOperator],
  // NOTE: must come before "*" so that "**" is matched first
  ["*", TOKEN_TYPES.MultiplicativeBinaryOperator],
  ["//", TOKEN_TYPES.MultiplicativeBinaryOperator],
  // NOTE: must come before "/" so that "//" is matched first
  ["/", TOKEN_TYPES.MultiplicativeBinaryOperator],
  ["%", TOKEN_TYPES.MultiplicativeBinaryOperator],
  // Assignment operator
  ["=", TOKEN_TYPES.Equals]
];
var ESCAPE_CHARACTERS = /* @__PURE__ */ new Map([
  ["n", "\n"],
  // New line
  ["t", "	"],
  // Horizontal tab
  ["r", "\r"],
  // Carriage return
  ["b", "\b"],
  // Backspace
  ["f", "\f"],
  // Form feed
  ["v", "\v"],
  // Vertical tab
  ["'", "'"],
  // Single quote
  ['"', '"'],
  // Double quote
  ["\\", "\\"]
  // Backslash
]);
function preprocess(template, options = {}) {
  if (template.endsWith("\n")) {
    template = template.slice(0, -1);
  }
  if (options.lstrip_blocks) {
    template = template.replace(/^[ \t]*({[#%-])/gm, "$1");
  }
  if (options.trim_blocks) {
    template = template.replace(/([#%-]})\n/g, "$1");
  }
  return template.replace(
    /(\s*){%(-?)\s*(?:end)?generation\s*(-?)%}(\s*)/gs,
    (_, before, lstrip, rstrip, after) => (lstrip ? "" : before) + (rstrip ? "" : after)
  );
}
function tokenize(source, options = {}) {
  const tokens = [];
  const src = preprocess(source, options);
  let cursorPosition = 0;
  let curlyBracketDepth = 0;
  const consumeWhile = (predicate) => {
    let str2 = "";
    while (predicate(src[cursorPosition])) {
      if (src[cursorPosition] === "\\") {
        ++cursorPosition;
        if (cursorPosition >= src.length) {
          throw new SyntaxError("Unexpected end of input");
        }
        const escaped2 = src[cursorPosition++];
        if (escaped2 === "x" || escaped2 === "u") {
          const length = escaped2 === "x" ? 2 : 4;
          const hex = src.slice(cursorPosition, cursorPosition + length);
          if (hex.length !== length || /[^0-9a-f]/i.test(hex)) {
            throw new SyntaxError(`Invalid hexadecimal escape sequence: \\${escaped2}${hex}`);
          }
          str2 += String.fromCharCode(parseInt(hex, 16));
          cursorPosition += length;
          continue;
        }
        const unescaped = ESCAPE_CHARACTERS.get(escaped2);
        if (unescaped === void 0) {
          throw new SyntaxError(`Unexpected escaped character: ${escaped2}`);
        }
        str2 += unescaped;
        continue;
      }
      str2 += src[cursorPosition++];
      if (cursorPosition >= src.length) {
        throw new SyntaxError("Unexpected end of input");
      }
    }
    return str2;
  };
  const stripTrailingWhitespace = () => {
    const lastToken = tokens.at(-1);
    if (lastToken && lastToken.type === TOKEN_TYPES.Text) {
      lastToken.value = lastToken.value.trimEnd();
      if (lastToken.value === "") {
        tokens.pop();
      }
    }
  };
  const skipLeadingWhitespace = () => {
    while (cursorPosition < src.length && isWhitespace(src[cursorPosition])) {
      ++cursorPosition;
    }
  };
  main:
    while (cursorPosition < src.length) {
      const lastTokenType = tokens.at(-1)?.type;
      if (lastTokenType === void 0 || lastTokenType === TOKEN_TYPES.CloseStatement || lastTokenType === TOKEN_TYPES.CloseExpression || lastTokenType === TOKEN_TYPES.Comment) {
        let text = "";
        while (cursorPosition < src.length && // Keep going until we hit the next Jinja statement or expression
        !(src[cursorPosition] === "{" && (src[cursorPosition + 1] === "%" || src[cursorPosition + 1] === "{" || src[cursorPosition + 1] === "#"))) {
          text += src[cursorPosition++];
        }
        if (text.length > 0) {
          tokens.push(new Token(text, TOKEN_TYPES.Text));
          continue;
        }
      }
      if (src[cursorPosition] === "{" && src[cursorPosition + 1] === "#") {
        cursorPosition += 2;
        const stripBefore = src[cursorPosition] === "-";
        if (stripBefore) {
          ++cursorPosition;
        }
        let comment = "";
        while (src[cursorPosition] !== "#" || src[cursorPosition + 1] !== "}") {
          if (cursorPosition + 2 >= src.length) {
            throw new SyntaxError("Missing end of comment tag");
          }
          comment += src[cursorPosition++];
        }
        const stripAfter = comment.endsWith("-");
        if (stripAfter) {
          comment = comment.slice(0, -1);
        }
        if (stripBefore) {
          stripTrailingWhitespace();
        }
        tokens.push(new Token(comment, TOKEN_TYPES.Comment));
        cursorPosition += 2;
        if (stripAfter) {
          skipLeadingWhitespace();
        }
        continue;
      }
      if (src.slice(cursorPosition, cursorPosition + 3) === "{%-") {
        stripTrailingWhitespace();
        tokens.push(new Token("{%", TOKEN_TYPES.OpenStatement));
        cursorPosition += 3;
        continue;
      }
      if (src.slice(cursorPosition, cursorPosition + 3) === "{{-") {
        stripTrailingWhitespace();
        tokens.push(new Token("{{", TOKEN_TYPES.OpenExpression));
        curlyBracketDepth = 0;
        cursorPosition += 3;
        continue;
      }
      consumeWhile(isWhitespace);
      if (src.slice(cursorPosition, cursorPosition + 3) === "-%}") {
        tokens.push(new Token("%}", TOKEN_TYPES.CloseStatement));
        cursorPosition += 3;
        skipLeadingWhitespace();
        continue;
      }
      if (src.slice(cursorPosition, cursorPosition + 3) === "-}}") {
        tokens.push(new Token("}}", TOKEN_TYPES.CloseExpression));
        cursorPosition += 3;
        skipLeadingWhitespace();
        continue;
      }
      const char = src[cursorPosition];
      if (char === "-" || char === "+") {
        const lastTokenType2 = tokens.at(-1)?.type;
        if (lastTokenType2 === TOKEN_TYPES.Text || lastTokenType2 === void 0) {
          throw new SyntaxError(`Unexpected character: ${char}`);
        }
        switch (lastTokenType2) {
          case TOKEN_TYPES.Identifier:
          case TOKEN_TYPES.NumericLiteral:
          case TOKEN_TYPES.StringLiteral:
          case TOKEN_TYPES.CloseParen:
          case TOKEN_TYPES.CloseSquareBracket:
            break;
          default: {
            ++cursorPosition;
            let num = consumeWhile(isInteger);
            if (num.length > 0 && src[cursorPosition] === "." && isInteger(src[cursorPosition + 1])) {
              ++cursorPosition;
              const frac = consumeWhile(isInteger);
              num = `${num}.${frac}`;
            }
            tokens.push(
              new Token(`${char}${num}`, num.length > 0 ? TOKEN_TYPES.NumericLiteral : TOKEN_TYPES.UnaryOperator)
            );
            continue;
          }
        }
      }
      for (const [seq, type] of ORDERED_MAPPING_TABLE) {
        if (seq === "}}" && curlyBracketDepth > 0) {
          continue;
        }
        const slice2 = src.slice(cursorPosition, cursorPosition + seq.length);
        if (slice2 === seq) {
          tokens.push(new Token(seq, type));
          if (type === TOKEN_TYPES.OpenExpression) {
            curlyBracketDepth = 0;
          } else if (type === TOKEN_TYPES.OpenCurlyBracket) {
            ++curlyBracketDepth;
          } else if (type === TOKEN_TYPES.CloseCurlyBracket) {
            --curlyBracketDepth;
          }
          cursorPosition += seq.length;
          continue main;
        }
      }
      if (char === "'" || char === '"') {
        ++cursorPosition;
        const str2 = consumeWhile((c) => c !== char);
        tokens.push(new Token(str2, TOKEN_TYPES.StringLiteral));
        ++cursorPosition;
        continue;
      }
      if (isInteger(char)) {
        let num = consumeWhile(isInteger);
        if (tokens.at(-1)?.type !== TOKEN_TYPES.Dot && src[cursorPosition] === "." && isInteger(src[cursorPosition + 1])) {
          ++cursorPosition;
          const frac = consumeWhile(isInteger);
          num = `${num}.${frac}`;
        }
        tokens.push(new Token(num, TOKEN_TYPES.NumericLiteral));
        continue;
      }
      if (isWord(char)) {
        const word = consumeWhile(isWord);
        tokens.push(new Token(word, TOKEN_TYPES.Identifier));
        continue;
      }
      throw new SyntaxError(`Unexpected character: ${char}`);
    }
  return tokens;
}
var Statement = class {
  type = "Statement";
};
var Program = class extends Statement {
  constructor(body) {
    super();
    this.body = body;
  }
  type = "Program";
};
var If = class extends Statement {
  constructor(test, body, alternate) {
    super();
    this.test = test;
    this.body = body;
    this.alternate = alternate;
  }
  type = "If";
};
var For = class extends Statement {
  constructor(loopvar, iterable, body, defaultBlock) {
    super();
    this.loopvar = loopvar;
    this.iterable = iterable;
    this.body = body;
    this.defaultBlock = defaultBlock;
  }
  type = "For";
};
var Break = class extends Statement {
  type = "Break";
};
var Continue = class extends Statement {
  type = "Continue";
};
var SetStatement = class extends Statement {
  constructor(assignee, value, body) {
    super();
    this.assignee = assignee;
    this.value = value;
    this.body = body;
  }
  type = "Set";
};
var Macro = class extends Statement {
  constructor(name, args, body) {
    super();
    this.name = name;
    this.args = args;
    this.body = body;
  }
  type = "Macro";
};
var Comment = class extends Statement {
  constructor(value) {
    super();
    this.value = value;
  }
  type = "Comment";
};
var Expression = class extends Statement {
  type = "Expression";
};
var MemberExpression = class extends Expression {
  constructor(object, property, computed) {
    super();
    this.object = object;
    this.property = property;
    this.computed = computed;
  }
  type = "MemberExpression";
};
var CallExpression = class extends Expression {
  constructor(callee, args) {
    super();
    this.callee = callee;
    this.args = args;
  }
  type = "CallExpression";
};
var Identifier = class extends Expression {
  /**
   * @param {string} value The name of the identifier
   */
  constructor(value) {
    super();
    this.value = value;
  }
  type = "Identifier";
};
var Literal = class extends Expression {
  constructor(value) {
    super();
    this.value = value;
  }
  type = "Literal";
};
var IntegerLiteral = class extends Literal {
  type = "IntegerLiteral";
};
var FloatLiteral = class extends Literal {
  type = "FloatLiteral";
};
var StringLiteral = class extends Literal {
  type = "StringLiteral";
};
var ArrayLiteral = class extends Literal {
  type = "ArrayLiteral";
};
var TupleLiteral = class extends Literal {
  type = "TupleLiteral";
};
var ObjectLiteral = class extends Literal {
  type = "ObjectLiteral";
};
var BinaryExpression = class extends Expression {
  constructor(operator, left, right) {
    super();
    this.operator = operator;
    this.left = left;
    this.right = right;
  }
  type = "BinaryExpression";
};
var FilterExpression = class extends Expression {
  constructor(operand, filter) {
    super();
    this.operand = operand;
    this.filter = filter;
  }
  type = "FilterExpression";
};
var FilterStatement = class extends Statement {
  constructor(filter, body) {
    super();
    this.filter = filter;
    this.body = body;
  }
  type = "FilterStatement";
};
var SelectExpression = class extends Expression {
  constructor(lhs, test) {
    super();
    this.lhs = lhs;
    this.test = test;
  }
  type = "SelectExpression";
};
var TestExpression = class extends Expression {
  constructor(operand, negate, test) {
    super();
    this.operand = operand;
    this.negate = negate;
    this.test = test;
  }
  type = "TestExpression";
};
var UnaryExpression = class extends Expression {
  constructor(operator, argument) {
    super();
    this.operator = operator;
    this.argument = argument;
  }
  type = "UnaryExpression";
};
var SliceExpression = class extends Expression {
  constructor(start = void 0, stop = void 0, step = void 0) {
    super();
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
  type = "SliceExpression";
};
var KeywordArgumentExpression = class extends Expression {
  constructor(key, value) {
    super();
    this.key = key;
    this.value = value;
  }
  type = "KeywordArgumentExpression";
};
var SpreadExpression = class extends Expression {
  constructor(argument) {
    super();
    this.argument = argument;
  }
  type = "SpreadExpression";
};
var KeywordSpreadExpression = class extends Expression {
  constructor(argument) {
    super();
    this.argument = argument;
  }
  type = "KeywordSpreadExpression";
};
var CallStatement = class extends Statement {
  constructor(call, callerArgs, body) {
    super();
    this.call = call;
    this.callerArgs = callerArgs;
    this.body = body;
  }
  type = "CallStatement";
};
var Ternary = class extends Expression {
  constructor(condition, trueExpr, falseExpr) {
    super();
    this.condition = condition;
    this.trueExpr = trueExpr;
    this.falseExpr = falseExpr;
  }
  type = "Ternary";
};
function parse(tokens) {
  const program = new Program([]);
  let current = 0;
  function expect(type, error) {
    const prev = tokens[current++];
    if (!prev || prev.type !== type) {
      throw new Error(`Parser Error: ${error}. ${prev.type} !== ${type}.`);
    }
    return prev;
  }
  function expectIdentifier(name) {
    if (!isIdentifier(name)) {
      throw new SyntaxError(`Expected ${name}`);
    }
    ++current;
  }
  function parseAny() {
    switch (tokens[current].type) {
      case TOKEN_TYPES.Comment:
        return new Comment(tokens[current++].value);
      case TOKEN_TYPES.Text:
        return parseText();
      case TOKEN_TYPES.OpenStatement:
        return parseJinjaStatement();
      case TOKEN_TYPES.OpenExpression:
        return parseJinjaExpression();
      default:
        throw new SyntaxError(`Unexpected token type: ${tokens[current].type}`);
    }
  }
  function is(...types) {
    return current + types.length <= tokens.length && types.every((type, i) => type === tokens[current + i].type);
  }
  function isStatement(...names) {
    return tokens[current]?.type === TOKEN_TYPES.OpenStatement && tokens[current + 1]?.type === TOKEN_TYPES.Identifier && names.includes(tokens[current + 1]?.value);
  }
  function isIdentifier(...names) {
    return current + names.length <= tokens.length && names.every((name, i) => tokens[current + i].type === "Identifier" && name === tokens[current + i].value);
  }
  function parseText() {
    return new StringLiteral(expect(TOKEN_TYPES.Text, "Expected text token").value);
  }
  function parseJinjaStatement() {
    expect(TOKEN_TYPES.OpenStatement, "Expected opening statement token");
    if (tokens[current].type !== TOKEN_TYPES.Identifier) {
      throw new SyntaxError(`Unknown statement, got ${tokens[current].type}`);
    }
    const name = tokens[current].value;
    let result;
    switch (name) {
      case "set":
        ++current;
        result = parseSetStatement();
        break;
      case "if":
        ++current;
        result = parseIfStatement();
        expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
        expectIdentifier("endif");
        expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
        break;
      case "macro":
        ++current;
        result = parseMacroStatement();
        expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
        expectIdentifier("endmacro");
        expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
        break;
      case "for":
        ++current;
        result = parseForStatement();
        expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
        expectIdentifier("endfor");
        expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
        break;
      case "call": {
        ++current;
        let callerArgs = null;
        if (is(TOKEN_TYPES.OpenParen)) {
          callerArgs = parseArgs("parameters");
        }
        const callee = parsePrimaryExpression();
        if (callee.type !== "Identifier") {
          throw new SyntaxError(`Expected identifier following call statement`);
        }
        const callArgs = parseArgs("call");
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        const body = [];
        while (!isStatement("endcall")) {
          body.push(parseAny());
        }
        expect(TOKEN_TYPES.OpenStatement, "Expected '{%'");
        expectIdentifier("endcall");
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        const callExpr = new CallExpression(callee, callArgs);
        result = new CallStatement(callExpr, callerArgs, body);
        break;
      }
      case "break":
        ++current;
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        result = new Break();
        break;
      case "continue":
        ++current;
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        result = new Continue();
        break;
      case "filter": {
        ++current;
        let filterNode = parsePrimaryExpression();
        if (filterNode instanceof Identifier && is(TOKEN_TYPES.OpenParen)) {
          filterNode = parseCallExpression(filterNode);
        }
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        const filterBody = [];
        while (!isStatement("endfilter")) {
          filterBody.push(parseAny());
        }
        expect(TOKEN_TYPES.OpenStatement, "Expected '{%'");
        expectIdentifier("endfilter");
        expect(TOKEN_TYPES.CloseStatement, "Expected '%}'");
        result = new FilterStatement(filterNode, filterBody);
        break;
      }
      default:
        throw new SyntaxError(`Unknown statement type: ${name}`);
    }
    return result;
  }
  function parseJinjaExpression() {
    expect(TOKEN_TYPES.OpenExpression, "Expected opening expression token");
    const result = parseExpression();
    expect(TOKEN_TYPES.CloseExpression, "Expected closing expression token");
    return result;
  }
  function parseSetStatement() {
    const left = parseExpressionSequence();
    let value = null;
    const body = [];
    if (is(TOKEN_TYPES.Equals)) {
      ++current;
      value = parseExpressionSequence();
    } else {
      expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
      while (!isStatement("endset")) {
        body.push(parseAny());
      }
      expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
      expectIdentifier("endset");
    }
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    return new SetStatement(left, value, body);
  }
  function parseIfStatement() {
    const test = parseExpression();
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    const body = [];
    const alternate = [];
    while (!isStatement("elif", "else", "endif")) {
      body.push(parseAny());
    }
    if (isStatement("elif")) {
      ++current;
      ++current;
      const result = parseIfStatement();
      alternate.push(result);
    } else if (isStatement("else")) {
      ++current;
      ++current;
      expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
      while (!isStatement("endif")) {
        alternate.push(parseAny());
      }
    }
    return new If(test, body, alternate);
  }
  function parseMacroStatement() {
    const name = parsePrimaryExpression();
    if (name.type !== "Identifier") {
      throw new SyntaxError(`Expected identifier following macro statement`);
    }
    const args = parseArgs("parameters");
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    const body = [];
    while (!isStatement("endmacro")) {
      body.push(parseAny());
    }
    return new Macro(name, args, body);
  }
  function parseExpressionSequence(primary = false) {
    const fn = primary ? parsePrimaryExpression : parseExpression;
    const expressions = [fn()];
    const isTuple = is(TOKEN_TYPES.Comma);
    while (isTuple) {
      ++current;
      expressions.push(fn());
      if (!is(TOKEN_TYPES.Comma)) {
        break;
      }
    }
    return isTuple ? new TupleLiteral(expressions) : expressions[0];
  }
  function parseForStatement() {
    const loopVariable = parseExpressionSequence(true);
    if (!(loopVariable instanceof Identifier || loopVariable instanceof TupleLiteral)) {
      throw new SyntaxError(`Expected identifier/tuple for the loop variable, got ${loopVariable.type} instead`);
    }
    if (!isIdentifier("in")) {
      throw new SyntaxError("Expected `in` keyword following loop variable");
    }
    ++current;
    const iterable = parseExpression();
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    const body = [];
    while (!isStatement("endfor", "else")) {
      body.push(parseAny());
    }
    const alternative = [];
    if (isStatement("else")) {
      ++current;
      ++current;
      expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
      while (!isStatement("endfor")) {
        alternative.push(parseAny());
      }
    }
    return new For(loopVariable, iterable, body, alternative);
  }
  function parseExpression() {
    return parseIfExpression();
  }
  function parseIfExpression() {
    const a = parseLogicalOrExpression();
    if (isIdentifier("if")) {
      ++current;
      const test = parseLogicalOrExpression();
      if (isIdentifier("else")) {
        ++current;
        const falseExpr = parseIfExpression();
        return new Ternary(test, a, falseExpr);
      } else {
        return new SelectExpression(a, test);
      }
    }
    return a;
  }
  function parseLogicalOrExpression() {
    let left = parseLogicalAndExpression();
    while (isIdentifier("or")) {
      const operator = tokens[current];
      ++current;
      const right = parseLogicalAndExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseLogicalAndExpression() {
    let left = parseLogicalNegationExpression();
    while (isIdentifier("and")) {
      const operator = tokens[current];
      ++current;
      const right = parseLogicalNegationExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseLogicalNegationExpression() {
    let right;
    while (isIdentifier("not")) {
      const operator = tokens[current];
      ++current;
      const arg = parseLogicalNegationExpression();
      right = new UnaryExpression(operator, arg);
    }
    return right ?? parseComparisonExpression();
  }
  function parseComparisonExpression() {
    let left = parseAdditiveExpression();
    while (true) {
      let operator;
      if (isIdentifier("not", "in")) {
        operator = new Token("not in", TOKEN_TYPES.Identifier);
        current += 2;
      } else if (isIdentifier("in")) {
        operator = tokens[current++];
      } else if (is(TOKEN_TYPES.ComparisonBinaryOperator)) {
        operator = tokens[current++];
      } else {
        break;
      }
      const right = parseAdditiveExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseAdditiveExpression() {
    let left = parseMultiplicativeExpression();
    while (is(TOKEN_TYPES.AdditiveBinaryOperator)) {
      const operator = tokens[current];
      ++current;
      const right = parseMultiplicativeExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseCallMemberExpression() {
    const member = parseMemberExpression(parsePrimaryExpression());
    if (is(TOKEN_TYPES.OpenParen)) {
      return parseCallExpression(member);
    }
    return member;
  }
  function parseCallExpression(callee) {
    let expression = new CallExpression(callee, parseArgs("call"));
    expression = parseMemberExpression(expression);
    if (is(TOKEN_TYPES.OpenParen)) {
      expression = parseCallExpression(expression);
    }
    return expression;
  }
  function parseArgs(mode) {
    expect(TOKEN_TYPES.OpenParen, "Expected opening parenthesis for arguments list");
    const args = parseArgumentsList(mode);
    expect(TOKEN_TYPES.CloseParen, "Expected closing parenthesis for arguments list");
    return args;
  }
  function parseArgumentsList(mode) {
    const args = [];
    const parameterNames = /* @__PURE__ */ new Set();
    let sawKeywordOrDefault = false;
    let sawSpreadArgument = false;
    while (!is(TOKEN_TYPES.CloseParen)) {
      const isKeywordSpread = is(TOKEN_TYPES.ExponentiationBinaryOperator);
      const isPositionalSpread = is(TOKEN_TYPES.MultiplicativeBinaryOperator) && tokens[current].value === "*";
      if (mode === "parameters" && (isKeywordSpread || isPositionalSpread)) {
        throw new SyntaxError("Argument unpacking is not allowed in parameter declarations");
      }
      if (isKeywordSpread) {
        ++current;
        args.push(new KeywordSpreadExpression(parseExpression()));
        if (is(TOKEN_TYPES.Comma)) {
          ++current;
        }
        if (!is(TOKEN_TYPES.CloseParen)) {
          throw new SyntaxError("Expected closing parenthesis: `**` must be applied to the final argument");
        }
        break;
      }
      let argument;
      if (isPositionalSpread) {
        if (sawSpreadArgument) {
          throw new SyntaxError("Only one `*` argument unpacking is allowed");
        }
        sawSpreadArgument = true;
        ++current;
        const expr = parseExpression();
        argument = new SpreadExpression(expr);
      } else {
        argument = parseExpression();
        if (is(TOKEN_TYPES.Equals)) {
          ++current;
          if (!(argument instanceof Identifier)) {
            throw new SyntaxError(
              mode === "parameters" ? "Expected identifier for parameter declaration" : "Expected identifier for keyword argument"
            );
          }
          const value = parseExpression();
          argument = new KeywordArgumentExpression(argument, value);
        }
        if (mode === "parameters") {
          if (!(argument instanceof Identifier || argument instanceof KeywordArgumentExpression)) {
            throw new SyntaxError("Expected identifier for parameter declaration");
          }
          const parameterName = argument instanceof Identifier ? argument.value : argument.key.value;
          if (parameterNames.has(parameterName)) {
            throw new SyntaxError(`Duplicate parameter name: ${parameterName}`);
          }
          parameterNames.add(parameterName);
        }
        if (argument instanceof KeywordArgumentExpression) {
          sawKeywordOrDefault = true;
        } else if (sawKeywordOrDefault) {
          throw new SyntaxError(
            mode === "call" ? "Positional arguments must come before keyword arguments" : "Non-default argument follows default argument"
          );
        } else if (sawSpreadArgument) {
          throw new SyntaxError("Positional arguments must not follow `*` argument unpacking");
        }
      }
      args.push(argument);
      if (is(TOKEN_TYPES.Comma)) {
        ++current;
      }
    }
    return args;
  }
  function parseMemberExpressionArgumentsList() {
    const slices = [];
    let isSlice = false;
    while (!is(TOKEN_TYPES.CloseSquareBracket)) {
      if (is(TOKEN_TYPES.Colon)) {
        slices.push(void 0);
        ++current;
        isSlice = true;
      } else {
        slices.push(parseExpression());
        if (is(TOKEN_TYPES.Colon)) {
          ++current;
          isSlice = true;
        }
      }
    }
    if (slices.length === 0) {
      throw new SyntaxError(`Expected at least one argument for member/slice expression`);
    }
    if (isSlice) {
      if (slices.length > 3) {
        throw new SyntaxError(`Expected 0-3 arguments for slice expression`);
      }
      return new SliceExpression(...slices);
    }
    return slices[0];
  }
  function parseMemberExpression(object) {
    while (is(TOKEN_TYPES.Dot) || is(TOKEN_TYPES.OpenSquareBracket)) {
      const operator = tokens[current];
      ++current;
      let property;
      const computed = operator.type === TOKEN_TYPES.OpenSquareBracket;
      if (computed) {
        property = parseMemberExpressionArgumentsList();
        expect(TOKEN_TYPES.CloseSquareBracket, "Expected closing square bracket");
      } else {
        property = parsePrimaryExpression();
        if (property.type !== "Identifier" && property.type !== "IntegerLiteral") {
          throw new SyntaxError(`Expected identifier or integer following dot operator`);
        }
      }
      object = new MemberExpression(object, property, computed);
    }
    return object;
  }
  function parseMultiplicativeExpression() {
    let left = parsePowerExpression();
    while (is(TOKEN_TYPES.MultiplicativeBinaryOperator)) {
      const operator = tokens[current++];
      const right = parsePowerExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parsePowerExpression() {
    let left = parseTestExpression();
    while (is(TOKEN_TYPES.ExponentiationBinaryOperator)) {
      const operator = tokens[current++];
      const right = parseTestExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseTestExpression() {
    let operand = parseFilterExpression();
    while (isIdentifier("is")) {
      ++current;
      const negate = isIdentifier("not");
      if (negate) {
        ++current;
      }
      const filter = parsePrimaryExpression();
      if (!(filter instanceof Identifier)) {
        throw new SyntaxError(`Expected identifier for the test`);
      }
      operand = new TestExpression(operand, negate, filter);
    }
    return operand;
  }
  function parseFilterExpression() {
    let operand = parseUnarySignExpression();
    while (is(TOKEN_TYPES.Pipe)) {
      ++current;
      let filter = parsePrimaryExpression();
      if (!(filter instanceof Identifier)) {
        throw new SyntaxError(`Expected identifier for the filter`);
      }
      if (is(TOKEN_TYPES.OpenParen)) {
        filter = parseCallExpression(filter);
      }
      operand = new FilterExpression(operand, filter);
    }
    return operand;
  }
  function parseUnarySignExpression() {
    const token = tokens[current];
    if (token && (token.type === TOKEN_TYPES.UnaryOperator || token.type === TOKEN_TYPES.AdditiveBinaryOperator) && (token.value === "-" || token.value === "+")) {
      const operator = tokens[current++];
      const argument = parseUnarySignExpression();
      return new UnaryExpression(operator, argument);
    }
    return parseCallMemberExpression();
  }
  function parsePrimaryExpression() {
    const token = tokens[current++];
    switch (token.type) {
      case TOKEN_TYPES.NumericLiteral: {
        const num = token.value;
        return num.includes(".") ? new FloatLiteral(Number(num)) : new IntegerLiteral(Number(num));
      }
      case TOKEN_TYPES.StringLiteral: {
        let value = token.value;
        while (is(TOKEN_TYPES.StringLiteral)) {
          value += tokens[current++].value;
        }
        return new StringLiteral(value);
      }
      case TOKEN_TYPES.Identifier:
        return new Identifier(token.value);
      case TOKEN_TYPES.OpenParen: {
        const expression = parseExpressionSequence();
        expect(TOKEN_TYPES.CloseParen, "Expected closing parenthesis, got ${tokens[current].type} instead.");
        return expression;
      }
      case TOKEN_TYPES.OpenSquareBracket: {
        const values = [];
        while (!is(TOKEN_TYPES.CloseSquareBracket)) {
          values.push(parseExpression());
          if (is(TOKEN_TYPES.Comma)) {
            ++current;
          }
        }
        ++current;
        return new ArrayLiteral(values);
      }
      case TOKEN_TYPES.OpenCurlyBracket: {
        const values = /* @__PURE__ */ new Map();
        while (!is(TOKEN_TYPES.CloseCurlyBracket)) {
          const key = parseExpression();
          expect(TOKEN_TYPES.Colon, "Expected colon between key and value in object literal");
          const value = parseExpression();
          values.set(key, value);
          if (is(TOKEN_TYPES.Comma)) {
            ++current;
          }
        }
        ++current;
        return new ObjectLiteral(values);
      }
      default:
        throw new SyntaxError(`Unexpected token: ${token.type}`);
    }
  }
  while (current < tokens.length) {
    program.body.push(parseAny());
  }
  return program;
}
function range(start, stop, step = 1) {
  if (stop === void 0) {
    stop = start;
    start = 0;
  }
  if (step === 0) {
    throw new Error("range() step must not be zero");
  }
  const result = [];
  if (step > 0) {
    for (let i = start; i < stop; i += step) {
      result.push(i);
    }
  } else {
    for (let i = start; i > stop; i += step) {
      result.push(i);
    }
  }
  return result;
}
function slice(array, start, stop, step = 1) {
  const direction = Math.sign(step);
  if (direction >= 0) {
    start = (start ??= 0) < 0 ? Math.max(array.length + start, 0) : Math.min(start, array.length);
    stop = (stop ??= array.length) < 0 ? Math.max(array.length + stop, 0) : Math.min(stop, array.length);
  } else {
    start = (start ??= array.length - 1) < 0 ? Math.max(array.length + start, -1) : Math.min(start, array.length - 1);
    stop = (stop ??= -1) < -1 ? Math.max(array.length + stop, -1) : Math.min(stop, array.length - 1);
  }
  const result = [];
  for (let i = start; direction * i < direction * stop; i += step) {
    result.push(array[i]);
  }
  return result;
}
function titleCase(value) {
  return value.replace(/\b\w/g, (c) => c.toUpperCase());
}
function strftime_now(format2) {
  return strftime(/* @__PURE__ */ new Date(), format2);
}
function strftime(date, format2) {
  const monthFormatterLong = new Intl.DateTimeFormat(void 0, { month: "long" });
  const monthFormatterShort = new Intl.DateTimeFormat(void 0, { month: "short" });
  const pad2 = (n) => n < 10 ? "0" + n : n.toString();
  return format2.replace(/%[YmdbBHM%]/g, (token) => {
    switch (token) {
      case "%Y":
        return date.getFullYear().toString();
      case "%m":
        return pad2(date.getMonth() + 1);
      case "%d":
        return pad2(date.getDate());
      case "%b":
        return monthFormatterShort.format(date);
      case "%B":
        return monthFormatterLong.format(date);
      case "%H":
        return pad2(date.getHours());
      case "%M":
        return pad2(date.getMinutes());
      case "%%":
        return "%";
      default:
        return token;
    }
  });
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function replace(str2, oldvalue, newvalue, count) {
  if (count === 0) {
    return str2;
  }
  let remaining = count == null || count < 0 ? Infinity : count;
  const pattern = oldvalue.length === 0 ? new RegExp("(?=)", "gu") : new RegExp(escapeRegExp(oldvalue), "gu");
  return str2.replaceAll(pattern, (match) => {
    if (remaining > 0) {
      --remaining;
      return newvalue;
    }
    return match;
  });
}
var BreakControl = class extends Error {
};
var ContinueControl = class extends Error {
};
var EMPTY_BUILTINS = /* @__PURE__ */ new Map();
var RuntimeValue = class {
  type = "RuntimeValue";
  value;
  /**
   * A collection of built-in functions for this type.
   */
  get builtins() {
    return EMPTY_BUILTINS;
  }
  /**
   * Creates a new RuntimeValue.
   */
  constructor(value = void 0) {
    this.value = value;
  }
  /**
   * Determines truthiness or falsiness of the runtime value.
   * This function should be overridden by subclasses if it has custom truthiness criteria.
   * @returns {BooleanValue} BooleanValue(true) if the value is truthy, BooleanValue(false) otherwise.
   */
  __bool__() {
    return new BooleanValue(!!this.value);
  }
  toString() {
    return String(this.value);
  }
};
var IntegerValue = class extends RuntimeValue {
  type = "IntegerValue";
};
var FloatValue = class extends RuntimeValue {
  type = "FloatValue";
  toString() {
    if (Object.is(this.value, -0)) {
      return "-0.0";
    }
    return this.value % 1 === 0 ? this.value.toFixed(1) : this.value.toString();
  }
};
var StringValue = class extends RuntimeValue {
  type = "StringValue";
  _builtins;
  get builtins() {
    return this._builtins ??= /* @__PURE__ */ new Map([
      [
        "upper",
        new FunctionValue(() => {
          return new StringValue(this.value.toUpperCase());
        })
      ],
      [
        "lower",
        new FunctionValue(() => {
          return new StringValue(this.value.toLowerCase());
        })
      ],
      [
        "strip",
        new FunctionValue(() => {
          return new StringValue(this.value.trim());
        })
      ],
      [
        "title",
        new FunctionValue(() => {
          return new StringValue(titleCase(this.value));
        })
      ],
      [
        "capitalize",
        new FunctionValue(() => {
          return new StringValue(this.value.charAt(0).toUpperCase() + this.value.slice(1));
        })
      ],
      ["length", new IntegerValue(this.value.length)],
      [
        "rstrip",
        new FunctionValue(() => {
          return new StringValue(this.value.trimEnd());
        })
      ],
      [
        "lstrip",
        new FunctionValue(() => {
          return new StringValue(this.value.trimStart());
        })
      ],
      [
        "startswith",
        new FunctionValue((args) => {
          if (args.length === 0) {
            throw new Error("startswith() requires at least one argument");
          }
          const pattern = args[0];
          if (pattern instanceof StringValue) {
            return new BooleanValue(this.value.startsWith(pattern.value));
          } else if (pattern instanceof ArrayValue) {
            for (const item of pattern.value) {
              if (!(item instanceof StringValue)) {
                throw new Error("startswith() tuple elements must be strings");
              }
              if (this.value.startsWith(item.value)) {
                return new BooleanValue(true);
              }
            }
            return new BooleanValue(false);
          }
          throw new Error("startswith() argument must be a string or tuple of strings");
        })
      ],
      [
        "endswith",
        new FunctionValue((args) => {
          if (args.length === 0) {
            throw new Error("endswith() requires at least one argument");
          }
          const pattern = args[0];
          if (pattern instanceof StringValue) {
            return new BooleanValue(this.value.endsWith(pattern.value));
          } else if (pattern instanceof ArrayValue) {
            for (const item of pattern.value) {
              if (!(item instanceof StringValue)) {
                throw new Error("endswith() tuple elements must be strings");
              }
              if (this.value.endsWith(item.value)) {
                return new BooleanValue(true);
              }
            }
            return new BooleanValue(false);
          }
          throw new Error("endswith() argument must be a string or tuple of strings");
        })
      ],
      [
        "split",
        // follows Python's `str.split(sep=None, maxsplit=-1)` function behavior
        // https://docs.python.org/3.13/library/stdtypes.html#str.split
        new FunctionValue((args) => {
          const sep = args[0] ?? new NullValue();
          if (!(sep instanceof StringValue || sep instanceof NullValue)) {
            throw new Error("sep argument must be a string or null");
          }
          const maxsplit = args[1] ?? new IntegerValue(-1);
          if (!(maxsplit instanceof IntegerValue)) {
            throw new Error("maxsplit argument must be a number");
          }
          let result = [];
          if (sep instanceof NullValue) {
            const text = this.value.trimStart();
            for (const { 0: match, index } of text.matchAll(/\S+/g)) {
              if (maxsplit.value !== -1 && result.length >= maxsplit.value && index !== void 0) {
                result.push(match + text.slice(index + match.length));
                break;
              }
              result.push(match);
            }
          } else {
            if (sep.value === "") {
              throw new Error("empty separator");
            }
            result = this.value.split(sep.value);
            if (maxsplit.value !== -1 && result.length > maxsplit.value) {
              result.push(result.splice(maxsplit.value).join(sep.value));
            }
          }
          return new ArrayValue(result.map((part) => new StringValue(part)));
        })
      ],
      [
        "replace",
        new FunctionValue((args) => {
          if (args.length < 2) {
            throw new Error("replace() requires at least two arguments");
          }
          const oldValue = args[0];
          const newValue = args[1];
          if (!(oldValue instanceof StringValue && newValue instanceof StringValue)) {
            throw new Error("replace() arguments must be strings");
          }
          let count;
          if (args.length > 2) {
            if (args[2].type === "KeywordArgumentsValue") {
              count = args[2].value.get("count") ?? new NullValue();
            } else {
              count = args[2];
            }
          } else {
            count = new NullValue();
          }
          if (!(count instanceof IntegerValue || count instanceof NullValue)) {
            throw new Error("replace() count argument must be a number or null");
          }
          return new StringValue(replace(this.value, oldValue.value, newValue.value, count.value));
        })
      ]
    ]);
  }
};
var BooleanValue = class extends RuntimeValue {
  type = "BooleanValue";
};
var NON_ASCII_CHARS = /[\x7f-\uffff]/g;
function makeAsciiSafe(str2) {
  return str2.replace(NON_ASCII_CHARS, (char) => "\\u" + char.charCodeAt(0).toString(16).padStart(4, "0"));
}
function toJSON(input, options = {}, depth = 0, convertUndefinedToNull = true) {
  const { indent = null, ensureAscii = false, separators = null, sortKeys = false } = options;
  let itemSeparator;
  let keySeparator;
  if (separators) {
    [itemSeparator, keySeparator] = separators;
  } else if (indent) {
    itemSeparator = ",";
    keySeparator = ": ";
  } else {
    itemSeparator = ", ";
    keySeparator = ": ";
  }
  switch (input.type) {
    case "NullValue":
      return "null";
    case "UndefinedValue":
      return convertUndefinedToNull ? "null" : "undefined";
    case "IntegerValue":
    case "FloatValue":
    case "BooleanValue":
      return JSON.stringify(input.value);
    case "StringValue": {
      let result = JSON.stringify(input.value);
      if (ensureAscii) {
        result = makeAsciiSafe(result);
      }
      return result;
    }
    case "ArrayValue":
    case "NamespaceValue":
    case "ObjectValue": {
      const indentValue = indent ? " ".repeat(indent) : "";
      const basePadding = "\n" + indentValue.repeat(depth);
      const childrenPadding = basePadding + indentValue;
      if (input.type === "ArrayValue") {
        const core = input.value.map((x) => toJSON(x, options, depth + 1, convertUndefinedToNull));
        return indent && core.length > 0 ? `[${childrenPadding}${core.join(`${itemSeparator}${childrenPadding}`)}${basePadding}]` : `[${core.join(itemSeparator)}]`;
      } else {
        let entries = Array.from(input.value.entries());
        if (sortKeys) {
          entries = entries.sort(([a], [b]) => a.localeCompare(b));
        }
        const core = entries.map(([key, value]) => {
          let keyStr = JSON.stringify(key);
          if (ensureAscii) {
            keyStr = makeAsciiSafe(keyStr);
          }
          const v = `${keyStr}${keySeparator}${toJSON(value, options, depth + 1, convertUndefinedToNull)}`;
          return indent ? `${childrenPadding}${v}` : v;
        });
        return indent && core.length > 0 ? `{${core.join(itemSeparator)}${basePadding}}` : `{${core.join(itemSeparator)}}`;
      }
    }
    default:
      throw new Error(`Cannot convert to JSON: ${input.type}`);
  }
}
var ObjectValue = class extends RuntimeValue {
  type = "ObjectValue";
  _builtins;
  /**
   * NOTE: necessary to override since all JavaScript arrays are considered truthy,
   * while only non-empty Python arrays are consider truthy.
   *
   * e.g.,
   *  - JavaScript:  {} && 5 -> 5
   *  - Python:      {} and 5 -> {}
   */
  __bool__() {
    return new BooleanValue(this.value.size > 0);
  }
  get builtins() {
    return this._builtins ??= /* @__PURE__ */ new Map([
      [
        "get",
        new FunctionValue(([key, defaultValue]) => {
          if (!(key instanceof StringValue)) {
            throw new Error(`Object key must be a string: got ${key.type}`);
          }
          return this.value.get(key.value) ?? defaultValue ?? new NullValue();
        })
      ],
      ["items", new FunctionValue(() => this.items())],
      ["keys", new FunctionValue(() => this.keys())],
      ["values", new FunctionValue(() => this.values())],
      [
        "dictsort",
        new FunctionValue((args) => {
          let kwargs = /* @__PURE__ */ new Map();
          const positionalArgs = args.filter((arg) => {
            if (arg instanceof KeywordArgumentsValue) {
              kwargs = arg.value;
              return false;
            }
            return true;
          });
          const caseSensitive = positionalArgs.at(0) ?? kwargs.get("case_sensitive") ?? new BooleanValue(false);
          if (!(caseSensitive instanceof BooleanValue)) {
            throw new Error("case_sensitive must be a boolean");
          }
          const by = positionalArgs.at(1) ?? kwargs.get("by") ?? new StringValue("key");
          if (!(by instanceof StringValue)) {
            throw new Error("by must be a string");
          }
          if (!["key", "value"].includes(by.value)) {
            throw new Error("by must be either 'key' or 'value'");
          }
          const reverse = positionalArgs.at(2) ?? kwargs.get("reverse") ?? new BooleanValue(false);
          if (!(reverse instanceof BooleanValue)) {
            throw new Error("reverse must be a boolean");
          }
          const items = Array.from(this.value.entries()).map(([key, value]) => new ArrayValue([new StringValue(key), value])).sort((a, b) => {
            const index = by.value === "key" ? 0 : 1;
            const aVal = a.value[index];
            const bVal = b.value[index];
            const result = compareRuntimeValues(aVal, bVal, caseSensitive.value);
            return reverse.value ? -result : result;
          });
          return new ArrayValue(items);
        })
      ]
    ]);
  }
  items() {
    return new ArrayValue(
      Array.from(this.value.entries()).map(([key, value]) => new ArrayValue([new StringValue(key), value]))
    );
  }
  keys() {
    return new ArrayValue(Array.from(this.value.keys()).map((key) => new StringValue(key)));
  }
  values() {
    return new ArrayValue(Array.from(this.value.values()));
  }
  toString() {
    return toJSON(this, {}, 0, false);
  }
};
var KeywordArgumentsValue = class extends ObjectValue {
  type = "KeywordArgumentsValue";
};
var NamespaceValue = class extends RuntimeValue {
  type = "NamespaceValue";
  toString() {
    return toJSON(this, {}, 0, false);
  }
};
var ArrayValue = class extends RuntimeValue {
  type = "ArrayValue";
  _builtins;
  get builtins() {
    return this._builtins ??= /* @__PURE__ */ new Map([["length", new IntegerValue(this.value.length)]]);
  }
  /**
   * NOTE: necessary to override since all JavaScript arrays are considered truthy,
   * while only non-empty Python arrays are consider truthy.
   *
   * e.g.,
   *  - JavaScript:  [] && 5 -> 5
   *  - Python:      [] and 5 -> []
   */
  __bool__() {
    return new BooleanValue(this.value.length > 0);
  }
  toString() {
    return toJSON(this, {}, 0, false);
  }
};
var TupleValue = class extends ArrayValue {
  type = "TupleValue";
};
var FunctionValue = class extends RuntimeValue {
  type = "FunctionValue";
};
var NullValue = class extends RuntimeValue {
  type = "NullValue";
};
var UndefinedValue = class extends RuntimeValue {
  type = "UndefinedValue";
};
function normalizeNamespaceEntry(pair) {
  let values;
  if (pair instanceof ArrayValue) {
    values = pair.value;
  } else if (pair instanceof StringValue) {
    values = Array.from(pair.value, (char) => new StringValue(char));
  }
  if (!values || values.length !== 2) {
    throw new Error("namespace expected an object or an iterable of [key, value] pairs");
  }
  const [key, value] = values;
  if (!(key instanceof StringValue)) {
    throw new Error("namespace keys must be strings");
  }
  return [key, value];
}
var _Environment = class {
  constructor(parent) {
    this.parent = parent;
  }
  /**
   * The variables declared in this environment.
   */
  variables = /* @__PURE__ */ new Map([
    [
      "namespace",
      new FunctionValue((args) => {
        const positional = args.slice();
        let kwargs;
        if (positional.at(-1) instanceof KeywordArgumentsValue) {
          kwargs = positional.pop();
        }
        if (positional.length > 1) {
          throw new Error(`namespace expected at most 1 argument, got ${positional.length}`);
        }
        const entries = /* @__PURE__ */ new Map();
        if (positional.length === 1) {
          const source = positional[0];
          if (source instanceof ObjectValue) {
            for (const [key, value] of source.value) {
              entries.set(key, value);
            }
          } else if (source instanceof ArrayValue) {
            for (const pair of source.value) {
              const [key, value] = normalizeNamespaceEntry(pair);
              entries.set(key.value, value);
            }
          } else {
            throw new Error(`'${source.type}' object is not iterable`);
          }
        }
        if (kwargs) {
          for (const [key, value] of kwargs.value) {
            entries.set(key, value);
          }
        }
        return new NamespaceValue(entries);
      })
    ]
  ]);
  tests = _Environment.TESTS;
  /**
   * Set the value of a variable in the current environment.
   */
  set(name, value) {
    return this.declareVariable(name, convertToRuntimeValues(value));
  }
  declareVariable(name, value) {
    if (this.variables.has(name)) {
      throw new SyntaxError(`Variable already declared: ${name}`);
    }
    this.variables.set(name, value);
    return value;
  }
  // private assignVariable(name: string, value: AnyRuntimeValue): AnyRuntimeValue {
  // 	const env = this.resolve(name);
  // 	env.variables.set(name, value);
  // 	return value;
  // }
  /**
   * Set variable in the current scope.
   * See https://jinja.palletsprojects.com/en/3.0.x/templates/#assignments for more information.
   */
  setVariable(name, value) {
    this.variables.set(name, value);
    return value;
  }
  /**
   * Resolve the environment in which the variable is declared.
   * @param {string} name The name of the variable.
   * @returns {Environment} The environment in which the variable is declared.
   */
  resolve(name) {
    if (this.variables.has(name)) {
      return this;
    }
    if (this.parent) {
      return this.parent.resolve(name);
    }
    throw new Error(`Unknown variable: ${name}`);
  }
  lookupVariable(name) {
    try {
      return this.resolve(name).variables.get(name) ?? new UndefinedValue();
    } catch {
      return new UndefinedValue();
    }
  }
};
var Environment = _Environment;
__publicField(Environment, "TESTS", /* @__PURE__ */ new Map([
  ["boolean", (operand) => operand.type === "BooleanValue"],
  ["callable", (operand) => operand instanceof FunctionValue],
  [
    "odd",
    (operand) => {
      if (!(operand instanceof IntegerValue)) {
        throw new Error(`cannot odd on ${operand.type}`);
      }
      return operand.value % 2 !== 0;
    }
  ],
  [
    "even",
    (operand) => {
      if (!(operand instanceof IntegerValue)) {
        throw new Error(`cannot even on ${operand.type}`);
      }
      return operand.value % 2 === 0;
    }
  ],
  ["false", (operand) => operand.type === "BooleanValue" && !operand.value],
  ["true", (operand) => operand.type === "BooleanValue" && operand.value],
  ["none", (operand) => operand.type === "NullValue"],
  ["string", (operand) => operand.type === "StringValue"],
  ["number", (operand) => operand instanceof IntegerValue || operand instanceof FloatValue],
  ["integer", (operand) => operand instanceof IntegerValue],
  ["iterable", (operand) => operand.type === "ArrayValue" || operand.type === "StringValue"],
  ["mapping", (operand) => operand instanceof ObjectValue],
  [
    "sequence",
    (operand) => operand instanceof ArrayValue || operand instanceof ObjectValue || operand instanceof StringValue
  ],
  [
    "lower",
    (operand) => {
      const str2 = operand.value;
      return operand.type === "StringValue" && str2 === str2.toLowerCase();
    }
  ],
  [
    "upper",
    (operand) => {
      const str2 = operand.value;
      return operand.type === "StringValue" && str2 === str2.toUpperCase();
    }
  ],
  ["none", (operand) => operand.type === "NullValue"],
  ["defined", (operand) => operand.type !== "UndefinedValue"],
  ["undefined", (operand) => operand.type === "UndefinedValue"],
  ["equalto", (a, b) => a.value === b.value],
  ["eq", (a, b) => a.value === b.value]
]));
function setupGlobals(env) {
  env.set("false", false);
  env.set("true", true);
  env.set("none", null);
  env.set("raise_exception", (args) => {
    throw new Error(args);
  });
  env.set("range", range);
  env.set("strftime_now", strftime_now);
  env.set("True", true);
  env.set("False", false);
  env.set("None", null);
}
function isAttributeContainer(value) {
  return value instanceof ObjectValue || value instanceof NamespaceValue;
}
function isNumericLikeValue(value) {
  return value instanceof IntegerValue || value instanceof FloatValue || value instanceof BooleanValue;
}
function getNumericValue(value) {
  return value instanceof BooleanValue ? Number(value.value) : value.value;
}
function getAttributeValue(item, attributePath) {
  const parts = attributePath.split(".");
  let value = item;
  for (const part of parts) {
    if (isAttributeContainer(value)) {
      value = value.value.get(part) ?? new UndefinedValue();
    } else if (value instanceof ArrayValue) {
      const index = parseInt(part, 10);
      if (!isNaN(index) && index >= 0 && index < value.value.length) {
        value = value.value[index];
      } else {
        return new UndefinedValue();
      }
    } else {
      return new UndefinedValue();
    }
  }
  return value;
}
function compareRuntimeValues(a, b, caseSensitive = false) {
  if (a instanceof NullValue && b instanceof NullValue) {
    return 0;
  }
  if (a instanceof NullValue || b instanceof NullValue) {
    throw new Error(`Cannot compare ${a.type} with ${b.type}`);
  }
  if (a instanceof UndefinedValue && b instanceof UndefinedValue) {
    return 0;
  }
  if (a instanceof UndefinedValue || b instanceof UndefinedValue) {
    throw new Error(`Cannot compare ${a.type} with ${b.type}`);
  }
  if (isNumericLikeValue(a) && isNumericLikeValue(b)) {
    const aNum = getNumericValue(a);
    const bNum = getNumericValue(b);
    return aNum < bNum ? -1 : aNum > bNum ? 1 : 0;
  }
  if (a.type !== b.type) {
    throw new Error(`Cannot compare different types: ${a.type} and ${b.type}`);
  }
  switch (a.type) {
    case "StringValue": {
      let aStr = a.value;
      let bStr = b.value;
      if (!caseSensitive) {
        aStr = aStr.toLowerCase();
        bStr = bStr.toLowerCase();
      }
      return aStr < bStr ? -1 : aStr > bStr ? 1 : 0;
    }
    default:
      throw new Error(`Cannot compare type: ${a.type}`);
  }
}
function getParameterDescriptor(argument) {
  if (argument.type === "Identifier") {
    return { name: argument.value };
  }
  const keywordArgument = argument;
  return { name: keywordArgument.key.value, defaultValue: keywordArgument.value };
}
function isSpecialMacroArgument(name) {
  return name === "kwargs" || name === "varargs";
}
function findAccessedSpecialMacroArguments(parameters, body) {
  const declared = /* @__PURE__ */ new Set();
  const accessed = /* @__PURE__ */ new Set();
  const declareName = (name) => {
    if (isSpecialMacroArgument(name)) {
      declared.add(name);
    }
  };
  const declareTarget = (target) => {
    if (target.type === "Identifier") {
      declareName(target.value);
    } else if (target.type === "TupleLiteral") {
      for (const item of target.value) {
        declareTarget(item);
      }
    }
  };
  const declareArgument = (argument) => {
    declareName(getParameterDescriptor(argument).name);
  };
  const visitArgumentDefaults = (args) => {
    for (const argument of args) {
      const parameter = getParameterDescriptor(argument);
      if (parameter.defaultValue) {
        visit(parameter.defaultValue);
      }
    }
  };
  const visitFilter = (filter) => {
    if (filter.type === "CallExpression") {
      visit(filter.args);
    }
  };
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) {
        visit(item);
      }
      return;
    }
    if (node instanceof Map) {
      for (const [key, value] of node) {
        visit(key);
        visit(value);
      }
      return;
    }
    if (!(node instanceof Statement)) {
      return;
    }
    switch (node.type) {
      case "For": {
        const statement = node;
        declareTarget(statement.loopvar);
        if (statement.iterable.type === "SelectExpression") {
          const iterable = statement.iterable;
          visit(iterable.lhs);
          visit(statement.body);
          visit(statement.defaultBlock);
          visit(iterable.test);
          return;
        }
        visit(statement.iterable);
        visit(statement.body);
        visit(statement.defaultBlock);
        return;
      }
      case "Set": {
        const statement = node;
        declareTarget(statement.assignee);
        visit(statement.value);
        visit(statement.body);
        return;
      }
      case "Macro": {
        const statement = node;
        for (const argument of statement.args) {
          declareArgument(argument);
        }
        visitArgumentDefaults(statement.args);
        visit(statement.body);
        return;
      }
      case "CallStatement": {
        const statement = node;
        visit(statement.call);
        for (const argument of statement.callerArgs ?? []) {
          declareArgument(argument);
        }
        visitArgumentDefaults(statement.callerArgs ?? []);
        visit(statement.body);
        return;
      }
      case "FilterStatement": {
        const statement = node;
        visit(statement.body);
        visitFilter(statement.filter);
        return;
      }
      case "Identifier": {
        const name = node.value;
        if (isSpecialMacroArgument(name) && !declared.has(name)) {
          accessed.add(name);
        }
        return;
      }
      case "MemberExpression": {
        const expression = node;
        visit(expression.object);
        if (expression.computed) {
          visit(expression.property);
        }
        return;
      }
      case "FilterExpression": {
        const expression = node;
        visit(expression.operand);
        visitFilter(expression.filter);
        return;
      }
      case "TestExpression":
        visit(node.operand);
        return;
      case "SelectExpression": {
        const expression = node;
        visit(expression.test);
        visit(expression.lhs);
        return;
      }
      case "KeywordArgumentExpression":
        visit(node.value);
        return;
      default:
        for (const child of Object.values(node)) {
          visit(child);
        }
    }
  };
  for (const parameter of parameters) {
    declareArgument(parameter);
  }
  visit(body);
  return accessed;
}
var Interpreter = class {
  global;
  constructor(env) {
    this.global = env ?? new Environment();
  }
  /**
   * Run the program.
   */
  run(program) {
    return this.evaluate(program, this.global);
  }
  /**
   * Evaluates expressions following the binary operation type.
   */
  evaluateBinaryExpression(node, environment) {
    const left = this.evaluate(node.left, environment);
    switch (node.operator.value) {
      case "and":
        return left.__bool__().value ? this.evaluate(node.right, environment) : left;
      case "or":
        return left.__bool__().value ? left : this.evaluate(node.right, environment);
    }
    const right = this.evaluate(node.right, environment);
    switch (node.operator.value) {
      case "==":
        return new BooleanValue(left.value == right.value);
      case "!=":
        return new BooleanValue(left.value != right.value);
    }
    if (left instanceof UndefinedValue || right instanceof UndefinedValue) {
      if (right instanceof UndefinedValue && ["in", "not in"].includes(node.operator.value)) {
        return new BooleanValue(node.operator.value === "not in");
      }
      throw new Error(`Cannot perform operation ${node.operator.value} on undefined values`);
    } else if (left instanceof NullValue || right instanceof NullValue) {
      throw new Error("Cannot perform operation on null values");
    } else if (node.operator.value === "~") {
      return new StringValue(left.value.toString() + right.value.toString());
    } else if (node.operator.value === "**" && isNumericLikeValue(left) && isNumericLikeValue(right)) {
      const a = getNumericValue(left);
      const b = getNumericValue(right);
      if (a === 0 && b < 0) {
        throw new Error("0.0 cannot be raised to a negative power");
      }
      const result = a ** b;
      if (!Number.isFinite(result)) {
        throw new Error("Exponentiation result is not a finite real number");
      }
      const isFloat = left instanceof FloatValue || right instanceof FloatValue || b < 0;
      return isFloat ? new FloatValue(result) : new IntegerValue(result);
    } else if ((left instanceof IntegerValue || left instanceof FloatValue) && (right instanceof IntegerValue || right instanceof FloatValue)) {
      const a = left.value, b = right.value;
      switch (node.operator.value) {
        case "+":
        case "-":
        case "*": {
          const res = node.operator.value === "+" ? a + b : node.operator.value === "-" ? a - b : a * b;
          const isFloat = left instanceof FloatValue || right instanceof FloatValue;
          return isFloat ? new FloatValue(res) : new IntegerValue(res);
        }
        case "/":
          return new FloatValue(a / b);
        case "//": {
          const res = Math.floor(a / b);
          const isFloat = left instanceof FloatValue || right instanceof FloatValue;
          return isFloat ? new FloatValue(res) : new IntegerValue(res);
        }
        case "%": {
          const rem = a % b;
          const isFloat = left instanceof FloatValue || right instanceof FloatValue;
          return isFloat ? new FloatValue(rem) : new IntegerValue(rem);
        }
        case "<":
          return new BooleanValue(a < b);
        case ">":
          return new BooleanValue(a > b);
        case ">=":
          return new BooleanValue(a >= b);
        case "<=":
          return new BooleanValue(a <= b);
      }
    } else if (left instanceof ArrayValue && right instanceof ArrayValue) {
      switch (node.operator.value) {
        case "+":
          return new ArrayValue(left.value.concat(right.value));
      }
    } else if (right instanceof ArrayValue) {
      const member = right.value.find((x) => x.value === left.value) !== void 0;
      switch (node.operator.value) {
        case "in":
          return new BooleanValue(member);
        case "not in":
          return new BooleanValue(!member);
      }
    }
    if (left instanceof StringValue || right instanceof StringValue) {
      switch (node.operator.value) {
        case "+":
          return new StringValue(left.value.toString() + right.value.toString());
      }
    }
    if (left instanceof StringValue && right instanceof StringValue) {
      switch (node.operator.value) {
        case "in":
          return new BooleanValue(right.value.includes(left.value));
        case "not in":
          return new BooleanValue(!right.value.includes(left.value));
      }
    }
    if (left instanceof StringValue && right instanceof ObjectValue) {
      switch (node.operator.value) {
        case "in":
          return new BooleanValue(right.value.has(left.value));
        case "not in":
          return new BooleanValue(!right.value.has(left.value));
      }
    }
    throw new SyntaxError(`Unknown operator "${node.operator.value}" between ${left.type} and ${right.type}`);
  }
  evaluateArguments(args, environment) {
    const positionalArguments = [];
    const keywordArguments = /* @__PURE__ */ new Map();
    const addKeywordArgument = (key, value) => {
      if (keywordArguments.has(key)) {
        throw new Error(`Got multiple values for keyword argument '${key}'`);
      }
      keywordArguments.set(key, value);
    };
    for (const argument of args) {
      if (argument.type === "SpreadExpression") {
        const spreadNode = argument;
        const val = this.evaluate(spreadNode.argument, environment);
        if (!(val instanceof ArrayValue)) {
          throw new Error(`Cannot unpack non-iterable type: ${val.type}`);
        }
        for (const item of val.value) {
          positionalArguments.push(item);
        }
      } else if (argument.type !== "KeywordArgumentExpression" && argument.type !== "KeywordSpreadExpression") {
        positionalArguments.push(this.evaluate(argument, environment));
      }
    }
    for (const argument of args) {
      if (argument.type === "KeywordArgumentExpression") {
        const kwarg = argument;
        addKeywordArgument(kwarg.key.value, this.evaluate(kwarg.value, environment));
      } else if (argument.type === "KeywordSpreadExpression") {
        const spreadNode = argument;
        const val = this.evaluate(spreadNode.argument, environment);
        if (!(val instanceof ObjectValue)) {
          throw new Error(`Argument after ** must be a mapping, not ${val.type}`);
        }
        for (const [key, value] of val.value) {
          addKeywordArgument(key, value);
        }
      }
    }
    return [positionalArguments, keywordArguments];
  }
  applyFilter(operand, filterNode, environment) {
    if (filterNode.type === "Identifier") {
      const filter = filterNode;
      if (filter.value === "safe") {
        return operand;
      }
      if (filter.value === "tojson") {
        return new StringValue(toJSON(operand, {}));
      }
      if (operand instanceof ArrayValue) {
        switch (filter.value) {
          case "list":
            return operand;
          case "first":
            return operand.value[0];
          case "last":
            return operand.value[operand.value.length - 1];
          case "length":
            return new IntegerValue(operand.value.length);
          case "reverse":
            return new ArrayValue(operand.value.slice().reverse());
          case "sort": {
            return new ArrayValue(operand.value.slice().sort((a, b) => compareRuntimeValues(a, b, false)));
          }
          case "join":
            return new StringValue(operand.value.map((x) => x.value).join(""));
          case "string":
            return new StringValue(toJSON(operand, {}, 0, false));
          case "unique": {
            const seen = /* @__PURE__ */ new Set();
            const output = [];
            for (const item of operand.value) {
              if (!seen.has(item.value)) {
                seen.add(item.value);
                output.push(item);
              }
            }
            return new ArrayValue(output);
          }
          default:
            throw new Error(`Unknown ArrayValue filter: ${filter.value}`);
        }
      } else if (operand instanceof StringValue) {
        switch (filter.value) {
          case "length":
          case "upper":
          case "lower":
          case "title":
          case "capitalize": {
            const builtin = operand.builtins.get(filter.value);
            if (builtin instanceof FunctionValue) {
              return builtin.value(
                /* no arguments */
                [],
                environment
              );
            } else if (builtin instanceof IntegerValue) {
              return builtin;
            } else {
              throw new Error(`Unknown StringValue filter: ${filter.value}`);
            }
          }
          case "trim":
            return new StringValue(operand.value.trim());
          case "indent":
            return new StringValue(
              operand.value.split("\n").map(
                (x, i) => (
                  // By default, don't indent the first line or empty lines
                  i === 0 || x.length === 0 ? x : "    " + x
                )
              ).join("\n")
            );
          case "join":
          case "string":
            return operand;
          case "int": {
            const val = parseInt(operand.value, 10);
            return new IntegerValue(isNaN(val) ? 0 : val);
          }
          case "float": {
            const val = parseFloat(operand.value);
            return new FloatValue(isNaN(val) ? 0 : val);
          }
          default:
            throw new Error(`Unknown StringValue filter: ${filter.value}`);
        }
      } else if (operand instanceof IntegerValue || operand instanceof FloatValue) {
        switch (filter.value) {
          case "abs":
            return operand instanceof IntegerValue ? new IntegerValue(Math.abs(operand.value)) : new FloatValue(Math.abs(operand.value));
          case "int":
            return new IntegerValue(Math.floor(operand.value));
          case "float":
            return new FloatValue(operand.value);
          case "string":
            return new StringValue(operand.toString());
          default:
            throw new Error(`Unknown NumericValue filter: ${filter.value}`);
        }
      } else if (operand instanceof ObjectValue) {
        switch (filter.value) {
          case "items":
            return new ArrayValue(
              Array.from(operand.value.entries()).map(([key, value]) => new ArrayValue([new StringValue(key), value]))
            );
          case "length":
            return new IntegerValue(operand.value.size);
          default: {
            const builtin = operand.builtins.get(filter.value);
            if (builtin) {
              if (builtin instanceof FunctionValue) {
                return builtin.value([], environment);
              }
              return builtin;
            }
            throw new Error(`Unknown ObjectValue filter: ${filter.value}`);
          }
        }
      } else if (operand instanceof BooleanValue) {
        switch (filter.value) {
          case "bool":
            return new BooleanValue(operand.value);
          case "int":
            return new IntegerValue(operand.value ? 1 : 0);
          case "float":
            return new FloatValue(operand.value ? 1 : 0);
          case "string":
            return new StringValue(operand.value ? "true" : "false");
          default:
            throw new Error(`Unknown BooleanValue filter: ${filter.value}`);
        }
      }
      throw new Error(`Cannot apply filter "${filter.value}" to type: ${operand.type}`);
    } else if (filterNode.type === "CallExpression") {
      const filter = filterNode;
      if (filter.callee.type !== "Identifier") {
        throw new Error(`Unknown filter: ${filter.callee.type}`);
      }
      const filterName2 = filter.callee.value;
      if (filterName2 === "tojson") {
        const [, kwargs] = this.evaluateArguments(filter.args, environment);
        const indent = kwargs.get("indent") ?? new NullValue();
        if (!(indent instanceof IntegerValue || indent instanceof NullValue)) {
          throw new Error("If set, indent must be a number");
        }
        const ensureAscii = kwargs.get("ensure_ascii") ?? new BooleanValue(false);
        if (!(ensureAscii instanceof BooleanValue)) {
          throw new Error("If set, ensure_ascii must be a boolean");
        }
        const sortKeys = kwargs.get("sort_keys") ?? new BooleanValue(false);
        if (!(sortKeys instanceof BooleanValue)) {
          throw new Error("If set, sort_keys must be a boolean");
        }
        const separatorsArg = kwargs.get("separators") ?? new NullValue();
        let separators = null;
        if (separatorsArg instanceof ArrayValue || separatorsArg instanceof TupleValue) {
          if (separatorsArg.value.length !== 2) {
            throw new Error("separators must be a tuple of two strings");
          }
          const [itemSep, keySep] = separatorsArg.value;
          if (!(itemSep instanceof StringValue) || !(keySep instanceof StringValue)) {
            throw new Error("separators must be a tuple of two strings");
          }
          separators = [itemSep.value, keySep.value];
        } else if (!(separatorsArg instanceof NullValue)) {
          throw new Error("If set, separators must be a tuple of two strings");
        }
        return new StringValue(
          toJSON(operand, {
            indent: indent.value,
            ensureAscii: ensureAscii.value,
            sortKeys: sortKeys.value,
            separators
          })
        );
      } else if (filterName2 === "join") {
        let value;
        if (operand instanceof StringValue) {
          value = Array.from(operand.value);
        } else if (operand instanceof ArrayValue) {
          value = operand.value.map((x) => x.value);
        } else {
          throw new Error(`Cannot apply filter "${filterName2}" to type: ${operand.type}`);
        }
        const [args, kwargs] = this.evaluateArguments(filter.args, environment);
        const separator = args.at(0) ?? kwargs.get("separator") ?? new StringValue("");
        if (!(separator instanceof StringValue)) {
          throw new Error("separator must be a string");
        }
        return new StringValue(value.join(separator.value));
      } else if (filterName2 === "int" || filterName2 === "float") {
        const [args, kwargs] = this.evaluateArguments(filter.args, environment);
        const defaultValue = args.at(0) ?? kwargs.get("default") ?? (filterName2 === "int" ? new IntegerValue(0) : new FloatValue(0));
        if (operand instanceof StringValue) {
          const val = filterName2 === "int" ? parseInt(operand.value, 10) : parseFloat(operand.value);
          return isNaN(val) ? defaultValue : filterName2 === "int" ? new IntegerValue(val) : new FloatValue(val);
        } else if (operand instanceof IntegerValue || operand instanceof FloatValue) {
          return operand;
        } else if (operand instanceof BooleanValue) {
          return filterName2 === "int" ? new IntegerValue(operand.value ? 1 : 0) : new FloatValue(operand.value ? 1 : 0);
        } else {
          throw new Error(`Cannot apply filter "${filterName2}" to type: ${operand.type}`);
        }
      } else if (filterName2 === "default") {
        const [args, kwargs] = this.evaluateArguments(filter.args, environment);
        const defaultValue = args[0] ?? new StringValue("");
        const booleanValue = args[1] ?? kwargs.get("boolean") ?? new BooleanValue(false);
        if (!(booleanValue instanceof BooleanValue)) {
          throw new Error("`default` filter flag must be a boolean");
        }
        if (operand instanceof UndefinedValue || booleanValue.value && !operand.__bool__().value) {
          return defaultValue;
        }
        return operand;
      }
      if (operand instanceof ArrayValue) {
        switch (filterName2) {
          case "sort": {
            const [args, kwargs] = this.evaluateArguments(filter.args, environment);
            const reverse = args.at(0) ?? kwargs.get("reverse") ?? new BooleanValue(false);
            if (!(reverse instanceof BooleanValue)) {
              throw new Error("reverse must be a boolean");
            }
            const caseSensitive = args.at(1) ?? kwargs.get("case_sensitive") ?? new BooleanValue(false);
            if (!(caseSensitive instanceof BooleanValue)) {
              throw new Error("case_sensitive must be a boolean");
            }
            const attribute = args.at(2) ?? kwargs.get("attribute") ?? new NullValue();
            if (!(attribute instanceof StringValue || attribute instanceof IntegerValue || attribute instanceof NullValue)) {
              throw new Error("attribute must be a string, integer, or null");
            }
            const getSortValue = (item) => {
              if (attribute instanceof NullValue) {
                return item;
              }
              const attrPath = attribute instanceof IntegerValue ? String(attribute.value) : attribute.value;
              return getAttributeValue(item, attrPath);
            };
            return new ArrayValue(
              operand.value.slice().sort((a, b) => {
                const aVal = getSortValue(a);
                const bVal = getSortValue(b);
                const result = compareRuntimeValues(aVal, bVal, caseSensitive.value);
                return reverse.value ? -result : result;
              })
            );
          }
          case "selectattr":
          case "rejectattr": {
            const select = filterName2 === "selectattr";
            if (operand.value.some((item) => !isAttributeContainer(item))) {
              throw new Error(`\`${filterName2}\` can only be applied to array of objects`);
            }
            if (filter.args.some((x) => x.type !== "StringLiteral")) {
              throw new Error(`arguments of \`${filterName2}\` must be strings`);
            }
            const [attr, testName, value] = filter.args.map((x) => this.evaluate(x, environment));
            let testFunction;
            if (testName) {
              const test = environment.tests.get(testName.value);
              if (!test) {
                throw new Error(`Unknown test: ${testName.value}`);
              }
              testFunction = test;
            } else {
              testFunction = (...x) => x[0].__bool__().value;
            }
            const filtered = operand.value.filter((item) => {
              const a = item.value.get(attr.value);
              const result = a ? testFunction(a, value) : false;
              return select ? result : !result;
            });
            return new ArrayValue(filtered);
          }
          case "map": {
            const [, kwargs] = this.evaluateArguments(filter.args, environment);
            if (kwargs.has("attribute")) {
              const attr = kwargs.get("attribute");
              if (!(attr instanceof StringValue)) {
                throw new Error("attribute must be a string");
              }
              const defaultValue = kwargs.get("default");
              const mapped = operand.value.map((item) => {
                if (!isAttributeContainer(item)) {
                  throw new Error("items in map must be an object");
                }
                const value = getAttributeValue(item, attr.value);
                return value instanceof UndefinedValue ? defaultValue ?? new UndefinedValue() : value;
              });
              return new ArrayValue(mapped);
            } else {
              throw new Error("`map` expressions without `attribute` set are not currently supported.");
            }
          }
        }
        throw new Error(`Unknown ArrayValue filter: ${filterName2}`);
      } else if (operand instanceof StringValue) {
        switch (filterName2) {
          case "indent": {
            const [args, kwargs] = this.evaluateArguments(filter.args, environment);
            const width = args.at(0) ?? kwargs.get("width") ?? new IntegerValue(4);
            if (!(width instanceof IntegerValue)) {
              throw new Error("width must be a number");
            }
            const first = args.at(1) ?? kwargs.get("first") ?? new BooleanValue(false);
            const blank = args.at(2) ?? kwargs.get("blank") ?? new BooleanValue(false);
            const lines = operand.value.split("\n");
            const indent = " ".repeat(width.value);
            const indented = lines.map(
              (x, i) => !first.value && i === 0 || !blank.value && x.length === 0 ? x : indent + x
            );
            return new StringValue(indented.join("\n"));
          }
          case "replace": {
            const replaceFn = operand.builtins.get("replace");
            if (!(replaceFn instanceof FunctionValue)) {
              throw new Error("replace filter not available");
            }
            const [args, kwargs] = this.evaluateArguments(filter.args, environment);
            return replaceFn.value([...args, new KeywordArgumentsValue(kwargs)], environment);
          }
        }
        throw new Error(`Unknown StringValue filter: ${filterName2}`);
      } else if (operand instanceof ObjectValue) {
        const builtin = operand.builtins.get(filterName2);
        if (builtin && builtin instanceof FunctionValue) {
          const [args, kwargs] = this.evaluateArguments(filter.args, environment);
          if (kwargs.size > 0) {
            args.push(new KeywordArgumentsValue(kwargs));
          }
          return builtin.value(args, environment);
        }
        throw new Error(`Unknown ObjectValue filter: ${filterName2}`);
      } else {
        throw new Error(`Cannot apply filter "${filterName2}" to type: ${operand.type}`);
      }
    }
    throw new Error(`Unknown filter: ${filterNode.type}`);
  }
  /**
   * Evaluates expressions following the filter operation type.
   */
  evaluateFilterExpression(node, environment) {
    const operand = this.evaluate(node.operand, environment);
    return this.applyFilter(operand, node.filter, environment);
  }
  /**
   * Evaluates expressions following the test operation type.
   */
  evaluateTestExpression(node, environment) {
    const operand = this.evaluate(node.operand, environment);
    const test = environment.tests.get(node.test.value);
    if (!test) {
      throw new Error(`Unknown test: ${node.test.value}`);
    }
    const result = test(operand);
    return new BooleanValue(node.negate ? !result : result);
  }
  /**
   * Evaluates expressions following the select operation type.
   */
  evaluateSelectExpression(node, environment) {
    const predicate = this.evaluate(node.test, environment);
    if (!predicate.__bool__().value) {
      return new UndefinedValue();
    }
    return this.evaluate(node.lhs, environment);
  }
  /**
   * Evaluates expressions following the unary operation type.
   */
  evaluateUnaryExpression(node, environment) {
    const argument = this.evaluate(node.argument, environment);
    switch (node.operator.value) {
      case "not":
        return new BooleanValue(!argument.__bool__().value);
      case "+":
      case "-": {
        const sign = node.operator.value === "-" ? -1 : 1;
        if (argument instanceof IntegerValue || argument instanceof FloatValue || argument instanceof BooleanValue) {
          const value = argument instanceof BooleanValue ? argument.value ? 1 : 0 : argument.value;
          const result = sign * value;
          return argument instanceof FloatValue ? new FloatValue(result) : new IntegerValue(result);
        }
        throw new SyntaxError(`Unknown operator "${node.operator.value}" for ${argument.type}`);
      }
      default:
        throw new SyntaxError(`Unknown operator: ${node.operator.value}`);
    }
  }
  evaluateTernaryExpression(node, environment) {
    const cond = this.evaluate(node.condition, environment);
    return cond.__bool__().value ? this.evaluate(node.trueExpr, environment) : this.evaluate(node.falseExpr, environment);
  }
  evalProgram(program, environment) {
    return this.evaluateBlock(program.body, environment);
  }
  evaluateBlock(statements, environment) {
    let result = "";
    for (const statement of statements) {
      const lastEvaluated = this.evaluate(statement, environment);
      if (lastEvaluated.type !== "NullValue" && lastEvaluated.type !== "UndefinedValue") {
        result += lastEvaluated.toString();
      }
    }
    return new StringValue(result);
  }
  evaluateIdentifier(node, environment) {
    return environment.lookupVariable(node.value);
  }
  evaluateCallExpression(expr, environment) {
    const [args, kwargs] = this.evaluateArguments(expr.args, environment);
    if (kwargs.size > 0) {
      args.push(new KeywordArgumentsValue(kwargs));
    }
    const fn = this.evaluate(expr.callee, environment);
    if (fn.type !== "FunctionValue") {
      throw new Error(`Cannot call something that is not a function: got ${fn.type}`);
    }
    return fn.value(args, environment);
  }
  evaluateSliceExpression(object, expr, environment) {
    if (!(object instanceof ArrayValue || object instanceof StringValue)) {
      throw new Error("Slice object must be an array or string");
    }
    const start = this.evaluate(expr.start, environment);
    const stop = this.evaluate(expr.stop, environment);
    const step = this.evaluate(expr.step, environment);
    if (!(start instanceof IntegerValue || start instanceof UndefinedValue)) {
      throw new Error("Slice start must be numeric or undefined");
    }
    if (!(stop instanceof IntegerValue || stop instanceof UndefinedValue)) {
      throw new Error("Slice stop must be numeric or undefined");
    }
    if (!(step instanceof IntegerValue || step instanceof UndefinedValue)) {
      throw new Error("Slice step must be numeric or undefined");
    }
    if (object instanceof ArrayValue) {
      return new ArrayValue(slice(object.value, start.value, stop.value, step.value));
    } else {
      return new StringValue(slice(Array.from(object.value), start.value, stop.value, step.value).join(""));
    }
  }
  evaluateMemberExpression(expr, environment) {
    const object = this.evaluate(expr.object, environment);
    let property;
    if (expr.computed) {
      if (expr.property.type === "SliceExpression") {
        return this.evaluateSliceExpression(object, expr.property, environment);
      } else {
        property = this.evaluate(expr.property, environment);
      }
    } else if (expr.property.type === "IntegerLiteral") {
      property = new IntegerValue(expr.property.value);
    } else {
      property = new StringValue(expr.property.value);
    }
    let value;
    if (isAttributeContainer(object)) {
      if (!(property instanceof StringValue)) {
        throw new Error(`Cannot access property with non-string: got ${property.type}`);
      }
      value = object.value.get(property.value) ?? (object instanceof ObjectValue ? object.builtins.get(property.value) : void 0);
    } else if (object instanceof ArrayValue || object instanceof StringValue) {
      if (property instanceof IntegerValue) {
        if (object instanceof StringValue) {
          const character = object.value.at(property.value);
          value = character === void 0 ? void 0 : new StringValue(character);
        } else {
          value = object.value.at(property.value);
        }
      } else if (property instanceof StringValue) {
        value = object.builtins.get(property.value);
      } else {
        throw new Error(`Cannot access property with non-string/non-number: got ${property.type}`);
      }
    } else {
      if (!(property instanceof StringValue)) {
        throw new Error(`Cannot access property with non-string: got ${property.type}`);
      }
      value = object.builtins.get(property.value);
    }
    return value instanceof RuntimeValue ? value : new UndefinedValue();
  }
  evaluateSet(node, environment) {
    const rhs = node.value ? this.evaluate(node.value, environment) : this.evaluateBlock(node.body, environment);
    if (node.assignee.type === "Identifier") {
      const variableName = node.assignee.value;
      environment.setVariable(variableName, rhs);
    } else if (node.assignee.type === "TupleLiteral") {
      const tuple = node.assignee;
      if (!(rhs instanceof ArrayValue)) {
        throw new Error(`Cannot unpack non-iterable type in set: ${rhs.type}`);
      }
      const arr = rhs.value;
      if (arr.length !== tuple.value.length) {
        throw new Error(`Too ${tuple.value.length > arr.length ? "few" : "many"} items to unpack in set`);
      }
      for (let i = 0; i < tuple.value.length; ++i) {
        const elem = tuple.value[i];
        if (elem.type !== "Identifier") {
          throw new Error(`Cannot unpack to non-identifier in set: ${elem.type}`);
        }
        environment.setVariable(elem.value, arr[i]);
      }
    } else if (node.assignee.type === "MemberExpression") {
      const member = node.assignee;
      const object = this.evaluate(member.object, environment);
      if (!(object instanceof NamespaceValue)) {
        throw new Error("cannot assign attribute on non-namespace object");
      }
      if (member.property.type !== "Identifier") {
        throw new Error("Cannot assign to member with non-identifier property");
      }
      object.value.set(member.property.value, rhs);
    } else {
      throw new Error(`Invalid LHS inside assignment expression: ${JSON.stringify(node.assignee)}`);
    }
    return new NullValue();
  }
  evaluateIf(node, environment) {
    const test = this.evaluate(node.test, environment);
    return this.evaluateBlock(test.__bool__().value ? node.body : node.alternate, environment);
  }
  evaluateFor(node, environment) {
    const scope = new Environment(environment);
    let test, iterable;
    if (node.iterable.type === "SelectExpression") {
      const select = node.iterable;
      iterable = this.evaluate(select.lhs, scope);
      test = select.test;
    } else {
      iterable = this.evaluate(node.iterable, scope);
    }
    if (!(iterable instanceof ArrayValue || iterable instanceof ObjectValue)) {
      throw new Error(`Expected iterable or object type in for loop: got ${iterable.type}`);
    }
    if (iterable instanceof ObjectValue) {
      iterable = iterable.keys();
    }
    const items = [];
    const scopeUpdateFunctions = [];
    for (let i = 0; i < iterable.value.length; ++i) {
      const loopScope = new Environment(scope);
      const current = iterable.value[i];
      let scopeUpdateFunction;
      if (node.loopvar.type === "Identifier") {
        scopeUpdateFunction = (scope2) => scope2.setVariable(node.loopvar.value, current);
      } else if (node.loopvar.type === "TupleLiteral") {
        const loopvar = node.loopvar;
        if (current.type !== "ArrayValue") {
          throw new Error(`Cannot unpack non-iterable type: ${current.type}`);
        }
        const c = current;
        if (loopvar.value.length !== c.value.length) {
          throw new Error(`Too ${loopvar.value.length > c.value.length ? "few" : "many"} items to unpack`);
        }
        scopeUpdateFunction = (scope2) => {
          for (let j = 0; j < loopvar.value.length; ++j) {
            if (loopvar.value[j].type !== "Identifier") {
              throw new Error(`Cannot unpack non-identifier type: ${loopvar.value[j].type}`);
            }
            scope2.setVariable(loopvar.value[j].value, c.value[j]);
          }
        };
      } else {
        throw new Error(`Invalid loop variable(s): ${node.loopvar.type}`);
      }
      if (test) {
        scopeUpdateFunction(loopScope);
        const testValue = this.evaluate(test, loopScope);
        if (!testValue.__bool__().value) {
          continue;
        }
      }
      items.push(current);
      scopeUpdateFunctions.push(scopeUpdateFunction);
    }
    let result = "";
    let noIteration = true;
    for (let i = 0; i < items.length; ++i) {
      const loop = /* @__PURE__ */ new Map([
        ["index", new IntegerValue(i + 1)],
        ["index0", new IntegerValue(i)],
        ["revindex", new IntegerValue(items.length - i)],
        ["revindex0", new IntegerValue(items.length - i - 1)],
        ["first", new BooleanValue(i === 0)],
        ["last", new BooleanValue(i === items.length - 1)],
        ["length", new IntegerValue(items.length)],
        ["previtem", i > 0 ? items[i - 1] : new UndefinedValue()],
        ["nextitem", i < items.length - 1 ? items[i + 1] : new UndefinedValue()]
      ]);
      scope.setVariable("loop", new ObjectValue(loop));
      scopeUpdateFunctions[i](scope);
      try {
        const evaluated = this.evaluateBlock(node.body, scope);
        result += evaluated.value;
      } catch (err) {
        if (err instanceof ContinueControl) {
          continue;
        }
        if (err instanceof BreakControl) {
          break;
        }
        throw err;
      }
      noIteration = false;
    }
    if (noIteration) {
      const defaultEvaluated = this.evaluateBlock(node.defaultBlock, scope);
      result += defaultEvaluated.value;
    }
    return new StringValue(result);
  }
  /**
   * Bind every parameter name and special argument before evaluating defaults,
   * preventing unbound parameters from resolving in an outer scope.
   */
  bindMacroArguments(displayName, parameters, specialArguments, args, scope) {
    const positionalArguments = args.slice();
    let keywordArguments = /* @__PURE__ */ new Map();
    if (positionalArguments.at(-1) instanceof KeywordArgumentsValue) {
      keywordArguments = new Map(positionalArguments.pop().value);
    }
    const pendingDefaults = [];
    for (let i = 0; i < parameters.length; ++i) {
      const { name, defaultValue } = getParameterDescriptor(parameters[i]);
      let value = positionalArguments[i];
      if (value === void 0 && keywordArguments.has(name)) {
        value = keywordArguments.get(name);
        keywordArguments.delete(name);
      }
      if (value === void 0 && defaultValue !== void 0) {
        pendingDefaults.push([name, defaultValue]);
      }
      scope.setVariable(name, value ?? new UndefinedValue());
    }
    if (specialArguments.has("kwargs")) {
      scope.setVariable("kwargs", new ObjectValue(keywordArguments));
    } else if (keywordArguments.size > 0) {
      throw new Error(`macro ${displayName} takes no keyword argument '${keywordArguments.keys().next().value}'`);
    }
    if (specialArguments.has("varargs")) {
      scope.setVariable("varargs", new ArrayValue(positionalArguments.slice(parameters.length)));
    } else if (positionalArguments.length > parameters.length) {
      throw new Error(`macro ${displayName} takes not more than ${parameters.length} argument(s)`);
    }
    for (const [name, defaultValue] of pendingDefaults) {
      scope.setVariable(name, this.evaluate(defaultValue, scope));
    }
  }
  /**
   * See https://jinja.palletsprojects.com/en/3.1.x/templates/#macros for more information.
   */
  evaluateMacro(node, environment) {
    const specialArguments = findAccessedSpecialMacroArguments(node.args, node.body);
    environment.setVariable(
      node.name.value,
      new FunctionValue((args, scope) => {
        const macroScope = new Environment(scope);
        this.bindMacroArguments(`'${node.name.value}'`, node.args, specialArguments, args, macroScope);
        return this.evaluateBlock(node.body, macroScope);
      })
    );
    return new NullValue();
  }
  evaluateCallStatement(node, environment) {
    const parameters = node.callerArgs ?? [];
    const specialArguments = findAccessedSpecialMacroArguments(parameters, node.body);
    const callerFn = new FunctionValue((callerArguments) => {
      const callBlockEnv = new Environment(environment);
      this.bindMacroArguments("None", parameters, specialArguments, callerArguments, callBlockEnv);
      return this.evaluateBlock(node.body, callBlockEnv);
    });
    const [macroArgs, macroKwargs] = this.evaluateArguments(node.call.args, environment);
    macroArgs.push(new KeywordArgumentsValue(macroKwargs));
    const fn = this.evaluate(node.call.callee, environment);
    if (fn.type !== "FunctionValue") {
      throw new Error(`Cannot call something that is not a function: got ${fn.type}`);
    }
    const newEnv = new Environment(environment);
    newEnv.setVariable("caller", callerFn);
    return fn.value(macroArgs, newEnv);
  }
  evaluateFilterStatement(node, environment) {
    const rendered = this.evaluateBlock(node.body, environment);
    return this.applyFilter(rendered, node.filter, environment);
  }
  evaluate(statement, environment) {
    if (!statement) {
      return new UndefinedValue();
    }
    switch (statement.type) {
      case "Program":
        return this.evalProgram(statement, environment);
      case "Set":
        return this.evaluateSet(statement, environment);
      case "If":
        return this.evaluateIf(statement, environment);
      case "For":
        return this.evaluateFor(statement, environment);
      case "Macro":
        return this.evaluateMacro(statement, environment);
      case "CallStatement":
        return this.evaluateCallStatement(statement, environment);
      case "Break":
        throw new BreakControl();
      case "Continue":
        throw new ContinueControl();
      case "IntegerLiteral":
        return new IntegerValue(statement.value);
      case "FloatLiteral":
        return new FloatValue(statement.value);
      case "StringLiteral":
        return new StringValue(statement.value);
      case "ArrayLiteral":
        return new ArrayValue(statement.value.map((x) => this.evaluate(x, environment)));
      case "TupleLiteral":
        return new TupleValue(statement.value.map((x) => this.evaluate(x, environment)));
      case "ObjectLiteral": {
        const mapping = /* @__PURE__ */ new Map();
        for (const [key, value] of statement.value) {
          const evaluatedKey = this.evaluate(key, environment);
          if (!(evaluatedKey instanceof StringValue)) {
            throw new Error(`Object keys must be strings: got ${evaluatedKey.type}`);
          }
          mapping.set(evaluatedKey.value, this.evaluate(value, environment));
        }
        return new ObjectValue(mapping);
      }
      case "Identifier":
        return this.evaluateIdentifier(statement, environment);
      case "CallExpression":
        return this.evaluateCallExpression(statement, environment);
      case "MemberExpression":
        return this.evaluateMemberExpression(statement, environment);
      case "UnaryExpression":
        return this.evaluateUnaryExpression(statement, environment);
      case "BinaryExpression":
        return this.evaluateBinaryExpression(statement, environment);
      case "FilterExpression":
        return this.evaluateFilterExpression(statement, environment);
      case "FilterStatement":
        return this.evaluateFilterStatement(statement, environment);
      case "TestExpression":
        return this.evaluateTestExpression(statement, environment);
      case "SelectExpression":
        return this.evaluateSelectExpression(statement, environment);
      case "Ternary":
        return this.evaluateTernaryExpression(statement, environment);
      case "Comment":
        return new NullValue();
      default:
        throw new SyntaxError(`Unknown node type: ${statement.type}`);
    }
  }
};
function convertToRuntimeValues(input) {
  switch (typeof input) {
    case "number":
      return Number.isInteger(input) ? new IntegerValue(input) : new FloatValue(input);
    case "string":
      return new StringValue(input);
    case "boolean":
      return new BooleanValue(input);
    case "undefined":
      return new UndefinedValue();
    case "object":
      if (input === null) {
        return new NullValue();
      } else if (Array.isArray(input)) {
        return new ArrayValue(input.map(convertToRuntimeValues));
      } else {
        return new ObjectValue(
          new Map(Object.entries(input).map(([key, value]) => [key, convertToRuntimeValues(value)]))
        );
      }
    case "function":
      return new FunctionValue((args, _scope) => {
        const result = input(...args.map((x) => x.value)) ?? null;
        return convertToRuntimeValues(result);
      });
    default:
      throw new Error(`Cannot convert to runtime value: ${input}`);
  }
}
var NEWLINE = "\n";
var OPEN_STATEMENT = "{%- ";
var CLOSE_STATEMENT = " -%}";
var PRECEDENCE = Object.freeze({
  CONDITIONAL: 0,
  // a if b else c
  LOGICAL_OR: 1,
  // or
  LOGICAL_AND: 2,
  // and
  LOGICAL_NOT: 3,
  // not a
  COMPARISON: 4,
  // == != < <= > >= in, not in
  ADDITIVE: 5,
  // + -
  MULTIPLICATIVE: 6,
  // * / // %
  EXPONENTIATION: 7,
  // **
  TEST: 8,
  // is
  FILTER: 9,
  // |
  UNARY_SIGN: 10,
  // -a +a
  ATOM: 11
  // literals, identifiers, calls, member accesses
});
function getBinaryOperatorPrecedence(expr) {
  switch (expr.operator.type) {
    case "ExponentiationBinaryOperator":
      return PRECEDENCE.EXPONENTIATION;
    case "MultiplicativeBinaryOperator":
      return PRECEDENCE.MULTIPLICATIVE;
    case "AdditiveBinaryOperator":
      return PRECEDENCE.ADDITIVE;
    case "ComparisonBinaryOperator":
      return PRECEDENCE.COMPARISON;
    case "Identifier":
      if (expr.operator.value === "and") {
        return PRECEDENCE.LOGICAL_AND;
      }
      if (expr.operator.value === "in" || expr.operator.value === "not in") {
        return PRECEDENCE.COMPARISON;
      }
      return PRECEDENCE.LOGICAL_OR;
  }
  return PRECEDENCE.LOGICAL_OR;
}
function getPrecedence(node) {
  switch (node.type) {
    case "SelectExpression":
    case "Ternary":
      return PRECEDENCE.CONDITIONAL;
    case "BinaryExpression":
      return getBinaryOperatorPrecedence(node);
    case "UnaryExpression":
      return node.operator.value === "not" ? PRECEDENCE.LOGICAL_NOT : PRECEDENCE.UNARY_SIGN;
    case "TestExpression":
      return PRECEDENCE.TEST;
    case "FilterExpression":
      return PRECEDENCE.FILTER;
    default:
      return PRECEDENCE.ATOM;
  }
}
function formatOperand(node, minPrecedence) {
  const expr = formatExpression(node);
  return getPrecedence(node) < minPrecedence ? `(${expr})` : expr;
}
function format(program, indent = "	") {
  const indentStr = typeof indent === "number" ? " ".repeat(indent) : indent;
  const body = formatStatements(program.body, 0, indentStr);
  return body.replace(/\n$/, "");
}
function createStatement(...text) {
  return OPEN_STATEMENT + text.join(" ") + CLOSE_STATEMENT;
}
function formatStatements(stmts, depth, indentStr) {
  return stmts.map((stmt) => formatStatement(stmt, depth, indentStr)).join(NEWLINE);
}
function formatExpressionList(expressions) {
  return expressions.map((expression) => formatExpression(expression)).join(", ");
}
function formatStatement(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  switch (node.type) {
    case "Program":
      return formatStatements(node.body, depth, indentStr);
    case "If":
      return formatIf(node, depth, indentStr);
    case "For":
      return formatFor(node, depth, indentStr);
    case "Set":
      return formatSet(node, depth, indentStr);
    case "Macro":
      return formatMacro(node, depth, indentStr);
    case "Break":
      return pad + createStatement("break");
    case "Continue":
      return pad + createStatement("continue");
    case "CallStatement":
      return formatCallStatement(node, depth, indentStr);
    case "FilterStatement":
      return formatFilterStatement(node, depth, indentStr);
    case "Comment":
      return pad + "{# " + node.value + " #}";
    default:
      return pad + "{{- " + formatExpression(node) + " -}}";
  }
}
function formatIf(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const clauses = [];
  let current = node;
  while (current) {
    clauses.push({ test: current.test, body: current.body });
    if (current.alternate.length === 1 && current.alternate[0].type === "If") {
      current = current.alternate[0];
    } else {
      break;
    }
  }
  let out = pad + createStatement("if", formatExpression(clauses[0].test)) + NEWLINE + formatStatements(clauses[0].body, depth + 1, indentStr);
  for (let i = 1; i < clauses.length; ++i) {
    out += NEWLINE + pad + createStatement("elif", formatExpression(clauses[i].test)) + NEWLINE + formatStatements(clauses[i].body, depth + 1, indentStr);
  }
  if (current && current.alternate.length > 0) {
    out += NEWLINE + pad + createStatement("else") + NEWLINE + formatStatements(current.alternate, depth + 1, indentStr);
  }
  out += NEWLINE + pad + createStatement("endif");
  return out;
}
function formatFor(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  let formattedIterable = "";
  if (node.iterable.type === "SelectExpression") {
    const n = node.iterable;
    formattedIterable = `${formatExpression(n.lhs)} if ${formatExpression(n.test)}`;
  } else {
    formattedIterable = formatExpression(node.iterable);
  }
  let out = pad + createStatement("for", formatExpression(node.loopvar), "in", formattedIterable) + NEWLINE + formatStatements(node.body, depth + 1, indentStr);
  if (node.defaultBlock.length > 0) {
    out += NEWLINE + pad + createStatement("else") + NEWLINE + formatStatements(node.defaultBlock, depth + 1, indentStr);
  }
  out += NEWLINE + pad + createStatement("endfor");
  return out;
}
function formatSet(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const left = formatExpression(node.assignee);
  const right = node.value ? formatExpression(node.value) : "";
  const value = pad + createStatement("set", `${left}${node.value ? " = " + right : ""}`);
  if (node.body.length === 0) {
    return value;
  }
  return value + NEWLINE + formatStatements(node.body, depth + 1, indentStr) + NEWLINE + pad + createStatement("endset");
}
function formatMacro(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const args = formatExpressionList(node.args);
  return pad + createStatement("macro", `${node.name.value}(${args})`) + NEWLINE + formatStatements(node.body, depth + 1, indentStr) + NEWLINE + pad + createStatement("endmacro");
}
function formatCallStatement(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const params = node.callerArgs && node.callerArgs.length > 0 ? `(${formatExpressionList(node.callerArgs)})` : "";
  const callExpr = formatExpression(node.call);
  let out = pad + createStatement(`call${params}`, callExpr) + NEWLINE;
  out += formatStatements(node.body, depth + 1, indentStr) + NEWLINE;
  out += pad + createStatement("endcall");
  return out;
}
function formatFilterStatement(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const spec = node.filter.type === "Identifier" ? node.filter.value : formatExpression(node.filter);
  let out = pad + createStatement("filter", spec) + NEWLINE;
  out += formatStatements(node.body, depth + 1, indentStr) + NEWLINE;
  out += pad + createStatement("endfilter");
  return out;
}
function formatExpression(node) {
  switch (node.type) {
    case "SpreadExpression": {
      const n = node;
      return `*${formatExpression(n.argument)}`;
    }
    case "KeywordSpreadExpression": {
      const n = node;
      return `**${formatExpression(n.argument)}`;
    }
    case "Identifier":
      return node.value;
    case "IntegerLiteral":
      return `${node.value}`;
    case "FloatLiteral": {
      const value = node.value;
      if (Object.is(value, -0)) {
        return "-0.0";
      }
      return value % 1 === 0 ? value.toFixed(1) : value.toString();
    }
    case "StringLiteral":
      return JSON.stringify(node.value);
    case "BinaryExpression": {
      const n = node;
      const thisPrecedence = getBinaryOperatorPrecedence(n);
      const left = formatOperand(n.left, thisPrecedence);
      const right = formatOperand(n.right, thisPrecedence + 1);
      return `${left} ${n.operator.value} ${right}`;
    }
    case "UnaryExpression": {
      const n = node;
      const operandPrecedence = n.argument.type === "UnaryExpression" ? getPrecedence(n) : PRECEDENCE.ATOM;
      return n.operator.value + (n.operator.value === "not" ? " " : "") + formatOperand(n.argument, operandPrecedence);
    }
    case "CallExpression": {
      const n = node;
      const args = formatExpressionList(n.args);
      return `${formatExpression(n.callee)}(${args})`;
    }
    case "MemberExpression": {
      const n = node;
      const obj = formatOperand(n.object, PRECEDENCE.ATOM);
      let prop = formatExpression(n.property);
      if (!n.computed && n.property.type !== "Identifier" && n.property.type !== "IntegerLiteral") {
        prop = `(${prop})`;
      }
      return n.computed ? `${obj}[${prop}]` : `${obj}.${prop}`;
    }
    case "FilterExpression": {
      const n = node;
      const operand = formatOperand(n.operand, PRECEDENCE.FILTER);
      if (n.filter.type === "CallExpression") {
        return `${operand} | ${formatExpression(n.filter)}`;
      }
      return `${operand} | ${n.filter.value}`;
    }
    case "SelectExpression": {
      const n = node;
      return `${formatOperand(n.lhs, PRECEDENCE.LOGICAL_OR)} if ${formatOperand(n.test, PRECEDENCE.LOGICAL_OR)}`;
    }
    case "TestExpression": {
      const n = node;
      return `${formatOperand(n.operand, PRECEDENCE.TEST)} is${n.negate ? " not" : ""} ${n.test.value}`;
    }
    case "ArrayLiteral":
    case "TupleLiteral": {
      const elems = formatExpressionList(node.value);
      const brackets = node.type === "ArrayLiteral" ? "[]" : "()";
      return `${brackets[0]}${elems}${brackets[1]}`;
    }
    case "ObjectLiteral": {
      const entries = Array.from(node.value.entries()).map(
        ([k, v]) => `${formatExpression(k)}: ${formatExpression(v)}`
      );
      return `{${entries.join(", ")}}`;
    }
    case "SliceExpression": {
      const n = node;
      const s = n.start ? formatExpression(n.start) : "";
      const t = n.stop ? formatExpression(n.stop) : "";
      const st = n.step ? `:${formatExpression(n.step)}` : "";
      return `${s}:${t}${st}`;
    }
    case "KeywordArgumentExpression": {
      const n = node;
      return `${n.key.value}=${formatExpression(n.value)}`;
    }
    case "Ternary": {
      const n = node;
      return `${formatOperand(n.trueExpr, PRECEDENCE.LOGICAL_OR)} if ${formatOperand(
        n.condition,
        PRECEDENCE.LOGICAL_OR
      )} else ${formatOperand(n.falseExpr, PRECEDENCE.CONDITIONAL)}`;
    }
    default:
      throw new Error(`Unknown expression type: ${node.type}`);
  }
}
var Template = class {
  parsed;
  /**
   * @param {string} template The template string
   */
  constructor(template) {
    const tokens = tokenize(template, {
      lstrip_blocks: true,
      trim_blocks: true
    });
    this.parsed = parse(tokens);
  }
  render(items) {
    const env = new Environment();
    setupGlobals(env);
    if (items) {
      for (const [key, value] of Object.entries(items)) {
        env.set(key, value);
      }
    }
    const interpreter = new Interpreter(env);
    const result = interpreter.run(this.parsed);
    return result.value;
  }
  format(options) {
    return format(this.parsed, options?.indent || "	");
  }
};

// src/safety/chat-template.ts
var DENIED_NAMES = /* @__PURE__ */ new Set([
  "os",
  "popen",
  "spawn",
  "spawnl",
  "spawnv",
  "execl",
  "execv",
  "eval",
  "exec",
  "execfile",
  "compile",
  "import",
  "import_module",
  "importlib",
  "subprocess",
  "check_output",
  "getattr",
  "setattr",
  "delattr",
  "globals",
  "locals",
  "builtins",
  "modules",
  "mro",
  "subclasses",
  "func_globals",
  "func_code",
  "im_func",
  "f_globals",
  "f_locals",
  "f_back",
  "f_builtins",
  "gi_frame",
  "gi_code",
  "cr_frame",
  "ag_frame",
  "tb_frame",
  "co_code"
]);
var DENIED_GLOBALS = /* @__PURE__ */ new Set([
  "cycler",
  "joiner",
  "lipsum",
  "self",
  "config",
  "request",
  "url_for",
  "get_flashed_messages",
  "os",
  "sys",
  "subprocess",
  "builtins",
  "importlib",
  "eval",
  "exec",
  "compile",
  "getattr",
  "setattr",
  "globals",
  "locals",
  "vars"
]);
var NON_DATA = /* @__PURE__ */ new Set([
  "raise_exception",
  "strftime_now",
  "namespace",
  "range",
  "dict",
  "loop",
  "caller",
  "varargs",
  "kwargs",
  "cycler",
  "joiner",
  "lipsum",
  "self"
]);
var STRING_FILTERS = /* @__PURE__ */ new Set([
  "format",
  "join",
  "replace",
  "string",
  "lower",
  "upper",
  "title",
  "capitalize",
  "trim",
  "striptags",
  "center",
  "indent",
  "reverse",
  "truncate",
  "wordwrap",
  "urlencode",
  "escape",
  "e",
  "forceescape",
  "safe",
  "tojson",
  "pprint",
  "xmlattr",
  "first",
  "last",
  "random",
  "list",
  "sort",
  "unique",
  "min",
  "max",
  "sum"
]);
var STRING_METHODS = /* @__PURE__ */ new Set([
  "format",
  "format_map",
  "join",
  "replace",
  "lower",
  "upper",
  "title",
  "capitalize",
  "casefold",
  "swapcase",
  "strip",
  "lstrip",
  "rstrip",
  "removeprefix",
  "removesuffix",
  "center",
  "ljust",
  "rjust",
  "zfill",
  "expandtabs",
  "translate",
  "encode",
  "decode",
  "split",
  "rsplit",
  "partition",
  "rpartition"
]);
var ATTRIBUTE_FILTERS = {
  attr: "first",
  selectattr: "first",
  rejectattr: "first",
  map: "attribute",
  sort: "attribute",
  unique: "attribute",
  min: "attribute",
  max: "attribute",
  sum: "attribute",
  groupby: "both"
};
var isNode = (v) => typeof v === "object" && v !== null && typeof v.type === "string";
function children(n) {
  const out = [];
  for (const [k, v] of Object.entries(n)) {
    if (k === "operator") continue;
    if (Array.isArray(v)) for (const x of v) isNode(x) && out.push(x);
    else if (v instanceof Map)
      for (const [a, b] of v) {
        if (isNode(a)) out.push(a);
        if (isNode(b)) out.push(b);
      }
    else if (isNode(v)) out.push(v);
  }
  return out;
}
var str = (n) => isNode(n) && n.type === "StringLiteral" ? n.value : void 0;
var ident = (n) => isNode(n) && n.type === "Identifier" ? n.value : void 0;
var filterName = (f) => ident(f) ?? (f.type === "CallExpression" ? ident(f.callee) : void 0);
var opValue = (n) => n.operator?.value ?? "";
function show(n, depth = 0) {
  if (!isNode(n) || depth > 6) return "…";
  switch (n.type) {
    case "StringLiteral":
      return JSON.stringify(n.value);
    case "IntegerLiteral":
    case "FloatLiteral":
    case "Identifier":
      return String(n.value);
    case "BinaryExpression":
      return `${show(n.left, depth + 1)} ${opValue(n)} ${show(n.right, depth + 1)}`;
    case "FilterExpression":
      return `${show(n.operand, depth + 1)}|${show(n.filter, depth + 1)}`;
    case "MemberExpression":
      return n.computed ? `${show(n.object, depth + 1)}[${show(n.property, depth + 1)}]` : `${show(n.object, depth + 1)}.${show(n.property, depth + 1)}`;
    case "CallExpression":
      return `${show(n.callee, depth + 1)}(${n.args.map((a) => show(a, depth + 1)).join(", ")})`;
    case "ArrayLiteral":
    case "TupleLiteral":
      return `[${n.value.map((a) => show(a, depth + 1)).join(", ")}]`;
    case "KeywordArgumentExpression":
      return `${show(n.key, depth + 1)}=${show(n.value, depth + 1)}`;
    default:
      return "…";
  }
}
var snippet = (n) => {
  const s = show(n);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
};
var NOTHING = { literal: false, computed: false };
var BUILT = { literal: false, computed: true };
var HANDLE = { literal: false, computed: false, handle: true };
var join2 = (a, b) => ({
  literal: a.literal || b.literal,
  computed: a.computed || b.computed,
  handle: a.handle || b.handle,
  denied: a.denied ?? b.denied
});
var same = (a, b) => a.literal === b.literal && a.computed === b.computed && Boolean(a.handle) === Boolean(b.handle) && a.denied === b.denied;
var stringish = (v) => v.literal || v.computed;
function nameDanger(name, ownAttribute = false) {
  if (/^__.*__$/.test(name)) return "a dunder name";
  if (name.startsWith("_")) return "a private name";
  if (!ownAttribute && DENIED_NAMES.has(name.toLowerCase())) return "a name that serves only code execution";
  return void 0;
}
var dangerousPart = (s) => s.split(".").find((p) => nameDanger(p) !== void 0);
var Analysis = class {
  /** Values bound to a name (`x`, or `ns.x` for namespace attributes) anywhere in the template. */
  bindings = /* @__PURE__ */ new Map();
  macros = /* @__PURE__ */ new Map();
  values = /* @__PURE__ */ new Map();
  /** Set statements inside a for loop's body. */
  inLoop = /* @__PURE__ */ new Set();
  /** Names bound to namespace() objects. */
  namespaces = /* @__PURE__ */ new Set();
  all;
  problems = /* @__PURE__ */ new Set();
  constructor(program) {
    this.all = [];
    const stack = [program];
    while (stack.length > 0) {
      const n = stack.pop();
      this.all.push(n);
      stack.push(...children(n));
    }
  }
  run() {
    for (const n of this.all) if (n.type === "Macro") this.macros.set(ident(n.name) ?? "", n);
    for (const n of this.all) this.bind(n);
    this.propagate();
    const text = this.outputText();
    for (const n of this.all) this.check(n, text);
    return [...this.problems];
  }
  add(name, value) {
    const list = this.bindings.get(name) ?? [];
    list.push(value);
    this.bindings.set(name, list);
  }
  targetName(n) {
    if (!isNode(n)) return void 0;
    if (n.type === "Identifier") return n.value;
    if (n.type === "MemberExpression" && !n.computed) {
      const o = ident(n.object);
      const p = ident(n.property);
      if (o && p) return `${o}.${p}`;
    }
    return void 0;
  }
  bindTargets(target, value) {
    const name = this.targetName(target);
    if (name) this.add(name, value);
    else if (isNode(target) && target.type === "TupleLiteral")
      for (const t of target.value) this.bindTargets(t, value);
  }
  bind(n) {
    if (n.type === "Set") {
      this.bindTargets(n.assignee, isNode(n.value) ? n.value : "rendered");
      const name = this.targetName(n.assignee);
      const v = n.value;
      if (name && isNode(v) && v.type === "CallExpression" && ident(v.callee) === "namespace") {
        this.namespaces.add(name);
        for (const a of v.args)
          if (a.type === "KeywordArgumentExpression") this.add(`${name}.${ident(a.key)}`, a.value);
      }
    } else if (n.type === "For" && isNode(n.iterable)) {
      const stack = [...n.body];
      while (stack.length > 0) {
        const m = stack.pop();
        if (m.type === "Set") this.inLoop.add(m);
        stack.push(...children(m));
      }
      const it = n.iterable;
      const elements = it.type === "ArrayLiteral" || it.type === "TupleLiteral" ? it.value.filter(isNode) : [it];
      for (const e of elements) this.bindTargets(n.loopvar, e);
    } else if (n.type === "Macro") {
      for (const p of n.args)
        if (p.type === "KeywordArgumentExpression" && isNode(p.value)) this.bindTargets(p.key, p.value);
    } else if (n.type === "CallExpression") {
      const macro = this.macros.get(ident(n.callee) ?? "");
      if (!macro) return;
      const params = macro.args.map((p) => p.type === "Identifier" ? p : p.key);
      const names = new Set(params.map((p) => ident(p)));
      n.args.forEach((a, i) => {
        if (a.type === "KeywordArgumentExpression") {
          const key = ident(a.key) ?? "";
          this.add(names.has(key) ? key : "kwargs", a.value);
        } else this.add((params[i] && ident(params[i])) ?? "varargs", a);
      });
    }
  }
  /** Names an expression reads (for re-evaluating a binding when one of them changes). */
  reads(e) {
    const out = [];
    const stack = [e];
    while (stack.length > 0) {
      const n = stack.pop();
      const name = this.targetName(n);
      if (name) out.push(name);
      stack.push(...children(n));
    }
    return out;
  }
  /** Values of the template's own names, to a fixed point (a worklist over the bindings). */
  propagate() {
    const dependents = /* @__PURE__ */ new Map();
    for (const [name, list] of this.bindings)
      for (const v of list)
        if (v !== "rendered")
          for (const r of this.reads(v)) {
            const set = dependents.get(r) ?? /* @__PURE__ */ new Set();
            set.add(name);
            dependents.set(r, set);
          }
    const work = [...this.bindings.keys()];
    const queued = new Set(work);
    while (work.length > 0) {
      const name = work.pop();
      queued.delete(name);
      let v = NOTHING;
      for (const b of this.bindings.get(name) ?? []) v = join2(v, b === "rendered" ? BUILT : this.value(b));
      if (same(v, this.values.get(name) ?? NOTHING)) continue;
      this.values.set(name, v);
      for (const d2 of dependents.get(name) ?? [])
        if (!queued.has(d2)) {
          queued.add(d2);
          work.push(d2);
        }
    }
  }
  /** What an expression can evaluate to, given the current values of the template's names. */
  value(n, depth = 0) {
    if (!isNode(n) || depth > 200) return depth > 200 ? BUILT : NOTHING;
    const d2 = depth + 1;
    switch (n.type) {
      case "StringLiteral": {
        const s = n.value;
        const bad = dangerousPart(s);
        return bad === void 0 ? { literal: true, computed: false } : { literal: true, computed: false, denied: bad };
      }
      case "Identifier": {
        const name = n.value;
        const own = this.values.get(name);
        if (own) return own;
        return NON_DATA.has(name) && !this.bindings.has(name) || this.macros.has(name) ? HANDLE : NOTHING;
      }
      case "MemberExpression": {
        const object = this.value(n.object, d2);
        const handle = object.handle ? HANDLE : NOTHING;
        if (n.computed) return join2(stringish(object) ? BUILT : NOTHING, handle);
        const name = this.targetName(n) ?? "";
        return this.bindings.has(name) ? this.values.get(name) ?? NOTHING : handle;
      }
      case "Ternary":
        return join2(this.value(n.trueExpr, d2), this.value(n.falseExpr, d2));
      case "SelectExpression":
        return this.value(n.lhs, d2);
      case "BinaryExpression": {
        const op = opValue(n);
        if (op === "~") return BUILT;
        const l = this.value(n.left, d2);
        const r = this.value(n.right, d2);
        if (op === "and" || op === "or") return join2(l, r);
        if (op === "+" || op === "*" || op === "%") return stringish(l) || stringish(r) ? BUILT : NOTHING;
        return NOTHING;
      }
      case "FilterExpression": {
        const f = filterName(n.filter) ?? "";
        const operand = n.operand;
        const literal = ["ArrayLiteral", "TupleLiteral", "ObjectLiteral", "CallExpression"].includes(
          operand.type
        );
        return STRING_FILTERS.has(f) || literal || stringish(this.value(operand, d2)) ? BUILT : NOTHING;
      }
      case "CallExpression": {
        const callee = n.callee;
        if (this.macros.has(ident(callee) ?? "") || ident(callee) === "caller") return BUILT;
        if (ident(callee) === "namespace") return HANDLE;
        if (callee.type === "MemberExpression" && !callee.computed && STRING_METHODS.has(ident(callee.property) ?? ""))
          return BUILT;
        return NOTHING;
      }
      case "ArrayLiteral":
      case "TupleLiteral":
        return n.value.reduce((v, e) => join2(v, this.value(e, d2)), NOTHING);
      default:
        return NOTHING;
    }
  }
  /** A key or attribute name given as an expression. */
  checkKey(expr, what, requireLiteral = false) {
    const v = this.value(expr);
    if (v.denied !== void 0)
      this.problems.add(`the ${what} ${JSON.stringify(v.denied)} (${nameDanger(v.denied)})`);
    if (v.computed)
      this.problems.add(`${what === "key" ? "a key" : `an ${what}`} built from strings (${snippet(expr)})`);
    else if (requireLiteral && !v.literal)
      this.problems.add(`an ${what} that is not a literal (${snippet(expr)})`);
  }
  check(n, text) {
    switch (n.type) {
      case "MemberExpression": {
        if (!n.computed) {
          const name = ident(n.property);
          const own = this.namespaces.has(ident(n.object) ?? "") && this.bindings.has(this.targetName(n) ?? "");
          const why = name === void 0 ? void 0 : nameDanger(name, own);
          if (why) this.problems.add(`the attribute ${JSON.stringify(name)} (${why})`);
        } else if (isNode(n.property) && n.property.type !== "SliceExpression") {
          this.checkKey(n.property, "key");
          this.checkReceiver(n);
        }
        return;
      }
      case "Set":
        this.checkWalk(n);
        return;
      case "CallExpression": {
        const callee = n.callee;
        const method = callee.type === "MemberExpression" && !callee.computed ? ident(callee.property) : void 0;
        if (method !== "format" && method !== "format_map") return;
        const fmt = str(callee.object);
        if (fmt !== void 0) {
          if (/\{[^{}]*[.[][^{}]*\}/.test(fmt))
            this.problems.add(
              `a str.format field that reads attributes or items (${snippet(callee.object)})`
            );
        } else if (this.value(callee.object).computed)
          this.problems.add(`str.format on a format string built from strings (${snippet(n)})`);
        return;
      }
      case "FilterExpression":
      case "FilterStatement": {
        const f = n.filter;
        if (f.type !== "CallExpression") return;
        const name = filterName(f) ?? "";
        const args = f.args;
        const positional = args.filter((a) => a.type !== "KeywordArgumentExpression");
        const mode = ATTRIBUTE_FILTERS[name];
        if ((mode === "first" || mode === "both") && positional[0])
          this.checkKey(positional[0], "attribute name", name === "attr");
        if (mode === "attribute" || mode === "both") {
          for (const a of args)
            if (a.type === "KeywordArgumentExpression" && ident(a.key) === "attribute")
              this.checkKey(a.value, "attribute name");
        }
        if (str(positional[0]) === "attr" && positional[1])
          this.checkKey(positional[1], "attribute name", true);
        return;
      }
      case "Identifier": {
        const name = n.value;
        if (/^__.*__$/.test(name)) this.problems.add(`the name ${JSON.stringify(name)} (a dunder name)`);
        else if (DENIED_GLOBALS.has(name) && !this.bindings.has(name) && !this.macros.has(name))
          this.problems.add(`the global ${JSON.stringify(name)} (it serves only code execution)`);
        return;
      }
      case "StringLiteral": {
        const m = /__[A-Za-z0-9_]+__/.exec(n.value);
        if (m && !text.has(n)) this.problems.add(`the string ${JSON.stringify(m[0])} (a dunder name)`);
        return;
      }
    }
  }
  /**
   * A key the template does not spell out (it comes from the conversation) looked up on a
   * function or Jinja object rather than on data: Jinja falls back from item to attribute, so
   * `raise_exception[messages[0].content]` reaches `__globals__` when a user sends that name.
   */
  checkReceiver(n) {
    const key = n.property;
    if (this.value(key).computed || this.constant(key)) return;
    if (this.value(n.object).handle)
      this.problems.add(
        `a key from the conversation looked up on a function or Jinja object (${snippet(n)})`
      );
  }
  /** Whether an expression is a literal, or a name only ever bound to literals. */
  constant(e, seen = /* @__PURE__ */ new Set()) {
    if (!isNode(e)) return false;
    if (["StringLiteral", "IntegerLiteral", "FloatLiteral"].includes(e.type)) return true;
    if (e.type === "UnaryExpression") return this.constant(e.argument, seen);
    if (e.type === "Ternary") return this.constant(e.trueExpr, seen) && this.constant(e.falseExpr, seen);
    const name = this.targetName(e);
    if (!name || seen.has(name) || !this.bindings.has(name)) return false;
    seen.add(name);
    return (this.bindings.get(name) ?? []).every((b) => b !== "rendered" && this.constant(b, seen));
  }
  /**
   * `{% for k in ... %}{% set ns.o = ns.o[k] %}`: a lookup walk, one key per loop turn, that no
   * chat template needs (only namespace attributes outlive a loop turn).
   */
  checkWalk(n) {
    const target = this.targetName(n.assignee);
    let v = n.value;
    if (!target?.includes(".") || !this.inLoop.has(n)) return;
    if (!isNode(v) || v.type !== "MemberExpression" || !v.computed) return;
    const key = v.property;
    if (["IntegerLiteral", "StringLiteral", "SliceExpression"].includes(key.type)) return;
    while (isNode(v) && v.type === "MemberExpression") {
      if (this.targetName(v) === target) break;
      v = v.object;
    }
    if (this.targetName(v) === target)
      this.problems.add(
        `a lookup walk that re-binds ${target} to one of its own items (${snippet(n.value)})`
      );
  }
  /** Literal text and `{{ 'literal' }}` output: statements of a body, rendered, never looked up. */
  outputText() {
    const out = /* @__PURE__ */ new Set();
    for (const m of this.all)
      for (const field of ["body", "alternate", "defaultBlock"]) {
        const list = m[field];
        if (Array.isArray(list)) {
          for (const s of list) if (isNode(s) && s.type === "StringLiteral") out.add(s);
        }
      }
    return out;
  }
};
function judgeChatTemplate(text) {
  let program;
  try {
    program = new Template(text).parsed;
  } catch (e) {
    const why = e instanceof RangeError ? "it is nested too deeply" : e instanceof Error ? e.message : String(e);
    return { unparsable: why.slice(0, 200) };
  }
  return { problems: new Analysis(program).run() };
}

// src/safety/gguf.ts
var MAX_KV = 1e6;
var MAX_KEY = 65535;
var TEMPLATE_KEEP = 1024 * 1024;
var TEMPLATES_TOTAL = 4 * 1024 * 1024;
var SCALAR_BYTES = {
  0: 1,
  1: 1,
  2: 2,
  3: 2,
  4: 4,
  5: 4,
  6: 4,
  7: 1,
  10: 8,
  11: 8,
  12: 8
};
var STRING = 8;
var ARRAY = 9;
async function scanGguf(reader, label, sink) {
  const bad = (why) => new MalformedError(why);
  const exact = async (n) => reader.readExact(n, () => bad("the file ends inside the metadata header"));
  const dv = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
  const head = await exact(8);
  const version = dv(head).getUint32(4, true);
  if (version < 1 || version > 3) throw bad(`unsupported GGUF version ${version}`);
  const wide = version >= 2;
  const count = async () => {
    if (!wide) return dv(await exact(4)).getUint32(0, true);
    const v = dv(await exact(8)).getBigUint64(0, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw bad("a length is larger than 2^53");
    return Number(v);
  };
  const skipExact = async (n) => {
    if (await reader.skip(n) !== n) throw bad("the file ends inside the metadata header");
  };
  await count();
  const kvs = await count();
  if (kvs > MAX_KV) throw bad(`${kvs} metadata entries (over ${MAX_KV})`);
  const skipValue = async (type, depth) => {
    if (Object.hasOwn(SCALAR_BYTES, type)) return skipExact(SCALAR_BYTES[type]);
    if (type === STRING) return skipExact(await count());
    if (type !== ARRAY || depth > 3) throw bad(`unknown metadata value type ${type}`);
    const inner = dv(await exact(4)).getUint32(0, true);
    const n = await count();
    if (Object.hasOwn(SCALAR_BYTES, inner)) {
      const total = n * SCALAR_BYTES[inner];
      if (!Number.isSafeInteger(total)) throw bad("an array is larger than 2^53 bytes");
      return skipExact(total);
    }
    for (let i = 0; i < n; i++) await skipValue(inner, depth + 1);
  };
  let templateBytes = 0;
  for (let k = 0; k < kvs; k++) {
    const keyLen = await count();
    if (keyLen > MAX_KEY) throw bad(`a metadata key is ${keyLen} bytes long`);
    const key = new TextDecoder().decode(await exact(keyLen));
    const type = dv(await exact(4)).getUint32(0, true);
    if (type === STRING && (key === "tokenizer.chat_template" || key.startsWith("tokenizer.chat_template."))) {
      const len = await count();
      const text = new TextDecoder().decode(await exact(Math.min(len, TEMPLATE_KEEP)));
      await skipExact(len - Math.min(len, TEMPLATE_KEEP));
      templateBytes += len;
      reportTemplate(key, text, len, templateBytes > TEMPLATES_TOTAL, label, sink);
      continue;
    }
    await skipValue(type, 0);
  }
}
function reportTemplate(key, text, len, overBudget, label, sink) {
  const what = `${label} carries a chat template (${key})`;
  if (len > TEMPLATE_KEEP || overBudget) {
    sink.add(
      "unsafe-format",
      "error",
      `${what} ${len > TEMPLATE_KEEP ? `of ${len} bytes` : `beyond the ${TEMPLATES_TOTAL} bytes of templates`}, too long to review; it was not checked, so shorten or remove it`
    );
    return;
  }
  const verdict = judgeChatTemplate(text);
  if ("unparsable" in verdict) {
    sink.add(
      "unsafe-format",
      "error",
      `${what} that is not valid Jinja (${verdict.unparsable}); it cannot be checked, and servers may render it differently, so fix or remove it`
    );
  } else if (verdict.problems.length > 0) {
    const shown = verdict.problems.slice(0, 6).join("; ");
    const more = verdict.problems.length > 6 ? `; and ${verdict.problems.length - 6} more` : "";
    sink.add(
      "unsafe-format",
      "error",
      `${what} that reaches Python internals when rendered: ${shown}${more}. Template injection runs code on the server that renders it (CVE-2024-34359); remove the template or use the model publisher's own`
    );
  }
}

// src/safety/hdf5.ts
import { Buffer } from "node:buffer";
var H5_MAGIC = [137, 72, 68, 70, 13, 10, 26, 10];
async function findH5Superblock(reader) {
  let at = 512;
  for (; ; ) {
    const skip = at - reader.position;
    if (skip > 0 && await reader.skip(skip) !== skip) return false;
    const sig = await reader.peek(8);
    if (sig.length < 8) return false;
    if (H5_MAGIC.every((b, i) => sig[i] === b)) return true;
    at *= 2;
  }
}
var STR_MAX = 512;
var WS = /* @__PURE__ */ new Set([32, 9, 10, 13]);
var QUOTE = 34;
var BACKSLASH = 92;
var COLON = 58;
var LAMBDA = /* @__PURE__ */ new Set(["Lambda", "__lambda__"]);
function escaped(b, i, floor) {
  let n = 0;
  for (let j = i - 1; j >= floor && b[j] === BACKSLASH; j--) n++;
  return n % 2 === 1;
}
function decode(b, from, to) {
  try {
    const s = JSON.parse(`"${Buffer.from(b.buffer, b.byteOffset + from, to - from).toString("utf8")}"`);
    return typeof s === "string" ? s : null;
  } catch {
    return null;
  }
}
function stringBefore(b, close) {
  const floor = Math.max(0, close - STR_MAX);
  for (let j = close - 1; j >= floor; j--) {
    if (b[j] === QUOTE && !escaped(b, j, floor)) return decode(b, j + 1, close);
  }
  return null;
}
function stringAfter(b, open) {
  const ceil = Math.min(b.length, open + 1 + STR_MAX);
  for (let j = open + 1; j < ceil; j++) {
    if (b[j] === BACKSLASH) {
      j++;
      continue;
    }
    if (b[j] === QUOTE) return decode(b, open + 1, j);
  }
  return null;
}
function collapseWhitespace(c) {
  const text = Buffer.from(c.buffer, c.byteOffset, c.byteLength).toString("latin1");
  if (!/[ \t\n\r]{33}/.test(text)) return c;
  return Buffer.from(text.replace(/[ \t\n\r]{33,}/g, " "), "latin1");
}
var ClassNameSearch = class {
  carry = new Uint8Array(0);
  /** Offset in `carry` from which colons are still to be looked at. */
  from = 0;
  found = null;
  feed(input) {
    if (this.found) return;
    const chunk = collapseWhitespace(input);
    const buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const until = buf.length - (STR_MAX + 16);
    this.scan(buf, this.from, until);
    const keep = Math.min(buf.length, 2 * STR_MAX + 32);
    const start = buf.length - keep;
    this.from = Math.max(0, Math.max(this.from, until) - start);
    this.carry = Uint8Array.prototype.slice.call(buf, start);
  }
  end() {
    if (!this.found) this.scan(Buffer.from(this.carry), this.from, this.carry.length);
  }
  scan(buf, from, until) {
    for (let i = buf.indexOf(COLON, from); i >= 0 && i < until && !this.found; i = buf.indexOf(COLON, i + 1)) {
      let k = i - 1;
      while (k >= 0 && WS.has(buf[k])) k--;
      if (k < 0 || buf[k] !== QUOTE) continue;
      let v = i + 1;
      while (v < buf.length && WS.has(buf[v])) v++;
      if (buf[v] !== QUOTE) continue;
      const key = stringBefore(buf, k);
      if (key !== "class_name") continue;
      const value = stringAfter(buf, v);
      if (value !== null && LAMBDA.has(value)) this.found = value;
    }
  }
};
async function scanH5(reader, label, sink) {
  const search = new ClassNameSearch();
  for (; ; ) {
    const c = await reader.next();
    if (!c) break;
    search.feed(c);
    if (search.found) break;
  }
  search.end();
  if (search.found)
    sink.add(
      "unsafe-format",
      "error",
      `${label} has a Keras ${search.found === "Lambda" ? "Lambda layer" : "serialized Python lambda"}, which runs arbitrary Python code when the model is loaded; replace it with a built-in or registered layer`
    );
}

// src/safety/pickle-eval.ts
var OPAQUE = { t: "opaque" };
var STRING_KEEP = 1024;
var VALUES_MAX = 2e6;
var LINE_MAX = 64 * 1024;
var FRAME_STASH_MAX = 64 * 1024 * 1024;
var BATCH = 64 * 1024;
var Stop = class extends Error {
};
var latin1 = new TextDecoder("latin1");
var utf8 = new TextDecoder("utf-8", { fatal: false });
function itemsOf(v) {
  return typeof v === "object" && v !== null && (v.t === "tuple" || v.t === "list") ? v.items : null;
}
function isGlobal(v, test) {
  return typeof v === "object" && v !== null && v.t === "global" && test(v.module, v.name);
}
function classOf(o) {
  if (typeof o !== "object" || o === null || o.t !== "object") return null;
  if (isGlobal(o.cls, (m, n) => m === "copyreg" && n === "_reconstructor"))
    return itemsOf(o.args)?.[0] ?? null;
  return o.cls;
}
function dictGet(d2, key) {
  if (typeof d2 !== "object" || d2 === null || d2.t !== "dict") return void 0;
  return d2.entries.get(key);
}
var Evaluator = class {
  constructor(reader, readAfterBuild = null) {
    this.reader = reader;
    this.readAfterBuild = readAfterBuild;
  }
  reader;
  readAfterBuild;
  result = null;
  stack = [];
  marks = [];
  memo = /* @__PURE__ */ new Map();
  values = 0;
  frameLeft = 0;
  batch = new Uint8Array(BATCH);
  n = 0;
  stopped = false;
  emitCopy(b) {
    const out = [];
    if (this.n + b.length > this.batch.length) {
      if (this.n > 0) out.push(this.batch.subarray(0, this.n));
      this.batch = new Uint8Array(Math.max(BATCH, b.length));
      this.n = 0;
    }
    this.batch.set(b, this.n);
    this.n += b.length;
    return out;
  }
  flush() {
    if (this.n === 0) return null;
    const out = this.batch.subarray(0, this.n);
    this.batch = new Uint8Array(BATCH);
    this.n = 0;
    return out;
  }
  consumed(n) {
    if (this.frameLeft > 0) {
      if (n > this.frameLeft) throw new Stop("an opcode crosses the end of its frame");
      this.frameLeft -= n;
    }
  }
  async bytes(n, pending) {
    const b = await this.reader.read(n);
    if (b.length < n) throw new Stop("truncated");
    this.consumed(n);
    pending.push(...this.emitCopy(b));
    return b;
  }
  async line(pending) {
    const parts = [];
    for (; ; ) {
      const b = await this.bytes(1, pending);
      const c = b[0];
      if (c === 10) return latin1.decode(Uint8Array.from(parts));
      if (parts.length >= LINE_MAX) throw new Stop("line too long");
      parts.push(c);
    }
  }
  /** A long payload (bytes, long strings): passed to the walker without being kept. */
  async *payload(n, keep, pending) {
    if (keep && n <= STRING_KEEP) return utf8.decode(await this.bytes(n, pending));
    for (const p of pending.splice(0)) yield p;
    const head = this.flush();
    if (head) yield head;
    this.consumed(n);
    let left = n;
    while (left > 0) {
      const c = await this.reader.next(left);
      if (!c) throw new Stop("truncated");
      left -= c.length;
      yield c;
    }
    return OPAQUE;
  }
  push(v) {
    if (++this.values > VALUES_MAX)
      throw new LimitError(`the joblib pickle holds more than ${VALUES_MAX} values`);
    this.stack.push(v);
  }
  pop() {
    const floor = this.marks.length > 0 ? this.marks[this.marks.length - 1] : 0;
    if (this.stack.length <= floor) throw new Stop("stack underflow");
    return this.stack.pop();
  }
  popMark() {
    const m = this.marks.pop();
    if (m === void 0) throw new Stop("no MARK");
    return this.stack.splice(m);
  }
  top() {
    const v = this.stack[this.stack.length - 1];
    if (v === void 0) throw new Stop("stack underflow");
    return v;
  }
  /** Runs to STOP, yielding opcode bytes; bytes a BUILD hook reads are not among them. */
  async *run() {
    const pending = [];
    const num = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
    try {
      for (; ; ) {
        for (const p of pending.splice(0)) yield p;
        const op = (await this.bytes(1, pending))[0];
        switch (op) {
          case 128:
            await this.bytes(1, pending);
            break;
          case 149: {
            if (this.frameLeft > 0) throw new Stop("a frame starts before the last one ends");
            const n = num(await this.bytes(8, pending));
            this.frameLeft = n.getUint32(0, true) + n.getUint32(4, true) * 2 ** 32;
            break;
          }
          case 46:
            this.result = this.pop();
            this.stopped = true;
            for (const p of pending.splice(0)) yield p;
            {
              const last = this.flush();
              if (last) yield last;
            }
            return;
          case 40:
            this.marks.push(this.stack.length);
            break;
          case 48:
            if (this.stack.length === (this.marks[this.marks.length - 1] ?? -1)) this.marks.pop();
            else this.pop();
            break;
          case 49:
            this.popMark();
            break;
          case 50:
            this.push(this.top());
            break;
          case 78:
            this.push(null);
            break;
          case 136:
            this.push(true);
            break;
          case 137:
            this.push(false);
            break;
          case 73: {
            const s = (await this.line(pending)).trim();
            this.push(s === "01" ? true : s === "00" ? false : Number(s));
            break;
          }
          case 76:
            this.push(Number((await this.line(pending)).replace(/L$/, "")));
            break;
          case 70:
            this.push(Number(await this.line(pending)));
            break;
          case 74:
            this.push(num(await this.bytes(4, pending)).getInt32(0, true));
            break;
          case 75:
            this.push((await this.bytes(1, pending))[0]);
            break;
          case 77:
            this.push(num(await this.bytes(2, pending)).getUint16(0, true));
            break;
          case 138: {
            const n = (await this.bytes(1, pending))[0];
            const b = await this.bytes(n, pending);
            let v = 0;
            for (let i = b.length - 1; i >= 0; i--) v = v * 256 + b[i];
            if (b.length > 0 && b[b.length - 1] & 128) v -= 2 ** (8 * b.length);
            this.push(v);
            break;
          }
          case 139: {
            const n = num(await this.bytes(4, pending)).getInt32(0, true);
            if (n < 0) throw new Stop("negative LONG4 size");
            yield* this.payload(n, false, pending);
            this.push(OPAQUE);
            break;
          }
          case 71:
            this.push(num(await this.bytes(8, pending)).getFloat64(0, false));
            break;
          case 83: {
            const s = await this.line(pending);
            this.push(s.replace(/^(['"])(.*)\1$/s, "$2"));
            break;
          }
          case 86:
            this.push(await this.line(pending));
            break;
          case 84:
          // BINSTRING
          case 88: {
            const n = num(await this.bytes(4, pending)).getUint32(0, true);
            this.push(yield* this.payload(n, true, pending));
            break;
          }
          case 85:
          // SHORT_BINSTRING
          case 140: {
            const n = (await this.bytes(1, pending))[0];
            this.push(yield* this.payload(n, true, pending));
            break;
          }
          case 67: {
            const n = (await this.bytes(1, pending))[0];
            yield* this.payload(n, false, pending);
            this.push(OPAQUE);
            break;
          }
          case 66: {
            const n = num(await this.bytes(4, pending)).getUint32(0, true);
            yield* this.payload(n, false, pending);
            this.push(OPAQUE);
            break;
          }
          case 141:
          // BINUNICODE8
          case 142:
          // BINBYTES8
          case 150: {
            const d2 = num(await this.bytes(8, pending));
            const n = d2.getUint32(0, true) + d2.getUint32(4, true) * 2 ** 32;
            if (!Number.isSafeInteger(n)) throw new Stop("payload too large");
            this.push(yield* this.payload(n, op === 141, pending));
            break;
          }
          case 151:
            this.push(OPAQUE);
            break;
          case 152:
            break;
          case 41:
            this.push({ t: "tuple", items: [] });
            break;
          case 116:
            this.push({ t: "tuple", items: this.popMark() });
            break;
          case 133:
          case 134:
          case 135: {
            const k = op - 132;
            const items = [];
            for (let i = 0; i < k; i++) items.unshift(this.pop());
            this.push({ t: "tuple", items });
            break;
          }
          case 93:
            this.push({ t: "list", items: [] });
            break;
          case 108:
            this.push({ t: "list", items: this.popMark() });
            break;
          case 97: {
            const v = this.pop();
            itemsOf(this.top())?.push(v);
            break;
          }
          case 101: {
            const vs = this.popMark();
            itemsOf(this.top())?.push(...vs);
            break;
          }
          case 125:
            this.push({ t: "dict", entries: /* @__PURE__ */ new Map() });
            break;
          case 100: {
            const vs = this.popMark();
            const entries = /* @__PURE__ */ new Map();
            for (let i = 0; i + 1 < vs.length; i += 2) entries.set(vs[i], vs[i + 1]);
            this.push({ t: "dict", entries });
            break;
          }
          case 115: {
            const v = this.pop();
            const k = this.pop();
            const d2 = this.top();
            if (typeof d2 === "object" && d2 !== null && d2.t === "dict") d2.entries.set(k, v);
            break;
          }
          case 117: {
            const vs = this.popMark();
            const d2 = this.top();
            if (typeof d2 === "object" && d2 !== null && d2.t === "dict")
              for (let i = 0; i + 1 < vs.length; i += 2) d2.entries.set(vs[i], vs[i + 1]);
            break;
          }
          case 143:
            this.push(OPAQUE);
            break;
          case 144:
            this.popMark();
            break;
          case 145:
            this.popMark();
            this.push(OPAQUE);
            break;
          case 103: {
            this.push(this.memo.get(Number(await this.line(pending))) ?? OPAQUE);
            break;
          }
          case 104:
            this.push(this.memo.get((await this.bytes(1, pending))[0]) ?? OPAQUE);
            break;
          case 106:
            this.push(this.memo.get(num(await this.bytes(4, pending)).getUint32(0, true)) ?? OPAQUE);
            break;
          case 112:
            this.memo.set(Number(await this.line(pending)), this.top());
            break;
          case 113:
            this.memo.set((await this.bytes(1, pending))[0], this.top());
            break;
          case 114:
            this.memo.set(num(await this.bytes(4, pending)).getUint32(0, true), this.top());
            break;
          case 148:
            this.memo.set(this.memo.size, this.top());
            break;
          case 99: {
            const module = await this.line(pending);
            const name = await this.line(pending);
            this.push({ t: "global", module, name });
            break;
          }
          case 147: {
            const name = this.pop();
            const module = this.pop();
            this.push(
              typeof module === "string" && typeof name === "string" ? { t: "global", module, name } : OPAQUE
            );
            break;
          }
          case 105: {
            const module = await this.line(pending);
            const name = await this.line(pending);
            const args = this.popMark();
            this.push({
              t: "object",
              cls: { t: "global", module, name },
              args: { t: "tuple", items: args },
              state: null
            });
            break;
          }
          case 111: {
            const [cls = null, ...args] = this.popMark();
            this.push({ t: "object", cls, args: { t: "tuple", items: args }, state: null });
            break;
          }
          case 129:
          // NEWOBJ
          case 82: {
            const args = this.pop();
            const cls = this.pop();
            this.push({ t: "object", cls, args, state: null });
            break;
          }
          case 146: {
            this.pop();
            const args = this.pop();
            const cls = this.pop();
            this.push({ t: "object", cls, args, state: null });
            break;
          }
          case 80:
            await this.line(pending);
            this.push(OPAQUE);
            break;
          case 81:
            this.pop();
            this.push(OPAQUE);
            break;
          case 130:
            await this.bytes(1, pending);
            this.push(OPAQUE);
            break;
          case 131:
            await this.bytes(2, pending);
            this.push(OPAQUE);
            break;
          case 132:
            await this.bytes(4, pending);
            this.push(OPAQUE);
            break;
          case 98: {
            const state = this.pop();
            const obj = this.top();
            if (typeof obj === "object" && obj !== null && obj.t === "object") obj.state = state;
            const read = this.readAfterBuild?.(obj, state);
            if (read) {
              for (const p of pending.splice(0)) yield p;
              const head = this.flush();
              if (head) yield head;
              await this.fromFile(read);
              this.stack[this.stack.length - 1] = OPAQUE;
            }
            break;
          }
          default:
            throw new Stop(`opcode 0x${op.toString(16)}`);
        }
      }
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      for (const p of pending.splice(0)) yield p;
      const head = this.flush();
      if (head) yield head;
      for (; ; ) {
        const c = await this.reader.next();
        if (!c) return;
        yield c;
      }
    }
  }
  /**
   * Runs a read of the file itself: Python's unpickler holds the current frame in memory, so
   * the file goes on after the frame and the frame's rest comes after what the read took.
   */
  async fromFile(read) {
    let stash = null;
    if (this.frameLeft > 0) {
      if (this.frameLeft > FRAME_STASH_MAX) throw new LimitError("a pickle frame is too large");
      stash = (await this.reader.read(this.frameLeft)).slice();
    }
    await read(this.reader);
    if (stash) this.reader.unshift(stash);
  }
};

// src/safety/globals/deny.ts
var RUN = "runs commands or code";
var FILES = "reads or writes files";
var NET = "reaches the network";
var IMPORTS = "imports or resolves any module";
var NESTED = "loads another pickle";
var ATTR = "reaches any attribute or callable";
var SCANNER = "switches off or fools a model scanner";
var SAFE_BUILTINS = [
  "bool",
  "int",
  "float",
  "complex",
  "str",
  "bytes",
  "bytearray",
  "list",
  "tuple",
  "set",
  "frozenset",
  "dict",
  "len",
  "abs",
  "sum",
  "min",
  "max",
  "round",
  "divmod",
  "sorted",
  "reversed",
  "enumerate",
  "zip",
  "range",
  "map",
  "filter",
  "slice",
  "iter",
  "next",
  "all",
  "any",
  "hash",
  "id",
  "repr",
  "ascii",
  "bin",
  "hex",
  "oct",
  "ord",
  "chr",
  "isinstance",
  "issubclass",
  "object",
  "callable",
  "format",
  // ours: constants that pickle by name
  "Ellipsis",
  "NotImplemented"
];
var JOBLIB_CLASSES = [
  "numpy_pickle.NumpyArrayWrapper",
  "numpy_pickle_compat.NDArrayWrapper",
  "numpy_pickle_compat.ZNDArrayWrapper"
];
var d = (module, names, why, from, except) => except ? { module, names, why, from, except } : { module, names, why, from };
var ALL = ["picklescan", "modelscan", "fickling"];
var PF = ["picklescan", "fickling"];
var F = ["fickling"];
var P = ["picklescan"];
var FML = ["fickling-ml"];
var G = ["model-gate"];
var DENY = [
  // Builtins: everything but the safe ones (eval, exec, compile, getattr, open, __import__...).
  d("builtins", "*", `${RUN} or ${ATTR}`, ALL, SAFE_BUILTINS),
  d("__builtins__", "*", `${RUN} or ${ATTR}`, F, SAFE_BUILTINS),
  d("eval", "*", RUN, F),
  d("exec", "*", RUN, F),
  d("compile", "*", RUN, F),
  d("execfile", "*", RUN, G),
  d("apply", "*", RUN, G),
  d("__import__", "*", IMPORTS, G),
  // Processes and the operating system.
  d("os", "*", RUN, ALL),
  d("posix", "*", RUN, ALL),
  d("nt", "*", RUN, ALL),
  d("subprocess", "*", RUN, ALL),
  d("_posixsubprocess", "*", RUN, F),
  d("commands", "*", RUN, PF),
  d("sys", "*", `${RUN} or ${IMPORTS}`, ALL),
  d("pty", "*", RUN, ALL),
  d("pexpect", "*", RUN, F),
  d("pipes", "*", RUN, F),
  d("multiprocessing", "*", RUN, F),
  d("_multiprocessing", "*", RUN, G),
  d("_posixshmem", "*", FILES, G),
  d("signal", "*", RUN, F),
  d("_signal", "*", RUN, F),
  d("threading", "*", RUN, F),
  d("_thread", "*", RUN, F),
  d("atexit", "*", RUN, F),
  d("_winapi", "*", RUN, G),
  d("winreg", "*", FILES, G),
  d("_winreg", "*", FILES, G),
  d("msvcrt", "*", RUN, G),
  d("resource", "*", RUN, G),
  d("fcntl", "*", FILES, G),
  d("termios", "*", RUN, G),
  d("_osx_support", "*", RUN, PF),
  d("_aix_support", "*", RUN, PF),
  d("_pyrepl", "*", RUN, P),
  d("uuid", "*", RUN, PF, ["UUID", "SafeUUID"]),
  d("webbrowser", "*", RUN, ALL),
  d("platform", "*", RUN, F),
  // Code execution, compilation, interpreters.
  d("runpy", "*", RUN, ALL),
  d("code", "*", RUN, PF),
  d("codeop", "*", RUN, F),
  d("marshal", "*", RUN, F),
  d("types", "*", RUN, PF),
  d("doctest", "*", RUN, PF),
  d("_interpreters", "*", RUN, F),
  d("_xxsubinterpreters", "*", RUN, F),
  d("interpreters", "*", RUN, G),
  d("concurrent", "*", RUN, G),
  d("cProfile", "*", RUN, PF),
  d("profile", "*", RUN, PF),
  d("_lsprof", "*", RUN, G),
  d("pdb", "*", RUN, ALL),
  d("bdb", "*", RUN, ALL),
  d("timeit", "*", RUN, PF),
  d("trace", "*", RUN, PF),
  d("pydoc", "*", `${RUN} or ${IMPORTS}`, PF),
  d("inspect", "*", ATTR, F),
  d("gc", "*", ATTR, F),
  d("site", "*", RUN, F),
  d("sitecustomize", "*", RUN, G),
  d("unittest", "*", RUN, F),
  d("test", "*", RUN, PF),
  d("idlelib", "*", RUN, PF),
  d("lib2to3", "*", RUN, PF),
  d("tkinter", "*", RUN, G),
  d("_tkinter", "*", RUN, G),
  d("turtle", "*", RUN, G),
  d("compileall", "*", RUN, F),
  d("py_compile", "*", RUN, F),
  d("operator", "*", ATTR, ALL),
  d("_operator", "*", ATTR, PF),
  d("functools", "*", ATTR, PF),
  d("_functools", "*", ATTR, G),
  d("copyreg", ["add_extension"], IMPORTS, G),
  d("copy", "*", ATTR, G),
  d("ctypes", "*", RUN, PF),
  d("_ctypes", "*", RUN, F),
  d("cffi", "*", RUN, G),
  d("asyncio", "*", RUN, ALL),
  // Imports.
  d("importlib", "*", IMPORTS, F),
  d("_frozen_importlib", "*", IMPORTS, F),
  d("_frozen_importlib_external", "*", IMPORTS, F),
  d("_imp", "*", IMPORTS, F),
  d("imp", "*", IMPORTS, F),
  d("pkgutil", "*", IMPORTS, PF),
  d("zipimport", "*", IMPORTS, F),
  d("pkg_resources", "*", IMPORTS, G),
  d("pip", "*", RUN, PF),
  d("venv", "*", RUN, PF),
  d("ensurepip", "*", RUN, PF),
  d("distutils", "*", RUN, PF),
  d("setuptools", "*", RUN, G),
  d("builtins_importer", "*", IMPORTS, G),
  // Another pickle or serialiser inside the pickle.
  d("pickle", "*", NESTED, ALL),
  d("_pickle", "*", NESTED, ALL),
  d("pickletools", "*", NESTED, G),
  d("dill", "*", NESTED, F),
  d("cloudpickle", "*", `${NESTED} or ${RUN}`, PF),
  d("shelve", "*", NESTED, F),
  d("joblib", "*", NESTED, F, JOBLIB_CLASSES),
  d("torch", ["load", "compile"], `${NESTED} or ${RUN}`, FML),
  d("torch.serialization", ["load"], NESTED, P),
  d("torch.storage", ["_load_from_bytes"], NESTED, FML),
  d("torch.hub", "*", `${NET} and ${RUN}`, FML),
  d("torch.jit", "*", RUN, FML),
  d("torch._dynamo", "*", RUN, FML),
  d("torch._inductor", "*", RUN, FML),
  d("torch.compile", "*", RUN, FML),
  d("torch.fx.experimental.symbolic_shapes", ["ShapeEnv.evaluate_guards_expression"], RUN, P),
  d("torch.utils._config_module", "*", NESTED, ["picklescan", "fickling-ml"]),
  d("torch.utils.bottleneck", "*", RUN, P),
  d("torch.utils.collect_env", "*", RUN, P),
  d("torch.utils.cpp_extension", "*", RUN, G),
  d("torch.utils.data.datapipes.utils.decoder", "*", NESTED, P),
  d("torch.distributed.elastic.rendezvous.api", ["basichandlers"], NET, FML),
  d("torch.distributed", "*", NET, G),
  d("torch._C", ["_jit_compile", "import_ir_module", "import_ir_module_from_buffer"], RUN, G),
  d("torch.ops", "*", ATTR, G),
  d("torch.library", "*", RUN, G),
  d("torch.package", "*", NESTED, G),
  d("numpy", ["load", "fromfile", "loadtxt", "genfromtxt", "save", "savez", "tofile", "memmap"], FILES, G),
  d("numpy.f2py", "*", RUN, ["picklescan", "fickling-ml"]),
  d("numpy.distutils", "*", RUN, FML),
  d("numpy.testing", "*", RUN, ["picklescan", "fickling-ml"]),
  d("numpy.lib.npyio", "*", FILES, G),
  d("numpy.ctypeslib", "*", RUN, G),
  d("pandas", ["read_pickle", "read_csv", "eval"], `${NESTED} or ${FILES}`, G),
  d("pandas.io", "*", `${NESTED} or ${FILES}`, G),
  d("keras.saving", "*", NESTED, G),
  d("tensorflow", ["py_function", "numpy_function"], RUN, G),
  d("tensorflow.io", "*", FILES, G),
  // Files.
  d("shutil", "*", FILES, ALL),
  d("tempfile", "*", FILES, F),
  d("filecmp", "*", FILES, F),
  d("fileinput", "*", FILES, F),
  d("glob", "*", FILES, F),
  d("linecache", "*", FILES, F),
  d("difflib", "*", FILES, F),
  d("mmap", "*", FILES, F),
  d("tarfile", "*", FILES, F),
  d("zipfile", "*", FILES, F),
  d("sqlite3", "*", FILES, F),
  d("_sqlite3", "*", FILES, F),
  d("dbm", "*", FILES, G),
  d("io", ["open", "open_code", "FileIO"], FILES, FML),
  d("_io", ["open", "open_code", "FileIO"], FILES, ["picklescan", "fickling-ml"]),
  d("codecs", ["open", "EncodedFile"], FILES, G),
  d("logging", "*", `${FILES} or ${NET}`, PF),
  d("syslog", "*", FILES, F),
  // Network.
  d("socket", "*", NET, ALL),
  d("_socket", "*", NET, G),
  d("ssl", "*", NET, PF),
  d("_ssl", "*", NET, G),
  d("select", "*", NET, F),
  d("selectors", "*", NET, F),
  d("socketserver", "*", NET, F),
  d("http", "*", NET, F),
  d("httplib", "*", NET, ALL),
  d("urllib", "*", NET, F),
  d("urllib2", "*", NET, F),
  d("urllib3", "*", NET, G),
  d("requests", "*", NET, ["picklescan", "modelscan", "fickling"]),
  d("httpx", "*", NET, G),
  d("aiohttp", "*", NET, ALL),
  d("smtplib", "*", NET, F),
  d("imaplib", "*", NET, PF),
  d("ftplib", "*", NET, F),
  d("poplib", "*", NET, F),
  d("telnetlib", "*", NET, F),
  d("nntplib", "*", NET, F),
  d("xmlrpc", "*", NET, F),
  d("xmlrpclib", "*", NET, G),
  d("wsgiref", "*", NET, G),
  // Scanners that a pickle could switch off or fool while it loads.
  d("fickling", "*", SCANNER, G),
  d("picklescan", "*", SCANNER, G),
  d("modelscan", "*", SCANNER, G),
  d("modelaudit", "*", SCANNER, G),
  d("model_gate", "*", SCANNER, G)
];

// src/safety/globals/sklearn-classes.ts
var SKLEARN_CLASSES = {
  "sklearn._loss._loss": [
    "CyAbsoluteError",
    "CyHalfBinomialLoss",
    "CyHalfGammaLoss",
    "CyHalfMultinomialLoss",
    "CyHalfPoissonLoss",
    "CyHalfSquaredError",
    "CyHalfTweedieLoss",
    "CyHalfTweedieLossIdentity",
    "CyLossFunction",
    "CyPinballLoss"
  ],
  "sklearn._loss.glm_distribution": [
    "DistributionBoundary",
    "ExponentialDispersionModel",
    "GammaDistribution",
    "InverseGaussianDistribution",
    "NormalDistribution",
    "PoissonDistribution",
    "TweedieDistribution"
  ],
  "sklearn._loss.link": ["BaseLink", "IdentityLink", "Interval", "LogLink", "LogitLink", "MultinomialLogit"],
  "sklearn._loss.loss": [
    "AbsoluteError",
    "BaseLoss",
    "HalfBinomialLoss",
    "HalfGammaLoss",
    "HalfMultinomialLoss",
    "HalfPoissonLoss",
    "HalfSquaredError",
    "HalfTweedieLoss",
    "HalfTweedieLossIdentity",
    "PinballLoss"
  ],
  "sklearn.base": [
    "BaseEstimator",
    "BiclusterMixin",
    "ClassNamePrefixFeaturesOutMixin",
    "ClassifierMixin",
    "ClusterMixin",
    "DensityMixin",
    "MetaEstimatorMixin",
    "MultiOutputMixin",
    "OneToOneFeatureMixin",
    "OutlierMixin",
    "RegressorMixin",
    "TransformerMixin",
    "_UnstableArchMixin"
  ],
  "sklearn.calibration": [
    "CalibratedClassifierCV",
    "CalibrationDisplay",
    "_CalibratedClassifier",
    "_SigmoidCalibration"
  ],
  "sklearn.cluster._affinity_propagation": ["AffinityPropagation"],
  "sklearn.cluster._agglomerative": ["AgglomerativeClustering", "FeatureAgglomeration"],
  "sklearn.cluster._bicluster": ["BaseSpectral", "SpectralBiclustering", "SpectralCoclustering"],
  "sklearn.cluster._birch": ["Birch", "_CFNode", "_CFSubcluster"],
  "sklearn.cluster._bisect_k_means": ["BisectingKMeans", "_BisectingTree"],
  "sklearn.cluster._dbscan": ["DBSCAN"],
  "sklearn.cluster._feature_agglomeration": ["AgglomerationTransform"],
  "sklearn.cluster._hierarchical_fast": ["UnionFind", "WeightedEdge"],
  "sklearn.cluster._kmeans": ["KMeans", "MiniBatchKMeans", "_BaseKMeans"],
  "sklearn.cluster._mean_shift": ["MeanShift"],
  "sklearn.cluster._optics": ["OPTICS"],
  "sklearn.cluster._spectral": ["SpectralClustering"],
  "sklearn.compose._column_transformer": ["ColumnTransformer", "make_column_selector"],
  "sklearn.compose._target": ["TransformedTargetRegressor"],
  "sklearn.covariance._elliptic_envelope": ["EllipticEnvelope"],
  "sklearn.covariance._empirical_covariance": ["EmpiricalCovariance"],
  "sklearn.covariance._graph_lasso": ["BaseGraphicalLasso", "GraphicalLasso", "GraphicalLassoCV"],
  "sklearn.covariance._robust_covariance": ["MinCovDet"],
  "sklearn.covariance._shrunk_covariance": ["LedoitWolf", "OAS", "ShrunkCovariance"],
  "sklearn.cross_decomposition._pls": ["CCA", "PLSCanonical", "PLSRegression", "PLSSVD", "_PLS"],
  "sklearn.decomposition._base": ["_BasePCA"],
  "sklearn.decomposition._dict_learning": [
    "DictionaryLearning",
    "MiniBatchDictionaryLearning",
    "SparseCoder",
    "_BaseSparseCoding"
  ],
  "sklearn.decomposition._factor_analysis": ["FactorAnalysis"],
  "sklearn.decomposition._fastica": ["FastICA"],
  "sklearn.decomposition._incremental_pca": ["IncrementalPCA"],
  "sklearn.decomposition._kernel_pca": ["KernelPCA"],
  "sklearn.decomposition._lda": ["LatentDirichletAllocation"],
  "sklearn.decomposition._nmf": ["MiniBatchNMF", "NMF", "_BaseNMF"],
  "sklearn.decomposition._pca": ["PCA"],
  "sklearn.decomposition._sparse_pca": ["MiniBatchSparsePCA", "SparsePCA", "_BaseSparsePCA"],
  "sklearn.decomposition._truncated_svd": ["TruncatedSVD"],
  "sklearn.discriminant_analysis": ["LinearDiscriminantAnalysis", "QuadraticDiscriminantAnalysis"],
  "sklearn.dummy": ["DummyClassifier", "DummyRegressor"],
  "sklearn.ensemble._bagging": ["BaggingClassifier", "BaggingRegressor", "BaseBagging"],
  "sklearn.ensemble._base": ["BaseEnsemble", "_BaseHeterogeneousEnsemble"],
  "sklearn.ensemble._forest": [
    "BaseForest",
    "ExtraTreesClassifier",
    "ExtraTreesRegressor",
    "ForestClassifier",
    "ForestRegressor",
    "RandomForestClassifier",
    "RandomForestRegressor",
    "RandomTreesEmbedding"
  ],
  "sklearn.ensemble._gb": [
    "BaseGradientBoosting",
    "GradientBoostingClassifier",
    "GradientBoostingRegressor",
    "VerboseReporter"
  ],
  "sklearn.ensemble._gb_losses": [
    "BinomialDeviance",
    "ClassificationLossFunction",
    "ExponentialLoss",
    "HuberLossFunction",
    "LeastAbsoluteError",
    "LeastSquaresError",
    "LossFunction",
    "MultinomialDeviance",
    "QuantileLossFunction",
    "RegressionLossFunction"
  ],
  "sklearn.ensemble._hist_gradient_boosting.binning": ["_BinMapper"],
  "sklearn.ensemble._hist_gradient_boosting.gradient_boosting": [
    "BaseHistGradientBoosting",
    "HistGradientBoostingClassifier",
    "HistGradientBoostingRegressor"
  ],
  "sklearn.ensemble._hist_gradient_boosting.grower": ["TreeGrower", "TreeNode"],
  "sklearn.ensemble._hist_gradient_boosting.histogram": ["HistogramBuilder"],
  "sklearn.ensemble._hist_gradient_boosting.predictor": ["TreePredictor"],
  "sklearn.ensemble._hist_gradient_boosting.splitting": ["SplitInfo", "Splitter"],
  "sklearn.ensemble._iforest": ["IsolationForest"],
  "sklearn.ensemble._stacking": ["StackingClassifier", "StackingRegressor", "_BaseStacking"],
  "sklearn.ensemble._voting": ["VotingClassifier", "VotingRegressor", "_BaseVoting"],
  "sklearn.ensemble._weight_boosting": ["AdaBoostClassifier", "AdaBoostRegressor", "BaseWeightBoosting"],
  "sklearn.exceptions": [
    "ConvergenceWarning",
    "DataConversionWarning",
    "DataDimensionalityWarning",
    "EfficiencyWarning",
    "FitFailedWarning",
    "NotFittedError",
    "PositiveSpectrumWarning",
    "SkipTestWarning",
    "UndefinedMetricWarning"
  ],
  "sklearn.feature_extraction._dict_vectorizer": ["DictVectorizer"],
  "sklearn.feature_extraction._hash": ["FeatureHasher"],
  "sklearn.feature_extraction.image": ["PatchExtractor"],
  "sklearn.feature_extraction.text": [
    "CountVectorizer",
    "HashingVectorizer",
    "TfidfTransformer",
    "TfidfVectorizer",
    "_VectorizerMixin"
  ],
  "sklearn.feature_selection._base": ["SelectorMixin"],
  "sklearn.feature_selection._from_model": ["SelectFromModel"],
  "sklearn.feature_selection._rfe": ["RFE", "RFECV"],
  "sklearn.feature_selection._sequential": ["SequentialFeatureSelector"],
  "sklearn.feature_selection._univariate_selection": [
    "GenericUnivariateSelect",
    "SelectFdr",
    "SelectFpr",
    "SelectFwe",
    "SelectKBest",
    "SelectPercentile",
    "_BaseFilter"
  ],
  "sklearn.feature_selection._variance_threshold": ["VarianceThreshold"],
  "sklearn.gaussian_process._gpc": ["GaussianProcessClassifier", "_BinaryGaussianProcessClassifierLaplace"],
  "sklearn.gaussian_process._gpr": ["GaussianProcessRegressor"],
  "sklearn.gaussian_process.kernels": [
    "CompoundKernel",
    "ConstantKernel",
    "DotProduct",
    "ExpSineSquared",
    "Exponentiation",
    "GenericKernelMixin",
    "Hyperparameter",
    "Kernel",
    "KernelOperator",
    "Matern",
    "NormalizedKernelMixin",
    "PairwiseKernel",
    "Product",
    "RBF",
    "RationalQuadratic",
    "StationaryKernelMixin",
    "Sum",
    "WhiteKernel"
  ],
  "sklearn.impute._base": ["MissingIndicator", "SimpleImputer", "_BaseImputer"],
  "sklearn.impute._iterative": ["IterativeImputer", "_ImputerTriplet"],
  "sklearn.impute._knn": ["KNNImputer"],
  "sklearn.isotonic": ["IsotonicRegression"],
  "sklearn.kernel_approximation": [
    "AdditiveChi2Sampler",
    "Nystroem",
    "PolynomialCountSketch",
    "RBFSampler",
    "SkewedChi2Sampler"
  ],
  "sklearn.kernel_ridge": ["KernelRidge"],
  "sklearn.linear_model._base": [
    "LinearClassifierMixin",
    "LinearModel",
    "LinearRegression",
    "SparseCoefMixin"
  ],
  "sklearn.linear_model._bayes": ["ARDRegression", "BayesianRidge"],
  "sklearn.linear_model._coordinate_descent": [
    "ElasticNet",
    "ElasticNetCV",
    "Lasso",
    "LassoCV",
    "LinearModelCV",
    "MultiTaskElasticNet",
    "MultiTaskElasticNetCV",
    "MultiTaskLasso",
    "MultiTaskLassoCV"
  ],
  "sklearn.linear_model._glm._newton_solver": ["NewtonCholeskySolver", "NewtonSolver"],
  "sklearn.linear_model._glm.glm": [
    "GammaRegressor",
    "PoissonRegressor",
    "TweedieRegressor",
    "_GeneralizedLinearRegressor"
  ],
  "sklearn.linear_model._huber": ["HuberRegressor"],
  "sklearn.linear_model._least_angle": ["Lars", "LarsCV", "LassoLars", "LassoLarsCV", "LassoLarsIC"],
  "sklearn.linear_model._linear_loss": ["LinearModelLoss"],
  "sklearn.linear_model._logistic": ["LogisticRegression", "LogisticRegressionCV"],
  "sklearn.linear_model._omp": ["OrthogonalMatchingPursuit", "OrthogonalMatchingPursuitCV"],
  "sklearn.linear_model._passive_aggressive": ["PassiveAggressiveClassifier", "PassiveAggressiveRegressor"],
  "sklearn.linear_model._perceptron": ["Perceptron"],
  "sklearn.linear_model._quantile": ["QuantileRegressor"],
  "sklearn.linear_model._ransac": ["RANSACRegressor"],
  "sklearn.linear_model._ridge": [
    "Ridge",
    "RidgeCV",
    "RidgeClassifier",
    "RidgeClassifierCV",
    "_BaseRidge",
    "_BaseRidgeCV",
    "_IdentityClassifier",
    "_IdentityRegressor",
    "_RidgeClassifierMixin",
    "_RidgeGCV",
    "_XT_CenterStackOp",
    "_X_CenterStackOp"
  ],
  "sklearn.linear_model._sag_fast": ["MultinomialLogLoss32", "MultinomialLogLoss64"],
  "sklearn.linear_model._sgd_fast": [
    "Classification",
    "EpsilonInsensitive",
    "Hinge",
    "Huber",
    "Log",
    "LossFunction",
    "ModifiedHuber",
    "Regression",
    "SquaredEpsilonInsensitive",
    "SquaredHinge",
    "SquaredLoss"
  ],
  "sklearn.linear_model._stochastic_gradient": [
    "BaseSGD",
    "BaseSGDClassifier",
    "BaseSGDRegressor",
    "SGDClassifier",
    "SGDOneClassSVM",
    "SGDRegressor",
    "_ValidationScoreCallback"
  ],
  "sklearn.linear_model._theil_sen": ["TheilSenRegressor"],
  "sklearn.manifold._isomap": ["Isomap"],
  "sklearn.manifold._locally_linear": ["LocallyLinearEmbedding"],
  "sklearn.manifold._mds": ["MDS"],
  "sklearn.manifold._spectral_embedding": ["SpectralEmbedding"],
  "sklearn.manifold._t_sne": ["TSNE"],
  "sklearn.metrics._dist_metrics": [
    "BrayCurtisDistance",
    "BrayCurtisDistance32",
    "CanberraDistance",
    "CanberraDistance32",
    "ChebyshevDistance",
    "ChebyshevDistance32",
    "DiceDistance",
    "DiceDistance32",
    "DistanceMetric",
    "DistanceMetric32",
    "EuclideanDistance",
    "EuclideanDistance32",
    "HammingDistance",
    "HammingDistance32",
    "HaversineDistance",
    "HaversineDistance32",
    "JaccardDistance",
    "JaccardDistance32",
    "KulsinskiDistance",
    "KulsinskiDistance32",
    "MahalanobisDistance",
    "MahalanobisDistance32",
    "ManhattanDistance",
    "ManhattanDistance32",
    "MatchingDistance",
    "MatchingDistance32",
    "MinkowskiDistance",
    "MinkowskiDistance32",
    "PyFuncDistance",
    "PyFuncDistance32",
    "RogersTanimotoDistance",
    "RogersTanimotoDistance32",
    "RussellRaoDistance",
    "RussellRaoDistance32",
    "SEuclideanDistance",
    "SEuclideanDistance32",
    "SokalMichenerDistance",
    "SokalMichenerDistance32",
    "SokalSneathDistance",
    "SokalSneathDistance32",
    "WMinkowskiDistance",
    "WMinkowskiDistance32"
  ],
  "sklearn.metrics._pairwise_distances_reduction._argkmin": [
    "ArgKmin32",
    "ArgKmin64",
    "EuclideanArgKmin32",
    "EuclideanArgKmin64"
  ],
  "sklearn.metrics._pairwise_distances_reduction._base": [
    "BaseDistancesReduction32",
    "BaseDistancesReduction64"
  ],
  "sklearn.metrics._pairwise_distances_reduction._datasets_pair": [
    "DatasetsPair32",
    "DatasetsPair64",
    "DenseDenseDatasetsPair32",
    "DenseDenseDatasetsPair64",
    "DenseSparseDatasetsPair32",
    "DenseSparseDatasetsPair64",
    "SparseDenseDatasetsPair32",
    "SparseDenseDatasetsPair64",
    "SparseSparseDatasetsPair32",
    "SparseSparseDatasetsPair64"
  ],
  "sklearn.metrics._pairwise_distances_reduction._dispatcher": [
    "ArgKmin",
    "BaseDistancesReductionDispatcher",
    "RadiusNeighbors"
  ],
  "sklearn.metrics._pairwise_distances_reduction._middle_term_computer": [
    "DenseDenseMiddleTermComputer32",
    "DenseDenseMiddleTermComputer64",
    "MiddleTermComputer32",
    "MiddleTermComputer64",
    "SparseSparseMiddleTermComputer32",
    "SparseSparseMiddleTermComputer64"
  ],
  "sklearn.metrics._pairwise_distances_reduction._radius_neighbors": [
    "EuclideanRadiusNeighbors32",
    "EuclideanRadiusNeighbors64",
    "RadiusNeighbors32",
    "RadiusNeighbors64"
  ],
  "sklearn.metrics._scorer": [
    "_BaseScorer",
    "_DeprecatedScorers",
    "_MultimetricScorer",
    "_PredictScorer",
    "_ProbaScorer",
    "_ThresholdScorer"
  ],
  "sklearn.mixture._base": ["BaseMixture"],
  "sklearn.mixture._bayesian_mixture": ["BayesianGaussianMixture"],
  "sklearn.mixture._gaussian_mixture": ["GaussianMixture"],
  "sklearn.model_selection._search": [
    "BaseSearchCV",
    "GridSearchCV",
    "ParameterGrid",
    "ParameterSampler",
    "RandomizedSearchCV"
  ],
  "sklearn.model_selection._search_successive_halving": [
    "BaseSuccessiveHalving",
    "HalvingGridSearchCV",
    "HalvingRandomSearchCV",
    "_SubsampleMetaSplitter"
  ],
  "sklearn.model_selection._split": [
    "BaseCrossValidator",
    "BaseShuffleSplit",
    "GroupKFold",
    "GroupShuffleSplit",
    "KFold",
    "LeaveOneGroupOut",
    "LeaveOneOut",
    "LeavePGroupsOut",
    "LeavePOut",
    "PredefinedSplit",
    "RepeatedKFold",
    "RepeatedStratifiedKFold",
    "ShuffleSplit",
    "StratifiedGroupKFold",
    "StratifiedKFold",
    "StratifiedShuffleSplit",
    "TimeSeriesSplit",
    "_BaseKFold",
    "_CVIterableWrapper",
    "_RepeatedSplits"
  ],
  "sklearn.multiclass": [
    "OneVsOneClassifier",
    "OneVsRestClassifier",
    "OutputCodeClassifier",
    "_ConstantPredictor"
  ],
  "sklearn.multioutput": [
    "ClassifierChain",
    "MultiOutputClassifier",
    "MultiOutputRegressor",
    "RegressorChain",
    "_BaseChain",
    "_MultiOutputEstimator"
  ],
  "sklearn.naive_bayes": [
    "BernoulliNB",
    "CategoricalNB",
    "ComplementNB",
    "GaussianNB",
    "MultinomialNB",
    "_BaseDiscreteNB",
    "_BaseNB"
  ],
  "sklearn.neighbors._ball_tree": ["BallTree", "BinaryTree", "NeighborsHeap", "NodeHeap"],
  "sklearn.neighbors._base": ["KNeighborsMixin", "NeighborsBase", "RadiusNeighborsMixin"],
  "sklearn.neighbors._classification": ["KNeighborsClassifier", "RadiusNeighborsClassifier"],
  "sklearn.neighbors._distance_metric": ["DistanceMetric"],
  "sklearn.neighbors._graph": ["KNeighborsTransformer", "RadiusNeighborsTransformer"],
  "sklearn.neighbors._kd_tree": ["BinaryTree", "KDTree", "NeighborsHeap", "NodeHeap"],
  "sklearn.neighbors._kde": ["KernelDensity"],
  "sklearn.neighbors._lof": ["LocalOutlierFactor"],
  "sklearn.neighbors._nca": ["NeighborhoodComponentsAnalysis"],
  "sklearn.neighbors._nearest_centroid": ["NearestCentroid"],
  "sklearn.neighbors._quad_tree": ["_QuadTree"],
  "sklearn.neighbors._regression": ["KNeighborsRegressor", "RadiusNeighborsRegressor"],
  "sklearn.neighbors._unsupervised": ["NearestNeighbors"],
  "sklearn.neural_network._multilayer_perceptron": [
    "BaseMultilayerPerceptron",
    "MLPClassifier",
    "MLPRegressor"
  ],
  "sklearn.neural_network._rbm": ["BernoulliRBM"],
  "sklearn.neural_network._stochastic_optimizers": ["AdamOptimizer", "BaseOptimizer", "SGDOptimizer"],
  "sklearn.pipeline": ["FeatureUnion", "Pipeline"],
  "sklearn.preprocessing._data": [
    "Binarizer",
    "KernelCenterer",
    "MaxAbsScaler",
    "MinMaxScaler",
    "Normalizer",
    "PowerTransformer",
    "QuantileTransformer",
    "RobustScaler",
    "StandardScaler"
  ],
  "sklearn.preprocessing._discretization": ["KBinsDiscretizer"],
  "sklearn.preprocessing._encoders": ["OneHotEncoder", "OrdinalEncoder", "_BaseEncoder"],
  "sklearn.preprocessing._function_transformer": ["FunctionTransformer"],
  "sklearn.preprocessing._label": ["LabelBinarizer", "LabelEncoder", "MultiLabelBinarizer"],
  "sklearn.preprocessing._polynomial": ["PolynomialFeatures", "SplineTransformer"],
  "sklearn.random_projection": ["BaseRandomProjection", "GaussianRandomProjection", "SparseRandomProjection"],
  "sklearn.semi_supervised._label_propagation": [
    "BaseLabelPropagation",
    "LabelPropagation",
    "LabelSpreading"
  ],
  "sklearn.semi_supervised._self_training": ["SelfTrainingClassifier"],
  "sklearn.svm._base": ["BaseLibSVM", "BaseSVC"],
  "sklearn.svm._classes": ["LinearSVC", "LinearSVR", "NuSVC", "NuSVR", "OneClassSVM", "SVC", "SVR"],
  "sklearn.tree._classes": [
    "BaseDecisionTree",
    "DecisionTreeClassifier",
    "DecisionTreeRegressor",
    "ExtraTreeClassifier",
    "ExtraTreeRegressor"
  ],
  "sklearn.tree._criterion": [
    "ClassificationCriterion",
    "Criterion",
    "Entropy",
    "FriedmanMSE",
    "Gini",
    "MAE",
    "MSE",
    "Poisson",
    "RegressionCriterion"
  ],
  "sklearn.tree._export": ["Sentinel", "_BaseTreeExporter", "_DOTTreeExporter", "_MPLTreeExporter"],
  "sklearn.tree._reingold_tilford": ["DrawTree", "Tree"],
  "sklearn.tree._splitter": [
    "BaseDenseSplitter",
    "BaseSparseSplitter",
    "BestSparseSplitter",
    "BestSplitter",
    "RandomSparseSplitter",
    "RandomSplitter",
    "Splitter"
  ],
  "sklearn.tree._tree": [
    "BestFirstTreeBuilder",
    "DepthFirstTreeBuilder",
    "Tree",
    "TreeBuilder",
    "_AlphaPruner",
    "_CCPPruneController",
    "_PathFinder"
  ],
  "sklearn.tree._utils": ["WeightedMedianCalculator", "WeightedPQueue"],
  "sklearn.utils._array_api": ["_ArrayAPIWrapper", "_NumPyApiWrapper"],
  "sklearn.utils._available_if": ["_AvailableIfDescriptor"],
  "sklearn.utils._bunch": ["Bunch"],
  "sklearn.utils._encode": ["MissingValues", "_NaNCounter", "_nandict"],
  "sklearn.utils._fast_dict": ["IntFloatDict"],
  "sklearn.utils._param_validation": [
    "HasMethods",
    "Hidden",
    "Interval",
    "InvalidParameterError",
    "Options",
    "StrOptions",
    "_ArrayLikes",
    "_Booleans",
    "_CVObjects",
    "_Callables",
    "_Constraint",
    "_InstancesOf",
    "_IterablesNotString",
    "_MissingValues",
    "_NanConstraint",
    "_NoneConstraint",
    "_PandasNAConstraint",
    "_RandomStates",
    "_SparseMatrices",
    "_VerboseHelper"
  ],
  "sklearn.utils._readonly_array_wrapper": ["ReadonlyArrayWrapper"],
  "sklearn.utils._seq_dataset": [
    "ArrayDataset32",
    "ArrayDataset64",
    "CSRDataset32",
    "CSRDataset64",
    "SequentialDataset32",
    "SequentialDataset64"
  ],
  "sklearn.utils._set_output": ["_SetOutputMixin"],
  "sklearn.utils._vector_sentinel": [
    "StdVectorSentinel",
    "StdVectorSentinelFloat64",
    "StdVectorSentinelInt32",
    "StdVectorSentinelInt64",
    "StdVectorSentinelIntP"
  ],
  "sklearn.utils._weight_vector": ["WeightVector32", "WeightVector64"],
  "sklearn.utils.metaestimators": ["_BaseComposition", "_IffHasAttrDescriptor"],
  "sklearn.utils.optimize": ["_LineSearchError"]
};

// src/safety/globals/torch-nn-classes.ts
var TORCH_NN_CLASSES = {
  "torch.nn.modules._functions": ["BackwardHookFunction", "CrossMapLRN2d", "SyncBatchNorm"],
  "torch.nn.modules.activation": [
    "CELU",
    "ELU",
    "GELU",
    "GLU",
    "Hardshrink",
    "Hardsigmoid",
    "Hardswish",
    "Hardtanh",
    "LeakyReLU",
    "LogSigmoid",
    "LogSoftmax",
    "Mish",
    "MultiheadAttention",
    "PReLU",
    "RReLU",
    "ReLU",
    "ReLU6",
    "SELU",
    "SiLU",
    "Sigmoid",
    "Softmax",
    "Softmax2d",
    "Softmin",
    "Softplus",
    "Softshrink",
    "Softsign",
    "Tanh",
    "Tanhshrink",
    "Threshold"
  ],
  "torch.nn.modules.adaptive": ["AdaptiveLogSoftmaxWithLoss", "_ASMoutput"],
  "torch.nn.modules.batchnorm": [
    "BatchNorm1d",
    "BatchNorm2d",
    "BatchNorm3d",
    "LazyBatchNorm1d",
    "LazyBatchNorm2d",
    "LazyBatchNorm3d",
    "SyncBatchNorm",
    "_BatchNorm",
    "_LazyNormBase",
    "_NormBase"
  ],
  "torch.nn.modules.channelshuffle": ["ChannelShuffle"],
  "torch.nn.modules.container": [
    "Container",
    "ModuleDict",
    "ModuleList",
    "ParameterDict",
    "ParameterList",
    "Sequential"
  ],
  "torch.nn.modules.conv": [
    "Conv1d",
    "Conv2d",
    "Conv3d",
    "ConvTranspose1d",
    "ConvTranspose2d",
    "ConvTranspose3d",
    "LazyConv1d",
    "LazyConv2d",
    "LazyConv3d",
    "LazyConvTranspose1d",
    "LazyConvTranspose2d",
    "LazyConvTranspose3d",
    "_ConvNd",
    "_ConvTransposeMixin",
    "_ConvTransposeNd",
    "_LazyConvXdMixin"
  ],
  "torch.nn.modules.distance": ["CosineSimilarity", "PairwiseDistance"],
  "torch.nn.modules.dropout": [
    "AlphaDropout",
    "Dropout",
    "Dropout1d",
    "Dropout2d",
    "Dropout3d",
    "FeatureAlphaDropout",
    "_DropoutNd"
  ],
  "torch.nn.modules.flatten": ["Flatten", "Unflatten"],
  "torch.nn.modules.fold": ["Fold", "Unfold"],
  "torch.nn.modules.instancenorm": [
    "InstanceNorm1d",
    "InstanceNorm2d",
    "InstanceNorm3d",
    "LazyInstanceNorm1d",
    "LazyInstanceNorm2d",
    "LazyInstanceNorm3d",
    "_InstanceNorm"
  ],
  "torch.nn.modules.lazy": ["LazyModuleMixin", "_LazyProtocol"],
  "torch.nn.modules.linear": [
    "Bilinear",
    "Identity",
    "LazyLinear",
    "Linear",
    "NonDynamicallyQuantizableLinear"
  ],
  "torch.nn.modules.loss": [
    "BCELoss",
    "BCEWithLogitsLoss",
    "CTCLoss",
    "CosineEmbeddingLoss",
    "CrossEntropyLoss",
    "GaussianNLLLoss",
    "HingeEmbeddingLoss",
    "HuberLoss",
    "KLDivLoss",
    "L1Loss",
    "MSELoss",
    "MarginRankingLoss",
    "MultiLabelMarginLoss",
    "MultiLabelSoftMarginLoss",
    "MultiMarginLoss",
    "NLLLoss",
    "NLLLoss2d",
    "PoissonNLLLoss",
    "SmoothL1Loss",
    "SoftMarginLoss",
    "TripletMarginLoss",
    "TripletMarginWithDistanceLoss",
    "_Loss",
    "_WeightedLoss"
  ],
  "torch.nn.modules.module": ["Module", "_IncompatibleKeys", "_WrappedHook"],
  "torch.nn.modules.normalization": ["CrossMapLRN2d", "GroupNorm", "LayerNorm", "LocalResponseNorm"],
  "torch.nn.modules.padding": [
    "ConstantPad1d",
    "ConstantPad2d",
    "ConstantPad3d",
    "ReflectionPad1d",
    "ReflectionPad2d",
    "ReflectionPad3d",
    "ReplicationPad1d",
    "ReplicationPad2d",
    "ReplicationPad3d",
    "ZeroPad2d",
    "_ConstantPadNd",
    "_ReflectionPadNd",
    "_ReplicationPadNd"
  ],
  "torch.nn.modules.pixelshuffle": ["PixelShuffle", "PixelUnshuffle"],
  "torch.nn.modules.pooling": [
    "AdaptiveAvgPool1d",
    "AdaptiveAvgPool2d",
    "AdaptiveAvgPool3d",
    "AdaptiveMaxPool1d",
    "AdaptiveMaxPool2d",
    "AdaptiveMaxPool3d",
    "AvgPool1d",
    "AvgPool2d",
    "AvgPool3d",
    "FractionalMaxPool2d",
    "FractionalMaxPool3d",
    "LPPool1d",
    "LPPool2d",
    "MaxPool1d",
    "MaxPool2d",
    "MaxPool3d",
    "MaxUnpool1d",
    "MaxUnpool2d",
    "MaxUnpool3d",
    "_AdaptiveAvgPoolNd",
    "_AdaptiveMaxPoolNd",
    "_AvgPoolNd",
    "_LPPoolNd",
    "_MaxPoolNd",
    "_MaxUnpoolNd"
  ],
  "torch.nn.modules.rnn": ["GRU", "GRUCell", "LSTM", "LSTMCell", "RNN", "RNNBase", "RNNCell", "RNNCellBase"],
  "torch.nn.modules.sparse": ["Embedding", "EmbeddingBag"],
  "torch.nn.modules.transformer": [
    "Transformer",
    "TransformerDecoder",
    "TransformerDecoderLayer",
    "TransformerEncoder",
    "TransformerEncoderLayer"
  ],
  "torch.nn.modules.upsampling": ["Upsample", "UpsamplingBilinear2d", "UpsamplingNearest2d"]
};

// src/safety/globals/allow.ts
var TORCH_STORAGES = [
  "Long",
  "Float",
  "Half",
  "Double",
  "BFloat16",
  "Bool",
  "Char",
  "Short",
  "Int",
  "Byte",
  "ComplexFloat",
  "ComplexDouble",
  "QUInt2x4",
  "QUInt4x2",
  "QInt32",
  "QInt8",
  "QUInt8",
  "Untyped",
  "Typed"
].map((t) => `${t}Storage`);
var TORCH_DTYPES = [
  "float32",
  "float",
  "float64",
  "double",
  "float16",
  "half",
  "bfloat16",
  "complex32",
  "chalf",
  "complex64",
  "cfloat",
  "complex128",
  "cdouble",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "int8",
  "int16",
  "short",
  "int32",
  "int",
  "int64",
  "long",
  "bool",
  "float8_e4m3fn",
  "float8_e5m2",
  "float8_e4m3fnuz",
  "float8_e5m2fnuz",
  "qint8",
  "quint8",
  "qint32",
  "quint4x2",
  "quint2x4"
];
var NUMPY_SCALARS = [
  "bool_",
  "int8",
  "int16",
  "int32",
  "int64",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "float16",
  "float32",
  "float64",
  "longdouble",
  "complex64",
  "complex128",
  "clongdouble",
  "str_",
  "bytes_",
  "datetime64",
  "timedelta64",
  "void",
  "object_",
  "intc",
  "uintc",
  "longlong",
  "ulonglong",
  "half",
  "single",
  "double",
  "csingle",
  "cdouble"
];
var EXACT = {
  builtins: SAFE_BUILTINS,
  // defaultdict calls its factory only for a missing key, after loading; the factory is itself an
  // import of the same pickle, judged like any other.
  collections: ["OrderedDict", "Counter", "defaultdict", "deque"],
  // The protocol 0/1 object rebuilder: it calls the class and base the pickle imports (judged).
  copyreg: ["_reconstructor", "__newobj__", "__newobj_ex__"],
  // numpy and torch write bytes as _codecs.encode(text, "latin1") in protocol 2; a codec name
  // reaches only the modules of the encodings package.
  _codecs: ["encode"],
  decimal: ["Decimal"],
  fractions: ["Fraction"],
  datetime: ["datetime", "date", "time", "timedelta", "timezone"],
  uuid: ["UUID", "SafeUUID"],
  // Feature flags: inert objects (pickle.dumps(__future__.annotations)).
  __future__: [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
    "_Feature"
  ],
  torch: [
    ...TORCH_STORAGES,
    // The legacy tensor types a torch tar checkpoint (torch < 1.6, `_use_new_zipfile_serialization
    // =False`) names: classes whose constructor builds a tensor from the pickle's arguments.
    ...["Float", "Double", "Half", "BFloat16", "Byte", "Char", "Short", "Int", "Long", "Bool"].map(
      (t) => `${t}Tensor`
    ),
    ...TORCH_DTYPES,
    "Size",
    "Tensor",
    "device",
    "dtype",
    "layout",
    "memory_format",
    "strided",
    "sparse_coo",
    "sparse_csr",
    "sparse_csc",
    "sparse_bsr",
    "sparse_bsc",
    "_mkldnn",
    "contiguous_format",
    "channels_last",
    "channels_last_3d",
    "preserve_format",
    "per_tensor_affine",
    "per_channel_affine",
    "per_tensor_symmetric",
    "per_channel_symmetric",
    "per_channel_affine_float_qparams"
  ],
  // torch's own rebuild helpers (torch.load(weights_only=True) allows these).
  "torch._utils": [
    "_rebuild_tensor",
    "_rebuild_tensor_v2",
    "_rebuild_tensor_v3",
    "_rebuild_parameter",
    "_rebuild_parameter_with_state",
    "_rebuild_qtensor",
    "_rebuild_sparse_tensor",
    "_rebuild_sparse_csr_tensor",
    "_rebuild_meta_tensor_no_storage",
    "_rebuild_wrapper_subclass",
    "_rebuild_device_tensor_from_numpy",
    "_rebuild_nested_tensor",
    "_rebuild_xla_tensor",
    "_rebuild_mlc_tensor",
    "_rebuild_device_tensor_from_cpu_tensor"
  ],
  "torch._tensor": ["_rebuild_from_type", "_rebuild_from_type_v2"],
  "torch.nn.parameter": ["Parameter", "UninitializedParameter", "UninitializedBuffer", "Buffer"],
  "torch.storage": ["UntypedStorage", "TypedStorage", "_TypedStorage", "_UntypedStorage"],
  "torch.serialization": ["_get_layout"],
  "torch.cuda": TORCH_STORAGES,
  numpy: ["dtype", "ndarray", "matrix", ...NUMPY_SCALARS],
  "numpy.core.multiarray": ["_reconstruct", "scalar"],
  "numpy._core.multiarray": ["_reconstruct", "scalar"],
  // numpy's protocol 5 array rebuilder: an array over a buffer of the pickle.
  "numpy.core.numeric": ["_frombuffer"],
  "numpy._core.numeric": ["_frombuffer"],
  "numpy.ma.core": ["_mareconstruct", "MaskedArray"],
  "numpy.random._pickle": ["__randomstate_ctor", "__generator_ctor", "__bit_generator_ctor"],
  "numpy.random.mtrand": ["RandomState"],
  "numpy.random._generator": ["Generator"],
  "numpy.random._mt19937": ["MT19937"],
  "numpy.random._pcg64": ["PCG64", "PCG64DXSM"],
  "numpy.random._philox": ["Philox"],
  "numpy.random._sfc64": ["SFC64"],
  "numpy.random.bit_generator": ["SeedSequence"],
  joblib: JOBLIB_CLASSES
};
var WHOLE_MODULES = ["collections.abc", "_collections_abc", "numpy.dtypes"];
function build() {
  const out = /* @__PURE__ */ new Set();
  const add = (table) => {
    for (const [module, names] of Object.entries(table)) for (const n of names) out.add(`${module}.${n}`);
  };
  add(EXACT);
  add(SKLEARN_CLASSES);
  add(TORCH_NN_CLASSES);
  return out;
}
var ALLOW = build();
function builtInAllowed(module, name) {
  if (ALLOW.has(`${module}.${name}`)) return true;
  return !name.includes(".") && WHOLE_MODULES.includes(module);
}

// src/safety/pickle-globals.ts
var DENY_BY_MODULE = /* @__PURE__ */ new Map();
for (const e of DENY) DENY_BY_MODULE.set(e.module, [...DENY_BY_MODULE.get(e.module) ?? [], e]);
var COMPAT = {
  __builtin__: "builtins",
  exceptions: "builtins",
  copy_reg: "copyreg",
  commands: "subprocess",
  cPickle: "pickle",
  _winreg: "winreg",
  urllib2: "urllib.request",
  httplib: "http.client",
  thread: "_thread",
  dummy_thread: "_dummy_thread",
  xmlrpclib: "xmlrpc.client",
  SocketServer: "socketserver",
  UserDict: "collections",
  StringIO: "io",
  cStringIO: "io"
};
var COMPAT_BUILTINS = {
  xrange: "range",
  unicode: "str",
  long: "int",
  unichr: "chr",
  basestring: "str",
  intern: "sys.intern",
  reduce: "functools.reduce"
};
function resolved(module, name) {
  const m = Object.hasOwn(COMPAT, module) ? COMPAT[module] : module;
  if (m === "builtins" && Object.hasOwn(COMPAT_BUILTINS, name)) {
    const n = COMPAT_BUILTINS[name];
    return n.includes(".") ? n : `builtins.${n}`;
  }
  return `${m}.${name}`;
}
function hasDunderPart(path) {
  return path.split(".").some((p) => p.length > 4 && p.startsWith("__") && p.endsWith("__"));
}
function denyEntryOf(path) {
  const parts = path.split(".");
  const vetted = ALLOW.has(path);
  for (let i = 0; i < (vetted ? 1 : parts.length); i++) {
    let module = "";
    for (let k = i; k < parts.length; k++) {
      module = k === i ? parts[k] : `${module}.${parts[k]}`;
      const entries = DENY_BY_MODULE.get(module);
      if (!entries) continue;
      const rest2 = parts.slice(k + 1).join(".");
      for (const e of entries) {
        if (e.names === "*") {
          if (rest2 !== "" && e.except?.includes(rest2)) continue;
          return e;
        }
        if (e.names.some((n) => rest2 === n || rest2.startsWith(`${n}.`))) return e;
      }
    }
  }
  return null;
}
function policyAllows(path, allowGlobals) {
  for (const a of allowGlobals) {
    if (a.endsWith(".*") ? path.startsWith(a.slice(0, -1)) : path === a) return true;
  }
  return false;
}
function judgeGlobal(rawModule, name, allowGlobals = []) {
  const module = rawModule.split("\0")[0].trim();
  if (module === "" || name === "") return { verdict: "dangerous", why: "has an empty module or name" };
  const raw = `${module}.${name}`;
  const path = resolved(module, name);
  if (hasDunderPart(name) && !(path === "copyreg.__newobj__" || path === "copyreg.__newobj_ex__"))
    return { verdict: "dangerous", why: "reaches interpreter internals through a dunder attribute" };
  const denied = denyEntryOf(path) ?? (raw === path ? null : denyEntryOf(raw));
  if (denied) return { verdict: "dangerous", why: denied.why };
  const dot = path.lastIndexOf(".");
  if (builtInAllowed(path.slice(0, dot), path.slice(dot + 1))) return { verdict: "safe" };
  if (policyAllows(path, allowGlobals) || policyAllows(raw, allowGlobals)) return { verdict: "safe" };
  return { verdict: "unknown" };
}
function classifyGlobal(rawModule, name, allowGlobals) {
  return judgeGlobal(rawModule, name, allowGlobals).verdict;
}

// src/safety/pickle-walker.ts
var STR_KEEP = 256;
var LINE_KEEP = 4096;
var GLOBAL_LINE_MAX = 1024;
var STACK_STRINGS = 1 << 16;
var STACK_MAX = 1 << 23;
var MEMO_STRINGS = 2e5;
var MEMO_DENSE = 1 << 20;
var RECORD_MAX = 2e3;
var VALID = new Uint8Array(256);
for (const c of "(.012FIJKLMNPQRSTUVXabcdeghijlmopqrstu}])G BC") if (c !== " ") VALID[c.charCodeAt(0)] = 1;
for (let c = 128; c <= 152; c++) VALID[c] = 1;
var IDENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) IDENT[c] = /[A-Za-z0-9_.]/.test(String.fromCharCode(c)) ? 1 : 0;
var PUSHES_OPAQUE = new Uint8Array(256);
for (const op of [
  78 /* NONE */,
  136 /* NEWTRUE */,
  137 /* NEWFALSE */,
  125 /* EMPTY_DICT */,
  93 /* EMPTY_LIST */,
  41 /* EMPTY_TUPLE */,
  143 /* EMPTY_SET */,
  151 /* NEXT_BUFFER */
])
  PUSHES_OPAQUE[op] = 1;
PUSHES_OPAQUE[75 /* BININT1 */] = 2;
PUSHES_OPAQUE[77 /* BININT2 */] = 3;
PUSHES_OPAQUE[74 /* BININT */] = 5;
PUSHES_OPAQUE[71 /* BINFLOAT */] = 9;
var Invalid = class extends Error {
};
var Unfollowable = class extends Invalid {
};
var DUP_MAX = 64;
var MEMO_INDEX_ABSURD = 1 << 24;
var ANOMALY_MAX = 100;
var EXPANDED_MAX = 2 ** 32;
var utf82 = new TextDecoder("utf-8", { fatal: false });
function decodeUtf8(b, start, end) {
  let s = "";
  for (let i = start; i < end; i++) {
    const c = b[i];
    if (c >= 128) return utf82.decode(b.subarray(start, end));
    s += String.fromCharCode(c);
  }
  return s;
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function importable(b, start, end, noNul = false) {
  let ascii2 = true;
  for (let i = start; i < end; i++) {
    const c = b[i];
    if (c === 0 && noNul) return false;
    if (c >= 128) ascii2 = false;
  }
  if (ascii2) return true;
  try {
    strictUtf8.decode(b.subarray(start, end));
    return true;
  } catch {
    return false;
  }
}
function latin12(b, start, end) {
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]);
  return s;
}
function unescapeString(s) {
  return s.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/gs, (_m, e) => {
    if (e[0] === "x") return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(Number.parseInt(e, 8) & 255);
    const simple = {
      n: "\n",
      t: "	",
      r: "\r",
      a: "\x07",
      b: "\b",
      f: "\f",
      v: "\v",
      "\n": ""
    };
    return Object.hasOwn(simple, e) ? simple[e] : e === "\\" || e === "'" || e === '"' ? e : `\\${e}`;
  });
}
function unescapeRawUnicode(s) {
  return s.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (m, u4, u8) => {
    const cp = Number.parseInt(u4 ?? u8, 16);
    return cp <= 1114111 ? String.fromCodePoint(cp) : m;
  });
}
var UTF8 = 0;
var LATIN1 = 1;
var UTF16 = 2;
var CHUNK = 1 << 30;
var EMPTY2 = new Uint8Array(0);
var ARENA_MIN = 1 << 14;
var ARENA_GENEROUS = 1 << 22;
var KEEP_BETWEEN_PICKLES = 1 << 20;
var StringArena = class _StringArena {
  words = new Int32Array(ARENA_MIN);
  bytes = new Uint8Array(this.words.buffer);
  top = 0;
  reset() {
    if (this.words.length > KEEP_BETWEEN_PICKLES) {
      this.words = new Int32Array(ARENA_MIN);
      this.bytes = new Uint8Array(this.words.buffer);
    }
    this.top = 0;
  }
  /** Ref of a new entry holding b[start, start + len), or 0 when there is no room. */
  add(kind, b, start, len) {
    const w = this.top;
    const size = 1 + (len + 3 >> 2);
    if (w + size > this.words.length) return 0;
    this.words[w] = len << 2 | kind;
    const a = this.bytes;
    const o = 4 * w + 4;
    if (len <= 16) for (let i = 0; i < len; i++) a[o + i] = b[start + i];
    else a.set(b.subarray(start, start + len), o);
    this.top = w + size;
    return w + 1;
  }
  /** Ref of a new copy of `from`'s entry `ref`, or 0 when there is no room. */
  copy(from, ref) {
    const head = from.words[ref - 1];
    return this.add(head & 3, from.bytes, 4 * ref, head >> 2);
  }
  /** Words an entry of len bytes takes. */
  static size(len) {
    return 1 + (len + 3 >> 2);
  }
  string(ref) {
    const head = this.words[ref - 1];
    const start = 4 * ref;
    const end = start + (head >> 2);
    const a = this.bytes;
    switch (head & 3) {
      case UTF8:
        return decodeUtf8(a, start, end);
      case LATIN1:
        return latin12(a, start, end);
      default: {
        let s = "";
        for (let i = start; i < end; i += 2)
          s += String.fromCharCode(a[i] | a[i + 1] << 8);
        return s;
      }
    }
  }
  /**
   * Like `compact` when the only roots are refs[0, n) and their positive refs never decrease
   * (the stack, where each push allocates after everything before it): slides the live
   * entries down in place, so the arena's memory stays the same (and in cache).
   */
  slide(need, refs, n) {
    const w = this.words;
    let top = 0;
    let lastOld = 0;
    let lastNew = 0;
    for (let i = 0; i < n; i++) {
      const ref = refs[i];
      if (ref <= 0 || ref >= CHUNK) continue;
      if (ref !== lastOld) {
        const size = _StringArena.size(w[ref - 1] >> 2);
        for (let k = 0; k < size; k++) w[top + k] = w[ref - 1 + k];
        lastOld = ref;
        lastNew = top + 1;
        top += size;
      }
      refs[i] = lastNew;
    }
    this.top = top;
    this.ensure(need);
  }
  /** Grows the arena (keeping its entries) unless `need` more words leave enough free. */
  ensure(need) {
    const top = this.top;
    const slack = top + need < ARENA_GENEROUS ? 4 : 2;
    if (slack * (top + need) <= this.words.length) return;
    const next = new Int32Array(Math.max(2 * this.words.length, slack * (top + need)));
    next.set(this.words.subarray(0, top));
    this.words = next;
    this.bytes = new Uint8Array(next.buffer);
  }
  /**
   * Keeps only the entries `roots` passes to `move` (storing the new refs it returns) and
   * makes room for `need` more words, growing so that at least half stays free (three
   * quarters while small): copies stay below one per string added.
   */
  compact(need, roots) {
    const old = this.words;
    const fresh = new Int32Array(old.length);
    let top = 0;
    roots((ref) => {
      const head = old[ref - 1];
      if (head < 0) return -head;
      const size = _StringArena.size(head >> 2);
      for (let k = 0; k < size; k++) fresh[top + k] = old[ref - 1 + k];
      old[ref - 1] = -(top + 1);
      top += size;
      return top - size + 1;
    });
    this.words = fresh;
    this.bytes = new Uint8Array(fresh.buffer);
    this.top = top;
    this.ensure(need);
  }
};
var PickleWalker = class {
  // The stack, marks and memo are typed arrays of int values: the walk allocates nothing per
  // opcode. A string is a value naming its bytes: first in the input being run (CHUNK), copied
  // into `loose` if still on the stack when the input goes, into `kept` when memoised. It is
  // decoded only when STACK_GLOBAL consumes it. Arenas are compacted (live strings copied,
  // values renumbered) when full, so their size follows what the stack and memo can still
  // reach, which the caps bound.
  stk = new Int32Array(256);
  /**
   * Expansion (billion laughs) tracking. A value's size is its elements with shared references
   * expanded; most values are 1 and cost nothing. The stack slots whose value is larger are kept
   * here, by slot ascending (slot, size - 1), and never at or above sp once an opcode is done.
   * So are values read from the memo, with their key (hKey), to catch a set or dict key that
   * is the container itself.
   */
  hSlot = new Int32Array(64);
  hEx = new Float64Array(64);
  hKey = new Int32Array(64);
  hTop = 0;
  /** Per stack slot: the memo key its value was last stored under or read from, or -1. */
  slotKey = new Int32Array(256).fill(-1);
  sp = 0;
  marks = new Int32Array(64);
  mp = 0;
  /** Stack height at the innermost MARK: pops never go below it. */
  fl = 0;
  /** Memo values of keys below MEMO_DENSE (0 for unset); keys below memoHigh may be non-zero. */
  memo = new Int32Array(0);
  memoHigh = 0;
  memoStringCount = 0;
  memoFar = /* @__PURE__ */ new Map();
  /** len(memo) bookkeeping without storing every key: keys 0..contiguous-1 plus sparse extras. */
  memoContiguous = 0;
  memoExtra = /* @__PURE__ */ new Set();
  /** memoExtra.size, as a plain field (read on every MEMOIZE). */
  memoExtras = 0;
  memoUnreliable = false;
  /** Expanded size of memo values whose size is over 1, by key (0 = 1), and of far keys. */
  memoEx = new Float64Array(0);
  memoExHigh = 0;
  memoExFar = /* @__PURE__ */ new Map();
  expansionReported = false;
  /** Strings only the stack refers to (values > 0): most die young, so compacting is cheap. */
  loose = new StringArena();
  /** Strings the memo refers to (values < 0 are -ref), copied there by PUT and MEMOIZE. */
  kept = new StringArena();
  /**
   * Words of `kept` that may be garbage (entries of overwritten memo slots, perhaps still
   * shared): while it is under half, a full `kept` grows instead of being compacted.
   */
  keptGarbage = 0;
  /** The input `run` is walking (what CHUNK values point into). */
  input = EMPTY2;
  /** Lowest stack index that may hold a CHUNK value. */
  chunkLow = STACK_STRINGS;
  segment = 0;
  inSegment = false;
  base = 0;
  // absolute offset of the current chunk's byte 0
  carry = null;
  carryBase = 0;
  skipRemaining = 0;
  skipLine = false;
  incomplete = false;
  done = false;
  imports = /* @__PURE__ */ new Map();
  oddities = [];
  invalid = null;
  unfollowed = null;
  anomalies = [];
  /** Absolute offset where the current protocol 4 frame ends, or -1 outside frames. */
  frameEnd = -1;
  /** DUP opcodes in the current stream (expansion attacks). */
  dups = 0;
  pickles = 0;
  trailingAt = null;
  calls = 0;
  /** True once the walker needs no more input. */
  get finished() {
    return this.done;
  }
  /** Consumes one chunk. The chunk may be reused by the caller afterwards. */
  feed(input) {
    const chunk = new Uint8Array(input.buffer, input.byteOffset, input.length);
    const len = chunk.length;
    let off = 0;
    try {
      while (off < len && !this.done) {
        if (this.skipRemaining > 0) {
          const n = Math.min(this.skipRemaining, len - off);
          this.skipRemaining -= n;
          off += n;
          continue;
        }
        if (this.skipLine) {
          const nl = chunk.indexOf(10, off);
          if (nl < 0) {
            off = len;
          } else {
            off = nl + 1;
            this.skipLine = false;
            if (this.frameEnd >= 0) this.endOfOpcode(this.base + off);
          }
          continue;
        }
        if (this.carry) {
          off = this.completeCarry(chunk, off);
          continue;
        }
        const p = this.run(chunk, off, len, len, this.base);
        if (this.incomplete) {
          this.incomplete = false;
          this.carry = chunk.slice(p);
          this.carryBase = this.base + p;
          off = len;
        } else {
          off = p;
        }
      }
    } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      this.fail(e.message, e instanceof Unfollowable);
    }
    this.base += len;
  }
  /** Finishes the pending opcode held in `carry` with as few bytes of `chunk` as needed. */
  completeCarry(chunk, off) {
    const carry = this.carry;
    const avail = chunk.length - off;
    let take = Math.min(avail, 64);
    for (; ; ) {
      const tmp = new Uint8Array(carry.length + take);
      tmp.set(carry);
      tmp.set(chunk.subarray(off, off + take), carry.length);
      const p = this.run(tmp, 0, tmp.length, carry.length, this.carryBase);
      if (!this.incomplete) {
        this.carry = null;
        return off + Math.max(0, p - carry.length);
      }
      this.incomplete = false;
      if (take >= avail) {
        this.carry = tmp;
        return chunk.length;
      }
      take = Math.min(avail, take * 8);
    }
  }
  /** End of input: returns what was found. */
  finish() {
    if (!this.done) {
      if (this.inSegment || this.carry || this.skipRemaining > 0 || this.skipLine) {
        this.fail(`truncated at byte ${this.base}: the stream ends inside a pickle (no STOP opcode)`, false);
      } else if (this.pickles === 0) {
        this.fail("empty: no pickle opcodes", false);
      }
      this.done = true;
    }
    if (this.inSegment) this.endOfStream();
    return {
      imports: [...this.imports.values()],
      oddities: this.oddities,
      invalid: this.invalid,
      unfollowed: this.unfollowed,
      anomalies: this.anomalies,
      pickle: this.pickles > 0 || this.imports.size > 0 || this.oddities.length > 0 || this.calls > 0 || this.unfollowed !== null || this.anomalies.length > 0,
      pickles: this.pickles,
      trailingAt: this.trailingAt,
      calls: this.calls,
      bytes: this.base
    };
  }
  /**
   * The walk stops here. Imports and calls reached so far are all judged: a loader runs them
   * before it meets the error. `unfollowable`: a loader would go on reading (always a finding).
   */
  fail(reason, unfollowable) {
    this.done = true;
    if (this.imports.has("joblib.numpy_pickle\nNumpyArrayWrapper")) {
      this.trailingAt ??= this.opAt;
      return;
    }
    if (unfollowable) {
      this.unfollowed ??= reason;
      return;
    }
    if (this.segment === 0 || this.pickles === 0 && this.inSegment) {
      this.invalid ??= reason;
      return;
    }
    this.trailingAt ??= this.segmentStart;
  }
  anomaly(reason, offset) {
    if (this.anomalies.length < ANOMALY_MAX) this.anomalies.push({ reason, offset });
  }
  /** An opcode ended at absolute offset `at` while a frame was open: it must not cross its end. */
  endOfOpcode(at) {
    if (at < this.frameEnd) return;
    if (at > this.frameEnd)
      this.anomaly(
        `an opcode crosses the end of its protocol 4 frame at byte ${this.frameEnd} (no pickler writes this; loaders that enforce frames read it differently or refuse it)`,
        this.frameEnd
      );
    this.frameEnd = -1;
  }
  /** Checks made once per stream: DUP, which no Python pickler writes. */
  endOfStream() {
    if (this.dups > DUP_MAX)
      this.anomaly(
        `${this.dups} DUP opcodes in one stream: no Python pickler writes DUP; it is how expansion (billion laughs) attacks grow an object graph`,
        this.segmentStart
      );
  }
  segmentStart = 0;
  /** Offset of the last opcode run looked at (set when `run` returns or throws). */
  opAt = 0;
  beginSegment(at) {
    this.inSegment = true;
    this.frameEnd = -1;
    this.dups = 0;
    this.segmentStart = at;
    this.sp = 0;
    this.mp = 0;
    this.fl = 0;
    if (this.stk.length > KEEP_BETWEEN_PICKLES) {
      this.stk = new Int32Array(256);
      this.hSlot = new Int32Array(64);
      this.hEx = new Float64Array(64);
      this.hKey = new Int32Array(64);
      this.slotKey = new Int32Array(256);
    }
    this.slotKey.fill(-1);
    this.hTop = 0;
    if (this.marks.length > KEEP_BETWEEN_PICKLES) this.marks = new Int32Array(64);
    if (this.memo.length > KEEP_BETWEEN_PICKLES) this.memo = new Int32Array(0);
    else this.memo.fill(0, 0, this.memoHigh);
    this.memoHigh = 0;
    this.loose.reset();
    this.kept.reset();
    this.keptGarbage = 0;
    this.memoStringCount = 0;
    this.memoFar.clear();
    this.memoContiguous = 0;
    this.memoExtra.clear();
    this.memoExtras = 0;
    this.memoUnreliable = false;
    if (this.memoEx.length > KEEP_BETWEEN_PICKLES) this.memoEx = new Float64Array(0);
    else this.memoEx.fill(0, 0, this.memoExHigh);
    this.memoExHigh = 0;
    this.memoExFar.clear();
    this.expansionReported = false;
  }
  record(module, name, offset, via) {
    const key = `${module}
${name}`;
    if (this.imports.has(key) || this.imports.size >= RECORD_MAX) return;
    this.imports.set(key, { module, name, offset, via, segment: this.segment });
  }
  oddity(kind, offset) {
    if (this.oddities.length < RECORD_MAX) this.oddities.push({ kind, offset, segment: this.segment });
  }
  // --- stack helpers (Python keeps marks as a metastack: pops never cross a mark) ---
  need(n, what) {
    if (this.sp - this.fl < n) throw new Invalid(`stack underflow at ${what}`);
  }
  push(v, excess = 0, key = -1) {
    const sp = this.sp;
    if (sp === this.stk.length) this.growStack();
    this.stk[sp] = sp < STACK_STRINGS ? v : 0;
    this.hCut(sp);
    if (excess > 0 || key >= 0) this.hPush(sp, excess, this.opAt, key);
    this.slotKey[sp] = key;
    this.sp = sp + 1;
  }
  growStack() {
    if (this.sp >= STACK_MAX) throw new Unfollowable(`stack deeper than ${STACK_MAX} entries`);
    const size = Math.min(STACK_MAX, this.stk.length * 2);
    const n = new Int32Array(size);
    n.set(this.stk);
    this.stk = n;
    const k = new Int32Array(size).fill(-1);
    k.set(this.slotKey);
    this.slotKey = k;
  }
  // --- expansion (billion laughs) tracking: sizes with shared references expanded ---
  /** The memo key `key` now holds the value at the top slot `slot`. */
  noteMemo(key, slot) {
    this.slotKey[slot] = key;
    this.setMemoExcess(key, this.excessOf(slot));
  }
  setMemoExcess(key, ex) {
    if (key >= MEMO_DENSE) {
      if (ex > 0 && (this.memoExFar.size < MEMO_STRINGS || this.memoExFar.has(key)))
        this.memoExFar.set(key, ex);
      else this.memoExFar.delete(key);
      return;
    }
    if (ex <= 0) {
      if (key < this.memoExHigh) this.memoEx[key] = 0;
      return;
    }
    if (key >= this.memoEx.length) {
      const n = new Float64Array(Math.min(MEMO_DENSE, Math.max(key + 1, this.memoEx.length * 2, 1024)));
      n.set(this.memoEx);
      this.memoEx = n;
    }
    if (key >= this.memoExHigh) this.memoExHigh = key + 1;
    this.memoEx[key] = ex;
  }
  memoExcess(key) {
    if (key >= MEMO_DENSE) return this.memoExFar.get(key) ?? 0;
    return key < this.memoExHigh ? this.memoEx[key] : 0;
  }
  /**
   * A set that holds itself, or a dict keyed by itself, cannot be built (it is unhashable): the
   * items in [from, top) read from the memo key that also holds the container at from - 1.
   * `keysOnly`: only the dict keys (every other item from `from`) count.
   */
  selfContained(from, keysOnly, at) {
    const ck = this.slotKey[from - 1];
    if (ck < 0) return;
    for (let t = this.hTop - 1; t >= 0 && this.hSlot[t] >= from; t--) {
      if (this.hKey[t] !== ck || keysOnly && (this.hSlot[t] - from) % 2 !== 0) continue;
      this.anomaly(
        `${keysOnly ? "a dict keyed by itself" : "a set that contains itself"} at byte ${at}: no loader can build it (it is unhashable), so only a stream made to crash or mislead a reader holds it`,
        at
      );
      return;
    }
  }
  /** The memo key the value at the top slot `slot` was read from, or -1. */
  entryKeyOf(slot) {
    const t = this.hTop;
    return t > 0 && this.hSlot[t - 1] === slot ? this.hKey[t - 1] : -1;
  }
  /** Size - 1 of the value at the top slot `slot`. */
  excessOf(slot) {
    const t = this.hTop;
    return t > 0 && this.hSlot[t - 1] === slot ? this.hEx[t - 1] : 0;
  }
  /** Drops the entries at or above `from` (values popped); returns the excess they held. */
  hCut(from) {
    let t = this.hTop;
    let ex = 0;
    while (t > 0 && this.hSlot[t - 1] >= from) {
      t--;
      ex += this.hEx[t];
    }
    this.hTop = t;
    return ex;
  }
  /** Records the excess of a value pushed at `slot`, above every entry. */
  hPush(slot, ex, at, key = -1) {
    const t = this.hTop;
    if (t === this.hSlot.length) {
      const s = new Int32Array(t * 2);
      s.set(this.hSlot);
      this.hSlot = s;
      const e = new Float64Array(t * 2);
      e.set(this.hEx);
      this.hEx = e;
      const k = new Int32Array(t * 2);
      k.set(this.hKey);
      this.hKey = k;
    }
    this.hSlot[t] = slot;
    this.hEx[t] = ex;
    this.hKey[t] = key;
    this.hTop = t + 1;
    if (ex >= EXPANDED_MAX) this.expanded(ex + 1, at);
  }
  /**
   * The container at the top slot `slot` took in the items that were above it, which held
   * `items` elements with their excess `cut` (from hCut); the memo may hold it too.
   */
  absorb(slot, add, at) {
    const t = this.hTop;
    let ex;
    if (t > 0 && this.hSlot[t - 1] === slot) {
      ex = this.hEx[t - 1] + add;
      this.hEx[t - 1] = ex;
      if (ex >= EXPANDED_MAX) this.expanded(ex + 1, at);
    } else {
      ex = add;
      this.hPush(slot, ex, at, -1);
    }
    const key = this.slotKey[slot];
    if (key >= 0) this.setMemoExcess(key, ex);
  }
  expanded(w, at) {
    if (this.expansionReported) return;
    this.expansionReported = true;
    this.anomaly(
      `an object graph of ${w.toExponential(1)} elements once shared references are expanded, built by byte ${at}: an expansion (billion laughs) attack through the memo or DUP`,
      at
    );
  }
  top() {
    return this.stk[this.sp - 1];
  }
  mark() {
    const mp = this.mp;
    if (mp === this.marks.length) {
      if (mp >= STACK_MAX) throw new Unfollowable("too many MARKs");
      const n = new Int32Array(Math.min(STACK_MAX, mp * 2));
      n.set(this.marks);
      this.marks = n;
    }
    this.marks[mp] = this.sp;
    this.mp = mp + 1;
    this.fl = this.sp;
  }
  popMark(what) {
    if (this.mp === 0) throw new Invalid(`${what} without a MARK`);
    const mp = --this.mp;
    this.sp = this.marks[mp];
    this.fl = mp === 0 ? 0 : this.marks[mp - 1];
  }
  // --- kept strings ---
  /** Pushes a string given as bytes (at most 2 * STR_KEEP of them); opaque when too deep to keep. */
  pushBytes(kind, b, start, len) {
    if (this.sp >= STACK_STRINGS) {
      this.push(0);
      return;
    }
    let ref = this.loose.add(kind, b, start, len);
    if (ref === 0) {
      this.compactLoose(StringArena.size(len));
      ref = this.loose.add(kind, b, start, len);
    }
    this.push(ref);
  }
  compactLoose(need) {
    const stk = this.stk;
    const n = Math.min(this.sp, STACK_STRINGS);
    let prev = 0;
    let sorted = true;
    for (let i = 0; i < n && sorted; i++) {
      const v = stk[i];
      if (v > 0 && v < CHUNK) {
        sorted = v >= prev;
        prev = v;
      }
    }
    if (sorted) {
      this.loose.slide(need, stk, n);
      return;
    }
    this.loose.compact(need, (move) => {
      for (let i = 0; i < n; i++) {
        const v = stk[i];
        if (v > 0 && v < CHUNK) stk[i] = move(v);
      }
    });
  }
  /** The value the memo stores for stack value v (a string kept for good: a negative ref). */
  toKept(v) {
    if (v <= 0) return v;
    let ref = this.copyToKept(v);
    if (ref === 0 && 2 * this.keptGarbage < this.kept.top) {
      this.kept.ensure(StringArena.size(this.lengthOf(v)));
      ref = this.copyToKept(v);
    }
    if (ref === 0) {
      this.keptGarbage = 0;
      const stk = this.stk;
      const memo = this.memo;
      const n = Math.min(this.sp, STACK_STRINGS);
      const high = this.memoHigh;
      const far = this.memoFar;
      const need = StringArena.size(this.lengthOf(v));
      this.kept.compact(need, (move) => {
        for (let i = 0; i < n; i++) {
          const x = stk[i];
          if (x < 0) stk[i] = -move(-x);
        }
        for (let i = 0; i < high; i++) {
          const x = memo[i];
          if (x < 0) memo[i] = -move(-x);
        }
        for (const [k, x] of far) far.set(k, -move(-x));
      });
      ref = this.copyToKept(v);
    }
    return -ref;
  }
  /** Byte length of the string of a positive value. */
  lengthOf(v) {
    return v >= CHUNK ? this.input[v - CHUNK + 1] : this.loose.words[v - 1] >> 2;
  }
  /** Counts a memo value about to be overwritten as possible garbage in `kept`. */
  dropKept(v) {
    if (v < 0) this.keptGarbage += StringArena.size(this.kept.words[-v - 1] >> 2);
  }
  copyToKept(v) {
    if (v < CHUNK) return this.kept.copy(this.loose, v);
    const p = v - CHUNK;
    const b = this.input;
    return this.kept.add(b[p] === 140 /* SHORT_BINUNICODE */ ? UTF8 : LATIN1, b, p + 2, b[p + 1]);
  }
  /** Copies the strings still named by CHUNK values into `loose`: the input is about to go. */
  detachChunk() {
    const stk = this.stk;
    const b = this.input;
    for (let i = this.chunkLow, n = Math.min(this.sp, STACK_STRINGS); i < n; i++) {
      const v = stk[i];
      if (v < CHUNK) continue;
      const p = v - CHUNK;
      const kind = b[p] === 140 /* SHORT_BINUNICODE */ ? UTF8 : LATIN1;
      const len = b[p + 1];
      let ref = this.loose.add(kind, b, p + 2, len);
      if (ref === 0) {
        this.compactLoose(StringArena.size(len));
        ref = this.loose.add(kind, b, p + 2, len);
      }
      stk[i] = ref;
    }
    this.chunkLow = STACK_STRINGS;
  }
  /** Pushes a decoded protocol 0 string (kept as UTF-16 code units when short enough). */
  pushText(s) {
    if (s.length > STR_KEEP) {
      this.push(0);
      return;
    }
    const u = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      u[2 * i] = c & 255;
      u[2 * i + 1] = c >>> 8;
    }
    this.pushBytes(UTF16, u, 0, u.length);
  }
  stringOf(v) {
    if (v >= CHUNK) {
      const p = v - CHUNK;
      const b = this.input;
      const end = p + 2 + b[p + 1];
      return b[p] === 140 /* SHORT_BINUNICODE */ ? decodeUtf8(b, p + 2, end) : latin12(b, p + 2, end);
    }
    return v > 0 ? this.loose.string(v) : this.kept.string(-v);
  }
  // --- memo ---
  memoSet(key, v) {
    if (key === this.memoContiguous && this.memoExtras === 0 && key >= this.memoHigh && key < MEMO_DENSE) {
      this.memoContiguous = key + 1;
      if (v === 0 || this.memoStringCount >= MEMO_STRINGS) return;
      const ref = this.toKept(v);
      this.memoStringCount++;
      if (key >= this.memo.length) this.growMemo(key);
      this.memo[key] = ref;
      this.memoHigh = key + 1;
      return;
    }
    if (key === this.memoContiguous) {
      this.memoContiguous++;
      if (this.memoExtras > 0) {
        while (this.memoExtra.delete(this.memoContiguous)) this.memoContiguous++;
        this.memoExtras = this.memoExtra.size;
      }
    } else if (key < this.memoContiguous || this.memoExtra.has(key)) {
    } else if (this.memoExtras < RECORD_MAX * 50) {
      this.memoExtra.add(key);
      this.memoExtras = this.memoExtra.size;
    } else {
      this.memoUnreliable = true;
    }
    if (key < MEMO_DENSE) {
      if (key < this.memoHigh && this.memo[key] !== 0) {
        this.memoStringCount--;
        this.dropKept(this.memo[key]);
      }
      const keep2 = v !== 0 && this.memoStringCount < MEMO_STRINGS ? this.toKept(v) : 0;
      if (keep2 !== 0) {
        this.memoStringCount++;
        if (key >= this.memo.length) this.growMemo(key);
        if (key >= this.memoHigh) this.memoHigh = key + 1;
        this.memo[key] = keep2;
      } else if (key < this.memoHigh) this.memo[key] = 0;
      return;
    }
    const old = this.memoFar.get(key);
    if (old !== void 0) {
      this.memoStringCount--;
      this.dropKept(old);
    }
    const keep = v !== 0 && this.memoStringCount < MEMO_STRINGS ? this.toKept(v) : 0;
    if (keep !== 0) {
      this.memoStringCount++;
      this.memoFar.set(key, keep);
    } else this.memoFar.delete(key);
  }
  growMemo(key) {
    const n = new Int32Array(Math.min(MEMO_DENSE, Math.max(key + 1, this.memo.length * 2, 1024)));
    n.set(this.memo);
    this.memo = n;
  }
  memoGet(key) {
    if (this.memoUnreliable) return 0;
    if (key < MEMO_DENSE) return key < this.memoHigh ? this.memo[key] : 0;
    return this.memoFar.get(key) ?? 0;
  }
  /**
   * Runs opcodes in b[pos, end) whose first byte is before stopAt. Returns the position after
   * the last complete opcode; sets `incomplete` when the opcode at the returned position needs
   * more bytes, or a skip state when a long argument continues past `end`.
   *
   * The common opcodes of large pickles (numbers, short strings, memo, containers) are handled
   * here with the stack top in locals; the rest go through `step`, which uses the fields.
   */
  run(b, pos, end, stopAt, base) {
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    let limit = Math.min(end, stopAt);
    if (this.frameEnd >= 0 && this.frameEnd - base < limit) limit = Math.max(pos, this.frameEnd - base);
    let at = -1;
    let sp = this.sp;
    let stk = this.stk;
    let fl = this.fl;
    let inSegment = this.inSegment;
    const pushesOpaque = PUSHES_OPAQUE;
    let chunkLow = this.chunkLow;
    this.input = b;
    loop: while (pos < limit) {
      const op = b[pos];
      at = pos;
      if (!inSegment) {
        if (!VALID[op]) {
          this.opAt = base + pos;
          if (this.pickles === 0)
            throw new Invalid(
              `byte 0x${op.toString(16).padStart(2, "0")} at offset ${base + pos} is not a pickle opcode: not a valid pickle`
            );
          this.trailingAt = base + pos;
          this.done = true;
          break;
        }
        this.segment = this.pickles === 0 && this.segment === 0 ? 0 : this.segment + 1;
        this.beginSegment(base + pos);
        inSegment = true;
        sp = 0;
        fl = 0;
        stk = this.stk;
      }
      const avail = end - pos - 1;
      const push = pushesOpaque[op];
      if (push !== 0) {
        if (avail < push - 1) {
          this.incomplete = true;
          break;
        }
        if (sp === stk.length) {
          this.sp = sp;
          this.opAt = base + pos;
          this.growStack();
          stk = this.stk;
        }
        stk[sp] = 0;
        sp++;
        pos += push;
        continue;
      }
      if (op === 140 /* SHORT_BINUNICODE */ || op === 85 /* SHORT_BINSTRING */) {
        if (avail < 1) {
          this.incomplete = true;
          break;
        }
        const len = b[pos + 1];
        if (avail - 1 < len) {
          this.incomplete = true;
          break;
        }
        let v = 0;
        if (sp < STACK_STRINGS && pos < CHUNK) {
          v = CHUNK + pos;
          if (sp < chunkLow) chunkLow = sp;
        } else if (sp < STACK_STRINGS) {
          const loose = this.loose;
          v = loose.add(op === 140 /* SHORT_BINUNICODE */ ? UTF8 : LATIN1, b, pos + 2, len);
          if (v === 0) {
            this.sp = sp;
            this.compactLoose(StringArena.size(len));
            v = loose.add(op === 140 /* SHORT_BINUNICODE */ ? UTF8 : LATIN1, b, pos + 2, len);
          }
        }
        if (sp === stk.length) {
          this.sp = sp;
          this.opAt = base + pos;
          this.growStack();
          stk = this.stk;
        }
        stk[sp] = v;
        sp++;
        pos += 2 + len;
        continue;
      }
      if (op === 148 /* MEMOIZE */) {
        if (sp - fl < 1) throw this.underflow("MEMOIZE", base + pos);
        const key = this.memoContiguous;
        const v = stk[sp - 1];
        if (this.memoExtras === 0 && key >= this.memoHigh && key < MEMO_DENSE && (v === 0 || this.memoStringCount >= MEMO_STRINGS)) {
          this.memoContiguous = key + 1;
          if (v === 0) this.noteMemo(key, sp - 1);
        } else {
          this.sp = sp;
          const k = key + this.memoExtras;
          this.memoSet(k, v);
          this.noteMemo(k, sp - 1);
        }
        pos += 1;
        continue;
      }
      switch (op) {
        case 113 /* BINPUT */:
          if (avail < 1) {
            this.incomplete = true;
            break loop;
          }
          if (sp - fl < 1) throw this.underflow("PUT", base + pos);
          this.sp = sp;
          this.memoSet(b[pos + 1], stk[sp - 1]);
          this.noteMemo(b[pos + 1], sp - 1);
          pos += 2;
          continue;
        case 104 /* BINGET */: {
          if (avail < 1) {
            this.incomplete = true;
            break loop;
          }
          const key = b[pos + 1];
          const v = this.memoGet(key);
          if (sp === stk.length) {
            this.sp = sp;
            this.opAt = base + pos;
            this.growStack();
            stk = this.stk;
          }
          stk[sp] = sp < STACK_STRINGS ? v : 0;
          const ex = key < this.memoExHigh ? this.memoEx[key] : 0;
          if (v === 0) {
            this.slotKey[sp] = key;
            this.hPush(sp, ex, base + pos, key);
          } else if (ex !== 0) this.hPush(sp, ex, base + pos, -1);
          sp++;
          pos += 2;
          continue;
        }
        case 97 /* APPEND */:
          if (sp - fl < 2) throw this.underflow("APPEND", base + pos);
          sp--;
          stk[sp - 1] = 0;
          this.absorb(sp - 1, 1 + this.hCut(sp), base + pos);
          pos += 1;
          continue;
        case 115 /* SETITEM */:
          if (sp - fl < 3) throw this.underflow("SETITEM", base + pos);
          sp -= 2;
          if (this.hTop > 0 && this.hSlot[this.hTop - 1] >= sp)
            this.selfContained(sp, true, base + pos);
          this.absorb(sp - 1, 2 + this.hCut(sp), base + pos);
          pos += 1;
          continue;
        case 133 /* TUPLE1 */:
        case 134 /* TUPLE2 */:
        case 135 /* TUPLE3 */: {
          const k = op - 133 /* TUPLE1 */ + 1;
          if (sp - fl < k) throw this.underflow("TUPLEn", base + pos);
          sp -= k - 1;
          stk[sp - 1] = 0;
          this.slotKey[sp - 1] = -1;
          this.hPush(sp - 1, k + this.hCut(sp - 1), base + pos);
          pos += 1;
          continue;
        }
        case 40 /* MARK */:
          this.sp = sp;
          this.opAt = base + pos;
          this.mark();
          fl = sp;
          pos += 1;
          continue;
        case 101 /* APPENDS */:
        case 117 /* SETITEMS */:
        case 144 /* ADDITEMS */: {
          this.sp = sp;
          this.opAt = base + pos;
          const top = sp;
          this.popMark("APPENDS/SETITEMS/ADDITEMS");
          sp = this.sp;
          fl = this.fl;
          if (sp - fl < 1) throw this.underflow("APPENDS/SETITEMS/ADDITEMS", base + pos);
          if (op !== 101 /* APPENDS */ && this.hTop > 0 && this.hSlot[this.hTop - 1] >= sp)
            this.selfContained(sp, op === 117 /* SETITEMS */, base + pos);
          this.absorb(sp - 1, top - sp + this.hCut(sp), base + pos);
          pos += 1;
          continue;
        }
        default:
          this.sp = sp;
          this.fl = fl;
          this.opAt = base + pos;
          pos = this.step(op, b, pos, end, base, dv);
          sp = this.sp;
          stk = this.stk;
          this.hCut(sp);
          fl = this.fl;
          inSegment = this.inSegment;
          if (this.frameEnd >= 0 && this.frameEnd - base < limit) limit = Math.max(pos, this.frameEnd - base);
          if (this.halt) {
            this.halt = false;
            break loop;
          }
          continue;
      }
    }
    this.sp = sp;
    this.fl = fl;
    this.chunkLow = chunkLow;
    this.detachChunk();
    this.input = EMPTY2;
    if (at >= 0) this.opAt = base + at;
    if (this.frameEnd >= 0 && !this.incomplete && !this.done) {
      if (this.skipLine) {
        if (base + end >= this.frameEnd) this.endOfOpcode(this.frameEnd + 1);
      } else this.endOfOpcode(base + pos + this.skipRemaining);
    }
    return pos;
  }
  underflow(what, at) {
    this.opAt = at;
    return new Invalid(`stack underflow at ${what}`);
  }
  /** Set by `step` when `run` must return the position it gave (more input or a skip needed). */
  halt = false;
  /** The less common opcodes: runs the one at pos and returns the position after it. */
  step(op, b, pos, end, base, dv) {
    const avail = end - pos - 1;
    switch (op) {
      // ---- other opcodes without an argument ----
      case 46 /* STOP */:
        this.need(1, "STOP");
        if (this.frameEnd > base + pos + 1) {
          this.anomaly(
            `the protocol 4 frame goes on ${this.frameEnd - base - pos - 1} bytes past STOP at byte ${base + pos} (loaders disagree on where the next pickle starts)`,
            base + pos
          );
          this.frameEnd = -1;
        }
        this.endOfStream();
        this.pickles++;
        this.inSegment = false;
        pos += 1;
        return pos;
      case 48 /* POP */:
        if (this.sp > this.fl) this.sp--;
        else this.popMark("POP");
        pos += 1;
        return pos;
      case 49 /* POP_MARK */:
        this.popMark("POP_MARK");
        pos += 1;
        return pos;
      case 50 /* DUP */:
        this.need(1, "DUP");
        this.dups++;
        this.push(this.top(), this.excessOf(this.sp - 1), this.entryKeyOf(this.sp - 1));
        pos += 1;
        return pos;
      case 98 /* BUILD */:
        this.need(2, "BUILD");
        this.sp--;
        this.stk[this.sp - 1] = 0;
        this.absorb(this.sp - 1, 1 + this.hCut(this.sp), base + pos);
        this.calls++;
        return pos + 1;
      case 152 /* READONLY_BUFFER */:
        this.need(1, "READONLY_BUFFER");
        pos += 1;
        return pos;
      case 81 /* BINPERSID */:
        this.need(1, "BINPERSID");
        this.stk[this.sp - 1] = 0;
        this.slotKey[this.sp - 1] = -1;
        pos += 1;
        return pos;
      case 108 /* LIST */:
      case 116 /* TUPLE */:
      case 100 /* DICT */:
      case 145 /* FROZENSET */:
      case 111 /* OBJ */: {
        if (op === 111 /* OBJ */) {
          this.calls++;
          if (this.mp === 0 || this.sp - this.fl < 1) throw new Invalid("OBJ without a class");
        }
        const top = this.sp;
        this.popMark(op === 111 /* OBJ */ ? "OBJ" : "LIST/TUPLE/DICT/FROZENSET");
        this.push(0, top - this.sp + this.hCut(this.sp));
        pos += 1;
        return pos;
      }
      case 82 /* REDUCE */:
      case 129 /* NEWOBJ */:
        this.need(2, op === 82 /* REDUCE */ ? "REDUCE" : "NEWOBJ");
        this.calls++;
        this.sp -= 2;
        this.push(0, 1 + this.hCut(this.sp));
        pos += 1;
        return pos;
      case 146 /* NEWOBJ_EX */:
        this.need(3, "NEWOBJ_EX");
        this.calls++;
        this.sp -= 3;
        this.push(0, 2 + this.hCut(this.sp));
        pos += 1;
        return pos;
      case 147 /* STACK_GLOBAL */: {
        this.need(2, "STACK_GLOBAL");
        const name = this.stk[this.sp - 1];
        const module = this.stk[this.sp - 2];
        this.sp -= 2;
        if (module !== 0 && name !== 0)
          this.record(this.stringOf(module), this.stringOf(name), base + pos, "STACK_GLOBAL");
        else this.oddity("unresolved-stack-global", base + pos);
        this.push(0);
        pos += 1;
        return pos;
      }
      // ---- other fixed-size arguments ----
      case 106 /* LONG_BINGET */:
        if (avail < 4) return this.haltAt(this.more(pos));
        {
          const key = dv.getUint32(pos + 1, true);
          {
            const v = this.memoGet(key);
            this.push(v, this.memoExcess(key), v === 0 ? key : -1);
          }
        }
        pos += 5;
        return pos;
      case 114 /* LONG_BINPUT */: {
        if (avail < 4) return this.haltAt(this.more(pos));
        this.need(1, "PUT");
        const key = dv.getUint32(pos + 1, true);
        this.checkMemoIndex(key, base + pos);
        this.memoSet(key, this.top());
        this.noteMemo(key, this.sp - 1);
        pos += 5;
        return pos;
      }
      case 130 /* EXT1 */:
      case 131 /* EXT2 */:
      case 132 /* EXT4 */: {
        const n = op === 130 /* EXT1 */ ? 1 : op === 131 /* EXT2 */ ? 2 : 4;
        if (avail < n) return this.haltAt(this.more(pos));
        this.oddity("extension-registry", base + pos);
        this.push(0);
        pos += 1 + n;
        return pos;
      }
      case 128 /* PROTO */: {
        if (avail < 1) return this.haltAt(this.more(pos));
        const v = b[pos + 1];
        if (v > 5) throw new Invalid(`unsupported pickle protocol ${v} at offset ${base + pos}`);
        if (base + pos !== this.segmentStart)
          this.anomaly(
            `a PROTO opcode in mid-stream at byte ${base + pos}: picklers write it first only; scanners built on pickletools stop there`,
            base + pos
          );
        pos += 2;
        return pos;
      }
      case 149 /* FRAME */: {
        if (avail < 8) return this.haltAt(this.more(pos));
        if (dv.getUint32(pos + 5, true) > 2097151)
          throw new Invalid(`FRAME length too large at offset ${base + pos}`);
        if (this.frameEnd > base + pos)
          this.anomaly(
            `a FRAME at byte ${base + pos} starts before the frame that ends at byte ${this.frameEnd} is over (loaders that enforce frames refuse it)`,
            base + pos
          );
        const len = dv.getUint32(pos + 5, true) * 4294967296 + dv.getUint32(pos + 1, true);
        pos += 9;
        this.frameEnd = base + pos + len;
        return pos;
      }
      // ---- length-prefixed arguments ----
      case 67 /* SHORT_BINBYTES */:
      case 138 /* LONG1 */:
      case 84 /* BINSTRING */:
      case 88 /* BINUNICODE */:
      case 66 /* BINBYTES */:
      case 139 /* LONG4 */:
      case 141 /* BINUNICODE8 */:
      case 142 /* BINBYTES8 */:
      case 150 /* BYTEARRAY8 */: {
        const h = op === 141 /* BINUNICODE8 */ || op === 142 /* BINBYTES8 */ || op === 150 /* BYTEARRAY8 */ ? 8 : op === 84 /* BINSTRING */ || op === 88 /* BINUNICODE */ || op === 66 /* BINBYTES */ || op === 139 /* LONG4 */ ? 4 : 1;
        if (avail < h) return this.haltAt(this.more(pos));
        let len;
        if (h === 1) len = b[pos + 1];
        else if (h === 4) {
          len = op === 84 /* BINSTRING */ || op === 139 /* LONG4 */ ? dv.getInt32(pos + 1, true) : dv.getUint32(pos + 1, true);
          if (len < 0) throw new Invalid(`negative length at offset ${base + pos}`);
        } else {
          const hi = dv.getUint32(pos + 5, true);
          if (hi > 2097151) throw new Invalid(`length over 2^53 at offset ${base + pos}`);
          len = hi * 4294967296 + dv.getUint32(pos + 1, true);
        }
        const start = pos + 1 + h;
        const isText = op === 84 /* BINSTRING */ || op === 88 /* BINUNICODE */ || op === 141 /* BINUNICODE8 */;
        if (isText && len <= STR_KEEP) {
          if (end - start < len) return this.haltAt(this.more(pos));
          this.pushBytes(op === 84 /* BINSTRING */ ? LATIN1 : UTF8, b, start, len);
          pos = start + len;
          return pos;
        }
        this.push(0);
        if (end - start >= len) {
          pos = start + len;
          return pos;
        }
        this.skipRemaining = len - (end - start);
        return this.haltAt(end);
      }
      // ---- newline-terminated arguments ----
      case 73 /* INT */:
      case 76 /* LONG */:
      case 70 /* FLOAT */:
      case 83 /* STRING */:
      case 86 /* UNICODE */:
      case 80 /* PERSID */:
      case 103 /* GET */:
      case 112 /* PUT */: {
        const nl = b.indexOf(10, pos + 1);
        const small = op === 103 /* GET */ || op === 112 /* PUT */;
        const cap = small ? 64 : LINE_KEEP;
        if (nl < 0 || nl - pos - 1 > cap) {
          if (nl < 0 && end - pos - 1 <= cap) return this.haltAt(this.more(pos));
          if (small) {
            const digits = /^\d+$/.test(latin12(b, pos + 1, pos + 1 + cap));
            if (digits)
              throw new Unfollowable(`an absurd memo index (over ${cap} digits) at offset ${base + pos}`);
            throw new Invalid(`memo key is not a number at offset ${base + pos}`);
          }
          if (op === 80 /* PERSID */) this.calls++;
          this.push(0);
          if (nl >= 0) {
            pos = nl + 1;
            return pos;
          }
          this.skipLine = true;
          return this.haltAt(end);
        }
        const line = latin12(b, pos + 1, nl);
        const opAt = base + pos;
        pos = nl + 1;
        if (op === 103 /* GET */ || op === 112 /* PUT */) {
          if (!/^\d+$/.test(line))
            throw new Invalid(`memo key ${JSON.stringify(line)} is not a number at offset ${opAt}`);
          const key = Number(line);
          if (!Number.isSafeInteger(key))
            throw new Unfollowable(`an absurd memo index ${line.slice(0, 24)}... at offset ${opAt}`);
          if (op === 103 /* GET */) {
            const v = this.memoGet(key);
            this.push(v, this.memoExcess(key), v === 0 ? key : -1);
          } else {
            this.need(1, "PUT");
            this.checkMemoIndex(key, opAt);
            this.memoSet(key, this.top());
            this.noteMemo(key, this.sp - 1);
          }
        } else if (op === 83 /* STRING */) {
          const q = line[0];
          if (line.length < 2 || q !== "'" && q !== '"' || line[line.length - 1] !== q)
            throw new Invalid(`STRING argument is not quoted at offset ${opAt}`);
          this.pushText(unescapeString(line.slice(1, -1)));
        } else if (op === 86 /* UNICODE */) {
          this.pushText(unescapeRawUnicode(line));
        } else {
          if (op === 80 /* PERSID */) this.calls++;
          this.push(0);
        }
        return pos;
      }
      case 99 /* GLOBAL */:
      case 105 /* INST */: {
        const nl1 = b.indexOf(10, pos + 1);
        const nl2 = nl1 < 0 ? -1 : b.indexOf(10, nl1 + 1);
        if (nl1 < 0 || nl2 < 0) {
          if (end - pos - 1 <= 2 * GLOBAL_LINE_MAX + 2) return this.haltAt(this.more(pos));
          throw this.longImport(b, pos, end, base);
        }
        if (nl1 - pos - 1 > GLOBAL_LINE_MAX || nl2 - nl1 - 1 > GLOBAL_LINE_MAX)
          throw this.longImport(b, pos, end, base);
        let modEnd = b.indexOf(0, pos + 1);
        if (modEnd < 0 || modEnd > nl1) modEnd = nl1;
        if (modEnd === pos + 1 || !importable(b, pos + 1, nl1) || !importable(b, nl1 + 1, nl2, true))
          throw new Invalid(`an import at offset ${base + pos} names nothing a loader can import`);
        const module = decodeUtf8(b, pos + 1, modEnd);
        const name = decodeUtf8(b, nl1 + 1, nl2);
        this.record(module, name, base + pos, op === 99 /* GLOBAL */ ? "GLOBAL" : "INST");
        let ex = 0;
        if (op === 105 /* INST */) {
          this.calls++;
          const top = this.sp;
          this.popMark("INST");
          ex = top - this.sp + this.hCut(this.sp);
        }
        this.push(0, ex);
        pos = nl2 + 1;
        return pos;
      }
      default:
        throw new Invalid(
          `byte 0x${op.toString(16).padStart(2, "0")} at offset ${base + pos} is not a pickle opcode: not a valid pickle`
        );
    }
  }
  /**
   * An import line over the cap: a loader fails on bytes no module path holds (raw data after
   * the pickles), but would import a long dotted path, which the walker cannot follow.
   */
  longImport(b, pos, end, base) {
    const stop = Math.min(end, pos + 1 + 2 * GLOBAL_LINE_MAX + 2);
    for (let i = pos + 1; i < stop; i++) {
      const c = b[i];
      if (c !== 10 && c < 128 && !IDENT[c])
        return new Invalid(`an import line at offset ${base + pos} holds bytes no module path has`);
    }
    return new Unfollowable(`an import line longer than ${GLOBAL_LINE_MAX} bytes at offset ${base + pos}`);
  }
  /** A memo index far past the memo's size: the C loader allocates memory for every index below it. */
  checkMemoIndex(key, at) {
    if (key > MEMO_INDEX_ABSURD && key > 2 * (this.memoContiguous + this.memoExtras))
      this.anomaly(
        `memo index ${key} at byte ${at} is far past the ${this.memoContiguous + this.memoExtras} entries stored (the C loader allocates 16 bytes for every index below it: a memory bomb)`,
        at
      );
  }
  haltAt(pos) {
    this.halt = true;
    return pos;
  }
  more(pos) {
    this.incomplete = true;
    return pos;
  }
};

// src/safety/pickle-scan.ts
async function walkPickle(chunks) {
  const w = new PickleWalker();
  for await (const c of chunks) {
    w.feed(c);
    if (w.finished) break;
  }
  return w.finish();
}
function pickleAdvice(path) {
  return /\.(pt|pth|ckpt|bin)$/i.test(path) ? "convert the checkpoint to safetensors" : "use a format that cannot run code (safetensors) or review where the file came from";
}
var LIST_MAX = 8;
function printable(s) {
  const shown = s.length > 200 ? `${s.slice(0, 200)}...` : s;
  return shown.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`
  );
}
function reportPickle(s, label, advice, sink, options = {}) {
  const allow = options.allowGlobals ?? [];
  if (s.invalid !== null && (s.pickle || options.notPickle !== "silent")) {
    sink.add(
      "unsafe-format",
      "error",
      `${label} is not a valid pickle (${s.invalid}); a loader may still run what comes before the error, so ${advice}`
    );
  }
  if (s.unfollowed !== null) {
    sink.add(
      "unsafe-format",
      "error",
      `${label}: the scan stopped at ${s.unfollowed}, where a loader would read on; the rest was not checked, so ${advice}`
    );
  }
  for (const a of s.anomalies) {
    sink.add("unsafe-format", "error", `${label}: ${a.reason}; ${advice}`);
  }
  const unknown = [];
  for (const imp of s.imports) {
    const judged = judgeGlobal(imp.module, imp.name, allow);
    const what = printable(`${imp.module}.${imp.name}`);
    if (judged.verdict === "dangerous") {
      sink.add(
        "unsafe-pickle",
        "error",
        `${label} imports ${what}, which is on the deny list (it ${judged.why}; ${imp.via} at byte ${imp.offset}); remove it: ${advice}`
      );
    } else if (judged.verdict === "unknown") {
      unknown.push(what);
    }
  }
  if (unknown.length > 0) {
    const shown = unknown.slice(0, LIST_MAX).join(", ");
    const more = unknown.length > LIST_MAX ? ` and ${unknown.length - LIST_MAX} more` : "";
    const one = unknown.length === 1;
    sink.add(
      "unsafe-pickle",
      "error",
      `${label} imports ${one ? "a global" : `${unknown.length} globals`} not on the allow list: ${shown}${more}; loading the file imports ${one ? "it" : "them"} and may call ${one ? "it" : "them"}. Remove ${one ? "it" : "them"} (${advice}), or, if ${one ? "it is a class" : "they are classes"} you trust, add ${one ? "it" : "them"} to scan.allowGlobals in the base branch's policy`
    );
  }
  for (const o of s.oddities) {
    if (o.kind === "unresolved-stack-global") {
      sink.add(
        "unsafe-pickle",
        "error",
        `${label} imports a global with STACK_GLOBAL at byte ${o.offset} whose module or name cannot be resolved statically (an obfuscation trick); ${advice}`
      );
    } else {
      sink.add(
        "unsafe-pickle",
        "error",
        `${label} imports through the copyreg extension registry (EXT opcode at byte ${o.offset}), which cannot be checked; ${advice}`
      );
    }
  }
  if (s.trailingAt !== null && s.imports.some((i) => i.module.startsWith("joblib.numpy_pickle"))) {
    sink.add(
      "unsafe-format",
      "warning",
      `${label}: joblib array data at byte ${s.trailingAt} stops the scan; the rest of the file was not checked, so ${advice}`
    );
  }
}

// src/safety/joblib.ts
var isWrapper = (o) => isGlobal(classOf(o), (m, n) => m === "joblib.numpy_pickle" && n === "NumpyArrayWrapper");
function dtypeInfo(dt) {
  if (typeof dt !== "object" || dt === null || dt.t !== "object") return null;
  if (!isGlobal(dt.cls, (m2, n2) => m2.startsWith("numpy") && (n2 === "dtype" || n2.endsWith("DType"))))
    return null;
  const code = itemsOf(dt.args)?.[0];
  if (typeof code !== "string") return null;
  const state = itemsOf(dt.state);
  const subarray = state?.[2];
  if (subarray !== void 0 && subarray !== null) return null;
  const elsize = state?.[5];
  const flags = state?.[7];
  const objects = code.startsWith("O") || typeof flags === "number" && (flags & 1) === 1;
  if (typeof elsize === "number" && elsize > 0) return { itemsize: elsize, objects };
  const m = /^[<>|=]?([a-zA-Z?])(\d*)$/.exec(code);
  if (!m) return null;
  const [, letter, digits] = m;
  const n = digits === "" ? null : Number(digits);
  if (letter === "O") return { itemsize: 8, objects: true };
  if (letter === "U") return n === null ? null : { itemsize: 4 * n, objects };
  if ("biufcVSaMm".includes(letter))
    return n === null ? letter === "b" ? { itemsize: 1, objects } : null : { itemsize: n, objects };
  return null;
}
function arrayLayout(state) {
  const shape = itemsOf(dictGet(state, "shape") ?? null);
  const dt = dtypeInfo(dictGet(state, "dtype") ?? null);
  if (!shape || !dt) return null;
  let count = 1;
  for (const d2 of shape) {
    if (typeof d2 !== "number" || !Number.isSafeInteger(d2) || d2 < 0) return null;
    count *= d2;
  }
  const bytes = count * dt.itemsize;
  if (!Number.isSafeInteger(bytes)) return null;
  const align = dictGet(state, "numpy_array_alignment_bytes");
  return { bytes, objects: dt.objects, padded: align !== void 0 && align !== null };
}
async function scanJoblib(reader, label, advice, sink, allowGlobals) {
  const options = { allowGlobals };
  const readArray = (obj, state) => {
    if (!isWrapper(obj)) return null;
    const layout = arrayLayout(state);
    if (!layout)
      throw new MalformedError(
        "a joblib array's shape or dtype cannot be read, so where the pickle goes on cannot be known"
      );
    return async (r) => {
      if (layout.objects) {
        const at = r.position;
        const inner = new Evaluator(r);
        reportPickle(
          await walkPickle(inner.run()),
          `${label}: object array pickle at byte ${at}`,
          advice,
          sink,
          options
        );
        if (!inner.stopped) throw new MalformedError(`the object array pickle at byte ${at} does not end`);
        return;
      }
      if (layout.padded) {
        const pad = await r.read(1);
        if (pad.length < 1) throw new MalformedError("a joblib array is truncated");
        await r.skip(pad[0]);
      }
      if (await r.skip(layout.bytes) !== layout.bytes)
        throw new MalformedError("a joblib array is truncated");
    };
  };
  const outer = new Evaluator(reader, readArray);
  const summary = await walkPickle(
    (async function* () {
      yield* outer.run();
      for (; ; ) {
        const c = await reader.next();
        if (!c) return;
        yield c;
      }
    })()
  );
  reportPickle(summary, `${label}: pickle`, advice, sink, options);
}

// src/safety/keras.ts
var MAX_CONFIG_BYTES = 64 * 1024 * 1024;
var KERAS_MODULE = /^(?:keras|tf_keras|tensorflow\.keras|keras_hub|keras_nlp|keras_cv)(?:\.|$)/;
function checkKerasConfig(text, label, sink) {
  let config;
  try {
    config = JSON.parse(text);
  } catch (e) {
    sink.add(
      "unsafe-format",
      "error",
      `${label}: config.json is not valid JSON (${e.message}); the model cannot be checked`
    );
    return;
  }
  const stack = [config];
  let visited = 0;
  while (stack.length > 0 && visited++ < 5e6) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const v of node) if (typeof v === "object" && v !== null) stack.push(v);
      continue;
    }
    if (typeof node !== "object" || node === null) continue;
    const o = node;
    const cls = typeof o.class_name === "string" ? o.class_name : null;
    const layerName = isRecord(o.config) && typeof o.config.name === "string" ? ` ${JSON.stringify(o.config.name)}` : "";
    if (cls === "Lambda" || cls === "__lambda__") {
      sink.add(
        "unsafe-format",
        "error",
        `${label} has a Keras ${cls === "Lambda" ? `Lambda layer${layerName}` : "serialized Python lambda"}, which runs arbitrary Python code when the model is loaded; replace it with a built-in or registered layer`
      );
    }
    const module = typeof o.module === "string" ? o.module : null;
    if (module !== null && cls !== null && !KERAS_MODULE.test(module)) {
      const target = `${module}.${cls}`;
      const fn = typeof o.config === "string" ? o.config : null;
      const dangerous = classifyGlobal(module, cls) === "dangerous" || fn !== null && classifyGlobal(module, fn) === "dangerous";
      const registered = typeof o.registered_name === "string" ? ` (registered as ${JSON.stringify(o.registered_name)})` : "";
      if (dangerous)
        sink.add(
          "unsafe-format",
          "error",
          `${label} deserializes ${fn ? `${module}.${fn}` : target}${registered}, which can run code when the model is loaded; remove it`
        );
      else
        sink.add(
          "unsafe-format",
          "warning",
          `${label} uses ${target}${registered} from outside Keras; loading the model imports that module, so review it`
        );
    }
    for (const v of Object.values(o)) if (typeof v === "object" && v !== null) stack.push(v);
  }
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/safety/magic.ts
import { Buffer as Buffer2 } from "node:buffer";
var PICKLE_CAPABLE = "pkl|pickle|dill|joblib|pt|pth|ckpt|bin|npy|npz|data|dat";
var COMPRESSED = "gz|bz2|xz|lzma|z";
var OTHER_FORMATS = "safetensors|gguf|onnx|keras|h5|hdf5|tflite|pb|mlmodel|7z|tar";
var MODEL_NAME = new RegExp(`\\.(?:(?:${PICKLE_CAPABLE})(?:\\.(?:${COMPRESSED}))?|${OTHER_FORMATS})$`, "i");
var PICKLE_NAME = new RegExp(`\\.(?:${PICKLE_CAPABLE})(?:\\.(?:${COMPRESSED}))?$`, "i");
function isModelFileName(path) {
  return MODEL_NAME.test(path);
}
var startsWith = (b, bytes) => bytes.every((x, i) => b[i] === x);
var ascii = (s) => [...s].map((c) => c.charCodeAt(0));
var SEVEN_ZIP = [55, 122, 188, 175, 39, 28];
var ZIP_LOCAL = [80, 75, 3, 4];
var ZIP_EMPTY = [80, 75, 5, 6];
var MAGIC_BYTES = 512;
var PICKLE_START = new Set(ascii("(.)]}NIJKLFGSTUVXcdilpPgh"));
var isProtocol2Pickle = (m) => m[0] === 128 && (m[1] ?? 99) <= 5 && m.length > 2;
function looksLikeSafetensors(m, size) {
  if (m.length < 10 || m[8] !== 123) return false;
  const n = new DataView(m.buffer, m.byteOffset, 8).getBigUint64(0, true);
  return n >= 2n && (size === null ? n < 100n * 1024n * 1024n : n + 8n <= BigInt(size));
}
function looksLikeText(m) {
  if (m.length === 0) return true;
  if (m.includes(0)) return false;
  for (const b of m) if (b < 9 || b > 13 && b < 32) return false;
  const whole = m.length >= MAGIC_BYTES ? m.subarray(0, m.length - 3) : m;
  return Buffer2.from(whole).toString("utf8").indexOf("�") < 0;
}

// src/safety/npy.ts
var NPY_MAGIC = [147, 78, 85, 77, 80, 89];
async function npyHoldsPickle(reader) {
  const pre = await reader.read(10);
  if (pre.length < 10 || NPY_MAGIC.some((b, i) => pre[i] !== b))
    throw new MalformedError("not a valid .npy header");
  const major = pre[6];
  const dv = new DataView(pre.buffer, pre.byteOffset, pre.byteLength);
  let headerLen;
  if (major === 1) headerLen = dv.getUint16(8, true);
  else if (major === 2 || major === 3) {
    const more = await reader.read(2);
    if (more.length < 2) throw new MalformedError("truncated .npy header");
    headerLen = dv.getUint16(8, true) + more[0] * 65536 + more[1] * 16777216;
  } else throw new MalformedError(`unsupported .npy version ${major}`);
  if (headerLen > 1024 * 1024) throw new MalformedError(".npy header too large");
  const header = new TextDecoder().decode(await reader.read(headerLen));
  const descr = /['"]descr['"]\s*:\s*(['"])([^'"]*)\1/.exec(header);
  if (!descr) {
    return /['"]O['"]|\|O/.test(header);
  }
  return descr[2].includes("O");
}

// src/safety/onnx.ts
var CHILDREN = {
  [0 /* Model */]: { 7: 1 /* Graph */, 20: 7 /* TrainingInfo */, 25: 6 /* Function */ },
  [7 /* TrainingInfo */]: { 1: 1 /* Graph */, 2: 1 /* Graph */ },
  [1 /* Graph */]: { 1: 2 /* Node */, 5: 4 /* Tensor */, 15: 5 /* SparseTensor */ },
  [2 /* Node */]: { 5: 3 /* Attribute */ },
  [6 /* Function */]: { 7: 2 /* Node */ },
  [3 /* Attribute */]: {
    5: 4 /* Tensor */,
    6: 1 /* Graph */,
    10: 4 /* Tensor */,
    11: 1 /* Graph */,
    22: 5 /* SparseTensor */,
    23: 5 /* SparseTensor */
  },
  [5 /* SparseTensor */]: { 1: 4 /* Tensor */, 2: 4 /* Tensor */ },
  [4 /* Tensor */]: { 13: 8 /* Entry */ }
};
var MAX_DEPTH = 64;
var KEEP = 4096;
function locationProblem(location) {
  if (location.includes("\0")) return "contains a NUL byte";
  const p = location.replace(/\\/g, "/");
  if (p.startsWith("/") || /^[A-Za-z]:/.test(p) || p.startsWith("~")) return "is an absolute path";
  if (/^[a-z][a-z0-9+.-]*:/i.test(p)) return "is a URL";
  let depth = 0;
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    depth += seg === ".." ? -1 : 1;
    if (depth < 0) return "leaves the model's folder";
  }
  return null;
}
async function scanOnnx(reader, label, sink) {
  const bad = (why) => new MalformedError(`${why} at byte ${reader.position}`);
  const varint = async () => {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      const b = await reader.read(1);
      if (b.length === 0) throw bad("the file ends inside a field");
      const byte = b[0];
      result += (byte & 127) * mul;
      if (byte < 128) {
        if (!Number.isSafeInteger(result)) throw bad("a varint is larger than 2^53");
        return result;
      }
      mul *= 128;
    }
    throw bad("a varint is longer than 10 bytes");
  };
  const stack = [{ type: 0 /* Model */, end: Number.POSITIVE_INFINITY }];
  for (; ; ) {
    let top = stack[stack.length - 1];
    while (reader.position >= top.end && stack.length > 1) {
      if (reader.position > top.end) throw bad("a field runs past the end of its message");
      stack.pop();
      closeFrame(top, stack[stack.length - 1]);
      top = stack[stack.length - 1];
    }
    if (stack.length === 1 && (await reader.peek(1)).length === 0) break;
    const tag = await varint();
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    if (field === 0) throw bad("field number 0");
    if (wire === 0) {
      await varint();
    } else if (wire === 1 || wire === 5) {
      const n = wire === 1 ? 8 : 4;
      if (await reader.skip(n) !== n) throw bad("the file ends inside a field");
    } else if (wire === 2) {
      const len = await varint();
      const end = reader.position + len;
      if (end > top.end) throw bad("a field runs past the end of its message");
      const child = CHILDREN[top.type]?.[field];
      if (child !== void 0) {
        if (stack.length >= MAX_DEPTH) throw bad("messages nested too deep");
        stack.push({ type: child, end });
      } else if (top.type === 8 /* Entry */ && (field === 1 || field === 2) || top.type === 4 /* Tensor */ && field === 8) {
        const text = len <= KEEP ? new TextDecoder().decode(await reader.read(len)) : null;
        if (text === null && await reader.skip(len) !== len) throw bad("the file ends inside a field");
        if (top.type === 4 /* Tensor */) top.name = text ?? "(long name)";
        else if (field === 1) top.key = text;
        else top.value = text;
      } else if (await reader.skip(len) !== len) {
        throw bad("the file ends inside a field");
      }
    } else {
      throw bad(`unsupported wire type ${wire}`);
    }
  }
  function closeFrame(f, parent) {
    if (f.type !== 8 /* Entry */ || f.key !== "location") return;
    const tensor = parent.name ? `tensor ${JSON.stringify(parent.name.slice(0, 200))}` : "a tensor";
    const loc = f.value;
    if (loc === null || loc === void 0) {
      sink.add(
        "unsafe-format",
        "error",
        `${label}: ${tensor} has an unreadable external data location; loading it reads a file the scan cannot check`
      );
      return;
    }
    const why = locationProblem(loc);
    if (why)
      sink.add(
        "unsafe-format",
        "error",
        `${label}: ${tensor} keeps its data in ${JSON.stringify(loc.slice(0, 300))}, which ${why}; loading the model would read that file. Keep external data beside the model`
      );
  }
}

// src/safety/safetensors.ts
var MAX_HEADER_BYTES = 100 * 1024 * 1024;
var DTYPE_BITS = {
  BOOL: 8,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  C64: 64,
  F64: 64,
  I64: 64,
  U64: 64,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6
};
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isUint = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
function checkSafetensorsHeader(headerBytes, dataBytes) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(headerBytes);
  } catch {
    return ["the header is not valid UTF-8"];
  }
  const parsed = parseStrictJson(text.replace(/ +$/, ""));
  if (!parsed.ok) return [`the header is not valid JSON (${parsed.reason})`];
  const header = parsed.value;
  if (!isObject(header)) return ["the header is not a JSON object"];
  const problems = [];
  const spans = [];
  for (const [name, info] of Object.entries(header)) {
    if (problems.length >= 10) break;
    if (name === "__metadata__") {
      if (!isObject(info) || Object.values(info).some((v) => typeof v !== "string"))
        problems.push("__metadata__ is not a map of strings");
      continue;
    }
    const label = JSON.stringify(name.slice(0, 200));
    if (!isObject(info)) {
      problems.push(`tensor ${label} is not an object`);
      continue;
    }
    const { dtype, shape, data_offsets: offsets } = info;
    if (typeof dtype !== "string" || !Object.hasOwn(DTYPE_BITS, dtype)) {
      problems.push(`tensor ${label} has unknown dtype ${JSON.stringify(dtype)}`);
      continue;
    }
    if (!Array.isArray(shape) || !shape.every(isUint)) {
      problems.push(`tensor ${label} has an invalid shape`);
      continue;
    }
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isUint) || offsets[0] > offsets[1]) {
      problems.push(`tensor ${label} has invalid data_offsets`);
      continue;
    }
    const [begin, end] = offsets;
    let bits = BigInt(DTYPE_BITS[dtype]);
    for (const d2 of shape) bits *= BigInt(d2);
    if (bits % 8n !== 0n || bits / 8n !== BigInt(end - begin)) {
      problems.push(
        `tensor ${label}: shape [${shape.join(", ")}] of ${dtype} does not match its ${end - begin}-byte span`
      );
      continue;
    }
    spans.push({ name: label, begin, end });
  }
  if (problems.length > 0) return problems;
  spans.sort((a, b) => a.begin - b.begin || a.end - b.end);
  let expected = 0;
  for (const s of spans) {
    if (s.begin !== expected) {
      problems.push(
        s.begin < expected ? `tensor ${s.name} overlaps the previous tensor (offset ${s.begin} < ${expected})` : `there is a gap of ${s.begin - expected} bytes before tensor ${s.name}`
      );
      return problems;
    }
    expected = s.end;
  }
  if (expected !== dataBytes) {
    problems.push(
      expected > dataBytes ? `the tensors need ${expected} bytes but the file holds ${dataBytes} after the header (offsets leave the file)` : `the file has ${dataBytes - expected} bytes after the last tensor that no tensor accounts for`
    );
  }
  return problems;
}
async function scanSafetensors(reader, size, label, sink) {
  const bad = (why) => sink.add(
    "unsafe-format",
    "error",
    `${label} is not a valid safetensors file: ${why}; re-export it with the safetensors library`
  );
  const head = await reader.read(8);
  if (head.length < 8) return bad("shorter than its 8-byte header size");
  const n = new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
  if (n > BigInt(MAX_HEADER_BYTES))
    return bad(`the header claims ${n} bytes (over the ${MAX_HEADER_BYTES}-byte cap)`);
  const len = Number(n);
  if (8 + len > size) return bad(`the header claims ${len} bytes but the file has ${size}`);
  const header = await reader.read(len);
  if (header.length < len) return bad("the file ends inside the header");
  if (header[0] !== 123) return bad("the header does not start with '{'");
  for (const p of checkSafetensorsHeader(header, size - 8 - len)) bad(p);
}

// src/safety/tar.ts
var BLOCK = 512;
var latin13 = new TextDecoder("latin1");
var utf83 = new TextDecoder("utf-8", { fatal: false });
function checksumOk(h) {
  const stored = Number.parseInt(
    latin13.decode(h.subarray(148, 156)).replace(/[\0 ]+$/g, "").trim() || "x",
    8
  );
  if (!Number.isFinite(stored)) return false;
  let unsigned = 256;
  let signed = 256;
  for (let i = 0; i < BLOCK; i++) {
    if (i >= 148 && i < 156) continue;
    const b = h[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return stored === unsigned || stored === signed;
}
function isTarHeader(h) {
  if (h.length < BLOCK || h.every((b) => b === 0)) return false;
  return checksumOk(h);
}
function octal(field) {
  if (field[0] & 128) {
    let n2 = field[0] & 127;
    for (let i = 1; i < field.length; i++) n2 = n2 * 256 + field[i];
    return n2;
  }
  const s = latin13.decode(field).replace(/\0.*$/s, "").trim();
  if (s === "") return 0;
  const n = Number.parseInt(s, 8);
  if (!Number.isSafeInteger(n) || n < 0) throw new MalformedError("a tar header has an invalid size");
  return n;
}
function cString(b) {
  const nul = b.indexOf(0);
  return utf83.decode(nul >= 0 ? b.subarray(0, nul) : b);
}
function paxRecords(text) {
  const out = /* @__PURE__ */ new Map();
  let p = 0;
  while (p < text.length) {
    const sp = text.indexOf(" ", p);
    if (sp < 0) break;
    const len = Number.parseInt(text.slice(p, sp), 10);
    if (!Number.isSafeInteger(len) || len <= 0) break;
    const rec = text.slice(sp + 1, p + len - 1);
    const eq = rec.indexOf("=");
    if (eq > 0) out.set(rec.slice(0, eq), rec.slice(eq + 1));
    p += len;
  }
  return out;
}
async function* exactly(reader, size) {
  let left = size;
  while (left > 0) {
    const c = await reader.next(left);
    if (!c) throw new MalformedError("the tar archive is truncated inside a member");
    left -= c.length;
    yield c;
  }
}
async function walkTar(reader, budget, onMember) {
  let pax = /* @__PURE__ */ new Map();
  let longName = null;
  for (; ; ) {
    const h = await reader.read(BLOCK);
    if (h.length < BLOCK || h.every((b) => b === 0) || !checksumOk(h)) return;
    if (++budget.members > budget.maxMembers)
      throw new LimitError(`the archive has more than ${budget.maxMembers} members`);
    const type = String.fromCharCode(h[156]);
    let size = octal(h.subarray(124, 136));
    const prefix = latin13.decode(h.subarray(257, 263)).startsWith("ustar") ? cString(h.subarray(345, 500)) : "";
    let name = cString(h.subarray(0, 100));
    if (prefix) name = `${prefix}/${name}`;
    if (type === "x" || type === "g" || type === "L" || type === "K") {
      if (size > 1024 * 1024) throw new MalformedError("a tar extended header is too large");
      const body = await reader.readExact(size, () => new MalformedError("truncated tar extended header"));
      const text = utf83.decode(body);
      await reader.skip((BLOCK - size % BLOCK) % BLOCK);
      if (type === "x") pax = paxRecords(text);
      if (type === "L") longName = text.replace(/\0.*$/s, "");
      continue;
    }
    if (longName !== null) name = longName;
    const paxPath = pax.get("path");
    if (paxPath !== void 0) name = paxPath;
    const paxSize = pax.get("size");
    if (paxSize !== void 0) {
      const n = Number(paxSize);
      if (!Number.isSafeInteger(n) || n < 0) throw new MalformedError("a pax header has an invalid size");
      size = n;
    }
    pax = /* @__PURE__ */ new Map();
    longName = null;
    const regular = type === "0" || type === "\0" || type === "7";
    if ("123456".includes(type)) size = 0;
    const data = exactly(reader, size);
    if (regular) {
      const it = data[Symbol.asyncIterator]();
      await onMember(name, {
        [Symbol.asyncIterator]: () => ({
          next: () => it.next(),
          return: async () => ({ done: true, value: void 0 })
        })
      });
    }
    for (; ; ) if ((await data.next()).done) break;
    await reader.skip((BLOCK - size % BLOCK) % BLOCK);
  }
}

// src/safety/torch-legacy.ts
var ELEMENT_SIZE = {
  DoubleStorage: 8,
  FloatStorage: 4,
  HalfStorage: 2,
  BFloat16Storage: 2,
  LongStorage: 8,
  IntStorage: 4,
  ShortStorage: 2,
  CharStorage: 1,
  ByteStorage: 1,
  BoolStorage: 1,
  ComplexDoubleStorage: 16,
  ComplexFloatStorage: 8,
  QUInt8Storage: 1,
  QInt8Storage: 1,
  QInt32Storage: 4,
  QUInt4x2Storage: 1,
  QUInt2x4Storage: 1
};
var MAX_RECORDS = 1e6;
var isLegacyTorchMember = (name) => name === "storages" || name === "tensors";
async function scanLegacyTorchMember(reader, member, label, advice, sink, allowGlobals) {
  const next = async () => {
    const at = reader.position;
    const ev = new Evaluator(reader);
    reportPickle(await walkPickle(ev.run()), `${label}: pickle at byte ${at}`, advice, sink, {
      allowGlobals
    });
    return ev.stopped ? ev.result : void 0;
  };
  const skip = async (n) => {
    if (await reader.skip(n) !== n) throw new MemberError(`member ${member} is truncated`);
  };
  const int64 = async () => {
    const b = await reader.read(8);
    if (b.length < 8) throw new MemberError(`member ${member} is truncated`);
    const dv = new DataView(b.buffer, b.byteOffset, 8);
    const v = dv.getUint32(0, true) + dv.getUint32(4, true) * 2 ** 32;
    if (!Number.isSafeInteger(v)) throw new MemberError(`member ${member} has an impossible size`);
    return v;
  };
  const count = await next();
  if (typeof count !== "number") return;
  if (count < 0 || count > MAX_RECORDS) throw new LimitError(`member ${member} lists ${count} records`);
  for (let i = 0; i < count; i++) {
    if (member === "storages") {
      const args = itemsOf(await next() ?? null);
      const type = args?.[2];
      const name = typeof type === "object" && type !== null && type.t === "global" ? type.name : null;
      const size = name === null ? void 0 : ELEMENT_SIZE[name];
      if (size === void 0)
        throw new MemberError(`member storages names a storage type the scanner does not know`);
      await skip(await int64() * size);
    } else {
      if (await next() === void 0) return;
      const head = await reader.read(8);
      if (head.length < 8) throw new MemberError("member tensors is truncated");
      const ndim = new DataView(head.buffer, head.byteOffset, 8).getInt32(0, true);
      if (ndim < 0 || ndim > 64) throw new MemberError("member tensors has an impossible tensor rank");
      await skip(16 * ndim + 8);
    }
  }
  if (member === "storages") await next();
}

// src/safety/bzip2.ts
var import_bit_iterator = __toESM(require_bit_iterator(), 1);
var import_bzip2 = __toESM(require_bzip2(), 1);

// src/safety/inflate.ts
import { createGunzip, createInflate, createInflateRaw } from "node:zlib";
function spend(budget, n) {
  budget.inflated += n;
  if (budget.inflated > budget.maxInflated)
    throw new LimitError(`decompressing exceeded ${budget.maxInflated} bytes (zip bomb guard)`);
}
async function* zlibStream(z, src, budget, what) {
  let stopped = false;
  const writer = (async () => {
    while (!stopped) {
      const r = await src.next();
      if (stopped) return;
      if (r.done) {
        z.end();
        return;
      }
      if (!z.write(r.value)) {
        await new Promise((res) => {
          const done = () => {
            z.off("drain", done);
            z.off("close", done);
            res();
          };
          z.on("drain", done);
          z.on("close", done);
        });
      }
    }
  })().catch((e) => z.destroy(e instanceof Error ? e : new Error(String(e))));
  try {
    for await (const out of z) {
      spend(budget, out.length);
      yield new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    }
  } catch (e) {
    if (e instanceof LimitError || e instanceof MalformedError) throw e;
    if (e.code?.startsWith("Z_"))
      throw new MalformedError(`corrupt ${what} data (${e.message})`);
    throw e;
  } finally {
    stopped = true;
    z.destroy();
    void writer;
  }
}
var OPTS = { chunkSize: 64 * 1024 };
var inflateRawStream = (src, budget) => zlibStream(createInflateRaw(OPTS), src, budget, "deflate");
var inflateZlibStream = (src, budget) => zlibStream(createInflate(OPTS), src, budget, "zlib");
var gunzipStream = (src, budget) => zlibStream(createGunzip(OPTS), src, budget, "gzip");

// src/safety/bzip2.ts
var blockInput = (level) => 25e3 + 1e5 * (level || 9);
async function* bunzip2(src, budget) {
  const queue = [];
  let queued = 0;
  let ended = false;
  let bits = null;
  let level = 0;
  let streamCrc = null;
  const fill = async (want) => {
    while (!ended && (bits ? queued - bits.bytesRead : queued) < want) {
      const r = await src.next();
      if (r.done) ended = true;
      else {
        queue.push(r.value.slice());
        queued += r.value.length;
      }
    }
  };
  const avail = () => bits ? queued - bits.bytesRead : queued;
  try {
    for (; ; ) {
      await fill(level ? blockInput(level) : 8);
      if (avail() <= 0) {
        if (streamCrc !== null) throw new MalformedError("the bzip2 stream is truncated");
        return;
      }
      if (!bits) {
        bits = (0, import_bit_iterator.default)(() => {
          const next = queue.shift();
          if (!next) throw new MalformedError("the bzip2 stream is truncated");
          return next;
        });
      }
      if (!level) {
        level = import_bzip2.default.header(bits);
        streamCrc = 0;
        continue;
      }
      const size = 1e5 * level;
      const parts = [];
      let out = new Uint8Array(64 * 1024);
      let n = 0;
      const crc = import_bzip2.default.decompress(
        bits,
        (b) => {
          if (n === out.length) {
            parts.push(out);
            spend(budget, n);
            out = new Uint8Array(64 * 1024);
            n = 0;
          }
          out[n++] = b;
        },
        new Int32Array(size),
        size,
        streamCrc
      );
      if (n > 0) {
        spend(budget, n);
        parts.push(out.subarray(0, n));
      }
      for (const p of parts) yield p;
      if (crc === null) {
        level = 0;
        streamCrc = null;
      } else streamCrc = crc;
    }
  } catch (e) {
    if (e instanceof LimitError || e instanceof MalformedError) throw e;
    throw new MalformedError(`corrupt bzip2 data (${e instanceof Error ? e.message : String(e)})`);
  }
}

// src/safety/xz.ts
var import_xz_decompress = __toESM(require_xz_decompress(), 1);
import { ReadableStream } from "node:stream/web";
import { crc32 } from "node:zlib";
async function* unxz(src, budget) {
  const input = new ReadableStream({
    async pull(controller) {
      const r = await src.next();
      if (r.done) controller.close();
      else controller.enqueue(r.value.slice());
    }
  });
  const reader = new import_xz_decompress.XzReadableStream(input).getReader();
  try {
    for (; ; ) {
      const r = await reader.read();
      if (r.done) return;
      spend(budget, r.value.length);
      yield r.value;
    }
  } catch (e) {
    if (e instanceof LimitError || e instanceof MalformedError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    if (xzErrorCode(message) === XZ_MEMLIMIT_ERROR)
      throw new LimitError("the xz data needs a dictionary larger than the decoder's 64 MiB limit");
    throw new MalformedError(`corrupt xz data (${message})`);
  } finally {
    await reader.cancel().catch(() => void 0);
  }
}
function lastXzStreamSize(tail) {
  let end = tail.length;
  while (end > 0 && tail[end - 1] === 0) end--;
  const padding = tail.length - end;
  if (end < 24 || tail[end - 2] !== 89 || tail[end - 1] !== 90) return null;
  const dv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  const footer = end - 12;
  if (crc32(tail.subarray(footer + 4, footer + 10)) !== dv.getUint32(footer, true)) return null;
  const indexSize = (dv.getUint32(footer + 4, true) + 1) * 4;
  const index = footer - indexSize;
  if (index < 0 || tail[index] !== 0) return null;
  let p = index + 1;
  const varint = () => {
    let v = 0;
    for (let i = 0, mul = 1; i < 9 && p < footer; i++, mul *= 128) {
      const b = tail[p++];
      v += (b & 127) * mul;
      if ((b & 128) === 0) return v;
    }
    throw new MalformedError("a corrupt xz index");
  };
  const records = varint();
  let blocks = 0;
  for (let i = 0; i < records; i++) {
    const unpadded = varint();
    varint();
    blocks += Math.ceil(unpadded / 4) * 4;
  }
  return { size: 12 + blocks + indexSize + 12, padding };
}
var XZ_MEMLIMIT_ERROR = 4;
function xzErrorCode(message) {
  const m = /error code (\d+)\b/.exec(message);
  return m ? Number(m[1]) : null;
}

// src/safety/wrappers.ts
var starts = (b, bytes) => bytes.every((x, i) => b[i] === x);
function sniffWrapper(m) {
  if (starts(m, [31, 139, 8])) return "gzip";
  if (starts(m, [253, 55, 122, 88, 90, 0])) return "xz";
  if (starts(m, [66, 90, 104]) && (m[3] ?? 0) >= 49 && (m[3] ?? 0) <= 57) {
    if (starts(m.subarray(4), [49, 65, 89, 38, 83, 89])) return "bzip2";
    if (starts(m.subarray(4), [23, 114, 69, 56, 80, 144])) return "bzip2";
  }
  if (starts(m, [4, 34, 77, 24])) return "lz4";
  if (starts(m, [40, 181, 47, 253])) return "zstd";
  const cmf = m[0] ?? 0;
  const flg = m[1] ?? 0;
  if (m.length >= 2 && (cmf & 15) === 8 && cmf >> 4 <= 7 && (flg & 32) === 0 && (cmf * 256 + flg) % 31 === 0)
    return "zlib";
  if (m.length >= 13 && m[0] === 93 && m[1] === 0 && (m[4] ?? 0) <= 64) return "lzma";
  return null;
}
var READABLE_WRAPPERS = /* @__PURE__ */ new Set(["gzip", "zlib", "bzip2", "xz"]);
function unwrap(kind, src, budget) {
  const gen = () => {
    switch (kind) {
      case "gzip":
        return gunzipStream(src, budget);
      case "zlib":
        return inflateZlibStream(src, budget);
      case "bzip2":
        return bunzip2(src, budget);
      case "xz":
        return unxz(src, budget);
      default:
        throw new Error(`no decoder for ${kind}`);
    }
  };
  return { [Symbol.asyncIterator]: gen };
}

// src/safety/zip-walker.ts
import { Buffer as Buffer3 } from "node:buffer";
import { crc32 as crc322 } from "node:zlib";
var LOCAL = 67324752;
var CENTRAL = 33639248;
var EOCD = 101010256;
var ZIP64_EOCD = 101075792;
var ZIP64_LOCATOR = 117853008;
var DIGITAL_SIGNATURE = 84233040;
var DESCRIPTOR = 134695760;
var DESCRIPTOR_SIG = Buffer3.from([80, 75, 7, 8]);
var EOCD_SIG = Buffer3.from([80, 75, 5, 6]);
var LOOK = 26;
var EMPTY3 = new Uint8Array(0);
var CRC_INFLATE_MAX = 16 * 1024 * 1024;
var CRC_TAIL = 1024 * 1024;
var READABLE_METHODS = /* @__PURE__ */ new Set([0, 8, 12]);
function isReadableMethod(method) {
  return READABLE_METHODS.has(method);
}
var utf84 = new TextDecoder("utf-8", { fatal: false });
var latin14 = (b) => Buffer3.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");
function view(b) {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
function u64(dv, at) {
  return dv.getUint32(at + 4, true) * 4294967296 + dv.getUint32(at, true);
}
function concat(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
function loaderName(raw) {
  const nul = raw.indexOf(0);
  return utf84.decode(nul >= 0 ? raw.subarray(0, nul) : raw);
}
function zip64Fields(extra, want) {
  const dv = view(extra);
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = dv.getUint16(p, true);
    const len = dv.getUint16(p + 2, true);
    if (id === 1) {
      const out = [];
      let q = p + 4;
      for (const w of want) {
        if (w !== 4294967295) {
          out.push(w);
          continue;
        }
        if (q + 8 > p + 4 + len || q + 8 > extra.length)
          throw new MalformedError("zip64 extra field too short");
        out.push(u64(dv, q));
        q += 8;
      }
      return out;
    }
    p += 4 + len;
  }
  return want;
}
async function* rawKnown(reader, size) {
  let left = size;
  while (left > 0) {
    const c = await reader.next(left);
    if (!c) throw new MalformedError("the archive is truncated inside a member");
    left -= c.length;
    yield c;
  }
}
function descriptorAt(x, i, count, out) {
  const dv = view(x);
  if (dv.getUint32(i, true) !== DESCRIPTOR) return 0;
  const pk = (at) => x[at] === 80 && x[at + 1] === 75;
  out.crc = dv.getUint32(i + 4, true);
  if (dv.getUint32(i + 8, true) === count && pk(i + 16)) {
    out.csize = count;
    out.usize = dv.getUint32(i + 12, true);
    return 16;
  }
  if (u64(dv, i + 8) === count && pk(i + 24)) {
    out.csize = count;
    out.usize = u64(dv, i + 16);
    return 24;
  }
  return 0;
}
function findDescriptor(x, from, to, countBase, out) {
  const buf = Buffer3.from(x.buffer, x.byteOffset, x.byteLength);
  let i = from;
  while (i < to) {
    i = buf.indexOf(DESCRIPTOR_SIG, i);
    if (i < 0 || i >= to) return [-1, 0];
    const len = descriptorAt(x, i, countBase + i, out);
    if (len > 0) return [i, len];
    i++;
  }
  return [-1, 0];
}
async function* rawUntilDescriptor(reader, out) {
  let count = 0;
  let pending = EMPTY3;
  for (; ; ) {
    const c = await reader.next();
    if (!c) throw new MalformedError("a zip member has no data descriptor (truncated archive)");
    if (pending.length + c.length < 2 * LOOK) {
      pending = concat(pending, c);
      const [i2, len2] = findDescriptor(pending, 0, pending.length - LOOK + 1, count, out);
      if (i2 >= 0) {
        if (i2 > 0) yield pending.subarray(0, i2);
        reader.unshift(pending.subarray(i2 + len2));
        out.size = count + i2;
        return;
      }
      const keep = Math.min(pending.length, LOOK - 1);
      if (pending.length > keep) {
        yield pending.subarray(0, pending.length - keep);
        count += pending.length - keep;
        pending = pending.slice(pending.length - keep);
      }
      continue;
    }
    if (pending.length > 0) {
      const w = concat(pending, c.subarray(0, LOOK));
      const [i2, len2] = findDescriptor(w, 0, pending.length, count, out);
      if (i2 >= 0) {
        if (i2 > 0) yield w.subarray(0, i2);
        const end = i2 + len2;
        if (end <= pending.length) {
          reader.unshift(c);
          reader.unshift(pending.subarray(end));
        } else {
          reader.unshift(c.subarray(end - pending.length));
        }
        out.size = count + i2;
        return;
      }
      yield pending;
      count += pending.length;
      pending = EMPTY3;
    }
    const limit = c.length - LOOK + 1;
    const [i, len] = findDescriptor(c, 0, limit, count, out);
    if (i >= 0) {
      if (i > 0) yield c.subarray(0, i);
      reader.unshift(c.subarray(i + len));
      out.size = count + i;
      return;
    }
    yield c.subarray(0, limit);
    count += limit;
    pending = c.slice(limit);
  }
}
var CrcTap = class {
  constructor(src) {
    this.src = src;
  }
  src;
  crc = 0;
  length = 0;
  ended = false;
  async next() {
    const r = await this.src.next();
    if (r.done) this.ended = true;
    else {
      this.crc = crc322(r.value, this.crc);
      this.length += r.value.length;
    }
    return r;
  }
  /** An iterable view that does not close the source when a consumer stops. */
  iterable() {
    return {
      [Symbol.asyncIterator]: () => ({
        next: () => this.next(),
        return: async () => ({ done: true, value: void 0 })
      })
    };
  }
};
async function readHeaderFields(reader, dv, shift, truncated) {
  const nameLen = dv.getUint16(22 + shift, true);
  const extraLen = dv.getUint16(24 + shift, true);
  const rawBytes = (await reader.readExact(nameLen, () => new MalformedError(truncated.name))).slice();
  const extra = (await reader.readExact(extraLen, () => new MalformedError(truncated.extra))).slice();
  return {
    flags: dv.getUint16(2 + shift, true),
    method: dv.getUint16(4 + shift, true),
    crc: dv.getUint32(10 + shift, true),
    csize32: dv.getUint32(14 + shift, true),
    usize32: dv.getUint32(18 + shift, true),
    name: loaderName(rawBytes),
    rawName: latin14(rawBytes),
    extra
  };
}
async function walkZip(reader, budget, onMember, prefix = 0) {
  const base = reader.position;
  const walked = /* @__PURE__ */ new Map();
  for (; ; ) {
    const at = reader.position - base;
    const head = await reader.read(4);
    if (head.length === 0)
      throw new MalformedError("the archive ends without a central directory (truncated)");
    if (head.length < 4) throw new MalformedError("the archive is truncated");
    const sig = view(head).getUint32(0, true);
    if (sig !== LOCAL) {
      reader.unshift(head.slice());
      await checkTail(reader, base, prefix, walked, budget);
      return;
    }
    if (++budget.members > budget.maxMembers)
      throw new LimitError(`the archive has more than ${budget.maxMembers} members`);
    const fixed = await reader.readExact(26, () => new MalformedError("truncated local header"));
    const { flags, method, crc, csize32, usize32, name, rawName, extra } = await readHeaderFields(
      reader,
      view(fixed),
      0,
      { name: "truncated member name", extra: "truncated extra field" }
    );
    const [usize, csize] = zip64Fields(extra, [usize32, csize32]);
    const entry = {
      name,
      rawName,
      method,
      flags,
      encrypted: (flags & 1) !== 0,
      offset: at
    };
    const desc = { size: 0, crc: 0, csize: 0, usize: 0 };
    const byDescriptor = (flags & 8) !== 0;
    const raw = byDescriptor ? rawUntilDescriptor(reader, desc) : rawKnown(reader, csize);
    const readable = READABLE_METHODS.has(method);
    const consumer = onMember(entry);
    let actualCrc = null;
    let actualSize = null;
    const readMember = async () => {
      if (method === 0) {
        const tap = new CrcTap(raw);
        if (consumer) await consumer(tap.iterable());
        const stopAt = tap.length + CRC_TAIL;
        while (!tap.ended && tap.length < stopAt) await tap.next();
        if (tap.ended) {
          actualCrc = tap.crc;
          actualSize = tap.length;
        } else for (; ; ) if ((await raw.next()).done) break;
      } else {
        const rawTap = new CrcTap(raw);
        const out = new CrcTap(decompressor(method, rawTap.iterable(), budget)[Symbol.asyncIterator]());
        if (consumer) await consumer(out.iterable());
        if (!out.ended && (byDescriptor || csize <= CRC_INFLATE_MAX) && rawTap.length <= CRC_INFLATE_MAX) {
          for (; ; ) if ((await out.next()).done) break;
        }
        if (out.ended) {
          actualCrc = out.crc;
          actualSize = out.length;
        }
        for (; ; ) if ((await rawTap.next()).done) break;
      }
    };
    if (!readable) {
      for (; ; ) if ((await raw.next()).done) break;
    } else if (entry.encrypted) {
      try {
        await readMember();
      } catch (e) {
        if (!(e instanceof MalformedError) || e instanceof MemberError) throw e;
        actualCrc = null;
        for (; ; ) if ((await raw.next()).done) break;
        entry.plaintext = false;
      }
      entry.plaintext ??= actualCrc === null ? null : actualCrc === (byDescriptor ? desc.crc : crc) || actualSize === (byDescriptor ? desc.usize : usize);
    } else await readMember();
    if (byDescriptor && !readable && desc.size === 0) desc.size = 0;
    walked.set(at, {
      rawName: entry.rawName,
      name,
      method,
      flags,
      crc: byDescriptor ? desc.crc : crc,
      csize: byDescriptor ? desc.size : csize,
      usize: byDescriptor ? desc.usize : usize,
      actualCrc,
      actualSize
    });
    if (byDescriptor) {
      const bad = (v, d2) => v !== 0 && v !== d2 && v !== 4294967295;
      if (bad(crc, desc.crc) || bad(csize, desc.size) || bad(usize, desc.usize))
        throw new MemberError(
          `member ${JSON.stringify(name)}: its local header and data descriptor give different sizes or CRC`
        );
    }
  }
}
function decompressor(method, raw, budget) {
  const it = raw[Symbol.asyncIterator]();
  return {
    [Symbol.asyncIterator]: () => method === 8 ? inflateRawStream(it, budget) : bunzip2(it, budget)
  };
}
async function checkTail(reader, base, prefix, walked, budget) {
  const cdStart = reader.position - base;
  const entries = [];
  let sig;
  let at = cdStart;
  const readSig = async () => {
    at = reader.position - base;
    const head = await reader.read(4);
    if (head.length < 4) throw new MalformedError("the archive is truncated: it has no end record");
    return view(head).getUint32(0, true);
  };
  sig = await readSig();
  while (sig === CENTRAL) {
    if (entries.length >= budget.maxMembers)
      throw new LimitError(`the archive lists more than ${budget.maxMembers} members`);
    const fixed = await reader.readExact(42, () => new MalformedError("truncated central directory entry"));
    const dv = view(fixed);
    const { flags, method, crc, csize32, usize32, name, rawName, extra } = await readHeaderFields(
      reader,
      dv,
      2,
      { name: "truncated central directory name", extra: "truncated central directory extra" }
    );
    await reader.skip(dv.getUint16(28, true));
    const offset32 = dv.getUint32(38, true);
    const [usize, csize, offset] = zip64Fields(extra, [usize32, csize32, offset32]);
    entries.push({
      at,
      rawName,
      name,
      method,
      flags,
      crc,
      csize,
      usize,
      offset
    });
    sig = await readSig();
  }
  const cdEnd = at;
  if (sig === DIGITAL_SIGNATURE) {
    const n = view(
      await reader.readExact(2, () => new MalformedError("truncated signature record"))
    ).getUint16(0, true);
    await reader.skip(n);
    sig = await readSig();
  }
  let z64 = null;
  if (sig === ZIP64_EOCD) {
    const z64At = at;
    const rec = await reader.readExact(52, () => new MalformedError("truncated zip64 end record"));
    const dv = view(rec);
    if (u64(dv, 0) !== 44) throw new MalformedError("the zip64 end record carries extensible data");
    if (dv.getUint32(12, true) !== 0 || dv.getUint32(16, true) !== 0)
      throw new MalformedError("the archive claims to span several disks");
    z64 = { entries: u64(dv, 28), size: u64(dv, 36), offset: u64(dv, 44), at: z64At };
    if (u64(dv, 20) !== z64.entries) throw new MalformedError("the zip64 end record's entry counts differ");
    sig = await readSig();
    if (sig !== ZIP64_LOCATOR) throw new MalformedError("the zip64 end record has no locator after it");
    const loc = view(await reader.readExact(16, () => new MalformedError("truncated zip64 locator")));
    if (loc.getUint32(0, true) !== 0 || loc.getUint32(12, true) > 1)
      throw new MalformedError("the archive claims to span several disks");
    const locOffset = u64(loc, 4);
    if (locOffset !== z64At && locOffset !== z64At + prefix)
      throw new MalformedError("the zip64 locator points somewhere other than the zip64 end record");
    sig = await readSig();
  }
  if (sig !== EOCD) {
    throw new MalformedError(
      `unexpected bytes at offset ${at + prefix} where the central directory or end record should be (a hidden member or a second archive)`
    );
  }
  const eocd = view(await reader.readExact(18, () => new MalformedError("truncated end record")));
  const [disk, cdDisk, diskEntries, total] = [0, 2, 4, 6].map((o) => eocd.getUint16(o, true));
  const cdSize32 = eocd.getUint32(8, true);
  const cdOffset32 = eocd.getUint32(12, true);
  const commentLen = eocd.getUint16(16, true);
  const comment = await reader.read(commentLen);
  if (comment.length !== commentLen)
    throw new MalformedError("the end record's comment is shorter than its stated length");
  if (Buffer3.from(comment.buffer, comment.byteOffset, comment.byteLength).indexOf(EOCD_SIG) >= 0)
    throw new MalformedError(
      "the archive comment holds another end record (loaders that search from the end read a different archive)"
    );
  if ((await reader.read(1)).length > 0)
    throw new MalformedError(
      "bytes follow the end record and its comment (a second archive appended; loaders read the last one)"
    );
  if (disk !== 0 || cdDisk !== 0) throw new MalformedError("the archive claims to span several disks");
  const count = entries.length;
  const size = cdEnd - cdStart;
  const fits = (v, actual, max) => v === actual || z64 !== null && v === max;
  if (!fits(total, count, 65535) || !fits(diskEntries, count, 65535))
    throw new MalformedError(
      `the end record counts ${total} members but the central directory lists ${count}`
    );
  if (!fits(cdSize32, size, 4294967295))
    throw new MalformedError("the end record's central directory size does not match the directory");
  if (z64 && (z64.entries !== count || z64.size !== size))
    throw new MalformedError("the zip64 end record does not match the central directory");
  const cdOffset = z64 && cdOffset32 === 4294967295 ? z64.offset : cdOffset32;
  if (z64 && cdOffset32 !== 4294967295 && cdOffset32 !== z64.offset)
    throw new MalformedError("the end record and zip64 end record place the central directory differently");
  const shift = cdStart + prefix - cdOffset;
  if (shift !== 0 && shift !== prefix)
    throw new MalformedError("the end record places the central directory somewhere else");
  compareEntries(entries, walked, shift - prefix);
}
function compareEntries(entries, walked, shift) {
  const names = /* @__PURE__ */ new Set();
  const listed = /* @__PURE__ */ new Set();
  for (const c of entries) {
    const shown = JSON.stringify(c.name);
    const where = c.offset + shift;
    const w = walked.get(where);
    if (!w || listed.has(where))
      throw new MalformedError(
        `the central directory lists ${shown} at offset ${c.offset}, where no member starts (a hidden or overlapping member)`
      );
    if (names.has(c.name))
      throw new MalformedError(`the archive lists ${shown} twice (loaders pick different copies)`);
    names.add(c.name);
    listed.add(where);
    if (w.rawName !== c.rawName)
      throw new MalformedError(
        `the central directory names ${JSON.stringify(c.rawName)} a member whose local header names ${JSON.stringify(w.rawName)}`
      );
    if (w.method !== c.method)
      throw new MemberError(
        `member ${shown}: the local header says compression method ${w.method} but the central directory says ${c.method} (loaders read the directory)`
      );
    if ((w.flags & 1) !== (c.flags & 1))
      throw new MemberError(`member ${shown}: local header and central directory disagree on encryption`);
    if (w.csize !== c.csize || w.usize !== c.usize)
      throw new MemberError(
        `member ${shown}: the local header gives ${w.csize}/${w.usize} bytes but the central directory ${c.csize}/${c.usize} (compressed/uncompressed)`
      );
    if (w.crc !== c.crc)
      throw new MemberError(`member ${shown}: local header and central directory give different CRCs`);
    const ciphertext = (w.flags & 1) !== 0 && w.actualCrc !== c.crc && w.actualSize !== c.usize;
    if (!ciphertext && w.actualSize !== null && w.actualSize !== c.usize)
      throw new MemberError(
        `member ${shown}: its data is ${w.actualSize} bytes, not the ${c.usize} it declares`
      );
    if (!ciphertext && w.actualCrc !== null && w.actualCrc !== c.crc)
      throw new MemberError(
        `member ${shown}: its CRC does not match its data (a corrupted or tampered member)`
      );
    if (c.name !== c.rawName)
      throw new MemberError(
        `member name ${JSON.stringify(c.rawName)} holds a NUL: Python's zipfile reads it as ${shown}, other readers do not`
      );
  }
  for (const [at, w] of walked)
    if (!listed.has(at))
      throw new MemberError(
        `member ${JSON.stringify(w.name)} at offset ${at} is not in the central directory (stream readers see it, zipfile does not)`
      );
}
function findEndRecord(tail) {
  const b = Buffer3.from(tail.buffer, tail.byteOffset, tail.byteLength);
  if (b.length >= 22) {
    const last = b.length - 22;
    if (b.readUInt32LE(last) === EOCD && b.readUInt16LE(b.length - 2) === 0) return last;
  }
  const searchFrom = Math.max(0, b.length - 65536 - 22);
  const i = b.lastIndexOf(EOCD_SIG);
  return i >= searchFrom && i + 22 <= b.length ? i : -1;
}
function zipStartFromTail(tail, tailAt) {
  const i = findEndRecord(tail);
  if (i < 0) return null;
  const dv = view(tail);
  const entries = dv.getUint16(i + 10, true);
  let cdSize = dv.getUint32(i + 12, true);
  let cdOffset = dv.getUint32(i + 16, true);
  let endAt = tailAt + i;
  if (i >= 20 && dv.getUint32(i - 20, true) === ZIP64_LOCATOR && i >= 76) {
    const z = i - 76;
    if (dv.getUint32(z, true) === ZIP64_EOCD) {
      cdSize = u64(dv, z + 40);
      cdOffset = u64(dv, z + 48);
      endAt = tailAt + z;
    }
  }
  const cdAt = endAt - cdSize;
  if (cdAt < 0 || cdOffset > cdAt) return null;
  return { start: cdAt - cdOffset, directoryAt: cdAt, entries };
}

// src/safety/sniff.ts
async function sniffModelContent(chunks, size) {
  const reader = new ChunkReader(chunks());
  try {
    return await sniffStream(reader, size, 0);
  } catch (e) {
    if (e instanceof SourceError) throw e.cause;
    return null;
  } finally {
    await reader.close();
  }
}
var SNIFF_INFLATE = 64 * 1024 * 1024;
async function sniffStream(reader, size, depth) {
  {
    const magic = await reader.peek(2048 + 8);
    if (startsWith(magic, ascii("GGUF"))) return { kind: "gguf", strength: "model" };
    if (looksLikeSafetensors(magic, size)) return { kind: "safetensors", strength: "model" };
    if ([0, 512, 1024, 2048].some((at) => startsWith(magic.subarray(at), H5_MAGIC)))
      return { kind: "hdf5", strength: "note" };
    if (startsWith(magic, SEVEN_ZIP)) return { kind: "7z", strength: "note" };
    if (startsWith(magic, NPY_MAGIC)) {
      const objects = await npyHoldsPickle(reader).catch(() => false);
      return objects ? { kind: "npy-pickle", strength: "model" } : { kind: "npy", strength: "note" };
    }
    if (magic.length >= MAGIC_BYTES && isTarHeader(magic.subarray(0, MAGIC_BYTES)))
      return { kind: "tar", strength: "note" };
    if (startsWith(magic, ZIP_LOCAL)) {
      const inside = await zipContent(reader);
      if (inside === "pickle") return { kind: "zip-pickle", strength: "model" };
      if (inside === "unreadable") return { kind: "zip (malformed)", strength: "model" };
      return inside === "npz" ? { kind: "npz", strength: "note" } : null;
    }
    const wrapper = sniffWrapper(magic);
    if (wrapper && READABLE_WRAPPERS.has(wrapper) && (wrapper !== "zlib" || magic[0] === 120) && depth < 2) {
      const inner = new ChunkReader(
        unwrap(wrapper, rest(reader), { inflated: 0, maxInflated: SNIFF_INFLATE })
      );
      try {
        const found = await sniffStream(inner, null, depth + 1);
        return found && { kind: `${found.kind} (${wrapper})`, strength: found.strength };
      } catch (e) {
        if (e instanceof SourceError) throw e;
        return null;
      } finally {
        await inner.close();
      }
    }
    if (isProtocol2Pickle(magic) || PICKLE_START.has(magic[0] ?? -1)) {
      const s = await walkPickle(limited(rest(reader), SNIFF_INFLATE));
      const model = s.pickles > 0 || isProtocol2Pickle(magic) && s.pickle;
      return model ? { kind: "pickle", strength: "model" } : null;
    }
    return null;
  }
}
async function* limited(src, max) {
  let n = 0;
  for await (const c of src) {
    yield c;
    n += c.length;
    if (n >= max) return;
  }
}
var Found = class extends Error {
};
async function zipContent(reader) {
  let arrays = false;
  const budget = {
    inflated: 0,
    members: 0,
    maxInflated: DEFAULT_LIMITS.maxInflatedBytes,
    maxMembers: DEFAULT_LIMITS.maxMembers
  };
  try {
    await walkZip(reader, budget, () => async (data) => {
      const inner = new ChunkReader(data);
      try {
        const m = await inner.peek(MAGIC_BYTES);
        if (isProtocol2Pickle(m)) throw new Found();
        if (startsWith(m, NPY_MAGIC)) {
          if (await npyHoldsPickle(inner)) throw new Found();
          arrays = true;
        }
      } finally {
        await inner.close();
      }
    });
  } catch (e) {
    if (e instanceof Found) return "pickle";
    if (e instanceof SourceError) throw e;
    return "unreadable";
  }
  return arrays ? "npz" : null;
}

// src/safety/index.ts
function detect(magic, name, size) {
  if (startsWith(magic, ZIP_LOCAL) || startsWith(magic, ZIP_EMPTY)) return "zip";
  if (startsWith(magic, ascii("GGUF"))) return "gguf";
  if (startsWith(magic, NPY_MAGIC)) return "npy";
  if (startsWith(magic, H5_MAGIC)) return "h5";
  if (startsWith(magic, SEVEN_ZIP)) return "7z";
  if (isProtocol2Pickle(magic)) return "pickle";
  if (looksLikeSafetensors(magic, size)) return "safetensors";
  if (sniffWrapper(magic) !== null && sniffWrapper(magic) !== "zlib") return "wrapper";
  if (magic.length >= MAGIC_BYTES && isTarHeader(magic.subarray(0, MAGIC_BYTES))) return "tar";
  if (/\.safetensors$/i.test(name)) return "safetensors";
  if (/\.onnx$/i.test(name)) return "onnx";
  if (sniffWrapper(magic) === "zlib") return "wrapper";
  if (PICKLE_START.has(magic[0] ?? -1) || PICKLE_NAME.test(name)) return "pickle";
  if (looksLikeText(magic)) return "text";
  return "unknown";
}
function labelOf(at, ctx, what) {
  const via = at.via.length > 0 ? ` (inside ${at.via.join(" inside ")})` : "";
  if (what === void 0) return `${ctx.path}${at.member !== null ? `: member ${at.member}` : ""}${via}`;
  return `${ctx.path}: ${what}${at.member !== null ? ` ${what === "pickle" ? "member" : "in member"} ${at.member}` : ""}${via}`;
}
async function scanModelFile(path, chunks, size, limits = {}) {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const sink = new IssueSink(lim.maxIssues);
  const ctx = {
    path,
    sink,
    limits: lim,
    advice: pickleAdvice(path),
    budget: { inflated: 0, members: 0, maxInflated: lim.maxInflatedBytes, maxMembers: lim.maxMembers }
  };
  await guarded(ctx, path, async () => {
    const tail = new TailTap(
      chunks(),
      () => ctx.kind === void 0 || PROBED.has(ctx.kind) || ctx.keepTail === true
    );
    ctx.tail = tail;
    const reader = new ChunkReader(tail);
    try {
      const kind = await scanStream(
        reader,
        { member: null, via: [], name: path, depth: 0, top: true },
        ctx,
        size,
        chunks
      );
      if (PROBED.has(kind)) {
        while (await reader.next()) {
        }
        await probeForZip(tail, ctx, chunks, kind);
      }
    } finally {
      await reader.close();
    }
  });
  return sink.finish(path);
}
async function guarded(ctx, label, run) {
  const { sink } = ctx;
  try {
    await run();
  } catch (e) {
    if (e instanceof SourceError) throw e.cause;
    const what = ctx.kind && ctx.kind !== "unknown" && ctx.kind !== "text" ? `${ctx.kind} file` : "file";
    if (e instanceof MalformedError) {
      sink.add(
        "unsafe-format",
        "error",
        `${label} is not a valid ${what}: ${e.message}; it cannot be checked, so re-export it or remove it`
      );
    } else if (e instanceof LimitError) {
      sink.add("unsafe-format", "error", `${label}: ${e.message}; the rest of the ${what} was not scanned`);
    } else if (e instanceof UnreadableError) {
      sink.add("not-scanned", "note", `${label} ${e.message}`);
    } else {
      sink.add(
        "unsafe-format",
        "error",
        `${label} could not be scanned (${e instanceof Error ? e.message : String(e)}); treat it as unchecked`
      );
    }
  }
}
async function scanStream(reader, at, ctx, size, again) {
  const magic = await reader.peek(MAGIC_BYTES);
  let kind = detect(magic, at.name, size);
  if (kind === "unknown" && /\.(?:h5|hdf5|keras)$/i.test(at.name)) {
    if (await findH5Superblock(reader)) kind = "h5";
  }
  const { sink } = ctx;
  if (at.top && at.depth === 0) ctx.kind = kind;
  switch (kind) {
    case "zip":
      await scanZip(reader, at, ctx, 0);
      break;
    case "gguf":
      await scanGguf(reader, labelOf(at, ctx), sink);
      break;
    case "safetensors":
      if (size !== null) await scanSafetensors(reader, size, labelOf(at, ctx), sink);
      break;
    case "onnx":
      await scanOnnx(reader, labelOf(at, ctx), sink);
      break;
    case "h5":
      await scanH5(reader, labelOf(at, ctx), sink);
      break;
    case "npy":
      if (await npyHoldsPickle(reader))
        reportPickle(
          await walkPickle(rest(reader)),
          labelOf(at, ctx, "object array pickle"),
          ctx.advice,
          sink,
          { allowGlobals: ctx.limits.allowGlobals }
        );
      break;
    case "tar":
      await walkTar(reader, ctx.budget, async (name, data) => {
        if (!isLegacyTorchMember(name)) return scanMember(data, memberOf(at, name), name, at.depth + 1, ctx);
        const inner = new ChunkReader(data);
        try {
          await scanLegacyTorchMember(
            inner,
            name,
            `${ctx.path}: member ${memberOf(at, name)}`,
            ctx.advice,
            sink,
            ctx.limits.allowGlobals
          );
        } finally {
          await inner.close();
        }
      });
      break;
    case "7z":
      throw new UnreadableError(
        "is a 7z archive, which the scanner cannot read; store the model uncompressed or in a format it reads (safetensors)"
      );
    case "wrapper":
      return scanWrapped(reader, magic, at, ctx, again);
    case "pickle":
      await scanPickle(reader, at, ctx, again);
      break;
    case "text":
    case "unknown":
      if (at.top && kind === "unknown") notScanned(at, ctx);
      break;
  }
  return kind;
}
function allowed(at, ctx) {
  if (at.member === null) return ctx.limits.allowGlobals;
  return [...ctx.limits.allowGlobals ?? [], "__torch__.*"];
}
var CLAIMS_PICKLE = /\.(?:pkl|pickle)(?:\.(?:gz|bz2|xz|lzma|z))?$/i;
async function scanPickle(reader, at, ctx, again) {
  const magic = await reader.peek(64);
  const summary = await walkPickle(rest(reader));
  const joblib = summary.imports.some(
    (i) => i.module === "joblib.numpy_pickle" && i.name === "NumpyArrayWrapper"
  );
  if (joblib && summary.trailingAt !== null && again) {
    await reader.close();
    const second = new ChunkReader(again());
    try {
      await scanJoblib(second, labelOf(at, ctx), ctx.advice, ctx.sink, ctx.limits.allowGlobals);
      while (await second.next()) {
      }
    } finally {
      await second.close();
    }
    return;
  }
  const pickleName = PICKLE_NAME.test(at.name);
  if (!pickleName && !isProtocol2Pickle(magic) && summary.pickles === 0) {
    if (at.top && !looksLikeText(magic)) notScanned(at, ctx);
    return;
  }
  if (magic[0] === 128 || CLAIMS_PICKLE.test(at.name)) {
    reportPickle(summary, labelOf(at, ctx, "pickle"), ctx.advice, ctx.sink, {
      allowGlobals: allowed(at, ctx)
    });
    return;
  }
  if (!summary.pickle) {
    if (at.top || pickleName)
      ctx.sink.add(
        "not-scanned",
        "note",
        `${labelOf(at, ctx)} holds no pickle (${summary.invalid ?? "no pickle opcodes"}) and no other format the scanner recognises, so it was not scanned; review where it came from`
      );
    return;
  }
  reportPickle(summary, labelOf(at, ctx, "pickle"), ctx.advice, ctx.sink, {
    allowGlobals: allowed(at, ctx),
    notPickle: "silent"
  });
}
async function scanWrapped(reader, magic, at, ctx, again) {
  const kind = sniffWrapper(magic);
  if (!READABLE_WRAPPERS.has(kind))
    throw new UnreadableError(
      `is ${kind} compressed, which the scanner cannot read; store it uncompressed, or gzip/bzip2/xz compressed`
    );
  if (at.depth + 1 > ctx.limits.maxZipDepth)
    throw new LimitError(`compression and archives are nested more than ${ctx.limits.maxZipDepth} deep`);
  const wholeFile = at.top && at.depth === 0;
  if (kind === "xz") {
    if (ctx.xzOpen)
      throw new UnreadableError("holds xz data inside xz data, which the scanner does not read");
    ctx.xzOpen = true;
    if (wholeFile) ctx.keepTail = true;
  }
  const inner = new ChunkReader(unwrap(kind, rest(reader), ctx.budget));
  const reopen = again ? () => unwrap(kind, rest(new ChunkReader(again())), ctx.budget) : null;
  try {
    if (kind === "zlib") {
      try {
        await inner.peek(1);
      } catch (e) {
        if (!(e instanceof MalformedError)) throw e;
        return scanUnwrapped(magic, at, ctx, again);
      }
    }
    const name = at.name.replace(/\.(?:gz|bz2|xz|lzma|z)$/i, "");
    await scanStream(
      inner,
      { member: at.member, via: [kind, ...at.via], name, depth: at.depth + 1, top: at.top },
      ctx,
      null,
      reopen
    );
    while (await inner.next()) {
    }
  } finally {
    await inner.close();
    if (kind === "xz") ctx.xzOpen = false;
  }
  if (kind === "xz" && wholeFile && ctx.tail) await checkXzStreams(reader, ctx.tail);
  return "wrapper";
}
async function checkXzStreams(reader, tail) {
  while (await reader.next()) {
  }
  const last = lastXzStreamSize(tail.tail);
  if (last === null) {
    if (tail.total <= TailTap.KEEP)
      throw new MalformedError("the xz data has no valid stream footer where the file ends");
    return;
  }
  if (last.size + last.padding !== tail.total || last.padding % 4 !== 0)
    throw new MalformedError(
      "the file holds more than one xz stream (or bytes around it); the scanner decodes the first, Python's lzma reads them all"
    );
}
async function scanUnwrapped(magic, at, ctx, again) {
  if (!PICKLE_START.has(magic[0] ?? -1) || !again) {
    if (at.top) notScanned(at, ctx);
    return "unknown";
  }
  const plain = new ChunkReader(again());
  try {
    await scanPickle(plain, at, ctx, again);
  } finally {
    await plain.close();
  }
  return "pickle";
}
function notScanned(at, ctx, why = `${labelOf(at, ctx)} is not in a format the scanner recognises from its content, so it was not scanned; review where it came from`) {
  ctx.sink.add("not-scanned", "note", why);
}
function memberOf(at, name) {
  return at.member !== null ? `${at.member}!${name}` : name;
}
async function scanMember(data, member, name, depth, ctx) {
  if (depth > ctx.limits.maxZipDepth)
    throw new LimitError(`archives are nested more than ${ctx.limits.maxZipDepth} deep (${member})`);
  const inner = new ChunkReader(data);
  try {
    await scanStream(inner, { member, via: [], name, depth, top: false }, ctx, null, null);
  } catch (e) {
    if (e instanceof UnreadableError) {
      ctx.sink.add("not-scanned", "note", `${ctx.path}: member ${member} ${e.message}`);
      return;
    }
    if (e instanceof MalformedError && !(e instanceof MemberError))
      throw new MemberError(`member ${member}: ${e.message}`);
    throw e;
  } finally {
    await inner.close();
  }
}
async function scanZip(reader, at, ctx, prefix) {
  const { sink } = ctx;
  const flagged = [];
  const onMember = (e) => {
    const label = `${ctx.path}: member ${memberOf(at, e.name)}`;
    if (e.encrypted && isReadableMethod(e.method))
      return async (data) => {
        const sub = new IssueSink(ctx.limits.maxIssues);
        const entry = { entry: e, sub, failure: void 0 };
        flagged.push(entry);
        try {
          await scanMember(data, memberOf(at, e.name), e.name, at.depth + 1, { ...ctx, sink: sub });
        } catch (err) {
          if (!(err instanceof MalformedError)) throw err;
          entry.failure = err;
        }
      };
    if (e.encrypted) {
      notScanned(at, ctx, encryptedNote(label));
      return null;
    }
    if (!isReadableMethod(e.method)) {
      sink.add(
        "unsafe-format",
        "error",
        `${label} cannot be read (compression method ${e.method}), so it was not scanned; re-save the archive without it`
      );
      return null;
    }
    if (/\.debug_pkl$/.test(e.name)) return null;
    if (at.depth === 0 && e.name === "config.json")
      return async (data) => checkKerasConfig(await collect(data, MAX_CONFIG_BYTES, e.name), labelOf(at, ctx), sink);
    return (data) => scanMember(data, memberOf(at, e.name), e.name, at.depth + 1, ctx);
  };
  await walkZip(reader, ctx.budget, onMember, prefix);
  for (const { entry, sub, failure } of flagged) {
    const counts = entry.plaintext === true || entry.plaintext === null && (failure !== void 0 || sub.issues.some((i) => i.severity === "error"));
    if (!counts) {
      notScanned(at, ctx, encryptedNote(`${ctx.path}: member ${memberOf(at, entry.name)}`));
      continue;
    }
    for (const i of sub.issues) sink.add(i.kind, i.severity, i.message);
    if (failure !== void 0) throw failure;
  }
}
function encryptedNote(label) {
  return `${label} is encrypted, so it was not scanned; loaders cannot read it either. Re-save the archive without encryption to have it scanned`;
}
var PROBED = /* @__PURE__ */ new Set(["pickle", "h5", "unknown", "text"]);
var TailTap = class _TailTap {
  constructor(src, wanted) {
    this.src = src;
    this.wanted = wanted;
  }
  src;
  wanted;
  static KEEP = 65536 + 22 + 76;
  tail = new Uint8Array(0);
  total = 0;
  async *[Symbol.asyncIterator]() {
    for await (const c of this.src) {
      this.total += c.length;
      if (!this.wanted()) {
        yield c;
        continue;
      }
      const keep = _TailTap.KEEP;
      if (c.length >= keep) this.tail = c.slice(c.length - keep);
      else {
        const joined = new Uint8Array(Math.min(keep, this.tail.length + c.length));
        const fromTail = joined.length - c.length;
        joined.set(this.tail.subarray(this.tail.length - fromTail), 0);
        joined.set(c, fromTail);
        this.tail = joined;
      }
      yield c;
    }
  }
};
async function probeForZip(tap, ctx, chunks, kind) {
  const found = zipStartFromTail(tap.tail, tap.total - tap.tail.length);
  if (found === null) return;
  if (found.entries > 0) {
    const probe = new ChunkReader(chunks());
    try {
      const at = found.directoryAt;
      if (await probe.skip(at) !== at || !startsWith(await probe.peek(4), [80, 75, 1, 2])) return;
    } finally {
      await probe.close();
    }
  }
  const { start } = found;
  const { path, sink } = ctx;
  sink.add(
    "unsafe-format",
    "error",
    `${path} holds a zip archive after ${start} bytes of ${kind === "h5" ? "HDF5" : kind === "pickle" ? "pickle" : "something else"}: Python's zipfile (Keras, NumPy archives) reads the archive, while h5py, torch.load and numpy.load read the file from its first byte; re-export it as one format`
  );
  const second = new ChunkReader(chunks());
  try {
    await guarded(ctx, `${path} (the zip archive at byte ${start})`, async () => {
      if (await second.skip(start) !== start) throw new MalformedError("the archive start is past the end");
      const magic = await second.peek(4);
      if (!startsWith(magic, ZIP_LOCAL) && !startsWith(magic, ZIP_EMPTY))
        throw new MalformedError("no zip header where the end record says the archive starts");
      await scanZip(second, { member: null, via: [], name: path, depth: 0, top: true }, ctx, start);
    });
  } finally {
    await second.close();
  }
}
async function collect(data, max, member) {
  const parts = [];
  let total = 0;
  for await (const c of data) {
    total += c.length;
    if (total > max) throw new LimitError(`member ${member} is larger than ${max} bytes`);
    parts.push(c.slice());
  }
  return Buffer4.concat(parts).toString("utf8");
}

export {
  isModelFileName,
  sniffModelContent,
  scanModelFile
};
/*! Bundled license information:

xz-decompress/dist/package/xz-decompress.js:
  (*!
   * Based on xzwasm (c) Steve Sanderson. License: MIT - https://github.com/SteveSanderson/xzwasm
   * Contains xz-embedded by Lasse Collin and Igor Pavlov. License: Public domain - https://tukaani.org/xz/embedded.html
   * and walloc (c) 2020 Igalia, S.L. License: MIT - https://github.com/wingo/walloc
   *)
*/
