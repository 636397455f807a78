import { expect, test, type Page } from '@playwright/test'
import { generateDataset } from '../scripts/generate-dataset'

const good = () => generateDataset(0.05, 11)
const asFile = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
})

async function open(page: Page, name: string, text: string) {
  await page.getByLabel('Dataset file').setInputFiles(asFile(name, text))
}

test.beforeEach(({ page }) => {
  // Data must never open a dialog: any alert/confirm/prompt fails the test.
  page.on('dialog', (d) => {
    throw new Error(`unexpected dialog: ${d.message()}`)
  })
})

test('open a good file, then go back to the built-in dataset', async ({ page }) => {
  await page.goto('/?from=2024-10-30')
  await open(page, 'mine.json', JSON.stringify(good()))
  await expect(page.getByRole('banner')).toContainText('Dataset: mine.json')
  await expect(page).toHaveURL(/dataset=local%3Amine\.json/)
  await expect(
    page.getByRole('grid').getByRole('rowheader', { name: 'Actor israel' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Back to the built-in dataset' }).click()
  await expect(page.getByRole('banner')).toContainText('Dataset: built-in')
  await expect(
    page.getByRole('grid').getByRole('button', { name: /^Israel on A ceasefire in Lebanon:/ }),
  ).toBeVisible()
})

test('the sample in public/samples opens as an analyst would open it', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Dataset file').setInputFiles('public/samples/two-articles.json')
  await expect(page.getByRole('banner')).toContainText('Dataset: two-articles.json')
  await expect(
    page.getByRole('grid').getByRole('button', { name: /^Israel on A ceasefire in Lebanon:/ }),
  ).toBeVisible()
})

const BAD: [string, (d: ReturnType<typeof good>) => string, RegExp][] = [
  ['truncated.json', (d) => JSON.stringify(d).slice(0, 3000), /truncated\.json is not valid JSON/],
  [
    'types.json',
    (d) => JSON.stringify({ ...d, positions: 'none' }),
    /positions: should be a list, but is text/,
  ],
  [
    'refs.json',
    (d) =>
      JSON.stringify({
        ...d,
        positions: d.positions.map((p, i) => (i === 0 ? { ...p, actor: 'atlantis' } : p)),
      }),
    /positions\[0\]\.actor \(record "?pos-0"?\): unknown actor "atlantis"/,
  ],
  [
    'quote.json',
    (d) =>
      JSON.stringify({
        ...d,
        events: d.events.map((e, i) =>
          i === 0 ? { ...e, evidence: [{ ...e.evidence[0]!, quote: 'never written' }] } : e,
        ),
      }),
    /quote is not verbatim/,
  ],
  [
    'date.json',
    (d) =>
      JSON.stringify({
        ...d,
        events: d.events.map((e, i) =>
          i === 0 ? { ...e, when: { ...e.when, date: '2024-02-30' } } : e,
        ),
      }),
    /not a real calendar date/,
  ],
]

for (const [name, make, message] of BAD) {
  test(`a bad file (${name}) gets a clear message and loses nothing`, async ({ page }) => {
    await page.goto('/?from=2024-10-30&actor=us')
    await open(page, name, make(good()))
    const alert = page.getByRole('alert').filter({ hasText: name })
    await expect(alert).toContainText(message)
    await expect(page.getByRole('banner')).toContainText('Dataset: built-in')
    await expect(page).toHaveURL(/from=2024-10-30&actor=us$/)
    await alert.getByRole('button', { name: 'Dismiss' }).click()
    await expect(alert).toHaveCount(0)
  })
}

test('markup in a dataset shows as text and runs nothing', async ({ page }) => {
  const d = good()
  d.title = '<img src=x onerror=alert(1)><script>alert(2)</script>'
  d.actors[0]!.name = 'javascript:alert(3)'
  await page.goto('/about')
  await open(page, 'markup.json', JSON.stringify(d))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(d.title)
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
})
