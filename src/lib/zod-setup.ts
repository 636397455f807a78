import { z } from 'zod'

// Imported first by every module that builds a schema, because zod decides at construction whether
// to compile parsers with `new Function`. In a page or worker the security policy forbids eval, and
// the probe alone raised an 'eval' violation on every load of another dataset; Node (the build,
// `npm run validate`) keeps the faster compiled parsers.
if (typeof document !== 'undefined' || typeof WorkerGlobalScope !== 'undefined')
  z.config({ jitless: true })
