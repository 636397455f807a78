import type { ExportData } from '../../components/export-menu'
import type { TimelineStep } from '../../dataset/select/actor-timeline'
import type { DatasetIndex } from '../../dataset/select/index-dataset'
import { actorTimelineFigure } from './actor-timeline-svg'

/** One row per step: when, on what, the stances before and after, and who said it; drawn as a figure too. */
export function actorTimelineExport(
  actorName: string,
  steps: TimelineStep[],
  ix: DatasetIndex,
): ExportData {
  const positions = steps.flatMap((s) => s.positions)
  return {
    columns: ['date', 'issue', 'stances', 'previous', 'changed', 'speakers', 'positions'],
    rows: steps.map((s) => ({
      date: s.date,
      issue: s.issue.label,
      stances: s.stances.join(' and '),
      previous: s.previous?.join(' and ') ?? '',
      changed: s.changed,
      speakers: [
        ...new Set(
          s.positions.map((p) =>
            p.speaker.person
              ? (ix.people.get(p.speaker.person)?.name ?? p.speaker.person)
              : (p.speaker.body ?? ''),
          ),
        ),
      ].join('; '),
      positions: s.positions.map((p) => p.id).join(' '),
    })),
    records: positions,
    sources: [...new Set(positions.flatMap((p) => p.evidence.map((e) => e.source)))],
    figure: (theme) => actorTimelineFigure(actorName, steps, theme),
  }
}
