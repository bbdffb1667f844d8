import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../src/lib/import/text-encoding.ts';

const TEXT = '一、整体并入\n序号\t号码\t责任单位\n1\t12396 全国统一科技公益服务电话\t市科技局\n2\t12369 环境保护投诉举报电话\t市生态环境局\n';
const TRADITIONAL = '一、整體併入\n序號\t號碼\t責任單位\n1\t12396 全國統一科技公益服務電話\t市科技局\n2\t12369 環境保護投訴舉報電話\t市生態環境局\n';
const page = (charset: string, body = TEXT) => `<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>list</title></head><body><pre>${body}</pre></body></html>`;

describe('decodeDocument', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT), 'UTF-8'],
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'UTF-8 (byte order mark)'],
    ['UTF-16LE with a byte order mark', iconv.encode(TEXT, 'utf-16le', { addBOM: true }), 'UTF-16LE (byte order mark)'],
    ['UTF-16BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]), 'UTF-16BE (byte order mark)'],
    ['GBK, undeclared', iconv.encode(TEXT, 'gbk'), 'GB18030 (detected)'],
    ['GB18030, undeclared', iconv.encode(TEXT, 'gb18030'), 'GB18030 (detected)'],
  ])('reads a text file in %s, and says how', (_kind, bytes, encoding) => {
    expect(decodeDocument(bytes, 'text')).toEqual({ text: TEXT, encoding });
  });

  it('reads Big5 (traditional characters), detected', () => {
    expect(decodeDocument(iconv.encode(TRADITIONAL.repeat(3), 'big5'), 'text')).toEqual({ text: TRADITIONAL.repeat(3), encoding: 'Big5 (detected)' });
  });

  it.each([
    ['gb2312', 'GB18030 (the page declares gb2312)'],
    ['GBK', 'GB18030 (the page declares gbk)'],
    ['big5', 'Big5 (the page declares big5)'],
  ])('reads a page that declares %s in its head by that charset', (charset, encoding) => {
    const html = page(charset, charset === 'big5' ? TRADITIONAL : TEXT);
    expect(decodeDocument(iconv.encode(html, charset), 'html')).toEqual({ text: html, encoding });
  });

  it('trusts a byte order mark over what the page declares, and ignores a declaration it cannot read', () => {
    const html = page('gb2312');
    expect(decodeDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html)]), 'html')?.encoding).toBe('UTF-8 (byte order mark)');
    expect(decodeDocument(Buffer.from(page('x-unknown')), 'html')).toEqual({ text: page('x-unknown'), encoding: 'UTF-8' });
  });
});
