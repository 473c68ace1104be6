/**
 * The page-world reader: wraps `fetch` and `XMLHttpRequest` so the page cannot tell, and hands the JSON
 * bodies of a few Affiliate Center API paths to the isolated content script (see protocol.ts).
 *
 * What the page sees stays the same:
 * - `fetch` returns the very promise the native `fetch` returned (same Response, same errors, no extra
 *   tick); a clone is taken in a reaction registered before the page's own, so the page's body is untouched;
 * - XHR: only a `loadend` listener is added (after the page's `load` handlers ran), through the native
 *   `addEventListener`; responses are read through native getters for the response type the page chose;
 * - the wrappers are Proxies of the natives, and `Function.prototype.toString` answers for them as for
 *   the natives (`function fetch() { [native code] }`).
 * It never sends, repeats, alters or delays a request. Dependency-free and small: it runs in every
 * Seller Center page before the page's own scripts.
 */
import { PAGE_DATA_PATHS } from '../page-data/endpoints';
import { MAX_HANDED_BODY, MAX_REQUEST_BODY, type ReaderMessage } from './protocol';

const CHALLENGE_HEADER = 'bdturing-verify';
const CHALLENGE_BODY = /"code"\s*:\s*"?30004009\b/;

export interface PageReader {
  /** Stops reading (the wrappers stay, doing nothing more). */
  stop(): void;
}

