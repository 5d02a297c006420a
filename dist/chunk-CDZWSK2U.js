import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  ENVIRONMENTS,
  MODEL_TYPES,
  RISK_TIERS
} from "./chunk-PFY7UIUT.js";
import {
  guessType
} from "./chunk-KVPEJXCI.js";
import {
  MAX_FORMAT_BYTES,
  SHA256_HEX,
  decodeText,
  isRecord,
  mappedSource,
  own,
  quote,
  sanitiseName,
  str
} from "./chunk-4WZRBO62.js";
import {
  normaliseRepoPath
} from "./chunk-CHNDTHGK.js";
import {
  parseDocument2 as parseDocument
} from "./chunk-PVXUEQET.js";
import {
  closest,
  require_equal,
  require_fast_deep_equal,
  require_ucs2length
} from "./chunk-N7ZQX2BM.js";
import {
  __commonJS,
  __toESM
} from "./chunk-YMPWKLZV.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties: properties2, items } = it.schema;
      if (ty === "object" && properties2) {
        for (const key in properties2) {
          assignDefault(it, key, properties2[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties2, missing) {
      return (0, codegen_1.or)(...properties2.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties2 = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties2.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties2) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
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
    exports.fastFormats = {
      ...exports.fullFormats,
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
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str2) {
      const matches = DATE.exec(str2);
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
      return function time(str2) {
        const matches = TIME.exec(str2);
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
      return function date_time(str2) {
        const dateTime = str2.split(DATE_TIME_SEPARATOR);
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
    function uri(str2) {
      return NOT_URI_FRAGMENT.test(str2) && URI.test(str2);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str2) {
      BYTE.lastIndex = 0;
      return BYTE.test(str2);
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
    function regex(str2) {
      if (Z_ANCHOR.test(str2))
        return false;
      try {
        new RegExp(str2);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv2) => {
      ajv2.addKeyword(exports.formatLimitDefinition);
      return ajv2;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv2, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv2, opts, formats_1.fullFormats, fullName);
        return ajv2;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv2, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv2);
      return ajv2;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv2, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv2.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv2.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// src/formats/cyclonedx-schemas.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);

// node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.6.SNAPSHOT.schema.json
var bom_1_6_SNAPSHOT_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "http://cyclonedx.org/schema/bom-1.6.schema.json",
  type: "object",
  title: "CycloneDX Bill of Materials Standard",
  $comment: "CycloneDX JSON schema is published under the terms of the Apache License 2.0.",
  required: [
    "bomFormat",
    "specVersion"
  ],
  additionalProperties: false,
  properties: {
    $schema: {
      type: "string"
    },
    bomFormat: {
      type: "string",
      title: "BOM Format",
      description: 'Specifies the format of the BOM. This helps to identify the file as CycloneDX since BOMs do not have a filename convention, nor does JSON schema support namespaces. This value must be "CycloneDX".',
      enum: [
        "CycloneDX"
      ]
    },
    specVersion: {
      type: "string",
      title: "CycloneDX Specification Version",
      description: "The version of the CycloneDX specification the BOM conforms to.",
      examples: ["1.6"]
    },
    serialNumber: {
      type: "string",
      title: "BOM Serial Number",
      description: "Every BOM generated SHOULD have a unique serial number, even if the contents of the BOM have not changed over time. If specified, the serial number must conform to [RFC 4122](https://www.ietf.org/rfc/rfc4122.html). Use of serial numbers is recommended.",
      examples: ["urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79"],
      pattern: "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
    },
    version: {
      type: "integer",
      title: "BOM Version",
      description: "Whenever an existing BOM is modified, either manually or through automated processes, the version of the BOM SHOULD be incremented by 1. When a system is presented with multiple BOMs with identical serial numbers, the system SHOULD use the most recent version of the BOM. The default version is '1'.",
      minimum: 1,
      default: 1,
      examples: [1]
    },
    metadata: {
      $ref: "#/definitions/metadata",
      title: "BOM Metadata",
      description: "Provides additional information about a BOM."
    },
    components: {
      type: "array",
      items: { $ref: "#/definitions/component" },
      uniqueItems: true,
      title: "Components",
      description: "A list of software and hardware components."
    },
    services: {
      type: "array",
      items: { $ref: "#/definitions/service" },
      uniqueItems: true,
      title: "Services",
      description: "A list of services. This may include microservices, function-as-a-service, and other types of network or intra-process services."
    },
    externalReferences: {
      type: "array",
      items: { $ref: "#/definitions/externalReference" },
      title: "External References",
      description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
    },
    dependencies: {
      type: "array",
      items: { $ref: "#/definitions/dependency" },
      uniqueItems: true,
      title: "Dependencies",
      description: "Provides the ability to document dependency relationships including provided & implemented components."
    },
    compositions: {
      type: "array",
      items: { $ref: "#/definitions/compositions" },
      uniqueItems: true,
      title: "Compositions",
      description: "Compositions describe constituent parts (including components, services, and dependency relationships) and their completeness. The completeness of vulnerabilities expressed in a BOM may also be described."
    },
    vulnerabilities: {
      type: "array",
      items: { $ref: "#/definitions/vulnerability" },
      uniqueItems: true,
      title: "Vulnerabilities",
      description: "Vulnerabilities identified in components or services."
    },
    annotations: {
      type: "array",
      items: { $ref: "#/definitions/annotations" },
      uniqueItems: true,
      title: "Annotations",
      description: "Comments made by people, organizations, or tools about any object with a bom-ref, such as components, services, vulnerabilities, or the BOM itself. Unlike inventory information, annotations may contain opinions or commentary from various stakeholders. Annotations may be inline (with inventory) or externalized via BOM-Link and may optionally be signed."
    },
    formulation: {
      type: "array",
      items: { $ref: "#/definitions/formula" },
      uniqueItems: true,
      title: "Formulation",
      description: "Describes how a component or service was manufactured or deployed. This is achieved through the use of formulas, workflows, tasks, and steps, which declare the precise steps to reproduce along with the observed formulas describing the steps which transpired in the manufacturing process."
    },
    declarations: {
      type: "object",
      title: "Declarations",
      description: "The list of declarations which describe the conformance to standards. Each declaration may include attestations, claims, and evidence.",
      additionalProperties: false,
      properties: {
        assessors: {
          type: "array",
          title: "Assessors",
          description: "The list of assessors evaluating claims and determining conformance to requirements and confidence in that assessment.",
          items: {
            type: "object",
            title: "Assessor",
            description: "The assessor who evaluates claims and determines conformance to requirements and confidence in that assessment.",
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM."
              },
              thirdParty: {
                type: "boolean",
                title: "Third Party",
                description: "The boolean indicating if the assessor is outside the organization generating claims. A value of false indicates a self assessor."
              },
              organization: {
                $ref: "#/definitions/organizationalEntity",
                title: "Organization",
                description: "The entity issuing the assessment."
              }
            }
          }
        },
        attestations: {
          type: "array",
          title: "Attestations",
          description: "The list of attestations asserted by an assessor that maps requirements to claims.",
          items: {
            type: "object",
            title: "Attestation",
            additionalProperties: false,
            properties: {
              summary: {
                type: "string",
                title: "Summary",
                description: "The short description explaining the main points of the attestation."
              },
              assessor: {
                $ref: "#/definitions/refLinkType",
                title: "Assessor",
                description: "The `bom-ref` to the assessor asserting the attestation."
              },
              map: {
                type: "array",
                title: "Map",
                description: "The grouping of requirements to claims and the attestors declared conformance and confidence thereof.",
                items: {
                  type: "object",
                  title: "Map",
                  additionalProperties: false,
                  properties: {
                    requirement: {
                      $ref: "#/definitions/refLinkType",
                      title: "Requirement",
                      description: "The `bom-ref` to the requirement being attested to."
                    },
                    claims: {
                      type: "array",
                      title: "Claims",
                      description: "The list of `bom-ref` to the claims being attested to.",
                      items: { $ref: "#/definitions/refLinkType" }
                    },
                    counterClaims: {
                      type: "array",
                      title: "Counter Claims",
                      description: "The list of  `bom-ref` to the counter claims being attested to.",
                      items: { $ref: "#/definitions/refLinkType" }
                    },
                    conformance: {
                      type: "object",
                      title: "Conformance",
                      description: "The conformance of the claim meeting a requirement.",
                      additionalProperties: false,
                      properties: {
                        score: {
                          type: "number",
                          minimum: 0,
                          maximum: 1,
                          title: "Score",
                          description: "The conformance of the claim between and inclusive of 0 and 1, where 1 is 100% conformance."
                        },
                        rationale: {
                          type: "string",
                          title: "Rationale",
                          description: "The rationale for the conformance score."
                        },
                        mitigationStrategies: {
                          type: "array",
                          title: "Mitigation Strategies",
                          description: "The list of  `bom-ref` to the evidence provided describing the mitigation strategies.",
                          items: { $ref: "#/definitions/refLinkType" }
                        }
                      }
                    },
                    confidence: {
                      type: "object",
                      title: "Confidence",
                      description: "The confidence of the claim meeting the requirement.",
                      additionalProperties: false,
                      properties: {
                        score: {
                          type: "number",
                          minimum: 0,
                          maximum: 1,
                          title: "Score",
                          description: "The confidence of the claim between and inclusive of 0 and 1, where 1 is 100% confidence."
                        },
                        rationale: {
                          type: "string",
                          title: "Rationale",
                          description: "The rationale for the confidence score."
                        }
                      }
                    }
                  }
                }
              },
              signature: {
                $ref: "#/definitions/signature",
                title: "Signature",
                description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
              }
            }
          }
        },
        claims: {
          type: "array",
          title: "Claims",
          description: "The list of claims.",
          items: {
            type: "object",
            title: "Claim",
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM."
              },
              target: {
                $ref: "#/definitions/refLinkType",
                title: "Target",
                description: "The `bom-ref` to a target representing a specific system, application, API, module, team, person, process, business unit, company, etc...  that this claim is being applied to."
              },
              predicate: {
                type: "string",
                title: "Predicate",
                description: "The specific statement or assertion about the target."
              },
              mitigationStrategies: {
                type: "array",
                title: "Mitigation Strategies",
                description: "The list of  `bom-ref` to the evidence provided describing the mitigation strategies. Each mitigation strategy should include an explanation of how any weaknesses in the evidence will be mitigated.",
                items: { $ref: "#/definitions/refLinkType" }
              },
              reasoning: {
                type: "string",
                title: "Reasoning",
                description: "The written explanation of why the evidence provided substantiates the claim."
              },
              evidence: {
                type: "array",
                title: "Evidence",
                description: "The list of `bom-ref` to evidence that supports this claim.",
                items: { $ref: "#/definitions/refLinkType" }
              },
              counterEvidence: {
                type: "array",
                title: "Counter Evidence",
                description: "The list of `bom-ref` to counterEvidence that supports this claim.",
                items: { $ref: "#/definitions/refLinkType" }
              },
              externalReferences: {
                type: "array",
                items: { $ref: "#/definitions/externalReference" },
                title: "External References",
                description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
              },
              signature: {
                $ref: "#/definitions/signature",
                title: "Signature",
                description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
              }
            }
          }
        },
        evidence: {
          type: "array",
          title: "Evidence",
          description: "The list of evidence",
          items: {
            type: "object",
            title: "Evidence",
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM."
              },
              propertyName: {
                type: "string",
                title: "Property Name",
                description: "The reference to the property name as defined in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy/)."
              },
              description: {
                type: "string",
                title: "Description",
                description: "The written description of what this evidence is and how it was created."
              },
              data: {
                type: "array",
                title: "Data",
                description: "The output or analysis that supports claims.",
                items: {
                  type: "object",
                  title: "Data",
                  additionalProperties: false,
                  properties: {
                    name: {
                      title: "Data Name",
                      description: "The name of the data.",
                      type: "string"
                    },
                    contents: {
                      type: "object",
                      title: "Data Contents",
                      description: "The contents or references to the contents of the data being described.",
                      additionalProperties: false,
                      properties: {
                        attachment: {
                          title: "Data Attachment",
                          description: "An optional way to include textual or encoded data.",
                          $ref: "#/definitions/attachment"
                        },
                        url: {
                          type: "string",
                          title: "Data URL",
                          description: "The URL to where the data can be retrieved.",
                          format: "iri-reference"
                        }
                      }
                    },
                    classification: {
                      $ref: "#/definitions/dataClassification"
                    },
                    sensitiveData: {
                      type: "array",
                      title: "Sensitive Data",
                      description: "A description of any sensitive data included.",
                      items: {
                        type: "string"
                      }
                    },
                    governance: {
                      title: "Data Governance",
                      $ref: "#/definitions/dataGovernance"
                    }
                  }
                }
              },
              created: {
                type: "string",
                format: "date-time",
                title: "Created",
                description: "The date and time (timestamp) when the evidence was created."
              },
              expires: {
                type: "string",
                format: "date-time",
                title: "Expires",
                description: "The optional date and time (timestamp) when the evidence is no longer valid."
              },
              author: {
                $ref: "#/definitions/organizationalContact",
                title: "Author",
                description: "The author of the evidence."
              },
              reviewer: {
                $ref: "#/definitions/organizationalContact",
                title: "Reviewer",
                description: "The reviewer of the evidence."
              },
              signature: {
                $ref: "#/definitions/signature",
                title: "Signature",
                description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
              }
            }
          }
        },
        targets: {
          type: "object",
          title: "Targets",
          description: "The list of targets which claims are made against.",
          additionalProperties: false,
          properties: {
            organizations: {
              type: "array",
              title: "Organizations",
              description: "The list of organizations which claims are made against.",
              items: { $ref: "#/definitions/organizationalEntity" }
            },
            components: {
              type: "array",
              title: "Components",
              description: "The list of components which claims are made against.",
              items: { $ref: "#/definitions/component" }
            },
            services: {
              type: "array",
              title: "Services",
              description: "The list of services which claims are made against.",
              items: { $ref: "#/definitions/service" }
            }
          }
        },
        affirmation: {
          type: "object",
          title: "Affirmation",
          description: "A concise statement affirmed by an individual regarding all declarations, often used for third-party auditor acceptance or recipient acknowledgment. It includes a list of authorized signatories who assert the validity of the document on behalf of the organization.",
          additionalProperties: false,
          properties: {
            statement: {
              type: "string",
              title: "Statement",
              description: "The brief statement affirmed by an individual regarding all declarations.\n*- Notes This could be an affirmation of acceptance by a third-party auditor or receiving individual of a file.",
              examples: ["I certify, to the best of my knowledge, that all information is correct."]
            },
            signatories: {
              type: "array",
              title: "Signatories",
              description: "The list of signatories authorized on behalf of an organization to assert validity of this document.",
              items: {
                type: "object",
                title: "Signatory",
                additionalProperties: false,
                oneOf: [
                  {
                    required: ["signature"]
                  },
                  {
                    required: ["externalReference", "organization"]
                  }
                ],
                properties: {
                  name: {
                    type: "string",
                    title: "Name",
                    description: "The signatory's name."
                  },
                  role: {
                    type: "string",
                    title: "Role",
                    description: "The signatory's role within an organization."
                  },
                  signature: {
                    $ref: "#/definitions/signature",
                    title: "Signature",
                    description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
                  },
                  organization: {
                    $ref: "#/definitions/organizationalEntity",
                    title: "Organization",
                    description: "The signatory's organization."
                  },
                  externalReference: {
                    $ref: "#/definitions/externalReference",
                    title: "External Reference",
                    description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
                  }
                }
              }
            },
            signature: {
              $ref: "#/definitions/signature",
              title: "Signature",
              description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
            }
          }
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    definitions: {
      type: "object",
      title: "Definitions",
      description: "A collection of reusable objects that are defined and may be used elsewhere in the BOM.",
      additionalProperties: false,
      properties: {
        standards: {
          type: "array",
          title: "Standards",
          description: "The list of standards which may consist of regulations, industry or organizational-specific standards, maturity models, best practices, or any other requirements which can be evaluated against or attested to.",
          items: {
            $ref: "#/definitions/standard"
          }
        }
      }
    },
    properties: {
      type: "array",
      title: "Properties",
      description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
      items: {
        $ref: "#/definitions/property"
      }
    },
    signature: {
      $ref: "#/definitions/signature",
      title: "Signature",
      description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
    }
  },
  definitions: {
    refType: {
      description: "Identifier for referable and therefore interlinkable elements.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
      type: "string",
      minLength: 1,
      $comment: "TODO (breaking change): add a format constraint that prevents the value from starting with 'urn:cdx:'"
    },
    refLinkType: {
      description: "Descriptor for an element identified by the attribute 'bom-ref' in the same BOM document.\nIn contrast to `bomLinkElementType`.",
      $ref: "#/definitions/refType"
    },
    bomLinkDocumentType: {
      title: "BOM-Link Document",
      description: "Descriptor for another BOM document. See https://cyclonedx.org/capabilities/bomlink/",
      type: "string",
      format: "iri-reference",
      pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*$",
      $comment: "part of the pattern is based on `bom.serialNumber`'s pattern"
    },
    bomLinkElementType: {
      title: "BOM-Link Element",
      description: "Descriptor for an element in a BOM document. See https://cyclonedx.org/capabilities/bomlink/",
      type: "string",
      format: "iri-reference",
      pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$",
      $comment: "part of the pattern is based on `bom.serialNumber`'s pattern"
    },
    bomLink: {
      title: "BOM-Link",
      anyOf: [
        {
          title: "BOM-Link Document",
          $ref: "#/definitions/bomLinkDocumentType"
        },
        {
          title: "BOM-Link Element",
          $ref: "#/definitions/bomLinkElementType"
        }
      ]
    },
    metadata: {
      type: "object",
      title: "BOM Metadata",
      additionalProperties: false,
      properties: {
        timestamp: {
          type: "string",
          format: "date-time",
          title: "Timestamp",
          description: "The date and time (timestamp) when the BOM was created."
        },
        lifecycles: {
          type: "array",
          title: "Lifecycles",
          description: "Lifecycles communicate the stage(s) in which data in the BOM was captured. Different types of data may be available at various phases of a lifecycle, such as the Software Development Lifecycle (SDLC), IT Asset Management (ITAM), and Software Asset Management (SAM). Thus, a BOM may include data specific to or only obtainable in a given lifecycle.",
          items: {
            type: "object",
            title: "Lifecycle",
            description: "The product lifecycle(s) that this BOM represents.",
            oneOf: [
              {
                title: "Pre-Defined Phase",
                required: ["phase"],
                additionalProperties: false,
                properties: {
                  phase: {
                    type: "string",
                    title: "Phase",
                    description: "A pre-defined phase in the product lifecycle.",
                    enum: [
                      "design",
                      "pre-build",
                      "build",
                      "post-build",
                      "operations",
                      "discovery",
                      "decommission"
                    ],
                    "meta:enum": {
                      design: "BOM produced early in the development lifecycle containing an inventory of components and services that are proposed or planned to be used. The inventory may need to be procured, retrieved, or resourced prior to use.",
                      "pre-build": "BOM consisting of information obtained prior to a build process and may contain source files and development artifacts and manifests. The inventory may need to be resolved and retrieved prior to use.",
                      build: "BOM consisting of information obtained during a build process where component inventory is available for use. The precise versions of resolved components are usually available at this time as well as the provenance of where the components were retrieved from.",
                      "post-build": "BOM consisting of information obtained after a build process has completed and the resulting components(s) are available for further analysis. Built components may exist as the result of a CI/CD process, may have been installed or deployed to a system or device, and may need to be retrieved or extracted from the system or device.",
                      operations: "BOM produced that represents inventory that is running and operational. This may include staging or production environments and will generally encompass multiple SBOMs describing the applications and operating system, along with HBOMs describing the hardware that makes up the system. Operations Bill of Materials (OBOM) can provide full-stack inventory of runtime environments, configurations, and additional dependencies.",
                      discovery: "BOM consisting of information observed through network discovery providing point-in-time enumeration of embedded, on-premise, and cloud-native services such as server applications, connected devices, microservices, and serverless functions.",
                      decommission: "BOM containing inventory that will be, or has been retired from operations."
                    }
                  }
                }
              },
              {
                title: "Custom Phase",
                required: ["name"],
                additionalProperties: false,
                properties: {
                  name: {
                    type: "string",
                    title: "Name",
                    description: "The name of the lifecycle phase"
                  },
                  description: {
                    type: "string",
                    title: "Description",
                    description: "The description of the lifecycle phase"
                  }
                }
              }
            ]
          }
        },
        tools: {
          title: "Tools",
          description: "The tool(s) used in the creation, enrichment, and validation of the BOM.",
          oneOf: [
            {
              type: "object",
              title: "Tools",
              description: "The tool(s) used in the creation, enrichment, and validation of the BOM.",
              additionalProperties: false,
              properties: {
                components: {
                  type: "array",
                  items: { $ref: "#/definitions/component" },
                  uniqueItems: true,
                  title: "Components",
                  description: "A list of software and hardware components used as tools."
                },
                services: {
                  type: "array",
                  items: { $ref: "#/definitions/service" },
                  uniqueItems: true,
                  title: "Services",
                  description: "A list of services used as tools. This may include microservices, function-as-a-service, and other types of network or intra-process services."
                }
              }
            },
            {
              type: "array",
              title: "Tools (legacy)",
              description: "[Deprecated] The tool(s) used in the creation, enrichment, and validation of the BOM.",
              items: { $ref: "#/definitions/tool" }
            }
          ]
        },
        manufacturer: {
          title: "BOM Manufacturer",
          description: "The organization that created the BOM.\nManufacturer is common in BOMs created through automated processes. BOMs created through manual means may have `@.authors` instead.",
          $ref: "#/definitions/organizationalEntity"
        },
        authors: {
          type: "array",
          title: "BOM Authors",
          description: "The person(s) who created the BOM.\nAuthors are common in BOMs created through manual processes. BOMs created through automated means may have `@.manufacturer` instead.",
          items: { $ref: "#/definitions/organizationalContact" }
        },
        component: {
          title: "Component",
          description: "The component that the BOM describes.",
          $ref: "#/definitions/component"
        },
        manufacture: {
          deprecated: true,
          title: "Component Manufacture (legacy)",
          description: "[Deprecated] This will be removed in a future version. Use the `@.component.manufacturer` instead.\nThe organization that manufactured the component that the BOM describes.",
          $ref: "#/definitions/organizationalEntity"
        },
        supplier: {
          title: "Supplier",
          description: " The organization that supplied the component that the BOM describes. The supplier may often be the manufacturer, but may also be a distributor or repackager.",
          $ref: "#/definitions/organizationalEntity"
        },
        licenses: {
          title: "BOM License(s)",
          description: "The license information for the BOM document.\nThis may be different from the license(s) of the component(s) that the BOM describes.",
          $ref: "#/definitions/licenseChoice"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        }
      }
    },
    tool: {
      type: "object",
      title: "Tool",
      description: "[Deprecated] This will be removed in a future version. Use component or service instead. Information about the automated or manual tool used",
      additionalProperties: false,
      properties: {
        vendor: {
          type: "string",
          title: "Tool Vendor",
          description: "The name of the vendor who created the tool"
        },
        name: {
          type: "string",
          title: "Tool Name",
          description: "The name of the tool"
        },
        version: {
          $ref: "#/definitions/version",
          title: "Tool Version",
          description: "The version of the tool"
        },
        hashes: {
          type: "array",
          items: { $ref: "#/definitions/hash" },
          title: "Hashes",
          description: "The hashes of the tool (if applicable)."
        },
        externalReferences: {
          type: "array",
          items: { $ref: "#/definitions/externalReference" },
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant, but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
        }
      }
    },
    organizationalEntity: {
      type: "object",
      title: "Organizational Entity",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        name: {
          type: "string",
          title: "Organization Name",
          description: "The name of the organization",
          examples: [
            "Example Inc."
          ]
        },
        address: {
          $ref: "#/definitions/postalAddress",
          title: "Organization Address",
          description: "The physical address (location) of the organization"
        },
        url: {
          type: "array",
          items: {
            type: "string",
            format: "iri-reference"
          },
          title: "Organization URL(s)",
          description: "The URL of the organization. Multiple URLs are allowed.",
          examples: ["https://example.com"]
        },
        contact: {
          type: "array",
          title: "Organizational Contact",
          description: "A contact at the organization. Multiple contacts are allowed.",
          items: { $ref: "#/definitions/organizationalContact" }
        }
      }
    },
    organizationalContact: {
      type: "object",
      title: "Organizational Contact",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        name: {
          type: "string",
          title: "Name",
          description: "The name of a contact",
          examples: ["Contact name"]
        },
        email: {
          type: "string",
          format: "idn-email",
          title: "Email Address",
          description: "The email address of the contact.",
          examples: ["firstname.lastname@example.com"]
        },
        phone: {
          type: "string",
          title: "Phone",
          description: "The phone number of the contact.",
          examples: ["800-555-1212"]
        }
      }
    },
    component: {
      type: "object",
      title: "Component",
      required: [
        "type",
        "name"
      ],
      additionalProperties: false,
      properties: {
        type: {
          type: "string",
          enum: [
            "application",
            "framework",
            "library",
            "container",
            "platform",
            "operating-system",
            "device",
            "device-driver",
            "firmware",
            "file",
            "machine-learning-model",
            "data",
            "cryptographic-asset"
          ],
          "meta:enum": {
            application: "A software application. Refer to [https://en.wikipedia.org/wiki/Application_software](https://en.wikipedia.org/wiki/Application_software) for information about applications.",
            framework: "A software framework. Refer to [https://en.wikipedia.org/wiki/Software_framework](https://en.wikipedia.org/wiki/Software_framework) for information on how frameworks vary slightly from libraries.",
            library: "A software library. Refer to [https://en.wikipedia.org/wiki/Library_(computing)](https://en.wikipedia.org/wiki/Library_(computing)) for information about libraries. All third-party and open source reusable components will likely be a library. If the library also has key features of a framework, then it should be classified as a framework. If not, or is unknown, then specifying library is recommended.",
            container: "A packaging and/or runtime format, not specific to any particular technology, which isolates software inside the container from software outside of a container through virtualization technology. Refer to [https://en.wikipedia.org/wiki/OS-level_virtualization](https://en.wikipedia.org/wiki/OS-level_virtualization).",
            platform: "A runtime environment which interprets or executes software. This may include runtimes such as those that execute bytecode or low-code/no-code application platforms.",
            "operating-system": "A software operating system without regard to deployment model (i.e. installed on physical hardware, virtual machine, image, etc) Refer to [https://en.wikipedia.org/wiki/Operating_system](https://en.wikipedia.org/wiki/Operating_system).",
            device: "A hardware device such as a processor or chip-set. A hardware device containing firmware SHOULD include a component for the physical hardware itself and another component of type 'firmware' or 'operating-system' (whichever is relevant), describing information about the software running on the device. See also the list of [known device properties](https://github.com/CycloneDX/cyclonedx-property-taxonomy/blob/main/cdx/device.md).",
            "device-driver": "A special type of software that operates or controls a particular type of device. Refer to [https://en.wikipedia.org/wiki/Device_driver](https://en.wikipedia.org/wiki/Device_driver).",
            firmware: "A special type of software that provides low-level control over a device's hardware. Refer to [https://en.wikipedia.org/wiki/Firmware](https://en.wikipedia.org/wiki/Firmware).",
            file: "A computer file. Refer to [https://en.wikipedia.org/wiki/Computer_file](https://en.wikipedia.org/wiki/Computer_file) for information about files.",
            "machine-learning-model": "A model based on training data that can make predictions or decisions without being explicitly programmed to do so.",
            data: "A collection of discrete values that convey information.",
            "cryptographic-asset": "A cryptographic asset including algorithms, protocols, certificates, keys, tokens, and secrets."
          },
          title: "Component Type",
          description: "Specifies the type of component. For software components, classify as application if no more specific appropriate classification is available or cannot be determined for the component.",
          examples: ["library"]
        },
        "mime-type": {
          type: "string",
          title: "Mime-Type",
          description: "The optional mime-type of the component. When used on file components, the mime-type can provide additional context about the kind of file being represented, such as an image, font, or executable. Some library or framework components may also have an associated mime-type.",
          examples: ["image/jpeg"],
          pattern: "^[-+a-z0-9.]+/[-+a-z0-9.]+$"
        },
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the component elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        supplier: {
          title: "Component Supplier",
          description: " The organization that supplied the component. The supplier may often be the manufacturer, but may also be a distributor or repackager.",
          $ref: "#/definitions/organizationalEntity"
        },
        manufacturer: {
          title: "Component Manufacturer",
          description: "The organization that created the component.\nManufacturer is common in components created through automated processes. Components created through manual means may have `@.authors` instead.",
          $ref: "#/definitions/organizationalEntity"
        },
        authors: {
          type: "array",
          title: "Component Authors",
          description: "The person(s) who created the component.\nAuthors are common in components created through manual processes. Components created through automated means may have `@.manufacturer` instead.",
          items: { $ref: "#/definitions/organizationalContact" }
        },
        author: {
          deprecated: true,
          type: "string",
          title: "Component Author (legacy)",
          description: "[Deprecated] This will be removed in a future version. Use `@.authors` or `@.manufacturer` instead.\nThe person(s) or organization(s) that authored the component",
          examples: ["Acme Inc"]
        },
        publisher: {
          type: "string",
          title: "Component Publisher",
          description: "The person(s) or organization(s) that published the component",
          examples: ["Acme Inc"]
        },
        group: {
          type: "string",
          title: "Component Group",
          description: "The grouping name or identifier. This will often be a shortened, single name of the company or project that produced the component, or the source package or domain name. Whitespace and special characters should be avoided. Examples include: apache, org.apache.commons, and apache.org.",
          examples: ["com.acme"]
        },
        name: {
          type: "string",
          title: "Component Name",
          description: "The name of the component. This will often be a shortened, single name of the component. Examples: commons-lang3 and jquery",
          examples: ["tomcat-catalina"]
        },
        version: {
          $ref: "#/definitions/version",
          title: "Component Version",
          description: "The component version. The version should ideally comply with semantic versioning but is not enforced."
        },
        description: {
          type: "string",
          title: "Component Description",
          description: "Specifies a description for the component"
        },
        scope: {
          type: "string",
          enum: [
            "required",
            "optional",
            "excluded"
          ],
          "meta:enum": {
            required: "The component is required for runtime",
            optional: "The component is optional at runtime. Optional components are components that are not capable of being called due to them not being installed or otherwise accessible by any means. Components that are installed but due to configuration or other restrictions are prohibited from being called must be scoped as 'required'.",
            excluded: "Components that are excluded provide the ability to document component usage for test and other non-runtime purposes. Excluded components are not reachable within a call graph at runtime."
          },
          title: "Component Scope",
          description: "Specifies the scope of the component. If scope is not specified, 'required' scope SHOULD be assumed by the consumer of the BOM.",
          default: "required"
        },
        hashes: {
          type: "array",
          title: "Component Hashes",
          description: "The hashes of the component.",
          items: { $ref: "#/definitions/hash" }
        },
        licenses: {
          $ref: "#/definitions/licenseChoice",
          title: "Component License(s)"
        },
        copyright: {
          type: "string",
          title: "Component Copyright",
          description: "A copyright notice informing users of the underlying claims to copyright ownership in a published work.",
          examples: ["Acme Inc"]
        },
        cpe: {
          type: "string",
          title: "Common Platform Enumeration (CPE)",
          description: "Asserts the identity of the component using CPE. The CPE must conform to the CPE 2.2 or 2.3 specification. See [https://nvd.nist.gov/products/cpe](https://nvd.nist.gov/products/cpe). Refer to `@.evidence.identity` to optionally provide evidence that substantiates the assertion of the component's identity.",
          examples: ["cpe:2.3:a:acme:component_framework:-:*:*:*:*:*:*:*"]
        },
        purl: {
          type: "string",
          title: "Package URL (purl)",
          description: "Asserts the identity of the component using package-url (purl). The purl, if specified, must be valid and conform to the specification defined at: [https://github.com/package-url/purl-spec](https://github.com/package-url/purl-spec). Refer to `@.evidence.identity` to optionally provide evidence that substantiates the assertion of the component's identity.",
          examples: ["pkg:maven/com.acme/tomcat-catalina@9.0.14?packaging=jar"]
        },
        omniborId: {
          type: "array",
          title: "OmniBOR Artifact Identifier (gitoid)",
          description: "Asserts the identity of the component using the OmniBOR Artifact ID. The OmniBOR, if specified, must be valid and conform to the specification defined at: [https://www.iana.org/assignments/uri-schemes/prov/gitoid](https://www.iana.org/assignments/uri-schemes/prov/gitoid). Refer to `@.evidence.identity` to optionally provide evidence that substantiates the assertion of the component's identity.",
          items: { type: "string" },
          examples: [
            "gitoid:blob:sha1:a94a8fe5ccb19ba61c4c0873d391e987982fbbd3",
            "gitoid:blob:sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
          ]
        },
        swhid: {
          type: "array",
          title: "Software Heritage Identifier",
          description: "Asserts the identity of the component using the Software Heritage persistent identifier (SWHID). The SWHID, if specified, must be valid and conform to the specification defined at: [https://docs.softwareheritage.org/devel/swh-model/persistent-identifiers.html](https://docs.softwareheritage.org/devel/swh-model/persistent-identifiers.html). Refer to `@.evidence.identity` to optionally provide evidence that substantiates the assertion of the component's identity.",
          items: { type: "string" },
          examples: ["swh:1:cnt:94a9ed024d3859793618152ea559a168bbcbb5e2"]
        },
        swid: {
          $ref: "#/definitions/swid",
          title: "SWID Tag",
          description: "Asserts the identity of the component using [ISO-IEC 19770-2 Software Identification (SWID) Tags](https://www.iso.org/standard/65666.html). Refer to `@.evidence.identity` to optionally provide evidence that substantiates the assertion of the component's identity."
        },
        modified: {
          type: "boolean",
          title: "Component Modified From Original",
          description: "[Deprecated] This will be removed in a future version. Use the pedigree element instead to supply information on exactly how the component was modified. A boolean value indicating if the component has been modified from the original. A value of true indicates the component is a derivative of the original. A value of false indicates the component has not been modified from the original."
        },
        pedigree: {
          type: "object",
          title: "Component Pedigree",
          description: "Component pedigree is a way to document complex supply chain scenarios where components are created, distributed, modified, redistributed, combined with other components, etc. Pedigree supports viewing this complex chain from the beginning, the end, or anywhere in the middle. It also provides a way to document variants where the exact relation may not be known.",
          additionalProperties: false,
          properties: {
            ancestors: {
              type: "array",
              title: "Ancestors",
              description: "Describes zero or more components in which a component is derived from. This is commonly used to describe forks from existing projects where the forked version contains a ancestor node containing the original component it was forked from. For example, Component A is the original component. Component B is the component being used and documented in the BOM. However, Component B contains a pedigree node with a single ancestor documenting Component A - the original component from which Component B is derived from.",
              items: { $ref: "#/definitions/component" }
            },
            descendants: {
              type: "array",
              title: "Descendants",
              description: "Descendants are the exact opposite of ancestors. This provides a way to document all forks (and their forks) of an original or root component.",
              items: { $ref: "#/definitions/component" }
            },
            variants: {
              type: "array",
              title: "Variants",
              description: "Variants describe relations where the relationship between the components is not known. For example, if Component A contains nearly identical code to Component B. They are both related, but it is unclear if one is derived from the other, or if they share a common ancestor.",
              items: { $ref: "#/definitions/component" }
            },
            commits: {
              type: "array",
              title: "Commits",
              description: "A list of zero or more commits which provide a trail describing how the component deviates from an ancestor, descendant, or variant.",
              items: { $ref: "#/definitions/commit" }
            },
            patches: {
              type: "array",
              title: "Patches",
              description: ">A list of zero or more patches describing how the component deviates from an ancestor, descendant, or variant. Patches may be complementary to commits or may be used in place of commits.",
              items: { $ref: "#/definitions/patch" }
            },
            notes: {
              type: "string",
              title: "Notes",
              description: "Notes, observations, and other non-structured commentary describing the components pedigree."
            }
          }
        },
        externalReferences: {
          type: "array",
          items: { $ref: "#/definitions/externalReference" },
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
        },
        components: {
          type: "array",
          items: { $ref: "#/definitions/component" },
          uniqueItems: true,
          title: "Components",
          description: "A list of software and hardware components included in the parent component. This is not a dependency tree. It provides a way to specify a hierarchical representation of component assemblies, similar to system &#8594; subsystem &#8594; parts assembly in physical supply chains."
        },
        evidence: {
          $ref: "#/definitions/componentEvidence",
          title: "Evidence",
          description: "Provides the ability to document evidence collected through various forms of extraction or analysis."
        },
        releaseNotes: {
          $ref: "#/definitions/releaseNotes",
          title: "Release notes",
          description: "Specifies optional release notes."
        },
        modelCard: {
          $ref: "#/definitions/modelCard",
          title: "AI/ML Model Card"
        },
        data: {
          type: "array",
          items: { $ref: "#/definitions/componentData" },
          title: "Data",
          description: "This object SHOULD be specified for any component of type `data` and must not be specified for other component types."
        },
        cryptoProperties: {
          $ref: "#/definitions/cryptoProperties",
          title: "Cryptographic Properties"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        },
        tags: {
          $ref: "#/definitions/tags",
          title: "Tags"
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    swid: {
      type: "object",
      title: "SWID Tag",
      description: "Specifies metadata and content for ISO-IEC 19770-2 Software Identification (SWID) Tags.",
      required: [
        "tagId",
        "name"
      ],
      additionalProperties: false,
      properties: {
        tagId: {
          type: "string",
          title: "Tag ID",
          description: "Maps to the tagId of a SoftwareIdentity."
        },
        name: {
          type: "string",
          title: "Name",
          description: "Maps to the name of a SoftwareIdentity."
        },
        version: {
          type: "string",
          title: "Version",
          default: "0.0",
          description: "Maps to the version of a SoftwareIdentity."
        },
        tagVersion: {
          type: "integer",
          title: "Tag Version",
          default: 0,
          description: "Maps to the tagVersion of a SoftwareIdentity."
        },
        patch: {
          type: "boolean",
          title: "Patch",
          default: false,
          description: "Maps to the patch of a SoftwareIdentity."
        },
        text: {
          title: "Attachment text",
          description: "Specifies the metadata and content of the SWID tag.",
          $ref: "#/definitions/attachment"
        },
        url: {
          type: "string",
          title: "URL",
          description: "The URL to the SWID file.",
          format: "iri-reference"
        }
      }
    },
    attachment: {
      type: "object",
      title: "Attachment",
      description: "Specifies the metadata and content for an attachment.",
      required: [
        "content"
      ],
      additionalProperties: false,
      properties: {
        contentType: {
          type: "string",
          title: "Content-Type",
          description: "Specifies the format and nature of the data being attached, helping systems correctly interpret and process the content. Common content type examples include `application/json` for JSON data and `text/plain` for plain text documents.\n [RFC 2045 section 5.1](https://www.ietf.org/rfc/rfc2045.html#section-5.1) outlines the structure and use of content types. For a comprehensive list of registered content types, refer to the [IANA media types registry](https://www.iana.org/assignments/media-types/media-types.xhtml).",
          default: "text/plain",
          examples: [
            "text/plain",
            "application/json",
            "image/png"
          ]
        },
        encoding: {
          type: "string",
          title: "Encoding",
          description: "Specifies the optional encoding the text is represented in.",
          enum: [
            "base64"
          ],
          "meta:enum": {
            base64: "Base64 is a binary-to-text encoding scheme that represents binary data in an ASCII string."
          }
        },
        content: {
          type: "string",
          title: "Attachment Text",
          description: "The attachment data. Proactive controls such as input validation and sanitization should be employed to prevent misuse of attachment text."
        }
      }
    },
    hash: {
      type: "object",
      title: "Hash",
      required: [
        "alg",
        "content"
      ],
      additionalProperties: false,
      properties: {
        alg: {
          $ref: "#/definitions/hash-alg"
        },
        content: {
          $ref: "#/definitions/hash-content"
        }
      }
    },
    "hash-alg": {
      type: "string",
      title: "Hash Algorithm",
      description: "The algorithm that generated the hash value.",
      enum: [
        "MD5",
        "SHA-1",
        "SHA-256",
        "SHA-384",
        "SHA-512",
        "SHA3-256",
        "SHA3-384",
        "SHA3-512",
        "BLAKE2b-256",
        "BLAKE2b-384",
        "BLAKE2b-512",
        "BLAKE3"
      ]
    },
    "hash-content": {
      type: "string",
      title: "Hash Value",
      description: "The value of the hash.",
      examples: ["3942447fac867ae5cdb3229b658f4d48"],
      pattern: "^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$"
    },
    license: {
      type: "object",
      title: "License",
      description: "Specifies the details and attributes related to a software license. It can either include a valid SPDX license identifier or a named license, along with additional properties such as license acknowledgment, comprehensive commercial licensing information, and the full text of the license.",
      oneOf: [
        {
          required: ["id"]
        },
        {
          required: ["name"]
        }
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the license elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        id: {
          $ref: "spdx.SNAPSHOT.schema.json",
          title: "License ID (SPDX)",
          description: "A valid SPDX license identifier. If specified, this value must be one of the enumeration of valid SPDX license identifiers defined in the spdx.SNAPSHOT.schema.json (or spdx.xml) subschema which is synchronized with the official SPDX license list.",
          examples: ["Apache-2.0"]
        },
        name: {
          type: "string",
          title: "License Name",
          description: "The name of the license. This may include the name of a commercial or proprietary license or an open source license that may not be defined by SPDX.",
          examples: ["Acme Software License"]
        },
        acknowledgement: {
          $ref: "#/definitions/licenseAcknowledgementEnumeration"
        },
        text: {
          title: "License text",
          description: "An optional way to include the textual content of a license.",
          $ref: "#/definitions/attachment"
        },
        url: {
          type: "string",
          title: "License URL",
          description: "The URL to the license file. If specified, a 'license' externalReference should also be specified for completeness",
          examples: ["https://www.apache.org/licenses/LICENSE-2.0.txt"],
          format: "iri-reference"
        },
        licensing: {
          type: "object",
          title: "Licensing information",
          description: "Licensing details describing the licensor/licensee, license type, renewal and expiration dates, and other important metadata",
          additionalProperties: false,
          properties: {
            altIds: {
              type: "array",
              title: "Alternate License Identifiers",
              description: "License identifiers that may be used to manage licenses and their lifecycle",
              items: {
                type: "string"
              }
            },
            licensor: {
              title: "Licensor",
              description: "The individual or organization that grants a license to another individual or organization",
              type: "object",
              additionalProperties: false,
              properties: {
                organization: {
                  title: "Licensor (Organization)",
                  description: "The organization that granted the license",
                  $ref: "#/definitions/organizationalEntity"
                },
                individual: {
                  title: "Licensor (Individual)",
                  description: "The individual, not associated with an organization, that granted the license",
                  $ref: "#/definitions/organizationalContact"
                }
              },
              oneOf: [
                {
                  required: ["organization"]
                },
                {
                  required: ["individual"]
                }
              ]
            },
            licensee: {
              title: "Licensee",
              description: "The individual or organization for which a license was granted to",
              type: "object",
              additionalProperties: false,
              properties: {
                organization: {
                  title: "Licensee (Organization)",
                  description: "The organization that was granted the license",
                  $ref: "#/definitions/organizationalEntity"
                },
                individual: {
                  title: "Licensee (Individual)",
                  description: "The individual, not associated with an organization, that was granted the license",
                  $ref: "#/definitions/organizationalContact"
                }
              },
              oneOf: [
                {
                  required: ["organization"]
                },
                {
                  required: ["individual"]
                }
              ]
            },
            purchaser: {
              title: "Purchaser",
              description: "The individual or organization that purchased the license",
              type: "object",
              additionalProperties: false,
              properties: {
                organization: {
                  title: "Purchaser (Organization)",
                  description: "The organization that purchased the license",
                  $ref: "#/definitions/organizationalEntity"
                },
                individual: {
                  title: "Purchaser (Individual)",
                  description: "The individual, not associated with an organization, that purchased the license",
                  $ref: "#/definitions/organizationalContact"
                }
              },
              oneOf: [
                {
                  required: ["organization"]
                },
                {
                  required: ["individual"]
                }
              ]
            },
            purchaseOrder: {
              type: "string",
              title: "Purchase Order",
              description: "The purchase order identifier the purchaser sent to a supplier or vendor to authorize a purchase"
            },
            licenseTypes: {
              type: "array",
              title: "License Type",
              description: "The type of license(s) that was granted to the licensee.",
              items: {
                type: "string",
                enum: [
                  "academic",
                  "appliance",
                  "client-access",
                  "concurrent-user",
                  "core-points",
                  "custom-metric",
                  "device",
                  "evaluation",
                  "named-user",
                  "node-locked",
                  "oem",
                  "perpetual",
                  "processor-points",
                  "subscription",
                  "user",
                  "other"
                ],
                "meta:enum": {
                  academic: "A license that grants use of software solely for the purpose of education or research.",
                  appliance: "A license covering use of software embedded in a specific piece of hardware.",
                  "client-access": "A Client Access License (CAL) allows client computers to access services provided by server software.",
                  "concurrent-user": "A Concurrent User license (aka floating license) limits the number of licenses for a software application and licenses are shared among a larger number of users.",
                  "core-points": "A license where the core of a computer's processor is assigned a specific number of points.",
                  "custom-metric": "A license for which consumption is measured by non-standard metrics.",
                  device: "A license that covers a defined number of installations on computers and other types of devices.",
                  evaluation: "A license that grants permission to install and use software for trial purposes.",
                  "named-user": "A license that grants access to the software to one or more pre-defined users.",
                  "node-locked": "A license that grants access to the software on one or more pre-defined computers or devices.",
                  oem: "An Original Equipment Manufacturer license that is delivered with hardware, cannot be transferred to other hardware, and is valid for the life of the hardware.",
                  perpetual: "A license where the software is sold on a one-time basis and the licensee can use a copy of the software indefinitely.",
                  "processor-points": "A license where each installation consumes points per processor.",
                  subscription: "A license where the licensee pays a fee to use the software or service.",
                  user: "A license that grants access to the software or service by a specified number of users.",
                  other: "Another license type."
                }
              }
            },
            lastRenewal: {
              type: "string",
              format: "date-time",
              title: "Last Renewal",
              description: "The timestamp indicating when the license was last renewed. For new purchases, this is often the purchase or acquisition date. For non-perpetual licenses or subscriptions, this is the timestamp of when the license was last renewed."
            },
            expiration: {
              type: "string",
              format: "date-time",
              title: "Expiration",
              description: "The timestamp indicating when the current license expires (if applicable)."
            }
          }
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        }
      }
    },
    licenseAcknowledgementEnumeration: {
      title: "License Acknowledgement",
      description: "Declared licenses and concluded licenses represent two different stages in the licensing process within software development. Declared licenses refer to the initial intention of the software authors regarding the licensing terms under which their code is released. On the other hand, concluded licenses are the result of a comprehensive analysis of the project's codebase to identify and confirm the actual licenses of the components used, which may differ from the initially declared licenses. While declared licenses provide an upfront indication of the licensing intentions, concluded licenses offer a more thorough understanding of the actual licensing within a project, facilitating proper compliance and risk management. Observed licenses are defined in `@.evidence.licenses`. Observed licenses form the evidence necessary to substantiate a concluded license.",
      type: "string",
      enum: [
        "declared",
        "concluded"
      ],
      "meta:enum": {
        declared: "Declared licenses represent the initial intentions of authors regarding the licensing terms of their code.",
        concluded: "Concluded licenses are verified and confirmed."
      }
    },
    licenseChoice: {
      title: "License Choice",
      description: "EITHER (list of SPDX licenses and/or named licenses) OR (tuple of one SPDX License Expression)",
      type: "array",
      oneOf: [
        {
          title: "Multiple licenses",
          description: "A list of SPDX licenses and/or named licenses.",
          type: "array",
          items: {
            type: "object",
            title: "License",
            required: ["license"],
            additionalProperties: false,
            properties: {
              license: { $ref: "#/definitions/license" }
            }
          }
        },
        {
          title: "SPDX License Expression",
          description: "A tuple of exactly one SPDX License Expression.",
          type: "array",
          additionalItems: false,
          minItems: 1,
          maxItems: 1,
          items: [{
            type: "object",
            additionalProperties: false,
            required: ["expression"],
            properties: {
              expression: {
                type: "string",
                title: "SPDX License Expression",
                description: "A valid SPDX license expression.\nRefer to https://spdx.org/specifications for syntax requirements",
                examples: [
                  "Apache-2.0 AND (MIT OR GPL-2.0-only)",
                  "GPL-3.0-only WITH Classpath-exception-2.0"
                ]
              },
              acknowledgement: {
                $ref: "#/definitions/licenseAcknowledgementEnumeration"
              },
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An optional identifier which can be used to reference the license elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
              }
            }
          }]
        }
      ]
    },
    commit: {
      type: "object",
      title: "Commit",
      description: "Specifies an individual commit",
      additionalProperties: false,
      properties: {
        uid: {
          type: "string",
          title: "UID",
          description: "A unique identifier of the commit. This may be version control specific. For example, Subversion uses revision numbers whereas git uses commit hashes."
        },
        url: {
          type: "string",
          title: "URL",
          description: "The URL to the commit. This URL will typically point to a commit in a version control system.",
          format: "iri-reference"
        },
        author: {
          title: "Author",
          description: "The author who created the changes in the commit",
          $ref: "#/definitions/identifiableAction"
        },
        committer: {
          title: "Committer",
          description: "The person who committed or pushed the commit",
          $ref: "#/definitions/identifiableAction"
        },
        message: {
          type: "string",
          title: "Message",
          description: "The text description of the contents of the commit"
        }
      }
    },
    patch: {
      type: "object",
      title: "Patch",
      description: "Specifies an individual patch",
      required: [
        "type"
      ],
      additionalProperties: false,
      properties: {
        type: {
          type: "string",
          enum: [
            "unofficial",
            "monkey",
            "backport",
            "cherry-pick"
          ],
          "meta:enum": {
            unofficial: "A patch which is not developed by the creators or maintainers of the software being patched. Refer to [https://en.wikipedia.org/wiki/Unofficial_patch](https://en.wikipedia.org/wiki/Unofficial_patch).",
            monkey: "A patch which dynamically modifies runtime behavior. Refer to [https://en.wikipedia.org/wiki/Monkey_patch](https://en.wikipedia.org/wiki/Monkey_patch).",
            backport: "A patch which takes code from a newer version of the software and applies it to older versions of the same software. Refer to [https://en.wikipedia.org/wiki/Backporting](https://en.wikipedia.org/wiki/Backporting).",
            "cherry-pick": "A patch created by selectively applying commits from other versions or branches of the same software."
          },
          title: "Patch Type",
          description: "Specifies the purpose for the patch including the resolution of defects, security issues, or new behavior or functionality."
        },
        diff: {
          title: "Diff",
          description: "The patch file (or diff) that shows changes. Refer to [https://en.wikipedia.org/wiki/Diff](https://en.wikipedia.org/wiki/Diff)",
          $ref: "#/definitions/diff"
        },
        resolves: {
          type: "array",
          items: { $ref: "#/definitions/issue" },
          title: "Resolves",
          description: "A collection of issues the patch resolves"
        }
      }
    },
    diff: {
      type: "object",
      title: "Diff",
      description: "The patch file (or diff) that shows changes. Refer to https://en.wikipedia.org/wiki/Diff",
      additionalProperties: false,
      properties: {
        text: {
          title: "Diff text",
          description: "Specifies the optional text of the diff",
          $ref: "#/definitions/attachment"
        },
        url: {
          type: "string",
          title: "URL",
          description: "Specifies the URL to the diff",
          format: "iri-reference"
        }
      }
    },
    issue: {
      type: "object",
      title: "Issue",
      description: "An individual issue that has been resolved.",
      required: [
        "type"
      ],
      additionalProperties: false,
      properties: {
        type: {
          type: "string",
          enum: [
            "defect",
            "enhancement",
            "security"
          ],
          "meta:enum": {
            defect: "A fault, flaw, or bug in software.",
            enhancement: "A new feature or behavior in software.",
            security: "A special type of defect which impacts security."
          },
          title: "Issue Type",
          description: "Specifies the type of issue"
        },
        id: {
          type: "string",
          title: "Issue ID",
          description: "The identifier of the issue assigned by the source of the issue"
        },
        name: {
          type: "string",
          title: "Issue Name",
          description: "The name of the issue"
        },
        description: {
          type: "string",
          title: "Issue Description",
          description: "A description of the issue"
        },
        source: {
          type: "object",
          title: "Source",
          description: "The source of the issue where it is documented",
          additionalProperties: false,
          properties: {
            name: {
              type: "string",
              title: "Name",
              description: "The name of the source.",
              examples: [
                "National Vulnerability Database",
                "NVD",
                "Apache"
              ]
            },
            url: {
              type: "string",
              title: "URL",
              description: "The url of the issue documentation as provided by the source",
              format: "iri-reference"
            }
          }
        },
        references: {
          type: "array",
          items: {
            type: "string",
            format: "iri-reference"
          },
          title: "References",
          description: "A collection of URL's for reference. Multiple URLs are allowed.",
          examples: ["https://example.com"]
        }
      }
    },
    identifiableAction: {
      type: "object",
      title: "Identifiable Action",
      description: "Specifies an individual commit",
      additionalProperties: false,
      properties: {
        timestamp: {
          type: "string",
          format: "date-time",
          title: "Timestamp",
          description: "The timestamp in which the action occurred"
        },
        name: {
          type: "string",
          title: "Name",
          description: "The name of the individual who performed the action"
        },
        email: {
          type: "string",
          format: "idn-email",
          title: "E-mail",
          description: "The email address of the individual who performed the action"
        }
      }
    },
    externalReference: {
      type: "object",
      title: "External Reference",
      description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM.",
      required: [
        "url",
        "type"
      ],
      additionalProperties: false,
      properties: {
        url: {
          anyOf: [
            {
              title: "URL",
              type: "string",
              format: "iri-reference"
            },
            {
              title: "BOM-Link",
              $ref: "#/definitions/bomLink"
            }
          ],
          title: "URL",
          description: "The URI (URL or URN) to the external reference. External references are URIs and therefore can accept any URL scheme including https ([RFC-7230](https://www.ietf.org/rfc/rfc7230.txt)), mailto ([RFC-2368](https://www.ietf.org/rfc/rfc2368.txt)), tel ([RFC-3966](https://www.ietf.org/rfc/rfc3966.txt)), and dns ([RFC-4501](https://www.ietf.org/rfc/rfc4501.txt)). External references may also include formally registered URNs such as [CycloneDX BOM-Link](https://cyclonedx.org/capabilities/bomlink/) to reference CycloneDX BOMs or any object within a BOM. BOM-Link transforms applicable external references into relationships that can be expressed in a BOM or across BOMs."
        },
        comment: {
          type: "string",
          title: "Comment",
          description: "An optional comment describing the external reference"
        },
        type: {
          type: "string",
          title: "Type",
          description: "Specifies the type of external reference.",
          enum: [
            "vcs",
            "issue-tracker",
            "website",
            "advisories",
            "bom",
            "mailing-list",
            "social",
            "chat",
            "documentation",
            "support",
            "source-distribution",
            "distribution",
            "distribution-intake",
            "license",
            "build-meta",
            "build-system",
            "release-notes",
            "security-contact",
            "model-card",
            "log",
            "configuration",
            "evidence",
            "formulation",
            "attestation",
            "threat-model",
            "adversary-model",
            "risk-assessment",
            "vulnerability-assertion",
            "exploitability-statement",
            "pentest-report",
            "static-analysis-report",
            "dynamic-analysis-report",
            "runtime-analysis-report",
            "component-analysis-report",
            "maturity-report",
            "certification-report",
            "codified-infrastructure",
            "quality-metrics",
            "poam",
            "electronic-signature",
            "digital-signature",
            "rfc-9116",
            "other"
          ],
          "meta:enum": {
            vcs: "Version Control System",
            "issue-tracker": "Issue or defect tracking system, or an Application Lifecycle Management (ALM) system",
            website: "Website",
            advisories: "Security advisories",
            bom: "Bill of Materials (SBOM, OBOM, HBOM, SaaSBOM, etc)",
            "mailing-list": "Mailing list or discussion group",
            social: "Social media account",
            chat: "Real-time chat platform",
            documentation: "Documentation, guides, or how-to instructions",
            support: "Community or commercial support",
            "source-distribution": "The location where the source code distributable can be obtained. This is often an archive format such as zip or tgz. The source-distribution type complements use of the version control (vcs) type.",
            distribution: "Direct or repository download location",
            "distribution-intake": 'The location where a component was published to. This is often the same as "distribution" but may also include specialized publishing processes that act as an intermediary.',
            license: "The reference to the license file. If a license URL has been defined in the license node, it should also be defined as an external reference for completeness.",
            "build-meta": "Build-system specific meta file (i.e. pom.xml, package.json, .nuspec, etc)",
            "build-system": "Reference to an automated build system",
            "release-notes": "Reference to release notes",
            "security-contact": "Specifies a way to contact the maintainer, supplier, or provider in the event of a security incident. Common URIs include links to a disclosure procedure, a mailto (RFC-2368) that specifies an email address, a tel (RFC-3966) that specifies a phone number, or dns (RFC-4501) that specifies the records containing DNS Security TXT.",
            "model-card": "A model card describes the intended uses of a machine learning model, potential limitations, biases, ethical considerations, training parameters, datasets used to train the model, performance metrics, and other relevant data useful for ML transparency.",
            log: "A record of events that occurred in a computer system or application, such as problems, errors, or information on current operations.",
            configuration: "Parameters or settings that may be used by other components or services.",
            evidence: "Information used to substantiate a claim.",
            formulation: "Describes how a component or service was manufactured or deployed.",
            attestation: "Human or machine-readable statements containing facts, evidence, or testimony.",
            "threat-model": "An enumeration of identified weaknesses, threats, and countermeasures, dataflow diagram (DFD), attack tree, and other supporting documentation in human-readable or machine-readable format.",
            "adversary-model": "The defined assumptions, goals, and capabilities of an adversary.",
            "risk-assessment": "Identifies and analyzes the potential of future events that may negatively impact individuals, assets, and/or the environment. Risk assessments may also include judgments on the tolerability of each risk.",
            "vulnerability-assertion": "A Vulnerability Disclosure Report (VDR) which asserts the known and previously unknown vulnerabilities that affect a component, service, or product including the analysis and findings describing the impact (or lack of impact) that the reported vulnerability has on a component, service, or product.",
            "exploitability-statement": "A Vulnerability Exploitability eXchange (VEX) which asserts the known vulnerabilities that do not affect a product, product family, or organization, and optionally the ones that do. The VEX should include the analysis and findings describing the impact (or lack of impact) that the reported vulnerability has on the product, product family, or organization.",
            "pentest-report": "Results from an authorized simulated cyberattack on a component or service, otherwise known as a penetration test.",
            "static-analysis-report": "SARIF or proprietary machine or human-readable report for which static analysis has identified code quality, security, and other potential issues with the source code.",
            "dynamic-analysis-report": "Dynamic analysis report that has identified issues such as vulnerabilities and misconfigurations.",
            "runtime-analysis-report": "Report generated by analyzing the call stack of a running application.",
            "component-analysis-report": "Report generated by Software Composition Analysis (SCA), container analysis, or other forms of component analysis.",
            "maturity-report": "Report containing a formal assessment of an organization, business unit, or team against a maturity model.",
            "certification-report": "Industry, regulatory, or other certification from an accredited (if applicable) certification body.",
            "codified-infrastructure": "Code or configuration that defines and provisions virtualized infrastructure, commonly referred to as Infrastructure as Code (IaC).",
            "quality-metrics": "Report or system in which quality metrics can be obtained.",
            poam: 'Plans of Action and Milestones (POA&M) complement an "attestation" external reference. POA&M is defined by NIST as a "document that identifies tasks needing to be accomplished. It details resources required to accomplish the elements of the plan, any milestones in meeting the tasks and scheduled completion dates for the milestones".',
            "electronic-signature": "An e-signature is commonly a scanned representation of a written signature or a stylized script of the person's name.",
            "digital-signature": "A signature that leverages cryptography, typically public/private key pairs, which provides strong authenticity verification.",
            "rfc-9116": "Document that complies with [RFC 9116](https://www.ietf.org/rfc/rfc9116.html) (A File Format to Aid in Security Vulnerability Disclosure)",
            other: "Use this if no other types accurately describe the purpose of the external reference."
          }
        },
        hashes: {
          type: "array",
          items: { $ref: "#/definitions/hash" },
          title: "Hashes",
          description: "The hashes of the external reference (if applicable)."
        }
      }
    },
    dependency: {
      type: "object",
      title: "Dependency",
      description: "Defines the direct dependencies of a component, service, or the components provided/implemented by a given component. Components or services that do not have their own dependencies must be declared as empty elements within the graph. Components or services that are not represented in the dependency graph may have unknown dependencies. It is recommended that implementations assume this to be opaque and not an indicator of an object being dependency-free. It is recommended to leverage compositions to indicate unknown dependency graphs.",
      required: [
        "ref"
      ],
      additionalProperties: false,
      properties: {
        ref: {
          $ref: "#/definitions/refLinkType",
          title: "Reference",
          description: "References a component or service by its bom-ref attribute"
        },
        dependsOn: {
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/refLinkType"
          },
          title: "Depends On",
          description: "The bom-ref identifiers of the components or services that are dependencies of this dependency object."
        },
        provides: {
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/refLinkType"
          },
          title: "Provides",
          description: "The bom-ref identifiers of the components or services that define a given specification or standard, which are provided or implemented by this dependency object.\nFor example, a cryptographic library which implements a cryptographic algorithm. A component which implements another component does not imply that the implementation is in use."
        }
      }
    },
    service: {
      type: "object",
      title: "Service",
      required: [
        "name"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the service elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        provider: {
          title: "Provider",
          description: "The organization that provides the service.",
          $ref: "#/definitions/organizationalEntity"
        },
        group: {
          type: "string",
          title: "Service Group",
          description: "The grouping name, namespace, or identifier. This will often be a shortened, single name of the company or project that produced the service or domain name. Whitespace and special characters should be avoided.",
          examples: ["com.acme"]
        },
        name: {
          type: "string",
          title: "Service Name",
          description: "The name of the service. This will often be a shortened, single name of the service.",
          examples: ["ticker-service"]
        },
        version: {
          $ref: "#/definitions/version",
          title: "Service Version",
          description: "The service version."
        },
        description: {
          type: "string",
          title: "Service Description",
          description: "Specifies a description for the service"
        },
        endpoints: {
          type: "array",
          items: {
            type: "string",
            format: "iri-reference"
          },
          title: "Endpoints",
          description: "The endpoint URIs of the service. Multiple endpoints are allowed.",
          examples: ["https://example.com/api/v1/ticker"]
        },
        authenticated: {
          type: "boolean",
          title: "Authentication Required",
          description: "A boolean value indicating if the service requires authentication. A value of true indicates the service requires authentication prior to use. A value of false indicates the service does not require authentication."
        },
        "x-trust-boundary": {
          type: "boolean",
          title: "Crosses Trust Boundary",
          description: "A boolean value indicating if use of the service crosses a trust zone or boundary. A value of true indicates that by using the service, a trust boundary is crossed. A value of false indicates that by using the service, a trust boundary is not crossed."
        },
        trustZone: {
          type: "string",
          title: "Trust Zone",
          description: "The name of the trust zone the service resides in."
        },
        data: {
          type: "array",
          items: { $ref: "#/definitions/serviceData" },
          title: "Data",
          description: "Specifies information about the data including the directional flow of data and the data classification."
        },
        licenses: {
          $ref: "#/definitions/licenseChoice",
          title: "Service License(s)"
        },
        externalReferences: {
          type: "array",
          items: { $ref: "#/definitions/externalReference" },
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
        },
        services: {
          type: "array",
          items: { $ref: "#/definitions/service" },
          uniqueItems: true,
          title: "Services",
          description: "A list of services included or deployed behind the parent service. This is not a dependency tree. It provides a way to specify a hierarchical representation of service assemblies."
        },
        releaseNotes: {
          $ref: "#/definitions/releaseNotes",
          title: "Release notes",
          description: "Specifies optional release notes."
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        },
        tags: {
          $ref: "#/definitions/tags",
          title: "Tags"
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    serviceData: {
      type: "object",
      title: "Hash Objects",
      required: [
        "flow",
        "classification"
      ],
      additionalProperties: false,
      properties: {
        flow: {
          $ref: "#/definitions/dataFlowDirection",
          title: "Directional Flow",
          description: "Specifies the flow direction of the data. Direction is relative to the service. Inbound flow states that data enters the service. Outbound flow states that data leaves the service. Bi-directional states that data flows both ways and unknown states that the direction is not known."
        },
        classification: {
          $ref: "#/definitions/dataClassification"
        },
        name: {
          type: "string",
          title: "Name",
          description: "Name for the defined data",
          examples: [
            "Credit card reporting"
          ]
        },
        description: {
          type: "string",
          title: "Description",
          description: "Short description of the data content and usage",
          examples: [
            "Credit card information being exchanged in between the web app and the database"
          ]
        },
        governance: {
          title: "Data Governance",
          $ref: "#/definitions/dataGovernance"
        },
        source: {
          type: "array",
          items: {
            anyOf: [
              {
                title: "URL",
                type: "string",
                format: "iri-reference"
              },
              {
                title: "BOM-Link Element",
                $ref: "#/definitions/bomLinkElementType"
              }
            ]
          },
          title: "Source",
          description: "The URI, URL, or BOM-Link of the components or services the data came in from"
        },
        destination: {
          type: "array",
          items: {
            anyOf: [
              {
                title: "URL",
                type: "string",
                format: "iri-reference"
              },
              {
                title: "BOM-Link Element",
                $ref: "#/definitions/bomLinkElementType"
              }
            ]
          },
          title: "Destination",
          description: "The URI, URL, or BOM-Link of the components or services the data is sent to"
        }
      }
    },
    dataFlowDirection: {
      type: "string",
      enum: [
        "inbound",
        "outbound",
        "bi-directional",
        "unknown"
      ],
      "meta:enum": {
        inbound: "Data that enters a service.",
        outbound: "Data that exits a service.",
        "bi-directional": "Data flows in and out of the service.",
        unknown: "The directional flow of data is not known."
      },
      title: "Data flow direction",
      description: "Specifies the flow direction of the data. Direction is relative to the service."
    },
    copyright: {
      type: "object",
      title: "Copyright",
      description: "A copyright notice informing users of the underlying claims to copyright ownership in a published work.",
      required: [
        "text"
      ],
      additionalProperties: false,
      properties: {
        text: {
          type: "string",
          title: "Copyright Text",
          description: "The textual content of the copyright."
        }
      }
    },
    componentEvidence: {
      type: "object",
      title: "Evidence",
      description: "Provides the ability to document evidence collected through various forms of extraction or analysis.",
      additionalProperties: false,
      properties: {
        identity: {
          title: "Identity Evidence",
          description: "Evidence that substantiates the identity of a component. The identity may be an object or an array of identity objects. Support for specifying identity as a single object was introduced in CycloneDX v1.5. Arrays were introduced in v1.6. It is recommended that all implementations use arrays, even if only one identity object is specified.",
          oneOf: [
            {
              type: "array",
              title: "Array of Identity Objects",
              items: { $ref: "#/definitions/componentIdentityEvidence" }
            },
            {
              title: "A Single Identity Object",
              description: "[Deprecated]",
              $ref: "#/definitions/componentIdentityEvidence",
              deprecated: true
            }
          ]
        },
        occurrences: {
          type: "array",
          title: "Occurrences",
          description: "Evidence of individual instances of a component spread across multiple locations.",
          items: {
            type: "object",
            required: ["location"],
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An optional identifier which can be used to reference the occurrence elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
              },
              location: {
                type: "string",
                title: "Location",
                description: "The location or path to where the component was found."
              },
              line: {
                type: "integer",
                minimum: 0,
                title: "Line Number",
                description: "The line number where the component was found."
              },
              offset: {
                type: "integer",
                minimum: 0,
                title: "Offset",
                description: "The offset where the component was found."
              },
              symbol: {
                type: "string",
                title: "Symbol",
                description: "The symbol name that was found associated with the component."
              },
              additionalContext: {
                type: "string",
                title: "Additional Context",
                description: "Any additional context of the detected component (e.g. a code snippet)."
              }
            }
          }
        },
        callstack: {
          type: "object",
          title: "Call Stack",
          description: "Evidence of the components use through the callstack.",
          additionalProperties: false,
          properties: {
            frames: {
              type: "array",
              title: "Frames",
              description: "Within a call stack, a frame is a discrete unit that encapsulates an execution context, including local variables, parameters, and the return address. As function calls are made, frames are pushed onto the stack, forming an array-like structure that orchestrates the flow of program execution and manages the sequence of function invocations.",
              items: {
                type: "object",
                required: [
                  "module"
                ],
                additionalProperties: false,
                properties: {
                  package: {
                    title: "Package",
                    description: "A package organizes modules into namespaces, providing a unique namespace for each type it contains.",
                    type: "string"
                  },
                  module: {
                    title: "Module",
                    description: "A module or class that encloses functions/methods and other code.",
                    type: "string"
                  },
                  function: {
                    title: "Function",
                    description: "A block of code designed to perform a particular task.",
                    type: "string"
                  },
                  parameters: {
                    title: "Parameters",
                    description: "Optional arguments that are passed to the module or function.",
                    type: "array",
                    items: {
                      type: "string"
                    }
                  },
                  line: {
                    title: "Line",
                    description: "The line number the code that is called resides on.",
                    type: "integer"
                  },
                  column: {
                    title: "Column",
                    description: "The column the code that is called resides.",
                    type: "integer"
                  },
                  fullFilename: {
                    title: "Full Filename",
                    description: "The full path and filename of the module.",
                    type: "string"
                  }
                }
              }
            }
          }
        },
        licenses: {
          $ref: "#/definitions/licenseChoice",
          title: "License Evidence"
        },
        copyright: {
          type: "array",
          items: { $ref: "#/definitions/copyright" },
          title: "Copyright Evidence",
          description: "Copyright evidence captures intellectual property assertions, providing evidence of possible ownership and legal protection."
        }
      }
    },
    compositions: {
      type: "object",
      title: "Compositions",
      required: [
        "aggregate"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the composition elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        aggregate: {
          $ref: "#/definitions/aggregateType",
          title: "Aggregate",
          description: "Specifies an aggregate type that describes how complete a relationship is."
        },
        assemblies: {
          type: "array",
          uniqueItems: true,
          items: {
            anyOf: [
              {
                title: "Ref",
                $ref: "#/definitions/refLinkType"
              },
              {
                title: "BOM-Link Element",
                $ref: "#/definitions/bomLinkElementType"
              }
            ]
          },
          title: "BOM references",
          description: "The bom-ref identifiers of the components or services being described. Assemblies refer to nested relationships whereby a constituent part may include other constituent parts. References do not cascade to child parts. References are explicit for the specified constituent part only."
        },
        dependencies: {
          type: "array",
          uniqueItems: true,
          items: {
            type: "string"
          },
          title: "BOM references",
          description: "The bom-ref identifiers of the components or services being described. Dependencies refer to a relationship whereby an independent constituent part requires another independent constituent part. References do not cascade to transitive dependencies. References are explicit for the specified dependency only."
        },
        vulnerabilities: {
          type: "array",
          uniqueItems: true,
          items: {
            type: "string"
          },
          title: "BOM references",
          description: "The bom-ref identifiers of the vulnerabilities being described."
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    aggregateType: {
      type: "string",
      default: "not_specified",
      enum: [
        "complete",
        "incomplete",
        "incomplete_first_party_only",
        "incomplete_first_party_proprietary_only",
        "incomplete_first_party_opensource_only",
        "incomplete_third_party_only",
        "incomplete_third_party_proprietary_only",
        "incomplete_third_party_opensource_only",
        "unknown",
        "not_specified"
      ],
      "meta:enum": {
        complete: "The relationship is complete. No further relationships including constituent components, services, or dependencies are known to exist.",
        incomplete: "The relationship is incomplete. Additional relationships exist and may include constituent components, services, or dependencies.",
        incomplete_first_party_only: "The relationship is incomplete. Only relationships for first-party components, services, or their dependencies are represented.",
        incomplete_first_party_proprietary_only: "The relationship is incomplete. Only relationships for first-party components, services, or their dependencies are represented, limited specifically to those that are proprietary.",
        incomplete_first_party_opensource_only: "The relationship is incomplete. Only relationships for first-party components, services, or their dependencies are represented, limited specifically to those that are opensource.",
        incomplete_third_party_only: "The relationship is incomplete. Only relationships for third-party components, services, or their dependencies are represented.",
        incomplete_third_party_proprietary_only: "The relationship is incomplete. Only relationships for third-party components, services, or their dependencies are represented, limited specifically to those that are proprietary.",
        incomplete_third_party_opensource_only: "The relationship is incomplete. Only relationships for third-party components, services, or their dependencies are represented, limited specifically to those that are opensource.",
        unknown: "The relationship may be complete or incomplete. This usually signifies a 'best-effort' to obtain constituent components, services, or dependencies but the completeness is inconclusive.",
        not_specified: "The relationship completeness is not specified."
      }
    },
    property: {
      type: "object",
      title: "Lightweight name-value pair",
      description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
      required: [
        "name"
      ],
      properties: {
        name: {
          type: "string",
          title: "Name",
          description: "The name of the property. Duplicate names are allowed, each potentially having a different value."
        },
        value: {
          type: "string",
          title: "Value",
          description: "The value of the property."
        }
      },
      additionalProperties: false
    },
    localeType: {
      type: "string",
      pattern: "^([a-z]{2})(-[A-Z]{2})?$",
      title: "Locale",
      description: "Defines a syntax for representing two character language code (ISO-639) followed by an optional two character country code. The language code must be lower case. If the country code is specified, the country code must be upper case. The language code and country code must be separated by a minus sign. Examples: en, en-US, fr, fr-CA"
    },
    releaseType: {
      type: "string",
      examples: [
        "major",
        "minor",
        "patch",
        "pre-release",
        "internal"
      ],
      description: "The software versioning type. It is recommended that the release type use one of 'major', 'minor', 'patch', 'pre-release', or 'internal'. Representing all possible software release types is not practical, so standardizing on the recommended values, whenever possible, is strongly encouraged.\n\n* __major__ = A major release may contain significant changes or may introduce breaking changes.\n* __minor__ = A minor release, also known as an update, may contain a smaller number of changes than major releases.\n* __patch__ = Patch releases are typically unplanned and may resolve defects or important security issues.\n* __pre-release__ = A pre-release may include alpha, beta, or release candidates and typically have limited support. They provide the ability to preview a release prior to its general availability.\n* __internal__ = Internal releases are not for public consumption and are intended to be used exclusively by the project or manufacturer that produced it."
    },
    note: {
      type: "object",
      title: "Note",
      description: "A note containing the locale and content.",
      required: [
        "text"
      ],
      additionalProperties: false,
      properties: {
        locale: {
          $ref: "#/definitions/localeType",
          title: "Locale",
          description: 'The ISO-639 (or higher) language code and optional ISO-3166 (or higher) country code. Examples include: "en", "en-US", "fr" and "fr-CA"'
        },
        text: {
          title: "Release note content",
          description: "Specifies the full content of the release note.",
          $ref: "#/definitions/attachment"
        }
      }
    },
    releaseNotes: {
      type: "object",
      title: "Release notes",
      required: [
        "type"
      ],
      additionalProperties: false,
      properties: {
        type: {
          $ref: "#/definitions/releaseType",
          title: "Type",
          description: "The software versioning type the release note describes."
        },
        title: {
          type: "string",
          title: "Title",
          description: "The title of the release."
        },
        featuredImage: {
          type: "string",
          format: "iri-reference",
          title: "Featured image",
          description: "The URL to an image that may be prominently displayed with the release note."
        },
        socialImage: {
          type: "string",
          format: "iri-reference",
          title: "Social image",
          description: "The URL to an image that may be used in messaging on social media platforms."
        },
        description: {
          type: "string",
          title: "Description",
          description: "A short description of the release."
        },
        timestamp: {
          type: "string",
          format: "date-time",
          title: "Timestamp",
          description: "The date and time (timestamp) when the release note was created."
        },
        aliases: {
          type: "array",
          items: {
            type: "string"
          },
          title: "Aliases",
          description: "One or more alternate names the release may be referred to. This may include unofficial terms used by development and marketing teams (e.g. code names)."
        },
        tags: {
          $ref: "#/definitions/tags",
          title: "Tags"
        },
        resolves: {
          type: "array",
          items: { $ref: "#/definitions/issue" },
          title: "Resolves",
          description: "A collection of issues that have been resolved."
        },
        notes: {
          type: "array",
          items: { $ref: "#/definitions/note" },
          title: "Notes",
          description: "Zero or more release notes containing the locale and content. Multiple note objects may be specified to support release notes in a wide variety of languages."
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        }
      }
    },
    advisory: {
      type: "object",
      title: "Advisory",
      description: "Title and location where advisory information can be obtained. An advisory is a notification of a threat to a component, service, or system.",
      required: ["url"],
      additionalProperties: false,
      properties: {
        title: {
          type: "string",
          title: "Title",
          description: "An optional name of the advisory."
        },
        url: {
          type: "string",
          title: "URL",
          format: "iri-reference",
          description: "Location where the advisory can be obtained."
        }
      }
    },
    cwe: {
      type: "integer",
      minimum: 1,
      title: "CWE",
      description: "Integer representation of a Common Weaknesses Enumerations (CWE). For example 399 (of https://cwe.mitre.org/data/definitions/399.html)"
    },
    severity: {
      type: "string",
      title: "Severity",
      description: "Textual representation of the severity of the vulnerability adopted by the analysis method. If the analysis method uses values other than what is provided, the user is expected to translate appropriately.",
      enum: [
        "critical",
        "high",
        "medium",
        "low",
        "info",
        "none",
        "unknown"
      ],
      "meta:enum": {
        critical: "Critical severity",
        high: "High severity",
        medium: "Medium severity",
        low: "Low severity",
        info: "Informational warning.",
        none: "None",
        unknown: "The severity is not known"
      }
    },
    scoreMethod: {
      type: "string",
      title: "Method",
      description: "Specifies the severity or risk scoring methodology or standard used.",
      enum: [
        "CVSSv2",
        "CVSSv3",
        "CVSSv31",
        "CVSSv4",
        "OWASP",
        "SSVC",
        "other"
      ],
      "meta:enum": {
        CVSSv2: "Common Vulnerability Scoring System v2.0",
        CVSSv3: "Common Vulnerability Scoring System v3.0",
        CVSSv31: "Common Vulnerability Scoring System v3.1",
        CVSSv4: "Common Vulnerability Scoring System v4.0",
        OWASP: "OWASP Risk Rating Methodology",
        SSVC: "Stakeholder Specific Vulnerability Categorization",
        other: "Another severity or risk scoring methodology"
      }
    },
    impactAnalysisState: {
      type: "string",
      title: "Impact Analysis State",
      description: "Declares the current state of an occurrence of a vulnerability, after automated or manual analysis.",
      enum: [
        "resolved",
        "resolved_with_pedigree",
        "exploitable",
        "in_triage",
        "false_positive",
        "not_affected"
      ],
      "meta:enum": {
        resolved: "The vulnerability has been remediated.",
        resolved_with_pedigree: "The vulnerability has been remediated and evidence of the changes are provided in the affected components pedigree containing verifiable commit history and/or diff(s).",
        exploitable: "The vulnerability may be directly or indirectly exploitable.",
        in_triage: "The vulnerability is being investigated.",
        false_positive: "The vulnerability is not specific to the component or service and was falsely identified or associated.",
        not_affected: "The component or service is not affected by the vulnerability. Justification should be specified for all not_affected cases."
      }
    },
    impactAnalysisJustification: {
      type: "string",
      title: "Impact Analysis Justification",
      description: "The rationale of why the impact analysis state was asserted.",
      enum: [
        "code_not_present",
        "code_not_reachable",
        "requires_configuration",
        "requires_dependency",
        "requires_environment",
        "protected_by_compiler",
        "protected_at_runtime",
        "protected_at_perimeter",
        "protected_by_mitigating_control"
      ],
      "meta:enum": {
        code_not_present: "The code has been removed or tree-shaked.",
        code_not_reachable: "The vulnerable code is not invoked at runtime.",
        requires_configuration: "Exploitability requires a configurable option to be set/unset.",
        requires_dependency: "Exploitability requires a dependency that is not present.",
        requires_environment: "Exploitability requires a certain environment which is not present.",
        protected_by_compiler: "Exploitability requires a compiler flag to be set/unset.",
        protected_at_runtime: "Exploits are prevented at runtime.",
        protected_at_perimeter: "Attacks are blocked at physical, logical, or network perimeter.",
        protected_by_mitigating_control: "Preventative measures have been implemented that reduce the likelihood and/or impact of the vulnerability."
      }
    },
    rating: {
      type: "object",
      title: "Rating",
      description: "Defines the severity or risk ratings of a vulnerability.",
      additionalProperties: false,
      properties: {
        source: {
          $ref: "#/definitions/vulnerabilitySource",
          description: "The source that calculated the severity or risk rating of the vulnerability."
        },
        score: {
          type: "number",
          title: "Score",
          description: "The numerical score of the rating."
        },
        severity: {
          $ref: "#/definitions/severity",
          description: "Textual representation of the severity that corresponds to the numerical score of the rating."
        },
        method: {
          $ref: "#/definitions/scoreMethod"
        },
        vector: {
          type: "string",
          title: "Vector",
          description: "Textual representation of the metric values used to score the vulnerability"
        },
        justification: {
          type: "string",
          title: "Justification",
          description: "An optional reason for rating the vulnerability as it was"
        }
      }
    },
    vulnerabilitySource: {
      type: "object",
      title: "Source",
      description: "The source of vulnerability information. This is often the organization that published the vulnerability.",
      additionalProperties: false,
      properties: {
        url: {
          type: "string",
          title: "URL",
          description: "The url of the vulnerability documentation as provided by the source.",
          examples: [
            "https://nvd.nist.gov/vuln/detail/CVE-2021-39182"
          ]
        },
        name: {
          type: "string",
          title: "Name",
          description: "The name of the source.",
          examples: [
            "NVD",
            "National Vulnerability Database",
            "OSS Index",
            "VulnDB",
            "GitHub Advisories"
          ]
        }
      }
    },
    vulnerability: {
      type: "object",
      title: "Vulnerability",
      description: "Defines a weakness in a component or service that could be exploited or triggered by a threat source.",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the vulnerability elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        id: {
          type: "string",
          title: "ID",
          description: "The identifier that uniquely identifies the vulnerability.",
          examples: [
            "CVE-2021-39182",
            "GHSA-35m5-8cvj-8783",
            "SNYK-PYTHON-ENROCRYPT-1912876"
          ]
        },
        source: {
          $ref: "#/definitions/vulnerabilitySource",
          description: "The source that published the vulnerability."
        },
        references: {
          type: "array",
          title: "References",
          description: "Zero or more pointers to vulnerabilities that are the equivalent of the vulnerability specified. Often times, the same vulnerability may exist in multiple sources of vulnerability intelligence, but have different identifiers. References provide a way to correlate vulnerabilities across multiple sources of vulnerability intelligence.",
          items: {
            type: "object",
            required: [
              "id",
              "source"
            ],
            additionalProperties: false,
            properties: {
              id: {
                type: "string",
                title: "ID",
                description: "An identifier that uniquely identifies the vulnerability.",
                examples: [
                  "CVE-2021-39182",
                  "GHSA-35m5-8cvj-8783",
                  "SNYK-PYTHON-ENROCRYPT-1912876"
                ]
              },
              source: {
                $ref: "#/definitions/vulnerabilitySource",
                description: "The source that published the vulnerability."
              }
            }
          }
        },
        ratings: {
          type: "array",
          title: "Ratings",
          description: "List of vulnerability ratings. Consumers SHOULD consider ratings in prioritization decisions; source ratings may differ and aid prioritization.",
          items: {
            $ref: "#/definitions/rating"
          }
        },
        cwes: {
          type: "array",
          title: "CWEs",
          description: "List of Common Weaknesses Enumerations (CWEs) codes that describes this vulnerability.",
          examples: [399],
          items: {
            $ref: "#/definitions/cwe"
          }
        },
        description: {
          type: "string",
          title: "Description",
          description: "A description of the vulnerability as provided by the source."
        },
        detail: {
          type: "string",
          title: "Details",
          description: "If available, an in-depth description of the vulnerability as provided by the source organization. Details often include information useful in understanding root cause."
        },
        recommendation: {
          type: "string",
          title: "Recommendation",
          description: "Recommendations of how the vulnerability can be remediated or mitigated."
        },
        workaround: {
          type: "string",
          title: "Workarounds",
          description: "A bypass, usually temporary, of the vulnerability that reduces its likelihood and/or impact. Workarounds often involve changes to configuration or deployments."
        },
        proofOfConcept: {
          type: "object",
          title: "Proof of Concept",
          description: "Evidence used to reproduce the vulnerability.",
          properties: {
            reproductionSteps: {
              type: "string",
              title: "Steps to Reproduce",
              description: "Precise steps to reproduce the vulnerability."
            },
            environment: {
              type: "string",
              title: "Environment",
              description: "A description of the environment in which reproduction was possible."
            },
            supportingMaterial: {
              type: "array",
              title: "Supporting Material",
              description: "Supporting material that helps in reproducing or understanding how reproduction is possible. This may include screenshots, payloads, and PoC exploit code.",
              items: { $ref: "#/definitions/attachment" }
            }
          }
        },
        advisories: {
          type: "array",
          title: "Advisories",
          description: "Published advisories of the vulnerability if provided.",
          items: {
            $ref: "#/definitions/advisory"
          }
        },
        created: {
          type: "string",
          format: "date-time",
          title: "Created",
          description: "The date and time (timestamp) when the vulnerability record was created in the vulnerability database."
        },
        published: {
          type: "string",
          format: "date-time",
          title: "Published",
          description: "The date and time (timestamp) when the vulnerability record was first published."
        },
        updated: {
          type: "string",
          format: "date-time",
          title: "Updated",
          description: "The date and time (timestamp) when the vulnerability record was last updated."
        },
        rejected: {
          type: "string",
          format: "date-time",
          title: "Rejected",
          description: "The date and time (timestamp) when the vulnerability record was rejected (if applicable)."
        },
        credits: {
          type: "object",
          title: "Credits",
          description: "Individuals or organizations credited with the discovery of the vulnerability.",
          additionalProperties: false,
          properties: {
            organizations: {
              type: "array",
              title: "Organizations",
              description: "The organizations credited with vulnerability discovery.",
              items: {
                $ref: "#/definitions/organizationalEntity"
              }
            },
            individuals: {
              type: "array",
              title: "Individuals",
              description: "The individuals, not associated with organizations, that are credited with vulnerability discovery.",
              items: {
                $ref: "#/definitions/organizationalContact"
              }
            }
          }
        },
        tools: {
          title: "Tools",
          description: "The tool(s) used to identify, confirm, or score the vulnerability.",
          oneOf: [
            {
              type: "object",
              title: "Tools",
              description: "The tool(s) used to identify, confirm, or score the vulnerability.",
              additionalProperties: false,
              properties: {
                components: {
                  type: "array",
                  items: { $ref: "#/definitions/component" },
                  uniqueItems: true,
                  title: "Components",
                  description: "A list of software and hardware components used as tools."
                },
                services: {
                  type: "array",
                  items: { $ref: "#/definitions/service" },
                  uniqueItems: true,
                  title: "Services",
                  description: "A list of services used as tools. This may include microservices, function-as-a-service, and other types of network or intra-process services."
                }
              }
            },
            {
              type: "array",
              title: "Tools (legacy)",
              description: "[Deprecated] The tool(s) used to identify, confirm, or score the vulnerability.",
              items: { $ref: "#/definitions/tool" }
            }
          ]
        },
        analysis: {
          type: "object",
          title: "Impact Analysis",
          description: "An assessment of the impact and exploitability of the vulnerability.",
          additionalProperties: false,
          properties: {
            state: {
              $ref: "#/definitions/impactAnalysisState"
            },
            justification: {
              $ref: "#/definitions/impactAnalysisJustification"
            },
            response: {
              type: "array",
              title: "Response",
              description: "A response to the vulnerability by the manufacturer, supplier, or project responsible for the affected component or service. More than one response is allowed. Responses are strongly encouraged for vulnerabilities where the analysis state is exploitable.",
              items: {
                type: "string",
                enum: [
                  "can_not_fix",
                  "will_not_fix",
                  "update",
                  "rollback",
                  "workaround_available"
                ],
                "meta:enum": {
                  can_not_fix: "Can not fix",
                  will_not_fix: "Will not fix",
                  update: "Update to a different revision or release",
                  rollback: "Revert to a previous revision or release",
                  workaround_available: "There is a workaround available"
                }
              }
            },
            detail: {
              type: "string",
              title: "Detail",
              description: "Detailed description of the impact including methods used during assessment. If a vulnerability is not exploitable, this field should include specific details on why the component or service is not impacted by this vulnerability."
            },
            firstIssued: {
              type: "string",
              format: "date-time",
              title: "First Issued",
              description: "The date and time (timestamp) when the analysis was first issued."
            },
            lastUpdated: {
              type: "string",
              format: "date-time",
              title: "Last Updated",
              description: "The date and time (timestamp) when the analysis was last updated."
            }
          }
        },
        affects: {
          type: "array",
          uniqueItems: true,
          items: {
            type: "object",
            required: [
              "ref"
            ],
            additionalProperties: false,
            properties: {
              ref: {
                anyOf: [
                  {
                    title: "Ref",
                    $ref: "#/definitions/refLinkType"
                  },
                  {
                    title: "BOM-Link Element",
                    $ref: "#/definitions/bomLinkElementType"
                  }
                ],
                title: "Reference",
                description: "References a component or service by the objects bom-ref"
              },
              versions: {
                type: "array",
                title: "Versions",
                description: "Zero or more individual versions or range of versions.",
                items: {
                  type: "object",
                  oneOf: [
                    {
                      required: ["version"]
                    },
                    {
                      required: ["range"]
                    }
                  ],
                  additionalProperties: false,
                  properties: {
                    version: {
                      title: "Version",
                      description: "A single version of a component or service.",
                      $ref: "#/definitions/version"
                    },
                    range: {
                      title: "Version Range",
                      description: "A version range specified in Package URL Version Range syntax (vers) which is defined at https://github.com/package-url/vers-spec",
                      $ref: "#/definitions/versionRange"
                    },
                    status: {
                      title: "Status",
                      description: "The vulnerability status for the version or range of versions.",
                      $ref: "#/definitions/affectedStatus",
                      default: "affected"
                    }
                  }
                }
              }
            }
          },
          title: "Affects",
          description: "The components or services that are affected by the vulnerability."
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    affectedStatus: {
      description: "The vulnerability status of a given version or range of versions of a product. The statuses 'affected' and 'unaffected' indicate that the version is affected or unaffected by the vulnerability. The status 'unknown' indicates that it is unknown or unspecified whether the given version is affected. There can be many reasons for an 'unknown' status, including that an investigation has not been undertaken or that a vendor has not disclosed the status.",
      type: "string",
      enum: [
        "affected",
        "unaffected",
        "unknown"
      ],
      "meta:enum": {
        affected: "The version is affected by the vulnerability.",
        unaffected: "The version is not affected by the vulnerability.",
        unknown: "It is unknown (or unspecified) whether the given version is affected."
      }
    },
    version: {
      description: "A single disjunctive version identifier, for a component or service.",
      type: "string",
      maxLength: 1024,
      examples: [
        "9.0.14",
        "v1.33.7",
        "7.0.0-M1",
        "2.0pre1",
        "1.0.0-beta1",
        "0.8.15"
      ]
    },
    versionRange: {
      description: "A version range specified in Package URL Version Range syntax (vers) which is defined at https://github.com/package-url/vers-spec",
      type: "string",
      minLength: 1,
      maxLength: 4096,
      examples: [
        "vers:cargo/9.0.14",
        "vers:npm/1.2.3|>=2.0.0|<5.0.0",
        "vers:pypi/0.0.0|0.0.1|0.0.2|0.0.3|1.0|2.0pre1",
        "vers:tomee/>=1.0.0-beta1|<=1.7.5|>=7.0.0-M1|<=7.0.7|>=7.1.0|<=7.1.2|>=8.0.0-M1|<=8.0.1",
        "vers:gem/>=2.2.0|!= 2.2.1|<2.3.0"
      ]
    },
    range: {
      deprecated: true,
      description: "Deprecated definition. use definition `versionRange` instead.",
      $ref: "#/definitions/versionRange"
    },
    annotations: {
      type: "object",
      title: "Annotations",
      description: "A comment, note, explanation, or similar textual content which provides additional context to the object(s) being annotated.",
      required: [
        "subjects",
        "annotator",
        "timestamp",
        "text"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the annotation elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        subjects: {
          type: "array",
          uniqueItems: true,
          items: {
            anyOf: [
              {
                title: "Ref",
                $ref: "#/definitions/refLinkType"
              },
              {
                title: "BOM-Link Element",
                $ref: "#/definitions/bomLinkElementType"
              }
            ]
          },
          title: "Subjects",
          description: "The object in the BOM identified by its bom-ref. This is often a component or service, but may be any object type supporting bom-refs."
        },
        annotator: {
          type: "object",
          title: "Annotator",
          description: "The organization, person, component, or service which created the textual content of the annotation.",
          oneOf: [
            {
              required: [
                "organization"
              ]
            },
            {
              required: [
                "individual"
              ]
            },
            {
              required: [
                "component"
              ]
            },
            {
              required: [
                "service"
              ]
            }
          ],
          additionalProperties: false,
          properties: {
            organization: {
              description: "The organization that created the annotation",
              $ref: "#/definitions/organizationalEntity"
            },
            individual: {
              description: "The person that created the annotation",
              $ref: "#/definitions/organizationalContact"
            },
            component: {
              description: "The tool or component that created the annotation",
              $ref: "#/definitions/component"
            },
            service: {
              description: "The service that created the annotation",
              $ref: "#/definitions/service"
            }
          }
        },
        timestamp: {
          type: "string",
          format: "date-time",
          title: "Timestamp",
          description: "The date and time (timestamp) when the annotation was created."
        },
        text: {
          type: "string",
          title: "Text",
          description: "The textual content of the annotation."
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    modelCard: {
      $comment: "Model card support in CycloneDX is derived from TensorFlow Model Card Toolkit released under the Apache 2.0 license and available from https://github.com/tensorflow/model-card-toolkit/blob/main/model_card_toolkit/schema/v0.0.2/model_card.schema.json. In addition, CycloneDX model card support includes portions of VerifyML, also released under the Apache 2.0 license and available from https://github.com/cylynx/verifyml/blob/main/verifyml/model_card_toolkit/schema/v0.0.4/model_card.schema.json.",
      type: "object",
      title: "Model Card",
      description: "A model card describes the intended uses of a machine learning model and potential limitations, including biases and ethical considerations. Model cards typically contain the training parameters, which datasets were used to train the model, performance metrics, and other relevant data useful for ML transparency. This object SHOULD be specified for any component of type `machine-learning-model` and must not be specified for other component types.",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the model card elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        modelParameters: {
          type: "object",
          title: "Model Parameters",
          description: "Hyper-parameters for construction of the model.",
          additionalProperties: false,
          properties: {
            approach: {
              type: "object",
              title: "Approach",
              description: "The overall approach to learning used by the model for problem solving.",
              additionalProperties: false,
              properties: {
                type: {
                  type: "string",
                  title: "Learning Type",
                  description: "Learning types describing the learning problem or hybrid learning problem.",
                  enum: [
                    "supervised",
                    "unsupervised",
                    "reinforcement-learning",
                    "semi-supervised",
                    "self-supervised"
                  ],
                  "meta:enum": {
                    supervised: "Supervised machine learning involves training an algorithm on labeled data to predict or classify new data based on the patterns learned from the labeled examples.",
                    unsupervised: "Unsupervised machine learning involves training algorithms on unlabeled data to discover patterns, structures, or relationships without explicit guidance, allowing the model to identify inherent structures or clusters within the data.",
                    "reinforcement-learning": "Reinforcement learning is a type of machine learning where an agent learns to make decisions by interacting with an environment to maximize cumulative rewards, through trial and error.",
                    "semi-supervised": "Semi-supervised machine learning utilizes a combination of labeled and unlabeled data during training to improve model performance, leveraging the benefits of both supervised and unsupervised learning techniques.",
                    "self-supervised": "Self-supervised machine learning involves training models to predict parts of the input data from other parts of the same data, without requiring external labels, enabling learning from large amounts of unlabeled data."
                  }
                }
              }
            },
            task: {
              type: "string",
              title: "Task",
              description: "Directly influences the input and/or output. Examples include classification, regression, clustering, etc."
            },
            architectureFamily: {
              type: "string",
              title: "Architecture Family",
              description: "The model architecture family such as transformer network, convolutional neural network, residual neural network, LSTM neural network, etc."
            },
            modelArchitecture: {
              type: "string",
              title: "Model Architecture",
              description: "The specific architecture of the model such as GPT-1, ResNet-50, YOLOv3, etc."
            },
            datasets: {
              type: "array",
              title: "Datasets",
              description: "The datasets used to train and evaluate the model.",
              items: {
                oneOf: [
                  {
                    title: "Inline Data Information",
                    $ref: "#/definitions/componentData"
                  },
                  {
                    type: "object",
                    title: "Data Reference",
                    additionalProperties: false,
                    properties: {
                      ref: {
                        anyOf: [
                          {
                            title: "Ref",
                            $ref: "#/definitions/refLinkType"
                          },
                          {
                            title: "BOM-Link Element",
                            $ref: "#/definitions/bomLinkElementType"
                          }
                        ],
                        title: "Reference",
                        type: "string",
                        description: "References a data component by the components bom-ref attribute"
                      }
                    }
                  }
                ]
              }
            },
            inputs: {
              type: "array",
              title: "Inputs",
              description: "The input format(s) of the model",
              items: { $ref: "#/definitions/inputOutputMLParameters" }
            },
            outputs: {
              type: "array",
              title: "Outputs",
              description: "The output format(s) from the model",
              items: { $ref: "#/definitions/inputOutputMLParameters" }
            }
          }
        },
        quantitativeAnalysis: {
          type: "object",
          title: "Quantitative Analysis",
          description: "A quantitative analysis of the model",
          additionalProperties: false,
          properties: {
            performanceMetrics: {
              type: "array",
              title: "Performance Metrics",
              description: "The model performance metrics being reported. Examples may include accuracy, F1 score, precision, top-3 error rates, MSC, etc.",
              items: { $ref: "#/definitions/performanceMetric" }
            },
            graphics: { $ref: "#/definitions/graphicsCollection" }
          }
        },
        considerations: {
          type: "object",
          title: "Considerations",
          description: "What considerations should be taken into account regarding the model's construction, training, and application?",
          additionalProperties: false,
          properties: {
            users: {
              type: "array",
              title: "Users",
              description: "Who are the intended users of the model?",
              items: {
                type: "string"
              }
            },
            useCases: {
              type: "array",
              title: "Use Cases",
              description: "What are the intended use cases of the model?",
              items: {
                type: "string"
              }
            },
            technicalLimitations: {
              type: "array",
              title: "Technical Limitations",
              description: "What are the known technical limitations of the model? E.g. What kind(s) of data should the model be expected not to perform well on? What are the factors that might degrade model performance?",
              items: {
                type: "string"
              }
            },
            performanceTradeoffs: {
              type: "array",
              title: "Performance Tradeoffs",
              description: "What are the known tradeoffs in accuracy/performance of the model?",
              items: {
                type: "string"
              }
            },
            ethicalConsiderations: {
              type: "array",
              title: "Ethical Considerations",
              description: "What are the ethical risks involved in the application of this model?",
              items: { $ref: "#/definitions/risk" }
            },
            environmentalConsiderations: {
              $ref: "#/definitions/environmentalConsiderations",
              title: "Environmental Considerations",
              description: "What are the various environmental impacts the corresponding machine learning model has exhibited across its lifecycle?"
            },
            fairnessAssessments: {
              type: "array",
              title: "Fairness Assessments",
              description: "How does the model affect groups at risk of being systematically disadvantaged? What are the harms and benefits to the various affected groups?",
              items: {
                $ref: "#/definitions/fairnessAssessment"
              }
            }
          }
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        }
      }
    },
    inputOutputMLParameters: {
      type: "object",
      title: "Input and Output Parameters",
      additionalProperties: false,
      properties: {
        format: {
          title: "Input/Output Format",
          description: "The data format for input/output to the model.",
          type: "string",
          examples: ["string", "image", "time-series"]
        }
      }
    },
    componentData: {
      type: "object",
      additionalProperties: false,
      required: [
        "type"
      ],
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the dataset elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        type: {
          type: "string",
          title: "Type of Data",
          description: "The general theme or subject matter of the data being specified.",
          enum: [
            "source-code",
            "configuration",
            "dataset",
            "definition",
            "other"
          ],
          "meta:enum": {
            "source-code": "Any type of code, code snippet, or data-as-code.",
            configuration: "Parameters or settings that may be used by other components.",
            dataset: "A collection of data.",
            definition: "Data that can be used to create new instances of what the definition defines.",
            other: "Any other type of data that does not fit into existing definitions."
          }
        },
        name: {
          title: "Dataset Name",
          description: "The name of the dataset.",
          type: "string"
        },
        contents: {
          type: "object",
          title: "Data Contents",
          description: "The contents or references to the contents of the data being described.",
          additionalProperties: false,
          properties: {
            attachment: {
              title: "Data Attachment",
              description: "An optional way to include textual or encoded data.",
              $ref: "#/definitions/attachment"
            },
            url: {
              type: "string",
              title: "Data URL",
              description: "The URL to where the data can be retrieved.",
              format: "iri-reference"
            },
            properties: {
              type: "array",
              title: "Configuration Properties",
              description: "Provides the ability to document name-value parameters used for configuration.",
              items: {
                $ref: "#/definitions/property"
              }
            }
          }
        },
        classification: {
          $ref: "#/definitions/dataClassification"
        },
        sensitiveData: {
          type: "array",
          title: "Sensitive Data",
          description: "A description of any sensitive data in a dataset.",
          items: {
            type: "string"
          }
        },
        graphics: { $ref: "#/definitions/graphicsCollection" },
        description: {
          title: "Dataset Description",
          description: "A description of the dataset. Can describe size of dataset, whether it's used for source code, training, testing, or validation, etc.",
          type: "string"
        },
        governance: {
          title: "Data Governance",
          $ref: "#/definitions/dataGovernance"
        }
      }
    },
    dataGovernance: {
      type: "object",
      title: "Data Governance",
      description: "Data governance captures information regarding data ownership, stewardship, and custodianship, providing insights into the individuals or entities responsible for managing, overseeing, and safeguarding the data throughout its lifecycle.",
      additionalProperties: false,
      properties: {
        custodians: {
          type: "array",
          title: "Data Custodians",
          description: "Data custodians are responsible for the safe custody, transport, and storage of data.",
          items: { $ref: "#/definitions/dataGovernanceResponsibleParty" }
        },
        stewards: {
          type: "array",
          title: "Data Stewards",
          description: "Data stewards are responsible for data content, context, and associated business rules.",
          items: { $ref: "#/definitions/dataGovernanceResponsibleParty" }
        },
        owners: {
          type: "array",
          title: "Data Owners",
          description: "Data owners are concerned with risk and appropriate access to data.",
          items: { $ref: "#/definitions/dataGovernanceResponsibleParty" }
        }
      }
    },
    dataGovernanceResponsibleParty: {
      type: "object",
      additionalProperties: false,
      properties: {
        organization: {
          title: "Organization",
          description: "The organization that is responsible for specific data governance role(s).",
          $ref: "#/definitions/organizationalEntity"
        },
        contact: {
          title: "Individual",
          description: "The individual that is responsible for specific data governance role(s).",
          $ref: "#/definitions/organizationalContact"
        }
      },
      oneOf: [
        {
          required: ["organization"]
        },
        {
          required: ["contact"]
        }
      ]
    },
    graphicsCollection: {
      type: "object",
      title: "Graphics Collection",
      description: "A collection of graphics that represent various measurements.",
      additionalProperties: false,
      properties: {
        description: {
          title: "Description",
          description: "A description of this collection of graphics.",
          type: "string"
        },
        collection: {
          title: "Collection",
          description: "A collection of graphics.",
          type: "array",
          items: { $ref: "#/definitions/graphic" }
        }
      }
    },
    graphic: {
      type: "object",
      title: "Graphic",
      additionalProperties: false,
      properties: {
        name: {
          title: "Name",
          description: "The name of the graphic.",
          type: "string"
        },
        image: {
          title: "Graphic Image",
          description: "The graphic (vector or raster). Base64 encoding must be specified for binary images.",
          $ref: "#/definitions/attachment"
        }
      }
    },
    performanceMetric: {
      type: "object",
      title: "Performance Metric",
      additionalProperties: false,
      properties: {
        type: {
          title: "Type",
          description: "The type of performance metric.",
          type: "string"
        },
        value: {
          title: "Value",
          description: "The value of the performance metric.",
          type: "string"
        },
        slice: {
          title: "Slice",
          description: "The name of the slice this metric was computed on. By default, assume this metric is not sliced.",
          type: "string"
        },
        confidenceInterval: {
          title: "Confidence Interval",
          description: "The confidence interval of the metric.",
          type: "object",
          additionalProperties: false,
          properties: {
            lowerBound: {
              title: "Lower Bound",
              description: "The lower bound of the confidence interval.",
              type: "string"
            },
            upperBound: {
              title: "Upper Bound",
              description: "The upper bound of the confidence interval.",
              type: "string"
            }
          }
        }
      }
    },
    risk: {
      type: "object",
      title: "Risk",
      additionalProperties: false,
      properties: {
        name: {
          title: "Name",
          description: "The name of the risk.",
          type: "string"
        },
        mitigationStrategy: {
          title: "Mitigation Strategy",
          description: "Strategy used to address this risk.",
          type: "string"
        }
      }
    },
    fairnessAssessment: {
      type: "object",
      title: "Fairness Assessment",
      description: "Information about the benefits and harms of the model to an identified at risk group.",
      additionalProperties: false,
      properties: {
        groupAtRisk: {
          type: "string",
          title: "Group at Risk",
          description: "The groups or individuals at risk of being systematically disadvantaged by the model."
        },
        benefits: {
          type: "string",
          title: "Benefits",
          description: "Expected benefits to the identified groups."
        },
        harms: {
          type: "string",
          title: "Harms",
          description: "Expected harms to the identified groups."
        },
        mitigationStrategy: {
          type: "string",
          title: "Mitigation Strategy",
          description: "With respect to the benefits and harms outlined, please describe any mitigation strategy implemented."
        }
      }
    },
    dataClassification: {
      type: "string",
      title: "Data Classification",
      description: "Data classification tags data according to its type, sensitivity, and value if altered, stolen, or destroyed."
    },
    environmentalConsiderations: {
      type: "object",
      title: "Environmental Considerations",
      description: "Describes various environmental impact metrics.",
      additionalProperties: false,
      properties: {
        energyConsumptions: {
          title: "Energy Consumptions",
          description: "Describes energy consumption information incurred for one or more component lifecycle activities.",
          type: "array",
          items: {
            $ref: "#/definitions/energyConsumption"
          }
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    energyConsumption: {
      title: "Energy consumption",
      description: "Describes energy consumption information incurred for the specified lifecycle activity.",
      type: "object",
      required: [
        "activity",
        "energyProviders",
        "activityEnergyCost"
      ],
      additionalProperties: false,
      properties: {
        activity: {
          type: "string",
          title: "Activity",
          description: "The type of activity that is part of a machine learning model development or operational lifecycle.",
          enum: [
            "design",
            "data-collection",
            "data-preparation",
            "training",
            "fine-tuning",
            "validation",
            "deployment",
            "inference",
            "other"
          ],
          "meta:enum": {
            design: "A model design including problem framing, goal definition and algorithm selection.",
            "data-collection": "Model data acquisition including search, selection and transfer.",
            "data-preparation": "Model data preparation including data cleaning, labeling and conversion.",
            training: "Model building, training and generalized tuning.",
            "fine-tuning": "Refining a trained model to produce desired outputs for a given problem space.",
            validation: "Model validation including model output evaluation and testing.",
            deployment: "Explicit model deployment to a target hosting infrastructure.",
            inference: "Generating an output response from a hosted model from a set of inputs.",
            other: "A lifecycle activity type whose description does not match currently defined values."
          }
        },
        energyProviders: {
          title: "Energy Providers",
          description: "The provider(s) of the energy consumed by the associated model development lifecycle activity.",
          type: "array",
          items: { $ref: "#/definitions/energyProvider" }
        },
        activityEnergyCost: {
          title: "Activity Energy Cost",
          description: "The total energy cost associated with the model lifecycle activity.",
          $ref: "#/definitions/energyMeasure"
        },
        co2CostEquivalent: {
          title: "CO2 Equivalent Cost",
          description: "The CO2 cost (debit) equivalent to the total energy cost.",
          $ref: "#/definitions/co2Measure"
        },
        co2CostOffset: {
          title: "CO2 Cost Offset",
          description: "The CO2 offset (credit) for the CO2 equivalent cost.",
          $ref: "#/definitions/co2Measure"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    energyMeasure: {
      type: "object",
      title: "Energy Measure",
      description: "A measure of energy.",
      required: [
        "value",
        "unit"
      ],
      additionalProperties: false,
      properties: {
        value: {
          type: "number",
          title: "Value",
          description: "Quantity of energy."
        },
        unit: {
          type: "string",
          enum: ["kWh"],
          title: "Unit",
          description: "Unit of energy.",
          "meta:enum": {
            kWh: "Kilowatt-hour (kWh) is the energy delivered by one kilowatt (kW) of power for one hour (h)."
          }
        }
      }
    },
    co2Measure: {
      type: "object",
      title: "CO2 Measure",
      description: "A measure of carbon dioxide (CO2).",
      required: [
        "value",
        "unit"
      ],
      additionalProperties: false,
      properties: {
        value: {
          type: "number",
          title: "Value",
          description: "Quantity of carbon dioxide (CO2)."
        },
        unit: {
          type: "string",
          enum: ["tCO2eq"],
          title: "Unit",
          description: "Unit of carbon dioxide (CO2).",
          "meta:enum": {
            tCO2eq: "Tonnes (t) of carbon dioxide (CO2) equivalent (eq)."
          }
        }
      }
    },
    energyProvider: {
      type: "object",
      title: "Energy Provider",
      description: "Describes the physical provider of energy used for model development or operations.",
      required: [
        "organization",
        "energySource",
        "energyProvided"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the energy provider elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        description: {
          type: "string",
          title: "Description",
          description: "A description of the energy provider."
        },
        organization: {
          type: "object",
          title: "Organization",
          description: "The organization that provides energy.",
          $ref: "#/definitions/organizationalEntity"
        },
        energySource: {
          type: "string",
          enum: [
            "coal",
            "oil",
            "natural-gas",
            "nuclear",
            "wind",
            "solar",
            "geothermal",
            "hydropower",
            "biofuel",
            "unknown",
            "other"
          ],
          "meta:enum": {
            coal: "Energy produced by types of coal.",
            oil: "Petroleum products (primarily crude oil and its derivative fuel oils).",
            "natural-gas": "Hydrocarbon gas liquids (HGL) that occur as gases at atmospheric pressure and as liquids under higher pressures including Natural gas (C5H12 and heavier), Ethane (C2H6), Propane (C3H8), etc.",
            nuclear: "Energy produced from the cores of atoms (i.e., through nuclear fission or fusion).",
            wind: "Energy produced from moving air.",
            solar: "Energy produced from the sun (i.e., solar radiation).",
            geothermal: "Energy produced from heat within the earth.",
            hydropower: "Energy produced from flowing water.",
            biofuel: "Liquid fuels produced from biomass feedstocks (i.e., organic materials such as plants or animals).",
            unknown: "The energy source is unknown.",
            other: "An energy source that is not listed."
          },
          title: "Energy Source",
          description: "The energy source for the energy provider."
        },
        energyProvided: {
          $ref: "#/definitions/energyMeasure",
          title: "Energy Provided",
          description: "The energy provided by the energy source for an associated activity."
        },
        externalReferences: {
          type: "array",
          items: { $ref: "#/definitions/externalReference" },
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
        }
      }
    },
    postalAddress: {
      type: "object",
      title: "Postal address",
      description: "An address used to identify a contactable location.",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the address elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        country: {
          type: "string",
          title: "Country",
          description: "The country name or the two-letter ISO 3166-1 country code."
        },
        region: {
          type: "string",
          title: "Region",
          description: "The region or state in the country.",
          examples: ["Texas"]
        },
        locality: {
          type: "string",
          title: "Locality",
          description: "The locality or city within the country.",
          examples: ["Austin"]
        },
        postOfficeBoxNumber: {
          type: "string",
          title: "Post Office Box Number",
          description: "The post office box number.",
          examples: ["901"]
        },
        postalCode: {
          type: "string",
          title: "Postal Code",
          description: "The postal code.",
          examples: ["78758"]
        },
        streetAddress: {
          type: "string",
          title: "Street Address",
          description: "The street address.",
          examples: ["100 Main Street"]
        }
      }
    },
    formula: {
      title: "Formula",
      description: "Describes workflows and resources that captures rules and other aspects of how the associated BOM component or service was formed.",
      type: "object",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the formula elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        components: {
          title: "Components",
          description: "Transient components that are used in tasks that constitute one or more of this formula's workflows",
          type: "array",
          items: {
            $ref: "#/definitions/component"
          },
          uniqueItems: true
        },
        services: {
          title: "Services",
          description: "Transient services that are used in tasks that constitute one or more of this formula's workflows",
          type: "array",
          items: {
            $ref: "#/definitions/service"
          },
          uniqueItems: true
        },
        workflows: {
          title: "Workflows",
          description: "List of workflows that can be declared to accomplish specific orchestrated goals and independently triggered.",
          $comment: "Different workflows can be designed to work together to perform end-to-end CI/CD builds and deployments.",
          type: "array",
          items: {
            $ref: "#/definitions/workflow"
          },
          uniqueItems: true
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    workflow: {
      title: "Workflow",
      description: "A specialized orchestration task.",
      $comment: "Workflow are as task themselves and can trigger other workflow tasks.  These relationships can be modeled in the taskDependencies graph.",
      type: "object",
      required: [
        "bom-ref",
        "uid",
        "taskTypes"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the workflow elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier for the resource instance within its deployment context.",
          type: "string"
        },
        name: {
          title: "Name",
          description: "The name of the resource instance.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "A description of the resource instance.",
          type: "string"
        },
        resourceReferences: {
          title: "Resource references",
          description: "References to component or service resources that are used to realize the resource instance.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/resourceReferenceChoice"
          }
        },
        tasks: {
          title: "Tasks",
          description: "The tasks that comprise the workflow.",
          $comment: "Note that tasks can appear more than once as different instances (by name or UID).",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/task"
          }
        },
        taskDependencies: {
          title: "Task dependency graph",
          description: "The graph of dependencies between tasks within the workflow.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/dependency"
          }
        },
        taskTypes: {
          title: "Task types",
          description: "Indicates the types of activities performed by the set of workflow tasks.",
          $comment: "Currently, these types reflect common CI/CD actions.",
          type: "array",
          items: {
            $ref: "#/definitions/taskType"
          }
        },
        trigger: {
          title: "Trigger",
          description: "The trigger that initiated the task.",
          $ref: "#/definitions/trigger"
        },
        steps: {
          title: "Steps",
          description: "The sequence of steps for the task.",
          type: "array",
          items: {
            $ref: "#/definitions/step"
          },
          uniqueItems: true
        },
        inputs: {
          title: "Inputs",
          description: "Represents resources and data brought into a task at runtime by executor or task commands",
          examples: ["a `configuration` file which was declared as a local `component` or `externalReference`"],
          type: "array",
          items: {
            $ref: "#/definitions/inputType"
          },
          uniqueItems: true
        },
        outputs: {
          title: "Outputs",
          description: "Represents resources and data output from a task at runtime by executor or task commands",
          examples: ["a log file or metrics data produced by the task"],
          type: "array",
          items: {
            $ref: "#/definitions/outputType"
          },
          uniqueItems: true
        },
        timeStart: {
          title: "Time start",
          description: "The date and time (timestamp) when the task started.",
          type: "string",
          format: "date-time"
        },
        timeEnd: {
          title: "Time end",
          description: "The date and time (timestamp) when the task ended.",
          type: "string",
          format: "date-time"
        },
        workspaces: {
          title: "Workspaces",
          description: "A set of named filesystem or data resource shareable by workflow tasks.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/workspace"
          }
        },
        runtimeTopology: {
          title: "Runtime topology",
          description: "A graph of the component runtime topology for workflow's instance.",
          $comment: "A description of the runtime component and service topology.  This can describe a partial or complete topology used to host and execute the task (e.g., hardware, operating systems, configurations, etc.),",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/dependency"
          }
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    task: {
      title: "Task",
      description: "Describes the inputs, sequence of steps and resources used to accomplish a task and its output.",
      $comment: "Tasks are building blocks for constructing assemble CI/CD workflows or pipelines.",
      type: "object",
      required: [
        "bom-ref",
        "uid",
        "taskTypes"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the task elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier for the resource instance within its deployment context.",
          type: "string"
        },
        name: {
          title: "Name",
          description: "The name of the resource instance.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "A description of the resource instance.",
          type: "string"
        },
        resourceReferences: {
          title: "Resource references",
          description: "References to component or service resources that are used to realize the resource instance.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/resourceReferenceChoice"
          }
        },
        taskTypes: {
          title: "Task types",
          description: "Indicates the types of activities performed by the set of workflow tasks.",
          $comment: "Currently, these types reflect common CI/CD actions.",
          type: "array",
          items: {
            $ref: "#/definitions/taskType"
          }
        },
        trigger: {
          title: "Trigger",
          description: "The trigger that initiated the task.",
          $ref: "#/definitions/trigger"
        },
        steps: {
          title: "Steps",
          description: "The sequence of steps for the task.",
          type: "array",
          items: {
            $ref: "#/definitions/step"
          },
          uniqueItems: true
        },
        inputs: {
          title: "Inputs",
          description: "Represents resources and data brought into a task at runtime by executor or task commands",
          examples: ["a `configuration` file which was declared as a local `component` or `externalReference`"],
          type: "array",
          items: {
            $ref: "#/definitions/inputType"
          },
          uniqueItems: true
        },
        outputs: {
          title: "Outputs",
          description: "Represents resources and data output from a task at runtime by executor or task commands",
          examples: ["a log file or metrics data produced by the task"],
          type: "array",
          items: {
            $ref: "#/definitions/outputType"
          },
          uniqueItems: true
        },
        timeStart: {
          title: "Time start",
          description: "The date and time (timestamp) when the task started.",
          type: "string",
          format: "date-time"
        },
        timeEnd: {
          title: "Time end",
          description: "The date and time (timestamp) when the task ended.",
          type: "string",
          format: "date-time"
        },
        workspaces: {
          title: "Workspaces",
          description: "A set of named filesystem or data resource shareable by workflow tasks.",
          type: "array",
          items: {
            $ref: "#/definitions/workspace"
          },
          uniqueItems: true
        },
        runtimeTopology: {
          title: "Runtime topology",
          description: "A graph of the component runtime topology for task's instance.",
          $comment: "A description of the runtime component and service topology.  This can describe a partial or complete topology used to host and execute the task (e.g., hardware, operating systems, configurations, etc.),",
          type: "array",
          items: {
            $ref: "#/definitions/dependency"
          },
          uniqueItems: true
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    step: {
      type: "object",
      description: "Executes specific commands or tools in order to accomplish its owning task as part of a sequence.",
      additionalProperties: false,
      properties: {
        name: {
          title: "Name",
          description: "A name for the step.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "A description of the step.",
          type: "string"
        },
        commands: {
          title: "Commands",
          description: "Ordered list of commands or directives for the step",
          type: "array",
          items: {
            $ref: "#/definitions/command"
          }
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    command: {
      type: "object",
      additionalProperties: false,
      properties: {
        executed: {
          title: "Executed",
          description: "A text representation of the executed command.",
          type: "string"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    workspace: {
      title: "Workspace",
      description: "A named filesystem or data resource shareable by workflow tasks.",
      type: "object",
      required: [
        "bom-ref",
        "uid"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the workspace elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier for the resource instance within its deployment context.",
          type: "string"
        },
        name: {
          title: "Name",
          description: "The name of the resource instance.",
          type: "string"
        },
        aliases: {
          title: "Aliases",
          description: "The names for the workspace as referenced by other workflow tasks. Effectively, a name mapping so other tasks can use their own local name in their steps.",
          type: "array",
          items: { type: "string" }
        },
        description: {
          title: "Description",
          description: "A description of the resource instance.",
          type: "string"
        },
        resourceReferences: {
          title: "Resource references",
          description: "References to component or service resources that are used to realize the resource instance.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/resourceReferenceChoice"
          }
        },
        accessMode: {
          title: "Access mode",
          description: "Describes the read-write access control for the workspace relative to the owning resource instance.",
          type: "string",
          enum: [
            "read-only",
            "read-write",
            "read-write-once",
            "write-once",
            "write-only"
          ]
        },
        mountPath: {
          title: "Mount path",
          description: "A path to a location on disk where the workspace will be available to the associated task's steps.",
          type: "string"
        },
        managedDataType: {
          title: "Managed data type",
          description: "The name of a domain-specific data type the workspace represents.",
          $comment: "This property is for CI/CD frameworks that are able to provide access to structured, managed data at a more granular level than a filesystem.",
          examples: ["ConfigMap", "Secret"],
          type: "string"
        },
        volumeRequest: {
          title: "Volume request",
          description: "Identifies the reference to the request for a specific volume type and parameters.",
          examples: ["a kubernetes Persistent Volume Claim (PVC) name"],
          type: "string"
        },
        volume: {
          title: "Volume",
          description: "Information about the actual volume instance allocated to the workspace.",
          $comment: "The actual volume allocated may be different than the request.",
          examples: ["see https://kubernetes.io/docs/concepts/storage/persistent-volumes/"],
          $ref: "#/definitions/volume"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    volume: {
      title: "Volume",
      description: "An identifiable, logical unit of data storage tied to a physical device.",
      type: "object",
      additionalProperties: false,
      properties: {
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier for the volume instance within its deployment context.",
          type: "string"
        },
        name: {
          title: "Name",
          description: "The name of the volume instance",
          type: "string"
        },
        mode: {
          title: "Mode",
          description: "The mode for the volume instance.",
          type: "string",
          enum: [
            "filesystem",
            "block"
          ],
          default: "filesystem"
        },
        path: {
          title: "Path",
          description: "The underlying path created from the actual volume.",
          type: "string"
        },
        sizeAllocated: {
          title: "Size allocated",
          description: "The allocated size of the volume accessible to the associated workspace. This should include the scalar size as well as IEC standard unit in either decimal or binary form.",
          examples: ["10GB", "2Ti", "1Pi"],
          type: "string"
        },
        persistent: {
          title: "Persistent",
          description: "Indicates if the volume persists beyond the life of the resource it is associated with.",
          type: "boolean"
        },
        remote: {
          title: "Remote",
          description: "Indicates if the volume is remotely (i.e., network) attached.",
          type: "boolean"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    trigger: {
      title: "Trigger",
      description: "Represents a resource that can conditionally activate (or fire) tasks based upon associated events and their data.",
      type: "object",
      additionalProperties: false,
      required: [
        "type",
        "bom-ref",
        "uid"
      ],
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the trigger elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier for the resource instance within its deployment context.",
          type: "string"
        },
        name: {
          title: "Name",
          description: "The name of the resource instance.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "A description of the resource instance.",
          type: "string"
        },
        resourceReferences: {
          title: "Resource references",
          description: "References to component or service resources that are used to realize the resource instance.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/resourceReferenceChoice"
          }
        },
        type: {
          title: "Type",
          description: "The source type of event which caused the trigger to fire.",
          type: "string",
          enum: [
            "manual",
            "api",
            "webhook",
            "scheduled"
          ]
        },
        event: {
          title: "Event",
          description: "The event data that caused the associated trigger to activate.",
          $ref: "#/definitions/event"
        },
        conditions: {
          type: "array",
          title: "Conditions",
          description: "A list of conditions used to determine if a trigger should be activated.",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/condition"
          }
        },
        timeActivated: {
          title: "Time activated",
          description: "The date and time (timestamp) when the trigger was activated.",
          type: "string",
          format: "date-time"
        },
        inputs: {
          title: "Inputs",
          description: "Represents resources and data brought into a task at runtime by executor or task commands",
          examples: ["a `configuration` file which was declared as a local `component` or `externalReference`"],
          type: "array",
          items: {
            $ref: "#/definitions/inputType"
          },
          uniqueItems: true
        },
        outputs: {
          title: "Outputs",
          description: "Represents resources and data output from a task at runtime by executor or task commands",
          examples: ["a log file or metrics data produced by the task"],
          type: "array",
          items: {
            $ref: "#/definitions/outputType"
          },
          uniqueItems: true
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    event: {
      title: "Event",
      description: "Represents something that happened that may trigger a response.",
      type: "object",
      additionalProperties: false,
      properties: {
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier of the event.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "A description of the event.",
          type: "string"
        },
        timeReceived: {
          title: "Time Received",
          description: "The date and time (timestamp) when the event was received.",
          type: "string",
          format: "date-time"
        },
        data: {
          title: "Data",
          description: "Encoding of the raw event data.",
          $ref: "#/definitions/attachment"
        },
        source: {
          title: "Source",
          description: "References the component or service that was the source of the event",
          $ref: "#/definitions/resourceReferenceChoice"
        },
        target: {
          title: "Target",
          description: "References the component or service that was the target of the event",
          $ref: "#/definitions/resourceReferenceChoice"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    inputType: {
      title: "Input type",
      description: "Type that represents various input data types and formats.",
      type: "object",
      oneOf: [
        {
          required: [
            "resource"
          ]
        },
        {
          required: [
            "parameters"
          ]
        },
        {
          required: [
            "environmentVars"
          ]
        },
        {
          required: [
            "data"
          ]
        }
      ],
      additionalProperties: false,
      properties: {
        source: {
          title: "Source",
          description: "A reference to the component or service that provided the input to the task (e.g., reference to a service with data flow value of `inbound`)",
          examples: [
            "source code repository",
            "database"
          ],
          $ref: "#/definitions/resourceReferenceChoice"
        },
        target: {
          title: "Target",
          description: "A reference to the component or service that received or stored the input if not the task itself (e.g., a local, named storage workspace)",
          examples: [
            "workspace",
            "directory"
          ],
          $ref: "#/definitions/resourceReferenceChoice"
        },
        resource: {
          title: "Resource",
          description: "A reference to an independent resource provided as an input to a task by the workflow runtime.",
          examples: [
            "a reference to a configuration file in a repository (i.e., a bom-ref)",
            "a reference to a scanning service used in a task (i.e., a bom-ref)"
          ],
          $ref: "#/definitions/resourceReferenceChoice"
        },
        parameters: {
          title: "Parameters",
          description: "Inputs that have the form of parameters with names and values.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/parameter"
          }
        },
        environmentVars: {
          title: "Environment variables",
          description: "Inputs that have the form of parameters with names and values.",
          type: "array",
          uniqueItems: true,
          items: {
            oneOf: [
              {
                $ref: "#/definitions/property"
              },
              {
                type: "string"
              }
            ]
          }
        },
        data: {
          title: "Data",
          description: "Inputs that have the form of data.",
          $ref: "#/definitions/attachment"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    outputType: {
      type: "object",
      oneOf: [
        {
          required: [
            "resource"
          ]
        },
        {
          required: [
            "environmentVars"
          ]
        },
        {
          required: [
            "data"
          ]
        }
      ],
      additionalProperties: false,
      properties: {
        type: {
          title: "Type",
          description: "Describes the type of data output.",
          type: "string",
          enum: [
            "artifact",
            "attestation",
            "log",
            "evidence",
            "metrics",
            "other"
          ]
        },
        source: {
          title: "Source",
          description: "Component or service that generated or provided the output from the task (e.g., a build tool)",
          $ref: "#/definitions/resourceReferenceChoice"
        },
        target: {
          title: "Target",
          description: "Component or service that received the output from the task (e.g., reference to an artifactory service with data flow value of `outbound`)",
          examples: ["a log file described as an `externalReference` within its target domain."],
          $ref: "#/definitions/resourceReferenceChoice"
        },
        resource: {
          title: "Resource",
          description: "A reference to an independent resource generated as output by the task.",
          examples: [
            "configuration file",
            "source code",
            "scanning service"
          ],
          $ref: "#/definitions/resourceReferenceChoice"
        },
        data: {
          title: "Data",
          description: "Outputs that have the form of data.",
          $ref: "#/definitions/attachment"
        },
        environmentVars: {
          title: "Environment variables",
          description: "Outputs that have the form of environment variables.",
          type: "array",
          items: {
            oneOf: [
              {
                $ref: "#/definitions/property"
              },
              {
                type: "string"
              }
            ]
          },
          uniqueItems: true
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    resourceReferenceChoice: {
      title: "Resource reference choice",
      description: "A reference to a locally defined resource (e.g., a bom-ref) or an externally accessible resource.",
      $comment: "Enables reference to a resource that participates in a workflow; using either internal (bom-ref) or external (externalReference) types.",
      type: "object",
      additionalProperties: false,
      properties: {
        ref: {
          title: "BOM Reference",
          description: "References an object by its bom-ref attribute",
          anyOf: [
            {
              title: "Ref",
              $ref: "#/definitions/refLinkType"
            },
            {
              title: "BOM-Link Element",
              $ref: "#/definitions/bomLinkElementType"
            }
          ]
        },
        externalReference: {
          title: "External reference",
          description: "Reference to an externally accessible resource.",
          $ref: "#/definitions/externalReference"
        }
      },
      oneOf: [
        {
          required: [
            "ref"
          ]
        },
        {
          required: [
            "externalReference"
          ]
        }
      ]
    },
    condition: {
      title: "Condition",
      description: "A condition that was used to determine a trigger should be activated.",
      type: "object",
      additionalProperties: false,
      properties: {
        description: {
          title: "Description",
          description: "Describes the set of conditions which cause the trigger to activate.",
          type: "string"
        },
        expression: {
          title: "Expression",
          description: "The logical expression that was evaluated that determined the trigger should be fired.",
          type: "string"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    taskType: {
      type: "string",
      enum: [
        "copy",
        "clone",
        "lint",
        "scan",
        "merge",
        "build",
        "test",
        "deliver",
        "deploy",
        "release",
        "clean",
        "other"
      ],
      "meta:enum": {
        copy: "A task that copies software or data used to accomplish other tasks in the workflow.",
        clone: "A task that clones a software repository into the workflow in order to retrieve its source code or data for use in a build step.",
        lint: "A task that checks source code for programmatic and stylistic errors.",
        scan: "A task that performs a scan against source code, or built or deployed components and services. Scans are typically run to gather or test for security vulnerabilities or policy compliance.",
        merge: "A task that merges changes or fixes into source code prior to a build step in the workflow.",
        build: "A task that builds the source code, dependencies and/or data into an artifact that can be deployed to and executed on target systems.",
        test: "A task that verifies the functionality of a component or service.",
        deliver: "A task that delivers a built artifact to one or more target repositories or storage systems.",
        deploy: "A task that deploys a built artifact for execution on one or more target systems.",
        release: "A task that releases a built, versioned artifact to a target repository or distribution system.",
        clean: "A task that cleans unnecessary tools, build artifacts and/or data from workflow storage.",
        other: "A workflow task that does not match current task type definitions."
      }
    },
    parameter: {
      title: "Parameter",
      description: "A representation of a functional parameter.",
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          title: "Name",
          description: "The name of the parameter.",
          type: "string"
        },
        value: {
          title: "Value",
          description: "The value of the parameter.",
          type: "string"
        },
        dataType: {
          title: "Data type",
          description: "The data type of the parameter.",
          type: "string"
        }
      }
    },
    componentIdentityEvidence: {
      type: "object",
      title: "Identity Evidence",
      description: "Evidence that substantiates the identity of a component.",
      required: ["field"],
      additionalProperties: false,
      properties: {
        field: {
          type: "string",
          enum: [
            "group",
            "name",
            "version",
            "purl",
            "cpe",
            "omniborId",
            "swhid",
            "swid",
            "hash"
          ],
          title: "Field",
          description: "The identity field of the component which the evidence describes."
        },
        confidence: {
          type: "number",
          minimum: 0,
          maximum: 1,
          title: "Confidence",
          description: "The overall confidence of the evidence from 0 - 1, where 1 is 100% confidence."
        },
        concludedValue: {
          type: "string",
          title: "Concluded Value",
          description: "The value of the field (cpe, purl, etc) that has been concluded based on the aggregate of all methods (if available)."
        },
        methods: {
          type: "array",
          title: "Methods",
          description: "The methods used to extract and/or analyze the evidence.",
          items: {
            type: "object",
            required: [
              "technique",
              "confidence"
            ],
            additionalProperties: false,
            properties: {
              technique: {
                title: "Technique",
                description: "The technique used in this method of analysis.",
                type: "string",
                enum: [
                  "source-code-analysis",
                  "binary-analysis",
                  "manifest-analysis",
                  "ast-fingerprint",
                  "hash-comparison",
                  "instrumentation",
                  "dynamic-analysis",
                  "filename",
                  "attestation",
                  "other"
                ]
              },
              confidence: {
                type: "number",
                minimum: 0,
                maximum: 1,
                title: "Confidence",
                description: "The confidence of the evidence from 0 - 1, where 1 is 100% confidence. Confidence is specific to the technique used. Each technique of analysis can have independent confidence."
              },
              value: {
                type: "string",
                title: "Value",
                description: "The value or contents of the evidence."
              }
            }
          }
        },
        tools: {
          type: "array",
          uniqueItems: true,
          items: {
            anyOf: [
              {
                title: "Ref",
                $ref: "#/definitions/refLinkType"
              },
              {
                title: "BOM-Link Element",
                $ref: "#/definitions/bomLinkElementType"
              }
            ]
          },
          title: "BOM References",
          description: "The object in the BOM identified by its bom-ref. This is often a component or service but may be any object type supporting bom-refs. Tools used for analysis should already be defined in the BOM, either in the metadata/tools, components, or formulation."
        }
      }
    },
    standard: {
      type: "object",
      title: "Standard",
      description: "A standard may consist of regulations, industry or organizational-specific standards, maturity models, best practices, or any other requirements which can be evaluated against or attested to.",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM."
        },
        name: {
          type: "string",
          title: "Name",
          description: "The name of the standard. This will often be a shortened, single name of the standard."
        },
        version: {
          type: "string",
          title: "Version",
          description: "The version of the standard."
        },
        description: {
          type: "string",
          title: "Description",
          description: "The description of the standard."
        },
        owner: {
          type: "string",
          title: "Owner",
          description: "The owner of the standard, often the entity responsible for its release."
        },
        requirements: {
          type: "array",
          title: "Requirements",
          description: "The list of requirements comprising the standard.",
          items: {
            type: "object",
            title: "Requirement",
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM."
              },
              identifier: {
                type: "string",
                title: "Identifier",
                description: "The unique identifier used in the standard to identify a specific requirement. This should match what is in the standard and should not be the requirements bom-ref."
              },
              title: {
                type: "string",
                title: "Title",
                description: "The title of the requirement."
              },
              text: {
                type: "string",
                title: "Text",
                description: "The textual content of the requirement."
              },
              descriptions: {
                type: "array",
                title: "Descriptions",
                description: "The supplemental text that provides additional guidance or context to the requirement, but is not directly part of the requirement.",
                items: { type: "string" }
              },
              openCre: {
                type: "array",
                title: "OWASP OpenCRE Identifier(s)",
                description: "The Common Requirements Enumeration (CRE) identifier(s). CRE is a structured and standardized framework for uniting security standards and guidelines. CRE links each section of a resource to a shared topic identifier (a Common Requirement). Through this shared topic link, all resources map to each other. Use of CRE promotes clear and unambiguous communication among stakeholders.",
                items: {
                  type: "string",
                  pattern: "^CRE:[0-9]+-[0-9]+$",
                  examples: ["CRE:764-507"]
                }
              },
              parent: {
                $ref: "#/definitions/refLinkType",
                title: "Parent BOM Reference",
                description: "The optional `bom-ref` to a parent requirement. This establishes a hierarchy of requirements. Top-level requirements must not define a parent. Only child requirements should define parents."
              },
              properties: {
                type: "array",
                title: "Properties",
                description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
                items: {
                  $ref: "#/definitions/property"
                }
              },
              externalReferences: {
                type: "array",
                items: { $ref: "#/definitions/externalReference" },
                title: "External References",
                description: "External references provide a way to document systems, sites, and information that may be relevant, but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
              }
            }
          }
        },
        levels: {
          type: "array",
          title: "Levels",
          description: "The list of levels associated with the standard. Some standards have different levels of compliance.",
          items: {
            type: "object",
            title: "Level",
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM."
              },
              identifier: {
                type: "string",
                title: "Identifier",
                description: "The identifier used in the standard to identify a specific level."
              },
              title: {
                type: "string",
                title: "Title",
                description: "The title of the level."
              },
              description: {
                type: "string",
                title: "Description",
                description: "The description of the level."
              },
              requirements: {
                type: "array",
                title: "Requirements",
                description: "The list of requirement `bom-ref`s that comprise the level.",
                items: { $ref: "#/definitions/refLinkType" }
              }
            }
          }
        },
        externalReferences: {
          type: "array",
          items: { $ref: "#/definitions/externalReference" },
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    signature: {
      $ref: "jsf-0.82.SNAPSHOT.schema.json#/definitions/signature",
      title: "Signature",
      description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
    },
    cryptoProperties: {
      type: "object",
      title: "Cryptographic Properties",
      description: "Cryptographic assets have properties that uniquely define them and that make them actionable for further reasoning. As an example, it makes a difference if one knows the algorithm family (e.g. AES) or the specific variant or instantiation (e.g. AES-128-GCM). This is because the security level and the algorithm primitive (authenticated encryption) are only defined by the definition of the algorithm variant. The presence of a weak cryptographic algorithm like SHA1 vs. HMAC-SHA1 also makes a difference.",
      additionalProperties: false,
      required: [
        "assetType"
      ],
      properties: {
        assetType: {
          type: "string",
          title: "Asset Type",
          description: "Cryptographic assets occur in several forms. Algorithms and protocols are most commonly implemented in specialized cryptographic libraries. They may, however, also be 'hardcoded' in software components. Certificates and related cryptographic material like keys, tokens, secrets or passwords are other cryptographic assets to be modelled.",
          enum: [
            "algorithm",
            "certificate",
            "protocol",
            "related-crypto-material"
          ],
          "meta:enum": {
            algorithm: "Mathematical function commonly used for data encryption, authentication, and digital signatures.",
            certificate: "An electronic document that is used to provide the identity or validate a public key.",
            protocol: "A set of rules and guidelines that govern the behavior and communication with each other.",
            "related-crypto-material": "Other cryptographic assets related to algorithms, certificates, and protocols such as keys and tokens."
          }
        },
        algorithmProperties: {
          type: "object",
          title: "Algorithm Properties",
          description: "Additional properties specific to a cryptographic algorithm.",
          additionalProperties: false,
          properties: {
            primitive: {
              type: "string",
              title: "primitive",
              description: "Cryptographic building blocks used in higher-level cryptographic systems and protocols. Primitives represent different cryptographic routines: deterministic random bit generators (drbg, e.g. CTR_DRBG from NIST SP800-90A-r1), message authentication codes (mac, e.g. HMAC-SHA-256), blockciphers (e.g. AES), streamciphers (e.g. Salsa20), signatures (e.g. ECDSA), hash functions (e.g. SHA-256), public-key encryption schemes (pke, e.g. RSA), extended output functions (xof, e.g. SHAKE256), key derivation functions (e.g. pbkdf2), key agreement algorithms (e.g. ECDH), key encapsulation mechanisms (e.g. ML-KEM), authenticated encryption (ae, e.g. AES-GCM) and the combination of multiple algorithms (combiner, e.g. SP800-56Cr2).",
              enum: [
                "drbg",
                "mac",
                "block-cipher",
                "stream-cipher",
                "signature",
                "hash",
                "pke",
                "xof",
                "kdf",
                "key-agree",
                "kem",
                "ae",
                "combiner",
                "other",
                "unknown"
              ],
              "meta:enum": {
                drbg: "Deterministic Random Bit Generator (DRBG) is a type of pseudorandom number generator designed to produce a sequence of bits from an initial seed value. DRBGs are commonly used in cryptographic applications where reproducibility of random values is important.",
                mac: "In cryptography, a Message Authentication Code (MAC) is information used for authenticating and integrity-checking a message.",
                "block-cipher": "A block cipher is a symmetric key algorithm that operates on fixed-size blocks of data. It encrypts or decrypts the data in block units, providing confidentiality. Block ciphers are widely used in various cryptographic modes and protocols for secure data transmission.",
                "stream-cipher": "A stream cipher is a symmetric key cipher where plaintext digits are combined with a pseudorandom cipher digit stream (keystream).",
                signature: "In cryptography, a signature is a digital representation of a message or data that proves its origin, identity, and integrity. Digital signatures are generated using cryptographic algorithms and are widely used for authentication and verification in secure communication.",
                hash: "A hash function is a mathematical algorithm that takes an input (or 'message') and produces a fixed-size string of characters, which is typically a hash value. Hash functions are commonly used in various cryptographic applications, including data integrity verification and password hashing.",
                pke: "Public Key Encryption (PKE) is a type of encryption that uses a pair of public and private keys for secure communication. The public key is used for encryption, while the private key is used for decryption. PKE is a fundamental component of public-key cryptography.",
                xof: "An XOF is an extendable output function that can take arbitrary input and creates a stream of output, up to a limit determined by the size of the internal state of the hash function that underlies the XOF.",
                kdf: "A Key Derivation Function (KDF) derives key material from another source of entropy while preserving the entropy of the input.",
                "key-agree": "In cryptography, a key-agreement is a protocol whereby two or more parties agree on a cryptographic key in such a way that both influence the outcome.",
                kem: "A Key Encapsulation Mechanism (KEM) algorithm is a mechanism for transporting random keying material to a recipient using the recipient's public key.",
                ae: "Authenticated Encryption (AE) is a cryptographic process that provides both confidentiality and data integrity. It ensures that the encrypted data has not been tampered with and comes from a legitimate source. AE is commonly used in secure communication protocols.",
                combiner: "A combiner aggregates many candidates for a cryptographic primitive and generates a new candidate for the same primitive.",
                other: "Another primitive type.",
                unknown: "The primitive is not known."
              }
            },
            parameterSetIdentifier: {
              type: "string",
              title: "Parameter Set Identifier",
              description: "An identifier for the parameter set of the cryptographic algorithm. Examples: in AES128, '128' identifies the key length in bits, in SHA256, '256' identifies the digest length, '128' in SHAKE128 identifies its maximum security level in bits, and 'SHA2-128s' identifies a parameter set used in SLH-DSA (FIPS205)."
            },
            curve: {
              type: "string",
              title: "Elliptic Curve",
              description: "The specific underlying Elliptic Curve (EC) definition employed which is an indicator of the level of security strength, performance and complexity. Absent an authoritative source of curve names, CycloneDX recommends using curve names as defined at [https://neuromancer.sk/std/](https://neuromancer.sk/std/), the source of which can be found at [https://github.com/J08nY/std-curves](https://github.com/J08nY/std-curves)."
            },
            executionEnvironment: {
              type: "string",
              title: "Execution Environment",
              description: "The target and execution environment in which the algorithm is implemented in.",
              enum: [
                "software-plain-ram",
                "software-encrypted-ram",
                "software-tee",
                "hardware",
                "other",
                "unknown"
              ],
              "meta:enum": {
                "software-plain-ram": "A software implementation running in plain unencrypted RAM.",
                "software-encrypted-ram": "A software implementation running in encrypted RAM.",
                "software-tee": "A software implementation running in a trusted execution environment.",
                hardware: "A hardware implementation.",
                other: "Another implementation environment.",
                unknown: "The execution environment is not known."
              }
            },
            implementationPlatform: {
              type: "string",
              title: "Implementation platform",
              description: "The target platform for which the algorithm is implemented. The implementation can be 'generic', running on any platform or for a specific platform.",
              enum: [
                "generic",
                "x86_32",
                "x86_64",
                "armv7-a",
                "armv7-m",
                "armv8-a",
                "armv8-m",
                "armv9-a",
                "armv9-m",
                "s390x",
                "ppc64",
                "ppc64le",
                "other",
                "unknown"
              ]
            },
            certificationLevel: {
              type: "array",
              title: "Certification Level",
              description: "The certification that the implementation of the cryptographic algorithm has received, if any. Certifications include revisions and levels of FIPS 140 or Common Criteria of different Extended Assurance Levels (CC-EAL).",
              items: {
                type: "string",
                enum: [
                  "none",
                  "fips140-1-l1",
                  "fips140-1-l2",
                  "fips140-1-l3",
                  "fips140-1-l4",
                  "fips140-2-l1",
                  "fips140-2-l2",
                  "fips140-2-l3",
                  "fips140-2-l4",
                  "fips140-3-l1",
                  "fips140-3-l2",
                  "fips140-3-l3",
                  "fips140-3-l4",
                  "cc-eal1",
                  "cc-eal1+",
                  "cc-eal2",
                  "cc-eal2+",
                  "cc-eal3",
                  "cc-eal3+",
                  "cc-eal4",
                  "cc-eal4+",
                  "cc-eal5",
                  "cc-eal5+",
                  "cc-eal6",
                  "cc-eal6+",
                  "cc-eal7",
                  "cc-eal7+",
                  "other",
                  "unknown"
                ],
                "meta:enum": {
                  none: "No certification obtained",
                  "fips140-1-l1": "FIPS 140-1 Level 1",
                  "fips140-1-l2": "FIPS 140-1 Level 2",
                  "fips140-1-l3": "FIPS 140-1 Level 3",
                  "fips140-1-l4": "FIPS 140-1 Level 4",
                  "fips140-2-l1": "FIPS 140-2 Level 1",
                  "fips140-2-l2": "FIPS 140-2 Level 2",
                  "fips140-2-l3": "FIPS 140-2 Level 3",
                  "fips140-2-l4": "FIPS 140-2 Level 4",
                  "fips140-3-l1": "FIPS 140-3 Level 1",
                  "fips140-3-l2": "FIPS 140-3 Level 2",
                  "fips140-3-l3": "FIPS 140-3 Level 3",
                  "fips140-3-l4": "FIPS 140-3 Level 4",
                  "cc-eal1": "Common Criteria - Evaluation Assurance Level 1",
                  "cc-eal1+": "Common Criteria - Evaluation Assurance Level 1 (Augmented)",
                  "cc-eal2": "Common Criteria - Evaluation Assurance Level 2",
                  "cc-eal2+": "Common Criteria - Evaluation Assurance Level 2 (Augmented)",
                  "cc-eal3": "Common Criteria - Evaluation Assurance Level 3",
                  "cc-eal3+": "Common Criteria - Evaluation Assurance Level 3 (Augmented)",
                  "cc-eal4": "Common Criteria - Evaluation Assurance Level 4",
                  "cc-eal4+": "Common Criteria - Evaluation Assurance Level 4 (Augmented)",
                  "cc-eal5": "Common Criteria - Evaluation Assurance Level 5",
                  "cc-eal5+": "Common Criteria - Evaluation Assurance Level 5 (Augmented)",
                  "cc-eal6": "Common Criteria - Evaluation Assurance Level 6",
                  "cc-eal6+": "Common Criteria - Evaluation Assurance Level 6 (Augmented)",
                  "cc-eal7": "Common Criteria - Evaluation Assurance Level 7",
                  "cc-eal7+": "Common Criteria - Evaluation Assurance Level 7 (Augmented)",
                  other: "Another certification",
                  unknown: "The certification level is not known"
                }
              }
            },
            mode: {
              type: "string",
              title: "Mode",
              description: "The mode of operation in which the cryptographic algorithm (block cipher) is used.",
              enum: [
                "cbc",
                "ecb",
                "ccm",
                "gcm",
                "cfb",
                "ofb",
                "ctr",
                "other",
                "unknown"
              ],
              "meta:enum": {
                cbc: "Cipher block chaining",
                ecb: "Electronic codebook",
                ccm: "Counter with cipher block chaining message authentication code",
                gcm: "Galois/counter",
                cfb: "Cipher feedback",
                ofb: "Output feedback",
                ctr: "Counter",
                other: "Another mode of operation",
                unknown: "The mode of operation is not known"
              }
            },
            padding: {
              type: "string",
              title: "Padding",
              description: "The padding scheme that is used for the cryptographic algorithm.",
              enum: [
                "pkcs5",
                "pkcs7",
                "pkcs1v15",
                "oaep",
                "raw",
                "other",
                "unknown"
              ],
              "meta:enum": {
                pkcs5: "Public Key Cryptography Standard: Password-Based Cryptography",
                pkcs7: "Public Key Cryptography Standard: Cryptographic Message Syntax",
                pkcs1v15: "Public Key Cryptography Standard: RSA Cryptography v1.5",
                oaep: "Optimal asymmetric encryption padding",
                raw: "Raw",
                other: "Another padding scheme",
                unknown: "The padding scheme is not known"
              }
            },
            cryptoFunctions: {
              type: "array",
              title: "Cryptographic functions",
              description: "The cryptographic functions implemented by the cryptographic algorithm.",
              items: {
                type: "string",
                enum: [
                  "generate",
                  "keygen",
                  "encrypt",
                  "decrypt",
                  "digest",
                  "tag",
                  "keyderive",
                  "sign",
                  "verify",
                  "encapsulate",
                  "decapsulate",
                  "other",
                  "unknown"
                ]
              }
            },
            classicalSecurityLevel: {
              type: "integer",
              title: "classical security level",
              description: "The classical security level that a cryptographic algorithm provides (in bits).",
              minimum: 0
            },
            nistQuantumSecurityLevel: {
              type: "integer",
              title: "NIST security strength category",
              description: "The NIST security strength category as defined in https://csrc.nist.gov/projects/post-quantum-cryptography/post-quantum-cryptography-standardization/evaluation-criteria/security-(evaluation-criteria). A value of 0 indicates that none of the categories are met.",
              minimum: 0,
              maximum: 6
            }
          }
        },
        certificateProperties: {
          type: "object",
          title: "Certificate Properties",
          description: "Properties for cryptographic assets of asset type 'certificate'",
          additionalProperties: false,
          properties: {
            subjectName: {
              type: "string",
              title: "Subject Name",
              description: "The subject name for the certificate"
            },
            issuerName: {
              type: "string",
              title: "Issuer Name",
              description: "The issuer name for the certificate"
            },
            notValidBefore: {
              type: "string",
              format: "date-time",
              title: "Not Valid Before",
              description: "The date and time according to ISO-8601 standard from which the certificate is valid"
            },
            notValidAfter: {
              type: "string",
              format: "date-time",
              title: "Not Valid After",
              description: "The date and time according to ISO-8601 standard from which the certificate is not valid anymore"
            },
            signatureAlgorithmRef: {
              $ref: "#/definitions/refType",
              title: "Algorithm Reference",
              description: "The bom-ref to signature algorithm used by the certificate"
            },
            subjectPublicKeyRef: {
              $ref: "#/definitions/refType",
              title: "Key reference",
              description: "The bom-ref to the public key of the subject"
            },
            certificateFormat: {
              type: "string",
              title: "Certificate Format",
              description: "The format of the certificate",
              examples: [
                "X.509",
                "PEM",
                "DER",
                "CVC"
              ]
            },
            certificateExtension: {
              type: "string",
              title: "Certificate File Extension",
              description: "The file extension of the certificate",
              examples: [
                "crt",
                "pem",
                "cer",
                "der",
                "p12"
              ]
            }
          }
        },
        relatedCryptoMaterialProperties: {
          type: "object",
          title: "Related Cryptographic Material Properties",
          description: "Properties for cryptographic assets of asset type: `related-crypto-material`",
          additionalProperties: false,
          properties: {
            type: {
              type: "string",
              title: "relatedCryptoMaterialType",
              description: "The type for the related cryptographic material",
              enum: [
                "private-key",
                "public-key",
                "secret-key",
                "key",
                "ciphertext",
                "signature",
                "digest",
                "initialization-vector",
                "nonce",
                "seed",
                "salt",
                "shared-secret",
                "tag",
                "additional-data",
                "password",
                "credential",
                "token",
                "other",
                "unknown"
              ],
              "meta:enum": {
                "private-key": "The confidential key of a key pair used in asymmetric cryptography.",
                "public-key": "The non-confidential key of a key pair used in asymmetric cryptography.",
                "secret-key": "A key used to encrypt and decrypt messages in symmetric cryptography.",
                key: "A piece of information, usually an octet string, which, when processed through a cryptographic algorithm, processes cryptographic data.",
                ciphertext: "The result of encryption performed on plaintext using an algorithm (or cipher).",
                signature: "A cryptographic value that is calculated from the data and a key known only by the signer.",
                digest: "The output of the hash function.",
                "initialization-vector": "A fixed-size random or pseudo-random value used as an input parameter for cryptographic algorithms.",
                nonce: "A random or pseudo-random number that can only be used once in a cryptographic communication.",
                seed: "The input to a pseudo-random number generator. Different seeds generate different pseudo-random sequences.",
                salt: "A value used in a cryptographic process, usually to ensure that the results of computations for one instance cannot be reused by an attacker.",
                "shared-secret": "A piece of data known only to the parties involved, in a secure communication.",
                tag: "A message authentication code (MAC), sometimes known as an authentication tag, is a short piece of information used for authenticating and integrity-checking a message.",
                "additional-data": "An unspecified collection of data with relevance to cryptographic activity.",
                password: "A secret word, phrase, or sequence of characters used during authentication or authorization.",
                credential: "Establishes the identity of a party to communication, usually in the form of cryptographic keys or passwords.",
                token: "An object encapsulating a security identity.",
                other: "Another type of cryptographic asset.",
                unknown: "The type of cryptographic asset is not known."
              }
            },
            id: {
              type: "string",
              title: "ID",
              description: "The optional unique identifier for the related cryptographic material."
            },
            state: {
              type: "string",
              title: "State",
              description: "The key state as defined by NIST SP 800-57.",
              enum: [
                "pre-activation",
                "active",
                "suspended",
                "deactivated",
                "compromised",
                "destroyed"
              ]
            },
            algorithmRef: {
              $ref: "#/definitions/refType",
              title: "Algorithm Reference",
              description: "The bom-ref to the algorithm used to generate the related cryptographic material."
            },
            creationDate: {
              type: "string",
              format: "date-time",
              title: "Creation Date",
              description: "The date and time (timestamp) when the related cryptographic material was created."
            },
            activationDate: {
              type: "string",
              format: "date-time",
              title: "Activation Date",
              description: "The date and time (timestamp) when the related cryptographic material was activated."
            },
            updateDate: {
              type: "string",
              format: "date-time",
              title: "Update Date",
              description: "The date and time (timestamp) when the related cryptographic material was updated."
            },
            expirationDate: {
              type: "string",
              format: "date-time",
              title: "Expiration Date",
              description: "The date and time (timestamp) when the related cryptographic material expires."
            },
            value: {
              type: "string",
              title: "Value",
              description: "The associated value of the cryptographic material."
            },
            size: {
              type: "integer",
              title: "Size",
              description: "The size of the cryptographic asset (in bits)."
            },
            format: {
              type: "string",
              title: "Format",
              description: "The format of the related cryptographic material (e.g. P8, PEM, DER)."
            },
            securedBy: {
              $ref: "#/definitions/securedBy",
              title: "Secured By",
              description: "The mechanism by which the cryptographic asset is secured by."
            }
          }
        },
        protocolProperties: {
          type: "object",
          title: "Protocol Properties",
          description: "Properties specific to cryptographic assets of type: `protocol`.",
          additionalProperties: false,
          properties: {
            type: {
              type: "string",
              title: "Type",
              description: "The concrete protocol type.",
              enum: [
                "tls",
                "ssh",
                "ipsec",
                "ike",
                "sstp",
                "wpa",
                "other",
                "unknown"
              ],
              "meta:enum": {
                tls: "Transport Layer Security",
                ssh: "Secure Shell",
                ipsec: "Internet Protocol Security",
                ike: "Internet Key Exchange",
                sstp: "Secure Socket Tunneling Protocol",
                wpa: "Wi-Fi Protected Access",
                other: "Another protocol type",
                unknown: "The protocol type is not known"
              }
            },
            version: {
              type: "string",
              title: "Protocol Version",
              description: "The version of the protocol.",
              examples: [
                "1.0",
                "1.2",
                "1.99"
              ]
            },
            cipherSuites: {
              type: "array",
              title: "Cipher Suites",
              description: "A list of cipher suites related to the protocol.",
              items: {
                $ref: "#/definitions/cipherSuite",
                title: "Cipher Suite"
              }
            },
            ikev2TransformTypes: {
              type: "object",
              title: "IKEv2 Transform Types",
              description: "The IKEv2 transform types supported (types 1-4), defined in [RFC 7296 section 3.3.2](https://www.ietf.org/rfc/rfc7296.html#section-3.3.2), and additional properties.",
              additionalProperties: false,
              properties: {
                encr: {
                  $ref: "#/definitions/cryptoRefArray",
                  title: "Encryption Algorithm (ENCR)",
                  description: "Transform Type 1: encryption algorithms"
                },
                prf: {
                  $ref: "#/definitions/cryptoRefArray",
                  title: "Pseudorandom Function (PRF)",
                  description: "Transform Type 2: pseudorandom functions"
                },
                integ: {
                  $ref: "#/definitions/cryptoRefArray",
                  title: "Integrity Algorithm (INTEG)",
                  description: "Transform Type 3: integrity algorithms"
                },
                ke: {
                  $ref: "#/definitions/cryptoRefArray",
                  title: "Key Exchange Method (KE)",
                  description: "Transform Type 4: Key Exchange Method (KE) per [RFC 9370](https://www.ietf.org/rfc/rfc9370.html), formerly called Diffie-Hellman Group (D-H)."
                },
                esn: {
                  type: "boolean",
                  title: "Extended Sequence Numbers (ESN)",
                  description: "Specifies if an Extended Sequence Number (ESN) is used."
                },
                auth: {
                  $ref: "#/definitions/cryptoRefArray",
                  title: "IKEv2 Authentication method",
                  description: "IKEv2 Authentication method"
                }
              }
            },
            cryptoRefArray: {
              $ref: "#/definitions/cryptoRefArray",
              title: "Cryptographic References",
              description: "A list of protocol-related cryptographic assets"
            }
          }
        },
        oid: {
          type: "string",
          title: "OID",
          description: "The object identifier (OID) of the cryptographic asset."
        }
      }
    },
    cipherSuite: {
      type: "object",
      title: "Cipher Suite",
      description: "Object representing a cipher suite",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          title: "Common Name",
          description: "A common name for the cipher suite.",
          examples: [
            "TLS_DHE_RSA_WITH_AES_128_CCM"
          ]
        },
        algorithms: {
          type: "array",
          title: "Related Algorithms",
          description: "A list of algorithms related to the cipher suite.",
          items: {
            $ref: "#/definitions/refType",
            title: "Algorithm reference",
            description: "The bom-ref to algorithm cryptographic asset."
          }
        },
        identifiers: {
          type: "array",
          title: "Cipher Suite Identifiers",
          description: "A list of common identifiers for the cipher suite.",
          items: {
            type: "string",
            title: "identifier",
            description: "Cipher suite identifier",
            examples: [
              "0xC0",
              "0x9E"
            ]
          }
        }
      }
    },
    cryptoRefArray: {
      type: "array",
      items: {
        $ref: "#/definitions/refType"
      }
    },
    securedBy: {
      type: "object",
      title: "Secured By",
      description: "Specifies the mechanism by which the cryptographic asset is secured by",
      additionalProperties: false,
      properties: {
        mechanism: {
          type: "string",
          title: "Mechanism",
          description: "Specifies the mechanism by which the cryptographic asset is secured by.",
          examples: [
            "HSM",
            "TPM",
            "SGX",
            "Software",
            "None"
          ]
        },
        algorithmRef: {
          $ref: "#/definitions/refType",
          title: "Algorithm Reference",
          description: "The bom-ref to the algorithm."
        }
      }
    },
    tags: {
      type: "array",
      items: {
        type: "string"
      },
      title: "Tags",
      description: "Textual strings that aid in discovery, search, and retrieval of the associated object. Tags often serve as a way to group or categorize similar or related objects by various attributes.",
      examples: [
        "json-parser",
        "object-persistence",
        "text-to-image",
        "translation",
        "object-detection"
      ]
    }
  }
};

// node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.7.SNAPSHOT.schema.json
var bom_1_7_SNAPSHOT_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "http://cyclonedx.org/schema/bom-1.7.schema.json",
  type: "object",
  title: "CycloneDX Bill of Materials Standard",
  $comment: "CycloneDX JSON schema is published under the terms of the Apache License 2.0.",
  required: [
    "bomFormat",
    "specVersion"
  ],
  additionalProperties: false,
  properties: {
    $schema: {
      type: "string"
    },
    bomFormat: {
      type: "string",
      title: "BOM Format",
      description: 'Specifies the format of the BOM. This helps to identify the file as CycloneDX since BOMs do not have a filename convention, nor does JSON schema support namespaces. This value must be "CycloneDX".',
      enum: [
        "CycloneDX"
      ]
    },
    specVersion: {
      type: "string",
      title: "CycloneDX Specification Version",
      description: "The version of the CycloneDX specification the BOM conforms to.",
      examples: ["1.7"]
    },
    serialNumber: {
      type: "string",
      title: "BOM Serial Number",
      description: "Every BOM generated SHOULD have a unique serial number, even if the contents of the BOM have not changed over time. If specified, the serial number must conform to [RFC 4122](https://www.ietf.org/rfc/rfc4122.html). Use of serial numbers is recommended.",
      examples: ["urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79"],
      pattern: "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
    },
    version: {
      type: "integer",
      title: "BOM Version",
      description: "Whenever an existing BOM is modified, either manually or through automated processes, the version of the BOM SHOULD be incremented by 1. When a system is presented with multiple BOMs with identical serial numbers, the system SHOULD use the most recent version of the BOM. The default version is '1'.",
      minimum: 1,
      default: 1,
      examples: [1]
    },
    metadata: {
      $ref: "#/definitions/metadata",
      title: "BOM Metadata",
      description: "Provides additional information about a BOM."
    },
    components: {
      type: "array",
      items: { $ref: "#/definitions/component" },
      uniqueItems: true,
      title: "Components",
      description: "A list of software and hardware components."
    },
    services: {
      type: "array",
      items: { $ref: "#/definitions/service" },
      uniqueItems: true,
      title: "Services",
      description: "A list of services. This may include microservices, function-as-a-service, and other types of network or intra-process services."
    },
    externalReferences: {
      type: "array",
      items: { $ref: "#/definitions/externalReference" },
      title: "External References",
      description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
    },
    dependencies: {
      type: "array",
      items: { $ref: "#/definitions/dependency" },
      uniqueItems: true,
      title: "Dependencies",
      description: "Provides the ability to document dependency relationships including provided & implemented components."
    },
    compositions: {
      type: "array",
      items: { $ref: "#/definitions/compositions" },
      uniqueItems: true,
      title: "Compositions",
      description: "Compositions describe constituent parts (including components, services, and dependency relationships) and their completeness. The completeness of vulnerabilities expressed in a BOM may also be described."
    },
    vulnerabilities: {
      type: "array",
      items: { $ref: "#/definitions/vulnerability" },
      uniqueItems: true,
      title: "Vulnerabilities",
      description: "Vulnerabilities identified in components or services."
    },
    annotations: {
      type: "array",
      items: { $ref: "#/definitions/annotations" },
      uniqueItems: true,
      title: "Annotations",
      description: "Comments made by people, organizations, or tools about any object with a bom-ref, such as components, services, vulnerabilities, or the BOM itself. Unlike inventory information, annotations may contain opinions or commentary from various stakeholders. Annotations may be inline (with inventory) or externalized via BOM-Link and may optionally be signed."
    },
    formulation: {
      type: "array",
      items: { $ref: "#/definitions/formula" },
      uniqueItems: true,
      title: "Formulation",
      description: "Describes the formulation of any referencable object within the BOM, including components, services, metadata, declarations, or the BOM itself. This may encompass how the object was created, assembled, deployed, tested, certified, or otherwise brought into its present form. Common examples include software build pipelines, deployment processes, AI/ML model training, cryptographic key generation or certification, and third-party audits. Processes are modeled using declared and observed formulas, composed of workflows, tasks, and individual steps."
    },
    declarations: {
      type: "object",
      title: "Declarations",
      description: "The list of declarations which describe the conformance to standards. Each declaration may include attestations, claims, and evidence.",
      additionalProperties: false,
      properties: {
        assessors: {
          type: "array",
          title: "Assessors",
          description: "The list of assessors evaluating claims and determining conformance to requirements and confidence in that assessment.",
          items: {
            type: "object",
            title: "Assessor",
            description: "The assessor who evaluates claims and determines conformance to requirements and confidence in that assessment.",
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An identifier which can be used to reference the object elsewhere in the BOM. Every `bom-ref` must be unique within the BOM."
              },
              thirdParty: {
                type: "boolean",
                title: "Third Party",
                description: "The boolean indicating if the assessor is outside the organization generating claims. A value of false indicates a self assessor."
              },
              organization: {
                $ref: "#/definitions/organizationalEntity",
                title: "Organization",
                description: "The entity issuing the assessment."
              }
            }
          }
        },
        attestations: {
          type: "array",
          title: "Attestations",
          description: "The list of attestations asserted by an assessor that maps requirements to claims.",
          items: {
            type: "object",
            title: "Attestation",
            additionalProperties: false,
            properties: {
              summary: {
                type: "string",
                title: "Summary",
                description: "The short description explaining the main points of the attestation."
              },
              assessor: {
                $ref: "#/definitions/refLinkType",
                title: "Assessor",
                description: "The `bom-ref` to the assessor asserting the attestation."
              },
              map: {
                type: "array",
                title: "Map",
                description: "The grouping of requirements to claims and the attestors declared conformance and confidence thereof.",
                items: {
                  type: "object",
                  title: "Map",
                  additionalProperties: false,
                  properties: {
                    requirement: {
                      $ref: "#/definitions/refLinkType",
                      title: "Requirement",
                      description: "The `bom-ref` to the requirement being attested to."
                    },
                    claims: {
                      type: "array",
                      title: "Claims",
                      description: "The list of `bom-ref` to the claims being attested to.",
                      items: { $ref: "#/definitions/refLinkType" }
                    },
                    counterClaims: {
                      type: "array",
                      title: "Counter Claims",
                      description: "The list of  `bom-ref` to the counter claims being attested to.",
                      items: { $ref: "#/definitions/refLinkType" }
                    },
                    conformance: {
                      type: "object",
                      title: "Conformance",
                      description: "The conformance of the claim meeting a requirement.",
                      additionalProperties: false,
                      properties: {
                        score: {
                          type: "number",
                          minimum: 0,
                          maximum: 1,
                          title: "Score",
                          description: "The conformance of the claim between and inclusive of 0 and 1, where 1 is 100% conformance."
                        },
                        rationale: {
                          type: "string",
                          title: "Rationale",
                          description: "The rationale for the conformance score."
                        },
                        mitigationStrategies: {
                          type: "array",
                          title: "Mitigation Strategies",
                          description: "The list of  `bom-ref` to the evidence provided describing the mitigation strategies.",
                          items: { $ref: "#/definitions/refLinkType" }
                        }
                      }
                    },
                    confidence: {
                      type: "object",
                      title: "Confidence",
                      description: "The confidence of the claim meeting the requirement.",
                      additionalProperties: false,
                      properties: {
                        score: {
                          type: "number",
                          minimum: 0,
                          maximum: 1,
                          title: "Score",
                          description: "The confidence of the claim between and inclusive of 0 and 1, where 1 is 100% confidence."
                        },
                        rationale: {
                          type: "string",
                          title: "Rationale",
                          description: "The rationale for the confidence score."
                        }
                      }
                    }
                  }
                }
              },
              signature: {
                $ref: "#/definitions/signature",
                title: "Signature",
                description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
              }
            }
          }
        },
        claims: {
          type: "array",
          title: "Claims",
          description: "The list of claims.",
          items: {
            type: "object",
            title: "Claim",
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An identifier which can be used to reference the object elsewhere in the BOM. Every `bom-ref` must be unique within the BOM."
              },
              target: {
                $ref: "#/definitions/refLinkType",
                title: "Target",
                description: "The `bom-ref` to a target representing a specific system, application, API, module, team, person, process, business unit, company, etc...  that this claim is being applied to."
              },
              predicate: {
                type: "string",
                title: "Predicate",
                description: "The specific statement or assertion about the target."
              },
              mitigationStrategies: {
                type: "array",
                title: "Mitigation Strategies",
                description: "The list of  `bom-ref` to the evidence provided describing the mitigation strategies. Each mitigation strategy should include an explanation of how any weaknesses in the evidence will be mitigated.",
                items: { $ref: "#/definitions/refLinkType" }
              },
              reasoning: {
                type: "string",
                title: "Reasoning",
                description: "The written explanation of why the evidence provided substantiates the claim."
              },
              evidence: {
                type: "array",
                title: "Evidence",
                description: "The list of `bom-ref` to evidence that supports this claim.",
                items: { $ref: "#/definitions/refLinkType" }
              },
              counterEvidence: {
                type: "array",
                title: "Counter Evidence",
                description: "The list of `bom-ref` to counterEvidence that supports this claim.",
                items: { $ref: "#/definitions/refLinkType" }
              },
              externalReferences: {
                type: "array",
                items: { $ref: "#/definitions/externalReference" },
                title: "External References",
                description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
              },
              signature: {
                $ref: "#/definitions/signature",
                title: "Signature",
                description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
              }
            }
          }
        },
        evidence: {
          type: "array",
          title: "Evidence",
          description: "The list of evidence",
          items: {
            type: "object",
            title: "Evidence",
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An identifier which can be used to reference the object elsewhere in the BOM. Every `bom-ref` must be unique within the BOM."
              },
              propertyName: {
                type: "string",
                title: "Property Name",
                description: "The reference to the property name as defined in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy/)."
              },
              description: {
                type: "string",
                title: "Description",
                description: "The written description of what this evidence is and how it was created."
              },
              data: {
                type: "array",
                title: "Data",
                description: "The output or analysis that supports claims.",
                items: {
                  type: "object",
                  title: "Data",
                  additionalProperties: false,
                  properties: {
                    name: {
                      title: "Data Name",
                      description: "The name of the data.",
                      type: "string"
                    },
                    contents: {
                      type: "object",
                      title: "Data Contents",
                      description: "The contents or references to the contents of the data being described.",
                      additionalProperties: false,
                      properties: {
                        attachment: {
                          title: "Data Attachment",
                          description: "A way to include textual or encoded data.",
                          $ref: "#/definitions/attachment"
                        },
                        url: {
                          type: "string",
                          title: "Data URL",
                          description: "The URL to where the data can be retrieved.",
                          format: "iri-reference"
                        }
                      }
                    },
                    classification: {
                      $ref: "#/definitions/dataClassification"
                    },
                    sensitiveData: {
                      type: "array",
                      title: "Sensitive Data",
                      description: "A description of any sensitive data included.",
                      items: {
                        type: "string"
                      }
                    },
                    governance: {
                      title: "Data Governance",
                      $ref: "#/definitions/dataGovernance"
                    }
                  }
                }
              },
              created: {
                type: "string",
                format: "date-time",
                title: "Created",
                description: "The date and time (timestamp) when the evidence was created."
              },
              expires: {
                type: "string",
                format: "date-time",
                title: "Expires",
                description: "The date and time (timestamp) when the evidence is no longer valid."
              },
              author: {
                $ref: "#/definitions/organizationalContact",
                title: "Author",
                description: "The author of the evidence."
              },
              reviewer: {
                $ref: "#/definitions/organizationalContact",
                title: "Reviewer",
                description: "The reviewer of the evidence."
              },
              signature: {
                $ref: "#/definitions/signature",
                title: "Signature",
                description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
              }
            }
          }
        },
        targets: {
          type: "object",
          title: "Targets",
          description: "The list of targets which claims are made against.",
          additionalProperties: false,
          properties: {
            organizations: {
              type: "array",
              title: "Organizations",
              description: "The list of organizations which claims are made against.",
              items: { $ref: "#/definitions/organizationalEntity" }
            },
            components: {
              type: "array",
              title: "Components",
              description: "The list of components which claims are made against.",
              items: { $ref: "#/definitions/component" }
            },
            services: {
              type: "array",
              title: "Services",
              description: "The list of services which claims are made against.",
              items: { $ref: "#/definitions/service" }
            }
          }
        },
        affirmation: {
          type: "object",
          title: "Affirmation",
          description: "A concise statement affirmed by an individual regarding all declarations, often used for third-party auditor acceptance or recipient acknowledgment. It includes a list of authorized signatories who assert the validity of the document on behalf of the organization.",
          additionalProperties: false,
          properties: {
            statement: {
              type: "string",
              title: "Statement",
              description: "The brief statement affirmed by an individual regarding all declarations.\n*- Notes This could be an affirmation of acceptance by a third-party auditor or receiving individual of a file.",
              examples: ["I certify, to the best of my knowledge, that all information is correct."]
            },
            signatories: {
              type: "array",
              title: "Signatories",
              description: "The list of signatories authorized on behalf of an organization to assert validity of this document.",
              items: {
                type: "object",
                title: "Signatory",
                additionalProperties: false,
                oneOf: [
                  {
                    required: ["signature"]
                  },
                  {
                    required: ["externalReference", "organization"]
                  }
                ],
                properties: {
                  name: {
                    type: "string",
                    title: "Name",
                    description: "The signatory's name."
                  },
                  role: {
                    type: "string",
                    title: "Role",
                    description: "The signatory's role within an organization."
                  },
                  signature: {
                    $ref: "#/definitions/signature",
                    title: "Signature",
                    description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
                  },
                  organization: {
                    $ref: "#/definitions/organizationalEntity",
                    title: "Organization",
                    description: "The signatory's organization."
                  },
                  externalReference: {
                    $ref: "#/definitions/externalReference",
                    title: "External Reference",
                    description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
                  }
                }
              }
            },
            signature: {
              $ref: "#/definitions/signature",
              title: "Signature",
              description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
            }
          }
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    definitions: {
      type: "object",
      title: "Definitions",
      description: "A collection of reusable objects that are defined and may be used elsewhere in the BOM.",
      additionalProperties: false,
      properties: {
        standards: {
          type: "array",
          title: "Standards",
          description: "The list of standards which may consist of regulations, industry or organizational-specific standards, maturity models, best practices, or any other requirements which can be evaluated against or attested to.",
          items: {
            $ref: "#/definitions/standard"
          }
        },
        patents: {
          type: "array",
          title: "Patents",
          description: "The list of either individual patents or patent families.",
          items: {
            anyOf: [
              { $ref: "#/definitions/patent" },
              { $ref: "#/definitions/patentFamily" }
            ]
          }
        }
      }
    },
    citations: {
      type: "array",
      items: { $ref: "#/definitions/citation" },
      uniqueItems: true,
      title: "Citations",
      description: "A collection of attributions indicating which entity supplied information for specific fields within the BOM."
    },
    properties: {
      type: "array",
      title: "Properties",
      description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
      items: {
        $ref: "#/definitions/property"
      }
    },
    signature: {
      $ref: "#/definitions/signature",
      title: "Signature",
      description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
    }
  },
  definitions: {
    refType: {
      title: "BOM Reference",
      description: "Identifier for referable and therefore interlinkable elements.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
      type: "string",
      minLength: 1,
      $comment: "TODO (breaking change): add a format constraint that prevents the value from starting with 'urn:cdx:'"
    },
    refLinkType: {
      title: "BOM Reference",
      description: "Descriptor for an element identified by the attribute 'bom-ref' in the same BOM document.\nIn contrast to `bomLinkElementType`.",
      $ref: "#/definitions/refType"
    },
    bomLinkDocumentType: {
      title: "BOM-Link Document",
      description: "Descriptor for another BOM document. See https://cyclonedx.org/capabilities/bomlink/",
      type: "string",
      format: "iri-reference",
      pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*$",
      $comment: "part of the pattern is based on `bom.serialNumber`'s pattern"
    },
    bomLinkElementType: {
      title: "BOM-Link Element",
      description: "Descriptor for an element in a BOM document. See https://cyclonedx.org/capabilities/bomlink/",
      type: "string",
      format: "iri-reference",
      pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$",
      $comment: "part of the pattern is based on `bom.serialNumber`'s pattern"
    },
    bomLink: {
      title: "BOM-Link",
      anyOf: [
        {
          title: "BOM-Link Document",
          $ref: "#/definitions/bomLinkDocumentType"
        },
        {
          title: "BOM-Link Element",
          $ref: "#/definitions/bomLinkElementType"
        }
      ]
    },
    metadata: {
      type: "object",
      title: "BOM Metadata",
      additionalProperties: false,
      properties: {
        timestamp: {
          type: "string",
          format: "date-time",
          title: "Timestamp",
          description: "The date and time (timestamp) when the BOM was created."
        },
        lifecycles: {
          type: "array",
          title: "Lifecycles",
          description: "Lifecycles communicate the stage(s) in which data in the BOM was captured. Different types of data may be available at various phases of a lifecycle, such as the Software Development Lifecycle (SDLC), IT Asset Management (ITAM), and Software Asset Management (SAM). Thus, a BOM may include data specific to or only obtainable in a given lifecycle.",
          items: {
            type: "object",
            title: "Lifecycle",
            description: "The product lifecycle(s) that this BOM represents.",
            oneOf: [
              {
                title: "Pre-Defined Phase",
                required: ["phase"],
                additionalProperties: false,
                properties: {
                  phase: {
                    type: "string",
                    title: "Phase",
                    description: "A pre-defined phase in the product lifecycle.",
                    enum: [
                      "design",
                      "pre-build",
                      "build",
                      "post-build",
                      "operations",
                      "discovery",
                      "decommission"
                    ],
                    "meta:enum": {
                      design: "BOM produced early in the development lifecycle containing an inventory of components and services that are proposed or planned to be used. The inventory may need to be procured, retrieved, or resourced prior to use.",
                      "pre-build": "BOM consisting of information obtained prior to a build process and may contain source files and development artifacts and manifests. The inventory may need to be resolved and retrieved prior to use.",
                      build: "BOM consisting of information obtained during a build process where component inventory is available for use. The precise versions of resolved components are usually available at this time as well as the provenance of where the components were retrieved from.",
                      "post-build": "BOM consisting of information obtained after a build process has completed and the resulting components(s) are available for further analysis. Built components may exist as the result of a CI/CD process, may have been installed or deployed to a system or device, and may need to be retrieved or extracted from the system or device.",
                      operations: "BOM produced that represents inventory that is running and operational. This may include staging or production environments and will generally encompass multiple SBOMs describing the applications and operating system, along with HBOMs describing the hardware that makes up the system. Operations Bill of Materials (OBOM) can provide full-stack inventory of runtime environments, configurations, and additional dependencies.",
                      discovery: "BOM consisting of information observed through network discovery providing point-in-time enumeration of embedded, on-premise, and cloud-native services such as server applications, connected devices, microservices, and serverless functions.",
                      decommission: "BOM containing inventory that will be, or has been retired from operations."
                    }
                  }
                }
              },
              {
                title: "Custom Phase",
                required: ["name"],
                additionalProperties: false,
                properties: {
                  name: {
                    type: "string",
                    title: "Name",
                    description: "The name of the lifecycle phase"
                  },
                  description: {
                    type: "string",
                    title: "Description",
                    description: "The description of the lifecycle phase"
                  }
                }
              }
            ]
          }
        },
        tools: {
          title: "Tools",
          description: "The tool(s) used in the creation, enrichment, and validation of the BOM.",
          oneOf: [
            {
              type: "object",
              title: "Tools",
              description: "The tool(s) used in the creation, enrichment, and validation of the BOM.",
              additionalProperties: false,
              properties: {
                components: {
                  type: "array",
                  items: { $ref: "#/definitions/component" },
                  uniqueItems: true,
                  title: "Components",
                  description: "A list of software and hardware components used as tools."
                },
                services: {
                  type: "array",
                  items: { $ref: "#/definitions/service" },
                  uniqueItems: true,
                  title: "Services",
                  description: "A list of services used as tools. This may include microservices, function-as-a-service, and other types of network or intra-process services."
                }
              }
            },
            {
              type: "array",
              title: "Tools (legacy)",
              description: "[Deprecated]\nThe tool(s) used in the creation, enrichment, and validation of the BOM.",
              deprecated: true,
              items: { $ref: "#/definitions/tool" }
            }
          ]
        },
        manufacturer: {
          title: "BOM Manufacturer",
          description: "The organization that created the BOM.\nManufacturer is common in BOMs created through automated processes. BOMs created through manual means may have `@.authors` instead.",
          $ref: "#/definitions/organizationalEntity"
        },
        authors: {
          type: "array",
          title: "BOM Authors",
          description: "The person(s) who created the BOM.\nAuthors are common in BOMs created through manual processes. BOMs created through automated means may have `@.manufacturer` instead.",
          items: { $ref: "#/definitions/organizationalContact" }
        },
        component: {
          title: "Component",
          description: "The component that the BOM describes.",
          $ref: "#/definitions/component"
        },
        manufacture: {
          deprecated: true,
          title: "Component Manufacture (legacy)",
          description: "[Deprecated] This will be removed in a future version. Use the `@.component.manufacturer` instead.\nThe organization that manufactured the component that the BOM describes.",
          $ref: "#/definitions/organizationalEntity"
        },
        supplier: {
          title: "Supplier",
          description: " The organization that supplied the component that the BOM describes. The supplier may often be the manufacturer, but may also be a distributor or repackager.",
          $ref: "#/definitions/organizationalEntity"
        },
        licenses: {
          title: "BOM License(s)",
          description: "The license information for the BOM document.\nThis may be different from the license(s) of the component(s) that the BOM describes.",
          $ref: "#/definitions/licenseChoice"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        },
        distributionConstraints: {
          title: "Distribution Constraints",
          description: "Conditions and constraints governing the sharing and distribution of the data or components described by this BOM.",
          type: "object",
          properties: {
            tlp: {
              $ref: "#/definitions/tlpClassification",
              description: "The Traffic Light Protocol (TLP) classification that controls the sharing and distribution of the data that the BOM describes."
            }
          },
          additionalProperties: false
        }
      }
    },
    tlpClassification: {
      title: "Traffic Light Protocol (TLP) Classification",
      description: 'Traffic Light Protocol (TLP) is a classification system for identifying the potential risk associated with artefact, including whether it is subject to certain types of legal, financial, or technical threats. Refer to [https://www.first.org/tlp/](https://www.first.org/tlp/) for further information.\nThe default classification is "CLEAR"',
      type: "string",
      default: "CLEAR",
      enum: [
        "CLEAR",
        "GREEN",
        "AMBER",
        "AMBER_AND_STRICT",
        "RED"
      ],
      "meta:enum": {
        CLEAR: "The information is not subject to any restrictions as regards the sharing.",
        GREEN: "The information is subject to limited disclosure, and recipients can share it within their community but not via publicly accessible channels.",
        AMBER: "The information is subject to limited disclosure, and recipients can only share it on a need-to-know basis within their organization and with clients.",
        AMBER_AND_STRICT: "The information is subject to limited disclosure, and recipients can only share it on a need-to-know basis within their organization.",
        RED: "The information is subject to restricted distribution to individual recipients only and must not be shared."
      }
    },
    tool: {
      type: "object",
      title: "Tool",
      description: "[Deprecated] This will be removed in a future version. Use component or service instead.\nInformation about the automated or manual tool used",
      additionalProperties: false,
      deprecated: true,
      properties: {
        vendor: {
          type: "string",
          title: "Tool Vendor",
          description: "The name of the vendor who created the tool"
        },
        name: {
          type: "string",
          title: "Tool Name",
          description: "The name of the tool"
        },
        version: {
          $ref: "#/definitions/version",
          title: "Tool Version",
          description: "The version of the tool"
        },
        hashes: {
          type: "array",
          items: { $ref: "#/definitions/hash" },
          title: "Hashes",
          description: "The hashes of the tool (if applicable)."
        },
        externalReferences: {
          type: "array",
          items: { $ref: "#/definitions/externalReference" },
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant, but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
        }
      }
    },
    organizationalEntity: {
      type: "object",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An identifier which can be used to reference the object elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        name: {
          type: "string",
          title: "Organization Name",
          description: "The name of the organization",
          examples: [
            "Example Inc."
          ]
        },
        address: {
          $ref: "#/definitions/postalAddress",
          title: "Organization Address",
          description: "The physical address (location) of the organization"
        },
        url: {
          type: "array",
          items: {
            type: "string",
            format: "iri-reference"
          },
          title: "Organization URL(s)",
          description: "The URL of the organization. Multiple URLs are allowed.",
          examples: ["https://example.com"]
        },
        contact: {
          type: "array",
          title: "Organizational Contact",
          description: "A contact at the organization. Multiple contacts are allowed.",
          items: { $ref: "#/definitions/organizationalContact" }
        }
      }
    },
    organizationalContact: {
      type: "object",
      additionalProperties: false,
      title: "Organizational Person",
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An identifier which can be used to reference the object elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        name: {
          type: "string",
          title: "Name",
          description: "The name of a contact",
          examples: ["Contact name"]
        },
        email: {
          type: "string",
          format: "idn-email",
          title: "Email Address",
          description: "The email address of the contact.",
          examples: ["firstname.lastname@example.com"]
        },
        phone: {
          type: "string",
          title: "Phone",
          description: "The phone number of the contact.",
          examples: ["800-555-1212"]
        }
      }
    },
    component: {
      type: "object",
      title: "Component",
      required: [
        "type",
        "name"
      ],
      additionalProperties: false,
      properties: {
        type: {
          type: "string",
          enum: [
            "application",
            "framework",
            "library",
            "container",
            "platform",
            "operating-system",
            "device",
            "device-driver",
            "firmware",
            "file",
            "machine-learning-model",
            "data",
            "cryptographic-asset"
          ],
          "meta:enum": {
            application: "A software application. Refer to [https://en.wikipedia.org/wiki/Application_software](https://en.wikipedia.org/wiki/Application_software) for information about applications.",
            framework: "A software framework. Refer to [https://en.wikipedia.org/wiki/Software_framework](https://en.wikipedia.org/wiki/Software_framework) for information on how frameworks vary slightly from libraries.",
            library: "A software library. Refer to [https://en.wikipedia.org/wiki/Library_(computing)](https://en.wikipedia.org/wiki/Library_(computing)) for information about libraries. All third-party and open source reusable components will likely be a library. If the library also has key features of a framework, then it should be classified as a framework. If not, or is unknown, then specifying library is recommended.",
            container: "A packaging and/or runtime format, not specific to any particular technology, which isolates software inside the container from software outside of a container through virtualization technology. Refer to [https://en.wikipedia.org/wiki/OS-level_virtualization](https://en.wikipedia.org/wiki/OS-level_virtualization).",
            platform: "A runtime environment that interprets or executes software. This may include runtimes such as those that execute bytecode, just-in-time compilers, interpreters, or low-code/no-code application platforms.",
            "operating-system": "A software operating system without regard to deployment model (i.e. installed on physical hardware, virtual machine, image, etc) Refer to [https://en.wikipedia.org/wiki/Operating_system](https://en.wikipedia.org/wiki/Operating_system).",
            device: "A hardware device such as a processor or chip-set. A hardware device containing firmware SHOULD include a component for the physical hardware itself and another component of type 'firmware' or 'operating-system' (whichever is relevant), describing information about the software running on the device. See also the list of [known device properties](https://github.com/CycloneDX/cyclonedx-property-taxonomy/blob/main/cdx/device.md).",
            "device-driver": "A special type of software that operates or controls a particular type of device. Refer to [https://en.wikipedia.org/wiki/Device_driver](https://en.wikipedia.org/wiki/Device_driver).",
            firmware: "A special type of software that provides low-level control over a device's hardware. Refer to [https://en.wikipedia.org/wiki/Firmware](https://en.wikipedia.org/wiki/Firmware).",
            file: "A computer file. Refer to [https://en.wikipedia.org/wiki/Computer_file](https://en.wikipedia.org/wiki/Computer_file) for information about files.",
            "machine-learning-model": "A model based on training data that can make predictions or decisions without being explicitly programmed to do so.",
            data: "A collection of discrete values that convey information.",
            "cryptographic-asset": "A cryptographic asset including algorithms, protocols, certificates, keys, tokens, and secrets."
          },
          title: "Component Type",
          description: "Specifies the type of component. For software components, classify as application if no more specific appropriate classification is available or cannot be determined for the component.",
          examples: ["library"]
        },
        "mime-type": {
          type: "string",
          title: "Mime-Type",
          description: "The mime-type of the component. When used on file components, the mime-type can provide additional context about the kind of file being represented, such as an image, font, or executable. Some library or framework components may also have an associated mime-type.",
          examples: ["image/jpeg"],
          pattern: "^[-+a-z0-9.]+/[-+a-z0-9.]+$"
        },
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An identifier which can be used to reference the component elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        supplier: {
          title: "Component Supplier",
          description: " The organization that supplied the component. The supplier may often be the manufacturer, but may also be a distributor or repackager.",
          $ref: "#/definitions/organizationalEntity"
        },
        manufacturer: {
          title: "Component Manufacturer",
          description: "The organization that created the component.\nManufacturer is common in components created through automated processes. Components created through manual means may have `@.authors` instead.",
          $ref: "#/definitions/organizationalEntity"
        },
        authors: {
          type: "array",
          title: "Component Authors",
          description: "The person(s) who created the component.\nAuthors are common in components created through manual processes. Components created through automated means may have `@.manufacturer` instead.",
          items: { $ref: "#/definitions/organizationalContact" }
        },
        author: {
          deprecated: true,
          type: "string",
          title: "Component Author (legacy)",
          description: "[Deprecated] This will be removed in a future version. Use `@.authors` or `@.manufacturer` instead.\nThe person(s) or organization(s) that authored the component",
          examples: ["Acme Inc"]
        },
        publisher: {
          type: "string",
          title: "Component Publisher",
          description: "The person(s) or organization(s) that published the component",
          examples: ["Acme Inc"]
        },
        group: {
          type: "string",
          title: "Component Group",
          description: "The grouping name or identifier. This will often be a shortened, single name of the company or project that produced the component, or the source package or domain name. Whitespace and special characters should be avoided. Examples include: apache, org.apache.commons, and apache.org.",
          examples: ["com.acme"]
        },
        name: {
          type: "string",
          title: "Component Name",
          description: "The name of the component. This will often be a shortened, single name of the component. Examples: commons-lang3 and jquery",
          examples: ["tomcat-catalina"]
        },
        version: {
          $ref: "#/definitions/version",
          title: "Component Version",
          description: "The component version. The version should ideally comply with semantic versioning but is not enforced.\nMust be used exclusively, either 'version' or 'versionRange', but not both."
        },
        versionRange: {
          $ref: "#/definitions/versionRange",
          title: "Component Version Range",
          description: "For an external component, this specifies the accepted version range.\nThe value must adhere to the Package URL Version Range syntax (vers), as defined at https://github.com/package-url/vers-spec\nMay only be used if `.isExternal` is set to `true`.\nMust be used exclusively, either 'version' or 'versionRange', but not both."
        },
        isExternal: {
          type: "boolean",
          title: "Component Is External",
          description: "Determine whether this component is external.\nAn external component is one that is not part of an assembly, but is expected to be provided by the environment, regardless of the component's `.scope`. This setting can be useful for distinguishing which components are bundled with the product and which can be relied upon to be present in the deployment environment.\nThis may be set to `true` for runtime components only. For `$.metadata.component`, it must be set to `false`.",
          default: false
        },
        description: {
          type: "string",
          title: "Component Description",
          description: "Specifies a description for the component"
        },
        scope: {
          type: "string",
          enum: [
            "required",
            "optional",
            "excluded"
          ],
          "meta:enum": {
            required: "The component is required for runtime",
            optional: "The component is optional at runtime. Optional components are components that are not capable of being called due to them not being installed or otherwise accessible by any means. Components that are installed but due to configuration or other restrictions are prohibited from being called must be scoped as 'required'.",
            excluded: "Components that are excluded provide the ability to document component usage for test and other non-runtime purposes. Excluded components are not reachable within a call graph at runtime."
          },
          title: "Component Scope",
          description: "Specifies the scope of the component. If scope is not specified, 'required' scope SHOULD be assumed by the consumer of the BOM.",
          default: "required"
        },
        hashes: {
          type: "array",
          title: "Component Hashes",
          description: "The hashes of the component.",
          items: { $ref: "#/definitions/hash" }
        },
        licenses: {
          $ref: "#/definitions/licenseChoice",
          title: "Component License(s)"
        },
        copyright: {
          type: "string",
          title: "Component Copyright",
          description: "A copyright notice informing users of the underlying claims to copyright ownership in a published work.",
          examples: ["Acme Inc"]
        },
        patentAssertions: {
          $ref: "#/definitions/patentAssertions",
          title: "Component Patent(s)"
        },
        cpe: {
          type: "string",
          title: "Common Platform Enumeration (CPE)",
          description: "Asserts the identity of the component using CPE. The CPE must conform to the CPE 2.2 or 2.3 specification. See [https://nvd.nist.gov/products/cpe](https://nvd.nist.gov/products/cpe). Refer to `@.evidence.identity` to optionally provide evidence that substantiates the assertion of the component's identity.",
          examples: ["cpe:2.3:a:acme:component_framework:-:*:*:*:*:*:*:*"]
        },
        purl: {
          type: "string",
          title: "Package URL (purl)",
          description: "Asserts the identity of the component using package-url (purl). The purl, if specified, must be valid and conform to the specification defined at: [https://github.com/package-url/purl-spec](https://github.com/package-url/purl-spec). Refer to `@.evidence.identity` to optionally provide evidence that substantiates the assertion of the component's identity.",
          examples: ["pkg:maven/com.acme/tomcat-catalina@9.0.14?packaging=jar"]
        },
        omniborId: {
          type: "array",
          title: "OmniBOR Artifact Identifier (gitoid)",
          description: "Asserts the identity of the component using the OmniBOR Artifact ID. The OmniBOR, if specified, must be valid and conform to the specification defined at: [https://www.iana.org/assignments/uri-schemes/prov/gitoid](https://www.iana.org/assignments/uri-schemes/prov/gitoid). Refer to `@.evidence.identity` to optionally provide evidence that substantiates the assertion of the component's identity.",
          items: { type: "string" },
          examples: [
            "gitoid:blob:sha1:a94a8fe5ccb19ba61c4c0873d391e987982fbbd3",
            "gitoid:blob:sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
          ]
        },
        swhid: {
          type: "array",
          title: "Software Heritage Identifier",
          description: "Asserts the identity of the component using the Software Heritage persistent identifier (SWHID). The SWHID, if specified, must be valid and conform to the specification defined at: [https://docs.softwareheritage.org/devel/swh-model/persistent-identifiers.html](https://docs.softwareheritage.org/devel/swh-model/persistent-identifiers.html). Refer to `@.evidence.identity` to optionally provide evidence that substantiates the assertion of the component's identity.",
          items: { type: "string" },
          examples: ["swh:1:cnt:94a9ed024d3859793618152ea559a168bbcbb5e2"]
        },
        swid: {
          $ref: "#/definitions/swid",
          title: "SWID Tag",
          description: "Asserts the identity of the component using [ISO-IEC 19770-2 Software Identification (SWID) Tags](https://www.iso.org/standard/65666.html). Refer to `@.evidence.identity` to optionally provide evidence that substantiates the assertion of the component's identity."
        },
        modified: {
          type: "boolean",
          title: "Component Modified From Original",
          description: "[Deprecated] This will be removed in a future version. Use the pedigree element instead to supply information on exactly how the component was modified.\nA boolean value indicating if the component has been modified from the original. A value of true indicates the component is a derivative of the original. A value of false indicates the component has not been modified from the original.",
          deprecated: true
        },
        pedigree: {
          type: "object",
          title: "Component Pedigree",
          description: "Component pedigree is a way to document complex supply chain scenarios where components are created, distributed, modified, redistributed, combined with other components, etc. Pedigree supports viewing this complex chain from the beginning, the end, or anywhere in the middle. It also provides a way to document variants where the exact relation may not be known.",
          additionalProperties: false,
          properties: {
            ancestors: {
              type: "array",
              title: "Ancestors",
              description: "Describes zero or more components in which a component is derived from. This is commonly used to describe forks from existing projects where the forked version contains an ancestor node containing the original component it was forked from. For example, Component A is the original component. Component B is the component being used and documented in the BOM. However, Component B contains a pedigree node with a single ancestor documenting Component A - the original component from which Component B is derived from.",
              items: { $ref: "#/definitions/component" }
            },
            descendants: {
              type: "array",
              title: "Descendants",
              description: "Descendants are the exact opposite of ancestors. This provides a way to document all forks (and their forks) of an original or root component.",
              items: { $ref: "#/definitions/component" }
            },
            variants: {
              type: "array",
              title: "Variants",
              description: "Variants describe relations where the relationship between the components is not known. For example, if Component A contains nearly identical code to Component B. They are both related, but it is unclear if one is derived from the other, or if they share a common ancestor.",
              items: { $ref: "#/definitions/component" }
            },
            commits: {
              type: "array",
              title: "Commits",
              description: "A list of zero or more commits which provide a trail describing how the component deviates from an ancestor, descendant, or variant.",
              items: { $ref: "#/definitions/commit" }
            },
            patches: {
              type: "array",
              title: "Patches",
              description: "A list of zero or more patches describing how the component deviates from an ancestor, descendant, or variant. Patches may be complementary to commits or may be used in place of commits.",
              items: { $ref: "#/definitions/patch" }
            },
            notes: {
              type: "string",
              title: "Notes",
              description: "Notes, observations, and other non-structured commentary describing the components pedigree."
            }
          }
        },
        externalReferences: {
          type: "array",
          items: { $ref: "#/definitions/externalReference" },
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
        },
        components: {
          type: "array",
          items: { $ref: "#/definitions/component" },
          uniqueItems: true,
          title: "Components",
          description: "A list of software and hardware components included in the parent component. This is not a dependency tree. It provides a way to specify a hierarchical representation of component assemblies, similar to system &#8594; subsystem &#8594; parts assembly in physical supply chains."
        },
        evidence: {
          $ref: "#/definitions/componentEvidence",
          title: "Evidence",
          description: "Provides the ability to document evidence collected through various forms of extraction or analysis."
        },
        releaseNotes: {
          $ref: "#/definitions/releaseNotes",
          title: "Release notes",
          description: "Specifies release notes."
        },
        modelCard: {
          $ref: "#/definitions/modelCard",
          title: "AI/ML Model Card"
        },
        data: {
          type: "array",
          items: { $ref: "#/definitions/componentData" },
          title: "Data",
          description: "This object SHOULD be specified for any component of type `data` and must not be specified for other component types."
        },
        cryptoProperties: {
          $ref: "#/definitions/cryptoProperties",
          title: "Cryptographic Properties"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        },
        tags: {
          $ref: "#/definitions/tags",
          title: "Tags"
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      },
      allOf: [
        {
          description: "Requirement: ensure that `version` and `versionRange` are not present simultaneously.",
          not: {
            required: ["version", "versionRange"]
          }
        },
        {
          description: "Requirement: 'versionRange' must not be present when 'isExternal' is `false`.",
          if: {
            properties: { isExternal: { const: false } }
          },
          then: {
            not: { required: ["versionRange"] }
          },
          else: true
        }
      ]
    },
    swid: {
      type: "object",
      title: "SWID Tag",
      description: "Specifies metadata and content for ISO-IEC 19770-2 Software Identification (SWID) Tags.",
      required: [
        "tagId",
        "name"
      ],
      additionalProperties: false,
      properties: {
        tagId: {
          type: "string",
          title: "Tag ID",
          description: "Maps to the tagId of a SoftwareIdentity."
        },
        name: {
          type: "string",
          title: "Name",
          description: "Maps to the name of a SoftwareIdentity."
        },
        version: {
          type: "string",
          title: "Version",
          default: "0.0",
          description: "Maps to the version of a SoftwareIdentity."
        },
        tagVersion: {
          type: "integer",
          title: "Tag Version",
          default: 0,
          description: "Maps to the tagVersion of a SoftwareIdentity."
        },
        patch: {
          type: "boolean",
          title: "Patch",
          default: false,
          description: "Maps to the patch of a SoftwareIdentity."
        },
        text: {
          title: "Attachment text",
          description: "Specifies the metadata and content of the SWID tag.",
          $ref: "#/definitions/attachment"
        },
        url: {
          type: "string",
          title: "URL",
          description: "The URL to the SWID file.",
          format: "iri-reference"
        }
      }
    },
    attachment: {
      type: "object",
      title: "Attachment",
      description: "Specifies the metadata and content for an attachment.",
      required: [
        "content"
      ],
      additionalProperties: false,
      properties: {
        contentType: {
          type: "string",
          title: "Content-Type",
          description: "Specifies the format and nature of the data being attached, helping systems correctly interpret and process the content. Common content type examples include `application/json` for JSON data and `text/plain` for plain text documents.\n [RFC 2045 section 5.1](https://www.ietf.org/rfc/rfc2045.html#section-5.1) outlines the structure and use of content types. For a comprehensive list of registered content types, refer to the [IANA media types registry](https://www.iana.org/assignments/media-types/media-types.xhtml).",
          default: "text/plain",
          examples: [
            "text/plain",
            "application/json",
            "image/png"
          ]
        },
        encoding: {
          type: "string",
          title: "Encoding",
          description: "Specifies the encoding the text is represented in.",
          enum: [
            "base64"
          ],
          "meta:enum": {
            base64: "Base64 is a binary-to-text encoding scheme that represents binary data in an ASCII string."
          }
        },
        content: {
          type: "string",
          title: "Attachment Text",
          description: "The attachment data. Proactive controls such as input validation and sanitization should be employed to prevent misuse of attachment text."
        }
      }
    },
    hash: {
      type: "object",
      title: "Hash",
      required: [
        "alg",
        "content"
      ],
      additionalProperties: false,
      properties: {
        alg: {
          $ref: "#/definitions/hash-alg"
        },
        content: {
          $ref: "#/definitions/hash-content"
        }
      }
    },
    "hash-alg": {
      type: "string",
      title: "Hash Algorithm",
      description: "The algorithm that generated the hash value.",
      enum: [
        "MD5",
        "SHA-1",
        "SHA-256",
        "SHA-384",
        "SHA-512",
        "SHA3-256",
        "SHA3-384",
        "SHA3-512",
        "BLAKE2b-256",
        "BLAKE2b-384",
        "BLAKE2b-512",
        "BLAKE3",
        "Streebog-256",
        "Streebog-512"
      ]
    },
    "hash-content": {
      type: "string",
      title: "Hash Value",
      description: "The value of the hash.",
      examples: ["3942447fac867ae5cdb3229b658f4d48"],
      pattern: "^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$"
    },
    licensing: {
      type: "object",
      title: "Licensing information",
      description: "Licensing details describing the licensor/licensee, license type, renewal and expiration dates, and other important metadata",
      additionalProperties: false,
      properties: {
        altIds: {
          type: "array",
          title: "Alternate License Identifiers",
          description: "License identifiers that may be used to manage licenses and their lifecycle",
          items: {
            type: "string"
          }
        },
        licensor: {
          title: "Licensor",
          description: "The individual or organization that grants a license to another individual or organization",
          type: "object",
          additionalProperties: false,
          properties: {
            organization: {
              title: "Licensor (Organization)",
              description: "The organization that granted the license",
              $ref: "#/definitions/organizationalEntity"
            },
            individual: {
              title: "Licensor (Individual)",
              description: "The individual, not associated with an organization, that granted the license",
              $ref: "#/definitions/organizationalContact"
            }
          },
          oneOf: [
            {
              required: ["organization"]
            },
            {
              required: ["individual"]
            }
          ]
        },
        licensee: {
          title: "Licensee",
          description: "The individual or organization for which a license was granted to",
          type: "object",
          additionalProperties: false,
          properties: {
            organization: {
              title: "Licensee (Organization)",
              description: "The organization that was granted the license",
              $ref: "#/definitions/organizationalEntity"
            },
            individual: {
              title: "Licensee (Individual)",
              description: "The individual, not associated with an organization, that was granted the license",
              $ref: "#/definitions/organizationalContact"
            }
          },
          oneOf: [
            {
              required: ["organization"]
            },
            {
              required: ["individual"]
            }
          ]
        },
        purchaser: {
          title: "Purchaser",
          description: "The individual or organization that purchased the license",
          type: "object",
          additionalProperties: false,
          properties: {
            organization: {
              title: "Purchaser (Organization)",
              description: "The organization that purchased the license",
              $ref: "#/definitions/organizationalEntity"
            },
            individual: {
              title: "Purchaser (Individual)",
              description: "The individual, not associated with an organization, that purchased the license",
              $ref: "#/definitions/organizationalContact"
            }
          },
          oneOf: [
            {
              required: ["organization"]
            },
            {
              required: ["individual"]
            }
          ]
        },
        purchaseOrder: {
          type: "string",
          title: "Purchase Order",
          description: "The purchase order identifier the purchaser sent to a supplier or vendor to authorize a purchase"
        },
        licenseTypes: {
          type: "array",
          title: "License Type",
          description: "The type of license(s) that was granted to the licensee.",
          items: {
            type: "string",
            enum: [
              "academic",
              "appliance",
              "client-access",
              "concurrent-user",
              "core-points",
              "custom-metric",
              "device",
              "evaluation",
              "named-user",
              "node-locked",
              "oem",
              "perpetual",
              "processor-points",
              "subscription",
              "user",
              "other"
            ],
            "meta:enum": {
              academic: "A license that grants use of software solely for the purpose of education or research.",
              appliance: "A license covering use of software embedded in a specific piece of hardware.",
              "client-access": "A Client Access License (CAL) allows client computers to access services provided by server software.",
              "concurrent-user": "A Concurrent User license (aka floating license) limits the number of licenses for a software application and licenses are shared among a larger number of users.",
              "core-points": "A license where the core of a computer's processor is assigned a specific number of points.",
              "custom-metric": "A license for which consumption is measured by non-standard metrics.",
              device: "A license that covers a defined number of installations on computers and other types of devices.",
              evaluation: "A license that grants permission to install and use software for trial purposes.",
              "named-user": "A license that grants access to the software to one or more pre-defined users.",
              "node-locked": "A license that grants access to the software on one or more pre-defined computers or devices.",
              oem: "An Original Equipment Manufacturer license that is delivered with hardware, cannot be transferred to other hardware, and is valid for the life of the hardware.",
              perpetual: "A license where the software is sold on a one-time basis and the licensee can use a copy of the software indefinitely.",
              "processor-points": "A license where each installation consumes points per processor.",
              subscription: "A license where the licensee pays a fee to use the software or service.",
              user: "A license that grants access to the software or service by a specified number of users.",
              other: "Another license type."
            }
          }
        },
        lastRenewal: {
          type: "string",
          format: "date-time",
          title: "Last Renewal",
          description: "The timestamp indicating when the license was last renewed. For new purchases, this is often the purchase or acquisition date. For non-perpetual licenses or subscriptions, this is the timestamp of when the license was last renewed."
        },
        expiration: {
          type: "string",
          format: "date-time",
          title: "Expiration",
          description: "The timestamp indicating when the current license expires (if applicable)."
        }
      }
    },
    license: {
      type: "object",
      title: "License",
      description: "Specifies the details and attributes related to a software license. It can either include a valid SPDX license identifier or a named license, along with additional properties such as license acknowledgment, comprehensive commercial licensing information, and the full text of the license.",
      oneOf: [
        {
          required: ["id"]
        },
        {
          required: ["name"]
        }
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An identifier which can be used to reference the license elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        id: {
          $ref: "spdx.SNAPSHOT.schema.json",
          title: "License ID (SPDX)",
          description: "A valid SPDX license identifier. If specified, this value must be one of the enumeration of valid SPDX license identifiers defined in the spdx.SNAPSHOT.schema.json (or spdx.xml) subschema which is synchronized with the official SPDX license list.",
          examples: ["Apache-2.0"]
        },
        name: {
          type: "string",
          title: "License Name",
          description: "The name of the license. This may include the name of a commercial or proprietary license or an open source license that may not be defined by SPDX.",
          examples: ["Acme Software License"]
        },
        acknowledgement: {
          $ref: "#/definitions/licenseAcknowledgementEnumeration"
        },
        text: {
          title: "License text",
          description: "A way to include the textual content of a license.",
          $ref: "#/definitions/attachment"
        },
        url: {
          type: "string",
          title: "License URL",
          description: "The URL to the license file. If specified, a 'license' externalReference should also be specified for completeness",
          examples: ["https://www.apache.org/licenses/LICENSE-2.0.txt"],
          format: "iri-reference"
        },
        licensing: { $ref: "#/definitions/licensing" },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        }
      }
    },
    licenseAcknowledgementEnumeration: {
      title: "License Acknowledgement",
      description: "Declared licenses and concluded licenses represent two different stages in the licensing process within software development. Declared licenses refer to the initial intention of the software authors regarding the licensing terms under which their code is released. On the other hand, concluded licenses are the result of a comprehensive analysis of the project's codebase to identify and confirm the actual licenses of the components used, which may differ from the initially declared licenses. While declared licenses provide an upfront indication of the licensing intentions, concluded licenses offer a more thorough understanding of the actual licensing within a project, facilitating proper compliance and risk management. Observed licenses are defined in `@.evidence.licenses`. Observed licenses form the evidence necessary to substantiate a concluded license.",
      type: "string",
      enum: [
        "declared",
        "concluded"
      ],
      "meta:enum": {
        declared: "Declared licenses represent the initial intentions of authors regarding the licensing terms of their code.",
        concluded: "Concluded licenses are verified and confirmed."
      }
    },
    licenseChoice: {
      title: "License Choice",
      description: "A list of SPDX licenses and/or named licenses and/or SPDX License Expression.",
      type: "array",
      items: {
        oneOf: [
          {
            type: "object",
            title: "License",
            required: [
              "license"
            ],
            additionalProperties: false,
            properties: {
              license: {
                $ref: "#/definitions/license"
              }
            }
          },
          {
            title: "License Expression",
            description: "Specifies the details and attributes related to a software license.\nIt must be a valid SPDX license expression, along with additional properties such as license acknowledgment.",
            type: "object",
            additionalProperties: false,
            required: [
              "expression"
            ],
            properties: {
              expression: {
                type: "string",
                title: "SPDX License Expression",
                description: "A valid SPDX license expression.\nRefer to https://spdx.org/specifications for syntax requirements.",
                examples: [
                  "Apache-2.0 AND (MIT OR GPL-2.0-only)",
                  "GPL-3.0-only WITH Classpath-exception-2.0"
                ]
              },
              expressionDetails: {
                title: "Expression Details",
                description: "Details for parts of the `expression`.",
                type: "array",
                items: {
                  type: "object",
                  description: "This document specifies the details and attributes related to a software license identifier. An SPDX expression may be a compound of license identifiers.\nThe `license_identifier` property serves as the key that identifies each record. Note that this key is not required to be unique, as the same license identifier could apply to multiple, different but similar license details, texts, etc.",
                  required: [
                    "licenseIdentifier"
                  ],
                  properties: {
                    licenseIdentifier: {
                      title: "License Identifier",
                      description: "The valid SPDX license identifier. Refer to https://spdx.org/specifications for syntax requirements.\nThis property serves as the primary key, which uniquely identifies each record.",
                      type: "string",
                      examples: [
                        "Apache-2.0",
                        "GPL-3.0-only WITH Classpath-exception-2.0",
                        "LicenseRef-my-custom-license"
                      ]
                    },
                    "bom-ref": {
                      $ref: "#/definitions/refType",
                      title: "BOM Reference",
                      description: "An identifier which can be used to reference the license elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
                    },
                    text: {
                      title: "License texts",
                      description: "A way to include the textual content of the license.",
                      $ref: "#/definitions/attachment"
                    },
                    url: {
                      type: "string",
                      title: "License URL",
                      description: "The URL to the license file. If specified, a 'license' externalReference should also be specified for completeness",
                      examples: [
                        "https://www.apache.org/licenses/LICENSE-2.0.txt"
                      ],
                      format: "iri-reference"
                    }
                  },
                  additionalProperties: false
                }
              },
              acknowledgement: {
                $ref: "#/definitions/licenseAcknowledgementEnumeration"
              },
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An identifier which can be used to reference the license elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
              },
              licensing: {
                $ref: "#/definitions/licensing"
              },
              properties: {
                type: "array",
                title: "Properties",
                description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
                items: {
                  $ref: "#/definitions/property"
                }
              }
            }
          }
        ]
      }
    },
    commit: {
      type: "object",
      title: "Commit",
      description: "Specifies an individual commit",
      additionalProperties: false,
      properties: {
        uid: {
          type: "string",
          title: "UID",
          description: "A unique identifier of the commit. This may be version control specific. For example, Subversion uses revision numbers whereas git uses commit hashes."
        },
        url: {
          type: "string",
          title: "URL",
          description: "The URL to the commit. This URL will typically point to a commit in a version control system.",
          format: "iri-reference"
        },
        author: {
          title: "Author",
          description: "The author who created the changes in the commit",
          $ref: "#/definitions/identifiableAction"
        },
        committer: {
          title: "Committer",
          description: "The person who committed or pushed the commit",
          $ref: "#/definitions/identifiableAction"
        },
        message: {
          type: "string",
          title: "Message",
          description: "The text description of the contents of the commit"
        }
      }
    },
    patch: {
      type: "object",
      title: "Patch",
      description: "Specifies an individual patch",
      required: [
        "type"
      ],
      additionalProperties: false,
      properties: {
        type: {
          type: "string",
          enum: [
            "unofficial",
            "monkey",
            "backport",
            "cherry-pick"
          ],
          "meta:enum": {
            unofficial: "A patch which is not developed by the creators or maintainers of the software being patched. Refer to [https://en.wikipedia.org/wiki/Unofficial_patch](https://en.wikipedia.org/wiki/Unofficial_patch).",
            monkey: "A patch which dynamically modifies runtime behavior. Refer to [https://en.wikipedia.org/wiki/Monkey_patch](https://en.wikipedia.org/wiki/Monkey_patch).",
            backport: "A patch which takes code from a newer version of the software and applies it to older versions of the same software. Refer to [https://en.wikipedia.org/wiki/Backporting](https://en.wikipedia.org/wiki/Backporting).",
            "cherry-pick": "A patch created by selectively applying commits from other versions or branches of the same software."
          },
          title: "Patch Type",
          description: "Specifies the purpose for the patch including the resolution of defects, security issues, or new behavior or functionality."
        },
        diff: {
          title: "Diff",
          description: "The patch file (or diff) that shows changes. Refer to [https://en.wikipedia.org/wiki/Diff](https://en.wikipedia.org/wiki/Diff)",
          $ref: "#/definitions/diff"
        },
        resolves: {
          type: "array",
          items: { $ref: "#/definitions/issue" },
          title: "Resolves",
          description: "A collection of issues the patch resolves"
        }
      }
    },
    diff: {
      type: "object",
      title: "Diff",
      description: "The patch file (or diff) that shows changes. Refer to https://en.wikipedia.org/wiki/Diff",
      additionalProperties: false,
      properties: {
        text: {
          title: "Diff text",
          description: "Specifies the text of the diff",
          $ref: "#/definitions/attachment"
        },
        url: {
          type: "string",
          title: "URL",
          description: "Specifies the URL to the diff",
          format: "iri-reference"
        }
      }
    },
    issue: {
      type: "object",
      title: "Issue",
      description: "An individual issue that has been resolved.",
      required: [
        "type"
      ],
      additionalProperties: false,
      properties: {
        type: {
          type: "string",
          enum: [
            "defect",
            "enhancement",
            "security"
          ],
          "meta:enum": {
            defect: "A fault, flaw, or bug in software.",
            enhancement: "A new feature or behavior in software.",
            security: "A special type of defect which impacts security."
          },
          title: "Issue Type",
          description: "Specifies the type of issue"
        },
        id: {
          type: "string",
          title: "Issue ID",
          description: "The identifier of the issue assigned by the source of the issue"
        },
        name: {
          type: "string",
          title: "Issue Name",
          description: "The name of the issue"
        },
        description: {
          type: "string",
          title: "Issue Description",
          description: "A description of the issue"
        },
        source: {
          type: "object",
          title: "Source",
          description: "The source of the issue where it is documented",
          additionalProperties: false,
          properties: {
            name: {
              type: "string",
              title: "Name",
              description: "The name of the source.",
              examples: [
                "National Vulnerability Database",
                "NVD",
                "Apache"
              ]
            },
            url: {
              type: "string",
              title: "URL",
              description: "The url of the issue documentation as provided by the source",
              format: "iri-reference"
            }
          }
        },
        references: {
          type: "array",
          items: {
            type: "string",
            format: "iri-reference"
          },
          title: "References",
          description: "A collection of URL's for reference. Multiple URLs are allowed.",
          examples: ["https://example.com"]
        }
      }
    },
    identifiableAction: {
      type: "object",
      title: "Identifiable Action",
      description: "Specifies an individual commit",
      additionalProperties: false,
      properties: {
        timestamp: {
          type: "string",
          format: "date-time",
          title: "Timestamp",
          description: "The timestamp in which the action occurred"
        },
        name: {
          type: "string",
          title: "Name",
          description: "The name of the individual who performed the action"
        },
        email: {
          type: "string",
          format: "idn-email",
          title: "E-mail",
          description: "The email address of the individual who performed the action"
        }
      }
    },
    externalReference: {
      type: "object",
      title: "External Reference",
      description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM.",
      required: [
        "url",
        "type"
      ],
      additionalProperties: false,
      properties: {
        url: {
          anyOf: [
            {
              title: "URL",
              type: "string",
              format: "iri-reference"
            },
            {
              title: "BOM-Link",
              $ref: "#/definitions/bomLink"
            }
          ],
          title: "URL",
          description: "The URI (URL or URN) to the external reference. External references are URIs and therefore can accept any URL scheme including https ([RFC-7230](https://www.ietf.org/rfc/rfc7230.txt)), mailto ([RFC-2368](https://www.ietf.org/rfc/rfc2368.txt)), tel ([RFC-3966](https://www.ietf.org/rfc/rfc3966.txt)), and dns ([RFC-4501](https://www.ietf.org/rfc/rfc4501.txt)). External references may also include formally registered URNs such as [CycloneDX BOM-Link](https://cyclonedx.org/capabilities/bomlink/) to reference CycloneDX BOMs or any object within a BOM. BOM-Link transforms applicable external references into relationships that can be expressed in a BOM or across BOMs."
        },
        comment: {
          type: "string",
          title: "Comment",
          description: "A comment describing the external reference"
        },
        type: {
          type: "string",
          title: "Type",
          description: "Specifies the type of external reference.",
          enum: [
            "vcs",
            "issue-tracker",
            "website",
            "advisories",
            "bom",
            "mailing-list",
            "social",
            "chat",
            "documentation",
            "support",
            "source-distribution",
            "distribution",
            "distribution-intake",
            "license",
            "build-meta",
            "build-system",
            "release-notes",
            "security-contact",
            "model-card",
            "log",
            "configuration",
            "evidence",
            "formulation",
            "attestation",
            "threat-model",
            "adversary-model",
            "risk-assessment",
            "vulnerability-assertion",
            "exploitability-statement",
            "pentest-report",
            "static-analysis-report",
            "dynamic-analysis-report",
            "runtime-analysis-report",
            "component-analysis-report",
            "maturity-report",
            "certification-report",
            "codified-infrastructure",
            "quality-metrics",
            "poam",
            "electronic-signature",
            "digital-signature",
            "rfc-9116",
            "patent",
            "patent-family",
            "patent-assertion",
            "citation",
            "other"
          ],
          "meta:enum": {
            vcs: "Version Control System",
            "issue-tracker": "Issue or defect tracking system, or an Application Lifecycle Management (ALM) system",
            website: "Website",
            advisories: "Security advisories",
            bom: "Bill of Materials (SBOM, OBOM, HBOM, SaaSBOM, etc)",
            "mailing-list": "Mailing list or discussion group",
            social: "Social media account",
            chat: "Real-time chat platform",
            documentation: "Documentation, guides, or how-to instructions",
            support: "Community or commercial support",
            "source-distribution": "The location where the source code distributable can be obtained. This is often an archive format such as zip or tgz. The source-distribution type complements use of the version control (vcs) type.",
            distribution: "Direct or repository download location",
            "distribution-intake": 'The location where a component was published to. This is often the same as "distribution" but may also include specialized publishing processes that act as an intermediary.',
            license: "The reference to the license file. If a license URL has been defined in the license node, it should also be defined as an external reference for completeness.",
            "build-meta": "Build-system specific meta file (i.e. pom.xml, package.json, .nuspec, etc)",
            "build-system": "Reference to an automated build system",
            "release-notes": "Reference to release notes",
            "security-contact": "Specifies a way to contact the maintainer, supplier, or provider in the event of a security incident. Common URIs include links to a disclosure procedure, a mailto (RFC-2368) that specifies an email address, a tel (RFC-3966) that specifies a phone number, or dns (RFC-4501) that specifies the records containing DNS Security TXT.",
            "model-card": "A model card describes the intended uses of a machine learning model, potential limitations, biases, ethical considerations, training parameters, datasets used to train the model, performance metrics, and other relevant data useful for ML transparency.",
            log: "A record of events that occurred in a computer system or application, such as problems, errors, or information on current operations.",
            configuration: "Parameters or settings that may be used by other components or services.",
            evidence: "Information used to substantiate a claim.",
            formulation: "Describes the formulation of any referencable object within the BOM, including components, services, metadata, declarations, or the BOM itself.",
            attestation: "Human or machine-readable statements containing facts, evidence, or testimony.",
            "threat-model": "An enumeration of identified weaknesses, threats, and countermeasures, dataflow diagram (DFD), attack tree, and other supporting documentation in human-readable or machine-readable format.",
            "adversary-model": "The defined assumptions, goals, and capabilities of an adversary.",
            "risk-assessment": "Identifies and analyzes the potential of future events that may negatively impact individuals, assets, and/or the environment. Risk assessments may also include judgments on the tolerability of each risk.",
            "vulnerability-assertion": "A Vulnerability Disclosure Report (VDR) which asserts the known and previously unknown vulnerabilities that affect a component, service, or product including the analysis and findings describing the impact (or lack of impact) that the reported vulnerability has on a component, service, or product.",
            "exploitability-statement": "A Vulnerability Exploitability eXchange (VEX) which asserts the known vulnerabilities that do not affect a product, product family, or organization, and optionally the ones that do. The VEX should include the analysis and findings describing the impact (or lack of impact) that the reported vulnerability has on the product, product family, or organization.",
            "pentest-report": "Results from an authorized simulated cyberattack on a component or service, otherwise known as a penetration test.",
            "static-analysis-report": "SARIF or proprietary machine or human-readable report for which static analysis has identified code quality, security, and other potential issues with the source code.",
            "dynamic-analysis-report": "Dynamic analysis report that has identified issues such as vulnerabilities and misconfigurations.",
            "runtime-analysis-report": "Report generated by analyzing the call stack of a running application.",
            "component-analysis-report": "Report generated by Software Composition Analysis (SCA), container analysis, or other forms of component analysis.",
            "maturity-report": "Report containing a formal assessment of an organization, business unit, or team against a maturity model.",
            "certification-report": "Industry, regulatory, or other certification from an accredited (if applicable) certification body.",
            "codified-infrastructure": "Code or configuration that defines and provisions virtualized infrastructure, commonly referred to as Infrastructure as Code (IaC).",
            "quality-metrics": "Report or system in which quality metrics can be obtained.",
            poam: 'Plans of Action and Milestones (POA&M) complement an "attestation" external reference. POA&M is defined by NIST as a "document that identifies tasks needing to be accomplished. It details resources required to accomplish the elements of the plan, any milestones in meeting the tasks and scheduled completion dates for the milestones".',
            "electronic-signature": "An e-signature is commonly a scanned representation of a written signature or a stylized script of the person's name.",
            "digital-signature": "A signature that leverages cryptography, typically public/private key pairs, which provides strong authenticity verification.",
            "rfc-9116": "Document that complies with [RFC 9116](https://www.ietf.org/rfc/rfc9116.html) (A File Format to Aid in Security Vulnerability Disclosure)",
            patent: "References information about patents which may be defined in human-readable documents or in machine-readable formats such as CycloneDX or ST.96. For detailed patent information or to reference the information provided directly by patent offices, it is recommended to leverage standards from the World Intellectual Property Organization (WIPO) such as [ST.96](https://www.wipo.int/standards/en/st96).",
            "patent-family": "References information about a patent family which may be defined in human-readable documents or in machine-readable formats such as CycloneDX or ST.96. A patent family is a group of related patent applications or granted patents that cover the same or similar invention. For detailed patent family information or to reference the information provided directly by patent offices, it is recommended to leverage standards from the World Intellectual Property Organization (WIPO) such as [ST.96](https://www.wipo.int/standards/en/st96).",
            "patent-assertion": "References assertions made regarding patents associated with a component or service. Assertions distinguish between ownership, licensing, and other relevant interactions with patents.",
            citation: "A reference to external citations applicable to the object identified by this BOM entry or the BOM itself. When used with a BOM-Link, this allows offloading citations into a separate CycloneDX BOM.",
            other: "Use this if no other types accurately describe the purpose of the external reference."
          }
        },
        hashes: {
          type: "array",
          items: { $ref: "#/definitions/hash" },
          title: "Hashes",
          description: "The hashes of the external reference (if applicable)."
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        }
      }
    },
    dependency: {
      type: "object",
      title: "Dependency",
      description: "Defines the direct dependencies of a component, service, or the components provided/implemented by a given component. Components or services that do not have their own dependencies must be declared as empty elements within the graph. Components or services that are not represented in the dependency graph may have unknown dependencies. It is recommended that implementations assume this to be opaque and not an indicator of an object being dependency-free. It is recommended to leverage compositions to indicate unknown dependency graphs.",
      required: [
        "ref"
      ],
      additionalProperties: false,
      properties: {
        ref: {
          $ref: "#/definitions/refLinkType",
          title: "Reference",
          description: "References a component or service by its bom-ref attribute"
        },
        dependsOn: {
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/refLinkType"
          },
          title: "Depends On",
          description: "The bom-ref identifiers of the components or services that are dependencies of this dependency object."
        },
        provides: {
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/refLinkType"
          },
          title: "Provides",
          description: "The bom-ref identifiers of the components or services that define a given specification or standard, which are provided or implemented by this dependency object.\nFor example, a cryptographic library which implements a cryptographic algorithm. A component which implements another component does not imply that the implementation is in use."
        }
      }
    },
    service: {
      type: "object",
      title: "Service",
      required: [
        "name"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An identifier which can be used to reference the service elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        provider: {
          title: "Provider",
          description: "The organization that provides the service.",
          $ref: "#/definitions/organizationalEntity"
        },
        group: {
          type: "string",
          title: "Service Group",
          description: "The grouping name, namespace, or identifier. This will often be a shortened, single name of the company or project that produced the service or domain name. Whitespace and special characters should be avoided.",
          examples: ["com.acme"]
        },
        name: {
          type: "string",
          title: "Service Name",
          description: "The name of the service. This will often be a shortened, single name of the service.",
          examples: ["ticker-service"]
        },
        version: {
          $ref: "#/definitions/version",
          title: "Service Version",
          description: "The service version."
        },
        description: {
          type: "string",
          title: "Service Description",
          description: "Specifies a description for the service"
        },
        endpoints: {
          type: "array",
          items: {
            type: "string",
            format: "iri-reference"
          },
          title: "Endpoints",
          description: "The endpoint URIs of the service. Multiple endpoints are allowed.",
          examples: ["https://example.com/api/v1/ticker"]
        },
        authenticated: {
          type: "boolean",
          title: "Authentication Required",
          description: "A boolean value indicating if the service requires authentication. A value of true indicates the service requires authentication prior to use. A value of false indicates the service does not require authentication."
        },
        "x-trust-boundary": {
          type: "boolean",
          title: "Crosses Trust Boundary",
          description: "A boolean value indicating if use of the service crosses a trust zone or boundary. A value of true indicates that by using the service, a trust boundary is crossed. A value of false indicates that by using the service, a trust boundary is not crossed."
        },
        trustZone: {
          type: "string",
          title: "Trust Zone",
          description: "The name of the trust zone the service resides in."
        },
        data: {
          type: "array",
          items: { $ref: "#/definitions/serviceData" },
          title: "Data",
          description: "Specifies information about the data including the directional flow of data and the data classification."
        },
        licenses: {
          $ref: "#/definitions/licenseChoice",
          title: "Service License(s)"
        },
        patentAssertions: {
          $ref: "#/definitions/patentAssertions",
          title: "Service Patent(s)"
        },
        externalReferences: {
          type: "array",
          items: { $ref: "#/definitions/externalReference" },
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
        },
        services: {
          type: "array",
          items: { $ref: "#/definitions/service" },
          uniqueItems: true,
          title: "Services",
          description: "A list of services included or deployed behind the parent service. This is not a dependency tree. It provides a way to specify a hierarchical representation of service assemblies."
        },
        releaseNotes: {
          $ref: "#/definitions/releaseNotes",
          title: "Release notes",
          description: "Specifies release notes."
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        },
        tags: {
          $ref: "#/definitions/tags",
          title: "Tags"
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    serviceData: {
      type: "object",
      title: "Hash Objects",
      required: [
        "flow",
        "classification"
      ],
      additionalProperties: false,
      properties: {
        flow: {
          $ref: "#/definitions/dataFlowDirection",
          title: "Directional Flow",
          description: "Specifies the flow direction of the data. Direction is relative to the service. Inbound flow states that data enters the service. Outbound flow states that data leaves the service. Bi-directional states that data flows both ways and unknown states that the direction is not known."
        },
        classification: {
          $ref: "#/definitions/dataClassification"
        },
        name: {
          type: "string",
          title: "Name",
          description: "Name for the defined data",
          examples: [
            "Credit card reporting"
          ]
        },
        description: {
          type: "string",
          title: "Description",
          description: "Short description of the data content and usage",
          examples: [
            "Credit card information being exchanged in between the web app and the database"
          ]
        },
        governance: {
          title: "Data Governance",
          $ref: "#/definitions/dataGovernance"
        },
        source: {
          type: "array",
          items: {
            anyOf: [
              {
                title: "URL",
                type: "string",
                format: "iri-reference"
              },
              {
                title: "BOM-Link Element",
                $ref: "#/definitions/bomLinkElementType"
              }
            ]
          },
          title: "Source",
          description: "The URI, URL, or BOM-Link of the components or services the data came in from"
        },
        destination: {
          type: "array",
          items: {
            anyOf: [
              {
                title: "URL",
                type: "string",
                format: "iri-reference"
              },
              {
                title: "BOM-Link Element",
                $ref: "#/definitions/bomLinkElementType"
              }
            ]
          },
          title: "Destination",
          description: "The URI, URL, or BOM-Link of the components or services the data is sent to"
        }
      }
    },
    dataFlowDirection: {
      type: "string",
      enum: [
        "inbound",
        "outbound",
        "bi-directional",
        "unknown"
      ],
      "meta:enum": {
        inbound: "Data that enters a service.",
        outbound: "Data that exits a service.",
        "bi-directional": "Data flows in and out of the service.",
        unknown: "The directional flow of data is not known."
      },
      title: "Data flow direction",
      description: "Specifies the flow direction of the data. Direction is relative to the service."
    },
    copyright: {
      type: "object",
      title: "Copyright",
      description: "A copyright notice informing users of the underlying claims to copyright ownership in a published work.",
      required: [
        "text"
      ],
      additionalProperties: false,
      properties: {
        text: {
          type: "string",
          title: "Copyright Text",
          description: "The textual content of the copyright."
        }
      }
    },
    componentEvidence: {
      type: "object",
      title: "Evidence",
      description: "Provides the ability to document evidence collected through various forms of extraction or analysis.",
      additionalProperties: false,
      properties: {
        identity: {
          title: "Identity Evidence",
          description: "Evidence that substantiates the identity of a component. The identity may be an object or an array of identity objects. Support for specifying identity as a single object was introduced in CycloneDX v1.5. Arrays were introduced in v1.6. It is recommended that all implementations use arrays, even if only one identity object is specified.",
          oneOf: [
            {
              type: "array",
              title: "Array of Identity Objects",
              items: { $ref: "#/definitions/componentIdentityEvidence" }
            },
            {
              title: "A Single Identity Object",
              description: "[Deprecated]",
              $ref: "#/definitions/componentIdentityEvidence",
              deprecated: true
            }
          ]
        },
        occurrences: {
          type: "array",
          title: "Occurrences",
          description: "Evidence of individual instances of a component spread across multiple locations.",
          items: {
            type: "object",
            required: ["location"],
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An identifier which can be used to reference the occurrence elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
              },
              location: {
                type: "string",
                title: "Location",
                description: "The location or path to where the component was found."
              },
              line: {
                type: "integer",
                minimum: 0,
                title: "Line Number",
                description: "The line number where the component was found."
              },
              offset: {
                type: "integer",
                minimum: 0,
                title: "Offset",
                description: "The offset where the component was found."
              },
              symbol: {
                type: "string",
                title: "Symbol",
                description: "The symbol name that was found associated with the component."
              },
              additionalContext: {
                type: "string",
                title: "Additional Context",
                description: "Any additional context of the detected component (e.g. a code snippet)."
              }
            }
          }
        },
        callstack: {
          type: "object",
          title: "Call Stack",
          description: "Evidence of the components use through the callstack.",
          additionalProperties: false,
          properties: {
            frames: {
              type: "array",
              title: "Frames",
              description: "Within a call stack, a frame is a discrete unit that encapsulates an execution context, including local variables, parameters, and the return address. As function calls are made, frames are pushed onto the stack, forming an array-like structure that orchestrates the flow of program execution and manages the sequence of function invocations.",
              items: {
                type: "object",
                required: [
                  "module"
                ],
                additionalProperties: false,
                properties: {
                  package: {
                    title: "Package",
                    description: "A package organizes modules into namespaces, providing a unique namespace for each type it contains.",
                    type: "string"
                  },
                  module: {
                    title: "Module",
                    description: "A module or class that encloses functions/methods and other code.",
                    type: "string"
                  },
                  function: {
                    title: "Function",
                    description: "A block of code designed to perform a particular task.",
                    type: "string"
                  },
                  parameters: {
                    title: "Parameters",
                    description: "Arguments that are passed to the module or function.",
                    type: "array",
                    items: {
                      type: "string"
                    }
                  },
                  line: {
                    title: "Line",
                    description: "The line number the code that is called resides on.",
                    type: "integer"
                  },
                  column: {
                    title: "Column",
                    description: "The column the code that is called resides.",
                    type: "integer"
                  },
                  fullFilename: {
                    title: "Full Filename",
                    description: "The full path and filename of the module.",
                    type: "string"
                  }
                }
              }
            }
          }
        },
        licenses: {
          $ref: "#/definitions/licenseChoice",
          title: "License Evidence"
        },
        copyright: {
          type: "array",
          items: { $ref: "#/definitions/copyright" },
          title: "Copyright Evidence",
          description: "Copyright evidence captures intellectual property assertions, providing evidence of possible ownership and legal protection."
        }
      }
    },
    compositions: {
      type: "object",
      title: "Compositions",
      required: [
        "aggregate"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An identifier which can be used to reference the composition elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        aggregate: {
          $ref: "#/definitions/aggregateType",
          title: "Aggregate",
          description: "Specifies an aggregate type that describes how complete a relationship is."
        },
        assemblies: {
          type: "array",
          uniqueItems: true,
          items: {
            anyOf: [
              {
                title: "Ref",
                $ref: "#/definitions/refLinkType"
              },
              {
                title: "BOM-Link Element",
                $ref: "#/definitions/bomLinkElementType"
              }
            ]
          },
          title: "BOM references",
          description: "The bom-ref identifiers of the components or services being described. Assemblies refer to nested relationships whereby a constituent part may include other constituent parts. References do not cascade to child parts. References are explicit for the specified constituent part only."
        },
        dependencies: {
          type: "array",
          uniqueItems: true,
          items: {
            type: "string"
          },
          title: "BOM references",
          description: "The bom-ref identifiers of the components or services being described. Dependencies refer to a relationship whereby an independent constituent part requires another independent constituent part. References do not cascade to transitive dependencies. References are explicit for the specified dependency only."
        },
        vulnerabilities: {
          type: "array",
          uniqueItems: true,
          items: {
            type: "string"
          },
          title: "BOM references",
          description: "The bom-ref identifiers of the vulnerabilities being described."
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    aggregateType: {
      type: "string",
      default: "not_specified",
      enum: [
        "complete",
        "incomplete",
        "incomplete_first_party_only",
        "incomplete_first_party_proprietary_only",
        "incomplete_first_party_opensource_only",
        "incomplete_third_party_only",
        "incomplete_third_party_proprietary_only",
        "incomplete_third_party_opensource_only",
        "unknown",
        "not_specified"
      ],
      "meta:enum": {
        complete: "The relationship is complete. No further relationships including constituent components, services, or dependencies are known to exist.",
        incomplete: "The relationship is incomplete. Additional relationships exist and may include constituent components, services, or dependencies.",
        incomplete_first_party_only: "The relationship is incomplete. Only relationships for first-party components, services, or their dependencies are represented.",
        incomplete_first_party_proprietary_only: "The relationship is incomplete. Only relationships for first-party components, services, or their dependencies are represented, limited specifically to those that are proprietary.",
        incomplete_first_party_opensource_only: "The relationship is incomplete. Only relationships for first-party components, services, or their dependencies are represented, limited specifically to those that are opensource.",
        incomplete_third_party_only: "The relationship is incomplete. Only relationships for third-party components, services, or their dependencies are represented.",
        incomplete_third_party_proprietary_only: "The relationship is incomplete. Only relationships for third-party components, services, or their dependencies are represented, limited specifically to those that are proprietary.",
        incomplete_third_party_opensource_only: "The relationship is incomplete. Only relationships for third-party components, services, or their dependencies are represented, limited specifically to those that are opensource.",
        unknown: "The relationship may be complete or incomplete. This usually signifies a 'best-effort' to obtain constituent components, services, or dependencies but the completeness is inconclusive.",
        not_specified: "The relationship completeness is not specified."
      }
    },
    property: {
      type: "object",
      title: "Lightweight name-value pair",
      description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
      required: [
        "name"
      ],
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          title: "Name",
          description: "The name of the property. Duplicate names are allowed, each potentially having a different value."
        },
        value: {
          type: "string",
          title: "Value",
          description: "The value of the property."
        }
      }
    },
    localeType: {
      type: "string",
      pattern: "^([a-z]{2})(-[A-Z]{2})?$",
      title: "Locale",
      description: "Defines a syntax for representing two character language code (ISO-639) followed by an optional two character country code. The language code must be lower case. If the country code is specified, the country code must be upper case. The language code and country code must be separated by a minus sign. Examples: en, en-US, fr, fr-CA"
    },
    releaseType: {
      type: "string",
      examples: [
        "major",
        "minor",
        "patch",
        "pre-release",
        "internal"
      ],
      description: "The software versioning type. It is recommended that the release type use one of 'major', 'minor', 'patch', 'pre-release', or 'internal'. Representing all possible software release types is not practical, so standardizing on the recommended values, whenever possible, is strongly encouraged.\n\n* __major__ = A major release may contain significant changes or may introduce breaking changes.\n* __minor__ = A minor release, also known as an update, may contain a smaller number of changes than major releases.\n* __patch__ = Patch releases are typically unplanned and may resolve defects or important security issues.\n* __pre-release__ = A pre-release may include alpha, beta, or release candidates and typically have limited support. They provide the ability to preview a release prior to its general availability.\n* __internal__ = Internal releases are not for public consumption and are intended to be used exclusively by the project or manufacturer that produced it."
    },
    note: {
      type: "object",
      title: "Note",
      description: "A note containing the locale and content.",
      required: [
        "text"
      ],
      additionalProperties: false,
      properties: {
        locale: {
          $ref: "#/definitions/localeType",
          title: "Locale",
          description: 'The ISO-639 (or higher) language code and optional ISO-3166 (or higher) country code. Examples include: "en", "en-US", "fr" and "fr-CA"'
        },
        text: {
          title: "Release note content",
          description: "Specifies the full content of the release note.",
          $ref: "#/definitions/attachment"
        }
      }
    },
    releaseNotes: {
      type: "object",
      title: "Release notes",
      required: [
        "type"
      ],
      additionalProperties: false,
      properties: {
        type: {
          $ref: "#/definitions/releaseType",
          title: "Type",
          description: "The software versioning type the release note describes."
        },
        title: {
          type: "string",
          title: "Title",
          description: "The title of the release."
        },
        featuredImage: {
          type: "string",
          format: "iri-reference",
          title: "Featured image",
          description: "The URL to an image that may be prominently displayed with the release note."
        },
        socialImage: {
          type: "string",
          format: "iri-reference",
          title: "Social image",
          description: "The URL to an image that may be used in messaging on social media platforms."
        },
        description: {
          type: "string",
          title: "Description",
          description: "A short description of the release."
        },
        timestamp: {
          type: "string",
          format: "date-time",
          title: "Timestamp",
          description: "The date and time (timestamp) when the release note was created."
        },
        aliases: {
          type: "array",
          items: {
            type: "string"
          },
          title: "Aliases",
          description: "One or more alternate names the release may be referred to. This may include unofficial terms used by development and marketing teams (e.g. code names)."
        },
        tags: {
          $ref: "#/definitions/tags",
          title: "Tags"
        },
        resolves: {
          type: "array",
          items: { $ref: "#/definitions/issue" },
          title: "Resolves",
          description: "A collection of issues that have been resolved."
        },
        notes: {
          type: "array",
          items: { $ref: "#/definitions/note" },
          title: "Notes",
          description: "Zero or more release notes containing the locale and content. Multiple note objects may be specified to support release notes in a wide variety of languages."
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        }
      }
    },
    advisory: {
      type: "object",
      title: "Advisory",
      description: "Title and location where advisory information can be obtained. An advisory is a notification of a threat to a component, service, or system.",
      required: ["url"],
      additionalProperties: false,
      properties: {
        title: {
          type: "string",
          title: "Title",
          description: "A name of the advisory."
        },
        url: {
          type: "string",
          title: "URL",
          format: "iri-reference",
          description: "Location where the advisory can be obtained."
        }
      }
    },
    cwe: {
      type: "integer",
      minimum: 1,
      title: "CWE",
      description: "Integer representation of a Common Weaknesses Enumerations (CWE). For example 399 (of https://cwe.mitre.org/data/definitions/399.html)"
    },
    severity: {
      type: "string",
      title: "Severity",
      description: "Textual representation of the severity of the vulnerability adopted by the analysis method. If the analysis method uses values other than what is provided, the user is expected to translate appropriately.",
      enum: [
        "critical",
        "high",
        "medium",
        "low",
        "info",
        "none",
        "unknown"
      ],
      "meta:enum": {
        critical: "Critical severity",
        high: "High severity",
        medium: "Medium severity",
        low: "Low severity",
        info: "Informational warning.",
        none: "None",
        unknown: "The severity is not known"
      }
    },
    scoreMethod: {
      type: "string",
      title: "Method",
      description: "Specifies the severity or risk scoring methodology or standard used.",
      enum: [
        "CVSSv2",
        "CVSSv3",
        "CVSSv31",
        "CVSSv4",
        "OWASP",
        "SSVC",
        "other"
      ],
      "meta:enum": {
        CVSSv2: "Common Vulnerability Scoring System v2.0",
        CVSSv3: "Common Vulnerability Scoring System v3.0",
        CVSSv31: "Common Vulnerability Scoring System v3.1",
        CVSSv4: "Common Vulnerability Scoring System v4.0",
        OWASP: "OWASP Risk Rating Methodology",
        SSVC: "Stakeholder Specific Vulnerability Categorization",
        other: "Another severity or risk scoring methodology"
      }
    },
    impactAnalysisState: {
      type: "string",
      title: "Impact Analysis State",
      description: "Declares the current state of an occurrence of a vulnerability, after automated or manual analysis.",
      enum: [
        "resolved",
        "resolved_with_pedigree",
        "exploitable",
        "in_triage",
        "false_positive",
        "not_affected"
      ],
      "meta:enum": {
        resolved: "The vulnerability has been remediated.",
        resolved_with_pedigree: "The vulnerability has been remediated and evidence of the changes are provided in the affected components pedigree containing verifiable commit history and/or diff(s).",
        exploitable: "The vulnerability may be directly or indirectly exploitable.",
        in_triage: "The vulnerability is being investigated.",
        false_positive: "The vulnerability is not specific to the component or service and was falsely identified or associated.",
        not_affected: "The component or service is not affected by the vulnerability. Justification should be specified for all not_affected cases."
      }
    },
    impactAnalysisJustification: {
      type: "string",
      title: "Impact Analysis Justification",
      description: "The rationale of why the impact analysis state was asserted.",
      enum: [
        "code_not_present",
        "code_not_reachable",
        "requires_configuration",
        "requires_dependency",
        "requires_environment",
        "protected_by_compiler",
        "protected_at_runtime",
        "protected_at_perimeter",
        "protected_by_mitigating_control"
      ],
      "meta:enum": {
        code_not_present: "The code has been removed or tree-shaked.",
        code_not_reachable: "The vulnerable code is not invoked at runtime.",
        requires_configuration: "Exploitability requires a configurable option to be set/unset.",
        requires_dependency: "Exploitability requires a dependency that is not present.",
        requires_environment: "Exploitability requires a certain environment which is not present.",
        protected_by_compiler: "Exploitability requires a compiler flag to be set/unset.",
        protected_at_runtime: "Exploits are prevented at runtime.",
        protected_at_perimeter: "Attacks are blocked at physical, logical, or network perimeter.",
        protected_by_mitigating_control: "Preventative measures have been implemented that reduce the likelihood and/or impact of the vulnerability."
      }
    },
    rating: {
      type: "object",
      title: "Rating",
      description: "Defines the severity or risk ratings of a vulnerability.",
      additionalProperties: false,
      properties: {
        source: {
          $ref: "#/definitions/vulnerabilitySource",
          description: "The source that calculated the severity or risk rating of the vulnerability."
        },
        score: {
          type: "number",
          title: "Score",
          description: "The numerical score of the rating."
        },
        severity: {
          $ref: "#/definitions/severity",
          description: "Textual representation of the severity that corresponds to the numerical score of the rating."
        },
        method: {
          $ref: "#/definitions/scoreMethod"
        },
        vector: {
          type: "string",
          title: "Vector",
          description: "Textual representation of the metric values used to score the vulnerability"
        },
        justification: {
          type: "string",
          title: "Justification",
          description: "A reason for rating the vulnerability as it was"
        }
      }
    },
    vulnerabilitySource: {
      type: "object",
      title: "Source",
      description: "The source of vulnerability information. This is often the organization that published the vulnerability.",
      additionalProperties: false,
      properties: {
        url: {
          type: "string",
          title: "URL",
          description: "The url of the vulnerability documentation as provided by the source.",
          examples: [
            "https://nvd.nist.gov/vuln/detail/CVE-2021-39182"
          ]
        },
        name: {
          type: "string",
          title: "Name",
          description: "The name of the source.",
          examples: [
            "NVD",
            "National Vulnerability Database",
            "OSS Index",
            "VulnDB",
            "GitHub Advisories"
          ]
        }
      }
    },
    vulnerability: {
      type: "object",
      title: "Vulnerability",
      description: "Defines a weakness in a component or service that could be exploited or triggered by a threat source.",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An identifier which can be used to reference the vulnerability elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        id: {
          type: "string",
          title: "ID",
          description: "The identifier that uniquely identifies the vulnerability.",
          examples: [
            "CVE-2021-39182",
            "GHSA-35m5-8cvj-8783",
            "SNYK-PYTHON-ENROCRYPT-1912876"
          ]
        },
        source: {
          $ref: "#/definitions/vulnerabilitySource",
          description: "The source that published the vulnerability."
        },
        references: {
          type: "array",
          title: "References",
          description: "Zero or more pointers to vulnerabilities that are the equivalent of the vulnerability specified. Often times, the same vulnerability may exist in multiple sources of vulnerability intelligence, but have different identifiers. References provide a way to correlate vulnerabilities across multiple sources of vulnerability intelligence.",
          items: {
            type: "object",
            required: [
              "id",
              "source"
            ],
            additionalProperties: false,
            properties: {
              id: {
                type: "string",
                title: "ID",
                description: "An identifier that uniquely identifies the vulnerability.",
                examples: [
                  "CVE-2021-39182",
                  "GHSA-35m5-8cvj-8783",
                  "SNYK-PYTHON-ENROCRYPT-1912876"
                ]
              },
              source: {
                $ref: "#/definitions/vulnerabilitySource",
                description: "The source that published the vulnerability."
              }
            }
          }
        },
        ratings: {
          type: "array",
          title: "Ratings",
          description: "List of vulnerability ratings. Consumers SHOULD consider ratings in prioritization decisions; source ratings may differ and aid prioritization.",
          items: {
            $ref: "#/definitions/rating"
          }
        },
        cwes: {
          type: "array",
          title: "CWEs",
          description: "List of Common Weaknesses Enumerations (CWEs) codes that describes this vulnerability.",
          examples: [399],
          items: {
            $ref: "#/definitions/cwe"
          }
        },
        description: {
          type: "string",
          title: "Description",
          description: "A description of the vulnerability as provided by the source."
        },
        detail: {
          type: "string",
          title: "Details",
          description: "If available, an in-depth description of the vulnerability as provided by the source organization. Details often include information useful in understanding root cause."
        },
        recommendation: {
          type: "string",
          title: "Recommendation",
          description: "Recommendations of how the vulnerability can be remediated or mitigated."
        },
        workaround: {
          type: "string",
          title: "Workarounds",
          description: "A bypass, usually temporary, of the vulnerability that reduces its likelihood and/or impact. Workarounds often involve changes to configuration or deployments."
        },
        proofOfConcept: {
          type: "object",
          title: "Proof of Concept",
          description: "Evidence used to reproduce the vulnerability.",
          properties: {
            reproductionSteps: {
              type: "string",
              title: "Steps to Reproduce",
              description: "Precise steps to reproduce the vulnerability."
            },
            environment: {
              type: "string",
              title: "Environment",
              description: "A description of the environment in which reproduction was possible."
            },
            supportingMaterial: {
              type: "array",
              title: "Supporting Material",
              description: "Supporting material that helps in reproducing or understanding how reproduction is possible. This may include screenshots, payloads, and PoC exploit code.",
              items: { $ref: "#/definitions/attachment" }
            }
          }
        },
        advisories: {
          type: "array",
          title: "Advisories",
          description: "Published advisories of the vulnerability if provided.",
          items: {
            $ref: "#/definitions/advisory"
          }
        },
        created: {
          type: "string",
          format: "date-time",
          title: "Created",
          description: "The date and time (timestamp) when the vulnerability record was created in the vulnerability database."
        },
        published: {
          type: "string",
          format: "date-time",
          title: "Published",
          description: "The date and time (timestamp) when the vulnerability record was first published."
        },
        updated: {
          type: "string",
          format: "date-time",
          title: "Updated",
          description: "The date and time (timestamp) when the vulnerability record was last updated."
        },
        rejected: {
          type: "string",
          format: "date-time",
          title: "Rejected",
          description: "The date and time (timestamp) when the vulnerability record was rejected (if applicable)."
        },
        credits: {
          type: "object",
          title: "Credits",
          description: "Individuals or organizations credited with the discovery of the vulnerability.",
          additionalProperties: false,
          properties: {
            organizations: {
              type: "array",
              title: "Organizations",
              description: "The organizations credited with vulnerability discovery.",
              items: {
                $ref: "#/definitions/organizationalEntity"
              }
            },
            individuals: {
              type: "array",
              title: "Individuals",
              description: "The individuals, not associated with organizations, that are credited with vulnerability discovery.",
              items: {
                $ref: "#/definitions/organizationalContact"
              }
            }
          }
        },
        tools: {
          title: "Tools",
          description: "The tool(s) used to identify, confirm, or score the vulnerability.",
          oneOf: [
            {
              type: "object",
              title: "Tools",
              description: "The tool(s) used to identify, confirm, or score the vulnerability.",
              additionalProperties: false,
              properties: {
                components: {
                  type: "array",
                  items: { $ref: "#/definitions/component" },
                  uniqueItems: true,
                  title: "Components",
                  description: "A list of software and hardware components used as tools."
                },
                services: {
                  type: "array",
                  items: { $ref: "#/definitions/service" },
                  uniqueItems: true,
                  title: "Services",
                  description: "A list of services used as tools. This may include microservices, function-as-a-service, and other types of network or intra-process services."
                }
              }
            },
            {
              type: "array",
              title: "Tools (legacy)",
              description: "[Deprecated]\nThe tool(s) used to identify, confirm, or score the vulnerability.",
              deprecated: true,
              items: { $ref: "#/definitions/tool" }
            }
          ]
        },
        analysis: {
          type: "object",
          title: "Impact Analysis",
          description: "An assessment of the impact and exploitability of the vulnerability.",
          additionalProperties: false,
          properties: {
            state: {
              $ref: "#/definitions/impactAnalysisState"
            },
            justification: {
              $ref: "#/definitions/impactAnalysisJustification"
            },
            response: {
              type: "array",
              title: "Response",
              description: "A response to the vulnerability by the manufacturer, supplier, or project responsible for the affected component or service. More than one response is allowed. Responses are strongly encouraged for vulnerabilities where the analysis state is exploitable.",
              items: {
                type: "string",
                enum: [
                  "can_not_fix",
                  "will_not_fix",
                  "update",
                  "rollback",
                  "workaround_available"
                ],
                "meta:enum": {
                  can_not_fix: "Can not fix",
                  will_not_fix: "Will not fix",
                  update: "Update to a different revision or release",
                  rollback: "Revert to a previous revision or release",
                  workaround_available: "There is a workaround available"
                }
              }
            },
            detail: {
              type: "string",
              title: "Detail",
              description: "Detailed description of the impact including methods used during assessment. If a vulnerability is not exploitable, this field should include specific details on why the component or service is not impacted by this vulnerability."
            },
            firstIssued: {
              type: "string",
              format: "date-time",
              title: "First Issued",
              description: "The date and time (timestamp) when the analysis was first issued."
            },
            lastUpdated: {
              type: "string",
              format: "date-time",
              title: "Last Updated",
              description: "The date and time (timestamp) when the analysis was last updated."
            }
          }
        },
        affects: {
          type: "array",
          uniqueItems: true,
          items: {
            type: "object",
            required: [
              "ref"
            ],
            additionalProperties: false,
            properties: {
              ref: {
                anyOf: [
                  {
                    title: "Ref",
                    $ref: "#/definitions/refLinkType"
                  },
                  {
                    title: "BOM-Link Element",
                    $ref: "#/definitions/bomLinkElementType"
                  }
                ],
                title: "Reference",
                description: "References a component or service by the objects bom-ref"
              },
              versions: {
                type: "array",
                title: "Versions",
                description: "Zero or more individual versions or range of versions.",
                items: {
                  type: "object",
                  oneOf: [
                    {
                      required: ["version"]
                    },
                    {
                      required: ["range"]
                    }
                  ],
                  additionalProperties: false,
                  properties: {
                    version: {
                      title: "Version",
                      description: "A single version of a component or service.",
                      $ref: "#/definitions/version"
                    },
                    range: {
                      title: "Version Range",
                      description: "A version range specified in Package URL Version Range syntax (vers) which is defined at https://github.com/package-url/vers-spec",
                      $ref: "#/definitions/versionRange"
                    },
                    status: {
                      title: "Status",
                      description: "The vulnerability status for the version or range of versions.",
                      $ref: "#/definitions/affectedStatus",
                      default: "affected"
                    }
                  }
                }
              }
            }
          },
          title: "Affects",
          description: "The components or services that are affected by the vulnerability."
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    affectedStatus: {
      description: "The vulnerability status of a given version or range of versions of a product. The statuses 'affected' and 'unaffected' indicate that the version is affected or unaffected by the vulnerability. The status 'unknown' indicates that it is unknown or unspecified whether the given version is affected. There can be many reasons for an 'unknown' status, including that an investigation has not been undertaken or that a vendor has not disclosed the status.",
      type: "string",
      enum: [
        "affected",
        "unaffected",
        "unknown"
      ],
      "meta:enum": {
        affected: "The version is affected by the vulnerability.",
        unaffected: "The version is not affected by the vulnerability.",
        unknown: "It is unknown (or unspecified) whether the given version is affected."
      }
    },
    version: {
      description: "A single disjunctive version identifier, for a component or service.",
      type: "string",
      maxLength: 1024,
      examples: [
        "9.0.14",
        "v1.33.7",
        "7.0.0-M1",
        "2.0pre1",
        "1.0.0-beta1",
        "0.8.15"
      ]
    },
    versionRange: {
      description: "A version range specified in Package URL Version Range syntax (vers) which is defined at https://github.com/package-url/vers-spec",
      type: "string",
      minLength: 1,
      maxLength: 4096,
      examples: [
        "vers:cargo/9.0.14",
        "vers:npm/1.2.3|>=2.0.0|<5.0.0",
        "vers:pypi/0.0.0|0.0.1|0.0.2|0.0.3|1.0|2.0pre1",
        "vers:tomee/>=1.0.0-beta1|<=1.7.5|>=7.0.0-M1|<=7.0.7|>=7.1.0|<=7.1.2|>=8.0.0-M1|<=8.0.1",
        "vers:gem/>=2.2.0|!= 2.2.1|<2.3.0"
      ]
    },
    range: {
      deprecated: true,
      description: "Deprecated definition. use definition `versionRange` instead.",
      $ref: "#/definitions/versionRange"
    },
    annotations: {
      type: "object",
      title: "Annotations",
      description: "A comment, note, explanation, or similar textual content which provides additional context to the object(s) being annotated.",
      required: [
        "subjects",
        "annotator",
        "timestamp",
        "text"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An identifier which can be used to reference the annotation elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        subjects: {
          type: "array",
          uniqueItems: true,
          items: {
            anyOf: [
              {
                title: "Ref",
                $ref: "#/definitions/refLinkType"
              },
              {
                title: "BOM-Link Element",
                $ref: "#/definitions/bomLinkElementType"
              }
            ]
          },
          title: "Subjects",
          description: "The object in the BOM identified by its bom-ref. This is often a component or service, but may be any object type supporting bom-refs."
        },
        annotator: {
          type: "object",
          title: "Annotator",
          description: "The organization, person, component, or service which created the textual content of the annotation.",
          oneOf: [
            {
              required: [
                "organization"
              ]
            },
            {
              required: [
                "individual"
              ]
            },
            {
              required: [
                "component"
              ]
            },
            {
              required: [
                "service"
              ]
            }
          ],
          additionalProperties: false,
          properties: {
            organization: {
              description: "The organization that created the annotation",
              $ref: "#/definitions/organizationalEntity"
            },
            individual: {
              description: "The person that created the annotation",
              $ref: "#/definitions/organizationalContact"
            },
            component: {
              description: "The tool or component that created the annotation",
              $ref: "#/definitions/component"
            },
            service: {
              description: "The service that created the annotation",
              $ref: "#/definitions/service"
            }
          }
        },
        timestamp: {
          type: "string",
          format: "date-time",
          title: "Timestamp",
          description: "The date and time (timestamp) when the annotation was created."
        },
        text: {
          type: "string",
          title: "Text",
          description: "The textual content of the annotation."
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    modelCard: {
      $comment: "Model card support in CycloneDX is derived from TensorFlow Model Card Toolkit released under the Apache 2.0 license and available from https://github.com/tensorflow/model-card-toolkit/blob/main/model_card_toolkit/schema/v0.0.2/model_card.schema.json. In addition, CycloneDX model card support includes portions of VerifyML, also released under the Apache 2.0 license and available from https://github.com/cylynx/verifyml/blob/main/verifyml/model_card_toolkit/schema/v0.0.4/model_card.schema.json.",
      type: "object",
      title: "Model Card",
      description: "A model card describes the intended uses of a machine learning model and potential limitations, including biases and ethical considerations. Model cards typically contain the training parameters, which datasets were used to train the model, performance metrics, and other relevant data useful for ML transparency. This object SHOULD be specified for any component of type `machine-learning-model` and must not be specified for other component types.",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An identifier which can be used to reference the model card elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        modelParameters: {
          type: "object",
          title: "Model Parameters",
          description: "Hyper-parameters for construction of the model.",
          additionalProperties: false,
          properties: {
            approach: {
              type: "object",
              title: "Approach",
              description: "The overall approach to learning used by the model for problem solving.",
              additionalProperties: false,
              properties: {
                type: {
                  type: "string",
                  title: "Learning Type",
                  description: "Learning types describing the learning problem or hybrid learning problem.",
                  enum: [
                    "supervised",
                    "unsupervised",
                    "reinforcement-learning",
                    "semi-supervised",
                    "self-supervised"
                  ],
                  "meta:enum": {
                    supervised: "Supervised machine learning involves training an algorithm on labeled data to predict or classify new data based on the patterns learned from the labeled examples.",
                    unsupervised: "Unsupervised machine learning involves training algorithms on unlabeled data to discover patterns, structures, or relationships without explicit guidance, allowing the model to identify inherent structures or clusters within the data.",
                    "reinforcement-learning": "Reinforcement learning is a type of machine learning where an agent learns to make decisions by interacting with an environment to maximize cumulative rewards, through trial and error.",
                    "semi-supervised": "Semi-supervised machine learning utilizes a combination of labeled and unlabeled data during training to improve model performance, leveraging the benefits of both supervised and unsupervised learning techniques.",
                    "self-supervised": "Self-supervised machine learning involves training models to predict parts of the input data from other parts of the same data, without requiring external labels, enabling learning from large amounts of unlabeled data."
                  }
                }
              }
            },
            task: {
              type: "string",
              title: "Task",
              description: "Directly influences the input and/or output. Examples include classification, regression, clustering, etc."
            },
            architectureFamily: {
              type: "string",
              title: "Architecture Family",
              description: "The model architecture family such as transformer network, convolutional neural network, residual neural network, LSTM neural network, etc."
            },
            modelArchitecture: {
              type: "string",
              title: "Model Architecture",
              description: "The specific architecture of the model such as GPT-1, ResNet-50, YOLOv3, etc."
            },
            datasets: {
              type: "array",
              title: "Datasets",
              description: "The datasets used to train and evaluate the model.",
              items: {
                oneOf: [
                  {
                    title: "Inline Data Information",
                    $ref: "#/definitions/componentData"
                  },
                  {
                    type: "object",
                    title: "Data Reference",
                    additionalProperties: false,
                    properties: {
                      ref: {
                        anyOf: [
                          {
                            title: "Ref",
                            $ref: "#/definitions/refLinkType"
                          },
                          {
                            title: "BOM-Link Element",
                            $ref: "#/definitions/bomLinkElementType"
                          }
                        ],
                        title: "Reference",
                        type: "string",
                        description: "References a data component by the components bom-ref attribute"
                      }
                    }
                  }
                ]
              }
            },
            inputs: {
              type: "array",
              title: "Inputs",
              description: "The input format(s) of the model",
              items: { $ref: "#/definitions/inputOutputMLParameters" }
            },
            outputs: {
              type: "array",
              title: "Outputs",
              description: "The output format(s) from the model",
              items: { $ref: "#/definitions/inputOutputMLParameters" }
            }
          }
        },
        quantitativeAnalysis: {
          type: "object",
          title: "Quantitative Analysis",
          description: "A quantitative analysis of the model",
          additionalProperties: false,
          properties: {
            performanceMetrics: {
              type: "array",
              title: "Performance Metrics",
              description: "The model performance metrics being reported. Examples may include accuracy, F1 score, precision, top-3 error rates, MSC, etc.",
              items: { $ref: "#/definitions/performanceMetric" }
            },
            graphics: { $ref: "#/definitions/graphicsCollection" }
          }
        },
        considerations: {
          type: "object",
          title: "Considerations",
          description: "What considerations should be taken into account regarding the model's construction, training, and application?",
          additionalProperties: false,
          properties: {
            users: {
              type: "array",
              title: "Users",
              description: "Who are the intended users of the model?",
              items: {
                type: "string"
              }
            },
            useCases: {
              type: "array",
              title: "Use Cases",
              description: "What are the intended use cases of the model?",
              items: {
                type: "string"
              }
            },
            technicalLimitations: {
              type: "array",
              title: "Technical Limitations",
              description: "What are the known technical limitations of the model? E.g. What kind(s) of data should the model be expected not to perform well on? What are the factors that might degrade model performance?",
              items: {
                type: "string"
              }
            },
            performanceTradeoffs: {
              type: "array",
              title: "Performance Tradeoffs",
              description: "What are the known tradeoffs in accuracy/performance of the model?",
              items: {
                type: "string"
              }
            },
            ethicalConsiderations: {
              type: "array",
              title: "Ethical Considerations",
              description: "What are the ethical risks involved in the application of this model?",
              items: { $ref: "#/definitions/risk" }
            },
            environmentalConsiderations: {
              $ref: "#/definitions/environmentalConsiderations",
              title: "Environmental Considerations",
              description: "What are the various environmental impacts the corresponding machine learning model has exhibited across its lifecycle?"
            },
            fairnessAssessments: {
              type: "array",
              title: "Fairness Assessments",
              description: "How does the model affect groups at risk of being systematically disadvantaged? What are the harms and benefits to the various affected groups?",
              items: {
                $ref: "#/definitions/fairnessAssessment"
              }
            }
          }
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        }
      }
    },
    inputOutputMLParameters: {
      type: "object",
      title: "Input and Output Parameters",
      additionalProperties: false,
      properties: {
        format: {
          title: "Input/Output Format",
          description: "The data format for input/output to the model.",
          type: "string",
          examples: ["string", "image", "time-series"]
        }
      }
    },
    componentData: {
      type: "object",
      additionalProperties: false,
      required: [
        "type"
      ],
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An identifier which can be used to reference the dataset elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        type: {
          type: "string",
          title: "Type of Data",
          description: "The general theme or subject matter of the data being specified.",
          enum: [
            "source-code",
            "configuration",
            "dataset",
            "definition",
            "other"
          ],
          "meta:enum": {
            "source-code": "Any type of code, code snippet, or data-as-code.",
            configuration: "Parameters or settings that may be used by other components.",
            dataset: "A collection of data.",
            definition: "Data that can be used to create new instances of what the definition defines.",
            other: "Any other type of data that does not fit into existing definitions."
          }
        },
        name: {
          title: "Dataset Name",
          description: "The name of the dataset.",
          type: "string"
        },
        contents: {
          type: "object",
          title: "Data Contents",
          description: "The contents or references to the contents of the data being described.",
          additionalProperties: false,
          properties: {
            attachment: {
              title: "Data Attachment",
              description: "A way to include textual or encoded data.",
              $ref: "#/definitions/attachment"
            },
            url: {
              type: "string",
              title: "Data URL",
              description: "The URL to where the data can be retrieved.",
              format: "iri-reference"
            },
            properties: {
              type: "array",
              title: "Configuration Properties",
              description: "Provides the ability to document name-value parameters used for configuration.",
              items: {
                $ref: "#/definitions/property"
              }
            }
          }
        },
        classification: {
          $ref: "#/definitions/dataClassification"
        },
        sensitiveData: {
          type: "array",
          title: "Sensitive Data",
          description: "A description of any sensitive data in a dataset.",
          items: {
            type: "string"
          }
        },
        graphics: { $ref: "#/definitions/graphicsCollection" },
        description: {
          title: "Dataset Description",
          description: "A description of the dataset. Can describe size of dataset, whether it's used for source code, training, testing, or validation, etc.",
          type: "string"
        },
        governance: {
          title: "Data Governance",
          $ref: "#/definitions/dataGovernance"
        }
      }
    },
    dataGovernance: {
      type: "object",
      title: "Data Governance",
      description: "Data governance captures information regarding data ownership, stewardship, and custodianship, providing insights into the individuals or entities responsible for managing, overseeing, and safeguarding the data throughout its lifecycle.",
      additionalProperties: false,
      properties: {
        custodians: {
          type: "array",
          title: "Data Custodians",
          description: "Data custodians are responsible for the safe custody, transport, and storage of data.",
          items: { $ref: "#/definitions/dataGovernanceResponsibleParty" }
        },
        stewards: {
          type: "array",
          title: "Data Stewards",
          description: "Data stewards are responsible for data content, context, and associated business rules.",
          items: { $ref: "#/definitions/dataGovernanceResponsibleParty" }
        },
        owners: {
          type: "array",
          title: "Data Owners",
          description: "Data owners are concerned with risk and appropriate access to data.",
          items: { $ref: "#/definitions/dataGovernanceResponsibleParty" }
        }
      }
    },
    dataGovernanceResponsibleParty: {
      type: "object",
      additionalProperties: false,
      properties: {
        organization: {
          title: "Organization",
          description: "The organization that is responsible for specific data governance role(s).",
          $ref: "#/definitions/organizationalEntity"
        },
        contact: {
          title: "Individual",
          description: "The individual that is responsible for specific data governance role(s).",
          $ref: "#/definitions/organizationalContact"
        }
      },
      oneOf: [
        {
          required: ["organization"]
        },
        {
          required: ["contact"]
        }
      ]
    },
    graphicsCollection: {
      type: "object",
      title: "Graphics Collection",
      description: "A collection of graphics that represent various measurements.",
      additionalProperties: false,
      properties: {
        description: {
          title: "Description",
          description: "A description of this collection of graphics.",
          type: "string"
        },
        collection: {
          title: "Collection",
          description: "A collection of graphics.",
          type: "array",
          items: { $ref: "#/definitions/graphic" }
        }
      }
    },
    graphic: {
      type: "object",
      title: "Graphic",
      additionalProperties: false,
      properties: {
        name: {
          title: "Name",
          description: "The name of the graphic.",
          type: "string"
        },
        image: {
          title: "Graphic Image",
          description: "The graphic (vector or raster). Base64 encoding must be specified for binary images.",
          $ref: "#/definitions/attachment"
        }
      }
    },
    performanceMetric: {
      type: "object",
      title: "Performance Metric",
      additionalProperties: false,
      properties: {
        type: {
          title: "Type",
          description: "The type of performance metric.",
          type: "string"
        },
        value: {
          title: "Value",
          description: "The value of the performance metric.",
          type: "string"
        },
        slice: {
          title: "Slice",
          description: "The name of the slice this metric was computed on. By default, assume this metric is not sliced.",
          type: "string"
        },
        confidenceInterval: {
          title: "Confidence Interval",
          description: "The confidence interval of the metric.",
          type: "object",
          additionalProperties: false,
          properties: {
            lowerBound: {
              title: "Lower Bound",
              description: "The lower bound of the confidence interval.",
              type: "string"
            },
            upperBound: {
              title: "Upper Bound",
              description: "The upper bound of the confidence interval.",
              type: "string"
            }
          }
        }
      }
    },
    risk: {
      type: "object",
      title: "Risk",
      additionalProperties: false,
      properties: {
        name: {
          title: "Name",
          description: "The name of the risk.",
          type: "string"
        },
        mitigationStrategy: {
          title: "Mitigation Strategy",
          description: "Strategy used to address this risk.",
          type: "string"
        }
      }
    },
    fairnessAssessment: {
      type: "object",
      title: "Fairness Assessment",
      description: "Information about the benefits and harms of the model to an identified at risk group.",
      additionalProperties: false,
      properties: {
        groupAtRisk: {
          type: "string",
          title: "Group at Risk",
          description: "The groups or individuals at risk of being systematically disadvantaged by the model."
        },
        benefits: {
          type: "string",
          title: "Benefits",
          description: "Expected benefits to the identified groups."
        },
        harms: {
          type: "string",
          title: "Harms",
          description: "Expected harms to the identified groups."
        },
        mitigationStrategy: {
          type: "string",
          title: "Mitigation Strategy",
          description: "With respect to the benefits and harms outlined, please describe any mitigation strategy implemented."
        }
      }
    },
    dataClassification: {
      type: "string",
      title: "Data Classification",
      description: "Data classification tags data according to its type, sensitivity, and value if altered, stolen, or destroyed."
    },
    environmentalConsiderations: {
      type: "object",
      title: "Environmental Considerations",
      description: "Describes various environmental impact metrics.",
      additionalProperties: false,
      properties: {
        energyConsumptions: {
          title: "Energy Consumptions",
          description: "Describes energy consumption information incurred for one or more component lifecycle activities.",
          type: "array",
          items: {
            $ref: "#/definitions/energyConsumption"
          }
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    energyConsumption: {
      title: "Energy consumption",
      description: "Describes energy consumption information incurred for the specified lifecycle activity.",
      type: "object",
      required: [
        "activity",
        "energyProviders",
        "activityEnergyCost"
      ],
      additionalProperties: false,
      properties: {
        activity: {
          type: "string",
          title: "Activity",
          description: "The type of activity that is part of a machine learning model development or operational lifecycle.",
          enum: [
            "design",
            "data-collection",
            "data-preparation",
            "training",
            "fine-tuning",
            "validation",
            "deployment",
            "inference",
            "other"
          ],
          "meta:enum": {
            design: "A model design including problem framing, goal definition and algorithm selection.",
            "data-collection": "Model data acquisition including search, selection and transfer.",
            "data-preparation": "Model data preparation including data cleaning, labeling and conversion.",
            training: "Model building, training and generalized tuning.",
            "fine-tuning": "Refining a trained model to produce desired outputs for a given problem space.",
            validation: "Model validation including model output evaluation and testing.",
            deployment: "Explicit model deployment to a target hosting infrastructure.",
            inference: "Generating an output response from a hosted model from a set of inputs.",
            other: "A lifecycle activity type whose description does not match currently defined values."
          }
        },
        energyProviders: {
          title: "Energy Providers",
          description: "The provider(s) of the energy consumed by the associated model development lifecycle activity.",
          type: "array",
          items: { $ref: "#/definitions/energyProvider" }
        },
        activityEnergyCost: {
          title: "Activity Energy Cost",
          description: "The total energy cost associated with the model lifecycle activity.",
          $ref: "#/definitions/energyMeasure"
        },
        co2CostEquivalent: {
          title: "CO2 Equivalent Cost",
          description: "The CO2 cost (debit) equivalent to the total energy cost.",
          $ref: "#/definitions/co2Measure"
        },
        co2CostOffset: {
          title: "CO2 Cost Offset",
          description: "The CO2 offset (credit) for the CO2 equivalent cost.",
          $ref: "#/definitions/co2Measure"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    energyMeasure: {
      type: "object",
      title: "Energy Measure",
      description: "A measure of energy.",
      required: [
        "value",
        "unit"
      ],
      additionalProperties: false,
      properties: {
        value: {
          type: "number",
          title: "Value",
          description: "Quantity of energy."
        },
        unit: {
          type: "string",
          enum: ["kWh"],
          title: "Unit",
          description: "Unit of energy.",
          "meta:enum": {
            kWh: "Kilowatt-hour (kWh) is the energy delivered by one kilowatt (kW) of power for one hour (h)."
          }
        }
      }
    },
    co2Measure: {
      type: "object",
      title: "CO2 Measure",
      description: "A measure of carbon dioxide (CO2).",
      required: [
        "value",
        "unit"
      ],
      additionalProperties: false,
      properties: {
        value: {
          type: "number",
          title: "Value",
          description: "Quantity of carbon dioxide (CO2)."
        },
        unit: {
          type: "string",
          enum: ["tCO2eq"],
          title: "Unit",
          description: "Unit of carbon dioxide (CO2).",
          "meta:enum": {
            tCO2eq: "Tonnes (t) of carbon dioxide (CO2) equivalent (eq)."
          }
        }
      }
    },
    energyProvider: {
      type: "object",
      title: "Energy Provider",
      description: "Describes the physical provider of energy used for model development or operations.",
      required: [
        "organization",
        "energySource",
        "energyProvided"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An identifier which can be used to reference the energy provider elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        description: {
          type: "string",
          title: "Description",
          description: "A description of the energy provider."
        },
        organization: {
          type: "object",
          title: "Organization",
          description: "The organization that provides energy.",
          $ref: "#/definitions/organizationalEntity"
        },
        energySource: {
          type: "string",
          enum: [
            "coal",
            "oil",
            "natural-gas",
            "nuclear",
            "wind",
            "solar",
            "geothermal",
            "hydropower",
            "biofuel",
            "unknown",
            "other"
          ],
          "meta:enum": {
            coal: "Energy produced by types of coal.",
            oil: "Petroleum products (primarily crude oil and its derivative fuel oils).",
            "natural-gas": "Hydrocarbon gas liquids (HGL) that occur as gases at atmospheric pressure and as liquids under higher pressures including Natural gas (C5H12 and heavier), Ethane (C2H6), Propane (C3H8), etc.",
            nuclear: "Energy produced from the cores of atoms (i.e., through nuclear fission or fusion).",
            wind: "Energy produced from moving air.",
            solar: "Energy produced from the sun (i.e., solar radiation).",
            geothermal: "Energy produced from heat within the earth.",
            hydropower: "Energy produced from flowing water.",
            biofuel: "Liquid fuels produced from biomass feedstocks (i.e., organic materials such as plants or animals).",
            unknown: "The energy source is unknown.",
            other: "An energy source that is not listed."
          },
          title: "Energy Source",
          description: "The energy source for the energy provider."
        },
        energyProvided: {
          $ref: "#/definitions/energyMeasure",
          title: "Energy Provided",
          description: "The energy provided by the energy source for an associated activity."
        },
        externalReferences: {
          type: "array",
          items: { $ref: "#/definitions/externalReference" },
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
        }
      }
    },
    postalAddress: {
      type: "object",
      title: "Postal address",
      description: "An address used to identify a contactable location.",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An identifier which can be used to reference the address elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        country: {
          type: "string",
          title: "Country",
          description: "The country name or the two-letter ISO 3166-1 country code."
        },
        region: {
          type: "string",
          title: "Region",
          description: "The region or state in the country.",
          examples: ["Texas"]
        },
        locality: {
          type: "string",
          title: "Locality",
          description: "The locality or city within the country.",
          examples: ["Austin"]
        },
        postOfficeBoxNumber: {
          type: "string",
          title: "Post Office Box Number",
          description: "The post office box number.",
          examples: ["901"]
        },
        postalCode: {
          type: "string",
          title: "Postal Code",
          description: "The postal code.",
          examples: ["78758"]
        },
        streetAddress: {
          type: "string",
          title: "Street Address",
          description: "The street address.",
          examples: ["100 Main Street"]
        }
      }
    },
    formula: {
      title: "Formula",
      description: "Describes workflows and resources that captures rules and other aspects of how the associated BOM component or service was formed.",
      type: "object",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An identifier which can be used to reference the formula elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        components: {
          title: "Components",
          description: "Transient components that are used in tasks that constitute one or more of this formula's workflows",
          type: "array",
          items: {
            $ref: "#/definitions/component"
          },
          uniqueItems: true
        },
        services: {
          title: "Services",
          description: "Transient services that are used in tasks that constitute one or more of this formula's workflows",
          type: "array",
          items: {
            $ref: "#/definitions/service"
          },
          uniqueItems: true
        },
        workflows: {
          title: "Workflows",
          description: "List of workflows that can be declared to accomplish specific orchestrated goals and independently triggered.",
          $comment: "Different workflows can be designed to work together to perform end-to-end CI/CD builds and deployments.",
          type: "array",
          items: {
            $ref: "#/definitions/workflow"
          },
          uniqueItems: true
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    workflow: {
      title: "Workflow",
      description: "A specialized orchestration task.",
      $comment: "Workflow are as task themselves and can trigger other workflow tasks.  These relationships can be modeled in the taskDependencies graph.",
      type: "object",
      required: [
        "bom-ref",
        "uid",
        "taskTypes"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An identifier which can be used to reference the workflow elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier for the resource instance within its deployment context.",
          type: "string"
        },
        name: {
          title: "Name",
          description: "The name of the resource instance.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "A description of the resource instance.",
          type: "string"
        },
        resourceReferences: {
          title: "Resource references",
          description: "References to component or service resources that are used to realize the resource instance.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/resourceReferenceChoice"
          }
        },
        tasks: {
          title: "Tasks",
          description: "The tasks that comprise the workflow.",
          $comment: "Note that tasks can appear more than once as different instances (by name or UID).",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/task"
          }
        },
        taskDependencies: {
          title: "Task dependency graph",
          description: "The graph of dependencies between tasks within the workflow.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/dependency"
          }
        },
        taskTypes: {
          title: "Task types",
          description: "Indicates the types of activities performed by the set of workflow tasks.",
          $comment: "Currently, these types reflect common CI/CD actions.",
          type: "array",
          items: {
            $ref: "#/definitions/taskType"
          }
        },
        trigger: {
          title: "Trigger",
          description: "The trigger that initiated the task.",
          $ref: "#/definitions/trigger"
        },
        steps: {
          title: "Steps",
          description: "The sequence of steps for the task.",
          type: "array",
          items: {
            $ref: "#/definitions/step"
          },
          uniqueItems: true
        },
        inputs: {
          title: "Inputs",
          description: "Represents resources and data brought into a task at runtime by executor or task commands",
          examples: ["a `configuration` file which was declared as a local `component` or `externalReference`"],
          type: "array",
          items: {
            $ref: "#/definitions/inputType"
          },
          uniqueItems: true
        },
        outputs: {
          title: "Outputs",
          description: "Represents resources and data output from a task at runtime by executor or task commands",
          examples: ["a log file or metrics data produced by the task"],
          type: "array",
          items: {
            $ref: "#/definitions/outputType"
          },
          uniqueItems: true
        },
        timeStart: {
          title: "Time start",
          description: "The date and time (timestamp) when the task started.",
          type: "string",
          format: "date-time"
        },
        timeEnd: {
          title: "Time end",
          description: "The date and time (timestamp) when the task ended.",
          type: "string",
          format: "date-time"
        },
        workspaces: {
          title: "Workspaces",
          description: "A set of named filesystem or data resource shareable by workflow tasks.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/workspace"
          }
        },
        runtimeTopology: {
          title: "Runtime topology",
          description: "A graph of the component runtime topology for workflow's instance.",
          $comment: "A description of the runtime component and service topology.  This can describe a partial or complete topology used to host and execute the task (e.g., hardware, operating systems, configurations, etc.),",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/dependency"
          }
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    task: {
      title: "Task",
      description: "Describes the inputs, sequence of steps and resources used to accomplish a task and its output.",
      $comment: "Tasks are building blocks for constructing assemble CI/CD workflows or pipelines.",
      type: "object",
      required: [
        "bom-ref",
        "uid",
        "taskTypes"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An identifier which can be used to reference the task elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier for the resource instance within its deployment context.",
          type: "string"
        },
        name: {
          title: "Name",
          description: "The name of the resource instance.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "A description of the resource instance.",
          type: "string"
        },
        resourceReferences: {
          title: "Resource references",
          description: "References to component or service resources that are used to realize the resource instance.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/resourceReferenceChoice"
          }
        },
        taskTypes: {
          title: "Task types",
          description: "Indicates the types of activities performed by the set of workflow tasks.",
          $comment: "Currently, these types reflect common CI/CD actions.",
          type: "array",
          items: {
            $ref: "#/definitions/taskType"
          }
        },
        trigger: {
          title: "Trigger",
          description: "The trigger that initiated the task.",
          $ref: "#/definitions/trigger"
        },
        steps: {
          title: "Steps",
          description: "The sequence of steps for the task.",
          type: "array",
          items: {
            $ref: "#/definitions/step"
          },
          uniqueItems: true
        },
        inputs: {
          title: "Inputs",
          description: "Represents resources and data brought into a task at runtime by executor or task commands",
          examples: ["a `configuration` file which was declared as a local `component` or `externalReference`"],
          type: "array",
          items: {
            $ref: "#/definitions/inputType"
          },
          uniqueItems: true
        },
        outputs: {
          title: "Outputs",
          description: "Represents resources and data output from a task at runtime by executor or task commands",
          examples: ["a log file or metrics data produced by the task"],
          type: "array",
          items: {
            $ref: "#/definitions/outputType"
          },
          uniqueItems: true
        },
        timeStart: {
          title: "Time start",
          description: "The date and time (timestamp) when the task started.",
          type: "string",
          format: "date-time"
        },
        timeEnd: {
          title: "Time end",
          description: "The date and time (timestamp) when the task ended.",
          type: "string",
          format: "date-time"
        },
        workspaces: {
          title: "Workspaces",
          description: "A set of named filesystem or data resource shareable by workflow tasks.",
          type: "array",
          items: {
            $ref: "#/definitions/workspace"
          },
          uniqueItems: true
        },
        runtimeTopology: {
          title: "Runtime topology",
          description: "A graph of the component runtime topology for task's instance.",
          $comment: "A description of the runtime component and service topology.  This can describe a partial or complete topology used to host and execute the task (e.g., hardware, operating systems, configurations, etc.),",
          type: "array",
          items: {
            $ref: "#/definitions/dependency"
          },
          uniqueItems: true
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    step: {
      type: "object",
      description: "Executes specific commands or tools in order to accomplish its owning task as part of a sequence.",
      additionalProperties: false,
      properties: {
        name: {
          title: "Name",
          description: "A name for the step.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "A description of the step.",
          type: "string"
        },
        commands: {
          title: "Commands",
          description: "Ordered list of commands or directives for the step",
          type: "array",
          items: {
            $ref: "#/definitions/command"
          }
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    command: {
      type: "object",
      additionalProperties: false,
      properties: {
        executed: {
          title: "Executed",
          description: "A text representation of the executed command.",
          type: "string"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    workspace: {
      title: "Workspace",
      description: "A named filesystem or data resource shareable by workflow tasks.",
      type: "object",
      required: [
        "bom-ref",
        "uid"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An identifier which can be used to reference the workspace elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier for the resource instance within its deployment context.",
          type: "string"
        },
        name: {
          title: "Name",
          description: "The name of the resource instance.",
          type: "string"
        },
        aliases: {
          title: "Aliases",
          description: "The names for the workspace as referenced by other workflow tasks. Effectively, a name mapping so other tasks can use their own local name in their steps.",
          type: "array",
          items: { type: "string" }
        },
        description: {
          title: "Description",
          description: "A description of the resource instance.",
          type: "string"
        },
        resourceReferences: {
          title: "Resource references",
          description: "References to component or service resources that are used to realize the resource instance.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/resourceReferenceChoice"
          }
        },
        accessMode: {
          title: "Access mode",
          description: "Describes the read-write access control for the workspace relative to the owning resource instance.",
          type: "string",
          enum: [
            "read-only",
            "read-write",
            "read-write-once",
            "write-once",
            "write-only"
          ]
        },
        mountPath: {
          title: "Mount path",
          description: "A path to a location on disk where the workspace will be available to the associated task's steps.",
          type: "string"
        },
        managedDataType: {
          title: "Managed data type",
          description: "The name of a domain-specific data type the workspace represents.",
          $comment: "This property is for CI/CD frameworks that are able to provide access to structured, managed data at a more granular level than a filesystem.",
          examples: ["ConfigMap", "Secret"],
          type: "string"
        },
        volumeRequest: {
          title: "Volume request",
          description: "Identifies the reference to the request for a specific volume type and parameters.",
          examples: ["a kubernetes Persistent Volume Claim (PVC) name"],
          type: "string"
        },
        volume: {
          title: "Volume",
          description: "Information about the actual volume instance allocated to the workspace.",
          $comment: "The actual volume allocated may be different than the request.",
          examples: ["see https://kubernetes.io/docs/concepts/storage/persistent-volumes/"],
          $ref: "#/definitions/volume"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    volume: {
      title: "Volume",
      description: "An identifiable, logical unit of data storage tied to a physical device.",
      type: "object",
      additionalProperties: false,
      properties: {
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier for the volume instance within its deployment context.",
          type: "string"
        },
        name: {
          title: "Name",
          description: "The name of the volume instance",
          type: "string"
        },
        mode: {
          title: "Mode",
          description: "The mode for the volume instance.",
          type: "string",
          enum: [
            "filesystem",
            "block"
          ],
          default: "filesystem"
        },
        path: {
          title: "Path",
          description: "The underlying path created from the actual volume.",
          type: "string"
        },
        sizeAllocated: {
          title: "Size allocated",
          description: "The allocated size of the volume accessible to the associated workspace. This should include the scalar size as well as IEC standard unit in either decimal or binary form.",
          examples: ["10GB", "2Ti", "1Pi"],
          type: "string"
        },
        persistent: {
          title: "Persistent",
          description: "Indicates if the volume persists beyond the life of the resource it is associated with.",
          type: "boolean"
        },
        remote: {
          title: "Remote",
          description: "Indicates if the volume is remotely (i.e., network) attached.",
          type: "boolean"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    trigger: {
      title: "Trigger",
      description: "Represents a resource that can conditionally activate (or fire) tasks based upon associated events and their data.",
      type: "object",
      additionalProperties: false,
      required: [
        "type",
        "bom-ref",
        "uid"
      ],
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An identifier which can be used to reference the trigger elsewhere in the BOM. Every `bom-ref` must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier for the resource instance within its deployment context.",
          type: "string"
        },
        name: {
          title: "Name",
          description: "The name of the resource instance.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "A description of the resource instance.",
          type: "string"
        },
        resourceReferences: {
          title: "Resource references",
          description: "References to component or service resources that are used to realize the resource instance.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/resourceReferenceChoice"
          }
        },
        type: {
          title: "Type",
          description: "The source type of event which caused the trigger to fire.",
          type: "string",
          enum: [
            "manual",
            "api",
            "webhook",
            "scheduled"
          ]
        },
        event: {
          title: "Event",
          description: "The event data that caused the associated trigger to activate.",
          $ref: "#/definitions/event"
        },
        conditions: {
          type: "array",
          title: "Conditions",
          description: "A list of conditions used to determine if a trigger should be activated.",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/condition"
          }
        },
        timeActivated: {
          title: "Time activated",
          description: "The date and time (timestamp) when the trigger was activated.",
          type: "string",
          format: "date-time"
        },
        inputs: {
          title: "Inputs",
          description: "Represents resources and data brought into a task at runtime by executor or task commands",
          examples: ["a `configuration` file which was declared as a local `component` or `externalReference`"],
          type: "array",
          items: {
            $ref: "#/definitions/inputType"
          },
          uniqueItems: true
        },
        outputs: {
          title: "Outputs",
          description: "Represents resources and data output from a task at runtime by executor or task commands",
          examples: ["a log file or metrics data produced by the task"],
          type: "array",
          items: {
            $ref: "#/definitions/outputType"
          },
          uniqueItems: true
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    event: {
      title: "Event",
      description: "Represents something that happened that may trigger a response.",
      type: "object",
      additionalProperties: false,
      properties: {
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier of the event.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "A description of the event.",
          type: "string"
        },
        timeReceived: {
          title: "Time Received",
          description: "The date and time (timestamp) when the event was received.",
          type: "string",
          format: "date-time"
        },
        data: {
          title: "Data",
          description: "Encoding of the raw event data.",
          $ref: "#/definitions/attachment"
        },
        source: {
          title: "Source",
          description: "References the component or service that was the source of the event",
          $ref: "#/definitions/resourceReferenceChoice"
        },
        target: {
          title: "Target",
          description: "References the component or service that was the target of the event",
          $ref: "#/definitions/resourceReferenceChoice"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    inputType: {
      title: "Input type",
      description: "Type that represents various input data types and formats.",
      type: "object",
      oneOf: [
        {
          required: [
            "resource"
          ]
        },
        {
          required: [
            "parameters"
          ]
        },
        {
          required: [
            "environmentVars"
          ]
        },
        {
          required: [
            "data"
          ]
        }
      ],
      additionalProperties: false,
      properties: {
        source: {
          title: "Source",
          description: "A reference to the component or service that provided the input to the task (e.g., reference to a service with data flow value of `inbound`)",
          examples: [
            "source code repository",
            "database"
          ],
          $ref: "#/definitions/resourceReferenceChoice"
        },
        target: {
          title: "Target",
          description: "A reference to the component or service that received or stored the input if not the task itself (e.g., a local, named storage workspace)",
          examples: [
            "workspace",
            "directory"
          ],
          $ref: "#/definitions/resourceReferenceChoice"
        },
        resource: {
          title: "Resource",
          description: "A reference to an independent resource provided as an input to a task by the workflow runtime.",
          examples: [
            "a reference to a configuration file in a repository (i.e., a bom-ref)",
            "a reference to a scanning service used in a task (i.e., a bom-ref)"
          ],
          $ref: "#/definitions/resourceReferenceChoice"
        },
        parameters: {
          title: "Parameters",
          description: "Inputs that have the form of parameters with names and values.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/parameter"
          }
        },
        environmentVars: {
          title: "Environment variables",
          description: "Inputs that have the form of parameters with names and values.",
          type: "array",
          uniqueItems: true,
          items: {
            oneOf: [
              {
                $ref: "#/definitions/property"
              },
              {
                type: "string",
                title: "String-Based Environment Variables",
                description: "In addition to the more common key–value pair format, some environment variables may consist of a single string without an explicit value assignment. These string-based environment variables typically act as flags or signals to software, indicating that a feature should be enabled, a mode should be activated, or a specific condition is present. Their presence alone conveys meaning."
              }
            ]
          }
        },
        data: {
          title: "Data",
          description: "Inputs that have the form of data.",
          $ref: "#/definitions/attachment"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    outputType: {
      type: "object",
      oneOf: [
        {
          required: [
            "resource"
          ]
        },
        {
          required: [
            "environmentVars"
          ]
        },
        {
          required: [
            "data"
          ]
        }
      ],
      additionalProperties: false,
      properties: {
        type: {
          title: "Type",
          description: "Describes the type of data output.",
          type: "string",
          enum: [
            "artifact",
            "attestation",
            "log",
            "evidence",
            "metrics",
            "other"
          ]
        },
        source: {
          title: "Source",
          description: "Component or service that generated or provided the output from the task (e.g., a build tool)",
          $ref: "#/definitions/resourceReferenceChoice"
        },
        target: {
          title: "Target",
          description: "Component or service that received the output from the task (e.g., reference to an artifactory service with data flow value of `outbound`)",
          examples: ["a log file described as an `externalReference` within its target domain."],
          $ref: "#/definitions/resourceReferenceChoice"
        },
        resource: {
          title: "Resource",
          description: "A reference to an independent resource generated as output by the task.",
          examples: [
            "configuration file",
            "source code",
            "scanning service"
          ],
          $ref: "#/definitions/resourceReferenceChoice"
        },
        data: {
          title: "Data",
          description: "Outputs that have the form of data.",
          $ref: "#/definitions/attachment"
        },
        environmentVars: {
          title: "Environment variables",
          description: "Outputs that have the form of environment variables.",
          type: "array",
          items: {
            oneOf: [
              {
                $ref: "#/definitions/property"
              },
              {
                type: "string",
                title: "String-Based Environment Variables",
                description: "In addition to the more common key–value pair format, some environment variables may consist of a single string without an explicit value assignment. These string-based environment variables typically act as flags or signals to software, indicating that a feature should be enabled, a mode should be activated, or a specific condition is present. Their presence alone conveys meaning."
              }
            ]
          },
          uniqueItems: true
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    resourceReferenceChoice: {
      title: "Resource reference choice",
      description: "A reference to a locally defined resource (e.g., a bom-ref) or an externally accessible resource.",
      $comment: "Enables reference to a resource that participates in a workflow; using either internal (bom-ref) or external (externalReference) types.",
      type: "object",
      additionalProperties: false,
      properties: {
        ref: {
          title: "BOM Reference",
          description: "References an object by its bom-ref attribute",
          anyOf: [
            {
              title: "Ref",
              $ref: "#/definitions/refLinkType"
            },
            {
              title: "BOM-Link Element",
              $ref: "#/definitions/bomLinkElementType"
            }
          ]
        },
        externalReference: {
          title: "External reference",
          description: "Reference to an externally accessible resource.",
          $ref: "#/definitions/externalReference"
        }
      },
      oneOf: [
        {
          required: [
            "ref"
          ]
        },
        {
          required: [
            "externalReference"
          ]
        }
      ]
    },
    condition: {
      title: "Condition",
      description: "A condition that was used to determine a trigger should be activated.",
      type: "object",
      additionalProperties: false,
      properties: {
        description: {
          title: "Description",
          description: "Describes the set of conditions which cause the trigger to activate.",
          type: "string"
        },
        expression: {
          title: "Expression",
          description: "The logical expression that was evaluated that determined the trigger should be fired.",
          type: "string"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    taskType: {
      type: "string",
      enum: [
        "copy",
        "clone",
        "lint",
        "scan",
        "merge",
        "build",
        "test",
        "deliver",
        "deploy",
        "release",
        "clean",
        "other"
      ],
      "meta:enum": {
        copy: "A task that copies software or data used to accomplish other tasks in the workflow.",
        clone: "A task that clones a software repository into the workflow in order to retrieve its source code or data for use in a build step.",
        lint: "A task that checks source code for programmatic and stylistic errors.",
        scan: "A task that performs a scan against source code, or built or deployed components and services. Scans are typically run to gather or test for security vulnerabilities or policy compliance.",
        merge: "A task that merges changes or fixes into source code prior to a build step in the workflow.",
        build: "A task that builds the source code, dependencies and/or data into an artifact that can be deployed to and executed on target systems.",
        test: "A task that verifies the functionality of a component or service.",
        deliver: "A task that delivers a built artifact to one or more target repositories or storage systems.",
        deploy: "A task that deploys a built artifact for execution on one or more target systems.",
        release: "A task that releases a built, versioned artifact to a target repository or distribution system.",
        clean: "A task that cleans unnecessary tools, build artifacts and/or data from workflow storage.",
        other: "A workflow task that does not match current task type definitions."
      }
    },
    parameter: {
      title: "Parameter",
      description: "A representation of a functional parameter.",
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          title: "Name",
          description: "The name of the parameter.",
          type: "string"
        },
        value: {
          title: "Value",
          description: "The value of the parameter.",
          type: "string"
        },
        dataType: {
          title: "Data type",
          description: "The data type of the parameter.",
          type: "string"
        }
      }
    },
    componentIdentityEvidence: {
      type: "object",
      title: "Identity Evidence",
      description: "Evidence that substantiates the identity of a component.",
      required: ["field"],
      additionalProperties: false,
      properties: {
        field: {
          type: "string",
          enum: [
            "group",
            "name",
            "version",
            "purl",
            "cpe",
            "omniborId",
            "swhid",
            "swid",
            "hash"
          ],
          title: "Field",
          description: "The identity field of the component which the evidence describes."
        },
        confidence: {
          type: "number",
          minimum: 0,
          maximum: 1,
          title: "Confidence",
          description: "The overall confidence of the evidence from 0 - 1, where 1 is 100% confidence."
        },
        concludedValue: {
          type: "string",
          title: "Concluded Value",
          description: "The value of the field (cpe, purl, etc) that has been concluded based on the aggregate of all methods (if available)."
        },
        methods: {
          type: "array",
          title: "Methods",
          description: "The methods used to extract and/or analyze the evidence.",
          items: {
            type: "object",
            required: [
              "technique",
              "confidence"
            ],
            additionalProperties: false,
            properties: {
              technique: {
                title: "Technique",
                description: "The technique used in this method of analysis.",
                type: "string",
                enum: [
                  "source-code-analysis",
                  "binary-analysis",
                  "manifest-analysis",
                  "ast-fingerprint",
                  "hash-comparison",
                  "instrumentation",
                  "dynamic-analysis",
                  "filename",
                  "attestation",
                  "other"
                ]
              },
              confidence: {
                type: "number",
                minimum: 0,
                maximum: 1,
                title: "Confidence",
                description: "The confidence of the evidence from 0 - 1, where 1 is 100% confidence. Confidence is specific to the technique used. Each technique of analysis can have independent confidence."
              },
              value: {
                type: "string",
                title: "Value",
                description: "The value or contents of the evidence."
              }
            }
          }
        },
        tools: {
          type: "array",
          uniqueItems: true,
          items: {
            anyOf: [
              {
                title: "Ref",
                $ref: "#/definitions/refLinkType"
              },
              {
                title: "BOM-Link Element",
                $ref: "#/definitions/bomLinkElementType"
              }
            ]
          },
          title: "BOM References",
          description: "The object in the BOM identified by its bom-ref. This is often a component or service but may be any object type supporting bom-refs. Tools used for analysis should already be defined in the BOM, either in the metadata/tools, components, or formulation."
        }
      }
    },
    standard: {
      type: "object",
      title: "Standard",
      description: "A standard may consist of regulations, industry or organizational-specific standards, maturity models, best practices, or any other requirements which can be evaluated against or attested to.",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An identifier which can be used to reference the object elsewhere in the BOM. Every `bom-ref` must be unique within the BOM."
        },
        name: {
          type: "string",
          title: "Name",
          description: "The name of the standard. This will often be a shortened, single name of the standard."
        },
        version: {
          type: "string",
          title: "Version",
          description: "The version of the standard."
        },
        description: {
          type: "string",
          title: "Description",
          description: "The description of the standard."
        },
        owner: {
          type: "string",
          title: "Owner",
          description: "The owner of the standard, often the entity responsible for its release."
        },
        requirements: {
          type: "array",
          title: "Requirements",
          description: "The list of requirements comprising the standard.",
          items: {
            type: "object",
            title: "Requirement",
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An identifier which can be used to reference the object elsewhere in the BOM. Every `bom-ref` must be unique within the BOM."
              },
              identifier: {
                type: "string",
                title: "Identifier",
                description: "The unique identifier used in the standard to identify a specific requirement. This should match what is in the standard and should not be the requirements bom-ref."
              },
              title: {
                type: "string",
                title: "Title",
                description: "The title of the requirement."
              },
              text: {
                type: "string",
                title: "Text",
                description: "The textual content of the requirement."
              },
              descriptions: {
                type: "array",
                title: "Descriptions",
                description: "The supplemental text that provides additional guidance or context to the requirement, but is not directly part of the requirement.",
                items: { type: "string" }
              },
              openCre: {
                type: "array",
                title: "OWASP OpenCRE Identifier(s)",
                description: "The Common Requirements Enumeration (CRE) identifier(s). CRE is a structured and standardized framework for uniting security standards and guidelines. CRE links each section of a resource to a shared topic identifier (a Common Requirement). Through this shared topic link, all resources map to each other. Use of CRE promotes clear and unambiguous communication among stakeholders.",
                items: {
                  type: "string",
                  pattern: "^CRE:[0-9]+-[0-9]+$",
                  examples: ["CRE:764-507"]
                }
              },
              parent: {
                $ref: "#/definitions/refLinkType",
                title: "Parent BOM Reference",
                description: "The `bom-ref` to a parent requirement. This establishes a hierarchy of requirements. Top-level requirements must not define a parent. Only child requirements should define parents."
              },
              properties: {
                type: "array",
                title: "Properties",
                description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
                items: {
                  $ref: "#/definitions/property"
                }
              },
              externalReferences: {
                type: "array",
                items: { $ref: "#/definitions/externalReference" },
                title: "External References",
                description: "External references provide a way to document systems, sites, and information that may be relevant, but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
              }
            }
          }
        },
        levels: {
          type: "array",
          title: "Levels",
          description: "The list of levels associated with the standard. Some standards have different levels of compliance.",
          items: {
            type: "object",
            title: "Level",
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An identifier which can be used to reference the object elsewhere in the BOM. Every `bom-ref` must be unique within the BOM."
              },
              identifier: {
                type: "string",
                title: "Identifier",
                description: "The identifier used in the standard to identify a specific level."
              },
              title: {
                type: "string",
                title: "Title",
                description: "The title of the level."
              },
              description: {
                type: "string",
                title: "Description",
                description: "The description of the level."
              },
              requirements: {
                type: "array",
                title: "Requirements",
                description: "The list of requirement `bom-ref`s that comprise the level.",
                items: { $ref: "#/definitions/refLinkType" }
              }
            }
          }
        },
        externalReferences: {
          type: "array",
          items: { $ref: "#/definitions/externalReference" },
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    signature: {
      $ref: "jsf-0.82.SNAPSHOT.schema.json#/definitions/signature",
      title: "Signature",
      description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
    },
    cryptoProperties: {
      type: "object",
      title: "Cryptographic Properties",
      description: "Cryptographic assets have properties that uniquely define them and that make them actionable for further reasoning. As an example, it makes a difference if one knows the algorithm family (e.g. AES) or the specific variant or instantiation (e.g. AES-128-GCM). This is because the security level and the algorithm primitive (authenticated encryption) are only defined by the definition of the algorithm variant. The presence of a weak cryptographic algorithm like SHA1 vs. HMAC-SHA1 also makes a difference.",
      additionalProperties: false,
      required: [
        "assetType"
      ],
      properties: {
        assetType: {
          type: "string",
          title: "Asset Type",
          description: "Cryptographic assets occur in several forms. Algorithms and protocols are most commonly implemented in specialized cryptographic libraries. They may, however, also be 'hardcoded' in software components. Certificates and related cryptographic material like keys, tokens, secrets or passwords are other cryptographic assets to be modelled.",
          enum: [
            "algorithm",
            "certificate",
            "protocol",
            "related-crypto-material"
          ],
          "meta:enum": {
            algorithm: "Mathematical function commonly used for data encryption, authentication, and digital signatures.",
            certificate: "An electronic document that is used to provide the identity or validate a public key.",
            protocol: "A set of rules and guidelines that govern the behavior and communication with each other.",
            "related-crypto-material": "Other cryptographic assets related to algorithms, certificates, and protocols such as keys and tokens."
          }
        },
        algorithmProperties: {
          type: "object",
          title: "Algorithm Properties",
          description: "Additional properties specific to a cryptographic algorithm.",
          additionalProperties: false,
          properties: {
            primitive: {
              type: "string",
              title: "primitive",
              description: "Cryptographic building blocks used in higher-level cryptographic systems and protocols. Primitives represent different cryptographic routines: deterministic random bit generators (drbg, e.g. CTR_DRBG from NIST SP800-90A-r1), message authentication codes (mac, e.g. HMAC-SHA-256), blockciphers (e.g. AES), streamciphers (e.g. Salsa20), signatures (e.g. ECDSA), hash functions (e.g. SHA-256), public-key encryption schemes (pke, e.g. RSA), extended output functions (xof, e.g. SHAKE256), key derivation functions (e.g. pbkdf2), key agreement algorithms (e.g. ECDH), key encapsulation mechanisms (e.g. ML-KEM), authenticated encryption (ae, e.g. AES-GCM) and the combination of multiple algorithms (combiner, e.g. SP800-56Cr2).",
              enum: [
                "drbg",
                "mac",
                "block-cipher",
                "stream-cipher",
                "signature",
                "hash",
                "pke",
                "xof",
                "kdf",
                "key-agree",
                "kem",
                "ae",
                "combiner",
                "key-wrap",
                "other",
                "unknown"
              ],
              "meta:enum": {
                drbg: "Deterministic Random Bit Generator (DRBG) is a type of pseudorandom number generator designed to produce a sequence of bits from an initial seed value. DRBGs are commonly used in cryptographic applications where reproducibility of random values is important.",
                mac: "In cryptography, a Message Authentication Code (MAC) is information used for authenticating and integrity-checking a message.",
                "block-cipher": "A block cipher is a symmetric key algorithm that operates on fixed-size blocks of data. It encrypts or decrypts the data in block units, providing confidentiality. Block ciphers are widely used in various cryptographic modes and protocols for secure data transmission.",
                "stream-cipher": "A stream cipher is a symmetric key cipher where plaintext digits are combined with a pseudorandom cipher digit stream (keystream).",
                signature: "In cryptography, a signature is a digital representation of a message or data that proves its origin, identity, and integrity. Digital signatures are generated using cryptographic algorithms and are widely used for authentication and verification in secure communication.",
                hash: "A hash function is a mathematical algorithm that takes an input (or 'message') and produces a fixed-size string of characters, which is typically a hash value. Hash functions are commonly used in various cryptographic applications, including data integrity verification and password hashing.",
                pke: "Public Key Encryption (PKE) is a type of encryption that uses a pair of public and private keys for secure communication. The public key is used for encryption, while the private key is used for decryption. PKE is a fundamental component of public-key cryptography.",
                xof: "An XOF is an extendable output function that can take arbitrary input and creates a stream of output, up to a limit determined by the size of the internal state of the hash function that underlies the XOF.",
                kdf: "A Key Derivation Function (KDF) derives key material from another source of entropy while preserving the entropy of the input.",
                "key-agree": "In cryptography, a key-agreement is a protocol whereby two or more parties agree on a cryptographic key in such a way that both influence the outcome.",
                kem: "A Key Encapsulation Mechanism (KEM) algorithm is a mechanism for transporting random keying material to a recipient using the recipient's public key.",
                ae: "Authenticated Encryption (AE) is a cryptographic process that provides both confidentiality and data integrity. It ensures that the encrypted data has not been tampered with and comes from a legitimate source. AE is commonly used in secure communication protocols.",
                combiner: "A combiner aggregates many candidates for a cryptographic primitive and generates a new candidate for the same primitive.",
                "key-wrap": "Key-wrap is a cryptographic technique used to securely encrypt and protect cryptographic keys using algorithms like AES.",
                other: "Another primitive type.",
                unknown: "The primitive is not known."
              }
            },
            algorithmFamily: {
              $ref: "cryptography-defs.SNAPSHOT.schema.json#/definitions/algorithmFamiliesEnum",
              title: "Algorithm Family",
              description: "A valid algorithm family identifier. If specified, this value must be one of the enumeration of valid algorithm Family identifiers defined in the `cryptography-defs.SNAPSHOT.schema.json` subschema.",
              examples: ["3DES", "Blowfish", "ECDH"]
            },
            parameterSetIdentifier: {
              type: "string",
              title: "Parameter Set Identifier",
              description: "An identifier for the parameter set of the cryptographic algorithm. Examples: in AES128, '128' identifies the key length in bits, in SHA256, '256' identifies the digest length, '128' in SHAKE128 identifies its maximum security level in bits, and 'SHA2-128s' identifies a parameter set used in SLH-DSA (FIPS205)."
            },
            curve: {
              deprecated: true,
              type: "string",
              title: "Elliptic Curve",
              description: "[Deprecated] This will be removed in a future version. Use `@.ellipticCurve` instead.\nThe specific underlying Elliptic Curve (EC) definition employed which is an indicator of the level of security strength, performance and complexity. Absent an authoritative source of curve names, CycloneDX recommends using curve names as defined at [https://neuromancer.sk/std/](https://neuromancer.sk/std/), the source of which can be found at [https://github.com/J08nY/std-curves](https://github.com/J08nY/std-curves)."
            },
            ellipticCurve: {
              $ref: "cryptography-defs.SNAPSHOT.schema.json#/definitions/ellipticCurvesEnum",
              title: "Elliptic Curve",
              description: "The specific underlying Elliptic Curve (EC) definition employed which is an indicator of the level of security strength, performance and complexity. If specified, this value must be one of the enumeration of valid elliptic curves identifiers defined in the `cryptography-defs.SNAPSHOT.schema.json` subschema."
            },
            executionEnvironment: {
              type: "string",
              title: "Execution Environment",
              description: "The target and execution environment in which the algorithm is implemented in.",
              enum: [
                "software-plain-ram",
                "software-encrypted-ram",
                "software-tee",
                "hardware",
                "other",
                "unknown"
              ],
              "meta:enum": {
                "software-plain-ram": "A software implementation running in plain unencrypted RAM.",
                "software-encrypted-ram": "A software implementation running in encrypted RAM.",
                "software-tee": "A software implementation running in a trusted execution environment.",
                hardware: "A hardware implementation.",
                other: "Another implementation environment.",
                unknown: "The execution environment is not known."
              }
            },
            implementationPlatform: {
              type: "string",
              title: "Implementation platform",
              description: "The target platform for which the algorithm is implemented. The implementation can be 'generic', running on any platform or for a specific platform.",
              enum: [
                "generic",
                "x86_32",
                "x86_64",
                "armv7-a",
                "armv7-m",
                "armv8-a",
                "armv8-m",
                "armv9-a",
                "armv9-m",
                "s390x",
                "ppc64",
                "ppc64le",
                "other",
                "unknown"
              ]
            },
            certificationLevel: {
              type: "array",
              title: "Certification Level",
              description: "The certification that the implementation of the cryptographic algorithm has received, if any. Certifications include revisions and levels of FIPS 140 or Common Criteria of different Extended Assurance Levels (CC-EAL).",
              items: {
                type: "string",
                enum: [
                  "none",
                  "fips140-1-l1",
                  "fips140-1-l2",
                  "fips140-1-l3",
                  "fips140-1-l4",
                  "fips140-2-l1",
                  "fips140-2-l2",
                  "fips140-2-l3",
                  "fips140-2-l4",
                  "fips140-3-l1",
                  "fips140-3-l2",
                  "fips140-3-l3",
                  "fips140-3-l4",
                  "cc-eal1",
                  "cc-eal1+",
                  "cc-eal2",
                  "cc-eal2+",
                  "cc-eal3",
                  "cc-eal3+",
                  "cc-eal4",
                  "cc-eal4+",
                  "cc-eal5",
                  "cc-eal5+",
                  "cc-eal6",
                  "cc-eal6+",
                  "cc-eal7",
                  "cc-eal7+",
                  "other",
                  "unknown"
                ],
                "meta:enum": {
                  none: "No certification obtained",
                  "fips140-1-l1": "FIPS 140-1 Level 1",
                  "fips140-1-l2": "FIPS 140-1 Level 2",
                  "fips140-1-l3": "FIPS 140-1 Level 3",
                  "fips140-1-l4": "FIPS 140-1 Level 4",
                  "fips140-2-l1": "FIPS 140-2 Level 1",
                  "fips140-2-l2": "FIPS 140-2 Level 2",
                  "fips140-2-l3": "FIPS 140-2 Level 3",
                  "fips140-2-l4": "FIPS 140-2 Level 4",
                  "fips140-3-l1": "FIPS 140-3 Level 1",
                  "fips140-3-l2": "FIPS 140-3 Level 2",
                  "fips140-3-l3": "FIPS 140-3 Level 3",
                  "fips140-3-l4": "FIPS 140-3 Level 4",
                  "cc-eal1": "Common Criteria - Evaluation Assurance Level 1",
                  "cc-eal1+": "Common Criteria - Evaluation Assurance Level 1 (Augmented)",
                  "cc-eal2": "Common Criteria - Evaluation Assurance Level 2",
                  "cc-eal2+": "Common Criteria - Evaluation Assurance Level 2 (Augmented)",
                  "cc-eal3": "Common Criteria - Evaluation Assurance Level 3",
                  "cc-eal3+": "Common Criteria - Evaluation Assurance Level 3 (Augmented)",
                  "cc-eal4": "Common Criteria - Evaluation Assurance Level 4",
                  "cc-eal4+": "Common Criteria - Evaluation Assurance Level 4 (Augmented)",
                  "cc-eal5": "Common Criteria - Evaluation Assurance Level 5",
                  "cc-eal5+": "Common Criteria - Evaluation Assurance Level 5 (Augmented)",
                  "cc-eal6": "Common Criteria - Evaluation Assurance Level 6",
                  "cc-eal6+": "Common Criteria - Evaluation Assurance Level 6 (Augmented)",
                  "cc-eal7": "Common Criteria - Evaluation Assurance Level 7",
                  "cc-eal7+": "Common Criteria - Evaluation Assurance Level 7 (Augmented)",
                  other: "Another certification",
                  unknown: "The certification level is not known"
                }
              }
            },
            mode: {
              type: "string",
              title: "Mode",
              description: "The mode of operation in which the cryptographic algorithm (block cipher) is used.",
              enum: [
                "cbc",
                "ecb",
                "ccm",
                "gcm",
                "cfb",
                "ofb",
                "ctr",
                "other",
                "unknown"
              ],
              "meta:enum": {
                cbc: "Cipher block chaining",
                ecb: "Electronic codebook",
                ccm: "Counter with cipher block chaining message authentication code",
                gcm: "Galois/counter",
                cfb: "Cipher feedback",
                ofb: "Output feedback",
                ctr: "Counter",
                other: "Another mode of operation",
                unknown: "The mode of operation is not known"
              }
            },
            padding: {
              type: "string",
              title: "Padding",
              description: "The padding scheme that is used for the cryptographic algorithm.",
              enum: [
                "pkcs5",
                "pkcs7",
                "pkcs1v15",
                "oaep",
                "raw",
                "other",
                "unknown"
              ],
              "meta:enum": {
                pkcs5: "Public Key Cryptography Standard: Password-Based Cryptography",
                pkcs7: "Public Key Cryptography Standard: Cryptographic Message Syntax",
                pkcs1v15: "Public Key Cryptography Standard: RSA Cryptography v1.5",
                oaep: "Optimal asymmetric encryption padding",
                raw: "Raw",
                other: "Another padding scheme",
                unknown: "The padding scheme is not known"
              }
            },
            cryptoFunctions: {
              type: "array",
              title: "Cryptographic functions",
              description: "The cryptographic functions implemented by the cryptographic algorithm.",
              items: {
                type: "string",
                enum: [
                  "generate",
                  "keygen",
                  "encrypt",
                  "decrypt",
                  "digest",
                  "tag",
                  "keyderive",
                  "sign",
                  "verify",
                  "encapsulate",
                  "decapsulate",
                  "other",
                  "unknown"
                ]
              }
            },
            classicalSecurityLevel: {
              type: "integer",
              title: "classical security level",
              description: "The classical security level that a cryptographic algorithm provides (in bits).",
              minimum: 0
            },
            nistQuantumSecurityLevel: {
              type: "integer",
              title: "NIST security strength category",
              description: "The NIST security strength category as defined in https://csrc.nist.gov/projects/post-quantum-cryptography/post-quantum-cryptography-standardization/evaluation-criteria/security-(evaluation-criteria). A value of 0 indicates that none of the categories are met.",
              minimum: 0,
              maximum: 6
            }
          }
        },
        certificateProperties: {
          type: "object",
          title: "Certificate Properties",
          description: "Properties for cryptographic assets of asset type 'certificate'",
          additionalProperties: false,
          properties: {
            serialNumber: {
              type: "string",
              title: "Serial Number",
              description: "The serial number is a unique identifier for the certificate issued by a CA."
            },
            subjectName: {
              type: "string",
              title: "Subject Name",
              description: "The subject name for the certificate"
            },
            issuerName: {
              type: "string",
              title: "Issuer Name",
              description: "The issuer name for the certificate"
            },
            notValidBefore: {
              type: "string",
              format: "date-time",
              title: "Not Valid Before",
              description: "The date and time according to ISO-8601 standard from which the certificate is valid"
            },
            notValidAfter: {
              type: "string",
              format: "date-time",
              title: "Not Valid After",
              description: "The date and time according to ISO-8601 standard from which the certificate is not valid anymore"
            },
            signatureAlgorithmRef: {
              deprecated: true,
              $ref: "#/definitions/refType",
              title: "Algorithm Reference",
              description: "[DEPRECATED] This will be removed in a future version. Use `@.relatedCryptographicAssets` instead.\nThe bom-ref to signature algorithm used by the certificate"
            },
            subjectPublicKeyRef: {
              deprecated: true,
              $ref: "#/definitions/refType",
              title: "Key reference",
              description: "[DEPRECATED] This will be removed in a future version. Use `@.relatedCryptographicAssets` instead.\nThe bom-ref to the public key of the subject"
            },
            certificateFormat: {
              type: "string",
              title: "Certificate Format",
              description: "The format of the certificate",
              examples: [
                "X.509",
                "PEM",
                "DER",
                "CVC"
              ]
            },
            certificateExtension: {
              deprecated: true,
              type: "string",
              title: "Certificate File Extension",
              description: "[DEPRECATED] This will be removed in a future version. Use `@.certificateFileExtension` instead.\nThe file extension of the certificate",
              examples: [
                "crt",
                "pem",
                "cer",
                "der",
                "p12"
              ]
            },
            certificateFileExtension: {
              type: "string",
              title: "Certificate File Extension",
              description: "The file extension of the certificate.",
              examples: [
                "crt",
                "pem",
                "cer",
                "der",
                "p12"
              ]
            },
            fingerprint: {
              type: "object",
              $ref: "#/definitions/hash",
              title: "Certificate Fingerprint",
              description: "The fingerprint is a cryptographic hash of the certificate excluding it's signature."
            },
            certificateState: {
              type: "array",
              title: "Certificate Lifecycle State",
              description: "The certificate lifecycle is a comprehensive process that manages digital certificates from their initial creation to eventual expiration or revocation. It typically involves several stages",
              items: {
                type: "object",
                title: "State",
                description: "The state of the certificate.",
                oneOf: [
                  {
                    title: "Pre-Defined State",
                    required: [
                      "state"
                    ],
                    additionalProperties: false,
                    properties: {
                      state: {
                        type: "string",
                        title: "State",
                        description: "A pre-defined state in the certificate lifecycle.",
                        enum: [
                          "pre-activation",
                          "active",
                          "suspended",
                          "deactivated",
                          "revoked",
                          "destroyed"
                        ],
                        "meta:enum": {
                          "pre-activation": "The certificate has been issued by the issuing certificate authority (CA) but has not been authorized for use.",
                          active: "The certificate may be used to cryptographically protect information, cryptographically process previously protected information, or both.",
                          deactivated: "Certificates in the deactivated state shall not be used to apply cryptographic protection but, in some cases, may be used to process cryptographically protected information.",
                          suspended: "The use of a certificate may be suspended for several possible reasons.",
                          revoked: "A revoked certificate is a digital certificate that has been invalidated by the issuing certificate authority (CA) before its scheduled expiration date.",
                          destroyed: "The certificate has been destroyed."
                        }
                      },
                      reason: {
                        type: "string",
                        title: "Reason",
                        description: "A reason for the certificate being in this state."
                      }
                    }
                  },
                  {
                    title: "Custom State",
                    required: [
                      "name"
                    ],
                    additionalProperties: false,
                    properties: {
                      name: {
                        type: "string",
                        title: "State",
                        description: "The name of the certificate lifecycle state."
                      },
                      description: {
                        type: "string",
                        title: "Description",
                        description: "The description of the certificate lifecycle state."
                      },
                      reason: {
                        type: "string",
                        title: "Reason",
                        description: "A reason for the certificate being in this state."
                      }
                    }
                  }
                ]
              }
            },
            creationDate: {
              type: "string",
              format: "date-time",
              title: "Creation Date",
              description: "The date and time (timestamp) when the certificate was created or pre-activated."
            },
            activationDate: {
              type: "string",
              format: "date-time",
              title: "Activation Date",
              description: "The date and time (timestamp) when the certificate was activated."
            },
            deactivationDate: {
              type: "string",
              format: "date-time",
              title: "Deactivation Date",
              description: "The date and time (timestamp) when the related certificate was deactivated."
            },
            revocationDate: {
              type: "string",
              format: "date-time",
              title: "Revocation Date",
              description: "The date and time (timestamp) when the certificate was revoked."
            },
            destructionDate: {
              type: "string",
              format: "date-time",
              title: "Destruction Date",
              description: "The date and time (timestamp) when the certificate was destroyed."
            },
            certificateExtensions: {
              type: "array",
              title: "Certificate Extensions",
              description: "A certificate extension is a field that provides additional information about the certificate or its use. Extensions are used to convey additional information beyond the standard fields.",
              items: {
                type: "object",
                title: "Extension",
                description: "",
                oneOf: [
                  {
                    title: "Common Extensions",
                    required: [
                      "commonExtensionName",
                      "commonExtensionValue"
                    ],
                    additionalProperties: false,
                    properties: {
                      commonExtensionName: {
                        type: "string",
                        title: "name",
                        description: "The name of the extension.",
                        enum: [
                          "basicConstraints",
                          "keyUsage",
                          "extendedKeyUsage",
                          "subjectAlternativeName",
                          "authorityKeyIdentifier",
                          "subjectKeyIdentifier",
                          "authorityInformationAccess",
                          "certificatePolicies",
                          "crlDistributionPoints",
                          "signedCertificateTimestamp"
                        ],
                        "meta:enum": {
                          basicConstraints: "Specifies whether a certificate can be used as a CA certificate or not.",
                          keyUsage: "Specifies the allowed uses of the public key in the certificate.",
                          extendedKeyUsage: "Specifies additional purposes for which the public key can be used.",
                          subjectAlternativeName: "Allows inclusion of additional names to identify the entity associated with the certificate.",
                          authorityKeyIdentifier: "Identifies the public key of the CA that issued the certificate.",
                          subjectKeyIdentifier: "Identifies the public key associated with the entity the certificate was issued to.",
                          authorityInformationAccess: "Contains CA issuers and OCSP information.",
                          certificatePolicies: "Defines the policies under which the certificate was issued and can be used.",
                          crlDistributionPoints: "Contains one or more URLs where a Certificate Revocation List (CRL) can be obtained.",
                          signedCertificateTimestamp: "Shows that the certificate has been publicly logged, which helps prevent the issuance of rogue certificates by a CA. Log ID, timestamp and signature as proof."
                        }
                      },
                      commonExtensionValue: {
                        type: "string",
                        title: "Value",
                        description: "The value of the certificate extension."
                      }
                    }
                  },
                  {
                    title: "Custom Extensions",
                    description: "Custom extensions may convey application-specific or vendor-specific data not covered by standard extensions. The structure and semantics of custom extensions are typically defined outside of public standards. CycloneDX leverages properties to support this capability.",
                    required: [
                      "customExtensionName"
                    ],
                    additionalProperties: false,
                    properties: {
                      customExtensionName: {
                        type: "string",
                        title: "Name",
                        description: "The name for the custom certificate extension."
                      },
                      customExtensionValue: {
                        type: "string",
                        title: "Value",
                        description: "The description of the custom certificate extension."
                      }
                    }
                  }
                ]
              }
            },
            relatedCryptographicAssets: {
              $ref: "#/definitions/relatedCryptographicAssets",
              title: "Related Cryptographic Assets",
              description: "A list of cryptographic assets related to this component."
            }
          }
        },
        relatedCryptoMaterialProperties: {
          type: "object",
          title: "Related Cryptographic Material Properties",
          description: "Properties for cryptographic assets of asset type: `related-crypto-material`",
          additionalProperties: false,
          properties: {
            type: {
              type: "string",
              title: "relatedCryptoMaterialType",
              description: "The type for the related cryptographic material",
              enum: [
                "private-key",
                "public-key",
                "secret-key",
                "key",
                "ciphertext",
                "signature",
                "digest",
                "initialization-vector",
                "nonce",
                "seed",
                "salt",
                "shared-secret",
                "tag",
                "additional-data",
                "password",
                "credential",
                "token",
                "other",
                "unknown"
              ],
              "meta:enum": {
                "private-key": "The confidential key of a key pair used in asymmetric cryptography.",
                "public-key": "The non-confidential key of a key pair used in asymmetric cryptography.",
                "secret-key": "A key used to encrypt and decrypt messages in symmetric cryptography.",
                key: "A piece of information, usually an octet string, which, when processed through a cryptographic algorithm, processes cryptographic data.",
                ciphertext: "The result of encryption performed on plaintext using an algorithm (or cipher).",
                signature: "A cryptographic value that is calculated from the data and a key known only by the signer.",
                digest: "The output of the hash function.",
                "initialization-vector": "A fixed-size random or pseudo-random value used as an input parameter for cryptographic algorithms.",
                nonce: "A random or pseudo-random number that can only be used once in a cryptographic communication.",
                seed: "The input to a pseudo-random number generator. Different seeds generate different pseudo-random sequences.",
                salt: "A value used in a cryptographic process, usually to ensure that the results of computations for one instance cannot be reused by an attacker.",
                "shared-secret": "A piece of data known only to the parties involved, in a secure communication.",
                tag: "A message authentication code (MAC), sometimes known as an authentication tag, is a short piece of information used for authenticating and integrity-checking a message.",
                "additional-data": "An unspecified collection of data with relevance to cryptographic activity.",
                password: "A secret word, phrase, or sequence of characters used during authentication or authorization.",
                credential: "Establishes the identity of a party to communication, usually in the form of cryptographic keys or passwords.",
                token: "An object encapsulating a security identity.",
                other: "Another type of cryptographic asset.",
                unknown: "The type of cryptographic asset is not known."
              }
            },
            id: {
              type: "string",
              title: "ID",
              description: "The unique identifier for the related cryptographic material."
            },
            state: {
              type: "string",
              title: "State",
              description: "The key state as defined by NIST SP 800-57.",
              enum: [
                "pre-activation",
                "active",
                "suspended",
                "deactivated",
                "compromised",
                "destroyed"
              ]
            },
            algorithmRef: {
              deprecated: true,
              $ref: "#/definitions/refType",
              title: "Algorithm Reference",
              description: "[DEPRECATED] Use `@.relatedCryptographicAssets` instead.\nThe bom-ref to the algorithm used to generate the related cryptographic material."
            },
            creationDate: {
              type: "string",
              format: "date-time",
              title: "Creation Date",
              description: "The date and time (timestamp) when the related cryptographic material was created."
            },
            activationDate: {
              type: "string",
              format: "date-time",
              title: "Activation Date",
              description: "The date and time (timestamp) when the related cryptographic material was activated."
            },
            updateDate: {
              type: "string",
              format: "date-time",
              title: "Update Date",
              description: "The date and time (timestamp) when the related cryptographic material was updated."
            },
            expirationDate: {
              type: "string",
              format: "date-time",
              title: "Expiration Date",
              description: "The date and time (timestamp) when the related cryptographic material expires."
            },
            value: {
              type: "string",
              title: "Value",
              description: "The associated value of the cryptographic material."
            },
            size: {
              type: "integer",
              title: "Size",
              description: "The size of the cryptographic asset (in bits)."
            },
            format: {
              type: "string",
              title: "Format",
              description: "The format of the related cryptographic material (e.g. P8, PEM, DER)."
            },
            securedBy: {
              $ref: "#/definitions/securedBy",
              title: "Secured By",
              description: "The mechanism by which the cryptographic asset is secured by."
            },
            fingerprint: {
              type: "object",
              $ref: "#/definitions/hash",
              title: "Fingerprint",
              description: "The fingerprint is a cryptographic hash of the asset."
            },
            relatedCryptographicAssets: {
              $ref: "#/definitions/relatedCryptographicAssets",
              title: "Related Cryptographic Assets",
              description: "A list of cryptographic assets related to this component."
            }
          }
        },
        protocolProperties: {
          type: "object",
          title: "Protocol Properties",
          description: "Properties specific to cryptographic assets of type: `protocol`.",
          additionalProperties: false,
          properties: {
            type: {
              type: "string",
              title: "Type",
              description: "The concrete protocol type.",
              enum: [
                "tls",
                "ssh",
                "ipsec",
                "ike",
                "sstp",
                "wpa",
                "dtls",
                "quic",
                "eap-aka",
                "eap-aka-prime",
                "prins",
                "5g-aka",
                "other",
                "unknown"
              ],
              "meta:enum": {
                tls: "Transport Layer Security",
                ssh: "Secure Shell",
                ipsec: "Internet Protocol Security",
                ike: "Internet Key Exchange",
                sstp: "Secure Socket Tunneling Protocol",
                wpa: "Wi-Fi Protected Access",
                dtls: "Datagram Transport Layer Security",
                quic: "Quick UDP Internet Connections",
                "eap-aka": "Extensible Authentication Protocol variant",
                "eap-aka-prime": "Enhanced version of EAP-AKA",
                prins: "Protection of Inter-Network Signaling",
                "5g-aka": "Authentication and Key Agreement for 5G",
                other: "Another protocol type",
                unknown: "The protocol type is not known"
              }
            },
            version: {
              type: "string",
              title: "Protocol Version",
              description: "The version of the protocol.",
              examples: [
                "1.0",
                "1.2",
                "1.99"
              ]
            },
            cipherSuites: {
              type: "array",
              title: "Cipher Suites",
              description: "A list of cipher suites related to the protocol.",
              items: {
                $ref: "#/definitions/cipherSuite",
                title: "Cipher Suite"
              }
            },
            ikev2TransformTypes: {
              type: "object",
              title: "IKEv2 Transform Types",
              description: "The IKEv2 transform types supported (types 1-4), defined in [RFC 7296 section 3.3.2](https://www.ietf.org/rfc/rfc7296.html#section-3.3.2), and additional properties.",
              additionalProperties: false,
              properties: {
                encr: {
                  title: "Encryption Algorithms (ENCR)",
                  description: "Transform Type 1: encryption algorithms",
                  anyOf: [
                    {
                      type: "array",
                      title: "Encryption Algorithms (ENCR)",
                      items: {
                        $ref: "#/definitions/ikeV2Enc",
                        title: "Encryption Algorithm (ENCR)"
                      }
                    },
                    {
                      deprecated: true,
                      $ref: "#/definitions/cryptoRefArray",
                      title: "Encryption Algorithm (ENCR) References",
                      description: "[DEPRECATED] This will be removed in a future version.\nTransform Type 1: encryption algorithms"
                    }
                  ]
                },
                prf: {
                  title: "Pseudorandom Functions (PRF)",
                  description: "Transform Type 2: pseudorandom functions",
                  anyOf: [
                    {
                      type: "array",
                      title: "Pseudorandom Functions (PRF)",
                      items: {
                        $ref: "#/definitions/ikeV2Prf",
                        title: "Pseudorandom Function (PRF)"
                      }
                    },
                    {
                      deprecated: true,
                      $ref: "#/definitions/cryptoRefArray",
                      description: "[DEPRECATED] This will be removed in a future version.\nTransform Type 2: pseudorandom functions"
                    }
                  ]
                },
                integ: {
                  title: "Integrity Algorithms (INTEG)",
                  description: "Transform Type 3: integrity algorithms",
                  anyOf: [
                    {
                      type: "array",
                      title: "Integrity Algorithms (INTEG)",
                      items: {
                        $ref: "#/definitions/ikeV2Integ",
                        title: "Integrity Algorithm (INTEG)"
                      }
                    },
                    {
                      deprecated: true,
                      $ref: "#/definitions/cryptoRefArray",
                      description: "[DEPRECATED] This will be removed in a future version.\nTransform Type 3: integrity algorithms"
                    }
                  ]
                },
                ke: {
                  title: "Key Exchange Methods (KE)",
                  description: "Transform Type 4: Key Exchange Method (KE) per [RFC 9370](https://www.ietf.org/rfc/rfc9370.html), formerly called Diffie-Hellman Group (D-H).",
                  anyOf: [
                    {
                      type: "array",
                      title: "Key Exchange Methods (KE)",
                      items: {
                        $ref: "#/definitions/ikeV2Ke",
                        title: "Key Exchange Method (KE)"
                      }
                    },
                    {
                      deprecated: true,
                      $ref: "#/definitions/cryptoRefArray",
                      description: "[DEPRECATED] This will be removed in a future version.\nTransform Type 4: Key Exchange Method (KE) per [RFC 9370](https://www.ietf.org/rfc/rfc9370.html), formerly called Diffie-Hellman Group (D-H)."
                    }
                  ]
                },
                esn: {
                  type: "boolean",
                  title: "Extended Sequence Number (ESN)",
                  description: "Specifies if an Extended Sequence Number (ESN) is used."
                },
                auth: {
                  title: "IKEv2 Authentication methods",
                  description: "IKEv2 Authentication method per [RFC9593](https://www.ietf.org/rfc/rfc9593.html).",
                  anyOf: [
                    {
                      type: "array",
                      title: "IKEv2 Authentication Methods",
                      items: {
                        $ref: "#/definitions/ikeV2Auth",
                        title: "IKEv2 Authentication Method"
                      }
                    },
                    {
                      deprecated: true,
                      $ref: "#/definitions/cryptoRefArray",
                      description: "[DEPRECATED] This will be removed in a future version.\nIKEv2 Authentication method"
                    }
                  ]
                }
              }
            },
            cryptoRefArray: {
              deprecated: true,
              $ref: "#/definitions/cryptoRefArray",
              title: "Cryptographic References",
              description: "[DEPRECATED] Use `@.relatedCryptographicAssets` instead.\nA list of protocol-related cryptographic assets"
            },
            relatedCryptographicAssets: {
              $ref: "#/definitions/relatedCryptographicAssets",
              title: "Related Cryptographic Assets",
              description: "A list of cryptographic assets related to this component."
            }
          }
        },
        oid: {
          type: "string",
          title: "OID",
          description: "The object identifier (OID) of the cryptographic asset."
        }
      }
    },
    cipherSuite: {
      type: "object",
      title: "Cipher Suite",
      description: "Object representing a cipher suite",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          title: "Common Name",
          description: "A common name for the cipher suite.",
          examples: [
            "TLS_DHE_RSA_WITH_AES_128_CCM"
          ]
        },
        algorithms: {
          type: "array",
          title: "Related Algorithms",
          description: "A list of algorithms related to the cipher suite.",
          items: {
            $ref: "#/definitions/refType",
            title: "Algorithm reference",
            description: "The bom-ref to algorithm cryptographic asset."
          }
        },
        identifiers: {
          type: "array",
          title: "Cipher Suite Identifiers",
          description: "A list of common identifiers for the cipher suite.",
          items: {
            type: "string",
            title: "identifier",
            description: "Cipher suite identifier",
            examples: [
              "0xC0",
              "0x9E"
            ]
          }
        },
        tlsGroups: {
          type: "array",
          title: "TLS Groups",
          description: "A list of TLS named groups (formerly known as curves) for this cipher suite. These groups define the parameters for key exchange algorithms like ECDHE.",
          items: {
            type: "string",
            title: "Group Name",
            description: "The name of the TLS group",
            examples: [
              "x25519",
              "ffdhe2048"
            ]
          }
        },
        tlsSignatureSchemes: {
          type: "array",
          title: "TLS Signature Schemes",
          description: "A list of signature schemes supported for cipher suite. These schemes specify the algorithms used for digital signatures in TLS handshakes and certificate verification.",
          items: {
            type: "string",
            title: "Signature Scheme",
            description: "The name of the TLS signature scheme",
            examples: [
              "ecdsa_secp256r1_sha256",
              "rsa_pss_rsae_sha256",
              "ed25519"
            ]
          }
        }
      }
    },
    ikeV2Enc: {
      type: "object",
      title: "Encryption Algorithm (ENCR)",
      description: "Object representing an encryption algorithm (ENCR)",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          title: "Name",
          description: "A name for the encryption method.",
          examples: [
            "ENCR_AES_GCM_16"
          ]
        },
        keyLength: {
          type: "integer",
          title: "Encryption algorithm key length",
          description: "The key length of the encryption algorithm."
        },
        algorithm: {
          $ref: "#/definitions/refType",
          title: "Algorithm reference",
          description: "The bom-ref to algorithm cryptographic asset."
        }
      }
    },
    ikeV2Prf: {
      type: "object",
      title: "Pseudorandom Function (PRF)",
      description: "Object representing a pseudorandom function (PRF)",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          title: "Name",
          description: "A name for the pseudorandom function.",
          examples: [
            "PRF_HMAC_SHA2_256"
          ]
        },
        algorithm: {
          $ref: "#/definitions/refType",
          title: "Algorithm reference",
          description: "The bom-ref to algorithm cryptographic asset."
        }
      }
    },
    ikeV2Integ: {
      type: "object",
      title: "Integrity Algorithm (INTEG)",
      description: "Object representing an integrity algorithm (INTEG)",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          title: "Name",
          description: "A name for the integrity algorithm.",
          examples: [
            "AUTH_HMAC_SHA2_256_128"
          ]
        },
        algorithm: {
          $ref: "#/definitions/refType",
          title: "Algorithm reference",
          description: "The bom-ref to algorithm cryptographic asset."
        }
      }
    },
    ikeV2Ke: {
      type: "object",
      title: "Key Exchange Method (KE)",
      description: "Object representing a key exchange method (KE)",
      additionalProperties: false,
      properties: {
        group: {
          type: "integer",
          title: "Group Identifier",
          description: "A group identifier for the key exchange algorithm."
        },
        algorithm: {
          $ref: "#/definitions/refType",
          title: "Algorithm reference",
          description: "The bom-ref to algorithm cryptographic asset."
        }
      }
    },
    ikeV2Auth: {
      type: "object",
      title: "IKEv2 Authentication method",
      description: "Object representing a IKEv2 Authentication method",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          title: "Name",
          description: "A name for the authentication method."
        },
        algorithm: {
          $ref: "#/definitions/refType",
          title: "Algorithm reference",
          description: "The bom-ref to algorithm cryptographic asset."
        }
      }
    },
    cryptoRefArray: {
      deprecated: true,
      title: "Encryption Algorithm (ENCR) Reference Array",
      description: "Deprecated definition.",
      type: "array",
      items: {
        $ref: "#/definitions/refType"
      }
    },
    relatedCryptographicAssets: {
      type: "array",
      title: "Related Cryptographic Assets",
      description: "A list of cryptographic assets related to this component.",
      items: {
        $ref: "#/definitions/relatedCryptographicAsset",
        title: "Related Cryptographic Asset"
      }
    },
    relatedCryptographicAsset: {
      type: "object",
      title: "Related Cryptographic Asset",
      description: "A cryptographic assets related to this component.",
      additionalProperties: false,
      properties: {
        type: {
          type: "string",
          title: "Type",
          description: "Specifies the mechanism by which the cryptographic asset is secured by.",
          examples: [
            "publicKey",
            "privateKey",
            "algorithm"
          ]
        },
        ref: {
          $ref: "#/definitions/refType",
          title: "Reference to cryptographic asset",
          description: "The bom-ref to cryptographic asset."
        }
      }
    },
    securedBy: {
      type: "object",
      title: "Secured By",
      description: "Specifies the mechanism by which the cryptographic asset is secured by",
      additionalProperties: false,
      properties: {
        mechanism: {
          type: "string",
          title: "Mechanism",
          description: "Specifies the mechanism by which the cryptographic asset is secured by.",
          examples: [
            "HSM",
            "TPM",
            "SGX",
            "Software",
            "None"
          ]
        },
        algorithmRef: {
          $ref: "#/definitions/refType",
          title: "Algorithm Reference",
          description: "The bom-ref to the algorithm."
        }
      }
    },
    tags: {
      type: "array",
      items: {
        type: "string"
      },
      title: "Tags",
      description: "Textual strings that aid in discovery, search, and retrieval of the associated object. Tags often serve as a way to group or categorize similar or related objects by various attributes.",
      examples: [
        "json-parser",
        "object-persistence",
        "text-to-image",
        "translation",
        "object-detection"
      ]
    },
    patentFamily: {
      type: "object",
      title: "Patent Family",
      description: "A patent family is a group of related patent applications or granted patents that cover the same or similar invention. These patents are filed in multiple jurisdictions to protect the invention across different regions or countries. A patent family typically includes patents that share a common priority date, originating from the same initial application, and may vary slightly in scope or claims to comply with regional legal frameworks. Fields align with WIPO ST.96 standards where applicable.",
      required: ["familyId"],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An identifier which can be used to reference the object elsewhere in the BOM. Every `bom-ref` must be unique within the BOM. \n\nFor a patent, it might be a good idea to use a patent number as the BOM reference ID."
        },
        familyId: {
          type: "string",
          title: "Patent Family ID",
          description: "The unique identifier for the patent family, aligned with the `id` attribute in WIPO ST.96 v8.0's `PatentFamilyType`. Refer to [PatentFamilyType in ST.96](https://www.wipo.int/standards/XMLSchema/ST96/V8_0/Patent/PatentFamilyType.xsd)."
        },
        priorityApplication: {
          $ref: "#/definitions/priorityApplication"
        },
        members: {
          type: "array",
          title: "Family Members",
          description: "A collection of patents or applications that belong to this family, each identified by a `bom-ref` pointing to a patent object defined elsewhere in the BOM.",
          items: {
            $ref: "#/definitions/refLinkType",
            title: "BOM Reference",
            description: "A `bom-ref` linking to a patent or application object within the BOM."
          }
        },
        externalReferences: {
          type: "array",
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM.",
          items: {
            $ref: "#/definitions/externalReference"
          }
        }
      }
    },
    patent: {
      type: "object",
      title: "Patent",
      description: "A patent is a legal instrument, granted by an authority, that confers certain rights over an invention for a specified period, contingent on public disclosure and adherence to relevant legal requirements. The summary information in this object is aligned with [WIPO ST.96](https://www.wipo.int/standards/en/st96/) principles where applicable.",
      required: ["patentNumber", "jurisdiction", "patentLegalStatus"],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An identifier which can be used to reference the object elsewhere in the BOM. Every `bom-ref` must be unique within the BOM."
        },
        patentNumber: {
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9\\-/.()\\s]{0,28}[A-Za-z0-9]$",
          title: "Patent Number",
          description: "The unique number assigned to the granted patent by the issuing authority. Aligned with `PatentNumber` in WIPO ST.96. Refer to [PatentNumber in ST.96](https://www.wipo.int/standards/XMLSchema/ST96/V8_0/Patent/PatentNumber.xsd).",
          examples: ["US987654321", "EP1234567B1"]
        },
        applicationNumber: {
          $ref: "#/definitions/patentApplicationNumber"
        },
        jurisdiction: {
          $ref: "#/definitions/patentJurisdiction"
        },
        priorityApplication: {
          $ref: "#/definitions/priorityApplication"
        },
        publicationNumber: {
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9\\-/.()\\s]{0,28}[A-Za-z0-9]$",
          title: "Patent Publication Number",
          description: "This is the number assigned to a patent application once it is published. Patent applications are generally published 18 months after filing (unless an applicant requests non-publication). This number is distinct from the application number. \n\nPurpose: Identifies the publicly available version of the application. \n\nFormat: Varies by jurisdiction, often similar to application numbers but includes an additional suffix indicating publication. \n\nExample:\n - US: US20240000123A1 (indicates the first publication of application US20240000123) \n - Europe: EP23123456A1 (first publication of European application EP23123456). \n\nWIPO ST.96 v8.0: \n - Publication Number field: https://www.wipo.int/standards/XMLSchema/ST96/V8_0/Patent/PublicationNumber.xsd"
        },
        title: {
          type: "string",
          title: "Patent Title",
          description: "The title of the patent, summarising the invention it protects. Aligned with `InventionTitle` in WIPO ST.96. Refer to [InventionTitle in ST.96](https://www.wipo.int/standards/XMLSchema/ST96/V8_0/Patent/InventionTitle.xsd)."
        },
        abstract: {
          type: "string",
          title: "Patent Abstract",
          description: "A brief summary of the invention described in the patent. Aligned with `Abstract` and `P` in WIPO ST.96. Refer to [Abstract in ST.96](https://www.wipo.int/standards/XMLSchema/ST96/V8_0/Patent/Abstract.xsd)."
        },
        filingDate: {
          type: "string",
          format: "date",
          title: "Filing Date",
          description: "The date the patent application was filed with the jurisdiction. Aligned with `FilingDate` in WIPO ST.96. Refer to [FilingDate in ST.96](https://www.wipo.int/standards/XMLSchema/ST96/V8_0/Patent/FilingDate.xsd)."
        },
        grantDate: {
          type: "string",
          format: "date",
          title: "Grant Date",
          description: "The date the patent was granted by the jurisdiction. Aligned with `GrantDate` in WIPO ST.96. Refer to [GrantDate in ST.96](https://www.wipo.int/standards/XMLSchema/ST96/V8_0/Patent/GrantDate.xsd)."
        },
        patentExpirationDate: {
          type: "string",
          format: "date",
          title: "Expiration Date",
          description: "The date the patent expires. Derived from grant or filing date according to jurisdiction-specific rules."
        },
        patentLegalStatus: {
          type: "string",
          title: "Legal Status",
          description: "Indicates the current legal status of the patent or patent application, based on the WIPO ST.27 standard. This status reflects administrative, procedural, or legal events. Values include both active and inactive states and are useful for determining enforceability, procedural history, and maintenance status.",
          enum: [
            "pending",
            "granted",
            "revoked",
            "expired",
            "lapsed",
            "withdrawn",
            "abandoned",
            "suspended",
            "reinstated",
            "opposed",
            "terminated",
            "invalidated",
            "in-force"
          ],
          "meta:enum": {
            pending: "The patent application has been filed but not yet examined or granted.",
            granted: "The patent application has been examined and a patent has been issued.",
            revoked: "The patent has been declared invalid through a legal or administrative process.",
            expired: "The patent has reached the end of its enforceable term.",
            lapsed: "The patent is no longer in force due to non-payment of maintenance fees or other requirements.",
            withdrawn: "The patent application was voluntarily withdrawn by the applicant.",
            abandoned: "The patent application was abandoned, often due to lack of action or response.",
            suspended: "Processing of the patent application has been temporarily halted.",
            reinstated: "A previously abandoned or lapsed patent has been reinstated.",
            opposed: "The patent application or granted patent is under formal opposition proceedings.",
            terminated: "The patent or application has been officially terminated.",
            invalidated: "The patent has been invalidated, either in part or in full.",
            "in-force": "The granted patent is active and enforceable."
          }
        },
        patentAssignee: {
          type: "array",
          title: "Patent Assignees",
          description: "A collection of organisations or individuals to whom the patent rights are assigned. This supports joint ownership and allows for flexible representation of both corporate entities and individual inventors.",
          items: {
            oneOf: [
              {
                title: "Person",
                $ref: "#/definitions/organizationalContact"
              },
              {
                title: "Organizational Entity",
                $ref: "#/definitions/organizationalEntity"
              }
            ]
          }
        },
        externalReferences: {
          type: "array",
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM.",
          items: {
            $ref: "#/definitions/externalReference"
          }
        }
      }
    },
    patentAssertions: {
      type: "array",
      title: "Patent Assertions",
      description: "A list of assertions made regarding patents associated with this component or service. Assertions distinguish between ownership, licensing, and other relevant interactions with patents.",
      items: {
        type: "object",
        title: "Patent Assertion",
        description: "An assertion linking a patent or patent family to this component or service.",
        required: ["assertionType", "asserter"],
        additionalProperties: false,
        properties: {
          "bom-ref": {
            $ref: "#/definitions/refType",
            title: "BOM Reference",
            description: "A reference to the patent or patent family object within the BOM. This must match the `bom-ref` of a `patent` or `patentFamily` object."
          },
          assertionType: {
            type: "string",
            title: "Assertion Type",
            description: "The type of assertion being made about the patent or patent family. Examples include ownership, licensing, and standards inclusion.",
            enum: [
              "ownership",
              "license",
              "third-party-claim",
              "standards-inclusion",
              "prior-art",
              "exclusive-rights",
              "non-assertion",
              "research-or-evaluation"
            ],
            "meta:enum": {
              ownership: "The manufacturer asserts ownership of the patent or patent family.",
              license: "The manufacturer asserts they have a license to use the patent or patent family.",
              "third-party-claim": "A third party has asserted a claim or potential infringement against the manufacturer’s component or service.",
              "standards-inclusion": "The patent is part of a standard essential patent (SEP) portfolio relevant to the component or service.",
              "prior-art": "The manufacturer asserts the patent or patent family as prior art that invalidates another patent or claim.",
              "exclusive-rights": "The manufacturer asserts exclusive rights granted through a licensing agreement.",
              "non-assertion": "The manufacturer asserts they will not enforce the patent or patent family against certain uses or users.",
              "research-or-evaluation": "The patent or patent family is being used under a research or evaluation license."
            }
          },
          patentRefs: {
            type: "array",
            title: "Patent References",
            description: "A list of BOM references (`bom-ref`) linking to patents or patent families associated with this assertion.",
            items: {
              $ref: "#/definitions/refType"
            }
          },
          asserter: {
            oneOf: [
              {
                $ref: "#/definitions/organizationalEntity",
                title: "Organizational Entity"
              },
              {
                $ref: "#/definitions/organizationalContact",
                title: "Person"
              },
              {
                $ref: "#/definitions/refLinkType",
                title: "Reference",
                description: "A reference to a previously defined `organizationalContact` or `organizationalEntity` object in the BOM. The value must be a valid `bom-ref` pointing to one of these objects."
              }
            ]
          },
          notes: {
            type: "string",
            title: "Notes",
            description: "Additional notes or clarifications regarding the assertion, if necessary. For example, geographical restrictions, duration, or limitations of a license."
          }
        }
      }
    },
    patentApplicationNumber: {
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9\\-/.()\\s]{0,28}[A-Za-z0-9]$",
      title: "Patent Application Number",
      description: "The unique number assigned to a patent application when it is filed with a patent office. It is used to identify the specific application and track its progress through the examination process. Aligned with `ApplicationNumber` in ST.96. Refer to [ApplicationIdentificationType in ST.96](https://www.wipo.int/standards/XMLSchema/ST96/V8_0/Patent/ApplicationIdentificationType.xsd).",
      examples: ["US20240000123", "EP23123456"]
    },
    patentJurisdiction: {
      type: "string",
      title: "Jurisdiction",
      description: "The jurisdiction or patent office where the priority application was filed, specified using WIPO ST.3 codes. Aligned with `IPOfficeCode` in ST.96. Refer to [IPOfficeCode in ST.96](https://www.wipo.int/standards/XMLSchema/ST96/V8_0/Common/IPOfficeCode.xsd).",
      pattern: "^[A-Z]{2}$",
      examples: ["US", "EP", "JP"]
    },
    patentFilingDate: {
      type: "string",
      format: "date",
      title: "Filing Date",
      description: "The date the priority application was filed, aligned with `FilingDate` in ST.96. Refer to [FilingDate in ST.96](https://www.wipo.int/standards/XMLSchema/ST96/V8_0/Patent/FilingDate.xsd)."
    },
    priorityApplication: {
      type: "object",
      title: "Priority Application",
      description: "The priorityApplication contains the essential data necessary to identify and reference an earlier patent filing for priority rights. In line with WIPO ST.96 guidelines, it includes the jurisdiction (office code), application number, and filing date-the three key elements that uniquely specify the priority application in a global patent context.",
      required: ["applicationNumber", "jurisdiction", "filingDate"],
      additionalProperties: false,
      properties: {
        applicationNumber: {
          $ref: "#/definitions/patentApplicationNumber"
        },
        jurisdiction: {
          $ref: "#/definitions/patentJurisdiction"
        },
        filingDate: {
          $ref: "#/definitions/patentFilingDate"
        }
      }
    },
    citation: {
      type: "object",
      title: "Citation",
      description: "Details a specific attribution of data within the BOM to a contributing entity or process.",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference"
        },
        pointers: {
          type: "array",
          items: {
            type: "string",
            title: "Field Reference",
            description: "A [JSON Pointer](https://datatracker.ietf.org/doc/html/rfc6901) identifying the BOM field to which the attribution applies.\nUsers of other serialization formats (e.g. XML) shall use the JSON Pointer format to ensure consistent field referencing across representations."
          },
          minItems: 1,
          title: "Field References",
          description: 'One or more [JSON Pointers](https://datatracker.ietf.org/doc/html/rfc6901) identifying the BOM fields to which the attribution applies.\nExactly one of the "pointers" or "expressions" elements must be present.'
        },
        expressions: {
          type: "array",
          items: {
            type: "string",
            title: "Path Expression",
            description: "Specifies a path expression used to locate a value within a BOM. The expression syntax shall conform to the format of the BOM's serialization.\nUse [JSONPath](https://datatracker.ietf.org/doc/html/rfc9535) for JSON, [XPath](https://www.w3.org/TR/xpath/) for XML, and default to JSONPath for Protocol Buffers unless otherwise specified.\nImplementers shall ensure the expression is valid within the context of the applicable serialization format."
          },
          minItems: 1,
          title: "Path Expressions",
          description: 'One or more path expressions used to locate values within a BOM.\nExactly one of the "pointers" or "expressions" elements must be present.'
        },
        timestamp: {
          type: "string",
          format: "date-time",
          title: "Timestamp",
          description: "The date and time when the attribution was made or the information was supplied."
        },
        attributedTo: {
          $ref: "#/definitions/refLinkType",
          title: "Attributed To",
          description: 'The `bom-ref` of an object, such as a component, service, tool, organisational entity, or person that supplied the cited information.\nAt least one of the "attributedTo" or "process" elements must be present.'
        },
        process: {
          $ref: "#/definitions/refLinkType",
          title: "Process Reference",
          description: 'The `bom-ref` to a process (such as a formula, workflow, task, or step) defined in the `formulation` section that executed or generated the attributed data.\nAt least one of the "attributedTo" or "process" elements must be present.'
        },
        note: {
          type: "string",
          title: "Note",
          description: "A description or comment about the context or quality of the data attribution."
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "A digital signature verifying the authenticity or integrity of the attribution."
        }
      },
      required: ["timestamp"],
      anyOf: [
        { required: ["attributedTo"] },
        { required: ["process"] }
      ],
      oneOf: [
        { required: ["pointers"] },
        { required: ["expressions"] }
      ]
    }
  }
};

// node_modules/@cyclonedx/cyclonedx-library/res/schema/cryptography-defs.SNAPSHOT.schema.json
var cryptography_defs_SNAPSHOT_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "http://cyclonedx.org/schema/cryptography-defs.schema.json",
  $comment: "2026-03-05T14:27:50Z",
  title: "Cryptographic Algorithm Family Definitions",
  description: "Enumerates cryptographic algorithm families and their specific metadata.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: {
      type: "string"
    },
    lastUpdated: {
      type: "string",
      format: "date-time",
      title: "Last Updated",
      description: "The date and time (timestamp) when the data was last updated."
    },
    algorithms: {
      type: "array",
      title: "Algorithm Families",
      description: "An array of cryptographic algorithm family definitions.",
      items: {
        type: "object",
        title: "Algorithm Family",
        description: "Defines a cryptographic algorithm family and its metadata.",
        additionalProperties: false,
        properties: {
          family: {
            type: "string",
            title: "Algorithm Family",
            description: "The name of the cryptographic algorithm family."
          },
          standard: {
            type: "array",
            title: "Standards",
            description: "List of standards defining or relating to the algorithm family.",
            items: {
              type: "object",
              title: "Standard Reference",
              description: "Reference to a standard, including its name and URL.",
              additionalProperties: false,
              properties: {
                name: {
                  type: "string",
                  title: "Standard Name",
                  description: "The name or identifier of the standard."
                },
                url: {
                  type: "string",
                  format: "iri-reference",
                  title: "Standard URL",
                  description: "A URL pointing to the standard's official documentation."
                }
              },
              required: [
                "name",
                "url"
              ]
            }
          },
          variant: {
            type: "array",
            title: "Variants",
            description: "Defines algorithm variants by a naming pattern and the corresponding cryptographic primitive.",
            items: {
              type: "object",
              title: "Standard Reference",
              description: "Reference to a standard, including its name and URL.",
              additionalProperties: false,
              properties: {
                pattern: {
                  type: "string",
                  title: "Standard Name",
                  description: "Defines the pattern used to construct the complete algorithm name. Placeholders are defined by {} for algorithm-specific properties."
                },
                primitive: {
                  type: "string",
                  title: "Primitive",
                  description: "Type of cryptographic primitive (e.g., signature, encryption, hash)."
                },
                standard: {
                  type: "array",
                  title: "Standards",
                  description: "List of standards defining or relating to the algorithm variant.",
                  items: {
                    type: "object",
                    title: "Standard Reference",
                    description: "Reference to a standard, including its name and URL.",
                    additionalProperties: false,
                    properties: {
                      name: {
                        type: "string",
                        title: "Standard Name",
                        description: "The name or identifier of the standard."
                      },
                      url: {
                        type: "string",
                        format: "iri-reference",
                        title: "Standard URL",
                        description: "A URL pointing to the standard's official documentation."
                      }
                    },
                    required: [
                      "name",
                      "url"
                    ]
                  }
                }
              },
              required: [
                "pattern",
                "primitive"
              ]
            }
          }
        },
        required: [
          "family",
          "variant"
        ]
      }
    },
    ellipticCurves: {
      type: "array",
      title: "Elliptic Curves",
      description: "An array of elliptic curve family definitions.",
      items: {
        type: "object",
        title: "Elliptic Curve Family",
        description: "Defines an elliptic curve family and its metadata.",
        additionalProperties: false,
        properties: {
          name: {
            type: "string",
            title: "Curve Family Name",
            description: "The name of the elliptic curve family."
          },
          description: {
            type: [
              "string",
              "null"
            ],
            title: "Description",
            description: "A description of the elliptic curve family."
          },
          curves: {
            type: "array",
            title: "Curves",
            description: "List of curves in this family.",
            items: {
              type: "object",
              title: "Curve",
              description: "Defines a specific elliptic curve and its metadata.",
              additionalProperties: false,
              properties: {
                name: {
                  type: "string",
                  title: "Curve Name",
                  description: "The name of the elliptic curve."
                },
                description: {
                  type: [
                    "string",
                    "null"
                  ],
                  title: "Description",
                  description: "A description of the elliptic curve."
                },
                oid: {
                  type: [
                    "string",
                    "null"
                  ],
                  title: "OID",
                  description: "The Object Identifier (OID) of the elliptic curve."
                },
                form: {
                  type: "string",
                  title: "Form",
                  description: "The form of the elliptic curve.",
                  enum: [
                    "Weierstrass",
                    "Edwards",
                    "TwistedEdwards",
                    "Montgomery"
                  ]
                },
                aliases: {
                  type: "array",
                  title: "Aliases",
                  description: "List of aliases for this curve.",
                  items: {
                    type: "object",
                    title: "Alias",
                    description: "An alias for the curve.",
                    additionalProperties: false,
                    properties: {
                      category: {
                        type: "string",
                        title: "Category",
                        description: "The category of the alias."
                      },
                      name: {
                        type: "string",
                        title: "Name",
                        description: "The name of the alias."
                      }
                    },
                    required: [
                      "category",
                      "name"
                    ]
                  }
                }
              },
              required: [
                "name",
                "description",
                "oid",
                "form"
              ]
            }
          }
        },
        required: [
          "name",
          "description",
          "curves"
        ]
      }
    }
  },
  required: [
    "lastUpdated",
    "algorithms",
    "ellipticCurves"
  ],
  definitions: {
    algorithmFamiliesEnum: {
      type: "string",
      title: "Algorithm Families",
      description: "An enum for the algorithm families.",
      enum: [
        "3DES",
        "3GPP-XOR",
        "A5/1",
        "A5/2",
        "AES",
        "ARIA",
        "Argon2",
        "Ascon",
        "BLAKE2",
        "BLAKE3",
        "BLS",
        "Blowfish",
        "CAMELLIA",
        "CAST5",
        "CAST6",
        "CMAC",
        "CMEA",
        "CTR_DRBG",
        "ChaCha",
        "ChaCha20",
        "DES",
        "DSA",
        "ECDH",
        "ECDSA",
        "ECIES",
        "EdDSA",
        "ElGamal",
        "FFDH",
        "Fortuna",
        "GOST",
        "HC",
        "HKDF",
        "HMAC",
        "HMAC_DRBG",
        "HPKE",
        "Hash_DRBG",
        "IDEA",
        "IKE-PRF",
        "J-PAKE",
        "LMS",
        "MD2",
        "MD4",
        "MD5",
        "MILENAGE",
        "ML-DSA",
        "ML-KEM",
        "MQV",
        "OPAQUE",
        "PBES1",
        "PBES2",
        "PBKDF1",
        "PBKDF2",
        "PBMAC1",
        "Poly1305",
        "RABBIT",
        "RC2",
        "RC4",
        "RC5",
        "RC6",
        "RIPEMD",
        "RSAES-OAEP",
        "RSAES-PKCS1",
        "RSASSA-PKCS1",
        "RSASSA-PSS",
        "SEED",
        "SHA-1",
        "SHA-2",
        "SHA-3",
        "SLH-DSA",
        "SM2",
        "SM3",
        "SM4",
        "SM9",
        "SNOW3G",
        "SP800-108",
        "SPAKE2",
        "SPAKE2PLUS",
        "SRP",
        "Salsa20",
        "Serpent",
        "SipHash",
        "Skipjack",
        "TUAK",
        "Twofish",
        "UMAC",
        "Whirlpool",
        "X3DH",
        "XMSS",
        "Yarrow",
        "ZUC",
        "bcrypt",
        "scrypt",
        "yescrypt"
      ]
    },
    ellipticCurvesEnum: {
      type: "string",
      enum: [
        "anssi/FRP256v1",
        "bls/BLS12-377",
        "bls/BLS12-381",
        "bls/BLS12-446",
        "bls/BLS12-455",
        "bls/BLS12-638",
        "bls/BLS24-477",
        "bls/Bandersnatch",
        "bn/bn158",
        "bn/bn190",
        "bn/bn222",
        "bn/bn254",
        "bn/bn286",
        "bn/bn318",
        "bn/bn350",
        "bn/bn382",
        "bn/bn414",
        "bn/bn446",
        "bn/bn478",
        "bn/bn510",
        "bn/bn542",
        "bn/bn574",
        "bn/bn606",
        "bn/bn638",
        "brainpool/brainpoolP160r1",
        "brainpool/brainpoolP160t1",
        "brainpool/brainpoolP192r1",
        "brainpool/brainpoolP192t1",
        "brainpool/brainpoolP224r1",
        "brainpool/brainpoolP224t1",
        "brainpool/brainpoolP256r1",
        "brainpool/brainpoolP256t1",
        "brainpool/brainpoolP320r1",
        "brainpool/brainpoolP320t1",
        "brainpool/brainpoolP384r1",
        "brainpool/brainpoolP384t1",
        "brainpool/brainpoolP512r1",
        "brainpool/brainpoolP512t1",
        "gost/gost256",
        "gost/gost512",
        "gost/id-GostR3410-2001-CryptoPro-A-ParamSet",
        "gost/id-GostR3410-2001-CryptoPro-B-ParamSet",
        "gost/id-GostR3410-2001-CryptoPro-C-ParamSet",
        "gost/id-tc26-gost-3410-12-512-paramSetA",
        "gost/id-tc26-gost-3410-12-512-paramSetB",
        "gost/id-tc26-gost-3410-2012-256-paramSetA",
        "gost/id-tc26-gost-3410-2012-512-paramSetC",
        "mnt/mnt1",
        "mnt/mnt2/1",
        "mnt/mnt2/2",
        "mnt/mnt3/1",
        "mnt/mnt3/2",
        "mnt/mnt3/3",
        "mnt/mnt4",
        "mnt/mnt5/1",
        "mnt/mnt5/2",
        "mnt/mnt5/3",
        "nist/B-163",
        "nist/B-233",
        "nist/B-283",
        "nist/B-409",
        "nist/B-571",
        "nist/K-163",
        "nist/K-233",
        "nist/K-283",
        "nist/K-409",
        "nist/K-571",
        "nist/P-192",
        "nist/P-224",
        "nist/P-256",
        "nist/P-384",
        "nist/P-521",
        "nums/ed-254-mont",
        "nums/ed-255-mers",
        "nums/ed-256-mont",
        "nums/ed-382-mont",
        "nums/ed-383-mers",
        "nums/ed-384-mont",
        "nums/ed-510-mont",
        "nums/ed-511-mers",
        "nums/ed-512-mont",
        "nums/numsp256d1",
        "nums/numsp256t1",
        "nums/numsp384d1",
        "nums/numsp384t1",
        "nums/numsp512d1",
        "nums/numsp512t1",
        "nums/w-254-mont",
        "nums/w-255-mers",
        "nums/w-256-mont",
        "nums/w-382-mont",
        "nums/w-383-mers",
        "nums/w-384-mont",
        "nums/w-510-mont",
        "nums/w-511-mers",
        "nums/w-512-mont",
        "oakley/192-bit Random ECP Group",
        "oakley/224-bit Random ECP Group",
        "oakley/256-bit Random ECP Group",
        "oakley/384-bit Random ECP Group",
        "oakley/521-bit Random ECP Group",
        "oakley/Oakley Group 3",
        "oakley/Oakley Group 4",
        "oscaa/SM2",
        "other/BADA55-R-256",
        "other/BADA55-VPR-224",
        "other/BADA55-VPR2-224",
        "other/BADA55-VR-224",
        "other/BADA55-VR-256",
        "other/BADA55-VR-384",
        "other/Curve1174",
        "other/Curve22103",
        "other/Curve25519",
        "other/Curve383187",
        "other/Curve41417",
        "other/Curve4417",
        "other/Curve448",
        "other/Curve67254",
        "other/E-222",
        "other/E-382",
        "other/E-521",
        "other/Ed25519",
        "other/Ed448",
        "other/Ed448-Goldilocks",
        "other/FourQ",
        "other/Fp224BN",
        "other/Fp254BNa",
        "other/Fp254BNb",
        "other/Fp254n2BNa",
        "other/Fp256BN",
        "other/Fp384BN",
        "other/Fp512BN",
        "other/JubJub",
        "other/M-221",
        "other/M-383",
        "other/M-511",
        "other/MDC201601",
        "other/Pallas",
        "other/Tom-256",
        "other/Tom-384",
        "other/Tom-521",
        "other/Tweedledee",
        "other/Tweedledum",
        "other/Vesta",
        "other/ssc-160",
        "other/ssc-192",
        "other/ssc-224",
        "other/ssc-256",
        "other/ssc-288",
        "other/ssc-320",
        "other/ssc-384",
        "other/ssc-512",
        "secg/secp112r1",
        "secg/secp112r2",
        "secg/secp128r1",
        "secg/secp128r2",
        "secg/secp160k1",
        "secg/secp160r1",
        "secg/secp160r2",
        "secg/secp192k1",
        "secg/secp192r1",
        "secg/secp224k1",
        "secg/secp224r1",
        "secg/secp256k1",
        "secg/secp256r1",
        "secg/secp384r1",
        "secg/secp521r1",
        "secg/sect113r1",
        "secg/sect113r2",
        "secg/sect131r1",
        "secg/sect131r2",
        "secg/sect163k1",
        "secg/sect163r1",
        "secg/sect163r2",
        "secg/sect193r1",
        "secg/sect193r2",
        "secg/sect233k1",
        "secg/sect233r1",
        "secg/sect239k1",
        "secg/sect283k1",
        "secg/sect283r1",
        "secg/sect409k1",
        "secg/sect409r1",
        "secg/sect571k1",
        "secg/sect571r1",
        "wtls/wap-wsg-idm-ecid-wtls1",
        "wtls/wap-wsg-idm-ecid-wtls10",
        "wtls/wap-wsg-idm-ecid-wtls11",
        "wtls/wap-wsg-idm-ecid-wtls12",
        "wtls/wap-wsg-idm-ecid-wtls3",
        "wtls/wap-wsg-idm-ecid-wtls4",
        "wtls/wap-wsg-idm-ecid-wtls5",
        "wtls/wap-wsg-idm-ecid-wtls6",
        "wtls/wap-wsg-idm-ecid-wtls7",
        "wtls/wap-wsg-idm-ecid-wtls8",
        "wtls/wap-wsg-idm-ecid-wtls9",
        "x962/c2onb191v4",
        "x962/c2onb191v5",
        "x962/c2onb239v4",
        "x962/c2onb239v5",
        "x962/c2pnb163v1",
        "x962/c2pnb163v2",
        "x962/c2pnb163v3",
        "x962/c2pnb176w1",
        "x962/c2pnb208w1",
        "x962/c2pnb272w1",
        "x962/c2pnb304w1",
        "x962/c2pnb368w1",
        "x962/c2tnb191v1",
        "x962/c2tnb191v2",
        "x962/c2tnb191v3",
        "x962/c2tnb239v1",
        "x962/c2tnb239v2",
        "x962/c2tnb239v3",
        "x962/c2tnb359v1",
        "x962/c2tnb431r1",
        "x962/prime192v1",
        "x962/prime192v2",
        "x962/prime192v3",
        "x962/prime239v1",
        "x962/prime239v2",
        "x962/prime239v3",
        "x962/prime256v1",
        "x963/ansip160k1",
        "x963/ansip160r1",
        "x963/ansip160r2",
        "x963/ansip192k1",
        "x963/ansip224k1",
        "x963/ansip224r1",
        "x963/ansip256k1",
        "x963/ansip384r1",
        "x963/ansip521r1",
        "x963/ansit163k1",
        "x963/ansit163r1",
        "x963/ansit163r2",
        "x963/ansit193r1",
        "x963/ansit193r2",
        "x963/ansit233k1",
        "x963/ansit233r1",
        "x963/ansit239k1",
        "x963/ansit283k1",
        "x963/ansit283r1",
        "x963/ansit409k1",
        "x963/ansit409r1",
        "x963/ansit571k1",
        "x963/ansit571r1"
      ]
    }
  }
};

// node_modules/@cyclonedx/cyclonedx-library/res/schema/jsf-0.82.SNAPSHOT.schema.json
var jsf_0_82_SNAPSHOT_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "http://cyclonedx.org/schema/jsf-0.82.schema.json",
  type: "object",
  title: "JSON Signature Format (JSF) standard",
  $comment: "JSON Signature Format schema is published under the terms of the Apache License 2.0. JSF was developed by Anders Rundgren (anders.rundgren.net@gmail.com) as a part of the OpenKeyStore project. This schema supports the entirely of the JSF standard excluding 'extensions'.",
  definitions: {
    signature: {
      type: "object",
      title: "Signature",
      oneOf: [
        {
          additionalProperties: false,
          properties: {
            signers: {
              type: "array",
              title: "Signature",
              description: "Unique top level property for Multiple Signatures. (multisignature)",
              items: { $ref: "#/definitions/signer" }
            }
          }
        },
        {
          additionalProperties: false,
          properties: {
            chain: {
              type: "array",
              title: "Signature",
              description: "Unique top level property for Signature Chains. (signaturechain)",
              items: { $ref: "#/definitions/signer" }
            }
          }
        },
        {
          title: "Signature",
          description: "Unique top level property for simple signatures. (signaturecore)",
          $ref: "#/definitions/signer"
        }
      ]
    },
    signer: {
      type: "object",
      title: "Signature",
      required: [
        "algorithm",
        "value"
      ],
      additionalProperties: false,
      properties: {
        algorithm: {
          oneOf: [
            {
              type: "string",
              title: "Algorithm",
              description: 'Signature algorithm. The currently recognized JWA [RFC7518] and RFC8037 [RFC8037] asymmetric key algorithms. Note: Unlike RFC8037 [RFC8037] JSF requires explicit Ed* algorithm names instead of "EdDSA".',
              enum: [
                "RS256",
                "RS384",
                "RS512",
                "PS256",
                "PS384",
                "PS512",
                "ES256",
                "ES384",
                "ES512",
                "Ed25519",
                "Ed448",
                "HS256",
                "HS384",
                "HS512"
              ]
            },
            {
              type: "string",
              title: "Algorithm",
              description: "Signature algorithm. Note: If proprietary signature algorithms are added, they must be expressed as URIs.",
              format: "uri"
            }
          ]
        },
        keyId: {
          type: "string",
          title: "Key ID",
          description: "Optional. Application specific string identifying the signature key."
        },
        publicKey: {
          title: "Public key",
          description: "Optional. Public key object.",
          $ref: "#/definitions/publicKey"
        },
        certificatePath: {
          type: "array",
          title: "Certificate path",
          description: "Optional. Sorted array of X.509 [RFC5280] certificates, where the first element must contain the signature certificate. The certificate path must be contiguous but is not required to be complete.",
          items: {
            type: "string"
          }
        },
        excludes: {
          type: "array",
          title: "Excludes",
          description: 'Optional. Array holding the names of one or more application level properties that must be excluded from the signature process. Note that the "excludes" property itself, must also be excluded from the signature process. Since both the "excludes" property and the associated data it points to are unsigned, a conforming JSF implementation must provide options for specifying which properties to accept.',
          items: {
            type: "string"
          }
        },
        value: {
          type: "string",
          title: "Signature",
          description: "The signature data. Note that the binary representation must follow the JWA [RFC7518] specifications."
        }
      }
    },
    keyType: {
      type: "string",
      title: "Key type",
      description: "Key type indicator.",
      enum: [
        "EC",
        "OKP",
        "RSA"
      ]
    },
    publicKey: {
      title: "Public key",
      description: "Optional. Public key object.",
      type: "object",
      required: [
        "kty"
      ],
      additionalProperties: true,
      properties: {
        kty: {
          $ref: "#/definitions/keyType"
        }
      },
      allOf: [
        {
          if: {
            properties: { kty: { const: "EC" } }
          },
          then: {
            required: [
              "kty",
              "crv",
              "x",
              "y"
            ],
            additionalProperties: false,
            properties: {
              kty: {
                $ref: "#/definitions/keyType"
              },
              crv: {
                type: "string",
                title: "Curve name",
                description: "EC curve name.",
                enum: [
                  "P-256",
                  "P-384",
                  "P-521"
                ]
              },
              x: {
                type: "string",
                title: "Coordinate",
                description: 'EC curve point X. The length of this field must be the full size of a coordinate for the curve specified in the "crv" parameter. For example, if the value of "crv" is "P-521", the decoded argument must be 66 bytes.'
              },
              y: {
                type: "string",
                title: "Coordinate",
                description: 'EC curve point Y. The length of this field must be the full size of a coordinate for the curve specified in the "crv" parameter. For example, if the value of "crv" is "P-256", the decoded argument must be 32 bytes.'
              }
            }
          }
        },
        {
          if: {
            properties: { kty: { const: "OKP" } }
          },
          then: {
            required: [
              "kty",
              "crv",
              "x"
            ],
            additionalProperties: false,
            properties: {
              kty: {
                $ref: "#/definitions/keyType"
              },
              crv: {
                type: "string",
                title: "Curve name",
                description: "EdDSA curve name.",
                enum: [
                  "Ed25519",
                  "Ed448"
                ]
              },
              x: {
                type: "string",
                title: "Coordinate",
                description: 'EdDSA curve point X. The length of this field must be the full size of a coordinate for the curve specified in the "crv" parameter. For example, if the value of "crv" is "Ed25519", the decoded argument must be 32 bytes.'
              }
            }
          }
        },
        {
          if: {
            properties: { kty: { const: "RSA" } }
          },
          then: {
            required: [
              "kty",
              "n",
              "e"
            ],
            additionalProperties: false,
            properties: {
              kty: {
                $ref: "#/definitions/keyType"
              },
              n: {
                type: "string",
                title: "Modulus",
                description: "RSA modulus."
              },
              e: {
                type: "string",
                title: "Exponent",
                description: "RSA exponent."
              }
            }
          }
        }
      ]
    }
  }
};

// node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json
var spdx_SNAPSHOT_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "http://cyclonedx.org/schema/spdx.schema.json",
  $comment: "v1.1-3.29.0",
  type: "string",
  enum: [
    "0BSD",
    "3D-Slicer-1.0",
    "AAL",
    "Abstyles",
    "AdaCore-doc",
    "Adobe-2006",
    "Adobe-Display-PostScript",
    "Adobe-Glyph",
    "Adobe-Utopia",
    "ADSL",
    "Advanced-Cryptics-Dictionary",
    "AFL-1.1",
    "AFL-1.2",
    "AFL-2.0",
    "AFL-2.1",
    "AFL-3.0",
    "Afmparse",
    "AGPL-1.0",
    "AGPL-1.0-only",
    "AGPL-1.0-or-later",
    "AGPL-3.0",
    "AGPL-3.0-only",
    "AGPL-3.0-or-later",
    "Aladdin",
    "ALGLIB-Documentation",
    "AMD-newlib",
    "AMDPLPA",
    "AML",
    "AML-glslang",
    "AMPAS",
    "ANTLR-PD",
    "ANTLR-PD-fallback",
    "any-OSI",
    "any-OSI-perl-modules",
    "Apache-1.0",
    "Apache-1.1",
    "Apache-2.0",
    "APAFML",
    "APL-1.0",
    "App-s2p",
    "APSL-1.0",
    "APSL-1.1",
    "APSL-1.2",
    "APSL-2.0",
    "Arphic-1999",
    "Artistic-1.0",
    "Artistic-1.0-cl8",
    "Artistic-1.0-Perl",
    "Artistic-2.0",
    "Artistic-dist",
    "Aspell-RU",
    "ASWF-Digital-Assets-1.0",
    "ASWF-Digital-Assets-1.1",
    "atc-game",
    "Baekmuk",
    "Bahyph",
    "Barr",
    "bcrypt-Solar-Designer",
    "Beerware",
    "Bitstream-Charter",
    "Bitstream-Vera",
    "BitTorrent-1.0",
    "BitTorrent-1.1",
    "blessing",
    "BlueOak-1.0.0",
    "Boehm-GC",
    "Boehm-GC-without-fee",
    "BOLA-1.1",
    "Borceux",
    "Brian-Gladman-2-Clause",
    "Brian-Gladman-3-Clause",
    "Brian-Gladman-3-Clause-no-conversion",
    "BSD-1-Clause",
    "BSD-2-Clause",
    "BSD-2-Clause-Darwin",
    "BSD-2-Clause-first-lines",
    "BSD-2-Clause-FreeBSD",
    "BSD-2-Clause-NetBSD",
    "BSD-2-Clause-Patent",
    "BSD-2-Clause-pkgconf-disclaimer",
    "BSD-2-Clause-pos-unchanged",
    "BSD-2-Clause-Views",
    "BSD-3-Clause",
    "BSD-3-Clause-acpica",
    "BSD-3-Clause-Attribution",
    "BSD-3-Clause-Clear",
    "BSD-3-Clause-flex",
    "BSD-3-Clause-HP",
    "BSD-3-Clause-LBNL",
    "BSD-3-Clause-Modification",
    "BSD-3-Clause-No-Military-License",
    "BSD-3-Clause-No-Nuclear-License",
    "BSD-3-Clause-No-Nuclear-License-2014",
    "BSD-3-Clause-No-Nuclear-Warranty",
    "BSD-3-Clause-Open-MPI",
    "BSD-3-Clause-OpenWebUI",
    "BSD-3-Clause-Sun",
    "BSD-3-Clause-Tso",
    "BSD-4-Clause",
    "BSD-4-Clause-Shortened",
    "BSD-4-Clause-UC",
    "BSD-4.3RENO",
    "BSD-4.3TAHOE",
    "BSD-Advertising-Acknowledgement",
    "BSD-ask-to-endorse",
    "BSD-Attribution-HPND-disclaimer",
    "BSD-Inferno-Nettverk",
    "BSD-Mark-Modifications",
    "BSD-Protection",
    "BSD-Source-alt-GPL",
    "BSD-Source-beginning-file",
    "BSD-Source-Code",
    "BSD-Source-Code-no-disclaimer",
    "BSD-Systemics",
    "BSD-Systemics-W3Works",
    "BSL-1.0",
    "Buddy",
    "Bugroff",
    "BUSL-1.1",
    "bzip2-1.0.5",
    "bzip2-1.0.6",
    "C-UDA-1.0",
    "CAL-1.0",
    "CAL-1.0-Combined-Work-Exception",
    "Caldera",
    "Caldera-no-preamble",
    "CAPEC-tou",
    "Catharon",
    "CATOSL-1.1",
    "CC-BY-1.0",
    "CC-BY-2.0",
    "CC-BY-2.5",
    "CC-BY-2.5-AU",
    "CC-BY-3.0",
    "CC-BY-3.0-AT",
    "CC-BY-3.0-AU",
    "CC-BY-3.0-DE",
    "CC-BY-3.0-IGO",
    "CC-BY-3.0-NL",
    "CC-BY-3.0-US",
    "CC-BY-4.0",
    "CC-BY-NC-1.0",
    "CC-BY-NC-2.0",
    "CC-BY-NC-2.5",
    "CC-BY-NC-3.0",
    "CC-BY-NC-3.0-DE",
    "CC-BY-NC-3.0-IGO",
    "CC-BY-NC-4.0",
    "CC-BY-NC-ND-1.0",
    "CC-BY-NC-ND-2.0",
    "CC-BY-NC-ND-2.5",
    "CC-BY-NC-ND-3.0",
    "CC-BY-NC-ND-3.0-DE",
    "CC-BY-NC-ND-3.0-IGO",
    "CC-BY-NC-ND-4.0",
    "CC-BY-NC-SA-1.0",
    "CC-BY-NC-SA-2.0",
    "CC-BY-NC-SA-2.0-DE",
    "CC-BY-NC-SA-2.0-FR",
    "CC-BY-NC-SA-2.0-UK",
    "CC-BY-NC-SA-2.5",
    "CC-BY-NC-SA-3.0",
    "CC-BY-NC-SA-3.0-DE",
    "CC-BY-NC-SA-3.0-IGO",
    "CC-BY-NC-SA-4.0",
    "CC-BY-ND-1.0",
    "CC-BY-ND-2.0",
    "CC-BY-ND-2.5",
    "CC-BY-ND-3.0",
    "CC-BY-ND-3.0-DE",
    "CC-BY-ND-4.0",
    "CC-BY-SA-1.0",
    "CC-BY-SA-2.0",
    "CC-BY-SA-2.0-UK",
    "CC-BY-SA-2.1-JP",
    "CC-BY-SA-2.5",
    "CC-BY-SA-3.0",
    "CC-BY-SA-3.0-AT",
    "CC-BY-SA-3.0-DE",
    "CC-BY-SA-3.0-IGO",
    "CC-BY-SA-4.0",
    "CC-PDDC",
    "CC-PDM-1.0",
    "CC-SA-1.0",
    "CC0-1.0",
    "CDDL-1.0",
    "CDDL-1.1",
    "CDL-1.0",
    "CDLA-Permissive-1.0",
    "CDLA-Permissive-2.0",
    "CDLA-Sharing-1.0",
    "CECILL-1.0",
    "CECILL-1.1",
    "CECILL-2.0",
    "CECILL-2.1",
    "CECILL-B",
    "CECILL-C",
    "CERN-OHL-1.1",
    "CERN-OHL-1.2",
    "CERN-OHL-P-2.0",
    "CERN-OHL-S-2.0",
    "CERN-OHL-W-2.0",
    "CFITSIO",
    "check-cvs",
    "checkmk",
    "ClArtistic",
    "Clips",
    "CMU-Mach",
    "CMU-Mach-nodoc",
    "CNRI-Jython",
    "CNRI-Python",
    "CNRI-Python-GPL-Compatible",
    "COIL-1.0",
    "Community-Spec-1.0",
    "Condor-1.1",
    "copyleft-next-0.3.0",
    "copyleft-next-0.3.1",
    "Cornell-Lossless-JPEG",
    "CPAL-1.0",
    "CPL-1.0",
    "CPOL-1.02",
    "Cronyx",
    "Crossword",
    "CryptoSwift",
    "CrystalStacker",
    "CUA-OPL-1.0",
    "Cube",
    "curl",
    "cve-tou",
    "D-FSL-1.0",
    "DEC-3-Clause",
    "diffmark",
    "DL-DE-BY-2.0",
    "DL-DE-ZERO-2.0",
    "DOC",
    "DocBook-DTD",
    "DocBook-Schema",
    "DocBook-Stylesheet",
    "DocBook-XML",
    "Dotseqn",
    "DRL-1.0",
    "DRL-1.1",
    "DSDP",
    "dtoa",
    "dvipdfm",
    "ECL-1.0",
    "ECL-2.0",
    "eCos-2.0",
    "EFL-1.0",
    "EFL-2.0",
    "eGenix",
    "Elastic-2.0",
    "Entessa",
    "EPICS",
    "EPL-1.0",
    "EPL-2.0",
    "ErlPL-1.1",
    "ESA-PL-permissive-2.4",
    "ESA-PL-strong-copyleft-2.4",
    "ESA-PL-weak-copyleft-2.4",
    "etalab-2.0",
    "EUDatagrid",
    "EUPL-1.0",
    "EUPL-1.1",
    "EUPL-1.2",
    "Eurosym",
    "Fair",
    "FBM",
    "FDK-AAC",
    "FDK-MPEG-H",
    "Ferguson-Twofish",
    "Frameworx-1.0",
    "FreeBSD-DOC",
    "FreeImage",
    "FSFAP",
    "FSFAP-no-warranty-disclaimer",
    "FSFUL",
    "FSFULLR",
    "FSFULLRSD",
    "FSFULLRWD",
    "FSL-1.1-ALv2",
    "FSL-1.1-MIT",
    "FTL",
    "Furuseth",
    "fwlw",
    "Game-Programming-Gems",
    "GCR-docs",
    "GD",
    "generic-xts",
    "GFDL-1.1",
    "GFDL-1.1-invariants-only",
    "GFDL-1.1-invariants-or-later",
    "GFDL-1.1-no-invariants-only",
    "GFDL-1.1-no-invariants-or-later",
    "GFDL-1.1-only",
    "GFDL-1.1-or-later",
    "GFDL-1.2",
    "GFDL-1.2-invariants-only",
    "GFDL-1.2-invariants-or-later",
    "GFDL-1.2-no-invariants-only",
    "GFDL-1.2-no-invariants-or-later",
    "GFDL-1.2-only",
    "GFDL-1.2-or-later",
    "GFDL-1.3",
    "GFDL-1.3-invariants-only",
    "GFDL-1.3-invariants-or-later",
    "GFDL-1.3-no-invariants-only",
    "GFDL-1.3-no-invariants-or-later",
    "GFDL-1.3-only",
    "GFDL-1.3-or-later",
    "Giftware",
    "GL2PS",
    "Glide",
    "Glulxe",
    "GLWTPL",
    "gnuplot",
    "GPL-1.0",
    "GPL-1.0+",
    "GPL-1.0-only",
    "GPL-1.0-or-later",
    "GPL-2.0",
    "GPL-2.0+",
    "GPL-2.0-only",
    "GPL-2.0-or-later",
    "GPL-2.0-with-autoconf-exception",
    "GPL-2.0-with-bison-exception",
    "GPL-2.0-with-classpath-exception",
    "GPL-2.0-with-font-exception",
    "GPL-2.0-with-GCC-exception",
    "GPL-3.0",
    "GPL-3.0+",
    "GPL-3.0-only",
    "GPL-3.0-or-later",
    "GPL-3.0-with-autoconf-exception",
    "GPL-3.0-with-GCC-exception",
    "Graphics-Gems",
    "gSOAP-1.3b",
    "gtkbook",
    "Gutmann",
    "HaskellReport",
    "HDF5",
    "hdparm",
    "HIDAPI",
    "Hippocratic-2.1",
    "Hippocratic-3.0-core",
    "HP-1986",
    "HP-1989",
    "HPND",
    "HPND-DEC",
    "HPND-doc",
    "HPND-doc-sell",
    "HPND-export-US",
    "HPND-export-US-acknowledgement",
    "HPND-export-US-modify",
    "HPND-export2-US",
    "HPND-Fenneberg-Livingston",
    "HPND-INRIA-IMAG",
    "HPND-Intel",
    "HPND-Kevlin-Henney",
    "HPND-Markus-Kuhn",
    "HPND-merchantability-variant",
    "HPND-MIT-disclaimer",
    "HPND-Netrek",
    "HPND-Pbmplus",
    "HPND-sell-MIT-disclaimer-xserver",
    "HPND-sell-regexpr",
    "HPND-sell-variant",
    "HPND-sell-variant-critical-systems",
    "HPND-sell-variant-MIT-disclaimer",
    "HPND-sell-variant-MIT-disclaimer-rev",
    "HPND-SMC",
    "HPND-UC",
    "HPND-UC-export-US",
    "HTMLTIDY",
    "hyphen-bulgarian",
    "IBM-pibs",
    "ICU",
    "IEC-Code-Components-EULA",
    "IJG",
    "IJG-short",
    "ImageMagick",
    "iMatix",
    "Imlib2",
    "Info-ZIP",
    "Informatica",
    "Inner-Net-2.0",
    "InnoSetup",
    "Intel",
    "Intel-ACPI",
    "Interbase-1.0",
    "IPA",
    "IPL-1.0",
    "ISC",
    "ISC-Veillard",
    "ISO-permission",
    "Jam",
    "JasPer-2.0",
    "jove",
    "JPL-image",
    "JPNIC",
    "JSON",
    "Kastrup",
    "Kazlib",
    "Knuth-CTAN",
    "LAL-1.2",
    "LAL-1.3",
    "Latex2e",
    "Latex2e-translated-notice",
    "Leptonica",
    "LGPL-2.0",
    "LGPL-2.0+",
    "LGPL-2.0-only",
    "LGPL-2.0-or-later",
    "LGPL-2.1",
    "LGPL-2.1+",
    "LGPL-2.1-only",
    "LGPL-2.1-or-later",
    "LGPL-3.0",
    "LGPL-3.0+",
    "LGPL-3.0-only",
    "LGPL-3.0-or-later",
    "LGPLLR",
    "Libpng",
    "libpng-1.6.35",
    "libpng-2.0",
    "libselinux-1.0",
    "libtiff",
    "libutil-David-Nugent",
    "LiLiQ-P-1.1",
    "LiLiQ-R-1.1",
    "LiLiQ-Rplus-1.1",
    "Linux-man-pages-1-para",
    "Linux-man-pages-copyleft",
    "Linux-man-pages-copyleft-2-para",
    "Linux-man-pages-copyleft-var",
    "Linux-OpenIB",
    "LOOP",
    "LPD-document",
    "LPL-1.0",
    "LPL-1.02",
    "LPPL-1.0",
    "LPPL-1.1",
    "LPPL-1.2",
    "LPPL-1.3a",
    "LPPL-1.3c",
    "lsof",
    "Lucida-Bitmap-Fonts",
    "LZMA-SDK-9.11-to-9.20",
    "LZMA-SDK-9.22",
    "Mackerras-3-Clause",
    "Mackerras-3-Clause-acknowledgment",
    "magaz",
    "mailprio",
    "MakeIndex",
    "man2html",
    "Martin-Birgmeier",
    "McPhee-slideshow",
    "metamail",
    "Minpack",
    "MIPS",
    "MirOS",
    "MIT",
    "MIT-0",
    "MIT-advertising",
    "MIT-Click",
    "MIT-CMU",
    "MIT-enna",
    "MIT-feh",
    "MIT-Festival",
    "MIT-Khronos-old",
    "MIT-Modern-Variant",
    "MIT-open-group",
    "MIT-STK",
    "MIT-testregex",
    "MIT-Wu",
    "MITNFA",
    "MMIXware",
    "MMPL-1.0.1",
    "Motosoto",
    "MPEG-SSG",
    "mpi-permissive",
    "mpich2",
    "MPL-1.0",
    "MPL-1.1",
    "MPL-2.0",
    "MPL-2.0-no-copyleft-exception",
    "mplus",
    "MS-LPL",
    "MS-PL",
    "MS-RL",
    "MTLL",
    "MulanPSL-1.0",
    "MulanPSL-2.0",
    "Multics",
    "Mup",
    "MVT-1.1",
    "NAIST-2003",
    "NASA-1.3",
    "Naumen",
    "NBPL-1.0",
    "NCBI-PD",
    "NCGL-UK-2.0",
    "NCL",
    "NCSA",
    "Net-SNMP",
    "NetCDF",
    "Newsletr",
    "NGPL",
    "ngrep",
    "NICTA-1.0",
    "NIST-PD",
    "NIST-PD-fallback",
    "NIST-PD-TNT",
    "NIST-Software",
    "NLOD-1.0",
    "NLOD-2.0",
    "NLPL",
    "Nokia",
    "NOSL",
    "Noweb",
    "NPL-1.0",
    "NPL-1.1",
    "NPOSL-3.0",
    "NRL",
    "NTIA-PD",
    "NTP",
    "NTP-0",
    "Nunit",
    "O-UDA-1.0",
    "OAR",
    "OCCT-PL",
    "OCLC-2.0",
    "ODbL-1.0",
    "ODC-By-1.0",
    "OFFIS",
    "OFL-1.0",
    "OFL-1.0-no-RFN",
    "OFL-1.0-RFN",
    "OFL-1.1",
    "OFL-1.1-no-RFN",
    "OFL-1.1-RFN",
    "OGC-1.0",
    "OGDL-Taiwan-1.0",
    "OGL-Canada-2.0",
    "OGL-UK-1.0",
    "OGL-UK-2.0",
    "OGL-UK-3.0",
    "OGTSL",
    "OLDAP-1.1",
    "OLDAP-1.2",
    "OLDAP-1.3",
    "OLDAP-1.4",
    "OLDAP-2.0",
    "OLDAP-2.0.1",
    "OLDAP-2.1",
    "OLDAP-2.2",
    "OLDAP-2.2.1",
    "OLDAP-2.2.2",
    "OLDAP-2.3",
    "OLDAP-2.4",
    "OLDAP-2.5",
    "OLDAP-2.6",
    "OLDAP-2.7",
    "OLDAP-2.8",
    "OLFL-1.3",
    "OML",
    "OpenMDW-1.0",
    "OpenPBS-2.3",
    "OpenSSL",
    "OpenSSL-standalone",
    "OpenVision",
    "OPL-1.0",
    "OPL-UK-3.0",
    "OPUBL-1.0",
    "OSC-1.0",
    "OSET-PL-2.1",
    "OSL-1.0",
    "OSL-1.1",
    "OSL-2.0",
    "OSL-2.1",
    "OSL-3.0",
    "OSSP",
    "PADL",
    "ParaType-Free-Font-1.3",
    "Parity-6.0.0",
    "Parity-7.0.0",
    "PDDL-1.0",
    "PHP-3.0",
    "PHP-3.01",
    "Pixar",
    "pkgconf",
    "Plexus",
    "pnmstitch",
    "PolyForm-Noncommercial-1.0.0",
    "PolyForm-Small-Business-1.0.0",
    "PostgreSQL",
    "PPL",
    "PSF-2.0",
    "psfrag",
    "psutils",
    "Python-2.0",
    "Python-2.0.1",
    "python-ldap",
    "Qhull",
    "QPL-1.0",
    "QPL-1.0-INRIA-2004",
    "radvd",
    "Rdisc",
    "RHeCos-1.1",
    "RPL-1.1",
    "RPL-1.5",
    "RPSL-1.0",
    "RSA-MD",
    "RSCPL",
    "Ruby",
    "Ruby-pty",
    "SAX-PD",
    "SAX-PD-2.0",
    "Saxpath",
    "SCEA",
    "SchemeReport",
    "Sendmail",
    "Sendmail-8.23",
    "Sendmail-Open-Source-1.1",
    "SGI-B-1.0",
    "SGI-B-1.1",
    "SGI-B-2.0",
    "SGI-OpenGL",
    "SGMLUG-PM",
    "SGP4",
    "SHL-0.5",
    "SHL-0.51",
    "SimPL-2.0",
    "SISSL",
    "SISSL-1.2",
    "SL",
    "Sleepycat",
    "SMAIL-GPL",
    "SMLNJ",
    "SMPPL",
    "SNIA",
    "snprintf",
    "SOFA",
    "softSurfer",
    "Soundex",
    "Spencer-86",
    "Spencer-94",
    "Spencer-99",
    "SPL-1.0",
    "ssh-keyscan",
    "SSH-OpenSSH",
    "SSH-short",
    "SSLeay-standalone",
    "SSPL-1.0",
    "StandardML-NJ",
    "SugarCRM-1.1.3",
    "SUL-1.0",
    "Sun-PPP",
    "Sun-PPP-2000",
    "SunPro",
    "SWL",
    "swrule",
    "Symlinks",
    "TAPR-OHL-1.0",
    "TCL",
    "TCP-wrappers",
    "TekHVC",
    "TermReadKey",
    "TGPPL-1.0",
    "ThirdEye",
    "threeparttable",
    "TMate",
    "TORQUE-1.1",
    "TOSL",
    "TPDL",
    "TPL-1.0",
    "TrustedQSL",
    "TTWL",
    "TTYP0",
    "TU-Berlin-1.0",
    "TU-Berlin-2.0",
    "Ubuntu-font-1.0",
    "UCAR",
    "UCL-1.0",
    "ulem",
    "UMich-Merit",
    "Unicode-3.0",
    "Unicode-DFS-2015",
    "Unicode-DFS-2016",
    "Unicode-TOU",
    "UnixCrypt",
    "Unlicense",
    "Unlicense-libtelnet",
    "Unlicense-libwhirlpool",
    "UnRAR",
    "UPL-1.0",
    "URT-RLE",
    "Vim",
    "Vixie-Cron",
    "VOSTROM",
    "VSL-1.0",
    "W3C",
    "W3C-19980720",
    "W3C-20150513",
    "w3m",
    "Watcom-1.0",
    "Widget-Workshop",
    "WordNet",
    "Wsuipa",
    "WTFNMFPL",
    "WTFPL",
    "wwl",
    "wxWindows",
    "X11",
    "X11-distribute-modifications-variant",
    "X11-no-permit-persons",
    "X11-swapped",
    "Xdebug-1.03",
    "Xerox",
    "Xfig",
    "XFree86-1.1",
    "xinetd",
    "xkeyboard-config-Zinoviev",
    "xlock",
    "Xnet",
    "xpp",
    "XSkat",
    "xzoom",
    "YPL-1.0",
    "YPL-1.1",
    "Zed",
    "Zeeff",
    "Zend-2.0",
    "Zimbra-1.3",
    "Zimbra-1.4",
    "Zlib",
    "zlib-acknowledgement",
    "ZPL-1.1",
    "ZPL-2.0",
    "ZPL-2.1",
    "389-exception",
    "Asterisk-exception",
    "Asterisk-linking-protocols-exception",
    "Autoconf-exception-2.0",
    "Autoconf-exception-3.0",
    "Autoconf-exception-generic",
    "Autoconf-exception-generic-3.0",
    "Autoconf-exception-macro",
    "Bison-exception-1.24",
    "Bison-exception-2.2",
    "Bootloader-exception",
    "CGAL-linking-exception",
    "Classpath-exception-2.0",
    "Classpath-exception-2.0-short",
    "CLISP-exception-2.0",
    "cryptsetup-OpenSSL-exception",
    "Digia-Qt-LGPL-exception-1.1",
    "DigiRule-FOSS-exception",
    "eCos-exception-2.0",
    "erlang-otp-linking-exception",
    "Fawkes-Runtime-exception",
    "FLTK-exception",
    "fmt-exception",
    "Font-exception-2.0",
    "freertos-exception-2.0",
    "GCC-exception-2.0",
    "GCC-exception-2.0-note",
    "GCC-exception-3.1",
    "Gmsh-exception",
    "GNAT-exception",
    "GNOME-examples-exception",
    "GNU-compiler-exception",
    "gnu-javamail-exception",
    "Google-Patent-WebM",
    "GPL-3.0-389-ds-base-exception",
    "GPL-3.0-interface-exception",
    "GPL-3.0-linking-exception",
    "GPL-3.0-linking-source-exception",
    "GPL-CC-1.0",
    "GStreamer-exception-2005",
    "GStreamer-exception-2008",
    "harbour-exception",
    "i2p-gpl-java-exception",
    "Independent-modules-exception",
    "KiCad-libraries-exception",
    "kvirc-openssl-exception",
    "LGPL-3.0-linking-exception",
    "libpri-OpenH323-exception",
    "Libtool-exception",
    "Linux-syscall-note",
    "LLGPL",
    "LLVM-exception",
    "LZMA-exception",
    "mif-exception",
    "mxml-exception",
    "Nokia-Qt-exception-1.1",
    "OCaml-LGPL-linking-exception",
    "OCCT-exception-1.0",
    "OpenJDK-assembly-exception-1.0",
    "openvpn-openssl-exception",
    "PCRE2-exception",
    "polyparse-exception",
    "PS-or-PDF-font-exception-20170817",
    "QPL-1.0-INRIA-2004-exception",
    "Qt-GPL-exception-1.0",
    "Qt-LGPL-exception-1.1",
    "Qwt-exception-1.0",
    "romic-exception",
    "RRDtool-FLOSS-exception-2.0",
    "rsync-linking-exception",
    "SANE-exception",
    "SHL-2.0",
    "SHL-2.1",
    "Simple-Library-Usage-exception",
    "Spelling-Provider-LGPL-exception",
    "sqlitestudio-OpenSSL-exception",
    "stunnel-exception",
    "SWI-exception",
    "Swift-exception",
    "Texinfo-exception",
    "u-boot-exception-2.0",
    "UBDL-exception",
    "Universal-FOSS-exception-1.0",
    "vsftpd-openssl-exception",
    "WxWindows-exception-3.1",
    "x11vnc-openssl-exception"
  ],
  "meta:enum": {
    "0BSD": "BSD Zero Clause License",
    "3D-Slicer-1.0": "3D Slicer License v1.0",
    AAL: "Attribution Assurance License",
    Abstyles: "Abstyles License",
    "AdaCore-doc": "AdaCore Doc License",
    "Adobe-2006": "Adobe Systems Incorporated Source Code License Agreement",
    "Adobe-Display-PostScript": "Adobe Display PostScript License",
    "Adobe-Glyph": "Adobe Glyph List License",
    "Adobe-Utopia": "Adobe Utopia Font License",
    ADSL: "Amazon Digital Services License",
    "Advanced-Cryptics-Dictionary": "Advanced Cryptics Dictionary License",
    "AFL-1.1": "Academic Free License v1.1",
    "AFL-1.2": "Academic Free License v1.2",
    "AFL-2.0": "Academic Free License v2.0",
    "AFL-2.1": "Academic Free License v2.1",
    "AFL-3.0": "Academic Free License v3.0",
    Afmparse: "Afmparse License",
    "AGPL-1.0": "Affero General Public License v1.0",
    "AGPL-1.0-only": "Affero General Public License v1.0 only",
    "AGPL-1.0-or-later": "Affero General Public License v1.0 or later",
    "AGPL-3.0": "GNU Affero General Public License v3.0",
    "AGPL-3.0-only": "GNU Affero General Public License v3.0 only",
    "AGPL-3.0-or-later": "GNU Affero General Public License v3.0 or later",
    Aladdin: "Aladdin Free Public License",
    "ALGLIB-Documentation": "ALGLIB Documentation License",
    "AMD-newlib": "AMD newlib License",
    AMDPLPA: "AMD's plpa_map.c License",
    AML: "Apple MIT License",
    "AML-glslang": "AML glslang variant License",
    AMPAS: "Academy of Motion Picture Arts and Sciences BSD",
    "ANTLR-PD": "ANTLR Software Rights Notice",
    "ANTLR-PD-fallback": "ANTLR Software Rights Notice with license fallback",
    "any-OSI": "Any OSI License",
    "any-OSI-perl-modules": "Any OSI License - Perl Modules",
    "Apache-1.0": "Apache License 1.0",
    "Apache-1.1": "Apache License 1.1",
    "Apache-2.0": "Apache License 2.0",
    APAFML: "Adobe Postscript AFM License",
    "APL-1.0": "Adaptive Public License 1.0",
    "App-s2p": "App::s2p License",
    "APSL-1.0": "Apple Public Source License 1.0",
    "APSL-1.1": "Apple Public Source License 1.1",
    "APSL-1.2": "Apple Public Source License 1.2",
    "APSL-2.0": "Apple Public Source License 2.0",
    "Arphic-1999": "Arphic Public License",
    "Artistic-1.0": "Artistic License 1.0",
    "Artistic-1.0-cl8": "Artistic License 1.0 w/clause 8",
    "Artistic-1.0-Perl": "Artistic License 1.0 (Perl)",
    "Artistic-2.0": "Artistic License 2.0",
    "Artistic-dist": "Artistic License 1.0 (dist)",
    "Aspell-RU": "Aspell Russian License",
    "ASWF-Digital-Assets-1.0": "ASWF Digital Assets License version 1.0",
    "ASWF-Digital-Assets-1.1": "ASWF Digital Assets License 1.1",
    "atc-game": "atc Game License",
    Baekmuk: "Baekmuk License",
    Bahyph: "Bahyph License",
    Barr: "Barr License",
    "bcrypt-Solar-Designer": "bcrypt Solar Designer License",
    Beerware: "Beerware License",
    "Bitstream-Charter": "Bitstream Charter Font License",
    "Bitstream-Vera": "Bitstream Vera Font License",
    "BitTorrent-1.0": "BitTorrent Open Source License v1.0",
    "BitTorrent-1.1": "BitTorrent Open Source License v1.1",
    blessing: "SQLite Blessing",
    "BlueOak-1.0.0": "Blue Oak Model License 1.0.0",
    "Boehm-GC": "Boehm-Demers-Weiser GC License",
    "Boehm-GC-without-fee": "Boehm-Demers-Weiser GC License (without fee)",
    "BOLA-1.1": "Buena Onda License Agreement v1.1",
    Borceux: "Borceux license",
    "Brian-Gladman-2-Clause": "Brian Gladman 2-Clause License",
    "Brian-Gladman-3-Clause": "Brian Gladman 3-Clause License",
    "Brian-Gladman-3-Clause-no-conversion": "Brian Gladman 3-Clause License (no conversion clause)",
    "BSD-1-Clause": "BSD 1-Clause License",
    "BSD-2-Clause": 'BSD 2-Clause "Simplified" License',
    "BSD-2-Clause-Darwin": "BSD 2-Clause - Ian Darwin variant",
    "BSD-2-Clause-first-lines": "BSD 2-Clause - first lines requirement",
    "BSD-2-Clause-FreeBSD": "BSD 2-Clause FreeBSD License",
    "BSD-2-Clause-NetBSD": "BSD 2-Clause NetBSD License",
    "BSD-2-Clause-Patent": "BSD-2-Clause Plus Patent License",
    "BSD-2-Clause-pkgconf-disclaimer": "BSD 2-Clause pkgconf disclaimer variant",
    "BSD-2-Clause-pos-unchanged": "BSD 2-Clause - position unchanged variant",
    "BSD-2-Clause-Views": "BSD 2-Clause with views sentence",
    "BSD-3-Clause": 'BSD 3-Clause "New" or "Revised" License',
    "BSD-3-Clause-acpica": "BSD 3-Clause acpica variant",
    "BSD-3-Clause-Attribution": "BSD with attribution",
    "BSD-3-Clause-Clear": "BSD 3-Clause Clear License",
    "BSD-3-Clause-flex": "BSD 3-Clause Flex variant",
    "BSD-3-Clause-HP": "Hewlett-Packard BSD variant license",
    "BSD-3-Clause-LBNL": "Lawrence Berkeley National Labs BSD variant license",
    "BSD-3-Clause-Modification": "BSD 3-Clause Modification",
    "BSD-3-Clause-No-Military-License": "BSD 3-Clause No Military License",
    "BSD-3-Clause-No-Nuclear-License": "BSD 3-Clause No Nuclear License",
    "BSD-3-Clause-No-Nuclear-License-2014": "BSD 3-Clause No Nuclear License 2014",
    "BSD-3-Clause-No-Nuclear-Warranty": "BSD 3-Clause No Nuclear Warranty",
    "BSD-3-Clause-Open-MPI": "BSD 3-Clause Open MPI variant",
    "BSD-3-Clause-OpenWebUI": "BSD 3-Clause - OpenWebUI variant",
    "BSD-3-Clause-Sun": "BSD 3-Clause Sun Microsystems",
    "BSD-3-Clause-Tso": "BSD 3-Clause Tso variant",
    "BSD-4-Clause": 'BSD 4-Clause "Original" or "Old" License',
    "BSD-4-Clause-Shortened": "BSD 4 Clause Shortened",
    "BSD-4-Clause-UC": "BSD-4-Clause (University of California-Specific)",
    "BSD-4.3RENO": "BSD 4.3 RENO License",
    "BSD-4.3TAHOE": "BSD 4.3 TAHOE License",
    "BSD-Advertising-Acknowledgement": "BSD Advertising Acknowledgement License",
    "BSD-ask-to-endorse": "BSD - ask to endorse",
    "BSD-Attribution-HPND-disclaimer": "BSD with Attribution and HPND disclaimer",
    "BSD-Inferno-Nettverk": "BSD-Inferno-Nettverk",
    "BSD-Mark-Modifications": "BSD Mark Modifications License",
    "BSD-Protection": "BSD Protection License",
    "BSD-Source-alt-GPL": "BSD Source Code Attribution - GPL alternative",
    "BSD-Source-beginning-file": "BSD Source Code Attribution - beginning of file variant",
    "BSD-Source-Code": "BSD Source Code Attribution",
    "BSD-Source-Code-no-disclaimer": "BSD Source Code Attribution - no disclaimer",
    "BSD-Systemics": "Systemics BSD variant license",
    "BSD-Systemics-W3Works": "Systemics W3Works BSD variant license",
    "BSL-1.0": "Boost Software License 1.0",
    Buddy: "Buddy License",
    Bugroff: "Bugroff License",
    "BUSL-1.1": "Business Source License 1.1",
    "bzip2-1.0.5": "bzip2 and libbzip2 License v1.0.5",
    "bzip2-1.0.6": "bzip2 and libbzip2 License v1.0.6",
    "C-UDA-1.0": "Computational Use of Data Agreement v1.0",
    "CAL-1.0": "Cryptographic Autonomy License 1.0",
    "CAL-1.0-Combined-Work-Exception": "Cryptographic Autonomy License 1.0 (Combined Work Exception)",
    Caldera: "Caldera License",
    "Caldera-no-preamble": "Caldera License (without preamble)",
    "CAPEC-tou": "Common Attack    Pattern Enumeration and Classification License",
    Catharon: "Catharon License",
    "CATOSL-1.1": "Computer Associates Trusted Open Source License 1.1",
    "CC-BY-1.0": "Creative Commons Attribution 1.0 Generic",
    "CC-BY-2.0": "Creative Commons Attribution 2.0 Generic",
    "CC-BY-2.5": "Creative Commons Attribution 2.5 Generic",
    "CC-BY-2.5-AU": "Creative Commons Attribution 2.5 Australia",
    "CC-BY-3.0": "Creative Commons Attribution 3.0 Unported",
    "CC-BY-3.0-AT": "Creative Commons Attribution 3.0 Austria",
    "CC-BY-3.0-AU": "Creative Commons Attribution 3.0 Australia",
    "CC-BY-3.0-DE": "Creative Commons Attribution 3.0 Germany",
    "CC-BY-3.0-IGO": "Creative Commons Attribution 3.0 IGO",
    "CC-BY-3.0-NL": "Creative Commons Attribution 3.0 Netherlands",
    "CC-BY-3.0-US": "Creative Commons Attribution 3.0 United States",
    "CC-BY-4.0": "Creative Commons Attribution 4.0 International",
    "CC-BY-NC-1.0": "Creative Commons Attribution Non Commercial 1.0 Generic",
    "CC-BY-NC-2.0": "Creative Commons Attribution Non Commercial 2.0 Generic",
    "CC-BY-NC-2.5": "Creative Commons Attribution Non Commercial 2.5 Generic",
    "CC-BY-NC-3.0": "Creative Commons Attribution Non Commercial 3.0 Unported",
    "CC-BY-NC-3.0-DE": "Creative Commons Attribution Non Commercial 3.0 Germany",
    "CC-BY-NC-3.0-IGO": "Creative Commons Attribution Non Commercial 3.0 IGO",
    "CC-BY-NC-4.0": "Creative Commons Attribution Non Commercial 4.0 International",
    "CC-BY-NC-ND-1.0": "Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic",
    "CC-BY-NC-ND-2.0": "Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic",
    "CC-BY-NC-ND-2.5": "Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic",
    "CC-BY-NC-ND-3.0": "Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported",
    "CC-BY-NC-ND-3.0-DE": "Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany",
    "CC-BY-NC-ND-3.0-IGO": "Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO",
    "CC-BY-NC-ND-4.0": "Creative Commons Attribution Non Commercial No Derivatives 4.0 International",
    "CC-BY-NC-SA-1.0": "Creative Commons Attribution Non Commercial Share Alike 1.0 Generic",
    "CC-BY-NC-SA-2.0": "Creative Commons Attribution Non Commercial Share Alike 2.0 Generic",
    "CC-BY-NC-SA-2.0-DE": "Creative Commons Attribution Non Commercial Share Alike 2.0 Germany",
    "CC-BY-NC-SA-2.0-FR": "Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France",
    "CC-BY-NC-SA-2.0-UK": "Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales",
    "CC-BY-NC-SA-2.5": "Creative Commons Attribution Non Commercial Share Alike 2.5 Generic",
    "CC-BY-NC-SA-3.0": "Creative Commons Attribution Non Commercial Share Alike 3.0 Unported",
    "CC-BY-NC-SA-3.0-DE": "Creative Commons Attribution Non Commercial Share Alike 3.0 Germany",
    "CC-BY-NC-SA-3.0-IGO": "Creative Commons Attribution Non Commercial Share Alike 3.0 IGO",
    "CC-BY-NC-SA-4.0": "Creative Commons Attribution Non Commercial Share Alike 4.0 International",
    "CC-BY-ND-1.0": "Creative Commons Attribution No Derivatives 1.0 Generic",
    "CC-BY-ND-2.0": "Creative Commons Attribution No Derivatives 2.0 Generic",
    "CC-BY-ND-2.5": "Creative Commons Attribution No Derivatives 2.5 Generic",
    "CC-BY-ND-3.0": "Creative Commons Attribution No Derivatives 3.0 Unported",
    "CC-BY-ND-3.0-DE": "Creative Commons Attribution No Derivatives 3.0 Germany",
    "CC-BY-ND-4.0": "Creative Commons Attribution No Derivatives 4.0 International",
    "CC-BY-SA-1.0": "Creative Commons Attribution Share Alike 1.0 Generic",
    "CC-BY-SA-2.0": "Creative Commons Attribution Share Alike 2.0 Generic",
    "CC-BY-SA-2.0-UK": "Creative Commons Attribution Share Alike 2.0 England and Wales",
    "CC-BY-SA-2.1-JP": "Creative Commons Attribution Share Alike 2.1 Japan",
    "CC-BY-SA-2.5": "Creative Commons Attribution Share Alike 2.5 Generic",
    "CC-BY-SA-3.0": "Creative Commons Attribution Share Alike 3.0 Unported",
    "CC-BY-SA-3.0-AT": "Creative Commons Attribution Share Alike 3.0 Austria",
    "CC-BY-SA-3.0-DE": "Creative Commons Attribution Share Alike 3.0 Germany",
    "CC-BY-SA-3.0-IGO": "Creative Commons Attribution-ShareAlike 3.0 IGO",
    "CC-BY-SA-4.0": "Creative Commons Attribution Share Alike 4.0 International",
    "CC-PDDC": "Creative Commons Public Domain Dedication and Certification",
    "CC-PDM-1.0": "Creative    Commons Public Domain Mark 1.0 Universal",
    "CC-SA-1.0": "Creative Commons Share Alike 1.0 Generic",
    "CC0-1.0": "Creative Commons Zero v1.0 Universal",
    "CDDL-1.0": "Common Development and Distribution License 1.0",
    "CDDL-1.1": "Common Development and Distribution License 1.1",
    "CDL-1.0": "Common Documentation License 1.0",
    "CDLA-Permissive-1.0": "Community Data License Agreement Permissive 1.0",
    "CDLA-Permissive-2.0": "Community Data License Agreement Permissive 2.0",
    "CDLA-Sharing-1.0": "Community Data License Agreement Sharing 1.0",
    "CECILL-1.0": "CeCILL Free Software License Agreement v1.0",
    "CECILL-1.1": "CeCILL Free Software License Agreement v1.1",
    "CECILL-2.0": "CeCILL Free Software License Agreement v2.0",
    "CECILL-2.1": "CeCILL Free Software License Agreement v2.1",
    "CECILL-B": "CeCILL-B Free Software License Agreement",
    "CECILL-C": "CeCILL-C Free Software License Agreement",
    "CERN-OHL-1.1": "CERN Open Hardware Licence v1.1",
    "CERN-OHL-1.2": "CERN Open Hardware Licence v1.2",
    "CERN-OHL-P-2.0": "CERN Open Hardware Licence Version 2 - Permissive",
    "CERN-OHL-S-2.0": "CERN Open Hardware Licence Version 2 - Strongly Reciprocal",
    "CERN-OHL-W-2.0": "CERN Open Hardware Licence Version 2 - Weakly Reciprocal",
    CFITSIO: "CFITSIO License",
    "check-cvs": "check-cvs License",
    checkmk: "Checkmk License",
    ClArtistic: "Clarified Artistic License",
    Clips: "Clips License",
    "CMU-Mach": "CMU Mach License",
    "CMU-Mach-nodoc": "CMU    Mach - no notices-in-documentation variant",
    "CNRI-Jython": "CNRI Jython License",
    "CNRI-Python": "CNRI Python License",
    "CNRI-Python-GPL-Compatible": "CNRI Python Open Source GPL Compatible License Agreement",
    "COIL-1.0": "Copyfree Open Innovation License",
    "Community-Spec-1.0": "Community Specification License 1.0",
    "Condor-1.1": "Condor Public License v1.1",
    "copyleft-next-0.3.0": "copyleft-next 0.3.0",
    "copyleft-next-0.3.1": "copyleft-next 0.3.1",
    "Cornell-Lossless-JPEG": "Cornell Lossless JPEG License",
    "CPAL-1.0": "Common Public Attribution License 1.0",
    "CPL-1.0": "Common Public License 1.0",
    "CPOL-1.02": "Code Project Open License 1.02",
    Cronyx: "Cronyx License",
    Crossword: "Crossword License",
    CryptoSwift: "CryptoSwift License",
    CrystalStacker: "CrystalStacker License",
    "CUA-OPL-1.0": "CUA Office Public License v1.0",
    Cube: "Cube License",
    curl: "curl License",
    "cve-tou": "Common Vulnerability Enumeration ToU License",
    "D-FSL-1.0": "Deutsche Freie Software Lizenz",
    "DEC-3-Clause": "DEC 3-Clause License",
    diffmark: "diffmark license",
    "DL-DE-BY-2.0": "Data licence Germany – attribution – version 2.0",
    "DL-DE-ZERO-2.0": "Data licence Germany – zero – version 2.0",
    DOC: "DOC License",
    "DocBook-DTD": "DocBook DTD License",
    "DocBook-Schema": "DocBook Schema License",
    "DocBook-Stylesheet": "DocBook Stylesheet License",
    "DocBook-XML": "DocBook XML License",
    Dotseqn: "Dotseqn License",
    "DRL-1.0": "Detection Rule License 1.0",
    "DRL-1.1": "Detection Rule License 1.1",
    DSDP: "DSDP License",
    dtoa: "David M. Gay dtoa License",
    dvipdfm: "dvipdfm License",
    "ECL-1.0": "Educational Community License v1.0",
    "ECL-2.0": "Educational Community License v2.0",
    "eCos-2.0": "eCos license version 2.0",
    "EFL-1.0": "Eiffel Forum License v1.0",
    "EFL-2.0": "Eiffel Forum License v2.0",
    eGenix: "eGenix.com Public License 1.1.0",
    "Elastic-2.0": "Elastic License 2.0",
    Entessa: "Entessa Public License v1.0",
    EPICS: "EPICS Open License",
    "EPL-1.0": "Eclipse Public License 1.0",
    "EPL-2.0": "Eclipse Public License 2.0",
    "ErlPL-1.1": "Erlang Public License v1.1",
    "ESA-PL-permissive-2.4": "European Space Agency Public License – v2.4 – Permissive (Type 3)",
    "ESA-PL-strong-copyleft-2.4": "European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)",
    "ESA-PL-weak-copyleft-2.4": "European Space Agency Public License – v2.4 – Weak Copyleft (Type 2)",
    "etalab-2.0": "Etalab Open License 2.0",
    EUDatagrid: "EU DataGrid Software License",
    "EUPL-1.0": "European Union Public License 1.0",
    "EUPL-1.1": "European Union Public License 1.1",
    "EUPL-1.2": "European Union Public License 1.2",
    Eurosym: "Eurosym License",
    Fair: "Fair License",
    FBM: "Fuzzy Bitmap License",
    "FDK-AAC": "Fraunhofer FDK AAC Codec Library",
    "FDK-MPEG-H": "Fraunhofer FDK MPEG-H Software",
    "Ferguson-Twofish": "Ferguson Twofish License",
    "Frameworx-1.0": "Frameworx Open License 1.0",
    "FreeBSD-DOC": "FreeBSD Documentation License",
    FreeImage: "FreeImage Public License v1.0",
    FSFAP: "FSF All Permissive License",
    "FSFAP-no-warranty-disclaimer": "FSF All Permissive License (without Warranty)",
    FSFUL: "FSF Unlimited License",
    FSFULLR: "FSF Unlimited License (with License Retention)",
    FSFULLRSD: "FSF Unlimited License (with License Retention and Short Disclaimer)",
    FSFULLRWD: "FSF Unlimited License (With License Retention and Warranty Disclaimer)",
    "FSL-1.1-ALv2": "Functional Source License, Version 1.1, ALv2 Future License",
    "FSL-1.1-MIT": "Functional Source License, Version 1.1, MIT Future License",
    FTL: "Freetype Project License",
    Furuseth: "Furuseth License",
    fwlw: "fwlw License",
    "Game-Programming-Gems": "Game Programming Gems License",
    "GCR-docs": "Gnome GCR Documentation License",
    GD: "GD License",
    "generic-xts": "Generic XTS License",
    "GFDL-1.1": "GNU Free Documentation License v1.1",
    "GFDL-1.1-invariants-only": "GNU Free Documentation License v1.1 only - invariants",
    "GFDL-1.1-invariants-or-later": "GNU Free Documentation License v1.1 or later - invariants",
    "GFDL-1.1-no-invariants-only": "GNU Free Documentation License v1.1 only - no invariants",
    "GFDL-1.1-no-invariants-or-later": "GNU Free Documentation License v1.1 or later - no invariants",
    "GFDL-1.1-only": "GNU Free Documentation License v1.1 only",
    "GFDL-1.1-or-later": "GNU Free Documentation License v1.1 or later",
    "GFDL-1.2": "GNU Free Documentation License v1.2",
    "GFDL-1.2-invariants-only": "GNU Free Documentation License v1.2 only - invariants",
    "GFDL-1.2-invariants-or-later": "GNU Free Documentation License v1.2 or later - invariants",
    "GFDL-1.2-no-invariants-only": "GNU Free Documentation License v1.2 only - no invariants",
    "GFDL-1.2-no-invariants-or-later": "GNU Free Documentation License v1.2 or later - no invariants",
    "GFDL-1.2-only": "GNU Free Documentation License v1.2 only",
    "GFDL-1.2-or-later": "GNU Free Documentation License v1.2 or later",
    "GFDL-1.3": "GNU Free Documentation License v1.3",
    "GFDL-1.3-invariants-only": "GNU Free Documentation License v1.3 only - invariants",
    "GFDL-1.3-invariants-or-later": "GNU Free Documentation License v1.3 or later - invariants",
    "GFDL-1.3-no-invariants-only": "GNU Free Documentation License v1.3 only - no invariants",
    "GFDL-1.3-no-invariants-or-later": "GNU Free Documentation License v1.3 or later - no invariants",
    "GFDL-1.3-only": "GNU Free Documentation License v1.3 only",
    "GFDL-1.3-or-later": "GNU Free Documentation License v1.3 or later",
    Giftware: "Giftware License",
    GL2PS: "GL2PS License",
    Glide: "3dfx Glide License",
    Glulxe: "Glulxe License",
    GLWTPL: "Good Luck With That Public License",
    gnuplot: "gnuplot License",
    "GPL-1.0": "GNU General Public License v1.0 only",
    "GPL-1.0+": "GNU General Public License v1.0 or later",
    "GPL-1.0-only": "GNU General Public License v1.0 only",
    "GPL-1.0-or-later": "GNU General Public License v1.0 or later",
    "GPL-2.0": "GNU General Public License v2.0 only",
    "GPL-2.0+": "GNU General Public License v2.0 or later",
    "GPL-2.0-only": "GNU General Public License v2.0 only",
    "GPL-2.0-or-later": "GNU General Public License v2.0 or later",
    "GPL-2.0-with-autoconf-exception": "GNU General Public License v2.0 w/Autoconf exception",
    "GPL-2.0-with-bison-exception": "GNU General Public License v2.0 w/Bison exception",
    "GPL-2.0-with-classpath-exception": "GNU General Public License v2.0 w/Classpath exception",
    "GPL-2.0-with-font-exception": "GNU General Public License v2.0 w/Font exception",
    "GPL-2.0-with-GCC-exception": "GNU General Public License v2.0 w/GCC Runtime Library exception",
    "GPL-3.0": "GNU General Public License v3.0 only",
    "GPL-3.0+": "GNU General Public License v3.0 or later",
    "GPL-3.0-only": "GNU General Public License v3.0 only",
    "GPL-3.0-or-later": "GNU General Public License v3.0 or later",
    "GPL-3.0-with-autoconf-exception": "GNU General Public License v3.0 w/Autoconf exception",
    "GPL-3.0-with-GCC-exception": "GNU General Public License v3.0 w/GCC Runtime Library exception",
    "Graphics-Gems": "Graphics Gems License",
    "gSOAP-1.3b": "gSOAP Public License v1.3b",
    gtkbook: "gtkbook License",
    Gutmann: "Gutmann License",
    HaskellReport: "Haskell Language Report License",
    HDF5: "HDF5 License",
    hdparm: "hdparm License",
    HIDAPI: "HIDAPI License",
    "Hippocratic-2.1": "Hippocratic License 2.1",
    "Hippocratic-3.0-core": "Hippocratic License 3.0",
    "HP-1986": "Hewlett-Packard 1986 License",
    "HP-1989": "Hewlett-Packard 1989 License",
    HPND: "Historical Permission Notice and Disclaimer",
    "HPND-DEC": "Historical Permission Notice and Disclaimer - DEC variant",
    "HPND-doc": "Historical Permission Notice and Disclaimer - documentation variant",
    "HPND-doc-sell": "Historical Permission Notice and Disclaimer - documentation sell variant",
    "HPND-export-US": "HPND with US Government export control warning",
    "HPND-export-US-acknowledgement": "HPND with US Government export control warning and acknowledgment",
    "HPND-export-US-modify": "HPND with US Government export control warning and modification rqmt",
    "HPND-export2-US": "HPND with US Government export control and 2 disclaimers",
    "HPND-Fenneberg-Livingston": "Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant",
    "HPND-INRIA-IMAG": "Historical Permission Notice and Disclaimer    - INRIA-IMAG variant",
    "HPND-Intel": "Historical Permission Notice and Disclaimer - Intel variant",
    "HPND-Kevlin-Henney": "Historical Permission Notice and Disclaimer - Kevlin Henney variant",
    "HPND-Markus-Kuhn": "Historical Permission Notice and Disclaimer - Markus Kuhn variant",
    "HPND-merchantability-variant": "Historical Permission Notice and Disclaimer - merchantability variant",
    "HPND-MIT-disclaimer": "Historical Permission Notice and Disclaimer with MIT disclaimer",
    "HPND-Netrek": "Historical Permission Notice and Disclaimer - Netrek variant",
    "HPND-Pbmplus": "Historical Permission Notice and Disclaimer - Pbmplus variant",
    "HPND-sell-MIT-disclaimer-xserver": "Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer",
    "HPND-sell-regexpr": "Historical Permission Notice and Disclaimer - sell regexpr variant",
    "HPND-sell-variant": "Historical Permission Notice and Disclaimer - sell variant",
    "HPND-sell-variant-critical-systems": "HPND - sell variant with safety critical systems clause",
    "HPND-sell-variant-MIT-disclaimer": "HPND sell variant with MIT disclaimer",
    "HPND-sell-variant-MIT-disclaimer-rev": "HPND sell variant with MIT disclaimer - reverse",
    "HPND-SMC": "Historical Permission Notice and Disclaimer - SMC variant",
    "HPND-UC": "Historical Permission Notice and Disclaimer - University of California variant",
    "HPND-UC-export-US": "Historical Permission Notice and Disclaimer - University of California, US export warning",
    HTMLTIDY: "HTML Tidy License",
    "hyphen-bulgarian": "hyphen-bulgarian License",
    "IBM-pibs": "IBM PowerPC Initialization and Boot Software",
    ICU: "ICU License",
    "IEC-Code-Components-EULA": "IEC    Code Components End-user licence agreement",
    IJG: "Independent JPEG Group License",
    "IJG-short": "Independent JPEG Group License - short",
    ImageMagick: "ImageMagick License",
    iMatix: "iMatix Standard Function Library Agreement",
    Imlib2: "Imlib2 License",
    "Info-ZIP": "Info-ZIP License",
    Informatica: "Informatica License",
    "Inner-Net-2.0": "Inner Net License v2.0",
    InnoSetup: "Inno Setup License",
    Intel: "Intel Open Source License",
    "Intel-ACPI": "Intel ACPI Software License Agreement",
    "Interbase-1.0": "Interbase Public License v1.0",
    IPA: "IPA Font License",
    "IPL-1.0": "IBM Public License v1.0",
    ISC: "ISC License",
    "ISC-Veillard": "ISC Veillard variant",
    "ISO-permission": "ISO permission notice",
    Jam: "Jam License",
    "JasPer-2.0": "JasPer License",
    jove: "Jove License",
    "JPL-image": "JPL Image Use Policy",
    JPNIC: "Japan Network Information Center License",
    JSON: "JSON License",
    Kastrup: "Kastrup License",
    Kazlib: "Kazlib License",
    "Knuth-CTAN": "Knuth CTAN License",
    "LAL-1.2": "Licence Art Libre 1.2",
    "LAL-1.3": "Licence Art Libre 1.3",
    Latex2e: "Latex2e License",
    "Latex2e-translated-notice": "Latex2e with translated notice permission",
    Leptonica: "Leptonica License",
    "LGPL-2.0": "GNU Library General Public License v2 only",
    "LGPL-2.0+": "GNU Library General Public License v2 or later",
    "LGPL-2.0-only": "GNU Library General Public License v2 only",
    "LGPL-2.0-or-later": "GNU Library General Public License v2 or later",
    "LGPL-2.1": "GNU Lesser General Public License v2.1 only",
    "LGPL-2.1+": "GNU Lesser General Public License v2.1 or later",
    "LGPL-2.1-only": "GNU Lesser General Public License v2.1 only",
    "LGPL-2.1-or-later": "GNU Lesser General Public License v2.1 or later",
    "LGPL-3.0": "GNU Lesser General Public License v3.0 only",
    "LGPL-3.0+": "GNU Lesser General Public License v3.0 or later",
    "LGPL-3.0-only": "GNU Lesser General Public License v3.0 only",
    "LGPL-3.0-or-later": "GNU Lesser General Public License v3.0 or later",
    LGPLLR: "Lesser General Public License For Linguistic Resources",
    Libpng: "libpng License",
    "libpng-1.6.35": "PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)",
    "libpng-2.0": "PNG Reference Library version 2",
    "libselinux-1.0": "libselinux public domain notice",
    libtiff: "libtiff License",
    "libutil-David-Nugent": "libutil David Nugent License",
    "LiLiQ-P-1.1": "Licence Libre du Québec – Permissive version 1.1",
    "LiLiQ-R-1.1": "Licence Libre du Québec – Réciprocité version 1.1",
    "LiLiQ-Rplus-1.1": "Licence Libre du Québec – Réciprocité forte version 1.1",
    "Linux-man-pages-1-para": "Linux man-pages - 1 paragraph",
    "Linux-man-pages-copyleft": "Linux man-pages Copyleft",
    "Linux-man-pages-copyleft-2-para": "Linux man-pages Copyleft - 2 paragraphs",
    "Linux-man-pages-copyleft-var": "Linux man-pages Copyleft Variant",
    "Linux-OpenIB": "Linux Kernel Variant of OpenIB.org license",
    LOOP: "Common Lisp LOOP License",
    "LPD-document": "LPD Documentation License",
    "LPL-1.0": "Lucent Public License Version 1.0",
    "LPL-1.02": "Lucent Public License v1.02",
    "LPPL-1.0": "LaTeX Project Public License v1.0",
    "LPPL-1.1": "LaTeX Project Public License v1.1",
    "LPPL-1.2": "LaTeX Project Public License v1.2",
    "LPPL-1.3a": "LaTeX Project Public License v1.3a",
    "LPPL-1.3c": "LaTeX Project Public License v1.3c",
    lsof: "lsof License",
    "Lucida-Bitmap-Fonts": "Lucida Bitmap Fonts License",
    "LZMA-SDK-9.11-to-9.20": "LZMA SDK License (versions 9.11 to 9.20)",
    "LZMA-SDK-9.22": "LZMA SDK License (versions 9.22 and beyond)",
    "Mackerras-3-Clause": "Mackerras 3-Clause License",
    "Mackerras-3-Clause-acknowledgment": "Mackerras 3-Clause - acknowledgment variant",
    magaz: "magaz License",
    mailprio: "mailprio License",
    MakeIndex: "MakeIndex License",
    man2html: "man2html License",
    "Martin-Birgmeier": "Martin Birgmeier License",
    "McPhee-slideshow": "McPhee Slideshow License",
    metamail: "metamail License",
    Minpack: "Minpack License",
    MIPS: "MIPS License",
    MirOS: "The MirOS Licence",
    MIT: "MIT License",
    "MIT-0": "MIT No Attribution",
    "MIT-advertising": "Enlightenment License (e16)",
    "MIT-Click": "MIT Click License",
    "MIT-CMU": "CMU License",
    "MIT-enna": "enna License",
    "MIT-feh": "feh License",
    "MIT-Festival": "MIT Festival Variant",
    "MIT-Khronos-old": "MIT Khronos - old variant",
    "MIT-Modern-Variant": "MIT License Modern Variant",
    "MIT-open-group": "MIT Open Group variant",
    "MIT-STK": "MIT-STK License",
    "MIT-testregex": "MIT testregex Variant",
    "MIT-Wu": "MIT Tom Wu Variant",
    MITNFA: "MIT +no-false-attribs license",
    MMIXware: "MMIXware License",
    "MMPL-1.0.1": "Minecraft Mod Public License v1.0.1",
    Motosoto: "Motosoto License",
    "MPEG-SSG": "MPEG Software Simulation",
    "mpi-permissive": "mpi Permissive License",
    mpich2: "mpich2 License",
    "MPL-1.0": "Mozilla Public License 1.0",
    "MPL-1.1": "Mozilla Public License 1.1",
    "MPL-2.0": "Mozilla Public License 2.0",
    "MPL-2.0-no-copyleft-exception": "Mozilla Public License 2.0 (no copyleft exception)",
    mplus: "mplus Font License",
    "MS-LPL": "Microsoft Limited Public License",
    "MS-PL": "Microsoft Public License",
    "MS-RL": "Microsoft Reciprocal License",
    MTLL: "Matrix Template Library License",
    "MulanPSL-1.0": "Mulan Permissive Software License, Version 1",
    "MulanPSL-2.0": "Mulan Permissive Software License, Version 2",
    Multics: "Multics License",
    Mup: "Mup License",
    "MVT-1.1": "MVT License 1.1",
    "NAIST-2003": "Nara Institute of Science and Technology License (2003)",
    "NASA-1.3": "NASA Open Source Agreement 1.3",
    Naumen: "Naumen Public License",
    "NBPL-1.0": "Net Boolean Public License v1",
    "NCBI-PD": "NCBI Public Domain Notice",
    "NCGL-UK-2.0": "Non-Commercial Government Licence",
    NCL: "NCL Source Code License",
    NCSA: "University of Illinois/NCSA Open Source License",
    "Net-SNMP": "Net-SNMP License",
    NetCDF: "NetCDF license",
    Newsletr: "Newsletr License",
    NGPL: "Nethack General Public License",
    ngrep: "ngrep License",
    "NICTA-1.0": "NICTA Public Software License, Version 1.0",
    "NIST-PD": "NIST Public Domain Notice",
    "NIST-PD-fallback": "NIST Public Domain Notice with license fallback",
    "NIST-PD-TNT": "NIST    Public Domain Notice TNT variant",
    "NIST-Software": "NIST Software License",
    "NLOD-1.0": "Norwegian Licence for Open Government Data (NLOD) 1.0",
    "NLOD-2.0": "Norwegian Licence for Open Government Data (NLOD) 2.0",
    NLPL: "No Limit Public License",
    Nokia: "Nokia Open Source License",
    NOSL: "Netizen Open Source License",
    Noweb: "Noweb License",
    "NPL-1.0": "Netscape Public License v1.0",
    "NPL-1.1": "Netscape Public License v1.1",
    "NPOSL-3.0": "Non-Profit Open Software License 3.0",
    NRL: "NRL License",
    "NTIA-PD": "NTIA Public Domain Notice",
    NTP: "NTP License",
    "NTP-0": "NTP No Attribution",
    Nunit: "Nunit License",
    "O-UDA-1.0": "Open Use of Data Agreement v1.0",
    OAR: "OAR License",
    "OCCT-PL": "Open CASCADE Technology Public License",
    "OCLC-2.0": "OCLC Research Public License 2.0",
    "ODbL-1.0": "Open Data Commons Open Database License v1.0",
    "ODC-By-1.0": "Open Data Commons Attribution License v1.0",
    OFFIS: "OFFIS License",
    "OFL-1.0": "SIL Open Font License 1.0",
    "OFL-1.0-no-RFN": "SIL Open Font License 1.0 with no Reserved Font Name",
    "OFL-1.0-RFN": "SIL Open Font License 1.0 with Reserved Font Name",
    "OFL-1.1": "SIL Open Font License 1.1",
    "OFL-1.1-no-RFN": "SIL Open Font License 1.1 with no Reserved Font Name",
    "OFL-1.1-RFN": "SIL Open Font License 1.1 with Reserved Font Name",
    "OGC-1.0": "OGC Software License, Version 1.0",
    "OGDL-Taiwan-1.0": "Taiwan Open Government Data License, version 1.0",
    "OGL-Canada-2.0": "Open Government Licence - Canada",
    "OGL-UK-1.0": "Open Government Licence v1.0",
    "OGL-UK-2.0": "Open Government Licence v2.0",
    "OGL-UK-3.0": "Open Government Licence v3.0",
    OGTSL: "Open Group Test Suite License",
    "OLDAP-1.1": "Open LDAP Public License v1.1",
    "OLDAP-1.2": "Open LDAP Public License v1.2",
    "OLDAP-1.3": "Open LDAP Public License v1.3",
    "OLDAP-1.4": "Open LDAP Public License v1.4",
    "OLDAP-2.0": "Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)",
    "OLDAP-2.0.1": "Open LDAP Public License v2.0.1",
    "OLDAP-2.1": "Open LDAP Public License v2.1",
    "OLDAP-2.2": "Open LDAP Public License v2.2",
    "OLDAP-2.2.1": "Open LDAP Public License v2.2.1",
    "OLDAP-2.2.2": "Open LDAP Public License 2.2.2",
    "OLDAP-2.3": "Open LDAP Public License v2.3",
    "OLDAP-2.4": "Open LDAP Public License v2.4",
    "OLDAP-2.5": "Open LDAP Public License v2.5",
    "OLDAP-2.6": "Open LDAP Public License v2.6",
    "OLDAP-2.7": "Open LDAP Public License v2.7",
    "OLDAP-2.8": "Open LDAP Public License v2.8",
    "OLFL-1.3": "Open Logistics Foundation License Version 1.3",
    OML: "Open Market License",
    "OpenMDW-1.0": "OpenMDW License Agreement v1.0",
    "OpenPBS-2.3": "OpenPBS v2.3 Software License",
    OpenSSL: "OpenSSL License",
    "OpenSSL-standalone": "OpenSSL License - standalone",
    OpenVision: "OpenVision License",
    "OPL-1.0": "Open Public License v1.0",
    "OPL-UK-3.0": "United    Kingdom Open Parliament Licence v3.0",
    "OPUBL-1.0": "Open Publication License v1.0",
    "OSC-1.0": "OSC License 1.0",
    "OSET-PL-2.1": "OSET Public License version 2.1",
    "OSL-1.0": "Open Software License 1.0",
    "OSL-1.1": "Open Software License 1.1",
    "OSL-2.0": "Open Software License 2.0",
    "OSL-2.1": "Open Software License 2.1",
    "OSL-3.0": "Open Software License 3.0",
    OSSP: "OSSP License",
    PADL: "PADL License",
    "ParaType-Free-Font-1.3": "ParaType Free Font Licensing Agreement v1.3",
    "Parity-6.0.0": "The Parity Public License 6.0.0",
    "Parity-7.0.0": "The Parity Public License 7.0.0",
    "PDDL-1.0": "Open Data Commons Public Domain Dedication & License 1.0",
    "PHP-3.0": "PHP License v3.0",
    "PHP-3.01": "PHP License v3.01",
    Pixar: "Pixar License",
    pkgconf: "pkgconf License",
    Plexus: "Plexus Classworlds License",
    pnmstitch: "pnmstitch License",
    "PolyForm-Noncommercial-1.0.0": "PolyForm Noncommercial License 1.0.0",
    "PolyForm-Small-Business-1.0.0": "PolyForm Small Business License 1.0.0",
    PostgreSQL: "PostgreSQL License",
    PPL: "Peer Production License",
    "PSF-2.0": "Python Software Foundation License 2.0",
    psfrag: "psfrag License",
    psutils: "psutils License",
    "Python-2.0": "Python License 2.0",
    "Python-2.0.1": "Python License 2.0.1",
    "python-ldap": "Python ldap License",
    Qhull: "Qhull License",
    "QPL-1.0": "Q Public License 1.0",
    "QPL-1.0-INRIA-2004": "Q Public License 1.0 - INRIA 2004 variant",
    radvd: "radvd License",
    Rdisc: "Rdisc License",
    "RHeCos-1.1": "Red Hat eCos Public License v1.1",
    "RPL-1.1": "Reciprocal Public License 1.1",
    "RPL-1.5": "Reciprocal Public License 1.5",
    "RPSL-1.0": "RealNetworks Public Source License v1.0",
    "RSA-MD": "RSA Message-Digest License",
    RSCPL: "Ricoh Source Code Public License",
    Ruby: "Ruby License",
    "Ruby-pty": "Ruby pty extension license",
    "SAX-PD": "Sax Public Domain Notice",
    "SAX-PD-2.0": "Sax Public Domain Notice 2.0",
    Saxpath: "Saxpath License",
    SCEA: "SCEA Shared Source License",
    SchemeReport: "Scheme Language Report License",
    Sendmail: "Sendmail License",
    "Sendmail-8.23": "Sendmail License 8.23",
    "Sendmail-Open-Source-1.1": "Sendmail Open Source License v1.1",
    "SGI-B-1.0": "SGI Free Software License B v1.0",
    "SGI-B-1.1": "SGI Free Software License B v1.1",
    "SGI-B-2.0": "SGI Free Software License B v2.0",
    "SGI-OpenGL": "SGI OpenGL License",
    "SGMLUG-PM": "SGMLUG Parser Materials License",
    SGP4: "SGP4 Permission Notice",
    "SHL-0.5": "Solderpad Hardware License v0.5",
    "SHL-0.51": "Solderpad Hardware License, Version 0.51",
    "SimPL-2.0": "Simple Public License 2.0",
    SISSL: "Sun Industry Standards Source License v1.1",
    "SISSL-1.2": "Sun Industry Standards Source License v1.2",
    SL: "SL License",
    Sleepycat: "Sleepycat License",
    "SMAIL-GPL": "SMAIL General Public License",
    SMLNJ: "Standard ML of New Jersey License",
    SMPPL: "Secure Messaging Protocol Public License",
    SNIA: "SNIA Public License 1.1",
    snprintf: "snprintf License",
    SOFA: "SOFA Software License",
    softSurfer: "softSurfer License",
    Soundex: "Soundex License",
    "Spencer-86": "Spencer License 86",
    "Spencer-94": "Spencer License 94",
    "Spencer-99": "Spencer License 99",
    "SPL-1.0": "Sun Public License v1.0",
    "ssh-keyscan": "ssh-keyscan License",
    "SSH-OpenSSH": "SSH OpenSSH license",
    "SSH-short": "SSH short notice",
    "SSLeay-standalone": "SSLeay License - standalone",
    "SSPL-1.0": "Server Side Public License, v 1",
    "StandardML-NJ": "Standard ML of New Jersey License",
    "SugarCRM-1.1.3": "SugarCRM Public License v1.1.3",
    "SUL-1.0": "Sustainable Use License v1.0",
    "Sun-PPP": "Sun PPP License",
    "Sun-PPP-2000": "Sun PPP License (2000)",
    SunPro: "SunPro License",
    SWL: "Scheme Widget Library (SWL) Software License Agreement",
    swrule: "swrule License",
    Symlinks: "Symlinks License",
    "TAPR-OHL-1.0": "TAPR Open Hardware License v1.0",
    TCL: "TCL/TK License",
    "TCP-wrappers": "TCP Wrappers License",
    TekHVC: "TekHVC License",
    TermReadKey: "TermReadKey License",
    "TGPPL-1.0": "Transitive Grace Period Public Licence 1.0",
    ThirdEye: "ThirdEye License",
    threeparttable: "threeparttable License",
    TMate: "TMate Open Source License",
    "TORQUE-1.1": "TORQUE v2.5+ Software License v1.1",
    TOSL: "Trusster Open Source License",
    TPDL: "Time::ParseDate License",
    "TPL-1.0": "THOR Public License 1.0",
    TrustedQSL: "TrustedQSL License",
    TTWL: "Text-Tabs+Wrap License",
    TTYP0: "TTYP0 License",
    "TU-Berlin-1.0": "Technische Universitaet Berlin License 1.0",
    "TU-Berlin-2.0": "Technische Universitaet Berlin License 2.0",
    "Ubuntu-font-1.0": "Ubuntu Font Licence v1.0",
    UCAR: "UCAR License",
    "UCL-1.0": "Upstream Compatibility License v1.0",
    ulem: "ulem License",
    "UMich-Merit": "Michigan/Merit Networks License",
    "Unicode-3.0": "Unicode License v3",
    "Unicode-DFS-2015": "Unicode License Agreement - Data Files and Software (2015)",
    "Unicode-DFS-2016": "Unicode License Agreement - Data Files and Software (2016)",
    "Unicode-TOU": "Unicode Terms of Use",
    UnixCrypt: "UnixCrypt License",
    Unlicense: "The Unlicense",
    "Unlicense-libtelnet": "Unlicense - libtelnet variant",
    "Unlicense-libwhirlpool": "Unlicense - libwhirlpool variant",
    UnRAR: "UnRAR License",
    "UPL-1.0": "Universal Permissive License v1.0",
    "URT-RLE": "Utah Raster Toolkit Run Length Encoded License",
    Vim: "Vim License",
    "Vixie-Cron": "Vixie Cron License",
    VOSTROM: "VOSTROM Public License for Open Source",
    "VSL-1.0": "Vovida Software License v1.0",
    W3C: "W3C Software Notice and License (2002-12-31)",
    "W3C-19980720": "W3C Software Notice and License (1998-07-20)",
    "W3C-20150513": "W3C Software Notice and Document License (2015-05-13)",
    w3m: "w3m License",
    "Watcom-1.0": "Sybase Open Watcom Public License 1.0",
    "Widget-Workshop": "Widget Workshop License",
    WordNet: "WordNet License",
    Wsuipa: "Wsuipa License",
    WTFNMFPL: "Do What The F*ck You Want To But It's Not My Fault Public License",
    WTFPL: "Do What The F*ck You Want To Public License",
    wwl: "WWL License",
    wxWindows: "wxWindows Library License",
    X11: "X11 License",
    "X11-distribute-modifications-variant": "X11 License Distribution Modification Variant",
    "X11-no-permit-persons": "X11 no permit persons clause",
    "X11-swapped": "X11 swapped final paragraphs",
    "Xdebug-1.03": "Xdebug License v 1.03",
    Xerox: "Xerox License",
    Xfig: "Xfig License",
    "XFree86-1.1": "XFree86 License 1.1",
    xinetd: "xinetd License",
    "xkeyboard-config-Zinoviev": "xkeyboard-config Zinoviev License",
    xlock: "xlock License",
    Xnet: "X.Net License",
    xpp: "XPP License",
    XSkat: "XSkat License",
    xzoom: "xzoom License",
    "YPL-1.0": "Yahoo! Public License v1.0",
    "YPL-1.1": "Yahoo! Public License v1.1",
    Zed: "Zed License",
    Zeeff: "Zeeff License",
    "Zend-2.0": "Zend License v2.0",
    "Zimbra-1.3": "Zimbra Public License v1.3",
    "Zimbra-1.4": "Zimbra Public License v1.4",
    Zlib: "zlib License",
    "zlib-acknowledgement": "zlib/libpng License with Acknowledgement",
    "ZPL-1.1": "Zope Public License 1.1",
    "ZPL-2.0": "Zope Public License 2.0",
    "ZPL-2.1": "Zope Public License 2.1",
    "389-exception": "389 Directory Server Exception",
    "Asterisk-exception": "Asterisk exception",
    "Asterisk-linking-protocols-exception": "Asterisk linking protocols exception",
    "Autoconf-exception-2.0": "Autoconf exception 2.0",
    "Autoconf-exception-3.0": "Autoconf exception 3.0",
    "Autoconf-exception-generic": "Autoconf generic exception",
    "Autoconf-exception-generic-3.0": "Autoconf generic exception for GPL-3.0",
    "Autoconf-exception-macro": "Autoconf macro exception",
    "Bison-exception-1.24": "Bison exception 1.24",
    "Bison-exception-2.2": "Bison exception 2.2",
    "Bootloader-exception": "Bootloader Distribution Exception",
    "CGAL-linking-exception": "CGAL Linking Exception",
    "Classpath-exception-2.0": "Classpath exception 2.0",
    "Classpath-exception-2.0-short": "Classpath exception 2.0 - short",
    "CLISP-exception-2.0": "CLISP exception 2.0",
    "cryptsetup-OpenSSL-exception": "cryptsetup OpenSSL exception",
    "Digia-Qt-LGPL-exception-1.1": "Digia Qt LGPL Exception version 1.1",
    "DigiRule-FOSS-exception": "DigiRule FOSS License Exception",
    "eCos-exception-2.0": "eCos exception 2.0",
    "erlang-otp-linking-exception": "Erlang/OTP Linking Exception",
    "Fawkes-Runtime-exception": "Fawkes Runtime Exception",
    "FLTK-exception": "FLTK exception",
    "fmt-exception": "fmt exception",
    "Font-exception-2.0": "Font exception 2.0",
    "freertos-exception-2.0": "FreeRTOS Exception 2.0",
    "GCC-exception-2.0": "GCC Runtime Library exception 2.0",
    "GCC-exception-2.0-note": "GCC    Runtime Library exception 2.0 - note variant",
    "GCC-exception-3.1": "GCC Runtime Library exception 3.1",
    "Gmsh-exception": "Gmsh exception",
    "GNAT-exception": "GNAT exception",
    "GNOME-examples-exception": "GNOME examples exception",
    "GNU-compiler-exception": "GNU Compiler Exception",
    "gnu-javamail-exception": "GNU JavaMail exception",
    "Google-Patent-WebM": "Google Additional IP Rights Grant (Patents) - WebM",
    "GPL-3.0-389-ds-base-exception": "GPL-3.0 389 DS Base Exception",
    "GPL-3.0-interface-exception": "GPL-3.0 Interface Exception",
    "GPL-3.0-linking-exception": "GPL-3.0 Linking Exception",
    "GPL-3.0-linking-source-exception": "GPL-3.0 Linking Exception (with Corresponding Source)",
    "GPL-CC-1.0": "GPL Cooperation Commitment 1.0",
    "GStreamer-exception-2005": "GStreamer Exception (2005)",
    "GStreamer-exception-2008": "GStreamer Exception (2008)",
    "harbour-exception": "harbour exception",
    "i2p-gpl-java-exception": "i2p GPL+Java Exception",
    "Independent-modules-exception": "Independent Module Linking exception",
    "KiCad-libraries-exception": "KiCad Libraries Exception",
    "kvirc-openssl-exception": "kvirc OpenSSL Exception",
    "LGPL-3.0-linking-exception": "LGPL-3.0 Linking Exception",
    "libpri-OpenH323-exception": "libpri OpenH323 exception",
    "Libtool-exception": "Libtool Exception",
    "Linux-syscall-note": "Linux Syscall Note",
    LLGPL: "LLGPL Preamble",
    "LLVM-exception": "LLVM Exception",
    "LZMA-exception": "LZMA exception",
    "mif-exception": "Macros and Inline Functions Exception",
    "mxml-exception": "mxml Exception",
    "Nokia-Qt-exception-1.1": "Nokia Qt LGPL exception 1.1",
    "OCaml-LGPL-linking-exception": "OCaml LGPL Linking Exception",
    "OCCT-exception-1.0": "Open CASCADE Exception 1.0",
    "OpenJDK-assembly-exception-1.0": "OpenJDK Assembly exception 1.0",
    "openvpn-openssl-exception": "OpenVPN OpenSSL Exception",
    "PCRE2-exception": "PCRE2 exception",
    "polyparse-exception": "Polyparse Exception",
    "PS-or-PDF-font-exception-20170817": "PS/PDF font exception (2017-08-17)",
    "QPL-1.0-INRIA-2004-exception": "INRIA QPL 1.0 2004 variant exception",
    "Qt-GPL-exception-1.0": "Qt GPL exception 1.0",
    "Qt-LGPL-exception-1.1": "Qt LGPL exception 1.1",
    "Qwt-exception-1.0": "Qwt exception 1.0",
    "romic-exception": "Romic Exception",
    "RRDtool-FLOSS-exception-2.0": "RRDtool FLOSS exception 2.0",
    "rsync-linking-exception": "rsync Linking Exception",
    "SANE-exception": "SANE Exception",
    "SHL-2.0": "Solderpad Hardware License v2.0",
    "SHL-2.1": "Solderpad Hardware License v2.1",
    "Simple-Library-Usage-exception": "Simple Library Usage Exception",
    "Spelling-Provider-LGPL-exception": "Spelling Provider LGPL exception",
    "sqlitestudio-OpenSSL-exception": "sqlitestudio OpenSSL exception",
    "stunnel-exception": "stunnel Exception",
    "SWI-exception": "SWI exception",
    "Swift-exception": "Swift Exception",
    "Texinfo-exception": "Texinfo exception",
    "u-boot-exception-2.0": "U-Boot exception 2.0",
    "UBDL-exception": "Unmodified Binary Distribution exception",
    "Universal-FOSS-exception-1.0": "Universal FOSS Exception, Version 1.0",
    "vsftpd-openssl-exception": "vsftpd OpenSSL exception",
    "WxWindows-exception-3.1": "WxWindows Library Exception 3.1",
    "x11vnc-openssl-exception": "x11vnc OpenSSL Exception"
  }
};

// src/formats/cyclonedx-schemas.ts
var SUPPORTED_VERSIONS = ["1.6", "1.7"];
var cache = /* @__PURE__ */ new Map();
var ajv;
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
function cycloneDxValidator(version) {
  const hit = cache.get(version);
  if (hit) return hit;
  if (!ajv) {
    ajv = new import_ajv.Ajv({
      strict: false,
      allErrors: false,
      useDefaults: false,
      addUsedSchema: false,
      schemas: {
        "http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json": spdx_SNAPSHOT_schema_default,
        "http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json": jsf_0_82_SNAPSHOT_schema_default,
        "http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json": cryptography_defs_SNAPSHOT_schema_default
      }
    });
    addFormats(ajv);
    ajv.addFormat("iri-reference", true);
    ajv.addFormat("idn-email", /^[^\s@]+@[^\s@]+$/u);
  }
  const fn = ajv.compile(version === "1.6" ? bom_1_6_SNAPSHOT_schema_default : bom_1_7_SNAPSHOT_schema_default);
  cache.set(version, fn);
  return fn;
}

// src/formats/cyclonedx.ts
var MAX_SCHEMA_FINDINGS = 10;
function hasModelComponent(bom) {
  const stack = [own(own(bom, "metadata"), "component"), own(bom, "components")];
  let budget = 1e5;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (isRecord(v)) {
      if (v.type === "machine-learning-model") return true;
      stack.push(own(v, "components"));
    }
  }
  return false;
}
function loadCycloneDx(file, bytes) {
  if (bytes.byteLength > MAX_FORMAT_BYTES)
    return {
      ok: false,
      problems: [{ kind: "too-large", message: `the BOM is over ${MAX_FORMAT_BYTES} bytes`, file }]
    };
  const text = decodeText(bytes);
  try {
    JSON.parse(text);
  } catch (e) {
    const { line, column, message } = jsonErrorPosition(text, e);
    return {
      ok: false,
      problems: [
        {
          kind: "parse-error",
          message: `the BOM is not valid JSON: ${message}`,
          file,
          line,
          column
        }
      ]
    };
  }
  const parsed = parseDocument(text, file, { maxNodes: 1e6 });
  if (!parsed.ok)
    return {
      ok: false,
      problems: [
        {
          kind: "parse-error",
          message: `the BOM cannot be read: ${parsed.message}`,
          file,
          line: parsed.line,
          column: parsed.column
        }
      ]
    };
  const bom = parsed.value;
  const source = parsed.source;
  const at = (path) => source.locate(path);
  if (!isRecord(bom) || bom.bomFormat !== "CycloneDX")
    return {
      ok: false,
      problems: [
        {
          kind: "schema",
          message: "the file is not a CycloneDX BOM (bomFormat: CycloneDX)",
          file,
          ...at([])
        }
      ]
    };
  if (!hasModelComponent(bom))
    return {
      ok: true,
      models: [],
      problems: [
        {
          kind: "not-a-model",
          message: "the BOM has no machine-learning-model component, so it declares no model; it is not read as a model declaration",
          file,
          ...at([])
        }
      ]
    };
  const version = bom.specVersion;
  if (typeof version !== "string" || !SUPPORTED_VERSIONS.includes(version))
    return {
      ok: false,
      problems: [
        {
          kind: "schema",
          message: `CycloneDX specVersion ${quote(version)} is not read; model-gate reads ML-BOMs of CycloneDX ${SUPPORTED_VERSIONS.join(" and ")}`,
          file,
          ...at(["specVersion"])
        }
      ]
    };
  const validate = cycloneDxValidator(version);
  if (!validate(bom)) {
    const problems = (validate.errors ?? []).slice(0, MAX_SCHEMA_FINDINGS).map((e) => {
      const path = pointerToPath(e.instancePath);
      return {
        kind: "schema",
        message: `the BOM does not match the CycloneDX ${version} schema at ${e.instancePath || "/"}: ${e.message ?? "invalid"}`,
        file,
        ...at(path)
      };
    });
    const read = new BomReader(file, bom, source).read();
    if (read.ok) problems.push(...read.problems.filter((f) => f.kind === "missing-digest"));
    return { ok: false, problems };
  }
  return new BomReader(file, bom, source).read();
}
function jsonErrorPosition(text, e) {
  const raw = e instanceof Error ? e.message : String(e);
  const message = raw.replace(/, "[\s\S]*$/, "").replace(/\s*\(line \d+ column \d+\)/, "");
  const lc = /line (\d+) column (\d+)/.exec(raw);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]), message };
  const pos = /at position (\d+)/.exec(raw);
  const offset = pos ? Number(pos[1]) : /Unexpected end of JSON input/.test(raw) ? text.length : -1;
  if (offset < 0) return { line: 1, column: 1, message };
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n"), message };
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s);
}
var BomReader = class {
  constructor(file, bom, source) {
    this.file = file;
    this.bom = bom;
    this.source = source;
  }
  file;
  bom;
  source;
  problems = [];
  /** bom-ref -> component (any depth) or data entry, for dataset refs. */
  refs = /* @__PURE__ */ new Map();
  components = [];
  read() {
    const meta = own(own(this.bom, "metadata"), "component");
    if (isRecord(meta)) this.collect(meta, ["metadata", "component"]);
    const list = own(this.bom, "components");
    if (Array.isArray(list))
      list.forEach((c, i) => {
        if (isRecord(c)) this.collect(c, ["components", i]);
      });
    const models = this.components.filter((c) => c.value.type === "machine-learning-model").map((c) => this.model(c));
    if (models.length > 0) for (const c of this.components) this.propertyNames(c);
    return { ok: true, models, problems: this.problems };
  }
  /** A `model-gate:*` property the gate does not read is a typo until proven otherwise. */
  propertyNames({ value: c, path }) {
    const list = own(c, "properties");
    if (!Array.isArray(list)) return;
    const isModel = c.type === "machine-learning-model";
    const allowed = isModel ? MODEL_PROPERTIES : DATA_PROPERTIES;
    const name = isModel ? sanitiseName(String(own(c, "name") ?? "model")) : void 0;
    list.forEach((p, i) => {
      const prop = own(p, "name");
      if (typeof prop !== "string" || !prop.toLowerCase().startsWith("model-gate:") || allowed.includes(prop))
        return;
      const near = closest(prop, [...MODEL_PROPERTIES, ...DATA_PROPERTIES]);
      const hint = near && !allowed.includes(near) ? ` (${near} belongs on a ${isModel ? "data" : "machine-learning-model"} component)` : near ? ` (did you mean ${near}?)` : "";
      this.push(
        "schema",
        `the property ${quote(prop)} is not one model-gate reads${hint}; on a ${isModel ? "machine-learning-model" : "data"} component they are ${allowed.join(", ")}`,
        [...path, "properties", i, "name"],
        name
      );
    });
  }
  collect(c, path) {
    this.components.push({ value: c, path });
    const ref = str(own(c, "bom-ref"));
    if (ref) this.refs.set(ref, { value: c, path });
    const data = own(c, "data");
    if (Array.isArray(data))
      data.forEach((d, i) => {
        const dref = str(own(d, "bom-ref"));
        if (dref && isRecord(d)) this.refs.set(dref, { value: d, path: [...path, "data", i] });
      });
    const nested = own(c, "components");
    if (Array.isArray(nested))
      nested.forEach((n, i) => {
        if (isRecord(n)) this.collect(n, [...path, "components", i]);
      });
  }
  push(kind, message, at, model, severity) {
    const f = { kind, message, file: this.file, ...this.source.locate(at) };
    if (model) f.model = model;
    if (severity) f.severity = severity;
    this.problems.push(f);
  }
  model({ value: c, path }) {
    const name = sanitiseName(String(own(c, "name") ?? "model"));
    const props = properties(c);
    const origins = [
      [
        ["metadata", "name"],
        [...path, "name"]
      ]
    ];
    const propAt = (key) => [...path, "properties", props.index.get(key) ?? 0];
    const ref = str(own(c, "bom-ref")) ?? name;
    const spec = {
      type: this.type(c, props.get("model-gate:type"), propAt("model-gate:type"), name),
      artifacts: this.artifacts(c, path, name, ref, props.get("model-gate:path"), origins)
    };
    const tier = props.get("model-gate:riskTier");
    if (tier === void 0)
      this.push(
        "schema",
        `the component has no model-gate:riskTier property; add properties: [{"name": "model-gate:riskTier", "value": "high"}] (minimal, limited, high or unacceptable)`,
        path,
        name
      );
    else if (!RISK_TIERS.includes(tier))
      this.push(
        "schema",
        `model-gate:riskTier is ${quote(tier)}, which is not a risk tier; write one of ${RISK_TIERS.join(", ")} (lower case). Until then the model is judged as high risk`,
        propAt("model-gate:riskTier"),
        name
      );
    else {
      spec.riskTier = tier;
      origins.push([["spec", "riskTier"], propAt("model-gate:riskTier")]);
    }
    const envs = props.get("model-gate:environments");
    if (envs !== void 0) {
      const list = envs.split(",").map((s) => s.trim());
      const bad = list.filter((e) => !ENVIRONMENTS.includes(e));
      if (bad.length > 0)
        this.push(
          "schema",
          `model-gate:environments lists ${bad.map((b) => quote(b)).join(", ")}, not an environment; write a comma-separated list of ${ENVIRONMENTS.join(", ")}`,
          propAt("model-gate:environments"),
          name
        );
      spec.environments = [...new Set(list.filter((e) => !bad.includes(e)))];
    }
    const license = licenseOf(c);
    if (license) spec.license = license;
    const card = own(c, "modelCard");
    const datasets = this.datasets(
      own(own(card, "modelParameters"), "datasets"),
      [...path, "modelCard", "modelParameters", "datasets"],
      name,
      origins
    );
    if (datasets.length > 0) spec.datasets = datasets;
    const metrics = this.metrics(
      own(own(card, "quantitativeAnalysis"), "performanceMetrics"),
      [...path, "modelCard", "quantitativeAnalysis", "performanceMetrics"],
      origins
    );
    if (Object.keys(metrics).length > 0) spec.evaluation = { metrics };
    this.references(c, path, name, props, spec, origins);
    const metadata = { name };
    const version = own(c, "version");
    if (typeof version === "string") metadata.version = version;
    const owner = props.get("model-gate:owner");
    if (owner) metadata.owner = owner;
    const manifest = { apiVersion: "model-gate/v1", kind: "ModelManifest", metadata, spec };
    return {
      file: this.file,
      format: "cyclonedx",
      manifest,
      source: mappedSource(this.source, (p) => translate(origins, path, p))
    };
  }
  type(c, given, at, name) {
    if (given !== void 0) {
      if (MODEL_TYPES.includes(given)) return given;
      this.push(
        "schema",
        `model-gate:type is ${quote(given)}, which is not a model type; write one of ${MODEL_TYPES.join(", ")}`,
        at,
        name
      );
    }
    const task = str(own(own(own(c, "modelCard"), "modelParameters"), "task"));
    return guessType(task, void 0, []);
  }
  /** SHA-256 hashes bind the model bytes; other algorithms and malformed contents are findings. */
  artifacts(c, path, name, ref, repoPath, origins) {
    const hashes = own(c, "hashes");
    const list = Array.isArray(hashes) ? hashes : [];
    const version = own(c, "version");
    const where = repoPath ? { path: repoPath } : { uri: `cyclonedx:${ref}` };
    let sha256;
    list.forEach((h, i) => {
      const alg = own(h, "alg");
      const content = String(own(h, "content") ?? "").toLowerCase();
      const hex40 = /^[0-9a-f]{40}$/.test(content);
      if (alg === "SHA-256" && SHA256_HEX.test(content)) {
        sha256 ??= { digest: `sha256:${content}`, index: i };
        return;
      }
      const what = hex40 ? `hash content is 40 hex characters${content === String(version).toLowerCase() ? ", the same as the component version:" : ","} a git commit id, not a SHA-256 of the model bytes` : alg === "SHA-256" ? `the SHA-256 hash content is ${content.length} characters, not 64 hex digits` : `${String(alg)} is not SHA-256`;
      this.push(
        "missing-digest",
        `${what}; add {"alg": "SHA-256", "content": "<64 hex>"} for the model file so the gate can bind evidence to its bytes`,
        [...path, "hashes", i, "content"],
        name
      );
    });
    if (!sha256) {
      if (list.length === 0)
        this.push(
          "missing-digest",
          `the model component has no hashes; add {"alg": "SHA-256", "content": "<64 hex>"} for the model file`,
          path,
          name
        );
      origins.push([["spec", "artifacts", 0], list.length ? [...path, "hashes"] : path]);
      return [where];
    }
    origins.push([
      ["spec", "artifacts", 0],
      [...path, "hashes", sha256.index]
    ]);
    return [{ ...where, digest: sha256.digest }];
  }
  datasets(raw, at, model, origins) {
    if (!Array.isArray(raw)) return [];
    const out = [];
    raw.forEach((d, i) => {
      const entryAt = [...at, i];
      let target;
      const ref = own(d, "ref");
      if (typeof ref === "string") {
        target = this.refs.get(ref);
        if (!target) {
          this.push(
            "schema",
            `dataset ref ${quote(ref)} names no component or data entry in the BOM`,
            entryAt,
            model
          );
          return;
        }
      } else if (isRecord(d)) target = { value: d, path: entryAt };
      if (!target) return;
      origins.push([["spec", "datasets", out.length], entryAt]);
      out.push(toDataset(target.value, this.componentOf(target)));
    });
    return out;
  }
  /** The data component that holds a data entry (for its licenses, hashes and properties). */
  componentOf(t) {
    if (t.value.type === "data" && Array.isArray(t.value.data)) return t.value;
    const idx = t.path.lastIndexOf("data");
    if (idx > 0) {
      const parent = this.components.find(
        (c) => c.path.length === idx && c.path.every((s, i) => s === t.path[i])
      );
      if (parent) return parent.value;
    }
    return t.value;
  }
  metrics(raw, at, origins) {
    const out = /* @__PURE__ */ Object.create(null);
    if (!Array.isArray(raw)) return {};
    raw.forEach((m, i) => {
      const type = str(own(m, "type"));
      const v = own(m, "value");
      const n = typeof v === "number" ? v : typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : void 0;
      if (!type || n === void 0 || Object.hasOwn(out, type)) return;
      out[type] = n;
      origins.push([
        ["spec", "evaluation", "metrics", type],
        [...at, i, "value"]
      ]);
    });
    return { ...out };
  }
  /** risk-assessment / pentest-report references become evidence when they name a repo file. */
  references(c, path, model, props, spec, origins) {
    const refs = own(c, "externalReferences");
    if (!Array.isArray(refs)) return;
    const tests = [];
    refs.forEach((r, i) => {
      const type = own(r, "type");
      const url = String(own(r, "url") ?? "");
      const at = [...path, "externalReferences", i, "url"];
      if (type !== "risk-assessment" && type !== "pentest-report") return;
      const repo = normaliseRepoPath(url);
      if (!repo.ok) {
        this.push(
          "schema",
          `the ${type} reference ${quote(url)} is not a file in the repository (${repo.reason}); the gate only counts evidence it can read and bind to the model digest`,
          at,
          model,
          "warning"
        );
        return;
      }
      if (type === "risk-assessment") {
        if (spec.riskAssessment) return;
        const ra = { report: repo.path };
        const tier = props.get("model-gate:riskAssessment.tier");
        if (tier) ra.tier = tier;
        for (const k of ["assessedBy", "date", "modelDigest"]) {
          const v = props.get(`model-gate:riskAssessment.${k}`);
          if (v) ra[k] = v;
        }
        spec.riskAssessment = ra;
        origins.push([["spec", "riskAssessment", "report"], at]);
        origins.push([["spec", "riskAssessment"], at]);
      } else {
        const t = { tool: toolOf(repo.path), report: repo.path };
        const digest = props.get("model-gate:adversarialTests.modelDigest");
        const date = props.get("model-gate:adversarialTests.date");
        if (digest) t.modelDigest = digest;
        if (date) t.date = date;
        origins.push([["spec", "adversarialTests", tests.length], at]);
        tests.push(t);
      }
    });
    if (tests.length > 0) spec.adversarialTests = tests;
  }
};
var MODEL_PROPERTIES = [
  "model-gate:riskTier",
  "model-gate:type",
  "model-gate:owner",
  "model-gate:environments",
  "model-gate:path",
  "model-gate:riskAssessment.tier",
  "model-gate:riskAssessment.assessedBy",
  "model-gate:riskAssessment.date",
  "model-gate:riskAssessment.modelDigest",
  "model-gate:adversarialTests.modelDigest",
  "model-gate:adversarialTests.date"
];
var DATA_PROPERTIES = ["model-gate:role", "model-gate:vetted.by", "model-gate:vetted.date"];
function properties(c) {
  const map = /* @__PURE__ */ new Map();
  const index = /* @__PURE__ */ new Map();
  const list = own(c, "properties");
  if (Array.isArray(list))
    list.forEach((p, i) => {
      const name = own(p, "name");
      const value = own(p, "value");
      if (typeof name === "string" && typeof value === "string" && !map.has(name)) {
        map.set(name, value);
        index.set(name, i);
      }
    });
  return { get: (n) => map.get(n), index };
}
function licenseOf(c) {
  const list = own(c, "licenses");
  if (!Array.isArray(list)) return void 0;
  const parts = [];
  for (const l of list) {
    const expr = str(own(l, "expression"));
    if (expr) parts.push(list.length > 1 ? `(${expr})` : expr);
    const lic = own(l, "license");
    const id = str(own(lic, "id"));
    const name = str(own(lic, "name"));
    if (id) parts.push(id);
    else if (name) parts.push(`LicenseRef-${name.replace(/[^A-Za-z0-9.-]+/g, "-")}`);
  }
  return parts.length ? parts.join(" AND ") : void 0;
}
function toDataset(target, component) {
  const first = target === component && Array.isArray(component.data) ? component.data[0] : void 0;
  const entry = isRecord(first) ? first : target;
  const props = properties(component);
  const name = str(own(component, "name")) ?? str(own(entry, "name")) ?? "dataset";
  const d = { name };
  const url = str(own(own(entry, "contents"), "url")) ?? (Array.isArray(component.externalReferences) ? component.externalReferences.map(
    (r) => ["distribution", "website"].includes(String(own(r, "type"))) ? str(own(r, "url")) : void 0
  ).find((u) => u !== void 0) : void 0);
  if (url) d.source = url;
  const license = licenseOf(component) ?? licenseOf(entry);
  if (license) d.license = license;
  const hashes = own(component, "hashes");
  if (Array.isArray(hashes)) {
    const h = hashes.find(
      (x) => own(x, "alg") === "SHA-256" && SHA256_HEX.test(String(own(x, "content")).toLowerCase())
    );
    if (h) d.digest = `sha256:${String(own(h, "content")).toLowerCase()}`;
  }
  const role = props.get("model-gate:role");
  if (role) d.role = role;
  const by = props.get("model-gate:vetted.by");
  const date = props.get("model-gate:vetted.date");
  if (by && date) d.vetted = { by, date };
  const sensitive = own(entry, "sensitiveData");
  if (Array.isArray(sensitive) && sensitive.length > 0) d.personalData = true;
  return d;
}
function toolOf(path) {
  if (/garak/i.test(path) || path.endsWith(".jsonl")) return "garak";
  if (/promptfoo/i.test(path)) return "promptfoo";
  return "model-gate";
}
function translate(origins, component, path) {
  let best;
  for (const o of origins)
    if (o[0].length <= path.length && o[0].every((s, i) => s === path[i]) && (!best || o[0].length > best[0].length))
      best = o;
  return best ? best[1] : component;
}
export {
  jsonErrorPosition,
  loadCycloneDx
};
