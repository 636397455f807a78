import { ErrorBoundary } from 'react-error-boundary'
import { useElementWidth } from '../../../lib/use-element-width'
import { TimelineChart } from './timeline-chart'
import { TimelineLegend } from './timeline-legend'
import { MarkFlagsLegend } from '../../../components/mark-flags-legend'
import './timeline.css'

// Plain SVG rather than Recharts: the broken axis, lane packing and brush handles need exact pixel control Recharts does not give.

/** Events, meetings and articles along the date axis, with the filter's date range as a brushable window. */
export function TimelineStrip() {
  const [ref, width] = useElementWidth<HTMLDivElement>()
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-head">
        <h2 id="timeline-heading">Timeline</h2>
        <TimelineLegend />
        <p className="timeline-hint">
          Drag across the strip to set the date range; the handles also take arrow keys.
        </p>
        {/* Above every view on every page: the key to the workspace and dispute highlights. */}
        <MarkFlagsLegend />
      </div>
      <ErrorBoundary
        fallback={
          <p role="alert">
            The timeline failed to draw. The filter bar above still sets the date range.
          </p>
        }
      >
        <div ref={ref} className="timeline-body">
          {width > 0 ? <TimelineChart width={width} /> : null}
        </div>
      </ErrorBoundary>
    </section>
  )
}
