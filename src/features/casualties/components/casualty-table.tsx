import type { LoadedDataset } from '../../../dataset/dataset-schema'
import type { CasualtyPoint } from '../../../dataset/select/casualties'
import { flagClasses, type MarkFlagger } from '../../../dataset/select/mark-flags'
import { formatDay } from '../../../lib/dates'
import { queryRows, type ColumnValues } from '../../../lib/table-query'
import type { TableColumn } from '../../../url-state/table-params'
import {
  SortHeader,
  TableFind,
  useFocusLabel,
  useTableQuery,
} from '../../../components/table-controls'
import { WorkspaceBadge } from '../../../components/workspace-badge'
import { dayText, figureArticles, figureName, metricText } from '../casualty-text'

const COLUMNS: { column: TableColumn<'casualties'>; label: string }[] = [
  { column: 'population', label: 'Population' },
  { column: 'metric', label: 'Metric' },
  { column: 'value', label: 'Value' },
  { column: 'claimant', label: 'Claimant' },
  { column: 'stated', label: 'Date stated' },
  { column: 'reported', label: 'Date reported' },
  { column: 'period', label: 'Period' },
  { column: 'disputed', label: 'Disputed' },
  { column: 'article', label: 'Article' },
]

/**
 * The shown figures as a table, one row each, with a control that selects the figure. Sorted and
 * filtered by column from the URL; an actor focus keeps that actor's figures.
 */
export function CasualtyTable(props: {
  dataset: LoadedDataset
  points: CasualtyPoint[]
  selected: string | null
  focusActive: boolean
  flagger: MarkFlagger
  onSelect: (id: string) => void
}) {
  const { query, sortBy, find } = useTableQuery('casualties')
  const focus = useFocusLabel(['actor'])
  const articles = (p: CasualtyPoint) =>
    figureArticles(props.dataset, p)
      .map((a) => `${a.title} (${dayText(a.published, a.publishedInferred)})`)
      .join('; ')
  const values: ColumnValues<CasualtyPoint, TableColumn<'casualties'>> = {
    population: (p) => p.populationLabel,
    metric: metricText,
    value: (p) => p.valueText,
    claimant: (p) => p.claimant,
    stated: (p) => p.casualty.when.date,
    reported: (p) => p.reported,
    period: (p) => p.casualty.period.label,
    disputed: (p) => (p.disputed ? 'disputed' : 'no'),
    article: articles,
  }
  const focused = props.focusActive ? props.points.filter((p) => p.focused) : props.points
  // Sorted by the number, filtered by the words ("more than 2,800").
  const rows = queryRows(focused, values, query, { value: (p) => p.casualty.value })
  return (
    <>
      <TableFind
        noun="figures"
        columns={COLUMNS}
        query={query}
        onFind={find}
        shown={rows.length}
        total={props.points.length}
        focus={focus}
      />
      <table className="casualty-table">
        <caption>
          Casualty figures as the articles report them, one row per figure ({rows.length}); figures
          are never summed.
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Select</span>
            </th>
            {COLUMNS.map((c) => (
              <SortHeader key={c.column} {...c} query={query} onSort={sortBy} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => {
            const selected = props.selected === p.id
            const flags = props.flagger.flags([p.id])
            const classes = [selected ? 'is-selected' : '', flagClasses(flags)]
            return (
              <tr
                key={p.id}
                aria-selected={selected}
                className={classes.join(' ').trim() || undefined}
              >
                <td>
                  <button
                    type="button"
                    aria-pressed={selected}
                    aria-label={`Select ${figureName(p)}`}
                    onClick={() => props.onSelect(p.id)}
                  >
                    Select
                  </button>
                </td>
                <th scope="row">
                  {p.populationLabel}
                  <WorkspaceBadge id={p.id} />
                </th>
                <td>{metricText(p)}</td>
                <td>{p.valueText}</td>
                <td className="casualty-claimant">{p.claimant}</td>
                <td>
                  {formatDay(p.casualty.when.date)}
                  {p.inferred && <span className="inferred-tag"> inferred</span>}
                </td>
                <td>{formatDay(p.reported)}</td>
                <td className="casualty-period">{p.casualty.period.label}</td>
                <td>
                  {p.disputed ? 'disputed' : 'no'}
                  {flags.disputeSides.length ? (
                    <span className="inferred-tag">
                      {' '}
                      (selected: {flags.disputeSides.join('; ')})
                    </span>
                  ) : null}
                </td>
                <td className="casualty-article">
                  {figureArticles(props.dataset, p).map((a) => (
                    <div key={a.id}>
                      {a.title} ({dayText(a.published, a.publishedInferred)})
                    </div>
                  ))}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </>
  )
}
