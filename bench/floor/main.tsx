/**
 * The bench's floor: the same libraries as the app (react, react-dom, react-router, react-query,
 * recharts), wired the same way (a route loader fills the query cache), drawing one small line chart.
 * It has the app's one filter the bench edits, "From", kept in the URL the plain way (the router's
 * `setSearchParams` on every edit), so a filter change is timed on it as on the app: the least a
 * page like ours can cost per edit, by the libraries' ordinary use (decision 013).
 */
import {
  QueryClient,
  QueryClientProvider,
  queryOptions,
  useSuspenseQuery,
} from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, useSearchParams } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { Line, LineChart, XAxis, YAxis } from 'recharts'

// One point every five days over October and November 2024: the real dataset's busiest stretch,
// so the bench's two "From" dates (its records' quartiles) fall inside and move points in and out.
const FIRST = Date.UTC(2024, 9, 1)
const DAY = 86_400_000
const points = Array.from({ length: 12 }, (_, i) => ({
  date: new Date(FIRST + i * 5 * DAY).toISOString().slice(0, 10),
  value: Math.round(50 + 40 * Math.sin(i / 2)),
}))
const SPAN = { min: points[0]!.date, max: '2024-11-30' }
const pointsQuery = queryOptions({
  queryKey: ['points'],
  queryFn: () => Promise.resolve(points),
  staleTime: Infinity,
})
const queryClient = new QueryClient()

function Chart() {
  const { data } = useSuspenseQuery(pointsQuery)
  const [params, setParams] = useSearchParams()
  const from = params.get('from') ?? SPAN.min
  const shown = data.filter((p) => p.date >= from)
  return (
    <main>
      <h1>Floor</h1>
      {/* The wrapper holds the ISO value and span, as the app's date field does (bench/in-page.ts). */}
      <span className="date-field" data-value={from} data-min={SPAN.min} data-max={SPAN.max}>
        <label>
          From{' '}
          <input
            type="date"
            min={SPAN.min}
            max={SPAN.max}
            value={from}
            onChange={(e) => setParams(e.target.value ? { from: e.target.value } : {})}
          />
        </label>
      </span>
      {/* The range drawn, as the app's views stamp it: the bench counts a change shown by it. */}
      <div data-range={`${from}..${SPAN.max}`}>
        <LineChart width={400} height={200} data={shown}>
          <XAxis dataKey="date" />
          <YAxis />
          <Line dataKey="value" isAnimationActive={false} />
        </LineChart>
      </div>
    </main>
  )
}

const router = createBrowserRouter([
  {
    path: '/',
    Component: Chart,
    loader: async () => {
      await queryClient.ensureQueryData(pointsQuery)
      return null
    },
    HydrateFallback: () => <p>Loading…</p>,
  },
])

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
