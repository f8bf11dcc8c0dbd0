import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PdfTemplate, PdfTemplateViews } from './render-document';
import type { RenderReply, RenderRequest } from './render-worker';

/**
 * Renders PDFs off the request thread. A render blocks its thread for ~50–300 ms (STACK.md), so
 * it runs in a small pool of worker threads, one document per worker at a time, and each result
 * is kept in an LRU cache so a signed document is rendered once.
 *
 * A hand-written pool over node:worker_threads rather than piscina or tinypool: Turbopack bundles
 * a worker only when it sees `new Worker(new URL('./file.ts', import.meta.url))` itself, and a
 * pool library takes a filename it cannot follow. The worker would then have to be an unbundled
 * file that loads our TSX template, which needs a TypeScript loader in production.
 */

export interface RenderPoolOptions {
  /** Worker threads; default one per core less the one serving requests, at least one. */
  size?: number;
  /** Bytes of rendered PDFs kept; least recently used go first. */
  cacheBytes?: number;
  /** A render taking longer ends its worker and fails. */
  timeoutMs?: number;
}

export interface RenderPoolStats {
  /** Documents rendered by the workers (cache misses that completed). */
  renders: number;
  /** Requests answered from the cache or by joining a render already in flight. */
  cacheHits: number;
  cachedDocuments: number;
  cachedBytes: number;
  workers: number;
}

export interface RenderPool {
  render<T extends PdfTemplate>(template: T, view: PdfTemplateViews[T], cacheKey: string): Promise<Uint8Array>;
  stats(): RenderPoolStats;
  /** Ends the workers; queued and running renders fail. */
  close(): Promise<void>;
}

const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;

interface Job {
  request: RenderRequest;
  resolve: (pdf: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Inside Next (dev or `next start`) this module is bundled, and Turbopack has emitted the worker
 * as its own chunk. Under vitest and tsx it is TypeScript source, and Node cannot start a `.ts`
 * worker by itself: the worker is started through tsx. NEXT_RUNTIME is the signal because Next
 * sets it for all its server code (instrumentation.ts reads it too); import.meta.url cannot tell,
 * since Turbopack keeps it pointing at the source file.
 */
// eslint-disable-next-line no-restricted-properties -- Next's own runtime marker, not a setting
const bundledByNext = process.env.NEXT_RUNTIME === 'nodejs';

function spawnWorker(): Worker {
  if (!bundledByNext) {
    // Built from a string so the bundler does not follow it; tsx is a development dependency.
    // lib/pdf/package.json says "type": "module" so that tsx loads these files as ES modules:
    // as CommonJS it cannot resolve @react-pdf's import-only package exports.
    const entry = import.meta.url.replace(/render-pool\.tsx?$/, 'render-worker.ts');
    const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
    return new Worker(boot, { eval: true });
  }
  return new Worker(new URL('./render-worker.ts', import.meta.url));
}

export function createRenderPool(options: RenderPoolOptions = {}): RenderPool {
  const size = Math.max(1, options.size ?? availableParallelism() - 1);
  const cacheBytes = options.cacheBytes ?? DEFAULT_CACHE_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const slots: Slot[] = [];
  const queue: Job[] = [];
  // Map iteration follows insertion order: re-inserting on use makes the first key the LRU one.
  const cache = new Map<string, Uint8Array>();
  const inFlight = new Map<string, Promise<Uint8Array>>();
  let cachedBytes = 0;
  let nextId = 1;
  let renders = 0;
  let cacheHits = 0;
  let closed = false;

  function remember(key: string, pdf: Uint8Array): void {
    if (pdf.byteLength > cacheBytes) return;
    cache.set(key, pdf);
    cachedBytes += pdf.byteLength;
    for (const [oldKey, old] of cache) {
      if (cachedBytes <= cacheBytes) break;
      cache.delete(oldKey);
      cachedBytes -= old.byteLength;
    }
  }

  function finish(slot: Slot): Job | null {
    const job = slot.job;
    slot.job = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    return job;
  }

  function drop(slot: Slot, error: Error): void {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slots.splice(index, 1);
    finish(slot)?.reject(error);
    dispatch();
  }

  function startSlot(): Slot {
    const slot: Slot = { worker: spawnWorker(), job: null, timer: null };
    slot.worker.on('message', (reply: RenderReply) => {
      const job = finish(slot);
      if (!job || job.request.id !== reply.id) return;
      if (reply.ok) {
        renders += 1;
        job.resolve(reply.pdf);
      } else {
        job.reject(new Error(`PDF render failed (${job.request.template}): ${reply.message}`));
      }
      dispatch();
    });
    slot.worker.on('error', (error) => drop(slot, error));
    slot.worker.on('exit', (code) => drop(slot, new Error(`PDF render worker exited with code ${code}`)));
    slots.push(slot);
    return slot;
  }

  function dispatch(): void {
    while (queue.length > 0 && !closed) {
      const slot = slots.find((s) => s.job === null) ?? (slots.length < size ? startSlot() : null);
      if (!slot) break;
      const job = queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => {
        void slot.worker.terminate();
        drop(slot, new Error(`PDF render timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      slot.worker.ref();
      slot.worker.postMessage(job.request);
    }
    // Idle workers must not keep a script or a test run alive.
    for (const slot of slots) if (slot.job === null) slot.worker.unref();
  }

  function renderInWorker(request: RenderRequest): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      queue.push({ request, resolve, reject });
      dispatch();
    });
  }

  return {
    render(template, view, cacheKey) {
      if (closed) return Promise.reject(new Error('PDF render pool is closed'));
      const key = `${template}\u0000${view.locale}\u0000${cacheKey}`;
      const cached = cache.get(key);
      if (cached) {
        cacheHits += 1;
        cache.delete(key);
        cache.set(key, cached);
        // A copy: a caller that transfers or changes its bytes must not change the cache.
        return Promise.resolve(cached.slice());
      }
      let pending = inFlight.get(key);
      if (pending) {
        cacheHits += 1;
      } else {
        pending = renderInWorker({ id: nextId++, template, view })
          .then((pdf) => {
            remember(key, pdf);
            return pdf;
          })
          .finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending.then((pdf) => pdf.slice());
    },
    stats() {
      return { renders, cacheHits, cachedDocuments: cache.size, cachedBytes, workers: slots.length };
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('PDF render pool is closed'));
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

// One pool per process, kept on globalThis so module reloads in development do not start more.
const globalForPdf = globalThis as unknown as { __qamqorPdfPool?: RenderPool };

function defaultPool(): RenderPool {
  globalForPdf.__qamqorPdfPool ??= createRenderPool();
  return globalForPdf.__qamqorPdfPool;
}

/**
 * The PDF of a document, rendered in a worker thread on first request and cached.
 * `cacheKey` must change whenever anything the PDF shows changes: the document's SHA-256 covers
 * its content but not its signatures, so pass both, e.g. `${sha256}:${signatureIds.join(',')}`.
 * Template and locale are part of the key already.
 */
export function renderPdf<T extends PdfTemplate>(template: T, view: PdfTemplateViews[T], cacheKey: string): Promise<Uint8Array> {
  return defaultPool().render(template, view, cacheKey);
}

export function pdfRenderStats(): RenderPoolStats {
  return defaultPool().stats();
}
