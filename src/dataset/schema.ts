import '../lib/zod-setup'
import { z } from 'zod'
import { STANCE_ORDER } from './vocabulary'
import { isRealIsoDate } from '../lib/dates'

/** Stable, URL-safe record id (`pos-us-1701-blinken`). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'ids are 1-80 lowercase letters, digits and hyphens')

/** A calendar date written YYYY-MM-DD that exists (no 2024-02-30). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD')
  .refine(isRealIsoDate, 'not a real calendar date')

const text = z.string().trim().min(1, 'must not be empty')

/** A verbatim passage of one source: the only way a fact enters the dataset. */
const evidenceSchema = z.object({
  source: idSchema,
  quote: z.string().min(1, 'a quote must not be empty'),
})

const evidenceList = z.array(evidenceSchema).min(1, 'every record cites at least one quote')

/** How much of a date the text gives: one day, only an upper bound, or some day(s) in a range. */
const DATE_PRECISIONS = ['day', 'on-or-before', 'range'] as const

/**
 * When something happened (not when it was reported). `precision` says how much the text fixes
 * (codebook D-precision): absent means `day`, or `range` when `until` is given (schema version 1);
 * for `on-or-before`, `date` is the latest day it can have been. `inferred` marks a date the text
 * does not give outright, and `basis` says why.
 */
const whenSchema = z
  .object({
    date: isoDateSchema,
    until: isoDateSchema.optional(),
    precision: z.enum(DATE_PRECISIONS).optional(),
    inferred: z.boolean(),
    basis: text.optional(),
  })
  .refine((w) => !w.inferred || w.basis !== undefined, {
    message: 'an inferred date needs a basis saying how it was inferred',
    path: ['basis'],
  })
  .refine((w) => w.precision !== 'range' || w.until !== undefined, {
    message: 'a range date needs `until`, the last day of the range',
    path: ['until'],
  })
  .refine((w) => w.until === undefined || w.precision === undefined || w.precision === 'range', {
    message: 'only a range date has `until`; drop it, or set precision to "range"',
    path: ['precision'],
  })
  .refine((w) => w.until === undefined || w.until >= w.date, {
    message: 'a span cannot end before it starts',
    path: ['until'],
  })

export const sourceMetaSchema = z.object({
  id: idSchema,
  file: z.string().regex(/^[\w.-]+\.txt$/, 'a file name inside data/sources'),
  title: text,
  outlet: z.object({ name: text.nullable(), inferred: z.boolean(), basis: text }),
  published: z.object({ date: isoDateSchema, inferred: z.boolean(), basis: text }),
})

export const sourceSchema = sourceMetaSchema.extend({ text: z.string() })

export const actorSchema = z.object({
  id: idSchema,
  name: text,
  shortName: text,
  kind: z.enum(['state', 'armed-group', 'government', 'international-body', 'other']),
  /** The four stakeholders the matrix always lists first. */
  main: z.boolean(),
  note: text.optional(),
})

export const personSchema = z.object({
  id: idSchema,
  name: text,
  /** Other spellings the articles use, verbatim. */
  aliases: z.array(text),
  role: text,
  actor: idSchema.nullable(),
  evidence: evidenceList,
  note: text.optional(),
})

export const issueSchema = z.object({
  id: idSchema,
  label: text,
  description: text,
  evidence: evidenceList,
})

export const stanceSchema = z.enum(STANCE_ORDER)

/** Who voiced something: a named person, or a body where the text names none. */
const speakerSchema = z
  .object({ person: idSchema.optional(), body: text.optional() })
  .refine((s) => s.person !== undefined || s.body !== undefined, 'name a person or a body')

/** Whether the passage says the stance in words, or it is read from something else (codebook 1.4). */
const READINGS = ['explicit', 'implied'] as const

export const positionSchema = z.object({
  id: idSchema,
  actor: idSchema,
  issue: idSchema,
  stance: stanceSchema,
  /** `stated`: the actor's own words; `reported`: a third party's account of the stance. */
  basis: z.enum(['stated', 'reported']),
  /** An implied position must say in `ambiguity` what it is read from (checked in verify.ts). */
  reading: z.enum(READINGS),
  speaker: speakerSchema,
  /** The intermediary the stance was conveyed through, when the text names one (codebook V-via). */
  via: speakerSchema.optional(),
  when: whenSchema,
  summary: text,
  evidence: evidenceList,
  ambiguity: text.optional(),
})

