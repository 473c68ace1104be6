import writeExcelFile from 'write-excel-file/node';
import { importExportFile } from './import-file';
import { FILE_ERROR } from './messages';
import { ArchiveError, prepareXlsxArchive } from './xlsx-archive';

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
  it('passes small workbooks through untouched', async () => {
    const small = await bigVideoXlsx(10);
    expect(await prepareXlsxArchive(small)).toBe(small);
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
  });

  it('refuses archives that claim to inflate beyond the limit (zip bombs)', async () => {
    const big = await bigVideoXlsx(10);
    const bomb = big.slice(0);
    const view = new DataView(bomb);
    let eocd = bomb.byteLength - 22;
    while (view.getUint32(eocd, true) !== 0x06054b50) eocd -= 1;
    const central = view.getUint32(eocd + 16, true);
    view.setUint32(central + 24, 0xfffffff0, true); // first entry's uncompressed size
    await expect(prepareXlsxArchive(bomb)).rejects.toBeInstanceOf(ArchiveError);
    expect(await importExportFile({ name: 'bomb.xlsx', data: bomb })).toEqual({ error: FILE_ERROR.tooLarge });
  });

  it('refuses a large archive whose data is corrupt', async () => {
    const big = await bigVideoXlsx(8000);
    const corrupt = new Uint8Array(big.slice(0));
    for (let index = 2000; index < 60_000; index += 3) corrupt[index] = 0xff;
    expect(await importExportFile({ name: 'corrupt.xlsx', data: corrupt.buffer })).toEqual({ error: FILE_ERROR.damagedSpreadsheet });
  });
});
