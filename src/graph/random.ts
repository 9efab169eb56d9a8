/**
 * A seeded source of numbers in [0, 1), so that randomised algorithms (Louvain's node order) give the
 * same answer on every run: d3-force's linear congruential generator (its `lcg.js`), same constants.
 */
export function seededRandom(seed: number): () => number {
  const modulus = 4294967296;
  let state = Math.abs(Math.floor(seed)) % modulus;
  return () => {
    state = (1664525 * state + 1013904223) % modulus;
    return state / modulus;
  };
}
