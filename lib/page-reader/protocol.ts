/**
 * What the page-world reader and the isolated content script say to each other. The page world hands
 * over one MessagePort with `window.postMessage(token, origin, [port])` — the token is random per page
 * load and the message names nothing of the extension — and everything else goes over that port, which
 * the page's own `message` listeners never see. Dependency-free (the page-world script imports it).
 */

/** The handshake's data: 32 lower-case hex digits, new on every page load. */
export const HANDSHAKE_TOKEN = /^[0-9a-f]{32}$/;

/** Largest body handed over (characters); a bigger answer is reported by size only. */
export const MAX_HANDED_BODY = 4_000_000;
/** Largest request body handed over (the page's query: tab, invitation id). */
export const MAX_REQUEST_BODY = 4_096;

/** Page world → isolated world. */
export type ReaderMessage =
  | {
      kind: 'body';
      via: 'fetch' | 'xhr';
      path: string;
      status: number;
      /** `user_language` of the request (`th-TH`): the page's UI language. */
      language?: string;
      /** The request's body when it was text (bounded). */
      request?: string;
      body: string;
    }
  | { kind: 'too-large'; via: 'fetch' | 'xhr'; path: string; language?: string }
  /** A verification challenge was seen: the reader has stopped for this page load. */
  | { kind: 'challenge' };

/** Isolated world → page world: stop reading (the seller turned page data off, or a challenge showed). */
export type BridgeMessage = { kind: 'stop' };
