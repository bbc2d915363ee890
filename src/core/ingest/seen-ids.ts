// The lead ids a streaming pass has seen, to find a duplicate anywhere in a file of any size
// without keeping the ids. Ids are compared as text, as the contract compares them (1 and
// "1" are the same lead). An id that is a plain integer (what CRMs mostly hand out) is a
// bit in a bitmap: exact, an eighth of a byte a number, and cache-friendly when ids run in
// order. Any other id is two independent 32-bit hashes of its text in an open-addressing
// table (a false "duplicate" among ten million such ids: about one chance in 400,000).

/** Integers below this are bits (a bitmap of 16 MB at most); larger ones are hashed. */
const BITMAP_LIMIT = 2 ** 27;
/** Digits of an integer read exactly by hand: below 2^53. */
const EXACT_DIGITS = 15;

export class SeenIds {
  #bits = new Int32Array(1024);
  #hashes: HashSet | undefined;
  readonly #expected: number;
  readonly #hash = new Uint32Array(2);

  /** `expected`: about how many ids will come, so the hash table is made big enough once rather than doubled up to it (a doubling holds both tables for a moment). */
  constructor(expected: number) {
    this.#expected = expected;
  }

  /** Adds the id written from `start` to `end` of `text` (the integer it spells, when the caller knows it); false when it was seen before. */
  add(text: string, start: number, end: number, n = plainInteger(text, start, end)): boolean {
    if (n >= 0 && n < BITMAP_LIMIT) return this.#addBit(n);
    hashInto(this.#hash, text, start, end);
    this.#hashes ??= new HashSet(this.#expected);
    return this.#hashes.add(this.#hash[0]!, this.#hash[1]!);
  }

  #addBit(n: number): boolean {
    const word = n >>> 5;
    if (word >= this.#bits.length) {
      let length = this.#bits.length;
      while (length <= word) length *= 2;
      const bits = new Int32Array(length);
      bits.set(this.#bits);
      this.#bits = bits;
    }
    const bit = 1 << (n & 31);
    if (this.#bits[word]! & bit) return false;
    this.#bits[word] = this.#bits[word]! | bit;
    return true;
  }
}

/** The integer a text spells as String(n) would write it (digits, no leading zero), or -1. */
function plainInteger(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 1 || length > EXACT_DIGITS || (length > 1 && text.charCodeAt(start) === 48)) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d >>> 0 > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Two independent 32-bit hashes of a text's characters (FNV-1a and a multiplicative variant); the second is never 0. */
function hashInto(out: Uint32Array, text: string, start: number, end: number): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  out[0] = a >>> 0;
  out[1] = (b | 1) >>> 0;
}

/** Pairs of hashes in an open-addressing table of 8 bytes a slot that doubles at three quarters full. */
class HashSet {
  /** (0, 0) marks an empty slot (the second hash is never 0). */
  #slots: Uint32Array;
  #size = 0;

  constructor(expected: number) {
    let slots = 1024;
    while (slots * 3 < expected * 4) slots *= 2;
    this.#slots = new Uint32Array(2 * slots);
  }

  /** Adds a pair; false when it was there already. */
  add(a: number, b: number): boolean {
    if (this.#size * 4 >= (this.#slots.length / 2) * 3) this.#grow();
    return this.#insert(a, b);
  }

  #insert(a: number, b: number): boolean {
    const slots = this.#slots;
    const mask = slots.length / 2 - 1;
    for (let i = (a ^ (b >>> 7)) & mask; ; i = (i + 1) & mask) {
      if (slots[2 * i + 1] === 0) {
        slots[2 * i] = a;
        slots[2 * i + 1] = b;
        this.#size++;
        return true;
      }
      if (slots[2 * i] === a && slots[2 * i + 1] === b) return false;
    }
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Uint32Array(old.length * 2);
    this.#size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.#insert(old[i]!, old[i + 1]!);
  }
}
