import type { TimelineStep } from '../../dataset/select/actor-timeline'
import type { Stance } from '../../dataset/schema'
import { STANCE_ORDER } from '../../dataset/vocabulary'
import { formatDay } from '../../lib/dates'
import type { ExportTheme } from '../../lib/export/export-theme'
import { clipText, el, text, textWidth, type SvgFigure } from '../../lib/export/svg-writer'

const FONT = 13
const ROW = 34
const BAR = 14
const PLOT = 620
const LABEL_MAX = 330
const GAP = 16
const DAY_MS = 86_400_000
/** A date label is about 70 px wide: ticks closer than this are left out. */
const TICK_SPACING = 84

const dayNumber = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS

/** The step dates whose labels do not collide, from the first on (positions from `x`). */
function tickDates(dates: string[], x: (iso: string) => number): string[] {
  const kept: string[] = []
  for (const d of dates) if (!kept.length || x(d) - x(kept.at(-1)!) >= TICK_SPACING) kept.push(d)
  return kept
}

/**
 * An actor's stances by date as vector shapes: one row per issue (named in `<text>`), a bar in the
 * stance's colour from each step to the next (stacked when a step holds several stances), Δ over
 * each change, the dates beneath and a legend. Every date, as the page shows it.
 */
export function actorTimelineFigure(
  actorName: string,
  steps: TimelineStep[],
  theme: ExportTheme,
): SvgFigure {
  const parts: string[] = []
  const heading = `${actorName}: positions by date`
  parts.push(
    text(heading, { x: 0, y: FONT + 3, 'font-size': FONT + 3, 'font-weight': 700, fill: theme.fg }),
  )
  if (steps.length === 0) {
    parts.push(
      text(`The articles report no stance of ${actorName}.`, {
        x: 0,
        y: 2 * FONT + 18,
        'font-size': FONT,
        fill: theme.fgSoft,
      }),
    )
    return {
      width: Math.max(400, textWidth(heading, FONT + 3, true)),
      height: 60,
      body: parts.join(''),
    }
  }
  const issues = [...new Map(steps.map((s) => [s.issue.id, s.issue])).values()]
  const labelWidth = Math.min(LABEL_MAX, Math.max(...issues.map((i) => textWidth(i.label, FONT))))
  const left = labelWidth + GAP
  const dates = [...new Set(steps.map((s) => s.date))].sort()
  const first = dayNumber(dates[0]!)
  const span = dayNumber(dates.at(-1)!) - first
  // A stance holds until the next step on its issue; the last runs to the plot's end, a little
  // past the last date, as "in force since, as far as the articles tell".
  const tail = 24
  const plot = PLOT - tail
  const x = (iso: string) =>
    left + (span === 0 ? plot / 2 : ((dayNumber(iso) - first) / span) * plot)
  const top = 2 * FONT + 24
  issues.forEach((issue, row) => {
    const y = top + row * ROW
    parts.push(
      text(clipText(issue.label, FONT, labelWidth), {
        x: 0,
        y: y + BAR / 2 + FONT / 2 - 2,
        'font-size': FONT,
        fill: theme.fg,
      }),
    )
    parts.push(
      el('line', {
        x1: left,
        x2: left + PLOT,
        y1: y + BAR / 2,
        y2: y + BAR / 2,
        stroke: theme.border,
      }),
    )
    const own = steps.filter((s) => s.issue.id === issue.id)
    own.forEach((s, i) => {
      const x0 = x(s.date)
      const x1 = i + 1 < own.length ? x(own[i + 1]!.date) : left + PLOT
      const h = BAR / s.stances.length
      s.stances.forEach((stance, k) => {
        parts.push(
          el('rect', {
            x: x0,
            y: y + k * h,
            width: Math.max(3, x1 - x0),
            height: h,
            fill: theme.stance[stance],
          }),
        )
      })
      parts.push(el('line', { x1: x0, x2: x0, y1: y - 3, y2: y + BAR + 3, stroke: theme.fg }))
      if (s.changed)
        parts.push(
          text('Δ', {
            x: x0 + 3,
            y: y - 3,
            'font-size': FONT - 2,
            'font-weight': 700,
            fill: theme.fg,
          }),
        )
    })
  })
  const axis = top + issues.length * ROW + 4
  parts.push(el('line', { x1: left, x2: left + PLOT, y1: axis, y2: axis, stroke: theme.fgSoft }))
  for (const d of tickDates(dates, x)) {
    parts.push(el('line', { x1: x(d), x2: x(d), y1: axis, y2: axis + 4, stroke: theme.fgSoft }))
    parts.push(
      text(formatDay(d), {
        x: x(d),
        y: axis + FONT + 6,
        'font-size': FONT - 2,
        'text-anchor': 'middle',
        fill: theme.fgSoft,
      }),
    )
  }
  const legendY = axis + 2 * FONT + 18
  let lx = 0
  for (const stance of STANCE_ORDER as readonly Stance[]) {
    parts.push(
      el('rect', { x: lx, y: legendY - 10, width: 12, height: 12, fill: theme.stance[stance] }),
    )
    parts.push(text(stance, { x: lx + 16, y: legendY, 'font-size': FONT - 2, fill: theme.fg }))
    lx += 16 + textWidth(stance, FONT - 2) + 14
  }
  parts.push(
    text('Δ change of stance', { x: lx, y: legendY, 'font-size': FONT - 2, fill: theme.fg }),
  )
  return { width: left + PLOT + 8, height: legendY + 8, body: parts.join('') }
}
