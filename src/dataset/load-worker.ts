/// <reference lib="webworker" />
import { DatasetLoadError, parseDataset } from './parse-dataset'

// Parsing and validating a large file takes seconds; doing it here keeps the page responsive.
self.onmessage = (e: MessageEvent<{ text: string; file: string }>) => {
  try {
    self.postMessage({ ok: true, dataset: parseDataset(e.data.text, e.data.file) })
  } catch (error) {
    const failure = error instanceof DatasetLoadError ? { file: error.file, message: error.message, problems: error.problems } : { file: e.data.file, message: String(error), problems: [] }
    self.postMessage({ ok: false, ...failure })
  }
}
