import type { KeyboardEvent, MouseEvent } from 'react'
import { useHref, useNavigate } from 'react-router'
import type { PlacedMark } from '../strip-layout'
import { MarkGlyph } from './mark-glyph'

interface TimelineMarkProps {
  mark: PlacedMark
  selected: boolean
  dimmed: boolean
  /** For articles: where the link goes (keeps the filter). */
  to: string | null
  onSelect: () => void
  onShowTip: (id: string | null) => void
}

/** A focusable mark: events and meetings are toggle buttons selecting the record; articles are links to the reader. */
export function TimelineMark(props: TimelineMarkProps) {
  const { mark, selected, dimmed, onShowTip } = props
  const common = {
    className: 'timeline-mark',
    opacity: dimmed ? 0.5 : 1,
    onMouseEnter: () => onShowTip(mark.id),
    onMouseLeave: () => onShowTip(null),
    onFocus: () => onShowTip(mark.id),
    onBlur: () => onShowTip(null),
  }
  if (props.to !== null) return <ArticleMark {...props} to={props.to} common={common} />
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return
    e.preventDefault()
    props.onSelect()
  }
  return (
    <g
      {...common}
      role="button"
      tabIndex={0}
      aria-label={mark.name}
      aria-pressed={selected}
      onClick={props.onSelect}
      onKeyDown={onKeyDown}
    >
      <MarkGlyph mark={mark} selected={selected} />
    </g>
  )
}

function ArticleMark({
  mark,
  selected,
  to,
  common,
}: TimelineMarkProps & { to: string; common: object }) {
  const href = useHref(to)
  const navigate = useNavigate()
  const onClick = (e: MouseEvent) => {
    // Let modified clicks open a new tab as links normally do.
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return
    e.preventDefault()
    void navigate(to)
  }
  return (
    <a {...common} href={href} aria-label={mark.name} onClick={onClick}>
      <MarkGlyph mark={mark} selected={selected} />
    </a>
  )
}
