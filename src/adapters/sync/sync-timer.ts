/**
 * Schedules the sync client's waits. Injected so tests run backoff and intervals without real time.
 *
 * @public
 */
export interface SyncTimer {
  /**
   * Calls `callback` after `delayMs`.
   *
   * @returns a function that cancels the call
   */
  schedule(callback: () => void, delayMs: number): () => void;
}

/**
 * The timer of the host's event loop (`setTimeout`).
 *
 * @returns the system timer
 * @public
 */
export function systemTimer(): SyncTimer {
  return {
    schedule(callback, delayMs) {
      const handle = globalThis.setTimeout(callback, delayMs);
      return () => globalThis.clearTimeout(handle);
    },
  };
}

/**
 * A wait that {@link SyncSleeper.cancel} ends early (used by `stop()`).
 *
 * @internal
 */
export interface SyncSleeper {
  sleep(delayMs: number): Promise<void>;
  cancel(): void;
}

/**
 * Makes a cancellable sleeper over a timer.
 *
 * @internal
 */
export function makeSleeper(timer: SyncTimer): SyncSleeper {
  let pending: { cancel: () => void; wake: () => void } | undefined;
  return {
    sleep(delayMs) {
      return new Promise((resolve) => {
        const wake = () => {
          pending = undefined;
          resolve();
        };
        pending = { cancel: timer.schedule(wake, delayMs), wake };
      });
    },
    cancel() {
      const current = pending;
      current?.cancel();
      current?.wake();
    },
  };
}
