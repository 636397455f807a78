import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'

// Issue 17, defect 3: a selection that names something broken fails inside the evidence panel.
type Built = { derived: { graph: { edges: { id: string; meetings: string[] }[] } } }
const edge = (JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Built).derived.graph
  .edges[0]!.id

test('a selection that cannot be resolved stays in the evidence panel; header and matrix work', async ({
  page,
}) => {
  // The built-in file is trusted by its digest and parsed on this thread: make its first graph edge
  // name a meeting it lacks, as a broken file would (an opened file like that is refused at load).
  await page.addInitScript(() => {
    const parse = JSON.parse
    JSON.parse = (text: string, reviver?: Parameters<typeof parse>[1]) => {
      const value = parse(text, reviver) as Partial<Built> | null
      const first = value?.derived?.graph?.edges[0]
      if (first) first.meetings = [...first.meetings, 'meeting-that-is-not-here']
      return value
    }
  })
  await page.goto(`/?from=2024-10-30&sel=edge:${edge}`)
  const evidence = page.getByRole('complementary', { name: 'Evidence' })
  await expect(evidence.getByRole('alert')).toContainText(`The evidence for sel=edge:${edge}`)
  await expect(page.getByRole('banner')).toContainText('Dataset: built-in')

  await page
    .getByRole('grid')
    .getByRole('button', { name: /^Israel on A ceasefire in Lebanon:/ })
    .click()
  await expect(page).toHaveURL(/sel=cell%3Aisrael%3A/)
  await expect(evidence.getByRole('heading', { name: /^Israel on / })).toBeVisible()

  await page.goBack()
  await evidence.getByRole('button', { name: 'Clear selection' }).click()
  await expect(page).toHaveURL(/\/\?from=2024-10-30$/)
  await expect(evidence.getByRole('alert')).toHaveCount(0)
})
