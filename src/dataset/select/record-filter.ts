/**
 * What the selectors filter records by. A domain type, so selectors know nothing of where it comes
 * from: the app reads it from the URL (src/url-state), a test writes it by hand.
 */
export interface RecordFilter {
  /** First and last day shown, ISO dates, inclusive. */
  from: string
  to: string
  actor: string | null
  issue: string | null
  person: string | null
}

/** A filter and the one record (or cell, edge, node) chosen within it. */
export interface RecordSelection extends RecordFilter {
  /** A record id, `cell:ACTOR:ISSUE`, `edge:NODE--NODE` or `node:NODE`. */
  sel: string | null
}
