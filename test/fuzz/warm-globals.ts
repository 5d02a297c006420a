// Node defines many globals (TextEncoder, AbortController, ...) as lazy getters that replace
// themselves with a value on first use. Touching them all before @fast-check/poisoning takes
// its snapshot keeps that one-time change from being reported as poisoning. Imported first.
for (const name of Object.getOwnPropertyNames(globalThis)) {
  try {
    void (globalThis as Record<string, unknown>)[name];
  } catch {
    // a getter that throws outside its context: nothing to warm
  }
}
