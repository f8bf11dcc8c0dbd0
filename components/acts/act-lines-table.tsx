import { getTranslations } from 'next-intl/server';
import { DefinitionList } from '@/components/ui/page-header';
import type { Locale } from '@/lib/i18n/config';
import { displayDate, displayTenge } from '@/lib/i18n/format';
import type { GoodsFacts } from '@/lib/acts/page-act';
import { formatMinutes } from '@/lib/minutes';

export interface ActLineView {
  service: 'assistant' | 'sign_language' | 'goods';
  /** Goods: the units received. */
  quantity?: number | null;
  dateFrom: string;
  dateTo: string;
  minutes: number;
  unitPrice: string;
  guaranteedSum: string | null;
  cost: string;
  reimbursed: string;
}

export interface ActTotalsView {
  minutes: number;
  total: string;
  reimbursed: string;
  coPayment: string;
}

/**
 * The act's priced lines (one per stretch of days with the same guaranteed sum) with their totals
 * row, then the totals in words: what the services cost, what the state reimburses, and the
 * recipient's co-payment. Amounts arrive as decimal strings and are only formatted here. A goods
 * act of acceptance has one line: the item, the day it was received, the quantity and per-unit prices.
 */
export async function ActLinesTable({ id, lines, totals, locale, coPaymentLabel, goods }: { id: string; lines: ActLineView[]; totals: ActTotalsView; locale: Locale; coPaymentLabel?: string; goods?: GoodsFacts | null }) {
  const t = await getTranslations('providerActs');
  const tj = await getTranslations('journal');
  const money = (amount: string) => displayTenge(amount, locale);
  const noCoPayment = totals.coPayment === '0.00' || totals.coPayment === '0';
  const units = (count: number) => t(`units.${goods?.unit ?? 'piece'}`, { count });
  const quantity = lines.reduce((sum, l) => sum + (l.quantity ?? 0), 0);
  return (
    <div className="space-y-4">
      <div className="overflow-x-auto rounded border border-slate-300 bg-white" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="w-full min-w-[52rem] border-collapse text-left">
          <caption id={`${id}-caption`} className="p-2 text-left font-semibold">
            {t('lines.caption')}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-400 align-bottom">
              <th scope="col" className="p-2">{goods ? t('lines.item') : t('lines.service')}</th>
              <th scope="col" className="p-2">{goods ? t('lines.receivedOn') : t('lines.dates')}</th>
              <th scope="col" className="p-2 text-right">{goods ? t('lines.quantity') : t('lines.hours')}</th>
              <th scope="col" className="p-2 text-right">{goods ? t('lines.unitPriceGoods') : t('lines.unitPrice')}</th>
              <th scope="col" className="p-2 text-right">{goods ? t('lines.guaranteedSumGoods') : t('lines.guaranteedSum')}</th>
              <th scope="col" className="p-2 text-right">{t('lines.cost')}</th>
              <th scope="col" className="p-2 text-right">{t('lines.reimbursed')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={`${line.dateFrom}-${line.dateTo}`} className="border-b border-slate-300 align-top">
                <th scope="row" className="p-2 font-normal">{goods ? [goods.name, goods.model].filter(Boolean).join(', ') : tj(`services.${line.service}`)}</th>
                <td className="p-2">{goods ? displayDate(line.dateFrom, locale) : t('lines.range', { from: displayDate(line.dateFrom, locale), to: displayDate(line.dateTo, locale) })}</td>
                <td className="p-2 text-right tabular-nums">{goods ? units(line.quantity ?? 0) : formatMinutes(line.minutes)}</td>
                <td className="p-2 text-right tabular-nums whitespace-nowrap">{money(line.unitPrice)}</td>
                <td className="p-2 text-right tabular-nums whitespace-nowrap">{line.guaranteedSum ? money(line.guaranteedSum) : t('lines.noSum')}</td>
                <td className="p-2 text-right tabular-nums whitespace-nowrap">{money(line.cost)}</td>
                <td className="p-2 text-right tabular-nums whitespace-nowrap">{money(line.reimbursed)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-slate-400 font-semibold">
              <th scope="row" className="p-2" colSpan={2}>{t('lines.total')}</th>
              <td className="p-2 text-right tabular-nums">{goods ? units(quantity) : formatMinutes(totals.minutes)}</td>
              <td className="p-2" />
              <td className="p-2" />
              <td className="p-2 text-right tabular-nums whitespace-nowrap">{money(totals.total)}</td>
              <td className="p-2 text-right tabular-nums whitespace-nowrap">{money(totals.reimbursed)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <DefinitionList
        items={[
          goods ? { term: t('totals.quantity'), value: units(quantity) } : { term: t('totals.hours'), value: t('totals.hoursValue', { hours: formatMinutes(totals.minutes) }) },
          { term: goods ? t('totals.totalGoods') : t('totals.total'), value: money(totals.total) },
          { term: t('totals.reimbursed'), value: <strong>{money(totals.reimbursed)}</strong> },
          { term: coPaymentLabel ?? t('totals.coPayment'), value: noCoPayment ? t('totals.noCoPayment') : money(totals.coPayment) },
        ]}
      />
    </div>
  );
}
