import { useDataset } from '../../../url-state/dataset-on-screen'
import { WorkspaceBadge } from '../../../components/workspace-badge'
import { casualtyValueText } from '../../../dataset/select/casualties'
import { indexDataset } from '../../../dataset/select/index-dataset'
import type { Casualty } from '../../../dataset/schema'
import { formatDay } from '../../../lib/dates'
import { OutOfRange, PersonButton, WhenText } from './record-links'
import { RecordFooter } from './record-footer'

/** One casualty figure as the article gives it: value, who counts, who claims it, for which period. */
export function CasualtyDetails({ casualty }: { casualty: Casualty }) {
  const dataset = useDataset()
  const ix = indexDataset(dataset)
  const reported = dataset.derived.reportedOn[casualty.id]
  const claimantPerson = casualty.claimant.person
    ? ix.people.get(casualty.claimant.person)
    : undefined
  return (
    <>
      <h3>
        {casualtyValueText(casualty)} {casualty.metric.replace('-', ' ')}
        <WorkspaceBadge id={casualty.id} />
      </h3>
      <OutOfRange when={casualty.when} />
      <dl className="evidence-facts">
        <dt>Who</dt>
        <dd>{ix.populations.get(casualty.population)?.label ?? casualty.population}</dd>
        <dt>Claimed by</dt>
        <dd>
          {casualty.claimant.label}
          {claimantPerson ? (
            <>
              {' '}
              (<PersonButton id={claimantPerson.id}>{claimantPerson.name}</PersonButton>)
            </>
          ) : null}
        </dd>
        <dt>Period</dt>
        <dd>
          {casualty.period.label}
          {casualty.period.from || casualty.period.to ? (
            <small className="evidence-basis">
              {casualty.period.from ? formatDay(casualty.period.from) : '…'} –{' '}
              {casualty.period.to ? formatDay(casualty.period.to) : '…'}
            </small>
          ) : null}
        </dd>
        <dt>Stated</dt>
        <dd>
          <WhenText when={casualty.when} />
        </dd>
        {reported ? (
          <>
            <dt>Reported</dt>
            <dd>{formatDay(reported)}</dd>
          </>
        ) : null}
      </dl>
      <RecordFooter record={casualty} />
    </>
  )
}
