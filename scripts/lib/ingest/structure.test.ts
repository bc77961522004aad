import { describe, expect, it } from 'vitest';
import { isHeadingOnly, isTableLine, opensBlock } from './structure';

describe('line classification shared by masthead and body', () => {
  it('opensBlock: headings, items, annexes, boxes, topic-led paragraphs, table rows, signatures and furniture open a block', () => {
    for (const t of ['一、总体要求', '第二章 数据共享', '第三条 为了…', '(一)发展思路', '1.加强协调', '附件:', '附件1', '专栏1 重点工程', '5G产业。加快建设。', '序号 | 主要工作 |', '2024年8月22日', '(此件公开发布)', '盐城市人民政府办公室', '图解政策']) {
      expect(opensBlock(t), t).toBe(true);
    }
    for (const t of ['光网覆盖。', '向,以23条重点产业链数字化转型为突破口', '加快推进数字经济发展']) expect(opensBlock(t), t).toBe(false);
  });

  it('isTableLine: a pipe row, but not a heading or an item that contains pipes', () => {
    expect(isTableLine('序号 | 主要工作 | 责任部门 |')).toBe(true);
    expect(isTableLine('一、体系保障(5项) | ||||')).toBe(false);
    expect(isTableLine('1.建设 | 甲 |')).toBe(false);
  });

  it('isHeadingOnly: at most 40 characters and no sentence', () => {
    expect(isHeadingOnly('数字产业升级行动')).toBe(true);
    expect(isHeadingOnly('加强组织协调。建立领导小组。')).toBe(false);
    expect(isHeadingOnly('某'.repeat(41))).toBe(false);
  });
});
