import { getTranslations } from 'next-intl/server';
import { ActLinesTable } from '@/components/acts/act-lines-table';
import { ActSheetTable } from '@/components/acts/act-sheet-table';
import { DefinitionList } from '@/components/ui/page-header';
import type { ActDocumentContent } from '@/lib/acts/page-act';
import type { Locale } from '@/lib/i18n/config';
import { displayDate, displayMonth } from '@/lib/i18n/format';

/**
 * An act of services rendered as its signers read it before signing (App. 8 with the sheet of
 * App. 9 or 10), from the signed content itself: the parties, the period, the priced lines and
 * totals, the statement, the provider's payment details and the sheet.
 */
export async function ActDocument({ content, locale }: { content: ActDocumentContent; locale: Locale }) {
  const t = await getTranslations('providerActs');
  const td = await getTranslations('documents');
  const tj = await getTranslations('journal');
  const service = content.lines[0]?.service ?? (content.sheet?.kind === 'accompaniment' ? 'assistant' : 'sign_language');
  const provider = content.provider;
  const providerId = provider.bin ? `${td('bin')} ${provider.bin}` : provider.iin ? `${td('iin')} ${provider.iin}` : '';
  return (
    <div className="space-y-6">
      <DefinitionList
        items={[
          { term: t('document.provider'), value: providerId ? `${provider.name}, ${providerId}` : provider.name },
          {
            term: t('document.recipient'),
            value: `${content.recipient.fullName}, ${td('iin')} ${content.recipient.iin}${content.recipient.deceased ? ` — ${t('document.deceased')}` : ''}`,
          },
          { term: t('labels.order'), value: content.order.number },
          { term: t('labels.service'), value: content.goods ? content.goods.classifierName : tj(`services.${service}`) },
          content.goods
            ? { term: t('lines.receivedOn'), value: displayDate(content.goods.receivedOn, locale) }
            : { term: t('labels.period'), value: t('labels.periodValue', { month: displayMonth(content.period.month, locale), from: displayDate(content.period.from, locale), to: displayDate(content.period.to, locale) }) },
          { term: t('labels.version'), value: String(content.version) },
        ]}
      />
      <section aria-labelledby="act-document-lines" className="space-y-3">
        <h3 id="act-document-lines" className="text-lg font-semibold">
          {t('lines.heading')}
        </h3>
        <ActLinesTable id="act-document-table" lines={content.lines} totals={content.totals} locale={locale} goods={content.goods} />
      </section>
      {content.statement[locale] ? (
        <p className="border-l-4 border-brand-700 pl-3 text-lg">
          <span className="sr-only">{t('document.statement')}: </span>
          {content.statement[locale]}
        </p>
      ) : null}
      {provider.iban ? (
        <section aria-labelledby="act-document-payment" className="space-y-2">
          <h3 id="act-document-payment" className="text-lg font-semibold">
            {t('document.paymentDetails')}
          </h3>
          <DefinitionList
            items={[
              { term: t('document.legalAddress'), value: provider.legalAddress ?? '—' },
              { term: t('document.iban'), value: provider.iban },
              { term: t('document.bik'), value: provider.bik ?? '—' },
              { term: t('document.bank'), value: provider.bankName ?? '—' },
            ]}
          />
        </section>
      ) : null}
      {content.sheet ? <ActSheetTable id="act-document-sheet" sheet={content.sheet} locale={locale} headingLevel={3} /> : null}
    </div>
  );
}
