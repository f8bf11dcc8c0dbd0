import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { canonicalBytes } from '@/lib/signatures/canonical';
import { createRootCa, issueCertificate, issueCrl } from '@/lib/signatures/demo-pki';
import { createKeystore } from '@/lib/signatures/keystore';
import { NcaLayerSigner } from '@/lib/signatures/ncalayer-signer';
import { OID } from '@/lib/signatures/oids';
import { signWithKeystore } from '@/lib/signatures/sign-with-keystore';
import { SignerError } from '@/lib/signatures/signer';
import { createTrustStore, type TrustStore } from '@/lib/signatures/trust-store';
import { verifyDetachedCms } from '@/lib/signatures/verify-cms';

/**
 * A fake NCALayer: the same WebSocket protocol and `kz.gov.pki.knca.basics` sign call, backed by
 * a test keystore, so the adapter is tested without the desktop program.
 */
const NOW = new Date();
const iin = '880121300001';
let server: WebSocketServer;
let url: string;
let trust: TrustStore;
let keystore: Uint8Array<ArrayBuffer>;
const requests: Record<string, unknown>[] = [];
let behaviour: 'sign' | 'cancel' | 'silent-close' = 'sign';

beforeAll(async () => {
  const ca = await createRootCa({ name: 'Fake NCA', notBefore: new Date(NOW.getTime() - 86400_000), notAfter: new Date(NOW.getTime() + 365 * 86400_000) });
  const key = await issueCertificate(ca, { iin, fullName: 'Тест Тестов' }, 'sign', { notBefore: new Date(NOW.getTime() - 86400_000), notAfter: new Date(NOW.getTime() + 86400_000) });
  keystore = createKeystore({ ...key, chain: [ca.certificate], password: 'pin', friendlyName: 'sign' });
  trust = createTrustStore({
    roots: [ca.certificate],
    crls: [await issueCrl(ca, { thisUpdate: new Date(NOW.getTime() - 60_000), nextUpdate: new Date(NOW.getTime() + 86400_000), revoked: [] })],
  });
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((r) => server.once('listening', r));
  url = `ws://127.0.0.1:${(server.address() as { port: number }).port}/`;
  server.on('connection', (socket) => {
    socket.send(JSON.stringify({ result: { version: '1.4' } })); // NCALayer greets first
    socket.on('message', async (raw) => {
      const request = JSON.parse(String(raw));
      requests.push(request);
      if (behaviour === 'silent-close') return socket.close();
      if (behaviour === 'cancel') return socket.send(JSON.stringify({ status: false, code: '500', details: 'action.canceled' }));
      const content = new Uint8Array(Buffer.from(request.args.data, 'base64'));
      const cms = await signWithKeystore({ keystore, password: 'pin', content, signingTime: new Date() });
      socket.send(JSON.stringify({ status: true, body: { result: [Buffer.from(cms).toString('base64')] } }));
    });
  });
}, 60_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const signer = () => new NcaLayerSigner({ url, WebSocket: WebSocket as never, locale: 'kk', timeoutMs: 10_000 });
const content = canonicalBytes({ kind: 'act', id: 'a-1', total: '15004.00' });

describe('NCALayer adapter', () => {
  it('asks for a detached CMS with the key filtered by IIN and usage, and returns a signature that verifies', async () => {
    behaviour = 'sign';
    const cms = await signer().sign(content, { iin, extKeyUsageOids: [OID.emailProtection] });
    const request = requests.at(-1) as { module: string; method: string; args: Record<string, unknown> };
    expect(request.module).toBe('kz.gov.pki.knca.basics');
    expect(request.method).toBe('sign');
    expect(request.args).toMatchObject({
      format: 'cms',
      locale: 'kk',
      signingParams: { decode: true, encapsulate: false },
      signerParams: { iin, extKeyUsageOids: [OID.emailProtection] },
    });
    const result = await verifyDetachedCms({ cms, content, trust, purpose: 'document', expected: { iin }, receivedAt: new Date(), maxAgeMs: 60_000 });
    expect(result.failure).toBeNull();
  });

  it('reports a cancelled choice, a closed connection, and NCALayer not running', async () => {
    behaviour = 'cancel';
    await expect(signer().sign(content, { iin })).rejects.toEqual(new SignerError('cancelled'));
    behaviour = 'silent-close';
    await expect(signer().sign(content, { iin })).rejects.toEqual(new SignerError('not_running'));
    const nobody = new NcaLayerSigner({ url: 'ws://127.0.0.1:1/', WebSocket: WebSocket as never, timeoutMs: 5_000 });
    await expect(nobody.sign(content, { iin })).rejects.toEqual(new SignerError('not_running'));
  });
});
