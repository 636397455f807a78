/** The parameters that name one thing to show; the rest (filters, tables, dataset) hold for any page. */
const SELECTION_PARAMS = ['sel', 'person'] as const

/** `search` without the selection: what a recovery keeps when the selection may be what failed. */
export function withoutSelection(search: string): string {
  const params = new URLSearchParams(search)
  for (const key of SELECTION_PARAMS) params.delete(key)
  const rest = params.toString()
  return rest ? `?${rest}` : ''
}

/** True when `search` names a selection that a recovery could leave out. */
export const hasSelection = (search: string) =>
  SELECTION_PARAMS.some((key) => new URLSearchParams(search).has(key))
