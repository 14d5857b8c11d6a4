/** mulberry32: a small seeded uniform source in [0, 1), so chaos runs replay exactly from their seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** A timer that fires at once and records every delay asked for (backoff without real time). */
export function instantTimer(): {
  schedule(callback: () => void, delayMs: number): () => void;
  delays: number[];
} {
  const delays: number[] = [];
  return {
    delays,
    schedule(callback, delayMs) {
      delays.push(delayMs);
      const handle = setImmediate(callback);
      return () => clearImmediate(handle);
    },
  };
}
