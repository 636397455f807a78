import { useCallback, useMemo, useState } from 'react'
import type { LoadedDataset } from '../../../dataset/dataset-schema'
import type { CasualtyPoint } from '../../../dataset/select/casualties'
import { binFigures, type Group } from './casualty-bins'
import { figureName } from '../casualty-text'
import { chartHeight, dayDomain, frameOf, MARGIN, ROW_PX, X_PAD } from '../chart-geometry'
import type { ClaimantStyle } from '../claimant-style'
import { timeTicks } from '../time-ticks'
import { CasualtyTooltip } from '../components/casualty-tooltip'
import { GroupMark, groupName, groupRadius } from './group-mark'
import { GroupTooltip } from './group-tooltip'
import { AxisLabels, PlotBackdrop } from '../components/chart-axes'
import type { Hover } from '../components/hover'
import type { Theme } from '../../../lib/theme'
import { useRovingFocus } from '../../../lib/use-roving-focus'
import { groupKeyOrder } from '../mark-order'
import type { MarkFlagger } from '../../../dataset/select/mark-flags'

interface Props {
  dataset: LoadedDataset
  points: CasualtyPoint[]
  width: number
  /** The axis range (report dates shown, padded). */
  from: string
  to: string
  /** The date filter in force. */
  filterFrom: string
  filterTo: string
  selected: string | null
  focusActive: boolean
  styles: Map<string, ClaimantStyle>
  theme: Theme
  /** Workspace-only and selected-dispute flags; stable per dataset and selection. */
  flagger: MarkFlagger
  onSelect: (id: string) => void
  onNarrow: (range: { from: string; to: string }) => void
  onShowTable: () => void
}

const count = (n: number) => n.toLocaleString('en-US')

/**
 * Too many figures to label one by one: one mark per claimant, population and bucket of report
 * dates, sized and labelled by how many figures it holds. Plain SVG with a few hundred elements at
 * most, however many figures there are; the table and the exports still list every figure.
 */
export function GroupedChart(props: Props) {
  const { dataset, points, width, from, to, styles, theme, onSelect, onNarrow, onShowTable } = props
  const frame = useMemo(() => frameOf(width), [width])
  const bins = useMemo(
    () =>
      binFigures(points, {
        order: dataset.populations.map((p) => p.id),
        claimants: [...styles.keys()],
        from,
        to,
        filter: { from: props.filterFrom, to: props.filterTo },
        plotWidth: frame.plotWidth,
        minRows: frame.minRows,
      }),
    [dataset, points, styles, from, to, props.filterFrom, props.filterTo, frame],
  )
  const axis = useMemo(() => {
    const { from: start, to: end } = bins.axis
    const [lo, hi] = dayDomain(start, end)
    return {
      ticks: timeTicks(start, end, Math.floor(frame.plotWidth / 75)),
      xOfDay: (day: number) => X_PAD + ((day - lo) / (hi - lo)) * frame.plotWidth,
    }
  }, [bins.axis, frame])
  const byId = useMemo(() => new Map(points.map((p) => [p.id, p])), [points])
  const byKey = useMemo(() => new Map(bins.groups.map((g) => [g.key, g])), [bins])
  const keyOrder = useMemo(() => groupKeyOrder(bins.groups), [bins])
  const { tabKey, groupProps } = useRovingFocus(keyOrder)

  const [hover, setHover] = useState<Hover | null>(null)
  // A new grouping drops the hover: the key may now name another group under another pointer.
  const [hoverBins, setHoverBins] = useState(bins)
  if (hoverBins !== bins) {
    setHoverBins(bins)
    setHover(null)
  }
  const onShow = useCallback((id: string, via: Hover['via']) => setHover({ id, via }), [])
  const onHide = useCallback((id: string) => setHover((h) => (h?.id === id ? null : h)), [])
  const onActivate = useCallback(
    (g: Group) => {
      if (g.ids.length === 1) onSelect(g.ids[0]!)
      else if (g.narrows) onNarrow(g.range)
      else onShowTable()
    },
    [onSelect, onNarrow, onShowTable],
  )

  const height = chartHeight(bins.rows)
  const axes = {
    bands: bins.bands,
    rows: bins.rows,
    width,
    yAxisWidth: frame.yAxisWidth,
    ticks: axis.ticks,
    xOfDay: axis.xOfDay,
    theme,
  }
  const left = MARGIN.left + frame.yAxisWidth + X_PAD
  const selectedGroup = props.selected === null ? -1 : (bins.groupOf.get(props.selected) ?? -1)
  const hovered = hover ? byKey.get(hover.id) : undefined
  const hoveredPoint = hovered?.ids.length === 1 ? byId.get(hovered.ids[0]!) : undefined
  const within =
    bins.bucketDays === 1 ? 'on the same day' : `within the same ${bins.bucketDays} days`
  return (
    <>
      <p className="casualty-grouped-note">
        {count(points.length)} figures, grouped: each mark counts the figures one claimant reported
        on one population {within}; values are never added up. Click a mark to narrow the dates, or
        show the data table to read every figure.
      </p>
      <div className="casualty-chart" style={{ width, height }}>
        <svg
          width={width}
          height={height}
          role="group"
          aria-label={`Casualty figures in ${count(bins.groups.length)} groups of up to ${count(bins.maxCount)}, ${count(points.length)} figures in all; arrow keys move between them by date`}
          {...groupProps}
        >
          <PlotBackdrop {...axes} />
          {bins.groups.map((g, i) => {
            const style = styles.get(g.claimant)
            if (!style) return null
            const single = g.ids.length === 1 ? byId.get(g.ids[0]!) : undefined
            return (
              <GroupMark
                key={g.key}
                group={g}
                name={single ? figureName(single) : groupName(g, i === selectedGroup)}
                cx={left + g.x}
                cy={MARGIN.top + g.row * ROW_PX}
                r={groupRadius(g.ids.length, bins.maxCount)}
                style={style}
                theme={theme}
                selected={i === selectedGroup}
                dimmed={props.focusActive && !g.focused}
                emphasised={props.focusActive && g.focused}
                keyboardFocus={hover?.id === g.key && hover.via === 'focus'}
                tabbable={tabKey === g.key}
                flags={props.flagger.flags(g.ids)}
                onActivate={onActivate}
                onShow={onShow}
                onHide={onHide}
              />
            )
          })}
          <AxisLabels {...axes} maxChars={frame.maxChars} hidden />
        </svg>
        {hovered &&
          (hoveredPoint ? (
            <CasualtyTooltip
              dataset={dataset}
              point={hoveredPoint}
              x={left + hovered.x}
              y={MARGIN.top + hovered.row * ROW_PX}
            />
          ) : (
            <GroupTooltip
              group={hovered}
              byId={byId}
              x={left + hovered.x}
              y={MARGIN.top + hovered.row * ROW_PX}
            />
          ))}
      </div>
    </>
  )
}
