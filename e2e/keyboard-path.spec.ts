import { expect, test } from '@playwright/test'

test('the first matrix cell is at most 5 Tab presses from the top, and E jumps to the evidence', async ({
  page,
}) => {
  await page.goto('/')
  const firstCell = page
    .getByRole('grid')
    .getByRole('button', { name: /^Israel on A ceasefire in Lebanon:/ })
  let tabs = 0
  while (tabs < 5) {
    await page.keyboard.press('Tab')
    tabs++
    const link = page.getByRole('link', { name: 'Skip to the matrix' })
    if (await link.evaluate((el) => el === document.activeElement)) {
      await page.keyboard.press('Enter')
      break
    }
  }
  await expect(firstCell).toBeFocused()
  expect(tabs).toBeLessThanOrEqual(5)

  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/sel=cell%3Aisrael%3Aceasefire/)
  await page.keyboard.press('e')
  const evidence = page.getByRole('complementary', { name: 'Evidence' })
  await expect(evidence).toBeFocused()
  await expect(evidence.getByRole('heading', { name: /^Israel on A ceasefire/ })).toBeVisible()
})
