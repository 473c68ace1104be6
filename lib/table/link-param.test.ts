import { linkParam } from './link-param';

function element(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('linkParam', () => {
  it('takes the first link whose parameter is a plausible id', () => {
    const row = element('<a href="/x?request_id=%ZZ">a</a><a href="/x?foo=1&request_id=7493018462751930368#t">b</a>');
    expect(linkParam(row, 'request_id')).toBe('7493018462751930368');
  });

  it('does not take a longer parameter name ending in the same letters', () => {
    expect(linkParam(element('<a href="/x?acid=12345">a</a>'), 'cid')).toBeUndefined();
    expect(linkParam(element('<a href="/x?cid=">a</a>'), 'cid')).toBeUndefined();
  });
});
