import { tabTitle } from './active-tab';
import { idOfLine, idOfText, labelled, overflowCount, readHandles, readProductCell } from './program-cells';
import { collaborationStatusOf, orderContentTypeOf, sampleStatusOf } from './statuses';

function cell(html: string): Element {
  const doc = new DOMParser().parseFromString(`<!doctype html><body><table><tr><td id="c">${html}</td></tr></table></body>`, 'text/html');
  return doc.getElementById('c')!;
}

describe('product cells', () => {
  it('pairs names with the id lines that follow them, and keeps labelled lines', () => {
    const read = readProductCell(cell('<div>Mug</div><div>ID: 1729000000000000001</div><div>SKU: Blue / L</div><div>Stock: 1,200</div><div>Plate</div><div>Product ID: 1729000000000000002</div><div>+3 more</div>'));
    expect(read.products).toEqual([{ name: 'Mug', id: '1729000000000000001' }, { name: 'Plate', id: '1729000000000000002' }]);
    expect(read.more).toBe(3);
    expect(Object.fromEntries(read.labels)).toEqual({ sku: 'Blue / L', stock: '1,200' });
  });

  it('keeps names with colons, ignores `--` ids and request ids, sets prices aside', () => {
    const read = readProductCell(cell('<div>Serum: Vitamin C</div><div>ID: --</div><div>Request ID: 7401000000000000001</div><div>$24.99</div>'));
    expect(read.products).toEqual([{ name: 'Serum: Vitamin C' }]);
    expect(read.others).toEqual(['$24.99']);
  });

  it('reads nothing from a missing or `--` cell, and never popover copies', () => {
    expect(readProductCell(null)).toEqual({ products: [], labels: new Map(), others: [] });
    expect(readProductCell(cell('--')).products).toEqual([]);
    expect(readProductCell(cell('<div>Mug</div><div class="arco-popover"><div>Plate</div></div>')).products).toEqual([{ name: 'Mug' }]);
  });
});

describe('handle lists', () => {
  it('finds every @handle once, in order, case kept', () => {
    expect(readHandles(cell('<div>@Maya.Glow</div><div>@chef_marcus, @maya.glow; @a.b.</div>'))).toEqual({ handles: ['Maya.Glow', 'chef_marcus', 'a.b'] });
  });

  it('counts +N and "N more" overflows, inline or alone', () => {
    expect(readHandles(cell('@a1, @b2, +2'))).toEqual({ handles: ['a1', 'b2'], more: 2 });
    expect(readHandles(cell('<div>@a1</div><div>and 4 more</div>'))).toEqual({ handles: ['a1'], more: 4 });
  });

  it('ignores e-mail addresses, words with @ inside and non-handles', () => {
    expect(readHandles(cell('mail maya@example.com or @&lt;b&gt;x @مها @ok'))).toEqual({ handles: ['ok'] });
    expect(readHandles(cell('--'))).toEqual({ handles: [] });
  });
});

describe('small readers', () => {
  it('reads id lines by what they identify', () => {
    expect(idOfLine('ID: 1729000000000000001')).toBe('1729000000000000001');
    expect(idOfLine('Product ID 1729000000000000001')).toBe('1729000000000000001');
    expect(idOfLine('Order ID: 576900000000000001')).toBeUndefined();
    expect(idOfLine('Order ID: 576900000000000001', 'order')).toBe('576900000000000001');
    expect(idOfLine('Order no. 576900000000000001', 'order')).toBe('576900000000000001');
    expect(idOfText('ID: 1729000000000000001')).toBe('1729000000000000001');
    expect(idOfText('Product ID: 1729000000000000001')).toBe('1729000000000000001');
    expect(idOfText('--')).toBeUndefined();
    expect(idOfText('12345')).toBeUndefined();
  });

  it('splits labelled lines and overflow counts', () => {
    expect(labelled('Est. commission: $1.20')).toEqual(['est commission', '$1.20']);
    expect(labelled('Actual：--')).toEqual(['actual', '--']);
    expect(labelled('$1.20')).toBeNull();
    expect(overflowCount('+3')).toBe(3);
    expect(overflowCount('+12 creators')).toBe(12);
    expect(overflowCount('3')).toBeUndefined();
  });

  it('strips count badges from tab titles', () => {
    const title = (html: string) => tabTitle(cell(html));
    expect(title('Ongoing (12)')).toBe('Ongoing');
    expect(title('To review<span> 3</span>')).toBe('To review');
    expect(title('Expiring<span>99+</span>')).toBe('Expiring');
    expect(title('Shipped · 4')).toBe('Shipped');
    expect(title('Canceled')).toBe('Canceled');
  });
});

describe('status words', () => {
  it('maps collaboration tabs and tags, else null', () => {
    expect(['Ongoing', 'Expiring', 'Canceled', 'Cancelled', 'Ended', 'Pending (2)'].map(collaborationStatusOf)).toEqual([
      'ongoing', 'expiring', 'canceled', 'canceled', 'expired', 'pending',
    ]);
    expect(collaborationStatusOf('Draft')).toBeNull();
    expect(collaborationStatusOf('All')).toBeNull();
  });

  it('maps the six sample tabs', () => {
    expect(['To review', 'Ready to ship', 'Shipped', 'In progress', 'Completed', 'Canceled'].map(sampleStatusOf)).toEqual([
      'requested', 'approved', 'shipped', 'shipped', 'completed', 'canceled',
    ]);
    expect(sampleStatusOf('Content posted')).toBe('content-delivered');
    expect(sampleStatusOf('Something else')).toBeNull();
  });

  it('maps order content types, anything unknown to other', () => {
    expect(['Video', 'VIDEO', 'LIVE', 'Live stream', 'Showcase', 'SHOP', 'Product card', 'Ads', '', null].map(orderContentTypeOf)).toEqual([
      'video', 'video', 'live', 'live', 'showcase', 'showcase', 'showcase', 'other', 'other', 'other',
    ]);
  });
});
