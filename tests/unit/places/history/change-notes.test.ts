import { describe, expect, it } from 'vitest';
import { changeNotes, documentFor } from '../../../../src/lib/places/history/change-notes.ts';

/** A note as the diff files write it: its heading, its 文号, 日期 and 来源 lines, its text, then the change lines it describes. */
const note = (heading: string, meta: Record<string, string>, text: string, lines: string) =>
  [`## ${heading}`, ...Object.entries(meta).map(([key, value]) => `# ${key}：${value}`), '#', `# ${text}`, lines].join('\n');
const gazette = (issue: string, page: string) => `[《国务院公报》${issue}](https://www.gov.cn/gongbao/content/${page}.htm)`;

// As diff/2000-2001.diff has them at eed219a, shortened: 怀柔's reply stands above 平谷县's lines and 平谷's above
// 怀柔县's (a slip of the dataset's), and a date lost its 日.
const diff2001 = [
  note(
    '国务院关于同意北京市撤销大兴县设立大兴区的批复',
    { 文号: '国函〔2001〕4号', 日期: '二〇〇一年一月九日', 来源: gazette('2001年第6号', '2001/content_61275') },
    '北京市人民政府：同意撤销大兴县，设立大兴区，以原大兴县的行政区域为大兴区的行政区域。',
    '-110224 大兴县>大兴区\n+110115 大兴区<大兴县',
  ),
  note('国务院关于同意北京市撤销怀柔县设立北京市怀柔区的批复', { 文号: '国函〔2001〕175号', 日期: '二〇〇一年十二月三十日', 来源: gazette('2002年第6号', '2002/content_61920') }, '同意撤销怀柔县，设立北京市怀柔区。', '-110226 平谷县>平谷区\n+110117 平谷区<平谷县'),
  note('国务院关于同意北京市撤销平谷县设立北京市平谷区的批复', { 文号: '国函〔2001〕176号', 日期: '二〇〇一年十二月三十日', 来源: gazette('2002年第6号', '2002/content_61921') }, '同意撤销平谷县，设立北京市平谷区。', '-110227 怀柔县>怀柔区\n+110116 怀柔区<怀柔县'),
  note('国务院关于同意内蒙古自治区撤销伊克昭盟设立地级鄂尔多斯市的批复（节选）', { 文号: '国函〔2001〕17号', 日期: '二〇〇一年二月二十六' }, '同意撤销伊克昭盟，设立地级鄂尔多斯市。', '-152700 伊克昭盟'),
  note(
    '国务院关于同意广东省撤销番禺市和花都市设立广州市番禺区和花都区的批复',
    { 文号: '国函〔2000〕44号', 时间: '2000年5月21日', 来源: '来源：[维基文库](https://zh.wikisource.org/wiki/%E6%89%B9%E5%A4%8D_(2000%E5%B9%B4))' },
    '你省《关于广州市撤销番禺、花都市设置番禺区和花都区的请示》收悉。',
    '-440181 番禺市>番禺区',
  ),
  note('鲁政字〔2003〕472号', {}, '将胶南市红石崖镇划归青岛市黄岛区管辖。', '=370284 胶南市>黄岛区'),
  note('来源请求', {}, '撤销某某县，设立某某区。', '-999921 某某县>某某区'),
  note('《某某年鉴》', {}, '撤销另一县。', '-999922 另一县>某某区'),
].join('\n');

const notes = changeNotes(diff2001);

describe('changeNotes', () => {
  it('reads each note with the change lines below it', () => {
    expect(notes).toHaveLength(8);
    expect(notes[0]!.lines).toEqual([
      { sign: '-', code: '110224', name: '大兴县' },
      { sign: '+', code: '110115', name: '大兴区' },
    ]);
    expect(notes[5]!.lines).toEqual([{ sign: '=', code: '370284', name: '胶南市' }]);
  });

  it('reads a document\'s title, 文号, date and where it was read', () => {
    expect(notes[0]!.documents).toEqual([
      {
        title: '国务院关于同意北京市撤销大兴县设立大兴区的批复',
        number: '国函〔2001〕4号',
        date: '2001-01-09',
        source: { text: '《国务院公报》2001年第6号', url: 'https://www.gov.cn/gongbao/content/2001/content_61275.htm' },
        text: expect.stringContaining('以原大兴县的行政区域为大兴区的行政区域'),
      },
    ]);
  });

  it('takes the dataset\'s mark of an excerpt off the title, and reads a date whose 日 was dropped', () => {
    expect(notes[3]!.documents[0]).toMatchObject({ title: '国务院关于同意内蒙古自治区撤销伊克昭盟设立地级鄂尔多斯市的批复', date: '2001-02-26', source: null });
  });

  it('keeps the parentheses of an address, reads 时间 as the date and a doubled 来源 once', () => {
    expect(notes[4]!.documents[0]).toMatchObject({ date: '2000-05-21', source: { text: '维基文库', url: 'https://zh.wikisource.org/wiki/%E6%89%B9%E5%A4%8D_(2000%E5%B9%B4)' } });
  });

  it('reads a heading that is a 文号 alone as the number', () => {
    expect(notes[5]!.documents[0]).toMatchObject({ title: '鲁政字〔2003〕472号', number: '鲁政字〔2003〕472号', date: null });
  });

  it('reads several documents of one note', () => {
    const two = changeNotes('## 甲的批复\n# 文号：国函〔2001〕1号\n#\n# 撤销甲县。\n## 乙的通知\n# 日期：2001年3月2日\n#\n# 撤销乙县。\n-100001 甲县>丙区\n-100002 乙县>丙区');
    expect(two[0]!.documents.map((d) => [d.title, d.number, d.date])).toEqual([
      ['甲的批复', '国函〔2001〕1号', null],
      ['乙的通知', null, '2001-03-02'],
    ]);
  });
});

describe('documentFor: the document that decided a record\'s end', () => {
  it('is the document of the note above its line', () => {
    expect(documentFor(notes, { code: '110224', name: '大兴县' }, '大兴')?.number).toBe('国函〔2001〕4号');
  });

  it('names the division by its name said without its level too (撤销番禺、花都市)', () => {
    expect(documentFor(notes, { code: '440181', name: '番禺市' }, '番禺')?.number).toBe('国函〔2000〕44号');
  });

  it('is never a document that does not name it: the year\'s one document whose title names it instead', () => {
    expect(documentFor(notes, { code: '110226', name: '平谷县' }, '平谷')?.number).toBe('国函〔2001〕176号');
    expect(documentFor(notes, { code: '110227', name: '怀柔县' }, '怀柔')?.number).toBe('国函〔2001〕175号');
  });

  it('is none where no document with a 文号 or a date names it: a source wanted, a yearbook', () => {
    expect(documentFor(notes, { code: '999921', name: '某某县' }, '某某')).toBeNull();
    expect(documentFor(notes, { code: '999922', name: '另一县' }, '另一')).toBeNull();
    expect(documentFor(notes, { code: '110228', name: '密云县' }, '密云')).toBeNull();
  });
});
