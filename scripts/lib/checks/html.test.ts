import { describe, expect, it } from 'vitest';
import { readPage } from './html';
import { page } from './testing';

describe('readPage', () => {
  it('reads ids, links, clauses and language with a real parser', () => {
    const facts = readPage(page('<p id="a">x <a href="/b/" id="a">y</a></p><!-- <a href="/commented/"> --><div data-clause="1" aria-current="true">正文</div>', { lang: 'en' }));
    expect(facts.lang).toBe('en');
    expect(facts.ids).toEqual(['main', 'a', 'a']);
    expect(facts.links.map((l) => l.value)).not.toContain('/commented/');
    expect(facts.clauses).toEqual([{ tag: 'div', attrs: { 'data-clause': '1', 'aria-current': 'true' }, text: '正文' }]);
  });
});
