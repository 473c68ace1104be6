import fc from 'fast-check';
import { cellQuantity, cellText, collapseSpaces, isDash, textLines } from './cell-text';

function element(html: string): Element {
  const el = new DOMParser().parseFromString(`<body><div id="x">${html}</div></body>`, 'text/html').getElementById('x');
  if (!el) throw new Error('no element');
  return el;
}

describe('cellText', () => {
  it('collapses whitespace and prefers the wrap-value span', () => {
    expect(cellText(element('<div class="arco-table-cell"> <span class="arco-table-cell-wrap-value">\n $12.3K  </span></div>'))).toBe('$12.3K');
  });
  it('gives null for missing and blank cells', () => {
    expect(cellText(null)).toBeNull();
    expect(cellText(element('  <span> </span> '))).toBeNull();
  });
});

describe('collapseSpaces', () => {
  it('trims and turns every run of whitespace into one space, as the pattern does', () => {
    const reference = (text: string) => text.trim().replace(/\s+/g, ' ');
    const pieces = ['a', 'Z', '1', '$', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u1680', '\u2003', '\u200a', '\u200b', '\u2028', '\u202f', '\u3000', '\ufeff', 'é', '😀', '\u009f'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(collapseSpaces(text)).toBe(reference(text));
      }),
      { numRuns: 5_000 },
    );
    expect(collapseSpaces(' 12.3K ')).toBe('12.3K');
    expect(collapseSpaces('Female\u00a065%')).toBe('Female 65%');
  });
});

describe('textLines', () => {
  it('splits at blocks, <br> and data-e2e components, not at inline spans', () => {
    const el = element('<div>@maya<span>.glow</span></div><span data-e2e="n">Maya</span><span>12.3K</span>, <b>Female</b> 65%<br>tag');
    expect(textLines(el)).toEqual(['@maya.glow', 'Maya', '12.3K, Female 65%', 'tag']);
  });
  it('leaves out skipped elements, scripts and styles', () => {
    const el = element('<div>keep</div><div class="skip">drop</div><style>.a{}</style><script>x()</script>');
    expect(textLines(el, (e) => e.classList.contains('skip'))).toEqual(['keep']);
  });
});

describe('isDash', () => {
  it.each(['--', '-', '—', ' – ', '\u00a0--', '\u1680-', '\u3000—\u3000', '\ufeff–', '\n---'])('%j is a dash', (text) => expect(isDash(text)).toBe(true));
  it.each(['', '-5', 'a-b', '----', 'x--', '0', '\u00a0', '\u2013x', '@--'])('%j is not', (text) => expect(isDash(text)).toBe(false));
});

describe('cellQuantity', () => {
  it('parses the cell text', () => {
    expect(cellQuantity(element('$12.3K'), 'US')).toEqual({ kind: 'exact', value: 12300, unit: 'USD', raw: '$12.3K' });
  });
  it('uses the region for decimal commas', () => {
    expect(cellQuantity(element('1.234,56 €'), 'DE')).toMatchObject({ kind: 'exact', value: 1234.56, unit: 'EUR' });
  });
  it('is null for dashes, blanks, words and missing cells, never 0', () => {
    expect(cellQuantity(element('--'), 'US')).toBeNull();
    expect(cellQuantity(element(' '), 'US')).toBeNull();
    expect(cellQuantity(element('Invite'), 'US')).toBeNull();
    expect(cellQuantity(null, 'US')).toBeNull();
  });
  it('falls back to the first line that parses when the cell adds a note', () => {
    const el = element('<div>$1,234.56</div><div class="trend">↑ vs last 28 days</div>');
    expect(cellQuantity(el, 'US')).toMatchObject({ kind: 'exact', value: 1234.56, unit: 'USD' });
  });
  it('keeps a real zero', () => {
    expect(cellQuantity(element('0'), 'US')).toMatchObject({ kind: 'exact', value: 0 });
  });
});
