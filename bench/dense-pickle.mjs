// The dense pickle both scanner benches time: a protocol 4 list of small ints, floats and short
// strings, appended in batches of 1,000 as CPython writes them, so the walker pays per opcode.

/** One MARK ... APPENDS batch of 1,000 items. */
const BATCH = (() => {
  const batch = [0x28];
  for (let j = 0; j < 1000; j++) {
    if (j % 3 === 0) batch.push(0x4b, j & 0xff);
    else if (j % 3 === 1) batch.push(0x47, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f);
    else batch.push(0x8c, 3, 0x61, 0x62, 0x63, 0x94);
  }
  batch.push(0x65);
  return Buffer.from(batch);
})();

/** The pickle's parts in order (PROTO 4, EMPTY_LIST, MEMOIZE; the batches; STOP), for `items` items. */
export function* densePickleParts(items) {
  yield Buffer.from([0x80, 4, 0x5d, 0x94]);
  for (let i = 0; i < items; i += 1000) yield BATCH;
  yield Buffer.from([0x2e]);
}
