import { parentPort } from 'node:worker_threads';
import { renderDocument, type PdfTemplate, type PdfTemplateViews } from './render-document';

/** The worker thread's side of render-pool.ts: one request at a time, one reply per request. */
export interface RenderRequest {
  id: number;
  template: PdfTemplate;
  view: PdfTemplateViews[PdfTemplate];
}
export type RenderReply = { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('render-worker runs only as a worker thread (see render-pool.ts)');

port.on('message', (request: RenderRequest) => {
  renderDocument(request.template, request.view).then(
    (pdf) => port.postMessage({ id: request.id, ok: true, pdf } satisfies RenderReply, [pdf.buffer as ArrayBuffer]),
    (error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      port.postMessage({ id: request.id, ok: false, message } satisfies RenderReply);
    },
  );
});
