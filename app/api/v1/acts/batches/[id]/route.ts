import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { getMonthActsProgress } from '@/lib/acts/month-act-batches';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';

export const GET = handle(endpoints.getMonthActs, async ({ actor, params, db }) => {
  const progress = await getMonthActsProgress(db, actor, now(), params.id);
  if (!progress) throw new AppError('not_found', { detailKey: 'errors.not_found.detail' });
  const { requestedAt: _requestedAt, ...status } = progress;
  return status;
});
