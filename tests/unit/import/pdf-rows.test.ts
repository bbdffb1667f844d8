import { describe, expect, it } from 'vitest';
import { pdfText, type Piece } from '../../../src/lib/import/pdf-rows.ts';

const at = (text: string, x: number, y: number, width = text.length * 10): Piece => ({ text, x, y, width, size: 10, page: 1 });

describe('pdfText', () => {
  it('rebuilds lines top first, and a table’s cells in their columns, an empty cell keeping its place', () => {
    const pieces = [
      at('序号', 50, 700), at('号码', 100, 700), at('整体并入', 200, 700), at('双号并行', 260, 700),
      at('1', 55, 680, 5), at('12396', 100, 680, 30), at('✓', 215, 680, 6),
      at('2', 55, 660, 5), at('12369', 100, 660, 30), at('√', 275, 660, 6),
      at('一、整体并入', 50, 740),
    ];
    expect(pdfText(pieces).text).toBe('一、整体并入\n\n序号\t号码\t整体并入\t双号并行\n1\t12396\t✓\t\n2\t12369\t\t√');
  });

  it('joins pieces of one word, spaces words apart, and takes a heading across columns as one cell', () => {
    // The data row stands a little lower than a line's pitch under the head, as a cell's padding sets it.
    const pieces = [at('号码', 100, 720, 20), at('整合方式', 200, 720, 120), at('整体并入', 200, 708, 40), at('双号并行', 260, 708, 40), at('12', 100, 694, 10), at('396', 110, 694, 15), at('科技', 130, 694, 20), at('✓', 210, 694, 6)];
    expect(pdfText(pieces).text).toBe('号码\t整合方式\t\n\t整体并入\t双号并行\n12396 科技\t✓\t');
  });

  it('measures a piece without the spaces a text layer counts at its ends ("电话 "), so it does not run into the next column', () => {
    // "电话 " is 25 wide with its space: it would end 2 short of 12396 and join it; without the space it ends 4.5 before.
    const pieces = [at('名称', 60, 700), at('号码', 100, 700), at('1', 40, 680, 5), at('电话 ', 60, 680, 25.5), at('12396', 89.5, 680, 30), at('2', 40, 660, 5), at('热线', 60, 660), at('服务', 60, 648), at('12369', 89.5, 660, 30)];
    expect(pdfText(pieces).text).toBe('\t名称\t号码\n1\t电话\t12396\n2\t热线服务\t12369');
  });
});

describe('pdfText, a table set with no CSS (cells 3 px apart)', () => {
  const drawn = (text: string, x: number, y: number, width = text.length * 10): Piece => ({ ...at(text, x, y, width), drawn: true });

  it('ends a cell at a narrow gap between runs as drawn, never between pieces that may be parts of one run', () => {
    const row = (piece: typeof at) => [piece('序号', 40, 700), piece('号码', 70, 700), piece('责任单位', 103, 700), piece('1', 40, 680, 5), piece('12396', 70, 680, 30), piece('省科技厅', 103, 680)];
    expect(pdfText(row(drawn)).text).toBe('序号\t号码\t责任单位\n1\t12396\t省科技厅');
    expect(pdfText(row(at)).text).toBe('序号\t号码 责任单位\n1\t12396 省科技厅');
  });

  it('starts a new table at a head under rows (the gap above it widest), so each table keeps its own columns', () => {
    const pieces = [
      drawn('序号', 40, 760), drawn('号码', 70, 760), drawn('责任单位', 130, 760),
      drawn('1', 40, 744, 5), drawn('12396', 70, 744, 30), drawn('省科技厅', 130, 744),
      drawn('厅', 130, 732),
      drawn('序号', 40, 712), drawn('名称', 65, 712), drawn('号码', 108, 712), drawn('责任单位', 145, 712),
      drawn('2', 40, 696, 5), drawn('统一电话', 65, 696), drawn('12349', 108, 696, 30), drawn('市民政局', 145, 696),
    ];
    // Read as one table, 名称 and 号码 of the second would stand in the first's 号码 column, and read as one cell.
    expect(pdfText(pieces).text).toBe('序号\t号码\t责任单位\n1\t12396\t省科技厅厅\n序号\t名称\t号码\t责任单位\n2\t统一电话\t12349\t市民政局');
  });
});

