import { describe, expect, it } from 'vitest'
import { indexDataset } from '../../dataset/select/index-dataset'
import { resolveSelection } from '../../dataset/select/selection'
import { loadRealDataset } from '../../test/dataset-fixture'
import { exportTheme } from '../../lib/export/export-theme'
import { parseSvgStrict } from '../../lib/export/svg-test-utils'
import { evidenceFigure } from './evidence-svg'

describe('evidenceFigure', () => {
  const d = loadRealDataset()
  const ix = indexDataset(d)

  const select = (sel: string) =>
    resolveSelection(d, {
      from: '2024-10-30',
      to: '2024-11-21',
      actor: null,
      issue: null,
      person: null,
      sel,
    })!

  it('names the selection in words, never by id', () => {
    const selection = select('cell:hezbollah:freedom-to-strike')
    const fig = evidenceFigure(selection, ix, exportTheme('light'))
    const parsed = parseSvgStrict(`<svg xmlns="http://www.w3.org/2000/svg">${fig.body}</svg>`)
    const all = parsed.texts.join('\n')
    expect(all).not.toContain('cell:')
    expect(all).not.toContain('freedom-to-strike')
    expect(parsed.texts[0]).toMatch(/^Hezbollah on /)
  })

  it('sets each quote with its article, outlet and date', () => {
    const fig = evidenceFigure(select('cell:israel:freedom-to-strike'), ix, exportTheme('light'))
    const all = parseSvgStrict(
      `<svg xmlns="http://www.w3.org/2000/svg">${fig.body}</svg>`,
    ).texts.join(' ')
    expect(all).toMatch(/\[1\] .+ · outlet not stated · 31 Oct 2024 \(date inferred\)/)
    expect(all).toContain('[2] ')
  })
})
