import { memo, type KeyboardEvent } from 'react'
import { useFollowLink } from '../../../components/app-link'
import type { PlacedMark } from '../strip-layout'
import { MarkGlyph } from './mark-glyph'
import { flagClasses, type MarkFlags } from '../../../dataset/select/mark-flags'

interface TimelineMarkProps {
  placed: PlacedMark
  selected: boolean
  /** Workspace-only and selected-dispute flags (mark-flags.ts); null when none. */
  flags: MarkFlags | null
  dimmed: boolean
  /** For articles: where the link goes (keeps the filter). */
  to: string | null
  /** Toggles the record's selection; stable, so a range change re-renders only marks whose dimming flips. */
  onSelect: (id: string, selected: boolean) => void
  onShowTip: (id: string | null) => void
}

/** A focusable mark: events and meetings are toggle buttons selecting the record; articles are links to the reader. */
export const TimelineMark = memo(function TimelineMark(props: TimelineMarkProps) {
  const { placed, selected, dimmed, onShowTip, flags } = props
  const { id, name } = placed.mark
  const common = {
    className: `timeline-mark ${flags ? flagClasses(flags) : ''}`.trim(),
    'aria-description': flags?.note ?? undefined,
    opacity: dimmed ? 0.5 : 1,
    onMouseEnter: () => onShowTip(id),
    onMouseLeave: () => onShowTip(null),
    onFocus: () => onShowTip(id),
    onBlur: () => onShowTip(null),
  }
  if (props.to !== null) return <ArticleMark {...props} to={props.to} common={common} />
  const select = () => props.onSelect(id, selected)
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return
    e.preventDefault()
    select()
  }
  return (
    <g
      {...common}
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-pressed={selected}
      onClick={select}
      onKeyDown={onKeyDown}
    >
      <MarkGlyph placed={placed} selected={selected} flags={props.flags} />
    </g>
  )
})

function ArticleMark({
  placed,
  selected,
  flags,
  to,
  common,
}: TimelineMarkProps & { to: string; common: object }) {
  const follow = useFollowLink()
  return (
    <a {...common} href={to} aria-label={placed.mark.name} onClick={(e) => follow(e, to)}>
      <MarkGlyph placed={placed} selected={selected} flags={flags} />
    </a>
  )
}
