// Preload (node --require) that refuses every network connection except to loopback, and
// records each attempt in the file named by MG_NET_LOG. Used to prove that the bundle talks
// to nothing but the (here: fake, local) GitHub API.
"use strict";
const fs = require("node:fs");
const net = require("node:net");
const tls = require("node:tls");
const dns = require("node:dns");
const http = require("node:http");
const https = require("node:https");

const LOG = process.env.MG_NET_LOG;
const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

function record(kind, host) {
  if (LOG) fs.appendFileSync(LOG, `${JSON.stringify({ kind, host: String(host) })}\n`);
}

function hostOf(args) {
  const [a, b] = args;
  if (a && typeof a === "object" && !(a instanceof URL))
    return a.host ?? a.hostname ?? (a.path ? "unix-socket" : "localhost");
  if (typeof a === "string" || a instanceof URL) {
    try {
      return new URL(String(a)).hostname.replace(/^\[|\]$/g, "");
    } catch {
      return typeof b === "string" ? b : "localhost";
    }
  }
  if (typeof a === "number") return typeof b === "string" ? b : "localhost";
  return "unknown";
}

function guard(kind, original) {
  return function guarded(...args) {
    const host = hostOf(args);
    record(kind, host);
    if (!LOOPBACK.has(host) && host !== "unix-socket")
      throw new Error(`model-gate test: network access to ${host} is blocked`);
    return original.apply(this, args);
  };
}

net.connect = guard("net.connect", net.connect);
net.createConnection = guard("net.createConnection", net.createConnection);
tls.connect = guard("tls.connect", tls.connect);
http.request = guard("http.request", http.request);
http.get = guard("http.get", http.get);
https.request = guard("https.request", https.request);
https.get = guard("https.get", https.get);
const lookup = dns.lookup;
dns.lookup = function guardedLookup(host, ...rest) {
  record("dns.lookup", host);
  if (!LOOPBACK.has(host)) throw new Error(`model-gate test: DNS lookup of ${host} is blocked`);
  return lookup.call(this, host, ...rest);
};
if (typeof globalThis.fetch === "function") {
  const fetch = globalThis.fetch;
  globalThis.fetch = function guardedFetch(input, init) {
    const url = typeof input === "string" || input instanceof URL ? String(input) : input.url;
    const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
    record("fetch", host);
    if (!LOOPBACK.has(host)) return Promise.reject(new Error(`model-gate test: fetch of ${host} is blocked`));
    return fetch.call(this, input, init);
  };
}
