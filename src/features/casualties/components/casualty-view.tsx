import { memo, useMemo } from 'react'
import { ViewFrame } from '../../../components/view-frame'
import { useDataset } from '../../../url-state/dataset-on-screen'
import type { LoadedDataset } from '../../../dataset/dataset-schema'
import { selectCasualties, type CasualtyPoint } from '../../../dataset/select/casualties'
import { markFlagger, type MarkFlagger } from '../../../dataset/select/mark-flags'
import { formatDay } from '../../../lib/dates'
import { useElementWidth } from '../../../lib/use-element-width'
import { useFilters, type UpdateFilters } from '../../../url-state/use-url-state'
import { axisExtent } from '../axis-extent'
import { individualLayout } from '../individual/individual-layout'
import { casualtyExport } from '../casualty-export'
import { inBandOrder } from '../casualty-layout'
import { claimantStyles } from '../claimant-style'
import { CasualtyChart } from '../individual/casualty-chart'
import { CasualtyLegend } from './casualty-legend'
import { CasualtyTable } from './casualty-table'
import { GroupedChart } from '../grouped/grouped-chart'
import { useTheme } from '../../../lib/use-theme'
import '../casualties.css'

interface Shown {
  dataset: LoadedDataset
  points: CasualtyPoint[]
  from: string
  to: string
  selected: string | null
  focusActive: boolean
  flagger: MarkFlagger
  onSelect: (id: string) => void
}

interface ChartProps extends Shown {
  width?: number
  onNarrow: (range: { from: string; to: string }) => void
  onShowTable: () => void
}

function Empty({ from, to }: { from: string; to: string }) {
  return (
    <p className="casualty-empty">
      No casualty figure was stated between {formatDay(from)} and {formatDay(to)}. Widen the date
      range to see figures.
    </p>
  )
}

/** Memoised on what the chart shows, so a change of issue, person or another view's table skips it. */
const ChartPanel = memo(function ChartPanel(props: ChartProps) {
  const { dataset, points, from, to, selected, focusActive, flagger, onSelect } = props
  const [ref, measured] = useElementWidth<HTMLDivElement>()
  const width = props.width ?? measured
  const theme = useTheme()
  // Styles come from every claimant in the dataset, so a filter never changes a claimant's colour.
  const styles = useMemo(() => claimantStyles(dataset.casualties.map((c) => c.claimant)), [dataset])
  // Strings, so a filter change that leaves the figures and their axis alone changes nothing below.
  const { from: axisFrom, to: axisTo } = useMemo(
    () =>
      axisExtent(
        points.map((p) => p.reported),
        { from, to },
      ),
    [points, from, to],
  )
  const layout = useMemo(
    () =>
      width > 0
        ? individualLayout(points, {
            order: dataset.populations.map((p) => p.id),
            width,
            from: axisFrom,
            to: axisTo,
          })
        : null,
    [dataset, points, width, axisFrom, axisTo],
  )
  const shown = useMemo(() => {
    const present = new Set(points.map((p) => p.claimant))
    return [...styles].filter(([label]) => present.has(label))
  }, [styles, points])
  const chart = {
    dataset,
    points,
    width,
    from: axisFrom,
    to: axisTo,
    selected,
    focusActive,
    flagger,
  }
  // The measured wrapper stays mounted through the empty state so its width keeps updating.
  return (
    <div ref={ref} className="casualty-panel">
      {points.length === 0 ? (
        <Empty from={from} to={to} />
      ) : (
        <>
          {width > 0 &&
            (layout ? (
              <CasualtyChart
                {...chart}
                layout={layout}
                styles={styles}
                theme={theme}
                onSelect={onSelect}
              />
            ) : (
              <GroupedChart
                {...chart}
                filterFrom={from}
                filterTo={to}
                styles={styles}
                theme={theme}
                onSelect={onSelect}
                onNarrow={props.onNarrow}
                onShowTable={props.onShowTable}
              />
            ))}
          <CasualtyLegend claimants={shown} theme={theme} grouped={!layout} />
        </>
      )}
    </div>
  )
})

/**
 * The chart's callbacks, as stable as `update` (one per dataset), so the memo'd chart skips a
 * filter change that leaves its figures alone. Toggles are worked out from the URL's latest
 * filters, which a deferred view may lag (decision 009).
 */
function useFilterActions(update: UpdateFilters) {
  return useMemo(
    () => ({
      onSelect: (id: string) =>
        update(({ sel }) => ({ sel: sel === id ? null : id, person: null })),
      onNarrow: (range: { from: string; to: string }) => update(range),
      onShowTable: () =>
        update(({ tables }) =>
          tables.includes('casualties') ? null : { tables: [...tables, 'casualties'] },
        ),
    }),
    [update],
  )
}

/** Casualty figures: every reported figure its own mark (or, when too many, counted in groups), banded by population, placed by report date. */
export function CasualtyView(props: { chartWidth?: number }) {
  const dataset = useDataset()
  const { filters, update } = useFilters()
  const { from, to, actor, sel } = filters
  // The selector is memoised and returns the same array for the same figures; order it only then.
  const inRange = selectCasualties(dataset, { from, to, actor })
  const points = useMemo(
    () =>
      inBandOrder(
        inRange,
        dataset.populations.map((p) => p.id),
      ),
    [dataset, inRange],
  )
  const actions = useFilterActions(update)
  const shown: Shown = {
    dataset,
    points,
    from,
    to,
    selected: sel,
    focusActive: actor !== null,
    flagger: markFlagger(dataset, sel),
    onSelect: actions.onSelect,
  }
  return (
    <ViewFrame
      title="Casualty figures"
      view="casualties"
      chart={() => <ChartPanel {...shown} {...actions} width={props.chartWidth} />}
      table={() => (points.length ? <CasualtyTable {...shown} /> : <Empty from={from} to={to} />)}
      exportData={() => casualtyExport(points, dataset, { from, to })}
    />
  )
}
