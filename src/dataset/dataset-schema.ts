import '../lib/zod-setup'
import { z } from 'zod'
import type { Provenance } from './provenance'
import { annotationsSchema, idSchema, isoDateSchema, sourceSchema, stanceSchema } from './schema'

/** One change of a matrix cell: from `date` on, these stances are in force. */
const cellChangeSchema = z.object({
  date: isoDateSchema,
  stances: z.array(stanceSchema).min(1),
  positions: z.array(idSchema).min(1),
})

const matrixCellSchema = z.object({
  actor: idSchema,
  issue: idSchema,
  changes: z.array(cellChangeSchema).min(1),
  /** Disputes that involve any position in the cell. */
  disputes: z.array(idSchema),
})

const graphNodeSchema = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(['person', 'body']),
  person: idSchema.nullable(),
  actor: idSchema.nullable(),
  x: z.number(),
  y: z.number(),
})

const graphEdgeSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  meetings: z.array(idSchema).min(1),
  /** Every meeting behind the link went through an intermediary (`via`): drawn as indirect. */
  indirect: z.boolean(),
})

/** What the views need precomputed; the app derives it itself when a file lacks it. */
const derivedSchema = z.object({
  /** Earliest publication date among the sources each record cites. */
  reportedOn: z.record(z.string(), isoDateSchema),
  span: z.object({ from: isoDateSchema, to: isoDateSchema }),
  matrix: z.array(matrixCellSchema),
  graph: z.object({ nodes: z.array(graphNodeSchema), edges: z.array(graphEdgeSchema) }),
})

/** The published `dataset.json`: the annotations, the article texts, and the derived views. */
export const datasetSchema = annotationsSchema.extend({
  /** 2 added `reading`, date `precision` and `via`; version-1 files are migrated on load (migrate.ts). */
  schemaVersion: z.literal(2),
  /** Content hash of everything else in the file. */
  version: z.string().min(1),
  /** ISO time of the last change to the dataset's inputs, or null when unknown. */
  builtAt: z.string().nullable(),
  sources: z.array(sourceSchema).min(1),
  derived: derivedSchema.optional(),
})

export type MatrixCell = z.infer<typeof matrixCellSchema>
export type GraphNode = z.infer<typeof graphNodeSchema>
export type GraphEdge = z.infer<typeof graphEdgeSchema>
export type Derived = z.infer<typeof derivedSchema>
export type Dataset = z.infer<typeof datasetSchema>

/** Records of the analyst's workspace merged into a dataset on screen (src/workspace). */
interface WorkspaceMarks {
  /** Ids of records that exist only in the workspace, not in the published dataset. */
  only: ReadonlySet<string>
  /** Ids the workspace changed (new or edited). */
  changed: ReadonlySet<string>
}

/** A validated dataset whose derived views are guaranteed present. */
export type CheckedDataset = Dataset & { derived: NonNullable<Dataset['derived']> }

/**
 * What loading returns and the views read: checked, named by its origin and the hash of its bytes,
 * and with `workspace` when it holds the analyst's changes.
 */
export type LoadedDataset = CheckedDataset & { provenance: Provenance; workspace?: WorkspaceMarks }
