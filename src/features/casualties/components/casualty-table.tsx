import type { LoadedDataset } from '../../../dataset/dataset-schema'
import type { CasualtyPoint } from '../../../dataset/select/casualties'
import { formatDay } from '../../../lib/dates'
import { dayText, figureArticles, figureName, metricText } from '../casualty-text'

/** The shown figures as a table, one row each, with a control that selects the figure. */
export function CasualtyTable(props: {
  dataset: LoadedDataset
  points: CasualtyPoint[]
  selected: string | null
  onSelect: (id: string) => void
}) {
  return (
    <table className="casualty-table">
      <caption>
        Casualty figures as the articles report them, one row per figure ({props.points.length});
        figures are never summed.
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Select</span>
          </th>
          <th scope="col">Population</th>
          <th scope="col">Metric</th>
          <th scope="col">Value</th>
          <th scope="col">Claimant</th>
          <th scope="col">Date stated</th>
          <th scope="col">Date reported</th>
          <th scope="col">Period</th>
          <th scope="col">Disputed</th>
          <th scope="col">Article</th>
        </tr>
      </thead>
      <tbody>
        {props.points.map((p) => {
          const selected = props.selected === p.id
          return (
            <tr
              key={p.id}
              aria-selected={selected}
              className={selected ? 'is-selected' : undefined}
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
              <th scope="row">{p.populationLabel}</th>
              <td>{metricText(p)}</td>
              <td>{p.valueText}</td>
              <td className="casualty-claimant">{p.claimant}</td>
              <td>
                {formatDay(p.casualty.when.date)}
                {p.inferred && <span className="inferred-tag"> inferred</span>}
              </td>
              <td>{formatDay(p.reported)}</td>
              <td className="casualty-period">{p.casualty.period.label}</td>
              <td>{p.disputed ? 'disputed' : 'no'}</td>
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
  )
}
