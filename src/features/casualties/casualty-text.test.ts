import { describe, expect, it } from 'vitest'
import { selectCasualties } from '../../dataset/select/casualties'
import { loadRealDataset } from '../../test/dataset-fixture'
import { figureArticles, figureName, markLabel, metricText, wrapLabel } from './casualty-text'

const d = loadRealDataset()
const byId = new Map(selectCasualties(d, { ...d.derived.span, actor: null }).map((p) => [p.id, p]))

describe('casualty wording', () => {
  it('names a figure by claimant, value, metric, population and report date', () => {
    expect(figureName(byId.get('cas-lebanon-killed-2800')!)).toBe(
      'Lebanese health ministry: more than 2,800 killed, People in Lebanon, reported 31 Oct 2024, disputed',
    )
    expect(figureName(byId.get('cas-hostages-101')!)).toContain(
      '101 held hostage, Hostages held in Gaza, reported 31 Oct 2024',
    )
    expect(metricText(byId.get('cas-hostages-101')!)).toBe('held hostage')
  })

  it('flags disputed figures in the mark label only', () => {
    expect(markLabel(byId.get('cas-lebanon-killed-3500')!)).toBe('more than 3,500 · disputed')
    expect(markLabel(byId.get('cas-hostages-101')!)).toBe('101')
  })

  it('finds the citing article with its publication date', () => {
    expect(figureArticles(d, byId.get('cas-lebanon-killed-3500')!)).toEqual([
      expect.objectContaining({
        id: 'ft-hochstein-nov21',
        published: '2024-11-21',
        publishedInferred: true,
      }),
    ])
  })
})

describe('wrapLabel', () => {
  it('breaks at spaces within the width and never splits a word', () => {
    expect(wrapLabel('Israelis (civilians and soldiers)', 19)).toEqual([
      'Israelis (civilians',
      'and soldiers)',
    ])
    expect(wrapLabel('Hezbollah fighters', 30)).toEqual(['Hezbollah fighters'])
    expect(wrapLabel('Extraordinarily long', 5)).toEqual(['Extraordinarily', 'long'])
  })
})
