import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import Papa from 'papaparse'

const VIEWS = [
  {
    name: 'Position matrix',
    file: 'matrix',
    rowsShown: (page: Page) => page.getByRole('grid').locator('td[role="gridcell"]').count(),
  },
  {
    name: 'Casualty figures',
    file: 'casualties',
    rowsShown: (page: Page) =>
      page.getByRole('region', { name: 'Casualty figures' }).locator('svg [role="button"]').count(),
  },
  { name: 'Meeting graph', file: 'meetings', rowsShown: null },
] as const

async function exportFile(page: Page, view: string, format: string) {
  const section = page.getByRole('region', { name: view })
  const panel = section.getByRole('group', { name: `Export ${view}` })
  if (!(await panel.isVisible())) await section.getByRole('button', { name: 'Export' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: format, exact: true }).click(),
  ])
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) }
}

for (const view of VIEWS) {
  test(`${view.name}: PNG, SVG, CSV and JSON exports are complete and named for what they hold`, async ({
    page,
  }) => {
    await page.goto('/?from=2024-10-30&to=2024-11-21')
    await expect(page.getByRole('region', { name: view.name })).toBeVisible()

    const png = await exportFile(page, view.name, 'PNG')
    expect(png.name).toBe(`blueline-${view.file}-2024-10-30_2024-11-21.png`)
    expect(png.bytes.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    )
    const [width, height] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]
    const box = (await page
      .getByRole('region', { name: view.name })
      .locator('.view-frame-body')
      .boundingBox())!
    // 2x pixel density: the whole view (nothing clipped) and the stage's 16 px margin on each side,
    // the right one included (it used to be covered by the view).
    expect(Math.abs(width - 2 * (box.width + 2 * 16))).toBeLessThanOrEqual(2)
    expect(height).toBeGreaterThan(200)

    const svg = await exportFile(page, view.name, 'SVG')
    const raw = svg.bytes.toString('utf8')
    const prefix = 'data:image/svg+xml;charset=utf-8,'
    const svgText = raw.startsWith(prefix) ? decodeURIComponent(raw.slice(prefix.length)) : raw
    expect(svgText.startsWith('<svg')).toBe(true)
    const rendered = await page.evaluate(async (text) => {
      const img = new Image()
      img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }))
      await img.decode()
      return { w: img.naturalWidth, h: img.naturalHeight }
    }, svgText)
    expect(rendered.w).toBeGreaterThan(300)

    const csv = await exportFile(page, view.name, 'CSV')
    const parsed = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8'), {
      header: true,
      skipEmptyLines: true,
    })
    expect(parsed.errors).toEqual([])
    const shown = view.rowsShown
      ? await view.rowsShown(page)
      : await page
          .getByRole('region', { name: view.name })
          .getByRole('button', { name: 'Show data table' })
          .click()
          .then(() => page.getByRole('region', { name: view.name }).locator('tbody tr').count())
    expect(parsed.data).toHaveLength(shown)

    const json = await exportFile(page, view.name, 'JSON')
    const body = JSON.parse(json.bytes.toString('utf8')) as {
      records: unknown[]
      sources: string[]
      filter: { from: string }
    }
    expect(body.filter.from).toBe('2024-10-30')
    expect(body.records.length).toBeGreaterThan(0)
    // Every article the image caption may only count is named here.
    expect(body.sources.length).toBeGreaterThan(0)
    expect(new Set(body.sources).size).toBe(body.sources.length)
  })
}
