import { useId, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import {
  articleSource,
  checkArticle,
  textHash,
  type ArticleInput,
  type FieldProblem,
} from '../../../workspace/article'
import { useWorkspace } from '../../../workspace/workspace-context'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { FieldError, ProblemSummary } from './field-problems'
import { PublishedSuggestion } from './published-suggestion'
import { DayInput } from '../../../components/day-input'

const EMPTY: ArticleInput = {
  title: '',
  outlet: '',
  outletInferred: false,
  outletBasis: '',
  published: '',
  publishedInferred: false,
  publishedBasis: '',
  text: '',
}

/** `Add article`: the article's text and what is known of it; saved, it opens in the reader. */
export function AddArticleForm({ onCancel }: { onCancel: () => void }) {
  const ws = useWorkspace()
  const dataset = useDataset()
  const navigate = useNavigate()
  const id = useId()
  const [input, setInput] = useState<ArticleInput>(EMPTY)
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [reading, setReading] = useState<string | null>(null)
  const set = (patch: Partial<ArticleInput>) => setInput((i) => ({ ...i, ...patch }))
  const problemOf = (field: string) => problems.find((p) => p.field === field)

  const openFile = async (file: File | undefined) => {
    if (!file) return
    setReading(`Reading ${file.name}…`)
    try {
      set({ text: await file.text(), title: input.title || file.name.replace(/\.txt$/i, '') })
      setReading(null)
    } catch (e) {
      setReading(`${file.name} could not be read: ${(e as Error).message}`)
    }
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const found = checkArticle(input)
    setProblems(found)
    if (found.length) return
    const source = articleSource(input, dataset.sources, await textHash(input.text))
    await ws.save('sources', source.id, source, input.text)
    void navigate(`/sources/${source.id}`)
  }

  return (
    <form
      className="ws-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-h`}
    >
      <h2 id={`${id}-h`}>Add article</h2>
      <ProblemSummary problems={problems} />
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        value={input.title}
        onChange={(e) => set({ title: e.target.value })}
        aria-invalid={!!problemOf('Title')}
      />
      <FieldError problem={problemOf('Title')} />

      <label htmlFor={`${id}-outlet`}>Outlet</label>
      <input
        id={`${id}-outlet`}
        value={input.outlet}
        onChange={(e) => set({ outlet: e.target.value })}
        aria-describedby={`${id}-outlet-hint`}
      />
      <small id={`${id}-outlet-hint`}>Leave empty when the text does not name it.</small>
      <FieldError problem={problemOf('Outlet')} />
      <fieldset className="ws-inline">
        <legend>How the outlet is known</legend>
        <label>
          <input
            type="checkbox"
            checked={input.outletInferred}
            onChange={(e) => set({ outletInferred: e.target.checked })}
          />{' '}
          inferred
        </label>
        <label htmlFor={`${id}-outlet-basis`}>Outlet basis</label>
        <input
          id={`${id}-outlet-basis`}
          value={input.outletBasis}
          onChange={(e) => set({ outletBasis: e.target.value })}
        />
      </fieldset>
      <FieldError problem={problemOf('Outlet basis')} />

      <label htmlFor={`${id}-published`}>Published</label>
      <DayInput
        id={`${id}-published`}
        value={input.published}
        onChange={(published) => set({ published })}
        invalid={!!problemOf('Published')}
      />
      <FieldError problem={problemOf('Published')} />
      <fieldset className="ws-inline">
        <legend>How the date is known</legend>
        <label>
          <input
            type="checkbox"
            checked={input.publishedInferred}
            onChange={(e) => set({ publishedInferred: e.target.checked })}
          />{' '}
          inferred
        </label>
        <label htmlFor={`${id}-published-basis`}>Published basis</label>
        <input
          id={`${id}-published-basis`}
          value={input.publishedBasis}
          onChange={(e) => set({ publishedBasis: e.target.value })}
        />
      </fieldset>
      <FieldError problem={problemOf('Published basis')} />

      <label htmlFor={`${id}-text`}>Article text</label>
      {/* A textarea only ever takes plain text: pasted formatting is dropped, the words kept. */}
      <textarea
        id={`${id}-text`}
        rows={12}
        value={input.text}
        onChange={(e) => set({ text: e.target.value })}
        aria-invalid={!!problemOf('Article text')}
        aria-describedby={`${id}-text-hint`}
      />
      <small id={`${id}-text-hint`}>
        Paste the article as it was published; it is kept exactly as pasted, and quotes must match
        it character for character.
      </small>
      <FieldError problem={problemOf('Article text')} />
      <label htmlFor={`${id}-file`}>Open text file</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".txt,text/plain"
        onChange={(e) => void openFile(e.target.files?.[0])}
      />
      {reading ? <p role="status">{reading}</p> : null}

      <PublishedSuggestion
        text={input.text}
        published={input.published}
        onAccept={(date, basis) =>
          set({ published: date, publishedInferred: false, publishedBasis: basis })
        }
      />

      <p className="ws-buttons">
        <button type="submit">Save article</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  )
}
