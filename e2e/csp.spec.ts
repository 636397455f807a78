import { expect, test } from '@playwright/test'
import { generateDataset } from '../scripts/generate-dataset'

test('the production build runs under its Content-Security-Policy with no violations', async ({
  page,
}) => {
  const violations: string[] = []
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { cspViolations: string[] }).cspViolations ??= []
      ;(window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${e.violatedDirective}: ${e.blockedURI}`,
      )
    })
  })
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text())
  })
  await page.goto('/?sel=cell:us:ceasefire')
  await expect(page.getByRole('region', { name: 'Position matrix' })).toBeVisible()
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-eval')
  // An inline script injected now must be refused by the policy.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script')
    s.textContent = 'window.__inlineRan = true'
    document.body.append(s)
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
  })
  expect(ran).toBe(false)
  const recorded = await page.evaluate(
    () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
  )
  expect(recorded.filter((v) => !v.startsWith('script-src'))).toEqual([])
  expect(violations.filter((v) => !v.includes('inline'))).toEqual([])
})

test('opening another dataset raises no eval violation (zod runs jitless)', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { cspViolations: string[] }).cspViolations ??= []
      ;(window as unknown as { cspViolations: string[] }).cspViolations.push(e.violatedDirective)
    })
  })
  await page.route(
    (url) => url.pathname === '/other/small.json',
    (route) => route.fulfill({ json: generateDataset(0.05, 3) }),
  )
  await page.goto('/?dataset=/other/small.json')
  await expect(page.getByRole('banner')).toContainText('Dataset: /other/small.json', {
    timeout: 20_000,
  })
  const recorded = await page.evaluate(
    () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
  )
  expect(recorded).toEqual([])
})

test('npm start sends the headers a meta tag cannot carry', async ({ request }) => {
  const headers = (await request.get('/')).headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['content-security-policy']).toContain("connect-src 'self' https:;")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('no-referrer')
})
