/**
 * `npm run hostile`: writes the hostile corpus (scripts/hostile-corpus.ts) to bench/out/hostile and
 * runs it through `npm run validate` as a user would; exits 1 when a hostile file is accepted, a
 * valid one refused, or a refusal does not name the problem.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { hostileCorpus } from './hostile-corpus'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const dir = join(root, 'bench', 'out', 'hostile')
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
const corpus = hostileCorpus()
for (const h of corpus) writeFileSync(join(dir, h.name), h.text)

const run = spawnSync(
  'npm',
  ['run', '--silent', 'validate', '--', ...corpus.map((h) => join(dir, h.name))],
  {
    cwd: root,
    encoding: 'utf8',
  },
)
// Each file's report starts with a line naming it; the reports of valid files go to stdout.
const report = (name: string) => {
  const out = `${run.stdout}\n${run.stderr}`.split('\n')
  const start = out.findIndex((l) => l.startsWith(`${join(dir, name)}:`))
  if (start < 0) return ''
  const end = out.findIndex((l, i) => i > start && l.startsWith(`${dir}/`))
  return out.slice(start, end < 0 ? undefined : end).join('\n')
}

let failures = 0
for (const h of corpus) {
  const text = report(h.name)
  const accepted = /: valid \(/.test(text)
  const ok =
    h.verdict === 'loads' ? accepted : !accepted && text !== '' && (h.says?.test(text) ?? true)
  if (!ok) failures++
  console.error(`${ok ? 'ok  ' : 'FAIL'} ${h.name} (${h.why}): ${text.split('\n')[0] ?? ''}`)
}
if (run.status !== 1) {
  console.error(`npm run validate exited ${run.status}; a corpus with refused files must exit 1`)
  failures++
}
process.exit(failures ? 1 : 0)
