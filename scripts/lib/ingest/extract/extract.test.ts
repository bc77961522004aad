/**
 * The extractors on the format fixtures (tests/fixtures/formats, made by make.ts): what each reads, and the bad
 * inputs each refuses with a message naming the file. The fixtures' scores over every field and sentence are
 * `npm run eval:ingest`; this test holds them at 100 %.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, checkContent } from './index';
import { sniff } from './sniff';
import { ARTICLE_HEAD_DATE } from './html';
import { ingestAll } from '../pipeline';
import { IngestErrors } from '../errors';
import { tempRoot } from '../testing';
import { unaliasGlyphs } from '../normalize';
import { evaluate } from '../../../eval-ingest';
import { ANNEX_TABLE, TITLE } from '../../../../tests/fixtures/formats/document';

const DIR = join(import.meta.dirname, '../../../../tests/fixtures/formats');
const bytes = (f: string) => readFileSync(join(DIR, f));

/** The message ingestAll gives for one fixture dropped into seeds/ (and content/ untouched). */
async function refusal(file: string): Promise<string> {
  const root = tempRoot({ 'seeds/x.yaml': 'city: 江海\n' });
  const ext = file.slice(file.lastIndexOf('.'));
  cpSync(join(DIR, file), join(root, 'seeds', `x${ext}`));
  mkdirSync(join(root, 'content'));
  try {
    await ingestAll(root);
  } catch (e) {
    expect(e).toBeInstanceOf(IngestErrors);
    expect(readdirSync(join(root, 'content'))).toEqual([]);
    return (e as IngestErrors).errors.map((x) => x.message).join('\n');
  }
  throw new Error(`${file} was not refused`);
}

describe('PDF (pdf.js)', () => {
  it('drops the running header and "— N —" page numbers, keeps the 红头, rejoins lines and pages', async () => {
    const { lines } = await extract(bytes('jianghai-redhead.pdf'), 'x.pdf', 'pdf');
    expect(lines.some((l) => /—\s*\d+\s*—|行政规范性文件/.test(l))).toBe(false);
    expect(unaliasGlyphs(lines[0]).replace(/\s/g, '')).toBe('江海市人民政府办公室文件'); // radicals for 人民文: normalise folds them
    expect(lines.map(unaliasGlyphs)).toContain('2.发展软件和信息技术服务业。支持工业软件、嵌入式软件和行业应用软件研发，培育一批软件名企名品，建设软件产业园区，推动软件业务收入年均增长15%以上。（市工信局牵头，市科技局按职责分工负责）');
  });
  it('the attachment table as pipe rows, read from the text positions, as the Word file gives it', async () => {
    const { lines } = await extract(bytes('jianghai-redhead.pdf'), 'x.pdf', 'pdf');
    const rows = lines.filter((l) => l.endsWith(' |')).map(unaliasGlyphs);
    expect(rows).toEqual(ANNEX_TABLE.map((r) => `${r.join(' | ')} |`));
  });
  it('refuses a scan (no text layer), an encrypted PDF and a cut-short one', async () => {
    expect(await refusal('bad-scanned.pdf')).toMatch(/^seeds\/x\.pdf: has no text layer .*OCR is not supported — save the text as seeds\/<name>\.txt/);
    expect(await refusal('bad-encrypted.pdf')).toMatch(/^seeds\/x\.pdf: is an encrypted \(password-protected\) PDF/);
    expect(await refusal('bad-cut-short.pdf')).toMatch(/^seeds\/x\.pdf: is not a readable PDF/);
  });
});

describe('Word (mammoth)', () => {
  it('paragraphs as lines, the table as pipe rows', async () => {
    const { lines } = await extract(bytes('jianghai-word.docx'), 'x.docx', 'docx');
    expect(lines).toContain(TITLE);
    expect(lines).toContain(`${ANNEX_TABLE[1].join(' | ')} |`);
  });
  it('refuses a damaged .docx and a PDF named .docx', async () => {
    expect(await refusal('bad-damaged.docx')).toMatch(/^seeds\/x\.docx: is not a readable Word \(\.docx\) file/);
    expect(await refusal('bad-pdf-named.docx')).toBe('seeds/x.docx: is named .docx but its content is a PDF file; give it the extension of what it is (.txt, .pdf, .docx or .html)');
  });
});

