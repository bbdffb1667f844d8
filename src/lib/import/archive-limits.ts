import { inflateRawSync } from 'node:zlib';

/** What a Word or Excel list may unpack to: far above any real list (a few hundred KB), far below what would exhaust memory. */
export const ARCHIVE_LIMITS = { entries: 2000, unpackedBytes: 100 * 2 ** 20 } as const;

/** Why an archive is refused, in words that finish the sentence "FILE …". */
export type ArchiveVerdict = { ok: true; entries: number; unpackedBytes: number } | { ok: false; why: string; damaged?: true };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = (n: number) => `${Math.round(n / 2 ** 20)} MB`;

/** A 64-bit size as a number (exact below 2^53, which is all a file here can be). */
const u64 = (b: Buffer, at: number) => Number(b.readBigUInt64LE(at));

/**
 * Checks a zip archive (.docx and .xlsx are zips) before anything inflates it: its central directory's
 * entry count and declared unpacked sizes, then each entry inflated on its own with its declared size as
 * a hard cap (zlib's maxOutputLength), so an archive whose directory lies is stopped as soon as an entry
 * outgrows what it declared. Memory stays within the largest entry allowed, whatever the archive holds.
 * @returns ok with what it holds, or why it is refused
 * @example checkArchive(bomb) // { ok: false, why: 'unpacks to 1290 MB, more than the 100 MB a list may: …' }
 */
export function checkArchive(bytes: Buffer, limits: { entries: number; unpackedBytes: number } = ARCHIVE_LIMITS): ArchiveVerdict {
  const broken = { ok: false, why: 'is not a readable zip archive (its directory is missing or damaged)', damaged: true } as const;
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return broken;
  let count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const locator = end - 20;
  if (locator >= 0 && bytes.readUInt32LE(locator) === ZIP64_LOCATOR) {
    const zip64 = u64(bytes, locator + 8);
    if (zip64 + 56 > bytes.length || bytes.readUInt32LE(zip64) !== ZIP64_EOCD) return broken;
    count = u64(bytes, zip64 + 32);
    offset = u64(bytes, zip64 + 48);
  }
  if (count > limits.entries) return { ok: false, why: `holds ${count} files, more than the ${limits.entries} a list may: it is not a list as offices save them` };

  const entries: { method: number; compressed: number; size: number; local: number }[] = [];
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return broken;
    let compressed = bytes.readUInt32LE(at + 20);
    let size = bytes.readUInt32LE(at + 24);
    let local = bytes.readUInt32LE(at + 42);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    // ZIP64: sizes of 0xFFFFFFFF are in the extra field (id 1), in the order size, compressed, local offset.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = bytes.readUInt16LE(e);
      const length = bytes.readUInt16LE(e + 2);
      if (id === 1) {
        let f = e + 4;
        const next = () => {
          const v = u64(bytes, f);
          f += 8;
          return v;
        };
        if (size === 0xffffffff) size = next();
        if (compressed === 0xffffffff) compressed = next();
        if (local === 0xffffffff) local = next();
      }
      e += 4 + length;
    }
    total += size;
    if (total > limits.unpackedBytes) return { ok: false, why: `unpacks to more than ${MB(total)} (its directory says so), more than the ${MB(limits.unpackedBytes)} a list may: it may be a zip bomb` };
    entries.push({ method: bytes.readUInt16LE(at + 10), compressed, size, local });
    at += 46 + nameLength + extraLength + bytes.readUInt16LE(at + 32);
  }

  // The directory may lie: inflate each entry, one at a time, never past what it declared.
  for (const entry of entries) {
    if (entry.local + 30 > bytes.length || bytes.readUInt32LE(entry.local) !== LOCAL) return broken;
    const data = entry.local + 30 + bytes.readUInt16LE(entry.local + 26) + bytes.readUInt16LE(entry.local + 28);
    const stored = bytes.subarray(data, data + entry.compressed);
    if (entry.method === 0) {
      if (stored.length !== entry.size) return broken;
      continue;
    }
    if (entry.method !== 8) return { ok: false, why: `uses a compression method (${entry.method}) Word and Excel do not save with` };
    try {
      inflateRawSync(stored, { maxOutputLength: Math.max(entry.size, 1) });
    } catch (error) {
      if (error instanceof RangeError) return { ok: false, why: `unpacks to more than its directory declares: it may be a zip bomb` };
      return broken;
    }
  }
  return { ok: true, entries: count, unpackedBytes: total };
}
