/**
 * The link "Copy link" gives: the address with both ends of the range written out (a link that
 * left them to default would widen when the data grows) and the dataset version it was made with.
 */
export function pinnedLink(
  href: string,
  span: { from: string; to: string },
  version: string,
): string {
  const url = new URL(href)
  const p = url.searchParams
  if (!p.get('from')) p.set('from', span.from)
  if (!p.get('to')) p.set('to', span.to)
  p.set('v', version)
  return url.toString()
}

/** True when the link names a dataset opened from the analyst's own disk: no one else can open it. */
export const namesLocalDataset = (href: string) =>
  new URL(href).searchParams.get('dataset')?.startsWith('local:') ?? false