describe('web pages (linkedom + Readability)', () => {
  it('the field table as lines, the canonical link, the article without navigation, share buttons or footer', async () => {
    const { lines, stated } = await extract(bytes('jianghai-portal.html'), 'x.html', 'html');
    expect(lines.slice(0, 2)).toEqual(['索引号：113209000140901234/2023-00018', '主题分类：工业、交通/信息产业（含电信）']);
    expect(stated.sourceUrl).toBe('https://www.jianghai.gov.cn/art/2023/6/20/art_1234_56789.html');
    expect(lines.join('\n')).not.toMatch(/首页|分享到|网站标识码|ICP备|打印本页/);
  });
  it('a page without a field table: the 文号 and date printed under its <h1> are read (articleHead), nothing else there', async () => {
    const body = '<p>各区人民政府,市政府各部门:</p><p>现将《某市数字经济发展“十四五”规划》印发给你们,请结合工作实际,认真组织实施。</p>' + '<p>一、发展基础。“十三五”期间,全市认真贯彻落实国家、省数字经济发展战略,制定出台推进数字经济发展的一系列政策措施,取得了阶段性成效。</p>'.repeat(2);
    const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><div class="nav"><a href="/">首页</a></div><div class="article"><h1>市人民政府关于印发某市数字经济发展“十四五”规划的通知</h1><div class="subtitle">某州政发〔2023〕6号</div><div class="info">信息来源:某市政府网 日期:2023-08-22 语音:播放</div><div class="content">${body}</div></div><div class="footer">网站标识码：4207000000</div></body></html>`;
    const { lines } = await extract(Buffer.from(page), 'x.html', 'html');
    expect(lines.slice(0, 3)).toEqual(['文号：某州政发〔2023〕6号', '发布日期：2023-08-22', '市人民政府关于印发某市数字经济发展“十四五”规划的通知']);
    expect(ARTICLE_HEAD_DATE.exec('发布时间：2023年8月22日 10:00')?.[1]).toBe('2023年8月22日');
    expect(ARTICLE_HEAD_DATE.test('信息来源:某市政府网 浏览次数:12')).toBe(false);
  });
  it('refuses a page with no document body', async () => {
    expect(await refusal('bad-no-body.html')).toMatch(/^seeds\/x\.html: has no recognisable document body/);
  });
});

describe('content and extension must agree', () => {
  it('sniff names what the bytes are', () => {
    expect(sniff(bytes('jianghai-redhead.pdf'))).toBe('pdf');
    expect(sniff(bytes('jianghai-word.docx'))).toBe('zip');
    expect(sniff(bytes('jianghai-portal.html'))).toBe('html');
    expect(sniff(bytes('jianghai-pkulaw.txt'))).toBe('text');
  });
  it('an HTML page named .txt is refused', () => {
    expect(() => checkContent(bytes('jianghai-portal.html'), 'seeds/x.txt', 'txt')).toThrow('seeds/x.txt: is named .txt but its content is an HTML page');
  });
});

describe('every fixture: all stated metadata right, every sentence recovered (npm run eval:ingest)', () => {
  it('100 % of fields, sentences and table rows', { timeout: 120_000 }, async () => {
    const scores = await evaluate();
    expect(scores.map((s) => s.file)).toEqual(['jianghai-pkulaw.txt', 'jianghai-portal.html', 'jianghai-redhead.pdf', 'jianghai-word.docx']);
    for (const s of scores) {
      expect(s.wrong, s.file).toEqual([]);
      expect(s.missing, s.file).toEqual([]);
      expect(s.rowsRight, `${s.file}: table rows with their cells by column`).toBe(s.rows);
    }
    expect(existsSync(join(DIR, 'make.ts'))).toBe(true);
  });
});
