import type { SessionEvent } from "./accounting-document";
import { type Posting, pushPosting } from "./posting";

/**
 * The signed postings of a session cash movement: a paid-in debits the tender's clearing account against
 * the reason's account, a paid-out the reverse, and an over/short (counted − expected) moves the clearing
 * account against cash over/short.
 *
 * @param event - a validated session event
 * @returns two postings that sum to zero (none for a zero amount)
 * @internal
 */
export function postSessionEvent(event: SessionEvent): Posting[] {
  const postings: Posting[] = [];
  const tender = event.tender ?? "cash";
  const reason = event.reason ?? "";
  const minor = event.amount.minor;
  if (event.kind === "paid-in") {
    pushPosting(postings, "tender", tender, minor);
    pushPosting(postings, "paid-in", reason, -minor);
  } else if (event.kind === "paid-out") {
    pushPosting(postings, "paid-out", reason, minor);
    pushPosting(postings, "tender", tender, -minor);
  } else {
    pushPosting(postings, "tender", tender, minor);
    pushPosting(postings, "over-short", "", -minor);
  }
  return postings;
}
