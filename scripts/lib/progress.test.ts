import { describe, expect, it } from 'vitest';
import { progress } from './progress';

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { out, stream: { isTTY, write: (s: string) => out.push(s) > 0 } };
}

describe('build progress', () => {
  it('writes plain lines at each tenth and a last line when not on a terminal (CI, logs)', () => {
    const { out, stream } = sink(false);
    const p = progress('ingest', 100, 'plans', { stream });
    for (let i = 0; i < 100; i++) p.tick();
    p.done('1,000 clauses');
    expect(out).toHaveLength(10);
    expect(out[0]).toBe('ingest: 10/100 plans\n');
    expect(out.at(-1)).toBe('ingest: 100/100 plans — 1,000 clauses\n');
  });
  it('rewrites one line in place on a terminal', () => {
    const { out, stream } = sink(true);
    const p = progress('ingest', 3, 'plans', { stream, plain: false });
    p.tick();
    p.tick();
    p.tick();
    p.done();
    expect(out).toEqual(['\ringest: 1/3 plans', '\ringest: 2/3 plans', '\ringest: 3/3 plans', '\ringest: 3/3 plans\n']);
  });
  it('rewrites a terminal line at most a thousand times however long the step, and always shows the end', () => {
    const { out, stream } = sink(true);
    const p = progress('analyse · similar clauses', 49_200, 'clauses', { stream, plain: false });
    for (let i = 0; i < 49_200; i++) p.tick();
    p.done();
    expect(out.length).toBeLessThanOrEqual(1001);
    expect(out.at(-2)).toBe('\ranalyse · similar clauses: 49200/49200 clauses');
    expect(out.at(-1)).toBe('\ranalyse · similar clauses: 49200/49200 clauses\n');
  });
});
