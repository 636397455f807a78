/// <reference lib="webworker" />
import { DatasetLoadError, parseDataset, withDerivedViews } from './parse-dataset'

// Parsing, validating and (when a file lacks them) deriving the views of a large file takes seconds; here it keeps the page responsive.
self.onmessage = async (e: MessageEvent<{ text: string; file: string }>) => {
  try {
    self.postMessage({ ok: true, dataset: await withDerivedViews(parseDataset(e.data.text, e.data.file)) })
  } catch (error) {
    const failure = error instanceof DatasetLoadError ? { file: error.file, message: error.message, problems: error.problems } : { file: e.data.file, message: String(error), problems: [] }
    self.postMessage({ ok: false, ...failure })
  }
}