export function installPageReader(win: Window & typeof globalThis): PageReader {
  const { Reflect: R, Proxy: P, URL: Url, MessageChannel: Channel, WeakMap: Map_ } = win;
  const apply = R.apply;
  const nativeToString = win.Function.prototype.toString;
  const addListener = win.EventTarget.prototype.addEventListener;
  const removeListener = win.EventTarget.prototype.removeEventListener;
  const xhrProto = win.XMLHttpRequest.prototype;
  const getter = (name: string) => win.Object.getOwnPropertyDescriptor(xhrProto, name)?.get;
  const xhrStatus = getter('status');
  const xhrResponseType = getter('responseType');
  const xhrResponse = getter('response');
  const xhrResponseText = getter('responseText');
  const xhrHeader = xhrProto.getResponseHeader;
  const responseProto = win.Response.prototype;
  const cloneResponse = responseProto.clone;
  const responseText = responseProto.text;
  const headersGet = win.Headers.prototype.get;
  const responseHeaders = win.Object.getOwnPropertyDescriptor(responseProto, 'headers')?.get;
  const responseStatus = win.Object.getOwnPropertyDescriptor(responseProto, 'status')?.get;
  const blobText = win.Blob.prototype.text;
  const decoder = new win.TextDecoder();
  const stringify = win.JSON.stringify;
  const paths = new Set(PAGE_DATA_PATHS);
  const origin = win.location.origin;

  let stopped = false;
  const channel = new Channel();
  const port = channel.port1;
  port.onmessage = (event) => {
    if ((event.data as { kind?: unknown } | null)?.kind === 'stop') stopped = true;
  };
  const token = Array.from(win.crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  win.postMessage(token, origin, [channel.port2]);

  function post(message: ReaderMessage): void {
    try {
      port.postMessage(message);
    } catch {
      // A closed port: nothing to do.
    }
  }

  function challenge(): void {
    if (stopped) return;
    stopped = true;
    post({ kind: 'challenge' });
  }

  /** The allowlisted path and UI language of a same-origin request URL, or undefined. */
  function watched(input: unknown): { path: string; language?: string } | undefined {
    let url: URL;
    try {
      const href = typeof input === 'string' ? input : input instanceof win.Request ? input.url : input instanceof Url ? input.href : undefined;
      if (href === undefined) return undefined;
      url = new Url(href, win.location.href);
    } catch {
      return undefined;
    }
    if (url.origin !== origin) return undefined;
    const path = url.pathname.replace(/\/+$/, '');
    if (!paths.has(path)) return undefined;
    const language = url.searchParams.get('user_language')?.slice(0, 16);
    return language ? { path, language } : { path };
  }

  function hand(via: 'fetch' | 'xhr', target: { path: string; language?: string }, status: number, body: string, request?: string): void {
    if (stopped) return;
    if (CHALLENGE_BODY.test(body.slice(0, 200))) return challenge();
    const base = target.language ? { via, path: target.path, language: target.language } : { via, path: target.path };
    if (body.length > MAX_HANDED_BODY) return post({ kind: 'too-large', ...base });
    post(request === undefined ? { kind: 'body', ...base, status, body } : { kind: 'body', ...base, status, body, request });
  }

  function requestText(body: unknown): string | undefined {
    return typeof body === 'string' && body.length <= MAX_REQUEST_BODY ? body : undefined;
  }

  // fetch: the page gets the native promise itself; our reaction is registered first, so the clone is
  // taken before any page code can read the body.
  const nativeFetch = win.fetch;
  const fetchProxy = new P(nativeFetch, {
    apply(target, thisArg, args: unknown[]) {
      const result = apply(target, thisArg, args) as Promise<Response>;
      if (stopped) return result;
      const target_ = watched(args[0]);
      const init = args[1] as { body?: unknown } | undefined;
      result.then(
        (response) => {
          try {
            const headers = apply(responseHeaders!, response, []) as Headers;
            if (apply(headersGet, headers, [CHALLENGE_HEADER]) !== null) return challenge();
            if (!target_ || stopped) return;
            if (!/json/i.test((apply(headersGet, headers, ['content-type']) as string | null) ?? '')) return;
            const status = apply(responseStatus!, response, []) as number;
            const copy = apply(cloneResponse, response, []) as Response;
            (apply(responseText, copy, []) as Promise<string>).then(
              (body) => hand('fetch', target_, status, body, requestText(init?.body)),
              () => undefined,
            );
          } catch {
            // Never let the reader's trouble reach the page.
          }
        },
        () => undefined,
      );
      return result;
    },
  });

  // XHR: remember what `open` asked for; `send` adds one native `loadend` listener.
  const opened = new Map_<XMLHttpRequest, { path: string; language?: string; request?: string }>();
  const nativeOpen = xhrProto.open;
  const nativeSend = xhrProto.send;
  const openProxy = new P(nativeOpen, {
    apply(target, xhr: XMLHttpRequest, args: unknown[]) {
      const found = stopped ? undefined : watched(args[1]);
      if (found) opened.set(xhr, found);
      else opened.delete(xhr);
      return apply(target, xhr, args);
    },
  });
  const sendProxy = new P(nativeSend, {
    apply(target, xhr: XMLHttpRequest, args: unknown[]) {
      const found = opened.get(xhr);
      if (found && !stopped) {
        const request = requestText(args[0]);
        if (request !== undefined) found.request = request;
        apply(addListener, xhr, ['loadend', onLoadEnd]);
      }
      return apply(target, xhr, args);
    },
  });

  function onLoadEnd(this: XMLHttpRequest): void {
    apply(removeListener, this, ['loadend', onLoadEnd]);
    const found = opened.get(this);
    opened.delete(this);
    try {
      const status = apply(xhrStatus!, this, []) as number;
      // Aborted, failed or timed out: nothing was received.
      if (!found || stopped || status === 0) return;
      if (apply(xhrHeader, this, [CHALLENGE_HEADER]) !== null) return challenge();
      if (!/json/i.test((apply(xhrHeader, this, ['content-type']) as string | null) ?? '')) return;
      const type = apply(xhrResponseType!, this, []) as XMLHttpRequestResponseType;
      const give = (body: string) => hand('xhr', found, status, body, found.request);
      if (type === '' || type === 'text') give(apply(xhrResponseText!, this, []) as string);
      else if (type === 'json') {
        const value = apply(xhrResponse!, this, []);
        if (value !== null) give(stringify(value));
      } else if (type === 'arraybuffer') give(decoder.decode(apply(xhrResponse!, this, []) as ArrayBuffer));
      else if (type === 'blob') (apply(blobText, apply(xhrResponse!, this, []) as Blob, []) as Promise<string>).then(give, () => undefined);
    } catch {
      // As above: the page must never see the reader fail.
    }
  }

  // Function.prototype.toString answers for the wrappers as for the natives they wrap.
  const natives = new Map_<object, object>([
    [fetchProxy, nativeFetch],
    [openProxy, nativeOpen],
    [sendProxy, nativeSend],
  ]);
  const toStringProxy = new P(nativeToString, {
    apply(target, thisArg: object, args: unknown[]) {
      return apply(target, natives.get(thisArg) ?? thisArg, args);
    },
  });
  natives.set(toStringProxy, nativeToString);

  win.fetch = fetchProxy;
  xhrProto.open = openProxy;
  xhrProto.send = sendProxy;
  win.Function.prototype.toString = toStringProxy;

  return {
    stop() {
      stopped = true;
    },
  };
}
