/** `blueline-matrix-2024-10-30_2024-11-21.png`: what the file holds, readable in a folder listing. */
export function exportFileName(view: string, from: string, to: string, extension: string): string {
  const safe = view
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `blueline-${safe}-${from}_${to}.${extension}`
}
