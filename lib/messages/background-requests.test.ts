import { isFromExtensionPage, isRecognizedCapture, parseBackgroundRequest } from './background-requests';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('background requests', () => {
  it('accepts exactly the prepare-analysis request', () => {
    expect(parseBackgroundRequest({ type: 'prepare-analysis' })).toEqual({ type: 'prepare-analysis' });
    expect(parseBackgroundRequest({ type: 'prepare-analysis', extra: 1 })).toBeNull();
    expect(parseBackgroundRequest({ type: 'capture' })).toBeNull();
    expect(parseBackgroundRequest(null)).toBeNull();
    expect(parseBackgroundRequest('prepare-analysis')).toBeNull();
    expect(parseBackgroundRequest({ type: 'restore', step: 'begin', staging: 'creator-desk-restore-m1-ab' })).toEqual({ type: 'restore', step: 'begin', staging: 'creator-desk-restore-m1-ab' });
    expect(parseBackgroundRequest({ type: 'restore', step: 'drop', staging: 'x' })).toBeNull();
    expect(parseBackgroundRequest({ type: 'restore', step: 'begin', staging: 'a/b' })).toBeNull();
  });

  it('takes requests from the extension\'s own pages only', () => {
    expect(isFromExtensionPage({ id: ID, url: `${ORIGIN}sidepanel.html#data` }, ID, ORIGIN)).toBe(true);
    expect(isFromExtensionPage({ id: ID, url: `${ORIGIN}sidepanel.html` }, ID, ORIGIN.slice(0, -1))).toBe(true);
    // A content script: this extension, but a Seller Center page.
    expect(isFromExtensionPage({ id: ID, url: 'https://seller-us.tiktok.com/' }, ID, ORIGIN)).toBe(false);
    expect(isFromExtensionPage({ id: 'other', url: 'chrome-extension://other/x.html' }, ID, ORIGIN)).toBe(false);
    expect(isFromExtensionPage({ id: ID }, ID, ORIGIN)).toBe(false);
    expect(isFromExtensionPage({ id: ID, url: `chrome-extension://${ID}evil/x.html` }, ID, ORIGIN)).toBe(false);
  });

  it('tells a recognized capture from other content messages', () => {
    expect(isRecognizedCapture({ type: 'capture', result: { status: 'recognized' } })).toBe(true);
    expect(isRecognizedCapture({ type: 'capture', result: { status: 'unrecognized' } })).toBe(false);
    expect(isRecognizedCapture({ type: 'page-seen' })).toBe(false);
    expect(isRecognizedCapture({ type: 'page-data-body' })).toBe(true);
    expect(isRecognizedCapture({ type: 'page-data-seen' })).toBe(false);
    expect(isRecognizedCapture({ type: 'capture', result: null })).toBe(false);
    expect(isRecognizedCapture(undefined)).toBe(false);
  });
});
