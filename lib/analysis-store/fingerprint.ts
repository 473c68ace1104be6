/**
 * A fingerprint of a saved analysis' content, so a fresh analysis equal to the saved one is not
 * written again (the full record is megabytes: writing it after every opening costs the panel and
 * the background hundreds of milliseconds for nothing).
 *
 * Two 32-bit hashes (FNV-1a on 32-bit words and a multiply-xorshift mix) over a walk of the
 * value: numbers by their bits, strings by their characters, typed arrays by their bytes, arrays
 * element by element, objects by their keys in order. Equal values give equal fingerprints; another key order gives another
 * fingerprint (a needless write, never a missed one). Unequal values collide with a chance of about
 * one in 2^64: the saved analysis is then one save behind, which the next change corrects.
 */

const FLOAT = new Float64Array(1);
const WORDS = new Uint32Array(FLOAT.buffer);

class Hasher {
  private a = 0x811c9dc5;
  private b = 0x9e3779b9;

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

  /** A typed array's bytes, four at a time. */
  bytes(view: ArrayBufferView): void {
    const { buffer, byteOffset, byteLength } = view;
    this.word(byteLength);
    const whole = byteOffset % 4 === 0 ? byteLength >>> 2 : 0;
    const words = new Uint32Array(buffer, byteOffset, whole);
    for (let i = 0; i < whole; i++) this.word(words[i]!);
    const rest = new Uint8Array(buffer, byteOffset + whole * 4, byteLength - whole * 4);
    for (let i = 0; i < rest.length; i++) this.word(rest[i]!);
  }

  string(value: string): void {
    this.word(value.length);
    for (let i = 0; i < value.length; i++) this.word(value.charCodeAt(i));
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
      this.word(8);
      this.word(value.length);
      for (const item of value) this.value(item);
    } else if (ArrayBuffer.isView(value)) {
      this.word(9);
      this.string(value.constructor.name);
      this.bytes(value);
    } else if (typeof value === 'object') {
      this.word(10);
      for (const key of Object.keys(value)) {
        this.string(key);
        this.value((value as Record<string, unknown>)[key]);
      }
      this.word(11);
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
