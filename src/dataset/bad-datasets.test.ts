import { describe, expect, it } from 'vitest'
import { parseDataset } from './parse-dataset'
import { DatasetLoadError } from './load-error'
import { withDerivedViews } from './parse-dataset'
import { formatProblem } from './problems'
import { loadRealDataset } from '../test/dataset-fixture'

/** A JSON copy of the real dataset that a test may break. */
const good = () =>
  JSON.parse(JSON.stringify(loadRealDataset())) as Record<string, unknown> &
    Record<
      'positions' | 'casualties' | 'events' | 'meetings' | 'sources',
      Record<string, unknown>[]
    >

/** Parses like the app does and returns the failure's lines ("" when it loaded). */
function failure(text: string): string[] {
  try {
    parseDataset(text, 'upload.json')
    return []
  } catch (e) {
    if (!(e instanceof DatasetLoadError)) throw e
    return [e.message, ...e.problems.map((p) => formatProblem(p))]
  }
}
const broken = (mutate: (d: ReturnType<typeof good>) => void) => {
  const d = good()
  mutate(d)
  return failure(JSON.stringify(d))
}

describe('bad datasets get a clear message', () => {
  it('accepts the real dataset', () => {
    expect(failure(JSON.stringify(good()))).toEqual([])
  })

  it('truncated JSON', () => {
    expect(failure(JSON.stringify(good()).slice(0, 5000))[0]).toMatch(
      /^upload\.json is not valid JSON: /,
    )
  })

  it('wrong types, in plain words with the path', () => {
    expect(broken((d) => (d.casualties[0]!.value = 'many'))).toContain(
      'casualties[0].value (record "cas-lebanon-killed-2800"): should be a number, but is text',
    )
    expect(broken((d) => (d.positions = {} as never))).toContain(
      'positions: should be a list, but is an object',
    )
  })

  it('unknown references and duplicate ids', () => {
    expect(broken((d) => (d.positions[0]!.actor = 'atlantis'))).toContain(
      'positions[0].actor (record "pos-israel-ceasefire-security-oct31"): unknown actor "atlantis"',
    )
    expect(broken((d) => (d.events[1]!.id = d.events[0]!.id)).join('\n')).toContain(
      'duplicate id "ev-hamas-attack"',
    )
  })

  it('a quote not in its source', () => {
    expect(
      broken(
        (d) =>
          ((d.events[0]!.evidence as { quote: string }[])[0]!.quote =
            'Nothing like this was ever written'),
      ).join('\n'),
    ).toContain(
      'events[0].evidence[0].quote (record "ev-hamas-attack"): quote is not verbatim in source "ft-hochstein-nov21"',
    )
  })

  it('an impossible date and a reversed span', () => {
    expect(broken((d) => ((d.events[0]!.when as { date: string }).date = '2024-02-30'))).toContain(
      'events[0].when.date (record "ev-hamas-attack"): not a real calendar date',
    )
    const m = 'contact-hochstein-mikati-oct'
    expect(
      broken(
        (d) =>
          ((d.meetings.find((x) => x.id === m)!.when as { until: string }).until = '2024-10-01'),
      ).join('\n'),
    ).toContain('a span cannot end before it starts')
  })

  it('an implied position without the note saying what it is read from', () => {
    const i = good().positions.findIndex((p) => p.id === 'pos-israel-laf-oct31')
    expect(broken((d) => delete d.positions[i]!.ambiguity)).toContain(
      `positions[${i}].ambiguity (record "pos-israel-laf-oct31"): an implied position needs an \`ambiguity\` note saying what the stance is read from`,
    )
    expect(broken((d) => (d.positions[i]!.reading = 'inferred'))[1]).toMatch(
      /^positions\[\d+\]\.reading \(record "pos-israel-laf-oct31"\): /,
    )
  })

  it('a date precision that contradicts its days', () => {
    const when = (d: ReturnType<typeof good>) =>
      d.meetings.find((x) => x.id === 'contact-hochstein-mikati-oct')!.when as Record<
        string,
        unknown
      >
    expect(broken((d) => delete when(d).until).join('\n')).toContain(
      'a range date needs `until`, the last day of the range',
    )
    expect(broken((d) => (when(d).precision = 'on-or-before')).join('\n')).toContain(
      'only a range date has `until`',
    )
  })

  it('a span of eight thousand years, which froze the tab (issue 17, defect 2)', () => {
    const lines = broken((d) => {
      delete d.derived
      const source = d.sources[0]!
      ;(source.published as { date: string }).date = '9999-12-31'
      const late = d.positions.find((p) =>
        (p.evidence as { source: string }[]).some((e) => e.source === source.id),
      )!
      ;(late.when as { date: string }).date = '9999-12-31'
      ;(d.events[0]!.when as { date: string }).date = '1900-01-01'
    })
    expect(lines[0]).toBe('upload.json failed validation with 1 problem.')
    expect(lines[1]).toMatch(
      /^sources\[0\]\.published\.date \(record "[^"]+"\): date 9999-12-31 is 8,099 years after the dataset's earliest date \(1900-01-01, events\[0\] "ev-hamas-attack"\); a dataset may span at most 100 years$/,
    )
  })

  it('empty arrays where something is required', () => {
    expect(broken((d) => (d.sources = []))).toContain('sources: should list at least 1 item')
  })

  it('very deep nesting where text belongs', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    const text = JSON.stringify(good()).replace('"title":"Israel', `"title":${deep},"x":"Israel`)
    expect(failure(text)).toContain('title: should be text, but is a list')
  })

  it('a 50 MB file is read and judged, not choked on', () => {
    const d = good()
    d.title = 'x'.repeat(50 * 1024 * 1024)
    expect(failure(JSON.stringify(d))).toEqual([])
  })

  it('__proto__ and constructor keys pollute nothing', () => {
    const text = JSON.stringify(good()).replace(
      '{"title":',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"p2":1}},"title":',
    )
    expect(text).toContain('"__proto__"')
    expect(failure(text)).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).p2).toBeUndefined()
  })

  it('markup and script-looking strings are kept as plain text', () => {
    const d = good()
    d.title = '<script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3)'
    expect(failure(JSON.stringify(d))).toEqual([])
    expect(parseDataset(JSON.stringify(d), 'x.json').title).toBe(d.title)
  })
})

describe('a dataset file without derived views', () => {
  it('is valid, and gets its views derived on load', async () => {
    const d = good()
    delete d.derived
    const parsed = parseDataset(JSON.stringify(d), 'lean.json')
    expect(parsed.derived).toBeUndefined()
    const loaded = await withDerivedViews(parsed)
    expect(loaded.derived.matrix.length).toBeGreaterThan(0)
    expect(loaded.derived.graph.nodes.map((n) => n.id)).toContain('hochstein')
  })
})
