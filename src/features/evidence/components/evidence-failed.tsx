import type { FallbackProps } from 'react-error-boundary'
import { useFilters } from '../../../url-state/use-url-state'
import { EvidenceHead } from './evidence-head'

/**
 * What the evidence panel shows when the selection cannot be resolved or drawn: the parameter
 * that failed and a way past it that keeps the rest of the URL (the filters, the dataset). The
 * views around the panel stay, so a shared link that names something broken still opens.
 */
export function EvidenceFailed({ error, resetErrorBoundary }: FallbackProps) {
  const { filters, update } = useFilters()
  // The part of the URL the panel was resolving: `sel` wins over `person`, which wins over `actor`.
  const [param, value, clear] = filters.sel
    ? (['sel', filters.sel, { sel: null }] as const)
    : filters.person
      ? (['person', filters.person, { person: null }] as const)
      : (['actor', filters.actor, { actor: null }] as const)
  const named = value ? ` for ${param}=${value}` : ''
  return (
    <>
      <EvidenceHead />
      <div role="alert" className="evidence-note">
        <p>
          The evidence{named} could not be shown:{' '}
          {error instanceof Error ? error.message : String(error)}
        </p>
        <p>The rest of the page is unaffected.</p>
        <p>
          {value ? (
            <button type="button" onClick={() => update(clear)}>
              {param === 'actor' ? 'Clear focus' : 'Clear selection'}
            </button>
          ) : null}{' '}
          <button type="button" onClick={resetErrorBoundary}>
            Try again
          </button>
        </p>
      </div>
    </>
  )
}
