import { makeEntry, type WorkspaceEntry } from './entries'

/** A short article written for the tests (not a real report), and records citing it. */
export const TEST_ARTICLE_TEXT =
  'BEIRUT: Lebanon said on Tuesday it would accept a ceasefire if Israel withdrew its troops.\n\n' +
  'Speaker Nabih Berri told reporters that the army was ready to deploy in the south.\n'

export function testEntries(): WorkspaceEntry[] {
  return [
    makeEntry(
      'sources',
      'test-article-nov26',
      {
        id: 'test-article-nov26',
        file: '005_test-article.txt',
        title: 'Lebanon would accept a ceasefire',
        outlet: { name: null, inferred: false, basis: 'The text does not name its outlet.' },
        published: { date: '2024-11-26', inferred: false, basis: 'Given by the analyst.' },
      },
      undefined,
      TEST_ARTICLE_TEXT,
    ),
    makeEntry('positions', 'pos-lebanon-ceasefire-nov26', {
      id: 'pos-lebanon-ceasefire-nov26',
      actor: 'lebanon',
      issue: 'ceasefire',
      stance: 'conditional',
      basis: 'stated',
      reading: 'explicit',
      speaker: { body: 'Lebanese government' },
      when: { date: '2024-11-26', inferred: false },
      summary: 'Lebanon would accept a ceasefire if Israel withdrew.',
      evidence: [
        {
          source: 'test-article-nov26',
          quote: 'it would accept a ceasefire if Israel withdrew its troops',
        },
      ],
    }),
  ]
}