export const populationSchema = z.object({ id: idSchema, label: text })

export const casualtySchema = z.object({
  id: idSchema,
  metric: z.enum(['killed', 'injured', 'evacuated', 'displaced', 'held-hostage']),
  population: idSchema,
  value: z.number().nonnegative().finite(),
  unit: z.enum(['people', 'localities']),
  /** `tens-of`: "tens of thousands"; value then holds the lower bound the phrase implies. */
  qualifier: z.enum(['exact', 'more-than', 'at-least', 'approximately', 'tens-of']),
  rate: z.enum(['per-day']).nullable(),
  claimant: z.object({ actor: idSchema.nullable(), person: idSchema.optional(), label: text }),
  /** The period the figure covers, in the article's terms. */
  period: z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional(), label: text }),
  /** When the figure was stated (the event date used by the date filter). */
  when: whenSchema,
  summary: text,
  evidence: evidenceList,
  note: text.optional(),
})

const participantSchema = z
  .object({
    person: idSchema.optional(),
    body: text.optional(),
    actor: idSchema.nullable().optional(),
  })
  .refine((p) => p.person !== undefined || p.body !== undefined, 'name a person or a body')

export const meetingSchema = z.object({
  id: idSchema,
  /** Each side is a delegation; the graph links every member of one side to every member of the others. */
  sides: z.array(z.array(participantSchema).min(1)).min(2, 'a meeting has at least two sides'),
  /** `contact`: a reported communication, not necessarily face to face. */
  status: z.enum(['held', 'planned', 'contact']),
  /** The intermediary of an indirect channel; the graph draws such a meeting's links as indirect. */
  via: participantSchema.optional(),
  when: whenSchema,
  place: text.nullable(),
  issues: z.array(idSchema),
  /** Topics the articles name that are not negotiation issues (Iran, Gaza ...). */
  topics: z.array(text),
  summary: text,
  evidence: evidenceList,
  ambiguity: text.optional(),
})

export const disputeSchema = z.object({
  id: idSchema,
  kind: z.enum(['denial', 'differing-figures', 'conflicting-accounts']),
  summary: text,
  sides: z
    .array(z.object({ label: text, records: z.array(idSchema), evidence: evidenceList }))
    .min(2, 'a dispute has at least two sides'),
})

export const eventSchema = z.object({
  id: idSchema,
  label: text,
  when: whenSchema,
  actors: z.array(idSchema),
  summary: text,
  evidence: evidenceList,
})

/** What authors write in data/annotations (sources carry no text there). */
export const annotationsSchema = z.object({
  title: text,
  sources: z.array(sourceMetaSchema).min(1),
  actors: z.array(actorSchema).min(1),
  people: z.array(personSchema),
  issues: z.array(issueSchema),
  populations: z.array(populationSchema),
  positions: z.array(positionSchema),
  casualties: z.array(casualtySchema),
  meetings: z.array(meetingSchema),
  disputes: z.array(disputeSchema),
  events: z.array(eventSchema),
})

export type Evidence = z.infer<typeof evidenceSchema>
export type When = z.infer<typeof whenSchema>
export type DatePrecision = (typeof DATE_PRECISIONS)[number]
export type SourceMeta = z.infer<typeof sourceMetaSchema>
export type Source = z.infer<typeof sourceSchema>
export type Actor = z.infer<typeof actorSchema>
export type Person = z.infer<typeof personSchema>
export type Issue = z.infer<typeof issueSchema>
export type Stance = z.infer<typeof stanceSchema>
export type Position = z.infer<typeof positionSchema>
export type Population = z.infer<typeof populationSchema>
export type Casualty = z.infer<typeof casualtySchema>
export type Participant = z.infer<typeof participantSchema>
export type Meeting = z.infer<typeof meetingSchema>
export type Dispute = z.infer<typeof disputeSchema>
export type DatasetEvent = z.infer<typeof eventSchema>
export type Annotations = z.infer<typeof annotationsSchema>
