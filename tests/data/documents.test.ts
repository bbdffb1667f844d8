/**
 * What the documents in content/sources/ say of themselves that the lists rely on beyond their rows:
 * stated counts, titles, where a text ends, single-region arrangements. Every row's number, mode,
 * department, agents, schedule and remarks are checked against its document by the one gate
 * (src/lib/content/document-check.ts, tests/data/document-check.test.ts), for every list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { documentPart } from '../../src/lib/sources/document-part.ts';
import type { List } from '../../src/lib/schema/list.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';

const sourcesDir = `${repoRoot}content/sources/`;
const { lists } = loadContent(`${repoRoot}content`, isRegion, repoRoot);

const documentText = (list: List) => {
  const path = `${sourcesDir}${list.source.id}.txt`;
  if (!existsSync(path)) throw new Error(`${path} is missing: every list's document is kept in content/sources/{source.id}.txt`);
  return readFileSync(path, 'utf8');
};
/** Compared without spaces between Han characters: PDF line breaks leave them ("市文化广电旅游 体育局"). */
const unspaced = (s: string | null | undefined) => s?.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');

describe('the documents’ own words', () => {
  const text = (region: string) => documentText(lists.find((l) => l.region === region)!);

  it('Sichuan: every department given to a line is named in its section’s 责任单位 cell', () => {
    const sichuan = lists.find((l) => l.region === '510000')!;
    const doc = text('510000');
    for (const line of sichuan.lines) {
      for (const unit of line.department!.split('、')) expect(doc, `${line.number}: ${unit}`).toContain(unit);
    }
  });

  it('Quanzhou: states 18, 9 and 5 lines per mode, and its source as printed', () => {
    const doc = text('350500');
    expect(doc).toMatch(/提示空号的 18 条[\s\S]*双号并行的9条[\s\S]*设分中心的 5 条/);
    const quanzhou = lists.find((l) => l.region === '350500')!;
    expect(quanzhou.counts).toMatchObject({ merged: 18, parallel: 9, subcenter: 5, stated: true });
    expect(doc).toContain(quanzhou.source.documentNumber);
    expect(doc).toContain(quanzhou.source.title);
    expect(doc).toContain('2021年11月30日');
  });

  it('every list title is printed in its document', () => {
    for (const list of lists) expect(unspaced(documentText(list)), list.region).toContain(unspaced(list.source.title.replace(/^## /, '')));
  });

  it('广西: the text we hold ends mid-sentence where heldInPart says; 12343 is named there but, unidentified, is no row', () => {
    const guangxi = lists.find((l) => l.region === '450000')!;
    const doc = text('450000');
    expect(doc.trimEnd().endsWith(guangxi.source.heldInPart!.stopsAfter)).toBe(true);
    expect(doc).not.toMatch(/12366|12360|设分中心/);
    expect(doc).toContain('12343');
    expect(guangxi.lines.map((l) => l.number)).not.toContain('12343');
    expect(guangxi.source.notes.some((n) => n.includes('12343') && n.includes('no row'))).toBe(true);
  });

  it('Jilin: the document ends after its last table; the news after it is not part of it', () => {
    const jilin = lists.find((l) => l.region === '220000')!;
    const part = documentPart(text('220000'), jilin.source.endsBefore)!;
    expect(part.trimEnd().endsWith('5\t全国邮政业用户申诉电话\t12305\t省邮政管理局\t9月1日至10月15日')).toBe(true);
    expect(text('220000').slice(part.length)).toMatch(/^8月1日 省政府召开全省疫情防控工作部署视频会议/);
  });

  it('Jilin: 12393 carries 96618, 12356 is folded into 12320, 12319 and 12329 are Changchun’s', () => {
    const jilin = lists.find((l) => l.region === '220000')!;
    const doc = text('220000');
    const line = (n: string) => jilin.lines.find((l) => l.number === n)!;
    expect(doc).toContain('12393 (96618)');
    expect(line('12393').aliases).toEqual(['96618']);
    expect(doc).toContain('已整合到12320');
    expect(line('12356').foldedInto).toBe('12320');
    expect(doc).toContain('此号码由长春市');
    expect(line('12319').onlyIn).toEqual(['220100']);
    expect(line('12329').onlyIn).toEqual(['220100']);
  });

  it('Fujian: Xiamen keeps 12333 for now, and the provincial 12329 centre keeps its agents', () => {
    const fujian = lists.find((l) => l.region === '350000')!;
    const doc = text('350000');
    expect(doc).toContain('暂时保留厦门市 12333 热线和话务座席');
    expect(fujian.lines.find((l) => l.number === '12333')!.exceptions).toMatchObject([{ region: '350200', mode: 'parallel', agents: 'kept' }]);
    expect(doc).toContain('保留省直公积金中心12329热线话务座席');
    expect(fujian.lines.find((l) => l.number === '12329')!.exceptions).toMatchObject([{ region: '350000', agents: 'kept' }]);
  });
});
