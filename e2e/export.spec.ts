import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import Papa from 'papaparse'

const START = '/?from=2024-10-30&to=2024-11-21&sel=cell:israel:freedom-to-strike'

/** Each view, and names its SVG must hold as text: the stakeholders it shows. */
const VIEWS = [
  {
    name: 'Position matrix',
    file: 'matrix',
    names: ['Israel', 'Hezbollah', 'Lebanese government', 'United States'],
    rowsShown: (page: Page) => page.getByRole('grid').locator('td[role="gridcell"]').count(),
  },
  {
    name: 'Casualty figures',
    file: 'casualties',
    names: ['Lebanese health ministry', 'Israel Defense Forces'],
    rowsShown: (page: Page) =>
      page.getByRole('region', { name: 'Casualty figures' }).locator('svg [role="button"]').count(),
  },
  {
    name: 'Meeting graph',
    file: 'meetings',
    names: ['Amos Hochstein', 'Benjamin Netanyahu', 'Israel', 'United States'],
    rowsShown: null,
  },
  { name: 'Evidence', file: 'evidence', names: ['Israel'], rowsShown: null },
  {
    name: 'Israel timeline',
    file: 'actor-timeline',
    path: '/actors/israel?from=2024-10-30&to=2024-11-21',
    names: ['Israel: positions by date', "Israel's freedom to strike"],
    rowsShown: null,
  },
] as const

const frame = (page: Page, view: string) =>
  view === 'Evidence'
    ? page.getByRole('complementary', { name: 'Evidence' })
    : view.endsWith(' timeline')
      ? page.getByRole('main')
      : page.getByRole('region', { name: view })

async function openPanel(page: Page, view: string) {
  const panel = frame(page, view).getByRole('group', { name: `Export ${view}` })
  if (!(await panel.isVisible()))
    await frame(page, view).getByRole('button', { name: 'Export' }).click()
  return panel
}

async function exportFile(page: Page, view: string, format: string) {
  const panel = await openPanel(page, view)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: format, exact: true }).click(),
  ])
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) }
}

const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)] as const

for (const view of VIEWS) {
  test(`${view.name}: a vector SVG, slide-sized PNGs, CSV and JSON named for what they hold`, async ({
    page,
  }, info) => {
    await page.goto('path' in view ? view.path : START)
    await expect(frame(page, view.name)).toBeVisible()

    const svg = await exportFile(page, view.name, 'SVG')
    expect(svg.name).toBe(`blueline-${view.file}-2024-10-30_2024-11-21.svg`)
    const text = svg.bytes.toString('utf8')
    writeFileSync(info.outputPath(`${view.file}.svg`), text)
    expect(text).not.toContain('<foreignObject')
    // Chromium's own XML parser is strict: a well-formedness error would give a <parsererror>.
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml')
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: [...doc.querySelectorAll('text')].map((n) => n.textContent),
        font: doc.documentElement.getAttribute('font-family'),
      }
    }, text)
    expect(parsed.error).toBeNull()
    expect(parsed.font).toContain('sans-serif')
    for (const name of view.names) expect(parsed.texts.join('\n')).toContain(name)
    // One source line by default, starting "Sources:" and naming the dataset.
    const sourceLines = parsed.texts.filter((t) => t?.startsWith('Sources:'))
    expect(sourceLines).toHaveLength(1)
    expect(sourceLines[0]).toMatch(/^Sources: \d+ articles?, .+ · Blueline dataset [0-9a-f]{7}$/)
    const rendered = await page.evaluate(async (t) => {
      const img = new Image()
      img.src = URL.createObjectURL(new Blob([t], { type: 'image/svg+xml' }))
      await img.decode()
      return { w: img.naturalWidth, h: img.naturalHeight }
    }, text)
    expect(rendered.w).toBeGreaterThan(300)

    const panel = await openPanel(page, view.name)
    await panel.getByRole('combobox', { name: 'Size' }).selectOption({ label: '16:9 slide' })
    const png = await exportFile(page, view.name, 'PNG')
    writeFileSync(info.outputPath(`${view.file}-16x9.png`), png.bytes)
    expect(png.bytes.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    )
    // 2x by default: a 1280 x 720 slide is 2560 x 1440 pixels.
    expect(pngSize(png.bytes)).toEqual([2560, 1440])
    expect(png.bytes.toString('latin1')).toContain('Sources: ')

    await panel.getByRole('combobox', { name: 'PNG' }).selectOption('3')
    await panel.getByRole('combobox', { name: 'Size' }).selectOption({ label: '4:3 slide' })
    const print = await exportFile(page, view.name, 'PNG')
    expect(pngSize(print.bytes)).toEqual([3072, 2304])

    const csv = await exportFile(page, view.name, 'CSV')
    const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8'), {
      header: true,
      skipEmptyLines: true,
    })
    expect(rows.errors).toEqual([])
    if (view.rowsShown) expect(rows.data).toHaveLength(await view.rowsShown(page))
    else expect(rows.data.length).toBeGreaterThan(0)

    const json = await exportFile(page, view.name, 'JSON')
    const body = JSON.parse(json.bytes.toString('utf8')) as {
      records: unknown[]
      sources: string[]
      filter: { from: string }
    }
    expect(body.filter.from).toBe('2024-10-30')
    expect(body.records.length).toBeGreaterThan(0)
    expect(new Set(body.sources).size).toBe(body.sources.length)
  })
}
