import { renderToBuffer } from '@react-pdf/renderer';
import { registerPdfFonts } from './fonts';
import { Act } from './templates/act';
import type { ActView } from './templates/act-view';
import { OrderContract } from './templates/order-contract';
import type { OrderContractView } from './templates/order-contract-view';

/** Each template by name, with the view model it renders. */
export interface PdfTemplateViews {
  order_contract: OrderContractView;
  act: ActView;
}
export type PdfTemplate = keyof PdfTemplateViews;

/**
 * Renders one document in the calling thread. CPU-bound for tens to hundreds of milliseconds:
 * called by the render worker, never on a request thread (use renderPdf from render-pool.ts).
 */
export async function renderDocument<T extends PdfTemplate>(template: T, view: PdfTemplateViews[T]): Promise<Uint8Array> {
  registerPdfFonts();
  switch (template) {
    case 'order_contract': {
      const buffer = await renderToBuffer(OrderContract({ view: view as OrderContractView }));
      // A copy that owns its whole ArrayBuffer, so it can be transferred to the main thread.
      return new Uint8Array(buffer);
    }
    case 'act':
      return new Uint8Array(await renderToBuffer(Act({ view: view as ActView })));
    default:
      throw new Error(`unknown PDF template: ${String(template)}`);
  }
}
