import type { LoadedDataset } from '../dataset/dataset-schema'
import { verifyAnnotations } from '../dataset/verify'
import type { FieldProblem } from './article'
import {
  RECORD_SCHEMAS,
  makeEntry,
  type AnyRecord,
  type Collection,
  type WorkspaceEntry,
} from './entries'
import { mergeWorkspace } from './merge'

/** Form labels of record fields, so a problem names the field the analyst sees. */
const LABELS: Record<string, string> = {
  actor: 'Actor',
  issue: 'Issue',
  stance: 'Stance',
  basis: 'Stated or reported',
  speaker: 'Who stated it',
  'speaker.person': 'Who stated it',
  'when.date': 'Date',
  'when.basis': 'Date basis',
  'when.until': 'Until',
  summary: 'Summary',
  label: 'Label',
  name: 'Name',
  role: 'Role',
  value: 'Value',
  population: 'Population',
  'claimant.label': 'Claimed by',
  'claimant.actor': 'Claimant actor',
  'period.label': 'Period',
  place: 'Place',
  sides: 'Sides',
  evidence: 'Quote',
  ambiguity: 'Note',
  reading: 'Reading',
}

function label(path: readonly (string | number | symbol)[]): string {
  const key = path.filter((p) => typeof p === 'string').join('.')
  if (key.startsWith('evidence')) return 'Quote'
  if (key.startsWith('sides')) return 'Sides'
  return LABELS[key] ?? LABELS[key.split('.')[0]!] ?? key
}

/**
 * The build's checks on one record as it would enter the dataset: the schema, then references,
 * verbatim quotes and dates (verify.ts) on the merged annotations. Each problem names its field.
 */
export function checkRecord(
  collection: Collection,
  record: AnyRecord,
  base: LoadedDataset,
  entries: readonly WorkspaceEntry[],
  /** Records saved together with this one (a new actor or issue chosen inline). */
  alongside: WorkspaceEntry[] = [],
): FieldProblem[] {
  const parsed = RECORD_SCHEMAS[collection].safeParse(record)
  if (!parsed.success)
    return parsed.error.issues.map((i) => ({ field: label(i.path), message: i.message }))
  const others = entries.filter((e) => !(e.collection === collection && e.id === record.id))
  const merged = mergeWorkspace(base, [
    ...others,
    ...alongside,
    makeEntry(collection, record.id, record),
  ])
  return verifyAnnotations(merged.annotations, merged.texts)
    .filter((p) => p.recordId === record.id)
    .map((p) => ({ field: label(p.path.slice(1)), message: p.message }))
}

/** An id not yet taken: `pos-lebanon-ceasefire-2024-11-26`, or with `-2`, `-3` … */
export function newRecordId(
  prefix: string,
  words: string,
  date: string,
  taken: (id: string) => boolean,
) {
  const slug = words
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 5)
    .join('-')
  const stem = [prefix, slug, date].filter(Boolean).join('-').slice(0, 74)
  let id = stem
  for (let n = 2; taken(id); n++) id = `${stem}-${n}`
  return id
}
