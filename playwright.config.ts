import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutablePath } from './e2e/chromium'

// E2E_PORT and E2E_DIST let a second checkout-free run (another build, another port) go on beside the main one.
const PORT = Number(process.env.E2E_PORT ?? 4173)
const DIST = process.env.E2E_DIST ?? 'dist'
const BASE_URL = `http://localhost:${PORT}`

// The app must be built first (`npm test` runs `npm run build` before `npm run test:e2e`).
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 1 : undefined,
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumExecutablePath(),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
