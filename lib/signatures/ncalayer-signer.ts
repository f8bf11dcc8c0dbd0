import { fromBase64, toBase64, type Bytes } from './bytes';
import { SignerError, type DocumentSigner, type SignerFilter } from './signer';

export const NCALAYER_URL = 'wss://127.0.0.1:13579/';

type WebSocketLike = {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onclose: ((event: unknown) => void) | null;
  send(data: string): void;
  close(): void;
};
type WebSocketConstructor = new (url: string) => WebSocketLike;



/**
 * NCALayer, the national centre's desktop signer, through its local WebSocket and the
 * `kz.gov.pki.knca.basics` sign call: a detached CMS over the content, offering only keys whose
 * certificate carries the signer's IIN/BIN and the required OIDs.
 */
export class NcaLayerSigner implements DocumentSigner {
  constructor(
    private readonly options: { url?: string; WebSocket?: WebSocketConstructor; locale?: 'kk' | 'ru' | 'en'; timeoutMs?: number } = {},
  ) {}

  sign(content: Bytes, filter: SignerFilter): Promise<Bytes> {
    const Socket = this.options.WebSocket ?? (globalThis as unknown as { WebSocket: WebSocketConstructor }).WebSocket;
    const request = {
      module: 'kz.gov.pki.knca.basics',
      method: 'sign',
      args: {
        allowedStorages: ['PKCS12', 'AKKaztokenStore', 'AKKZIDCardStore', 'AKEToken72KStore', 'AKJaCartaStore'],
        format: 'cms',
        data: toBase64(content),
        signingParams: { decode: true, encapsulate: false, digested: false, tsaProfile: null },
        signerParams: {
          extKeyUsageOids: filter.extKeyUsageOids ?? [],
          ...(filter.iin ? { iin: filter.iin } : {}),
          ...(filter.bin ? { bin: filter.bin } : {}),
          chain: [],
        },
        locale: this.options.locale ?? 'ru',
      },
    };
    return new Promise<Bytes>((resolve, reject) => {
      let settled = false;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.close();
        outcome();
      };
      let socket: WebSocketLike;
      try {
        socket = new Socket(this.options.url ?? NCALAYER_URL);
      } catch {
        reject(new SignerError('not_running'));
        return;
      }
      // A person may take minutes to pick a key and type the PIN.
      const timer = setTimeout(() => finish(() => reject(new SignerError('cancelled'))), this.options.timeoutMs ?? 5 * 60_000);
      socket.onopen = () => socket.send(JSON.stringify(request));
      socket.onerror = () => finish(() => reject(new SignerError('not_running')));
      socket.onclose = () => finish(() => reject(new SignerError('not_running')));
      socket.onmessage = (event) => {
        let message: { status?: boolean; code?: string; details?: string; body?: { result?: unknown } };
        try {
          message = JSON.parse(String(event.data));
        } catch {
          finish(() => reject(new SignerError('protocol')));
          return;
        }
        // NCALayer greets with its version first; wait for the answer to our call.
        if (message.status === undefined && !message.body) return;
        if (message.status !== true) {
          finish(() => reject(new SignerError(/cancel/i.test(message.details ?? '') ? 'cancelled' : 'refused')));
          return;
        }
        const result = message.body?.result;
        const cms = Array.isArray(result) ? result[0] : result;
        if (typeof cms !== 'string' || cms.length === 0) {
          finish(() => reject(new SignerError('cancelled')));
          return;
        }
        finish(() => resolve(fromBase64(cms)));
      };
    });
  }
}
