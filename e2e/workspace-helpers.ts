import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import { unzipSync, strFromU8 } from 'fflate'
import { buildDataset } from '../scripts/build-dataset'

/** A short article written for these tests; not a real report. */
const ARTICLE = [
  'BEIRUT: Lebanon said on Tuesday it would accept a ceasefire if Israel withdrew its troops from the south.',
  '',
  'The army said it was ready to deploy along the border within days, officials said.',
].join('\n')
export const QUOTE = 'it would accept a ceasefire if Israel withdrew its troops'

/** Opens /workspace from the main navigation and adds the test article; ends in its reader. */
export async function addArticle(page: Page, title: string) {
  await page.goto('/')
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Workspace' })
    .click()
  await expect(page.getByRole('heading', { name: 'Workspace', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Add article' }).click()
  await page.getByLabel('Title', { exact: true }).fill(title)
  await page.getByLabel('Published', { exact: true }).fill('2024-11-26')
  await page.getByLabel('Article text').fill(ARTICLE)
  await page.getByRole('button', { name: 'Save article' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

/** Fills the position form for Lebanon on the ceasefire and saves it. */
export async function savePosition(page: Page) {
  const form = page.getByRole('form', { name: 'New position' })
  await form.getByLabel('Actor', { exact: true }).selectOption({ label: 'Lebanese government' })
  await form.getByLabel('Issue', { exact: true }).selectOption({ label: 'A ceasefire in Lebanon' })
  await form.getByLabel('Stance', { exact: true }).selectOption('conditional')
  await form.getByLabel('Body', { exact: true }).fill('Lebanese government')
  await form
    .getByLabel('Summary', { exact: true })
    .fill('Lebanon would accept a ceasefire if Israel withdrew.')
  await form.getByRole('button', { name: 'Save record' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Position saved' })).toBeVisible()
}

/** The matrix cell and the evidence panel show the new position, after a reload too. */
export async function expectInMatrix(page: Page) {
  await page.goto('/matrix')
  await page
    .getByRole('button', { name: /^Lebanese government on A ceasefire in Lebanon: / })
    .click()
  await expect(page).toHaveURL(/sel=cell/)
  const evidence = page.getByRole('complementary', { name: 'Evidence' })
  const quote = evidence.getByRole('blockquote').filter({ hasText: QUOTE })
  await expect(quote).toBeVisible()
  await page.reload()
  await expect(quote).toBeVisible()
}

type Built = Extract<ReturnType<typeof buildDataset>, { ok: true }>['dataset']
const hasTheQuote = (d: Built) =>
  expect(d.positions.some((p) => p.evidence.some((e) => e.quote === QUOTE))).toBe(true)

/** Downloads the annotations and runs the dataset build on them over a copy of data/. */
export async function downloadAndBuild(page: Page, expectBuilt: (d: Built) => void = hasTheQuote) {
  await page.goto('/workspace')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download annotations' }).click(),
  ])
  const temp = mkdtempSync(join(tmpdir(), 'blueline-e2e-'))
  try {
    cpSync('data', join(temp, 'data'), { recursive: true })
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())))
    for (const [path, bytes] of Object.entries(zip)) {
      mkdirSync(dirname(join(temp, path)), { recursive: true })
      writeFileSync(join(temp, path), strFromU8(bytes))
    }
    const result = buildDataset({ root: temp, outDir: join(temp, 'out'), builtAt: null })
    expect(result.ok ? [] : result.messages).toEqual([])
    if (result.ok) expectBuilt(result.dataset)
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}
