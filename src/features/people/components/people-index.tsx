import { AppLink } from '../../../components/app-link'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { selectPeopleIndex, type PeopleRow } from '../../../dataset/select/people'
import { useFilters } from '../../../url-state/use-url-state'
import '../../../components/index-page.css'

function Counts({ row }: { row: PeopleRow }) {
  return (
    <>
      <td className="num">{row.statements}</td>
      <td className="num">{row.meetings}</td>
      <td className="num">{row.figures}</td>
    </>
  )
}

/** `/people`: every person and body the articles name, with what the dataset holds on each. */
export function PeopleIndex() {
  const rows = selectPeopleIndex(useDataset())
  const { linkTo } = useFilters()
  const people = rows.filter((r) => r.kind === 'person')
  const bodies = rows.filter((r) => r.kind === 'body')
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">Role</th>
        <th scope="col">Affiliation</th>
        <th scope="col" className="num">
          Statements
        </th>
        <th scope="col" className="num">
          Meetings
        </th>
        <th scope="col" className="num">
          Figures
        </th>
      </tr>
    </thead>
  )
  return (
    <main className="index-page">
      <h1>People and bodies</h1>
      <p className="index-lede">
        {people.length} people and {bodies.length} bodies (speakers, participants and claimants the
        articles name no person for). Counts are over every date.
      </p>
      <h2 id="people-heading">People</h2>
      <div className="index-table-wrap">
        <table className="index-table" aria-labelledby="people-heading">
          {head('Name')}
          <tbody>
            {people.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <AppLink to={linkTo(`/people/${r.id}`)}>{r.name}</AppLink>
                  {r.aliases.length ? <small>also {r.aliases.join('; ')}</small> : null}
                </th>
                <td>{r.role}</td>
                <td>{r.actor?.name ?? 'none stated'}</td>
                <Counts row={r} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="bodies-heading">Bodies</h2>
      <div className="index-table-wrap">
        <table className="index-table" aria-labelledby="bodies-heading">
          {head('As written')}
          <tbody>
            {bodies.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                <td>{r.role}</td>
                <td>
                  {r.actor ? (
                    <AppLink to={linkTo(`/actors/${r.actor.id}`)}>{r.actor.name}</AppLink>
                  ) : (
                    'none stated'
                  )}
                </td>
                <Counts row={r} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  )
}
