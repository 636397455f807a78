import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { addArticle, downloadAndBuild } from './workspace-helpers'

/** axe's serious and critical findings inside the open record form. */
async function formViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include('form.ws-form').analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id)
}

const PASSAGE = 'The army said it was ready to deploy along the border within days'

test('a meeting of several people a side and a dispute of three sides, saved and accepted by the build', async ({
  page,
}) => {
  // Two forms, axe on each, a download and a dataset build: a long journey, not a speed check.
  test.slow()
  await addArticle(page, 'The army is ready to deploy (sides)')
  const quote = page.getByLabel('Quote', { exact: true })

  await quote.fill(PASSAGE)
  await page.getByRole('button', { name: 'New meeting' }).click()
  const meeting = page.getByRole('form', { name: 'New meeting' })
  const person = (group: string) =>
    meeting.getByRole('group', { name: group, exact: true }).getByLabel('Person', { exact: true })
  await person('First side, participant 1').selectOption({ label: 'Amos Hochstein' })
  await meeting.getByRole('button', { name: 'Add participant to first side' }).click()
  await expect(person('First side, participant 2')).toBeFocused()
  await person('First side, participant 2').selectOption({ label: 'Brett McGurk' })
  await person('Second side, participant 1').selectOption({ label: 'Benjamin Netanyahu' })
  await meeting.getByRole('button', { name: 'Add participant to second side' }).click()
  await meeting
    .getByRole('group', { name: 'Second side, participant 2', exact: true })
    .getByLabel('Body', { exact: true })
    .fill('Israeli security officials')
  expect(await formViolations(page)).toEqual([])
  await meeting.getByLabel('Summary', { exact: true }).fill('Hochstein and McGurk met Netanyahu.')
  await meeting.getByRole('button', { name: 'Save record' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Meeting saved' })).toContainText(
    'Amos Hochstein, Brett McGurk and Benjamin Netanyahu, Israeli security officials',
  )

  await quote.fill(PASSAGE)
  await page.getByRole('button', { name: 'New dispute' }).click()
  const dispute = page.getByRole('form', { name: 'New dispute' })
  await dispute.getByLabel('Summary', { exact: true }).fill('Three death tolls for Lebanon.')
  await dispute.getByRole('button', { name: 'Add side' }).click()
  const labels = ['The army', 'Over 2,800', 'More than 3,500']
  for (const [i, side] of ['First', 'Second', 'Third'].entries())
    await dispute.getByLabel(`${side} side label`, { exact: true }).fill(labels[i]!)
  const record = (side: string) =>
    dispute
      .getByRole('group', { name: `${side} side records`, exact: true })
      .getByLabel('Record 1', { exact: true })
  await record('Second').selectOption('cas-lebanon-killed-2800')
  await record('Third').selectOption('cas-lebanon-killed-3500')
  expect(await formViolations(page)).toEqual([])
  await dispute.getByRole('button', { name: 'Save record' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Dispute saved' })).toBeVisible()

  await downloadAndBuild(page, (d) => {
    const m = d.meetings.find((x) => x.evidence.some((e) => e.quote === PASSAGE))
    expect(m?.sides.map((s) => s.length)).toEqual([2, 2])
    const disputed = d.disputes.find((x) => x.summary === 'Three death tolls for Lebanon.')
    expect(disputed?.sides.map((s) => s.label)).toEqual(labels)
  })
})
