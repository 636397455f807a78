import { ProblemList } from '../../../components/problem-list'
import type { DatasetLoadError } from '../../../dataset/load-error'
import { download } from '../../../lib/export/download'
import { problemReport } from '../problem-report'

/** Why a dataset did not load, the first problems by JSON path, and the full report to download. */
export function LoadFailure({
  error,
  note,
  onDismiss,
  onRetry,
}: {
  error: DatasetLoadError
  note: string
  onDismiss?: () => void
  /** Offered when the failure was the network's or the browser's, not the file's. */
  onRetry?: () => void
}) {
  return (
    <div className="load-failure" role="alert">
      <p>
        <strong>{error.message}</strong> {note}
      </p>
      {error.problems.length > 0 ? <ProblemList problems={error.problems} /> : null}
      <p className="load-failure-actions">
        {error.problems.length > 0 ? (
          <button
            type="button"
            onClick={() =>
              download(
                `${error.file.split('/').pop() ?? 'dataset'}-report.txt`,
                problemReport(error.file, error.message, error.problems),
                'text/plain;charset=utf-8',
              )
            }
          >
            Download full report
          </button>
        ) : null}
        {onRetry && error.transient ? (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        ) : null}
        {onDismiss ? (
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        ) : null}
      </p>
    </div>
  )
}
