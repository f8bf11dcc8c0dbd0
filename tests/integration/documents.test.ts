import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog, documents, signatures } from '@/db/schema';
import type { DemoAccount } from '@/db/seed';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { authenticate } from '@/lib/auth/authenticate';
import { verifyAuditChain } from '@/lib/audit';
import { now } from '@/lib/clock';
import { createDocumentVersion } from '@/lib/documents/create-document';
import { findDocumentForActor } from '@/lib/documents/queries';
import { submitSignature } from '@/lib/documents/submit-signature';
import { authenticateWithSignature, challengeBytes, issueSignInChallenge } from '@/lib/auth/signature-sign-in';
import { signInChallenges } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { openKeystore } from '@/lib/signatures/keystore';
import { signDetachedCms } from '@/lib/signatures/sign-cms';
import { loadTrustStore } from '@/lib/signatures/trust-config';
import type { TrustStore } from '@/lib/signatures/trust-store';
import { seededTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;
let trust: TrustStore;
const actors: Record<string, { actor: Actor; account: DemoAccount }> = {};

async function actorOf(account: DemoAccount): Promise<Actor> {
  const db = database.connection.db;
  const user = await authenticate(db, { login: account.login, password: account.password, ip: '127.0.0.1', channel: 'web' });
  return (await loadActor(db, user.id, user.sessionVersion))!;
}

beforeAll(async () => {
  // Seeded with the demo PKI: a test root, a fresh CRL and a SIGN and AUTH keystore per person.
  database = await seededTestDatabase(now(), { pki: true });
  trust = loadTrustStore(path.join(database.dataDir, 'pki', 'trust'));
  const recipients = database.accounts.filter((a) => a.role === 'recipient');
  actors.recipient = { account: recipients[0]!, actor: await actorOf(recipients[0]!) };
  actors.otherRecipient = { account: recipients[1]!, actor: await actorOf(recipients[1]!) };
  const head = database.accounts.find((a) => a.role === 'provider_admin' && a.bin)!;
  actors.head = { account: head, actor: await actorOf(head) };
}, 180_000);
afterAll(async () => {
  await database?.close();
});

async function signAs(who: keyof typeof actors, documentId: string, keystore: 'keystore' | 'authKeystore' = 'keystore') {
  const { account } = actors[who]!;
  const [document] = await database.connection.db.select().from(documents).where(eq(documents.id, documentId));
  const opened = openKeystore(new Uint8Array(fs.readFileSync(account[keystore]!)), account.keystorePassword!);
  return signDetachedCms({ content: new Uint8Array(document!.canonical), ...opened, signingTime: now() });
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (e: unknown) => (e instanceof AppError ? e.detailKey : String(e)),
  );

async function newDocument(subjectId: string) {
  return database.connection.db.transaction((tx) =>
    createDocumentVersion(tx, null, {
      // A document of no domain's: signing it has no effect beyond the signature itself.
      kind: 'test_agreement',
      subjectType: 'test_subject',
      subjectId,
      content: { item: 'WC-01', price: '120000.00', guaranteedSum: '120000.00', coPayment: '0.00' },
      requiredSigners: [
        { userId: actors.recipient!.actor.userId, iin: actors.recipient!.account.iin! },
        { userId: actors.head!.actor.userId, iin: actors.head!.account.iin!, bin: actors.head!.account.bin! },
      ],
    }),
  );
}

describe(`signed documents (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('the demo accounts carry their keystores', () => {
    for (const a of database.accounts.filter((x) => x.iin)) {
      expect(fs.existsSync(a.keystore!)).toBe(true);
      expect(fs.existsSync(a.authKeystore!)).toBe(true);
      expect(a.keystorePassword).toMatch(/^Ks-/);
    }
    const json = JSON.parse(fs.readFileSync(path.join(database.dataDir, 'demo-accounts.json'), 'utf8'));
    expect(json.find((a: DemoAccount) => a.role === 'recipient')).toMatchObject({ keystore: expect.stringContaining('-sign.p12'), authKeystore: expect.stringContaining('-auth.p12') });
  });

  it('is signed by each required signer in turn, storing each verification', async () => {
    const document = await newDocument('subject-1');
    const first = await submitSignature(database.connection.db, actors.recipient!.actor, document.id, await signAs('recipient', document.id), trust);
    expect(first.documentStatus).toBe('awaiting_signatures');
    const second = await submitSignature(database.connection.db, actors.head!.actor, document.id, await signAs('head', document.id), trust);
    expect(second.documentStatus).toBe('signed');
    const stored = await database.connection.db.select().from(signatures).where(eq(signatures.documentId, document.id));
    expect(stored).toHaveLength(2);
    expect(stored.map((s) => s.signerBin).sort()).toEqual([actors.head!.account.bin, null].sort());
    for (const s of stored) {
      expect(s.documentSha256).toBe(document.sha256);
      expect((s.verification as { valid: boolean }).valid).toBe(true);
      expect((s.verification as { revocation: unknown[] }).revocation).toHaveLength(1);
    }
    expect(await failureOf(submitSignature(database.connection.db, actors.recipient!.actor, document.id, await signAs('recipient', document.id), trust))).toBe(
      'signatures.already_signed',
    );
  });

  it('accepts a signature made by the npm run sign CLI, and the CLI explains a wrong password', async () => {
    const document = await newDocument('subject-cli');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamqor-cli-'));
    fs.writeFileSync(path.join(dir, 'content.json'), document.canonical);
    const account = actors.recipient!.account;
    const run = (password: string) =>
      spawnSync('npx', ['tsx', '--tsconfig', 'tsconfig.json', 'lib/cli/sign.ts', '--p12', account.keystore!, '--password', password, '--in', path.join(dir, 'content.json'), '--out', path.join(dir, 'cms.b64'), '--base64', '--signing-time', now().toISOString()], { encoding: 'utf8' });
    const ok = run(account.keystorePassword!);
    expect(ok.status, ok.stderr).toBe(0);
    const cms = new Uint8Array(Buffer.from(fs.readFileSync(path.join(dir, 'cms.b64'), 'utf8'), 'base64'));
    const accepted = await submitSignature(database.connection.db, actors.recipient!.actor, document.id, cms, trust);
    expect(accepted.documentStatus).toBe('awaiting_signatures');
    const wrong = run('not-the-password');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('wrong password');
  });

  it('refuses a signature with someone else\'s key or an AUTH key, storing nothing but an audit entry', async () => {
    const document = await newDocument('subject-2');
    // The other recipient's keystore, submitted by our recipient's account.
    const foreign = await signAs('otherRecipient', document.id);
    expect(await failureOf(submitSignature(database.connection.db, actors.recipient!.actor, document.id, foreign, trust))).toBe('signatures.failures.identity_mismatch');
    expect(await failureOf(submitSignature(database.connection.db, actors.recipient!.actor, document.id, await signAs('recipient', document.id, 'authKeystore'), trust))).toBe(
      'signatures.failures.key_usage',
    );
    expect(await database.connection.db.select().from(signatures).where(eq(signatures.documentId, document.id))).toHaveLength(0);
    const refusals = await database.connection.db.select().from(auditLog).where(eq(auditLog.action, 'document.signature_refused'));
    expect(refusals.map((r) => r.reason)).toEqual(expect.arrayContaining(['identity_mismatch', 'key_usage']));
  });

  it('lets only its signers read it or sign it', async () => {
    const document = await newDocument('subject-3');
    expect(await findDocumentForActor(database.connection.db, actors.otherRecipient!.actor, document.id)).toBeNull();
    expect(await failureOf(submitSignature(database.connection.db, actors.otherRecipient!.actor, document.id, await signAs('otherRecipient', document.id), trust))).toBe(
      'errors.not_found.document',
    );
  });

  it('never changes a version: an edit is a new version, and old signatures do not carry over', async () => {
    const v1 = await newDocument('subject-4');
    await submitSignature(database.connection.db, actors.recipient!.actor, v1.id, await signAs('recipient', v1.id), trust);
    const db = database.connection.db;
    const refusal = await db.execute(sql`update documents set canonical = '\\x00' where id = ${v1.id}`).then(
      () => 'updated',
      (e: Error & { cause?: Error }) => String(e.cause?.message ?? e.message),
    );
    expect(refusal).toMatch(/immutable/);
    const v2 = await newDocument('subject-4');
    expect(v2.version).toBe(2);
    expect(v2.sha256).not.toBe(v1.sha256);
    const [old] = await db.select().from(documents).where(eq(documents.id, v1.id));
    expect(old!.status).toBe('superseded');
    expect(await db.select().from(signatures).where(eq(signatures.documentId, v2.id))).toHaveLength(0);
    // The signature made over version 1 does not fit version 2's bytes.
    const overV1 = await signAs('recipient', v1.id);
    expect(await failureOf(submitSignature(db, actors.recipient!.actor, v2.id, overV1, trust))).toBe('signatures.failures.digest_mismatch');
    expect(await failureOf(submitSignature(db, actors.recipient!.actor, v1.id, overV1, trust))).toBe('signatures.superseded');
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});

describe(`signing in with a digital signature (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  async function signChallenge(who: keyof typeof actors, keystore: 'keystore' | 'authKeystore' = 'authKeystore') {
    const { nonce, challenge } = await issueSignInChallenge(database.connection.db);
    const { account } = actors[who]!;
    const opened = openKeystore(new Uint8Array(fs.readFileSync(account[keystore]!)), account.keystorePassword!);
    const cms = await signDetachedCms({ content: challenge, ...opened, signingTime: now() });
    return { nonce, cms };
  }

  it('finds the account by the AUTH certificate, person or organisation', async () => {
    const person = await signChallenge('recipient');
    expect((await authenticateWithSignature(database.connection.db, { ...person, ip: '127.0.0.1' }, trust)).id).toBe(actors.recipient!.actor.userId);
    const head = await signChallenge('head');
    const user = await authenticateWithSignature(database.connection.db, { ...head, ip: '127.0.0.1' }, trust);
    expect(user).toMatchObject({ id: actors.head!.actor.userId, role: 'provider_admin' });
  });

  it('uses a challenge once: a replayed signature is refused', async () => {
    const signed = await signChallenge('recipient');
    await authenticateWithSignature(database.connection.db, { ...signed, ip: '127.0.0.1' }, trust);
    expect(await failureOf(authenticateWithSignature(database.connection.db, { ...signed, ip: '127.0.0.1' }, trust))).toBe('signatures.challenge_expired');
  });

  it('refuses the SIGN key, an expired challenge and a signature over other bytes', async () => {
    const withSignKey = await signChallenge('recipient', 'keystore');
    expect(await failureOf(authenticateWithSignature(database.connection.db, { ...withSignKey, ip: '127.0.0.1' }, trust))).toBe('signatures.failures.key_usage');

    const old = { nonce: 'expired-challenge-nonce-000000', issuedAt: new Date(now().getTime() - 10 * 60_000) };
    await database.connection.db.insert(signInChallenges).values({ ...old, expiresAt: new Date(now().getTime() - 5 * 60_000) });
    const { account } = actors.recipient!;
    const opened = openKeystore(new Uint8Array(fs.readFileSync(account.authKeystore!)), account.keystorePassword!);
    const overOld = await signDetachedCms({ content: challengeBytes(old), ...opened, signingTime: now() });
    expect(await failureOf(authenticateWithSignature(database.connection.db, { nonce: old.nonce, cms: overOld, ip: '127.0.0.1' }, trust))).toBe('signatures.challenge_expired');

    const fresh = await issueSignInChallenge(database.connection.db);
    expect(await failureOf(authenticateWithSignature(database.connection.db, { nonce: fresh.nonce, cms: overOld, ip: '127.0.0.1' }, trust))).toBe('signatures.failures.digest_mismatch');
  });
});
