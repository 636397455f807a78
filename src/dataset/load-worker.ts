/// <reference lib="webworker" />
import { parseDataset, withDerivedViews, type WorkerVerdict } from './parse-dataset'
import { DatasetLoadError } from './load-error'

const post = (verdict: WorkerVerdict) => self.postMessage(verdict)

// Validating and (when a file lacks them) deriving the views of a large file takes seconds; here it
// keeps the page responsive. Only the verdict goes back: the page parses its own copy meanwhile.
self.onmessage = async (e: MessageEvent<{ text: string; file: string }>) => {
  try {
    const parsed = parseDataset(e.data.text, e.data.file)
    post({ ok: true, derived: parsed.derived ? null : (await withDerivedViews(parsed)).derived })
  } catch (error) {
    const failure =
      error instanceof DatasetLoadError
        ? { file: error.file, message: error.message, problems: error.problems }
        : { file: e.data.file, message: String(error), problems: [] }
    post({ ok: false, ...failure })
  }
}
