/**
 * Preparing an `.xlsx` (a zip archive) for read-excel-file.
 *
 * Why: read-excel-file unzips with fflate, which inflates entries above 512 KB in a Web Worker made
 * from a `blob:` URL. Extension pages (Manifest V3 CSP: `script-src 'self'`) refuse such workers,
 * so a large export would fail in the side panel. Here the XML entries are inflated with the
 * platform's own `DecompressionStream` (no worker, no main-thread inflate loop) and written into a
 * new archive that *stores* them, which fflate then reads without workers. Small archives, where
 * fflate inflates synchronously anyway, are passed through untouched.
 *
 * Also the first line of defence against damaged files and zip bombs: limits on entry count and
 * inflated size, and every offset checked against the buffer.
 */

export class ArchiveError extends Error {
  constructor(
    readonly reason: 'not-zip' | 'damaged' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

/** fflate inflates entries at least this large (uncompressed) in a worker. */
const WORKER_THRESHOLD = 512 * 1024;
/** A real export's sheet XML is tens of MB at most; beyond this it is not an export (or is a zip bomb). */
export const MAX_INFLATED_BYTES = 400 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

const EOCD_SIGNATURE = 0x06054b50;
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

function readEntries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let offset = bytes.length - 22; offset >= 0 && offset >= bytes.length - 22 - 65_535; offset--) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) {
      eocd = offset;
      break;
    }
  }
  if (eocd < 0) throw new ArchiveError('damaged', 'zip end record not found (truncated file?)');
  const count = view.getUint16(eocd + 10, true);
  const centralOffset = view.getUint32(eocd + 16, true);
  if (count > MAX_ENTRIES) throw new ArchiveError('too-large', 'too many zip entries');
  if (centralOffset === 0xffffffff || count === 0xffff) return []; // ZIP64: leave it to the library

  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  let offset = centralOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw new ArchiveError('damaged', 'zip directory is damaged');
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) throw new ArchiveError('damaged', 'zip directory is damaged');
    const nameBytes = bytes.slice(offset + 46, offset + 46 + nameLength);
    entries.push({
      name: decoder.decode(nameBytes),
      nameBytes,
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
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

/**
 * The archive, with large deflated XML entries inflated and stored, ready for read-excel-file.
 * Throws `ArchiveError` for damaged archives and for ones that would inflate beyond the limits.
 */
export async function prepareXlsxArchive(data: ArrayBuffer): Promise<ArrayBuffer> {
  const bytes = new Uint8Array(data);
  const entries = readEntries(bytes).filter((entry) => isWanted(entry.name));
  let inflatedTotal = 0;
  for (const entry of entries) inflatedTotal += entry.size;
  if (inflatedTotal > MAX_INFLATED_BYTES) throw new ArchiveError('too-large', 'the spreadsheet inflates beyond the import limit');

  const needsWorker = entries.some(
    (entry) => entry.method === 8 && entry.size >= WORKER_THRESHOLD && entry.compressedSize <= 0.8 * entry.size,
  );
  if (!needsWorker || typeof DecompressionStream === 'undefined') return data;

  const files: { entry: Entry; data: Uint8Array }[] = [];
  for (const entry of entries) {
    if (entry.flags & 0x0001) throw new ArchiveError('damaged', 'the spreadsheet is encrypted');
    const raw = entryData(bytes, entry);
    if (entry.method === 0) files.push({ entry, data: raw });
    else if (entry.method === 8) files.push({ entry, data: await inflateRaw(raw, entry.size) });
    else throw new ArchiveError('damaged', `zip entry ${entry.name} uses an unknown compression`);
  }
  return storedArchive(files);
}
