import { describe, expect, it } from 'vitest';
import { MONTH_ACTS_STALE_MS, progressOf } from '@/lib/acts/month-act-batches';

/** A batch's entries as the audit log holds them, a second apart from the request on. */
const requestedAt = new Date('2026-12-01T06:00:00Z');
const entries = (list: [string, Record<string, unknown>][]) =>
  list.map(([action, data], i) => ({ action, at: new Date(requestedAt.getTime() + i * 1000), data: { period: '2026-11', ...data } }));
const last = (list: { at: Date }[]) => list[list.length - 1]!.at;
const after = (list: { at: Date }[], ms: number) => new Date(last(list).getTime() + ms);

describe('the progress of a month-end batch', () => {
  it('counts only the run that started last: a copy that lost the batch adds nothing and ends nothing', () => {
    const log = entries([
      ['act_batch.requested', {}],
      ['act_batch.started', { run: 'a', orders: 4 }],
      ['act_batch.chunk', { run: 'a', judged: 2, formed: 2, skipped: [] }],
      // The queue expired the job and started a copy while the first still ran.
      ['act_batch.started', { run: 'b', orders: 4 }],
      ['act_batch.chunk', { run: 'a', judged: 2, formed: 1, skipped: [{ orderId: 'o4', orderNumber: 'QZ-4', rule: 'nothing_rendered', values: {} }] }],
      ['act_batch.finished', { run: 'a', orders: 4, formed: 3, skipped: 1 }],
      ['act_batch.chunk', { run: 'b', judged: 2, formed: 0, skipped: [] }],
    ]);
    expect(progressOf('batch', requestedAt, log, after(log, 1000))).toMatchObject({ state: 'running', stale: false, orders: 4, judged: 2, formed: 0, skipped: [] });
    const failedCopy = [...log, ...entries([['act_batch.failed', { run: 'a', reason: 'error' }]]).map((e) => ({ ...e, at: after(log, 1000) }))];
    expect(progressOf('batch', requestedAt, failedCopy, after(failedCopy, 1000))).toMatchObject({ state: 'running', judged: 2 });
  });

  it('is failed (stale) once a queued or running batch has written nothing for 15 minutes, not before', () => {
    const queued = entries([['act_batch.requested', {}]]);
    expect(progressOf('batch', requestedAt, queued, after(queued, MONTH_ACTS_STALE_MS - 1))).toMatchObject({ state: 'queued', stale: false });
    expect(progressOf('batch', requestedAt, queued, after(queued, MONTH_ACTS_STALE_MS))).toMatchObject({ state: 'failed', stale: true });
    const running = entries([
      ['act_batch.requested', {}],
      ['act_batch.started', { run: 'a', orders: 400 }],
      ['act_batch.chunk', { run: 'a', judged: 200, formed: 200, skipped: [] }],
    ]);
    expect(progressOf('batch', requestedAt, running, after(running, MONTH_ACTS_STALE_MS - 1))).toMatchObject({ state: 'running', stale: false, judged: 200 });
    expect(progressOf('batch', requestedAt, running, after(running, MONTH_ACTS_STALE_MS))).toMatchObject({ state: 'failed', stale: true, judged: 200, formed: 200 });
    const done = [...running, ...entries([['act_batch.finished', { run: 'a' }]]).map((e) => ({ ...e, at: after(running, 1000) }))];
    expect(progressOf('batch', requestedAt, done, after(done, 24 * 3600_000))).toMatchObject({ state: 'done', stale: false });
  });
});
