/**
 * A cancellable delay: the port the payment watchdog waits on.
 *
 * @public
 */
export interface WatchdogTimer {
  /** Resolves after `milliseconds` unless cancelled first. */
  after(milliseconds: number): { readonly elapsed: Promise<void>; cancel(): void };
}

/**
 * The runtime's timer (`setTimeout`).
 *
 * @returns a timer on the real clock
 * @public
 */
export function createSystemTimer(): WatchdogTimer {
  return {
    after(milliseconds) {
      let handle: ReturnType<typeof setTimeout> | undefined;
      const elapsed = new Promise<void>((resolve) => {
        handle = setTimeout(resolve, milliseconds);
      });
      return { elapsed, cancel: () => clearTimeout(handle) };
    },
  };
}

/**
 * A timer that moves only when told, for deterministic tests and demos.
 *
 * @public
 */
export interface ManualTimer extends WatchdogTimer {
  /** Moves time forward and fires every delay that has run out. */
  advance(milliseconds: number): void;
  /** Resolves once a delay is armed (immediately if one already is). */
  whenArmed(): Promise<void>;
  /** Number of armed delays. */
  armedCount(): number;
}

/**
 * Makes a {@link ManualTimer} starting at time 0.
 *
 * @returns the timer
 * @public
 */
export function createManualTimer(): ManualTimer {
  let now = 0;
  const armed: { due: number; fire: () => void }[] = [];
  const waiting: (() => void)[] = [];
  return {
    after(milliseconds) {
      let fire: () => void = () => undefined;
      const elapsed = new Promise<void>((resolve) => {
        fire = resolve;
      });
      const slot = { due: now + milliseconds, fire };
      armed.push(slot);
      for (const wake of waiting.splice(0)) wake();
      const cancel = (): void => {
        const index = armed.indexOf(slot);
        if (index >= 0) armed.splice(index, 1);
      };
      return { elapsed, cancel };
    },
    advance(milliseconds) {
      now += milliseconds;
      for (const slot of armed.filter((candidate) => candidate.due <= now)) {
        armed.splice(armed.indexOf(slot), 1);
        slot.fire();
      }
    },
    whenArmed() {
      return armed.length > 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve));
    },
    armedCount: () => armed.length,
  };
}