describe('pdfText, a table without borders whose cells wrap', () => {
  it('reads a part set apart under its head (a row’s label between, one character a line) in the head’s columns, empty tick columns kept', () => {
    const pieces = [
      at('序号', 50, 760), at('号码', 80, 760), at('整体并入', 140, 760), at('双号并行', 190, 760),
      at('国', 50, 730), at('家', 50, 718),
      at('1', 50, 690, 5), at('12396', 80, 690, 30), at('√', 190, 690, 6),
      at('2', 50, 670, 5), at('12369', 80, 670, 30), at('√', 190, 670, 6),
    ];
    expect(pdfText(pieces).text).toBe('序号\t号码\t整体并入\t双号并行\n\n国家\t\t\t\n\n1\t12396\t\t√\n2\t12369\t\t√');
  });

  it('joins each cell’s wrapped lines to the row whose first cell it stands level with (middle-aligned), not to the nearest line', () => {
    // Row 1's remark wraps over five lines, its 序号 and number level with the middle one; its last line stands nearer row 2's 序号 than its own.
    const pieces = [
      at('序号', 50, 752), at('号码', 80, 752), at('归并方式', 160, 752),
      at('取消号码和话务座席，', 160, 738), at('统一由', 160, 726), at('1', 52, 714, 5), at('12300', 80, 714, 30), at('12345 接听，', 160, 714), at('诉求办理情况由', 160, 702), at('省通信管理局协助监管。', 160, 690),
      at('2', 52, 674, 5), at('12349', 80, 674, 30), at('一键求助服务。', 160, 674),
    ];
    expect(pdfText(pieces).text).toBe('序号\t号码\t归并方式\n1\t12300\t取消号码和话务座席，统一由 12345 接听，诉求办理情况由省通信管理局协助监管。\n2\t12349\t一键求助服务。');
  });

  it('takes the modes’ names set apart under 整合方式 as its columns, and lays the head’s first line out again in them', () => {
    const pieces = [
      at('序号', 40, 760), at('号码', 70, 760), at('整合方式', 120, 760), at('完成时间', 230, 760),
      at('整体并入', 120, 730), at('双号并行', 170, 730),
      at('1', 40, 700, 5), at('12396', 70, 700, 30), at('√', 175, 700, 6), at('8 月底', 230, 700, 30),
      at('2', 40, 676, 5), at('12369', 70, 676, 30), at('√', 125, 676, 6), at('10 月底', 230, 676, 30),
    ];
    expect(pdfText(pieces).text).toBe('序号\t号码\t整合方式\t\t完成时间\n\n\t\t整体并入\t双号并行\t\n\n1\t12396\t\t√\t8 月底\n\n2\t12369\t√\t\t10 月底');
  });

  it('keeps a cell’s lines together where the print rounds their pitch to whole pixels (12.75 and 13.5 apart), the next row 15 below', () => {
    const pieces = [
      at('序号', 40, 724), at('名称', 70, 724),
      at('1', 40, 700, 5), at('全国统一', 70, 700), at('科技公益', 70, 687.25), at('服务电话', 70, 673.75),
      at('2', 40, 658.75, 5), at('全国统一', 70, 658.75), at('民政服务', 70, 645.25), at('电话', 70, 632.5),
    ];
    expect(pdfText(pieces).text).toBe('序号\t名称\n\n1\t全国统一科技公益服务电话\n2\t全国统一民政服务电话');
  });

  it('starts a row at a hotline number level with no 序号 (a row printed without one), not joining it to the nearest row', () => {
    const pieces = [
      at('序号', 40, 760), at('名称', 70, 760), at('号码', 160, 760),
      at('5', 40, 740, 5), at('住房公积金热线', 70, 740), at('12329', 160, 740, 30),
      at('省直分中心', 70, 720), at('96889', 160, 720, 30),
      at('6', 40, 700, 5), at('交通运输服务', 70, 700), at('12328', 160, 700, 30),
      at('7', 40, 680, 5), at('农业系统', 70, 680), at('12316', 160, 680, 30), at('公益', 70, 668),
    ];
    expect(pdfText(pieces).text).toBe('序号\t名称\t号码\n5\t住房公积金热线\t12329\n\t省直分中心\t96889\n6\t交通运输服务\t12328\n7\t农业系统公益\t12316');
  });

  it('cuts a column’s lines run together by rows set without padding into each row’s cell, as the table aligns them (middle, a browser’s default)', () => {
    // Each name wraps over three lines about its row's middle, where the 序号 and number stand; no space between the rows.
    const pieces = [
      at('序号', 50, 724), at('名称', 80, 724), at('号码', 150, 724),
      at('科技', 80, 700), at('1', 52, 688, 5), at('公益', 80, 688), at('12396', 150, 688, 30), at('服务', 80, 676),
      at('环境', 80, 664), at('2', 52, 652, 5), at('保护', 80, 652), at('12369', 150, 652, 30), at('举报', 80, 640),
    ];
    expect(pdfText(pieces).text).toBe('序号\t名称\t号码\n\n1\t科技公益服务\t12396\n2\t环境保护举报\t12369');
  });

  it('joins a sentence wrapped where a number did not fit at the line’s end, and keeps a short line its own', () => {
    const pieces = [
      at('（一）整体并入。取消12300、12301、12312、', 40, 700, 440), at('12396、96119共14条热线号码，其整体并入时限另定。', 40, 686, 500),
      at('二、双号并行', 40, 660, 60),
    ];
    expect(pdfText(pieces).text).toBe('（一）整体并入。取消12300、12301、12312、12396、96119共14条热线号码，其整体并入时限另定。\n\n二、双号并行');
  });
});

