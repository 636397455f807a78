import { expect, test } from '@playwright/test'
import { generateDataset } from '../scripts/generate-dataset'

// A synthetic dataset big enough that the views switch to their large-data modes (x40: about 50
// actors x 33 issues in the matrix, 800 people), served in place of the built-in one.
const large = JSON.stringify(generateDataset(40, 5))

test.beforeEach(async ({ page }) => {
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: large }),
  )
})

test('a large matrix draws only the cells in view and the keyboard still reaches every cell', async ({
  page,
}) => {
  await page.goto('/matrix')
  const grid = page.getByRole('grid', { name: 'Stances of each actor on each issue' })
  await expect(grid).toBeVisible()
  const rows = Number(await grid.getAttribute('aria-rowcount')) - 1
  const cols = Number(await grid.getAttribute('aria-colcount')) - 1
  expect(rows * cols).toBeGreaterThan(1500)
  const drawn = await grid.locator('td button[data-pos]').count()
  expect(drawn).toBeGreaterThan(0)
  expect(drawn).toBeLessThan(rows * cols)

  // Ctrl+End: the far corner, which is not drawn until the grid scrolls to it.
  await grid.locator('button[data-pos="0-0"]').focus()
  await page.keyboard.press('Control+End')
  const corner = grid.locator(`button[data-pos="${rows - 1}-${cols - 1}"]`)
  await expect(corner).toBeFocused()
  await expect(corner).toBeInViewport()
  await page.keyboard.press('ArrowUp')
  await expect(grid.locator(`button[data-pos="${rows - 2}-${cols - 1}"]`)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/sel=cell%3A/)
  await expect(page.getByRole('complementary', { name: 'Evidence' })).not.toContainText(
    'Select something',
  )

  // Back to the top-left corner: the first rows are drawn again.
  await page.keyboard.press('Control+Home')
  await expect(grid.locator('button[data-pos="0-0"]')).toBeFocused()
})

test('a large file with one misquote is refused by the worker with the problem located', async ({
  page,
}) => {
  await page.goto('/matrix')
  const bad = JSON.parse(large) as { positions: { evidence: { quote: string }[] }[] }
  bad.positions[7]!.evidence[0]!.quote += ' (not in the article)'
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'big-bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  })
  const alert = page.getByRole('alert')
  // Validating a large file in the worker (records, quotes, then the derived views) takes seconds on a
  // busy 2-core machine: a wait, not a speed check (the bench times it).
  await expect(alert).toContainText('big-bad.json failed validation with 1 problem', {
    timeout: 30_000,
  })
  await expect(alert).toContainText('positions[7].evidence[0].quote')
  // The dataset on screen is kept.
  await expect(page.getByRole('banner')).toContainText('Dataset: built-in')
})

test('large casualty and meeting views count and draw on canvas, and still narrow and select', async ({
  page,
}) => {
  await page.goto('/')
  // Casualty figures: groups that count figures, never sums; a group narrows the range.
  const figures = page.getByRole('region', { name: 'Casualty figures' })
  const groups = figures.getByRole('group', {
    name: /^Casualty figures in .* groups of up to .*, 2,000 figures in all(;.*)?$/,
  })
  await expect(groups).toBeVisible()
  const firstGroup = groups.getByRole('button').first()
  const before = new URL(page.url()).searchParams.get('from')
  await firstGroup.focus()
  await page.keyboard.press('Enter')
  await expect
    .poll(
      () =>
        new URL(page.url()).searchParams.get('from') ?? new URL(page.url()).searchParams.get('sel'),
    )
    .not.toBe(before)

  // Meeting graph: one named canvas; a click on a drawn node selects it.
  await page.goto('/meetings')
  const canvas = page.getByRole('application', {
    name: /^Meeting graph: 8\d\d people and bodies, [\d,]+ links; arrow keys go through the people by name/,
  })
  await expect(canvas).toBeVisible()
  const box = (await canvas.boundingBox())!
  // Probe the middle of the drawing, where the nodes are densest, until something is selected.
  for (const [dx, dy] of [
    [0, 0],
    [6, 0],
    [0, 6],
    [-6, 0],
    [0, -6],
    [10, 10],
    [-10, -10],
  ] as const) {
    await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy)
    if (new URL(page.url()).searchParams.get('sel')) break
  }
  expect(new URL(page.url()).searchParams.get('sel')).toMatch(/^(node|edge):/)
  await expect(page.getByRole('complementary', { name: 'Evidence' })).not.toContainText(
    'Select something',
  )

  // The canvas is one Tab stop: the arrows go through the nodes by name, Enter selects the one reached.
  const clicked = page.url()
  await canvas.focus()
  await page.keyboard.press('Home')
  const said = page.locator(`[id="${await canvas.getAttribute('aria-describedby')}"]`)
  await expect(said).toHaveText(/, 1 of 8\d\d/)
  await page.keyboard.press('ArrowRight')
  await expect(said).toHaveText(/, 2 of 8\d\d/)
  await page.keyboard.press('Enter')
  await expect.poll(() => page.url()).not.toBe(clicked)
  await expect(said).toHaveText(/, selected$/)
})
