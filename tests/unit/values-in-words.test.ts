import { describe, expect, it, vi } from 'vitest';
import { monthActsView } from '@/lib/acts/month-acts-view';
import { AppError } from '@/lib/errors';
import { errorState } from '@/lib/forms/action-state';
import { translateKey } from '@/lib/i18n/translator';
import { valuesInWords } from '@/lib/i18n/values-in-words';

const reader = vi.hoisted(() => ({ locale: 'en' }));
vi.mock('next-intl/server', () => ({ getLocale: async () => reader.locale }));

describe('valuesInWords', () => {
  it('puts every month of a refusal in words, the received month of goods too', () => {
    const values = { period: '2026-12', month: '2026-11' };
    expect(translateKey('en', 'errors.act.goods_period', valuesInWords(values, 'en'))).toBe(
      'The goods were received in November 2026, not in December 2026: their act of acceptance is dated the day of receipt.',
    );
    expect(translateKey('ru', 'errors.act.goods_period', valuesInWords(values, 'ru'))).toBe(
      'Товар получен в другом месяце — ноябрь 2026 г., а не в выбранном (декабрь 2026 г.): акт приема-передачи датируется днём получения.',
    );
    expect(translateKey('kk', 'errors.act.goods_period', valuesInWords(values, 'kk'))).toContain('басқа айда алынды — 2026 ж. қараша, таңдалған айда (2026 ж. желтоқсан) емес');
  });

  it('writes dates and lists of dates in the reader\'s conventions and keeps every other value', () => {
    expect(valuesInWords({ from: '2026-11-03', to: '2026-11-30', dates: '2026-11-05, 2026-11-12' }, 'en')).toEqual({ from: '3 Nov 2026', to: '30 Nov 2026', dates: '5 Nov 2026, 12 Nov 2026' });
    const kept = { number: 'QZ-2026-000123/2026-11/v2', status: 'draft', year: 2026, code: '2026-13', iin: '940404300123' };
    expect(valuesInWords(kept, 'ru')).toEqual(kept);
  });

  it('serves the batch page: a skipped order\'s reason names its month and days in words', () => {
    const view = monthActsView(
      {
        batchId: '00000000-0000-4000-8000-000000000001',
        period: '2026-11',
        state: 'done',
        stale: false,
        requestedAt: new Date('2026-12-01T06:00:00Z'),
        orders: 2,
        judged: 2,
        formed: 0,
        skipped: [
          { orderId: '00000000-0000-4000-8000-000000000002', orderNumber: 'QZ-1', rule: 'outside_order', values: { period: '2026-11', from: '2026-12-02', to: '2027-03-01' } },
          { orderId: '00000000-0000-4000-8000-000000000003', orderNumber: 'QZ-2', rule: 'disputed_entries', values: { dates: '2026-11-05, 2026-11-12' } },
        ],
      },
      'en',
    );
    expect(view.skippedRows.map((r) => r.reason)).toEqual([
      "The month November 2026 is outside the order's service period (2 Dec 2026 – 1 Mar 2027).",
      'The recipient disputed entries on 5 Nov 2026, 12 Nov 2026. Settle the dispute first (correct the entry, or the recipient withdraws it).',
    ]);
  });
});

describe('a refused form in the reader\'s language', () => {
  it('says a running batch by its month, and the job queue being off, in kk, ru and en', async () => {
    const running = new AppError('conflict', { detailKey: 'errors.conflict.month_acts_running', values: { month: '2026-11' } });
    const queueOff = new AppError('unavailable', { detailKey: 'errors.jobs.not_queued' });
    reader.locale = 'en';
    expect((await errorState(running, undefined, valuesInWords)).message).toBe(
      'All acts of November 2026 are being formed right now. Wait until that batch is done (its progress is shown on the Acts page), then start another.',
    );
    expect((await errorState(queueOff)).message).toBe('Background work is not running at the moment, so nothing was started. Try again in a minute.');
    reader.locale = 'ru';
    expect((await errorState(running, undefined, valuesInWords)).message).toContain('за ноябрь 2026 г.');
    expect((await errorState(queueOff)).message).toBe('Фоновые задачи сейчас не работают, поэтому ничего не запущено. Попробуйте через минуту.');
    reader.locale = 'kk';
    expect((await errorState(running, undefined, valuesInWords)).message).toContain('2026 ж. қараша');
    expect((await errorState(queueOff)).message).toBe('Фондық жұмыстар қазір істемей тұр, сондықтан ештеңе іске қосылмады. Бір минуттан кейін қайталап көріңіз.');
  });

  it('puts the values of a field\'s message in words as well', async () => {
    reader.locale = 'en';
    const disputed = new AppError('rule_violation', { detailKey: 'errors.act.disputed_entries', values: { dates: '2026-11-05' }, fieldErrors: [{ field: 'period', message: 'validation.act.disputed_entries', values: { dates: '2026-11-05' } }] });
    expect((await errorState(disputed, undefined, valuesInWords)).fieldErrors).toEqual({ period: 'Some entries are disputed: 5 Nov 2026.' });
  });
});
