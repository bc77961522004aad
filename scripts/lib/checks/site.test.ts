import { describe, expect, it } from 'vitest';
import { SITE_ORIGIN, fileOfUrl, internalTarget, loadSite, urlOfFile } from './site';
import { goodSite, writeSite, type Files } from './testing';

const siteOf = (files: Files) => loadSite(writeSite(files));

describe('site model', () => {
  it('maps URLs to files like a static host', () => {
    const site = siteOf(goodSite());
    expect(fileOfUrl(site, '/')).toBe('index.html');
    expect(fileOfUrl(site, '/plans/demo-2025/')).toBe('plans/demo-2025/index.html');
    expect(fileOfUrl(site, '/plans/demo-2025')).toBe('plans/demo-2025/index.html');
    expect(fileOfUrl(site, '/data/plans.json')).toBe('data/plans.json');
    expect(fileOfUrl(site, '/plans/other/')).toBeNull();
    expect(urlOfFile('plans/demo-2025/1/index.html')).toBe('/plans/demo-2025/1/');
    expect(urlOfFile('404.html')).toBe('/404.html');
  });
  it('treats the production origin as internal and everything else as external', () => {
    expect(internalTarget('/plans/x/', '2-1/')).toEqual({ pathname: '/plans/x/2-1/', fragment: '' });
    expect(internalTarget('/plans/x/', `${SITE_ORIGIN}/a/#b`)).toEqual({ pathname: '/a/', fragment: 'b' });
    expect(internalTarget('/', '#%E4%B8%80')).toEqual({ pathname: '/', fragment: '一' });
    expect(internalTarget('/', 'https://www.gov.cn/')).toBeNull();
    expect(internalTarget('/', 'mailto:a@b.c')).toBeNull();
    expect(internalTarget('/', 'javascript:alert(1)')).toBeNull();
  });
});
