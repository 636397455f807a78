import { useMemo } from 'react'
import { ViewFrame } from '../../../components/view-frame'
import { useDataset, type LoadedDataset } from '../../../dataset/get-dataset'
import { selectCasualties, type CasualtyPoint } from '../../../dataset/select/casualties'
import { formatDay } from '../../../lib/dates'
import { useFilters } from '../../../lib/use-filters'
import { axisExtent } from '../axis-extent'
import { casualtyExport } from '../casualty-export'
import { inBandOrder } from '../casualty-layout'
import { claimantStyles } from '../claimant-style'
import { CasualtyChart } from './casualty-chart'
import { CasualtyLegend } from './casualty-legend'
import { CasualtyTable } from './casualty-table'
import { useChartTheme } from './use-chart-theme'
import { useElementWidth } from '../../../lib/use-element-width'
import '../casualties.css'

interface Shown {
  dataset: LoadedDataset
  points: CasualtyPoint[]
  from: string
  to: string
  selected: string | null
  focusActive: boolean
  onSelect: (id: string) => void
}

function Empty({ from, to }: { from: string; to: string }) {
  return (
    <p className="casualty-empty">
      No casualty figure was stated between {formatDay(from)} and {formatDay(to)}. Widen the date
      range to see figures.
    </p>
  )
}

function ChartPanel(props: Shown & { width?: number }) {
  const [ref, measured] = useElementWidth<HTMLDivElement>()
  const width = props.width ?? measured
  const theme = useChartTheme()
  // Styles come from every claimant in the dataset, so a filter never changes a claimant's colour.
  const styles = useMemo(
    () => claimantStyles(props.dataset.casualties.map((c) => c.claimant)),
    [props.dataset],
  )
  const shown = [...styles].filter(([label]) => props.points.some((p) => p.claimant === label))
  // The measured wrapper stays mounted through the empty state so its width keeps updating.
  return (
    <div ref={ref} className="casualty-panel">
      {props.points.length === 0 ? (
        <Empty from={props.from} to={props.to} />
      ) : (
        <>
          {width > 0 && <CasualtyChart {...props} {...axisExtent(props.points.map((p) => p.reported), props)} width={width} styles={styles} theme={theme} />}
          <CasualtyLegend claimants={shown} theme={theme} />
        </>
      )}
    </div>
  )
}

/** Casualty figures: every reported figure its own mark, banded by population, placed by report date. */
export function CasualtyView(props: { chartWidth?: number }) {
  const dataset = useDataset()
  const { filters, update } = useFilters()
  const { from, to, actor, sel } = filters
  const points = useMemo(
    () =>
      inBandOrder(
        selectCasualties(dataset, { from, to, actor }),
        dataset.populations.map((p) => p.id),
      ),
    [dataset, from, to, actor],
  )
  const shown: Shown = {
    dataset,
    points,
    from,
    to,
    selected: sel,
    focusActive: actor !== null,
    onSelect: (id) => update({ sel: sel === id ? null : id, person: null }),
  }
  return (
    <ViewFrame
      title="Casualty figures"
      view="casualties"
      chart={() => <ChartPanel {...shown} width={props.chartWidth} />}
      table={() => (points.length ? <CasualtyTable {...shown} /> : <Empty from={from} to={to} />)}
      exportData={() => casualtyExport(points)}
    />
  )
}
