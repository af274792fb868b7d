// The one seeded PRNG of the core (SIPAS bootstrap, PAR sensitivity): the same numbers in Node, browsers and
// workers, no Math.random.

/**
 * mulberry32: a small, fast, seeded 32-bit PRNG (Tommy Ettinger's public-domain generator), returning floats in
 * [0, 1). Same seed → same sequence on every engine, which makes bootstraps and sensitivity analyses reproducible.
 * Good enough for resampling; not for cryptography.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
