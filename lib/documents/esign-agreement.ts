import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { almatyDateOf } from '@/lib/calendar';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import { createDocumentVersion } from './create-document';

/** Text version of the agreement; a new text is a new version that must be signed again. */
export const ESIGN_AGREEMENT_TEXT_VERSION = '2026-11';

const agreement = {
  title: {
    kk: 'Qamqor порталында электрондық құжаттар мен электрондық цифрлық қолтаңбаны пайдалану туралы келісім',
    ru: 'Соглашение об использовании электронных документов и электронной цифровой подписи на портале Qamqor',
    en: 'Agreement on the use of electronic documents and digital signatures on the Qamqor portal',
  },
  text: {
    kk: 'Мен порталда өз ЭЦҚ-ммен қол қойылған құжаттар қағаз құжаттарға тең екенін және менің атымнан жасалған әрекеттер журналға жазылатынын мойындаймын.',
    ru: 'Я признаю, что документы, подписанные на портале моей ЭЦП, равнозначны документам на бумаге, и что действия от моего имени записываются в журнал.',
    en: 'I accept that documents I sign on the portal with my digital signature are equivalent to paper documents, and that actions taken in my name are recorded.',
  },
};

/**
 * The first document every person signs on the portal, so that signing works before any order
 * exists; orders, decisions and acts use the same machinery.
 */
export async function prepareEsignAgreement(db: Db, actor: Actor) {
  if (!actor.iin) throw new AppError('rule_violation', { detailKey: 'signatures.no_iin' });
  const [current] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.subjectType, 'user'), eq(documents.subjectId, actor.userId), eq(documents.kind, 'esign_agreement')))
    .orderBy(desc(documents.version))
    .limit(1);
  if (current && current.status !== 'superseded') return current;
  return db.transaction((tx) =>
    createDocumentVersion(tx, { userId: actor.userId, role: actor.role }, {
      kind: 'esign_agreement',
      subjectType: 'user',
      subjectId: actor.userId,
      content: {
        textVersion: ESIGN_AGREEMENT_TEXT_VERSION,
        ...agreement,
        signer: { name: actor.name, iin: actor.iin, ...(actor.bin ? { bin: actor.bin } : {}) },
        date: almatyDateOf(now()),
      },
      requiredSigners: [{ userId: actor.userId, iin: actor.iin!, ...(actor.bin ? { bin: actor.bin } : {}) }],
    }),
  );
}
