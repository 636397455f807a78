import { useMemo } from 'react'
import { Bar, BarChart, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import type { LoadedDataset } from '../../../dataset/dataset-schema'
import { formatMonth } from '../../../lib/dates'
import { RECORD_KINDS, recordsByMonth } from '../summarize'

// Recharts suits this chart: a dozen bars, drawn once on a page opened now and then. The views that
// redraw on every filter change are plain SVG or canvas, where Recharts cost 40-60 ms a change.
const KIND_COLOURS: Record<(typeof RECORD_KINDS)[number]['key'], string> = {
  positions: '#2563c9',
  meetings: '#2e8b57',
  casualties: '#b22234',
  events: '#b8860b',
}

/** Dated records per month, stacked by kind: where in the span the dataset has something to say. */
export function RecordsChart({ dataset }: { dataset: LoadedDataset }) {
  const data = useMemo(
    () => recordsByMonth(dataset).map((m) => ({ ...m, label: formatMonth(m.month) })),
    [dataset],
  )
  const busiest = data.reduce(
    (best, m) => {
      const n = RECORD_KINDS.reduce((s, k) => s + m[k.key], 0)
      return n > best.n ? { label: m.label, n } : best
    },
    { label: '', n: 0 },
  )
  const empty = data.filter((m) => RECORD_KINDS.every((k) => m[k.key] === 0)).length
  return (
    <figure className="records-chart">
      {/* 640 px wide where there is room, the column's width on a phone. */}
      <BarChart
        responsive
        style={{ width: '100%', maxWidth: 640, height: 220 }}
        data={data}
        margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
        accessibilityLayer
      >
        <XAxis
          dataKey="label"
          interval="preserveStartEnd"
          tick={{ fontSize: 12, fill: 'var(--fg-soft)' }}
        />
        <YAxis allowDecimals={false} width={36} tick={{ fontSize: 12, fill: 'var(--fg-soft)' }} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {RECORD_KINDS.map((k) => (
          <Bar
            key={k.key}
            dataKey={k.key}
            name={k.label}
            stackId="records"
            fill={KIND_COLOURS[k.key]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      <figcaption>
        Positions, meetings, casualty figures and events by the month they happened. Busiest month:{' '}
        {busiest.label} ({busiest.n} records); {empty} of {data.length} months have none.
      </figcaption>
    </figure>
  )
}
