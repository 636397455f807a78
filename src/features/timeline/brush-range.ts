/** What a pointer drag on the strip is doing: drawing a new window, or moving one of its ends. */
export type DragMode = 'new' | 'from' | 'to'

export interface DateRange {
  from: string
  to: string
}

/** The window while dragging: `anchor` is the date where a new drag began, `at` the date under the pointer. */
export function dragRange(mode: DragMode, anchor: string, at: string, range: DateRange): DateRange {
  if (mode === 'from') return { from: at < range.to ? at : range.to, to: range.to }
  if (mode === 'to') return { from: range.from, to: at > range.from ? at : range.from }
  return anchor <= at ? { from: anchor, to: at } : { from: at, to: anchor }
}