describe('pdfText, a borderless table over two pages', () => {
  it('reads the part on the next page in its own columns where it opens with a head of its own, so a tick stays under its mode', () => {
    const on = (page: number) => (p: Piece): Piece => ({ ...p, page });
    const pieces = [
      ...[at('序号', 40, 100), at('号码', 70, 100), at('整体并入', 130, 100), at('双号并行', 180, 100), at('1', 40, 80, 5), at('12396', 70, 80, 30), at('√', 135, 80, 6)].map(on(1)),
      // The next page sets its columns closer: its 双号并行 stands where the first page's 整体并入 did.
      ...[at('序号', 40, 780), at('号码', 70, 780), at('整体并入', 97, 780), at('双号并行', 145, 780), at('2', 40, 760, 5), at('12369', 70, 760, 20), at('√', 150, 760, 6)].map(on(2)),
    ];
    expect(pdfText(pieces).text).toBe('序号\t号码\t整体并入\t双号并行\n1\t12396\t√\t\n序号\t号码\t整体并入\t双号并行\n2\t12369\t\t√');
  });
});

describe('pdfText, a table drawn with borders', () => {
  /** A grid's rules as Chromium draws them: a thin rectangle per cell edge. */
  const rules = (xs: number[], ys: number[]) => [
    ...xs.map((x) => ({ page: 1, x0: x, x1: x + 1, y0: ys.at(-1)!, y1: ys[0]! })),
    ...ys.map((y) => ({ page: 1, x0: xs[0]!, x1: xs.at(-1)! + 1, y0: y, y1: y + 1 })),
  ];

  it('reads each row between its rules: a centred heading, a cell wrapped over two lines, a merged cell’s text in its row', () => {
    const pieces = [
      at('一、整体并入', 40, 760),
      // The head, centred in its cells.
      at('序号', 58, 735), at('号码', 150, 735), at('热线主管部门', 300, 735),
      // Row 1: the name wraps onto a second line; the serial stands between them (centred).
      at('12300 全国电信用户申诉渠道咨询电', 90, 712, 180), at('1', 52, 706, 5), at('话', 90, 700, 10), at('市通信管理局', 290, 706, 60),
      // Row 2: its department cell is empty (merged with the row above).
      at('2', 52, 680, 5), at('12301 旅游服务热线', 90, 680, 100),
      at('以上热线于8月底前归并。', 40, 640),
    ];
    const { text, grids } = pdfText(pieces, rules([45, 85, 280, 400], [750, 722, 692, 670]));
    expect(grids).toBe(1);
    expect(text).toBe('一、整体并入\n\n序号\t号码\t热线主管部门\n1\t12300 全国电信用户申诉渠道咨询电话\t市通信管理局\n2\t12301 旅游服务热线\t\n\n以上热线于8月底前归并。');
  });

  it('finishes a row the page cut with its part under the same rules at the top of the next page', () => {
    const onPage = (page: number, xs: number[], ys: number[]) => rules(xs, ys).map((r) => ({ ...r, page }));
    const pieces = [
      at('整合归并的热线', 50, 700), at('进度安排', 200, 700), at('12348 全国公共法律', 50, 670), at('9月30日前', 200, 670),
      { ...at('服务专用电话 12333 全国人力资源', 50, 760), page: 2 }, { ...at('以上热线保留号码。', 40, 700), page: 2 },
    ];
    expect(pdfText(pieces, [...onPage(1, [45, 190, 300], [712, 690, 640]), ...onPage(2, [45, 190, 300], [772, 740])]).text).toBe(
      '整合归并的热线\t进度安排\n12348 全国公共法律服务专用电话 12333 全国人力资源\t9月30日前\n\n以上热线保留号码。',
    );
  });

  it('takes a table cut by a page break as running to its columns’ ends', () => {
    const pieces = [at('整合归并的热线', 50, 700), at('进度安排', 200, 700), at('12360 海关', 50, 670), at('12366 税务', 50, 655), at('8月31日前', 200, 662)];
    const cut = rules([45, 190, 300], [712, 690]).map((r) => (r.x1 - r.x0 <= 1 ? { ...r, y0: 640 } : r));
    expect(pdfText(pieces, cut).text).toBe('整合归并的热线\t进度安排\n12360 海关 12366 税务\t8月31日前');
  });
});
