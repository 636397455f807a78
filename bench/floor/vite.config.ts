import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The floor page: the app's libraries and one chart, the least a page like ours can cost.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  publicDir: false,
  logLevel: 'warn',
  build: { outDir: '../out/floor-dist', emptyOutDir: true },
})
