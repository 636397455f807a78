import { expect, test, type Page } from '@playwright/test'
import { generateDataset } from '../scripts/generate-dataset'

// A phone: 390 x 844 CSS px, touch. Reduced motion, so a scroll into view lands at once.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, reducedMotion: 'reduce' })

const grid = (page: Page) => page.getByRole('grid', { name: 'Stances of each actor on each issue' })

test('the first matrix cell is on the first screen; the filters fold behind a button saying what they hold', async ({
  page,
}) => {
  await page.goto('/?from=2024-10-31&to=2024-11-21&actor=israel')
  await expect(grid(page).getByRole('gridcell').first()).toBeInViewport({ ratio: 1 })
  expect(await page.evaluate(() => window.scrollY)).toBe(0)

  const toggle = page.getByRole('button', { name: 'Filters: 31 Oct–21 Nov 2024, actor Israel' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  const from = page.getByRole('textbox', { name: 'From', exact: true })
  await expect(from).toBeHidden()
  await toggle.tap()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(from).toHaveValue('31 Oct 2024')
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible()

  // The view links fold into a menu that closes once a page is chosen; search stays in the header.
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeInViewport()
  const views = page.getByRole('button', { name: 'Views' })
  await views.tap()
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'People' }).tap()
  await expect(page).toHaveURL(/\/people\?/)
  await expect(views).toHaveAttribute('aria-expanded', 'false')
})

test('a link with parameters that were ignored opens the filters, so the notice is seen', async ({
  page,
}) => {
  await page.goto('/?actor=nobody')
  await expect(page.getByRole('status', { name: 'Link problems' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Filters:/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
})

test('no page scrolls sideways, and the header and filter controls are at least 24 px', async ({
  page,
}) => {
  const paths = ['/', '/sources', '/sources/ft-hochstein-nov21', '/people', '/disputes']
  paths.push('/search?q=Litani', '/workspace', '/brief', '/about', '/matrix', '/meetings')
  for (const path of paths) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeAttached()
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible()
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth)
    expect(overflow, `${path} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0)
  }
  await page.goto('/')
  await page.getByRole('button', { name: /^Filters:/ }).tap()
  const small = await page
    .locator('header, .filter-bar, .view-frame-tools')
    .locator('a[href], button, input:not([type=file]), select')
    .evaluateAll((els) =>
      els
        .map((e) => ({ e, box: e.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
        .map(({ e, box }) => `${e.textContent?.trim() || e.ariaLabel} ${box.width}x${box.height}`),
    )
  expect(small).toEqual([])
})

test('row labels stay in view when the matrix scrolls sideways', async ({ page }) => {
  await page.goto('/')
  const israel = grid(page).getByRole('rowheader', { name: 'Israel' })
  const scrolled = await grid(page).evaluate((table) => {
    const frame = table.closest<HTMLElement>('.view-frame-body')!
    frame.scrollLeft = frame.scrollWidth
    return frame.scrollLeft
  })
  expect(scrolled).toBeGreaterThan(100)
  await expect(grid(page).getByRole('gridcell').last()).toBeInViewport()
  await expect(israel).toBeInViewport({ ratio: 1 })
  // Nothing is drawn over the label: a tap on it reaches its button.
  const box = (await israel.boundingBox())!
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('th')?.textContent,
    [box.x + box.width / 2, box.y + box.height / 2],
  )
  expect(hit).toBe('Israel')
})

test('tapping a matrix cell or a graph node brings its evidence into view', async ({ page }) => {
  await page.goto('/')
  const evidence = page.getByRole('complementary', { name: 'Evidence' })
  await grid(page)
    .getByRole('button', { name: /^Israel on A ceasefire in Lebanon:/ })
    .tap()
  await expect(evidence.getByRole('heading', { name: /^Israel on / })).toBeInViewport()
  await expect(evidence.getByRole('blockquote').first()).toBeInViewport()
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200)

  // The graph is below the evidence: a tapped node brings it back up.
  const node = page.getByRole('button', { name: 'Ron Dermer', exact: true })
  await node.scrollIntoViewIfNeeded()
  await expect(evidence).not.toBeInViewport()
  // A finger on the node's disc, wherever edges pass near it (their hit lines are wide).
  const [x, y] = await node.evaluate((g) => {
    const disc = g.querySelector('circle')!.getBoundingClientRect()
    return [disc.x + disc.width / 2, disc.y + disc.height / 2]
  })
  await page.touchscreen.tap(x, y)
  await expect(page).toHaveURL(/person=/)
  await expect(evidence.getByRole('heading', { name: /Dermer/ }).first()).toBeInViewport()
})

test('the meeting graph fits the screen width', async ({ page }) => {
  await page.goto('/meetings')
  const graph = page.getByRole('group', { name: /^Meeting graph:/ })
  const box = (await graph.boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(390)
  const frame = await graph.evaluate((svg) => {
    const body = svg.closest<HTMLElement>('.view-frame-body')!
    return body.scrollWidth - body.clientWidth
  })
  expect(frame).toBeLessThanOrEqual(0)
})

test('a wide screen keeps the filter bar and view links open, with no fold buttons', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await expect(page.getByRole('textbox', { name: 'From', exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link')).toHaveCount(10)
  await expect(page.getByRole('button', { name: /^Filters:/ })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Views' })).toBeHidden()
})

test('a large, windowed matrix keeps its row labels and draws the columns scrolled to', async ({
  page,
}) => {
  // Generating and validating ~2,000 cells' worth of records takes seconds on a loaded 2-core machine.
  test.slow()
  const large = JSON.stringify(generateDataset(40, 5))
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: large }),
  )
  await page.goto('/matrix')
  const matrix = grid(page)
  await expect(matrix).toBeVisible({ timeout: 60_000 })
  const cols = Number(await matrix.getAttribute('aria-colcount')) - 1
  const firstLabel = matrix.getByRole('rowheader').first()
  await expect(firstLabel).toBeInViewport()
  await expect(matrix.locator(`button[data-pos="0-${cols - 1}"]`)).toHaveCount(0)
  await matrix.evaluate((table) => {
    const scroller = table.closest<HTMLElement>('.matrix-scroll')!
    scroller.scrollLeft = scroller.scrollWidth
  })
  await expect(matrix.locator(`button[data-pos="0-${cols - 1}"]`)).toBeInViewport()
  await expect(firstLabel).toBeInViewport({ ratio: 1 })
})
