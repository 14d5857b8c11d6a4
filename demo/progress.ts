/** Step-by-step output of the demo. */
export interface Progress {
  /** A numbered step heading. */
  step(title: string): void;
  /** One labelled fact under the current step. */
  show(label: string, value: unknown): void;
  /** A line as it is (printer paper, display). */
  raw(line: string): void;
}

/**
 * Progress written line by line.
 *
 * @param write - where a line goes (console.log in the terminal, a list in tests)
 * @returns the progress printer
 */
export function makeProgress(write: (line: string) => void): Progress {
  let step = 0;
  return {
    step: (title) => {
      step += 1;
      write(`\n[${step}] ${title}`);
    },
    show: (label, value) => write(`    ${label.padEnd(44)} ${String(value)}`),
    raw: (line) => write(`      ${line}`),
  };
}
