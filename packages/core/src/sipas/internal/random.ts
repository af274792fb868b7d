// Deterministic hashing and a small seeded PRNG: the same numbers in Node, browsers and workers, no Math.random.

/** MurmurHash3's 32-bit finaliser: spreads the bits of an integer. */
export function fmix32(h: number): number {
  let x = h | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over the UTF-16 code units of a string, then finalised. */
export function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Hash of a non-negative safe integer (split into two 32-bit halves). */
export function hashInteger(value: number, seed = 0): number {
  const lo = value >>> 0;
  const hi = value > 0xffffffff ? Math.floor(value / 4294967296) >>> 0 : 0;
  return fmix32(fmix32(lo ^ seed) ^ Math.imul(hi ^ 0x9e3779b9, 0x85ebca6b));
}

export { mulberry32 } from '../../internal/prng.js';
