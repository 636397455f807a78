import { describe, expect, it } from 'vitest'
import {
  align,
  cohensKappa,
  confusion,
  krippendorffAlpha,
  locate,
  type CodedPassage,
} from './agreement-core'

describe('agreement coefficients on a hand-worked example', () => {
  // Five passages: the coders agree on four stances and differ on one (conditional / supports).
  // Coincidences: o(s,s) = 4, o(s,c) = o(c,s) = 1, o(o,o) = 2, o(a,a) = 2; n = 10;
  // n_s = 5, n_c = 1, n_o = 2, n_a = 2. Disagreement observed: 2; expected: 100 - (25+1+4+4) = 66.
  // alpha = 1 - (n - 1) * 2 / 66 = 1 - 18/66 = 8/11.
  // kappa: p_o = 4/5; p_e = (2/5)(3/5) + (1/5)(0) + (1/5)(1/5) + (1/5)(1/5) = 8/25;
  // kappa = (4/5 - 8/25) / (1 - 8/25) = 12/17.
  const pairs: [string, string][] = [
    ['supports', 'supports'],
    ['supports', 'supports'],
    ['conditional', 'supports'],
    ['opposes', 'opposes'],
    ['ambiguous', 'ambiguous'],
  ]

  it('gives the alpha worked out by hand', () => {
    expect(krippendorffAlpha(pairs)).toBeCloseTo(8 / 11, 10)
  })

  it('gives the kappa worked out by hand', () => {
    expect(cohensKappa(pairs)).toBeCloseTo(12 / 17, 10)
  })

  it('drops a passage only one coder coded from alpha, rather than counting it either way', () => {
    expect(krippendorffAlpha([...pairs, ['opposes']])).toBeCloseTo(8 / 11, 10)
  })

  it('is 1 for perfect agreement and below 0 for systematic disagreement', () => {
    expect(
      krippendorffAlpha([
        ['a', 'a'],
        ['b', 'b'],
      ]),
    ).toBe(1)
    expect(
      krippendorffAlpha([
        ['a', 'b'],
        ['b', 'a'],
      ]),
    ).toBeLessThan(0)
  })

  it('tabulates the confusion with coder A in rows', () => {
    expect(confusion(pairs, ['supports', 'conditional', 'ambiguous', 'opposes'])).toEqual([
      [2, 0, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
    ])
  })
})

describe('aligning two codings by passage', () => {
  const text = 'Alpha said yes to the deal. Beta and Gamma said no. Delta hoped.'
  const texts = new Map([['s', text]])
  const coded = (quote: string, actor: string, stance: string, ref: string): CodedPassage => ({
    source: 's',
    quote,
    actor,
    issue: 'deal',
    stance,
    ref,
  })

  it('pairs overlapping quotes, matching actor to actor where one passage names two', () => {
    const a = locate(
      [
        coded('Alpha said yes to the deal', 'alpha', 'supports', 'a1'),
        coded('Beta and Gamma said no', 'beta', 'opposes', 'a2'),
        coded('Beta and Gamma said no', 'gamma', 'opposes', 'a3'),
        coded('Delta hoped', 'delta', 'ambiguous', 'a4'),
      ],
      texts,
    )
    const b = locate(
      [
        coded('said yes', 'alpha', 'supports', 'b1'),
        coded('Gamma said no.', 'gamma', 'opposes', 'b2'),
        coded('Beta and Gamma', 'beta', 'ambiguous', 'b3'),
        coded('Alpha said yes', 'alpha', 'conditional', 'b4'),
      ],
      texts,
    )
    expect(a.missing).toEqual([])
    const al = align(a.located, b.located)
    expect(al.pairs.map(([x, y]) => `${x.ref}-${y.ref}`).sort()).toEqual([
      'a1-b4',
      'a2-b3',
      'a3-b2',
    ])
    // b1 and b4 both lie wholly inside a1; b4 covers more of it, so b1 is left over.
    expect(al.onlyA.map((x) => x.ref)).toEqual(['a4'])
    expect(al.onlyB.map((x) => x.ref)).toEqual(['b1'])
  })

  it('places a quote that is not verbatim on its closest passage, and reports one that is nowhere', () => {
    const { located, missing } = locate(
      [
        coded('Beta and Gamma sayd no', 'beta', 'opposes', 'x'),
        coded('zzzz qqqq', 'x', 'opposes', 'y'),
      ],
      texts,
    )
    expect(located).toMatchObject([{ ref: 'x', verbatim: false, start: text.indexOf('Beta') }])
    expect(missing.map((m) => m.ref)).toEqual(['y'])
  })
})
