import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

/** A running loopback server for one built app, with the dataset file it answers for /data/dataset.json. */
export interface BenchServer {
  url: string
  /** Points /data/dataset.json at another file (the scale under test). */
  setDataset: (path: string | null) => void
  /** Every path requested since the last `clearLog`, in order. */
  log: string[]
  clearLog: () => void
  close: () => Promise<void>
}

/**
 * Serves `root` on 127.0.0.1 at a free port: static files, index.html for any other path (the
 * app routes in the browser), and the dataset streamed from disk so a 200 MB file costs no memory.
 */
export async function startServer(root: string): Promise<BenchServer> {
  const base = resolve(root)
  let dataset: string | null = null
  const log: string[] = []
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    log.push(path)
    const send = (file: string, status = 200) => {
      const { size } = statSync(file)
      const type = TYPES[extname(file)] ?? 'application/octet-stream'
      res.writeHead(status, {
        'content-type': type,
        'content-length': size,
        'cache-control': 'no-store',
      })
      createReadStream(file).pipe(res)
    }
    if (path === '/data/dataset.json') {
      if (dataset && existsSync(dataset)) return send(dataset)
      res.writeHead(404).end('no dataset configured')
      return
    }
    const file = normalize(join(base, path))
    if (!file.startsWith(base + sep) && file !== base) return void res.writeHead(403).end()
    if (existsSync(file) && statSync(file).isFile()) return send(file)
    // Missing assets are real 404s; anything else is a client-side route.
    if (extname(path)) return void res.writeHead(404).end('not found')
    send(join(base, 'index.html'))
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    setDataset: (p) => void (dataset = p),
    log,
    clearLog: () => void log.splice(0),
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}
