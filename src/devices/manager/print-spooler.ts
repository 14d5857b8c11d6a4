import { TillError } from "../../core/errors/till-error";
import type { PrintResult, ReceiptPrinter } from "../printer/receipt-printer";
import type { ReceiptDocument } from "../receipt/receipt-document";

/**
 * One print job: the stored document (the same JSON the journal keeps) and how its attempts went.
 *
 * @public
 */
export interface PrintJob {
  readonly id: string;
  readonly saleId?: string | undefined;
  readonly document: ReceiptDocument;
  readonly attempts: number;
  readonly status: "printed" | "failed";
  /** The last failure's code and message, for the host's "retry?" prompt. */
  readonly lastError?: { code: TillError["code"]; message: string } | undefined;
}

/**
 * Prints receipts without ever losing one: a failed print keeps its document, and `retry` or
 * `retryPending` (for example when the printer reconnects) prints it again. The sale is already
 * complete when printing starts; nothing here can undo it.
 *
 * @public
 */
export interface PrintSpooler {
  /** Prints a document once; a failure is kept for retry. */
  print(document: ReceiptDocument, options?: { saleId?: string }): Promise<PrintJob>;
  /** Prints a failed job again. @throws TillError NOT_FOUND (path ["jobId"]) when no failed job has the id */
  retry(jobId: string): Promise<PrintJob>;
  /** Retries every failed job, oldest first. */
  retryPending(): Promise<PrintJob[]>;
  /** The failed jobs. */
  pending(): PrintJob[];
}

/**
 * Makes a print spooler over a receipt printer.
 *
 * @param printer - the printer driver
 * @param nextId - job id generator (default "job-1", "job-2", …)
 * @returns the spooler
 * @public
 */
export function makePrintSpooler(printer: ReceiptPrinter, nextId: () => string = counter()): PrintSpooler {
  const failed = new Map<string, PrintJob>();
  const attempt = async (job: Omit<PrintJob, "status" | "lastError">): Promise<PrintJob> => {
    const result: PrintResult = await printer.print(job.document);
    const next: PrintJob =
      result.status === "printed"
        ? { ...job, attempts: job.attempts + 1, status: "printed" }
        : {
            ...job,
            attempts: job.attempts + 1,
            status: "failed",
            lastError: { code: result.error.code, message: result.error.message },
          };
    if (next.status === "failed") failed.set(next.id, next);
    else failed.delete(next.id);
    return next;
  };
  return {
    print: (document, options = {}) =>
      attempt({ id: nextId(), saleId: options.saleId, document, attempts: 0 }),
    async retry(jobId) {
      const job = failed.get(jobId);
      if (job === undefined) throw new TillError("NOT_FOUND", { path: ["jobId"], details: { jobId } });
      return attempt(job);
    },
    async retryPending() {
      const jobs: PrintJob[] = [];
      for (const job of [...failed.values()]) jobs.push(await attempt(job));
      return jobs;
    },
    pending: () => [...failed.values()],
  };
}

function counter(): () => string {
  let count = 0;
  return () => {
    count += 1;
    return `job-${count}`;
  };
}
