import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_ORIGIN, siteOrigin } from '../site-origin.mjs';

describe('siteOrigin', () => {
  it('uses the placeholder, flagged, when SITE_URL is not set', () => {
    expect(siteOrigin({})).toEqual({ site: PLACEHOLDER_ORIGIN, placeholder: true });
    expect(siteOrigin({ SITE_URL: '  ' })).toEqual({ site: PLACEHOLDER_ORIGIN, placeholder: true });
  });
  it('takes the deployment origin from SITE_URL', () => {
    expect(siteOrigin({ SITE_URL: 'https://policy.example.org' })).toEqual({ site: 'https://policy.example.org', placeholder: false });
    expect(siteOrigin({ SITE_URL: 'https://policy.example.org/' }).site).toBe('https://policy.example.org');
    expect(siteOrigin({ SITE_URL: 'http://127.0.0.1:8080' }).site).toBe('http://127.0.0.1:8080');
  });
  it('refuses what would make every permalink wrong', () => {
    expect(() => siteOrigin({ SITE_URL: 'policy.example.org' })).toThrow(/not a URL/);
    expect(() => siteOrigin({ SITE_URL: 'https://example.org/sub/' })).toThrow(/origin with no path/);
    expect(() => siteOrigin({ SITE_URL: 'ftp://example.org' })).toThrow(/http\(s\) origin/);
  });
});
