import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { DARK, LIGHT } from '../src/lib/theme'

// A dark-mode visitor exporting with the default "Light" theme must get the light palette.
test.use({ colorScheme: 'dark' })

const VIEWS = [
  {
    name: 'Position matrix',
    find: (page: Page) => page.getByRole('region', { name: 'Position matrix' }),
  },
  {
    name: 'Casualty figures',
    find: (page: Page) => page.getByRole('region', { name: 'Casualty figures' }),
  },
  {
    name: 'Meeting graph',
    find: (page: Page) => page.getByRole('region', { name: 'Meeting graph' }),
  },
  { name: 'Evidence', find: (page: Page) => page.getByRole('complementary', { name: 'Evidence' }) },
]

/** `#e7eaf0` as hex and as the `rgb(231, 234, 240)` that inlined computed styles use. */
function spellings(hex: string): string[] {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  return [hex.toLowerCase(), `rgb(${r}, ${g}, ${b})`]
}

/** The dark palette's colours that the light palette does not share. */
const DARK_ONLY = [...new Set(Object.values(DARK))].filter(
  (colour) => !Object.values(LIGHT).includes(colour),
)

async function exportImage(view: Locator, format: 'PNG' | 'SVG'): Promise<Buffer> {
  const name = (await view.getByRole('heading', { level: 2 }).textContent())!
  const panel = view.getByRole('group', { name: `Export ${name}` })
  if (!(await panel.isVisible())) await view.getByRole('button', { name: 'Export' }).click()
  await expect(panel.getByRole('combobox', { name: 'Theme' })).toHaveValue('light')
  const [download] = await Promise.all([
    view.page().waitForEvent('download'),
    panel.getByRole('button', { name: format, exact: true }).click(),
  ])
  return readFileSync(await download.path())
}

for (const { name, find } of VIEWS) {
  test(`${name}: a dark-mode page exports in the light theme`, async ({ page }) => {
    await page.goto('/?from=2024-10-30&to=2024-11-21&sel=cell:israel:freedom-to-strike')
    const view = find(page)
    await expect(view).toBeVisible()
    // The page itself is dark, so the test would notice if the scheme were not applied.
    const pageBackground = await page.evaluate(
      () => getComputedStyle(document.body).backgroundColor,
    )
    expect(pageBackground).toBe(spellings(DARK.bg)[1])

    const raw = (await exportImage(view, 'SVG')).toString('utf8')
    const prefix = 'data:image/svg+xml;charset=utf-8,'
    const svg = (
      raw.startsWith(prefix) ? decodeURIComponent(raw.slice(prefix.length)) : raw
    ).toLowerCase()
    const darkFound = DARK_ONLY.flatMap(spellings).filter((spelling) => svg.includes(spelling))
    expect.soft(darkFound, 'dark-theme colours in the exported SVG').toEqual([])
    // The old HTML capture inlined computed styles (rgb); the vector export writes hex (decision 022).
    expect
      .soft(
        spellings(LIGHT.fg).some((spelling) => svg.includes(spelling)),
        'light text colour in the SVG',
      )
      .toBe(true)

    // The PNG: a white background and not one pixel of the dark text colour or dark backgrounds.
    const png = (await exportImage(view, 'PNG')).toString('base64')
    const counts = await page.evaluate(
      async ({ data, colours }) => {
        const img = new Image()
        img.src = `data:image/png;base64,${data}`
        await img.decode()
        const canvas = Object.assign(document.createElement('canvas'), {
          width: img.naturalWidth,
          height: img.naturalHeight,
        })
        const context = canvas.getContext('2d')!
        context.drawImage(img, 0, 0)
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data
        const wanted = colours.map((hex) => parseInt(hex.slice(1), 16))
        const found = wanted.map(() => 0)
        for (let i = 0; i < pixels.length; i += 4) {
          const rgb = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!
          const at = wanted.indexOf(rgb)
          if (at >= 0) found[at]!++
        }
        const corner = Array.from(pixels.subarray(0, 3))
        return { corner, found: Object.fromEntries(colours.map((c, i) => [c, found[i]])) }
      },
      { data: png, colours: [DARK.fg, DARK.bg, DARK.bgSoft] },
    )
    expect.soft(counts.corner).toEqual([255, 255, 255])
    expect(counts.found).toEqual({ [DARK.fg]: 0, [DARK.bg]: 0, [DARK.bgSoft]: 0 })
  })
}
