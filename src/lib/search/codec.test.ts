import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter, columnsToDocs, decodeColumns, decodeIds, indexIn, lowerBound, encodeIds, encodePosting, encodeShard, GENERATED_HEADER, Shard, shardOf } from './codec';

describe('varints', () => {
  it('round-trip any non-negative safe integer (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: Number.MAX_SAFE_INTEGER })), (values) => {
        const w = new ByteWriter();
        for (const v of values) w.varint(v);
        const r = new ByteReader(w.result());
        expect(values.map(() => r.varint())).toEqual(values);
      }),
    );
  });
  it('refuse negative or fractional numbers', () => {
    expect(() => new ByteWriter().varint(-1)).toThrow(RangeError);
    expect(() => new ByteWriter().varint(1.5)).toThrow(RangeError);
  });
  it('use one byte below 128', () => {
    const w = new ByteWriter();
    w.varint(127);
    expect(w.result().length).toBe(1);
  });
});

const postingArb = fc
  .uniqueArray(fc.nat({ max: 100_000 }), { maxLength: 30 })
  .chain((clauses) =>
    fc.tuple(...clauses.sort((a, b) => a - b).map((clause) => fc.uniqueArray(fc.nat({ max: 5000 }), { minLength: 1, maxLength: 8 }).map((ps) => ({ clause, positions: ps.sort((a, b) => a - b) })))),
  );

describe('postings and shards', () => {
  it('posting lists decode as columns to the same entries, tagged or not (property)', () => {
    fc.assert(
      fc.property(postingArb, (docs) => {
        const plain = encodePosting(docs);
        expect(columnsToDocs(decodeColumns(plain, 0, plain.length, false))).toEqual(docs);
        const tagged = docs.map((d, i) => ({ ...d, tag: i % 3 }));
        const bytes = encodePosting(tagged, true);
        expect(columnsToDocs(decodeColumns(bytes, 0, bytes.length, true))).toEqual(tagged);
      }),
    );
  });
  it('indexIn finds a value by bisection within bounds, or −1', () => {
    const a = Int32Array.from([2, 5, 9, 12]);
    expect([2, 5, 9, 12, 3].map((v) => indexIn(a, v))).toEqual([0, 1, 2, 3, -1]);
    expect(indexIn(a, 2, 1)).toBe(-1);
    expect(indexIn(a, 12, 0, 3)).toBe(-1);
  });
  it('lowerBound finds where a value would go within bounds', () => {
    const a = Int32Array.from([2, 5, 9, 12]);
    expect([1, 2, 3, 12, 13].map((v) => lowerBound(a, v))).toEqual([0, 0, 1, 3, 4]);
    expect(lowerBound(a, 2, 2)).toBe(2);
    expect(lowerBound(a, 12, 0, 3)).toBe(3);
  });
  it('posting lists round-trip (property)', () => {
    fc.assert(
      fc.property(postingArb, (docs) => {
        const bytes = encodePosting(docs);
        expect(columnsToDocs(decodeColumns(bytes, 0, bytes.length, false))).toEqual(docs);
      }),
    );
  });
  it("tagged posting lists keep each entry's tag (property)", () => {
    fc.assert(
      fc.property(postingArb, fc.nat({ max: 300 }), (docs, seed) => {
        const tagged = docs.map((d, i) => ({ ...d, tag: (seed * (i + 1)) % 301 }));
        const bytes = encodePosting(tagged, true);
        expect(columnsToDocs(decodeColumns(bytes, 0, bytes.length, true))).toEqual(tagged);
      }),
    );
  });
  it('shards keep every key with its clause and plan postings, start with the generated-file line, and answer [] for unknown keys', () => {
    const entries = new Map([
      ['数据', { clauses: [{ clause: 3, positions: [0, 7], tag: 0 }, { clause: 9, positions: [12], tag: 200 }], plans: [{ clause: 1, positions: [2] }] }],
      ['𠀀a', { clauses: [{ clause: 1, positions: [4], tag: 1 }], plans: [] }],
      ['5g', { clauses: [{ clause: 0, positions: [0], tag: 0 }], plans: [] }],
      ['苏委', { clauses: [], plans: [{ clause: 0, positions: [0, 9] }] }],
    ]);
    const bytes = encodeShard(entries);
    expect(new TextDecoder().decode(bytes.subarray(0, GENERATED_HEADER.length))).toBe(GENERATED_HEADER);
    const shard = new Shard(bytes);
    expect([...shard.keys()].sort()).toEqual([...entries.keys()].sort());
    for (const [k, v] of entries) {
      expect(columnsToDocs(shard.columns(k))).toEqual(v.clauses);
      expect(columnsToDocs(shard.planColumns(k))).toEqual(v.plans);
    }
    expect(columnsToDocs(shard.columns('火星'))).toEqual([]);
    expect(columnsToDocs(shard.planColumns('火星'))).toEqual([]);
  });
  it('id lists round-trip', () => {
    const ids = [0, 1, 5, 300, 70000];
    expect(decodeIds(new ByteReader(encodeIds(ids)))).toEqual(ids);
  });
  it('shardOf is deterministic and in range', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 4096 }), (key, n) => {
        const s = shardOf(key, n);
        expect(s).toBe(shardOf(key, n));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThan(n);
      }),
    );
  });
});
