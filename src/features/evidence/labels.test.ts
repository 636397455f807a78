import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import { indexDataset } from '../../dataset/select/index-dataset'
import {
  citationParts,
  participantLabel,
  passageHash,
  recordLabel,
  speakerLabel,
  whenLabel,
} from './labels'

const d = loadRealDataset()
const ix = indexDataset(d)
const source = (id: string) => d.sources.find((s) => s.id === id)!

describe('citationParts', () => {
  it('names the outlet, marks an inferred one, and says when none is stated', () => {
    expect(citationParts(source('ft-hochstein-nov21'))).toMatchObject({
      outlet: 'Financial Times (inferred)',
      published: '21 Nov 2024',
      publishedInferred: true,
    })
    expect(citationParts(source('blinken-progress-oct31'))).toMatchObject({
      outlet: 'outlet not stated',
      published: '31 Oct 2024',
      publishedInferred: false,
    })
  })
})

describe('passageHash', () => {
  it('encodes the quote start offset in the source text', () => {
    const s = source('ft-hochstein-nov21')
    const quote = 'A prerequisite for any political settlement'
    expect(passageHash(s.text, quote)).toBe(`q-${s.text.indexOf(quote)}`)
    expect(passageHash(s.text, 'not in the article at all')).toBeNull()
  })
})

describe('labels', () => {
  it('formats dates, speakers, participants and record names', () => {
    expect(whenLabel({ date: '2024-10-31' })).toBe('31 Oct 2024')
    expect(whenLabel({ date: '2024-10-31', until: '2024-11-02' })).toBe('31 Oct 2024 – 2 Nov 2024')
    expect(speakerLabel(ix.positions.get('pos-israel-freedom-enforce-oct31')!.speaker, ix)).toMatch(
      /^Benjamin Netanyahu \(.+\), via Prime Minister's office$/,
    )
    expect(speakerLabel({ body: 'Israeli officials' }, ix)).toBe('Israeli officials')
    expect(participantLabel({ body: 'other senior Israeli officials', actor: 'israel' }, ix)).toBe(
      'other senior Israeli officials (Israel)',
    )
    expect(participantLabel({ person: 'hochstein' }, ix)).toBe(
      'Amos Hochstein (US envoy for Lebanon)',
    )
    expect(recordLabel('dispute-unilateral-request', ix)).toMatch(/^Dispute: /)
    expect(recordLabel('meet-jerusalem-oct31', ix)).toMatch(/^Meeting: /)
  })
})
