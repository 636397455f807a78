/** The whole article with cited passages marked (to be built). */
export function SourceReader({ sourceId }: { sourceId: string }) {
  return <p>Source {sourceId}: not built yet.</p>
}
