// Plain constants with no imports, so the workspace provider can read them at first paint without
// pulling zod into the first download (decision 007).

/** The files under data/annotations that hold records, one per collection, as the build reads them. */
export const ANNOTATION_COLLECTIONS = [
  'actors',
  'people',
  'issues',
  'populations',
  'positions',
  'casualties',
  'meetings',
  'disputes',
  'events',
] as const

/** Every collection of records, sources first; an id is unique across all of them (verify.ts). */
export const COLLECTIONS = ['sources', ...ANNOTATION_COLLECTIONS] as const
export type Collection = (typeof COLLECTIONS)[number]
