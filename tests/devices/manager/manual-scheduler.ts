import type { Scheduler } from "../../../src/devices/manager";

/** A scheduler the test advances by hand; it records every delay asked for. */
export class ManualScheduler implements Scheduler {
  readonly delays: number[] = [];
  #timers: { at: number; callback: () => void; isCancelled: boolean }[] = [];
  #now = 0;

  setTimer(callback: () => void, ms: number): () => void {
    this.delays.push(ms);
    const timer = { at: this.#now + ms, callback, isCancelled: false };
    this.#timers.push(timer);
    return () => {
      timer.isCancelled = true;
    };
  }

  /** Runs the next pending timer and lets its promise chain settle. */
  async runNext(): Promise<boolean> {
    const live = this.#timers.filter((timer) => !timer.isCancelled).sort((a, b) => a.at - b.at);
    const timer = live[0];
    if (timer === undefined) return false;
    this.#timers = this.#timers.filter((entry) => entry !== timer);
    this.#now = timer.at;
    timer.callback();
    for (let round = 0; round < 10; round += 1) await Promise.resolve();
    return true;
  }

  get pendingCount(): number {
    return this.#timers.filter((timer) => !timer.isCancelled).length;
  }
}
