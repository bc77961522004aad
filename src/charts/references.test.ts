import { describe, expect, it } from 'vitest';
import { fitText, referenceGraph } from './references';

describe('referenceGraph', () => {
  const plans = [
    { slug: 'taizhou-zhidao-yijian', label: '泰州 指导意见', title: '泰州 指导意见', url: '/plans/taizhou-zhidao-yijian/', city: '泰州' },
    { slug: 'yancheng-2022-2024', label: '盐城 2022–2024', title: '盐城 <三年>', url: '/plans/yancheng-2022-2024/', city: '盐城' },
    { slug: 'suzhou-2021-2023', label: '苏州 2021–2023', title: '苏州', url: '/plans/suzhou-2021-2023/', city: '苏州' },
  ];
  const docs = [
    { label: '《一个很长很长很长很长很长很长很长很长很长很长很长很长的标题》', title: '全名 & "引号"', href: '#ref-a', citers: ['taizhou-zhidao-yijian', 'yancheng-2022-2024'] },
    { label: '《江苏省数字经济促进条例》', title: '《江苏省数字经济促进条例》', href: '#ref-b', citers: ['yancheng-2022-2024'] },
  ];
  const svg = referenceGraph(plans, docs, { width: 340, title: '引用关系图', id: 'g-narrow' });

  it('draws one curve per citation and links every node', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<path d=/g)).toHaveLength(3);
    expect(svg).toContain('href="#ref-a"');
    expect(svg).toContain('href="/plans/yancheng-2022-2024/"');
    // Plans citing nothing are left out.
    expect(svg).not.toContain('/plans/suzhou-2021-2023/');
    expect(svg).toContain('font-weight="700"'); // shared document
    expect(svg).toContain('<title id="g-narrow">引用关系图</title>');
  });

  it('escapes every text and fits long labels', () => {
    expect(svg).not.toContain('<三年>');
    expect(svg).toContain('盐城 &lt;三年&gt;');
    expect(svg).toContain('全名 &amp; &quot;引号&quot;');
    expect(svg).toContain('…');
    expect(fitText('短', 100)).toBe('短');
    // A cut label's accessible name contains what is shown, then the full name.
    const cut = /aria-label="([^"]*…[^"]*)"/.exec(svg)![1];
    expect(cut.startsWith('《一个很长')).toBe(true);
    expect(cut.endsWith('…（全称：全名 &amp; &quot;引号&quot;）')).toBe(true);
    expect(fitText('一二三四五六七八九十', 60)).toBe('一二三四…');
  });

  it('is deterministic and empty without documents', () => {
    expect(referenceGraph(plans, docs, { width: 340, title: 'x', id: 'a' })).toBe(referenceGraph(plans, docs, { width: 340, title: 'x', id: 'a' }));
    expect(referenceGraph(plans, [], { width: 340, title: 'x', id: 'a' })).toBe('');
  });
});
