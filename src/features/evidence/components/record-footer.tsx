import type { Evidence } from '../../../dataset/schema'
import { QuoteList } from './quote-block'
import { DisputeLinks } from './record-links'

/** The fields of a position, casualty figure or meeting that its details end with. */
interface FooterRecord {
  id: string
  summary: string
  ambiguity?: string | undefined
  note?: string | undefined
  /** A position's reading: an implied one's note says what the stance is read from (codebook R-implied). */
  reading?: 'explicit' | 'implied'
  evidence: Evidence[]
}

/** How a record's details end: its summary, any ambiguity or note, the disputes over it, its quotes. */
export function RecordFooter({ record }: { record: FooterRecord }) {
  return (
    <>
      <p>{record.summary}</p>
      {record.ambiguity ? (
        <p className="evidence-note">
          {record.reading === 'implied' ? 'Implied' : 'Ambiguity'}: {record.ambiguity}
        </p>
      ) : null}
      {record.note ? <p className="evidence-note">Note: {record.note}</p> : null}
      <DisputeLinks recordIds={[record.id]} />
      <QuoteList evidence={record.evidence} />
    </>
  )
}
