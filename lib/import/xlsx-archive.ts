/**
 * Preparing an `.xlsx` (a zip archive) for read-excel-file.
 *
 * Why: read-excel-file unzips with fflate, which inflates entries above 512 KB in a Web Worker made
 * from a `blob:` URL. Extension pages (Manifest V3 CSP: `script-src 'self'`) refuse such workers,
 * so a large export would fail in the side panel. Here the XML entries are inflated with the
 * platform's own `DecompressionStream` (no worker, no main-thread inflate loop) and written into a
 * new archive that *stores* them, which fflate then reads without workers.
 *
 * Also the first line of defence against damaged files and zip bombs, before anything is inflated:
 * the entry count and the total inflated size the directory declares (ZIP64 records included) are
 * checked against the limits, every offset against the buffer, and each entry is then inflated
 * chunk by chunk into a buffer of exactly its declared size (one byte more is an error). The sheet
 * XML is checked for nesting depth before the reader's recursive parser sees it.
 */

export class ArchiveError extends Error {
  constructor(
    readonly reason: 'not-zip' | 'damaged' | 'too-large' | 'too-deep',
    message: string,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

/** A real export's sheet XML is tens of MB at most; beyond this it is not an export (or is a zip bomb). */
export const MAX_INFLATED_BYTES = 400 * 1024 * 1024;
export const MAX_ENTRIES = 10_000;
/** Sheet XML nests about 6 deep; the reader's parser recurses per level (a deep file overflows its stack). */
export const MAX_XML_DEPTH = 64;

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const ZIP64_EXTRA_ID = 0x0001;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

interface Entry {
  name: string;
  nameBytes: Uint8Array;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Only these entries matter to read-excel-file (it ignores everything else too). */
function isWanted(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.rels');
}

/** A 64-bit little-endian size or offset, refused beyond what a buffer in memory can hold. */
function readU64(view: DataView, offset: number): number {
  const value = view.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ArchiveError('too-large', 'zip64 size beyond any limit');
  return Number(value);
}

interface Directory {
  count: number;
  offset: number;
}

/** Where the central directory is and how many entries it lists (from the ZIP64 record when the classic one is saturated). */
function readDirectory(bytes: Uint8Array, view: DataView): Directory {
  let eocd = -1;
  for (let offset = bytes.length - 22; offset >= 0 && offset >= bytes.length - 22 - 65_535; offset--) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) {
      eocd = offset;
      break;
    }
  }
  if (eocd < 0) throw new ArchiveError('damaged', 'zip end record not found (truncated file?)');
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count !== U16_MAX && offset !== U32_MAX) return { count, offset };
  // ZIP64: the locator sits just before the classic end record and points at the ZIP64 one.
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) {
    throw new ArchiveError('damaged', 'zip64 end record locator missing');
  }
  const record = readU64(view, locator + 8);
  if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) {
    throw new ArchiveError('damaged', 'zip64 end record is damaged');
  }
  return { count: readU64(view, record + 32), offset: readU64(view, record + 48) };
}

/** The ZIP64 extra field's values for the fields the classic header saturated, in the spec's order. */
function applyZip64Extra(view: DataView, extraStart: number, extraEnd: number, entry: Entry): void {
  for (let offset = extraStart; offset + 4 <= extraEnd; ) {
    const id = view.getUint16(offset, true);
    const size = view.getUint16(offset + 2, true);
    const dataEnd = offset + 4 + size;
    if (dataEnd > extraEnd) break;
    if (id === ZIP64_EXTRA_ID) {
      let field = offset + 4;
      const next = (): number => {
        if (field + 8 > dataEnd) throw new ArchiveError('damaged', 'zip64 extra field is cut short');
        const value = readU64(view, field);
        field += 8;
        return value;
      };
      if (entry.size === U32_MAX) entry.size = next();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = next();
      if (entry.localOffset === U32_MAX) entry.localOffset = next();
      return;
    }
    offset = dataEnd;
  }
  if (entry.size === U32_MAX || entry.compressedSize === U32_MAX || entry.localOffset === U32_MAX) {
    throw new ArchiveError('damaged', 'zip64 sizes missing');
  }
}

/**
 * Every entry of the central directory, with the limits checked before anything is inflated: the
 * entry count, and the total size all entries declare they inflate to.
 */
function readEntries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = readDirectory(bytes, view);
  if (directory.count > MAX_ENTRIES) throw new ArchiveError('too-large', 'too many zip entries');

  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  let inflatedTotal = 0;
  let offset = directory.offset;
  for (let index = 0; index < directory.count; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw new ArchiveError('damaged', 'zip directory is damaged');
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const extraStart = offset + 46 + nameLength;
    if (extraStart + extraLength > bytes.length) throw new ArchiveError('damaged', 'zip directory is damaged');
    const nameBytes = bytes.slice(offset + 46, extraStart);
    const entry: Entry = {
      name: decoder.decode(nameBytes),
      nameBytes,
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    };
    applyZip64Extra(view, extraStart, extraStart + extraLength, entry);
    inflatedTotal += entry.size;
    if (inflatedTotal > MAX_INFLATED_BYTES) throw new ArchiveError('too-large', 'the spreadsheet inflates beyond the import limit');
    entries.push(entry);
    offset = extraStart + extraLength + commentLength;
  }
  return entries;
}

