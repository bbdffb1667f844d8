import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../../src/lib/import/archive-limits.ts';
import { entryOf, zeros, zip } from '../../support/zip.ts';

describe('checkArchive, before anything unpacks a .docx or .xlsx', () => {
  it('passes an archive as Word saves one, and says what it holds', () => {
    const archive = zip([entryOf('[Content_Types].xml', '<Types/>'), entryOf('word/document.xml', '<w:document>一、整体并入</w:document>')]);
    expect(checkArchive(archive)).toEqual({ ok: true, entries: 2, unpackedBytes: 8 + Buffer.byteLength('<w:document>一、整体并入</w:document>') });
  });

  it('refuses, from the directory alone, an archive that says it unpacks to 1.2 GB', () => {
    const bomb = zip([{ name: 'word/document.xml', deflated: zeros(2), size: 1260 * 2 ** 20, crc: 0 }]);
    expect(checkArchive(bomb)).toEqual({ ok: false, why: 'unpacks to more than 1260 MB (its directory says so), more than the 100 MB a list may: it may be a zip bomb' });
  });

  it('refuses an archive whose directory understates what an entry unpacks to, as soon as it outgrows it', () => {
    const liar = zip([{ name: 'xl/worksheets/sheet1.xml', deflated: zeros(200), size: 4096, crc: 0 }]);
    expect(checkArchive(liar)).toEqual({ ok: false, why: 'unpacks to more than its directory declares: it may be a zip bomb' });
  });

  it('refuses an archive of more files than a list has', () => {
    const many = zip(Array.from({ length: 2001 }, (_, i) => entryOf(`f${i}.xml`, 'x')));
    expect(checkArchive(many)).toEqual({ ok: false, why: 'holds 2001 files, more than the 2000 a list may: it is not a list as offices save them' });
  });

  it('calls a damaged archive damaged', () => {
    const archive = zip([entryOf('word/document.xml', '<w:document/>')]);
    expect(checkArchive(archive.subarray(0, archive.length - 30))).toEqual({ ok: false, why: 'is not a readable zip archive (its directory is missing or damaged)', damaged: true });
  });
});
