import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLostUrls, parseRegister, publishedUrls, registerFormatProblems } from '../../scripts/lib/checks/url-register';
import { builtSite } from './site';

const REGISTER = 'src/data/url-register.txt';
const REDIRECTS = 'src/data/redirects.json';

describe('URL register', () => {
  const text = readFileSync(REGISTER, 'utf8');
  const redirects: Record<string, string> = existsSync(REDIRECTS) ? JSON.parse(readFileSync(REDIRECTS, 'utf8')) : {};

  it('is committed, sorted, one URL per line, under its generated-file header', () => {
    expect(registerFormatProblems(text)).toEqual([]);
  });
  it('every registered URL still resolves in dist/ or redirects to one that does', () => {
    const lost = findLostUrls(builtSite(), parseRegister(text), redirects);
    expect(lost, lost.map((l) => `${l.url}: ${l.reason}`).join('\n')).toEqual([]);
  });
  it('registers every URL this build publishes (run `npm run urls:record` and commit)', () => {
    const registered = new Set(parseRegister(text));
    const unregistered = publishedUrls(builtSite(), redirects).filter((u) => !registered.has(u));
    expect(unregistered.slice(0, 20), `${unregistered.length} unregistered`).toEqual([]);
  });
});