function entryData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) {
    throw new ArchiveError('damaged', `zip entry ${entry.name} is damaged`);
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ArchiveError('damaged', `zip entry ${entry.name} is cut short (truncated file?)`);
  return bytes.subarray(start, end);
}

async function inflateRaw(compressed: Uint8Array, expectedSize: number): Promise<Uint8Array> {
  const output = new Uint8Array(expectedSize);
  let written = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(compressed);
      controller.close();
    },
  }).pipeThrough(new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>);
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (written + value.length > expectedSize) throw new ArchiveError('damaged', 'zip entry is larger than it says');
      output.set(value, written);
      written += value.length;
    }
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError('damaged', 'zip entry data is corrupt');
  } finally {
    reader.releaseLock();
  }
  if (written !== expectedSize) throw new ArchiveError('damaged', 'zip entry is shorter than it says');
  return output;
}

/** A zip archive with every entry stored (method 0). */
function storedArchive(files: { entry: Entry; data: Uint8Array }[]): ArrayBuffer {
  let size = 22;
  for (const { entry, data } of files) size += 30 + 46 + 2 * entry.nameBytes.length + data.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let offset = 0;
  const localOffsets: number[] = [];
  for (const { entry, data } of files) {
    localOffsets.push(offset);
    view.setUint32(offset, LOCAL_SIGNATURE, true);
    view.setUint16(offset + 4, 20, true); // version needed
    view.setUint16(offset + 6, entry.flags & 0x0800, true); // keep only the UTF-8 names flag
    view.setUint16(offset + 8, 0, true); // stored
    view.setUint32(offset + 14, entry.crc, true);
    view.setUint32(offset + 18, data.length, true);
    view.setUint32(offset + 22, data.length, true);
    view.setUint16(offset + 26, entry.nameBytes.length, true);
    out.set(entry.nameBytes, offset + 30);
    out.set(data, offset + 30 + entry.nameBytes.length);
    offset += 30 + entry.nameBytes.length + data.length;
  }
  const centralStart = offset;
  files.forEach(({ entry, data }, index) => {
    view.setUint32(offset, CENTRAL_SIGNATURE, true);
    view.setUint16(offset + 4, 20, true);
    view.setUint16(offset + 6, 20, true);
    view.setUint16(offset + 8, entry.flags & 0x0800, true);
    view.setUint16(offset + 10, 0, true);
    view.setUint32(offset + 16, entry.crc, true);
    view.setUint32(offset + 20, data.length, true);
    view.setUint32(offset + 24, data.length, true);
    view.setUint16(offset + 28, entry.nameBytes.length, true);
    view.setUint32(offset + 42, localOffsets[index]!, true);
    out.set(entry.nameBytes, offset + 46);
    offset += 46 + entry.nameBytes.length;
  });
  view.setUint32(offset, EOCD_SIGNATURE, true);
  view.setUint16(offset + 8, files.length, true);
  view.setUint16(offset + 10, files.length, true);
  view.setUint32(offset + 12, offset - centralStart, true);
  view.setUint32(offset + 16, centralStart, true);
  return out.buffer;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;

/**
 * Deepest element nesting of an XML document, stopping at `limit + 1` (a cheap byte scan: the sheet
 * XML of an export nests about 6 deep; a "deep" zip bomb nests thousands).
 */
export function xmlDepth(xml: Uint8Array, limit = MAX_XML_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  for (let index = 0; index < xml.length; index++) {
    const byte = xml[index]!;
    if (byte === LT) {
      const next = xml[index + 1];
      if (next === SLASH) depth -= 1;
      else if (next !== QUESTION && next !== BANG) {
        depth += 1;
        if (depth > deepest) {
          deepest = depth;
          if (deepest > limit) return deepest;
        }
      }
    } else if (byte === SLASH && xml[index + 1] === GT) depth -= 1; // `<c r="A1"/>`
  }
  return deepest;
}

function checkDepth(entry: Entry, xml: Uint8Array): void {
  if (xmlDepth(xml) > MAX_XML_DEPTH) throw new ArchiveError('too-deep', `${entry.name} nests deeper than any spreadsheet`);
}

/**
 * The archive, with its XML entries inflated (each into a buffer of its declared size, so a lying
 * entry cannot grow past what the limits allowed) and stored, ready for read-excel-file.
 * Throws `ArchiveError` for damaged archives and for ones beyond the limits — before inflating
 * anything when the directory already says so.
 */
export async function prepareXlsxArchive(data: ArrayBuffer): Promise<ArrayBuffer> {
  const bytes = new Uint8Array(data);
  const entries = readEntries(bytes).filter((entry) => isWanted(entry.name));
  // Without the platform's inflater (old runtimes) the reader inflates the archive itself.
  if (typeof DecompressionStream === 'undefined') return data;

  const files: { entry: Entry; data: Uint8Array }[] = [];
  for (const entry of entries) {
    if (entry.flags & 0x0001) throw new ArchiveError('damaged', 'the spreadsheet is encrypted');
    const raw = entryData(bytes, entry);
    let inflated: Uint8Array;
    if (entry.method === 0) inflated = raw;
    else if (entry.method === 8) inflated = await inflateRaw(raw, entry.size);
    else throw new ArchiveError('damaged', `zip entry ${entry.name} uses an unknown compression`);
    checkDepth(entry, inflated);
    files.push({ entry, data: inflated });
  }
  return storedArchive(files);
}
