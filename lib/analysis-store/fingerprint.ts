/**
 * A fingerprint of a saved analysis' content, so a fresh analysis equal to the saved one is not
 * written again (the full record is megabytes: writing it after every opening costs the panel and
 * the background hundreds of milliseconds for nothing).
 *
 * Two 32-bit hashes (FNV-1a on 32-bit words and a multiply-xorshift mix) over a walk of the
 * value: numbers by their bits, strings by their characters (short ones by their own two hashes,
 * long ones by their UTF-8 bytes: see `string`), typed arrays by their bytes, arrays
 * element by element, objects by their keys in order. Equal values give equal fingerprints; another key order gives another
 * fingerprint (a needless write, never a missed one). Unequal values collide with a chance of about
 * one in 2^64: the saved analysis is then one save behind, which the next change corrects.
 */

const FLOAT = new Float64Array(1);
const WORDS = new Uint32Array(FLOAT.buffer);

/**
 * The saved analysis is mostly text (500,000 property names, 400,000 strings for 5,000 creators),
 * and a word per character made its fingerprint ~200 ms of the panel's first seconds. So a short
 * string (keys, statuses, handles: the same few again and again) goes in as its own two hashes,
 * computed once per string (`SHORT_HASHES`), and a long one (reasons) by its UTF-8 bytes, four at
 * a time (TextEncoder writes them natively).
 */
const ENCODED_FROM = 24;
/** Two 32-bit hashes of short strings, per string; cleared when it grows past `SHORT_HASHES_MAX`. */
const SHORT_HASHES = new Map<string, number[]>();
const SHORT_HASHES_MAX = 100_000;
const ENCODER = new TextEncoder();
/** Any UTF-16 surrogate: a lone one has no UTF-8 bytes of its own (encoded as U+FFFD), so such strings go by character. */
const SURROGATE = /[\uD800-\uDFFF]/;
let scratch = new Uint8Array(4096);
let scratchWords = new Uint32Array(scratch.buffer);

/** The words that open and close an object's keys and values. */
const OBJECT_START = 10;
const OBJECT_END = 11;

class Hasher {
  a = 0x811c9dc5;
  b = 0x9e3779b9;

  word(value: number): void {
    this.a = Math.imul(this.a ^ value, 0x01000193);
    const b = Math.imul(this.b ^ value, 0x85ebca6b);
    this.b = Math.imul(b ^ (b >>> 15), 0xc2b2ae35) ^ (b >>> 13);
  }

  number(value: number): void {
    FLOAT[0] = value;
    this.word(WORDS[0]!);
    this.word(WORDS[1]!);
  }

  /** A typed array's bytes, four at a time (a view not at a multiple of 4 bytes is read from a copy that is: the same bytes, the same words). */
  bytes(view: ArrayBufferView): void {
    if (view.byteOffset % 4 !== 0) {
      this.bytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice());
      return;
    }
    const { buffer, byteOffset, byteLength } = view;
    this.word(byteLength);
    const whole = byteLength >>> 2;
    const words = new Uint32Array(buffer, byteOffset, whole);
    for (let i = 0; i < whole; i++) this.word(words[i]!);
    const rest = new Uint8Array(buffer, byteOffset + whole * 4, byteLength - whole * 4);
    for (let i = 0; i < rest.length; i++) this.word(rest[i]!);
  }

  string(value: string): void {
    const length = value.length;
    this.word(length);
    if (length < ENCODED_FROM) {
      let hashes = SHORT_HASHES.get(value);
      if (hashes === undefined) {
        const own = new Hasher();
        for (let i = 0; i < length; i++) own.word(value.charCodeAt(i));
        hashes = [own.a, own.b];
        if (SHORT_HASHES.size >= SHORT_HASHES_MAX) SHORT_HASHES.clear();
        SHORT_HASHES.set(value, hashes);
      }
      this.word(hashes[0]!);
      this.word(hashes[1]!);
      return;
    }
    if (SURROGATE.test(value)) {
      for (let i = 0; i < length; i++) this.word(value.charCodeAt(i));
      return;
    }
    // At most 3 bytes per character without surrogates.
    if (scratch.length < length * 3) {
      scratch = new Uint8Array(length * 3 + 4096);
      scratchWords = new Uint32Array(scratch.buffer);
    }
    const written = ENCODER.encodeInto(value, scratch).written;
    this.word(written);
    const whole = written >>> 2;
    for (let i = 0; i < whole; i++) this.word(scratchWords[i]!);
    for (let i = whole * 4; i < written; i++) this.word(scratch[i]!);
  }

  arrayStart(length: number): void {
    this.word(8);
    this.word(length);
  }

  value(value: unknown): void {
    switch (typeof value) {
      case 'number':
        this.word(1);
        this.number(value);
        return;
      case 'string':
        this.word(2);
        this.string(value);
        return;
      case 'boolean':
        this.word(value ? 3 : 4);
        return;
      case 'undefined':
        this.word(5);
        return;
      case 'bigint':
        this.word(6);
        this.string(String(value));
        return;
      default:
        break;
    }
    if (value === null) {
      this.word(7);
    } else if (Array.isArray(value)) {
      this.arrayStart(value.length);
      for (const item of value) this.value(item);
    } else if (ArrayBuffer.isView(value)) {
      this.word(9);
      this.string(value.constructor.name);
      this.bytes(value);
    } else if (typeof value === 'object') {
      this.word(OBJECT_START);
      for (const key of Object.keys(value)) {
        this.string(key);
        this.value((value as Record<string, unknown>)[key]);
      }
      this.word(OBJECT_END);
    } else {
      this.word(12);
    }
  }

  digest(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

/** The fingerprint of `value` (16 hex digits). */
export function fingerprintOf(value: unknown): string {
  const hasher = new Hasher();
  hasher.value(value);
  return hasher.digest();
}

/**
 * `fingerprintOf(value)`, the same digest, computed in steps of about `stepMs` with `pause()`
 * between them: the arrays and objects of the first `STEP_DEPTH` levels (a saved analysis: its
 * lists, their columns, a column's values) are walked here, element by element, so a click in the
 * panel waits for one step, not for the whole walk (hundreds of milliseconds for 5,000 creators).
 */
export async function fingerprintInSteps(value: unknown, pause: () => Promise<void>, stepMs = 10): Promise<string> {
  const hasher = new Hasher();
  let stepStart = performance.now();
  const walk = async (item: unknown, depth: number): Promise<void> => {
    if (depth >= STEP_DEPTH || item === null || typeof item !== 'object' || ArrayBuffer.isView(item)) {
      hasher.value(item);
      if (performance.now() - stepStart >= stepMs) {
        await pause();
        stepStart = performance.now();
      }
      return;
    }
    // As `Hasher.value` frames arrays and objects.
    if (Array.isArray(item)) {
      hasher.arrayStart(item.length);
      for (const element of item) await walk(element, depth + 1);
      return;
    }
    hasher.word(OBJECT_START);
    for (const key of Object.keys(item)) {
      hasher.string(key);
      await walk((item as Record<string, unknown>)[key], depth + 1);
    }
    hasher.word(OBJECT_END);
  };
  await walk(value, 0);
  return hasher.digest();
}

const STEP_DEPTH = 4;
