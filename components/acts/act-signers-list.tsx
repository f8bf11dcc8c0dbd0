import { getTranslations } from 'next-intl/server';
import type { ActSignerState } from '@/lib/acts/page-act';
import type { Locale } from '@/lib/i18n/config';
import { displayAlmatyDateTime } from '@/lib/i18n/format';

/**
 * Who must sign the act and who has, in signing order: the provider's side (its head and each
 * worker who served), then the recipient's side. Signed or not is said in words, with a symbol
 * hidden from screen readers.
 */
export async function ActSignersList({ signers, recipientDeceased, locale }: { signers: ActSignerState[]; recipientDeceased: boolean; locale: Locale }) {
  const t = await getTranslations('providerActs');
  return (
    <div className="space-y-3">
      <p className="text-slate-700">{t('signers.order')}</p>
      <ol className="space-y-2">
        {signers.map((s) => (
          <li key={s.userId} className="rounded border border-slate-300 bg-white p-3">
            <p>
              <span className="font-semibold">{s.name}</span> — {t(`signers.kinds.${s.kind}`)}
            </p>
            <p className={s.signedAt ? 'text-green-900' : 'text-slate-800'}>
              <span aria-hidden="true">{s.signedAt ? '✓ ' : '○ '}</span>
              {s.signedAt ? t('signers.signed', { date: displayAlmatyDateTime(s.signedAt, locale) }) : t('signers.notSigned')}
            </p>
          </li>
        ))}
      </ol>
      {recipientDeceased ? <p>{t('signers.deceased')}</p> : null}
    </div>
  );
}
