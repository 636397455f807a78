import { z } from 'zod'
import {
  actorSchema,
  casualtySchema,
  disputeSchema,
  eventSchema,
  issueSchema,
  meetingSchema,
  personSchema,
  populationSchema,
  positionSchema,
  sourceMetaSchema,
} from '../dataset/schema'

/** The collections an analyst can add to, change or delete from in the workspace. */
export const COLLECTIONS = [
  'sources',
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
export type Collection = (typeof COLLECTIONS)[number]

/** Each collection's record schema: the dataset's own, so a workspace record is a dataset record. */
export const RECORD_SCHEMAS = {
  sources: sourceMetaSchema,
  actors: actorSchema,
  people: personSchema,
  issues: issueSchema,
  populations: populationSchema,
  positions: positionSchema,
  casualties: casualtySchema,
  meetings: meetingSchema,
  disputes: disputeSchema,
  events: eventSchema,
} as const

export type RecordOf<C extends Collection> = z.infer<(typeof RECORD_SCHEMAS)[C]>
export type AnyRecord = RecordOf<Collection>

/** The store's format; bump it with a migration in `migrate.ts` whenever an entry's shape changes. */
export const STORE_FORMAT = 1

/**
 * One change the analyst made: a record added or replaced (`record`), or deleted (`record: null`).
 * `rev` counts the saves of this entry, so a tab saving over a newer one is caught (store.ts).
 */
export const entrySchema = z.object({
  format: z.number().int(),
  key: z.string(),
  collection: z.enum(COLLECTIONS),
  id: z.string(),
  record: z.record(z.string(), z.unknown()).nullable(),
  /** The article text, for an added source. */
  text: z.string().optional(),
  rev: z.number().int().nonnegative(),
  updatedAt: z.string(),
})
export type WorkspaceEntry = z.infer<typeof entrySchema>

export const entryKey = (collection: Collection, id: string) => `${collection}/${id}`

/** A new entry (or the next revision of `previous`) holding `record`, or a deletion when null. */
export function makeEntry(
  collection: Collection,
  id: string,
  record: AnyRecord | null,
  previous?: WorkspaceEntry,
  text?: string,
): WorkspaceEntry {
  return {
    format: STORE_FORMAT,
    key: entryKey(collection, id),
    collection,
    id,
    record: record as Record<string, unknown> | null,
    ...(text !== undefined
      ? { text }
      : previous?.text !== undefined
        ? { text: previous.text }
        : {}),
    rev: (previous?.rev ?? 0) + 1,
    updatedAt: new Date().toISOString(),
  }
}
