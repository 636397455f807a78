import '../lib/zod-setup'
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
import { COLLECTIONS, type Collection } from './entry'

export { COLLECTIONS, STORE_FORMAT, makeEntry, type Collection } from './entry'

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

type RecordOf<C extends Collection> = z.infer<(typeof RECORD_SCHEMAS)[C]>
export type AnyRecord = RecordOf<Collection>

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
