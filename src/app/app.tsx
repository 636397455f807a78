import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from 'react-router/dom'
import { createAppRouter } from './router'

const queryClient = new QueryClient()
const router = createAppRouter(queryClient)

/** Providers and the router: the whole app. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      {/* Router updates render at once, not as transitions: the first screen after the dataset
          loads is one render instead of 5 ms slices (decision 009), and filter changes use
          flushSync anyway. */}
      <RouterProvider router={router} useTransitions={false} />
    </QueryClientProvider>
  )
}
