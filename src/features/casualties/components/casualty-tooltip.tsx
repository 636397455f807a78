import type { LoadedDataset } from '../../../dataset/dataset-schema'
import type { CasualtyPoint } from '../../../dataset/select/casualties'
import { formatDay } from '../../../lib/dates'
import { ChartTooltip } from './chart-tooltip'
import { dayText, figureArticles, metricText } from '../casualty-text'

/** The details of one figure, shown beside its mark on hover or keyboard focus. */
export function CasualtyTooltip(props: {
  dataset: LoadedDataset
  point: CasualtyPoint
  x: number
  y: number
}) {
  const { point: p } = props
  return (
    <ChartTooltip x={props.x} y={props.y}>
      <p className="casualty-tooltip-value">
        {p.valueText} {metricText(p)}
        {p.disputed && <span className="casualty-flag"> disputed</span>}
      </p>
      <dl>
        <dt>Population</dt>
        <dd>{p.populationLabel}</dd>
        <dt>Claimant</dt>
        <dd>{p.claimant}</dd>
        <dt>Reported</dt>
        <dd>{formatDay(p.reported)}</dd>
        <dt>Stated</dt>
        <dd>
          {formatDay(p.casualty.when.date)}
          {p.inferred && <span className="casualty-flag"> date inferred</span>}
        </dd>
        <dt>Period</dt>
        <dd>{p.casualty.period.label}</dd>
        <dt>Article</dt>
        {figureArticles(props.dataset, p).map((a) => (
          <dd key={a.id}>
            {a.title} ({dayText(a.published, a.publishedInferred)})
          </dd>
        ))}
      </dl>
    </ChartTooltip>
  )
}
