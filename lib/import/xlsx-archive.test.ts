import { deflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import writeExcelFile from 'write-excel-file/node';
import { importExportFile } from './import-file';
import { FILE_ERROR } from './messages';
import { ArchiveError, MAX_XML_DEPTH, prepareXlsxArchive, xmlDepth } from './xlsx-archive';

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

interface Zip64Entry {
  name: string;
  data: Uint8Array;
  /** Inflated size to declare (default: the real one). */
  declaredSize?: number;
}

/**
 * A ZIP64 archive written by hand: every entry deflated, its sizes and offset in a ZIP64 extra
 * field (the classic fields saturated), the directory found through a ZIP64 end record.
 */
function zip64Archive(entries: Zip64Entry[]): ArrayBuffer {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const compressed = deflateSync(entry.data);
    const size = BigInt(entry.declaredSize ?? entry.data.length);
    const local = new Uint8Array(30 + name.length + 20 + compressed.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 45, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(14, crc32(entry.data), true);
    lv.setUint32(18, 0xffffffff, true);
    lv.setUint32(22, 0xffffffff, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 20, true);
    local.set(name, 30);
    lv.setUint16(30 + name.length, 0x0001, true);
    lv.setUint16(32 + name.length, 16, true);
    lv.setBigUint64(34 + name.length, size, true);
    lv.setBigUint64(42 + name.length, BigInt(compressed.length), true);
    local.set(compressed, 50 + name.length);
    const record = new Uint8Array(46 + name.length + 28);
    const cv = new DataView(record.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 45, true);
    cv.setUint16(6, 45, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(16, crc32(entry.data), true);
    cv.setUint32(20, 0xffffffff, true);
    cv.setUint32(24, 0xffffffff, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, 28, true);
    cv.setUint32(42, 0xffffffff, true);
    record.set(name, 46);
    cv.setUint16(46 + name.length, 0x0001, true);
    cv.setUint16(48 + name.length, 24, true);
    cv.setBigUint64(50 + name.length, size, true);
    cv.setBigUint64(58 + name.length, BigInt(compressed.length), true);
    cv.setBigUint64(66 + name.length, BigInt(offset), true);
    parts.push(local);
    central.push(record);
    offset += local.length;
  }
  const centralStart = offset;
  const centralSize = central.reduce((sum, record) => sum + record.length, 0);
  const end = new Uint8Array(56 + 20 + 22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06064b50, true);
  ev.setBigUint64(4, 44n, true);
  ev.setUint16(12, 45, true);
  ev.setUint16(14, 45, true);
  ev.setBigUint64(24, BigInt(entries.length), true);
  ev.setBigUint64(32, BigInt(entries.length), true);
  ev.setBigUint64(40, BigInt(centralSize), true);
  ev.setBigUint64(48, BigInt(centralStart), true);
  ev.setUint32(56, 0x07064b50, true);
  ev.setBigUint64(64, BigInt(centralStart + centralSize), true);
  ev.setUint32(72, 1, true);
  ev.setUint32(76, 0x06054b50, true);
  ev.setUint16(84, 0xffff, true);
  ev.setUint16(86, 0xffff, true);
  ev.setUint32(88, 0xffffffff, true);
  ev.setUint32(92, 0xffffffff, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out.buffer;
}

function asBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function bigVideoXlsx(rows: number): Promise<ArrayBuffer> {
  const sheet: (string | number)[][] = [['Video ID', 'Product ID', 'Creator name', 'GMV', 'Orders', 'Views', 'Video title']];
  for (let index = 0; index < rows; index++) {
    sheet.push([`73${String(index).padStart(17, '0')}`, '1729', `creator_${index % 40}`, index + 0.5, index % 9, index * 10, `Video number ${index}`]);
  }
  const bytes = await writeExcelFile(sheet).toBuffer();
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** The zip entries' names and compression methods, from the central directory. */
function entryMethods(data: ArrayBuffer): Record<string, number> {
  const view = new DataView(data);
  let eocd = data.byteLength - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd -= 1;
  const methods: Record<string, number> = {};
  let offset = view.getUint32(eocd + 16, true);
  for (let index = 0; index < view.getUint16(eocd + 10, true); index++) {
    const nameLength = view.getUint16(offset + 28, true);
    const name = new TextDecoder().decode(new Uint8Array(data, offset + 46, nameLength));
    methods[name] = view.getUint16(offset + 10, true);
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return methods;
}

describe('prepareXlsxArchive', () => {
  it('inflates even small workbooks itself, each entry bounded by its declared size', async () => {
    const small = await bigVideoXlsx(10);
    const prepared = await prepareXlsxArchive(small);
    expect(Object.values(entryMethods(prepared)).every((method) => method === 0)).toBe(true);
    const outcome = await importExportFile({ name: 'small.xlsx', data: small });
    expect('error' in outcome ? outcome.error : outcome.rowsRead).toBe(10);
  });

  it('stores large sheets inflated, so the reader never needs a worker, and reads the same rows', async () => {
    const big = await bigVideoXlsx(8000);
    expect(entryMethods(big)['xl/worksheets/sheet1.xml']).toBe(8);
    const prepared = await prepareXlsxArchive(big);
    expect(prepared).not.toBe(big);
    expect(Object.values(entryMethods(prepared)).every((method) => method === 0)).toBe(true);

    const outcome = await importExportFile({ name: 'big.xlsx', data: big });
    if ('error' in outcome) throw new Error(outcome.error);
    expect(outcome.rowsRead).toBe(8000);
    expect(outcome.rows[7999]).toMatchObject({ contentId: '7300000000000007999', title: 'Video number 7999', metrics: { gmv: { value: 7999.5 } } });
  }, 30_000);

  it('refuses archives that claim to inflate beyond the limit (zip bombs)', async () => {
    const big = await bigVideoXlsx(10);
    const bomb = big.slice(0);
    const view = new DataView(bomb);
    let eocd = bomb.byteLength - 22;
    while (view.getUint32(eocd, true) !== 0x06054b50) eocd -= 1;
    const central = view.getUint32(eocd + 16, true);
    view.setUint32(central + 24, 0xfffffff0, true); // first entry's uncompressed size
    await expect(prepareXlsxArchive(bomb)).rejects.toBeInstanceOf(ArchiveError);
    expect(await importExportFile({ name: 'bomb.xlsx', data: bomb })).toEqual({ error: FILE_ERROR.workbookTooLarge });
  });

  it('reads a ZIP64 workbook like any other', async () => {
    const files = unzipSync(new Uint8Array(await bigVideoXlsx(10)));
    const zip64 = zip64Archive(Object.entries(files).map(([name, data]) => ({ name, data })));
    const outcome = await importExportFile({ name: 'zip64.xlsx', data: zip64 });
    if ('error' in outcome) throw new Error(outcome.error);
    expect(outcome.rowsRead).toBe(10);
  });

  it('refuses a small ZIP64 file declaring 450 MB before inflating anything (issue #15)', async () => {
    const files = unzipSync(new Uint8Array(await bigVideoXlsx(10)));
    const entries = Object.entries(files).map(([name, data]) => ({ name, data, ...(name.endsWith('sheet1.xml') ? { declaredSize: 450 * 1024 * 1024 } : {}) }));
    const bomb = zip64Archive(entries);
    expect(bomb.byteLength).toBeLessThan(100_000);
    await expect(prepareXlsxArchive(bomb)).rejects.toMatchObject({ reason: 'too-large' });
    expect(await importExportFile({ name: 'bomb.xlsx', data: bomb })).toEqual({ error: FILE_ERROR.workbookTooLarge });
  });

  it('refuses an entry that inflates past its declared size', async () => {
    const files = unzipSync(new Uint8Array(await bigVideoXlsx(10)));
    const entries = Object.entries(files).map(([name, data]) => ({ name, data, ...(name.endsWith('sheet1.xml') ? { declaredSize: 100 } : {}) }));
    expect(await importExportFile({ name: 'liar.xlsx', data: zip64Archive(entries) })).toEqual({ error: FILE_ERROR.damagedSpreadsheet });
  });

  it('refuses too many entries from the directory alone', async () => {
    const many: Record<string, Uint8Array> = {};
    for (let index = 0; index <= 10_000; index++) many[`x/${index}.xml`] = new Uint8Array(0);
    const archive = asBuffer(zipSync(many, { level: 0 }));
    await expect(prepareXlsxArchive(archive)).rejects.toMatchObject({ reason: 'too-large' });
  });

  it('refuses a workbook nested deeper than any spreadsheet, with a message that says so', async () => {
    const files = unzipSync(new Uint8Array(await bigVideoXlsx(10)));
    const deep = `<?xml version="1.0"?><worksheet><sheetData>${'<row>'.repeat(200_000)}${'</row>'.repeat(200_000)}</sheetData></worksheet>`;
    files['xl/worksheets/sheet1.xml'] = strToU8(deep);
    const archive = asBuffer(zipSync(files));
    expect(await importExportFile({ name: 'deep.xlsx', data: archive })).toEqual({ error: FILE_ERROR.workbookTooDeep });
  });
});

describe('xmlDepth', () => {
  it('measures element nesting, self-closing elements and declarations included', () => {
    expect(xmlDepth(strToU8('<?xml version="1.0"?><a><b><c r="A1"/><c><v>1</v></c></b></a>'))).toBe(4);
    expect(xmlDepth(strToU8('<!-- x --><a/>'))).toBe(1);
    expect(xmlDepth(strToU8('<a>'.repeat(1000)))).toBe(MAX_XML_DEPTH + 1);
  });

  it('refuses a large archive whose data is corrupt', async () => {
    const big = await bigVideoXlsx(8000);
    const corrupt = new Uint8Array(big.slice(0));
    for (let index = 2000; index < 60_000; index += 3) corrupt[index] = 0xff;
    expect(await importExportFile({ name: 'corrupt.xlsx', data: corrupt.buffer })).toEqual({ error: FILE_ERROR.damagedSpreadsheet });
  });
});
