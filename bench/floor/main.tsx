/**
 * The bench's floor: the same libraries as the app (react, react-dom, react-router, react-query,
 * recharts), wired the same way (a route loader fills the query cache), drawing one small line chart.
 */
import {
  QueryClient,
  QueryClientProvider,
  queryOptions,
  useSuspenseQuery,
} from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { Line, LineChart, XAxis, YAxis } from 'recharts'

const points = Array.from({ length: 12 }, (_, i) => ({
  month: i + 1,
  value: Math.round(50 + 40 * Math.sin(i / 2)),
}))
const pointsQuery = queryOptions({
  queryKey: ['points'],
  queryFn: () => Promise.resolve(points),
  staleTime: Infinity,
})
const queryClient = new QueryClient()

function Chart() {
  const { data } = useSuspenseQuery(pointsQuery)
  return (
    <main>
      <h1>Floor</h1>
      <LineChart width={400} height={200} data={data}>
        <XAxis dataKey="month" />
        <YAxis />
        <Line dataKey="value" isAnimationActive={false} />
      </LineChart>
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
