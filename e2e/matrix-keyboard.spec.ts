import { expect, test } from '@playwright/test'

test('arrow keys move through the matrix and Enter selects a cell', async ({ page }) => {
  await page.goto('/matrix')
  const matrix = page.getByRole('grid', { name: 'Stances of each actor on each issue' })
  const first = matrix.getByRole('button', { name: /^Israel on A ceasefire in Lebanon:/ })
  await first.focus()
  await page.keyboard.press('ArrowDown')
  await expect(
    matrix.getByRole('button', { name: /^Hezbollah on A ceasefire in Lebanon:/ }),
  ).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  const hezbollah1701 = matrix.getByRole('button', {
    name: /^Hezbollah on UNSC Resolution 1701: supports \(implied\) and ambiguous/,
  })
  await expect(hezbollah1701).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/sel=cell%3Ahezbollah%3Aresolution-1701/)
  await expect(hezbollah1701).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Control+End')
  await expect(
    matrix.getByRole('button', { name: /^United States on Israeli strikes during talks:/ }),
  ).toBeFocused()
})
