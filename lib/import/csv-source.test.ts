import fc from 'fast-check';
import { csvBatches, csvSliceEnd, parseCsvRecords, quoteFreeSliceEnd } from './csv-source';

const rowsOf = (text: string, sliceChars: number) => [...csvBatches(text, ',', sliceChars)].flatMap((batch) => batch.rows);

/** Well-formed CSV that stresses record boundaries: quoted newlines, delimiters and quotes, CRLF, blank lines. */
const field = fc.constantFrom('', 'a', '17', ' x ', '"q"', '"a,b"', '"line\nbreak"', '"say ""hi"""', '"\r\n"');
const csvText = fc
  .tuple(fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([rows, newline, last]) => rows.map((cells) => cells.join(',')).join(newline) + (last && rows.length > 0 ? newline : ''));

describe('csvBatches', () => {
  it('gives the rows of the whole text, however it is sliced', () => {
    fc.assert(
      fc.property(csvText, fc.integer({ min: 1, max: 40 }), (text, sliceChars) => {
        expect(rowsOf(text, sliceChars)).toEqual(parseCsvRecords(text, ','));
      }),
    );
  });

  it('keeps a quoted newline inside its record when the slice would end there', () => {
    const text = 'id,name\r\n1,"two\nlines"\r\n2,plain\r\n';
    expect(rowsOf(text, 12)).toEqual([['id', 'name'], ['1', 'two\nlines'], ['2', 'plain']]);
  });

  it('reads a quote-free file without a final newline', () => {
    expect(rowsOf('a,b\n1,2\n3,4', 3)).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });
});

describe('quoteFreeSliceEnd', () => {
  it('answers as csvSliceEnd does whenever it answers', () => {
    fc.assert(
      fc.property(csvText, fc.nat({ max: 60 }), fc.integer({ min: 1, max: 30 }), (text, at, target) => {
        // Slices start on a record boundary: the start of the text or just after a record's newline.
        let start = 0;
        while (start < text.length && start < at) start = csvSliceEnd(text, start, 1, ',');
        const fast = quoteFreeSliceEnd(text, start, target, text.indexOf('"', start));
        if (fast !== undefined) expect(fast).toBe(csvSliceEnd(text, start, target, ','));
      }),
    );
  });

  it('leaves a slice with a quote before its newline to the scan', () => {
    expect(quoteFreeSliceEnd('a,"b\nc"\nd\n', 0, 2, 2)).toBeUndefined();
    expect(quoteFreeSliceEnd('a,b\nc,"d"\n', 0, 2, 6)).toBe(4);
    expect(quoteFreeSliceEnd('a,b', 0, 10, -1)).toBe(3);
  });
});
