import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { actResponseOf, findActForActor } from '@/lib/acts/queries';
import { AppError } from '@/lib/errors';

export const GET = handle(endpoints.getAct, async ({ actor, params, db }) => {
  const act = await findActForActor(db, actor, params.id);
  if (!act) throw new AppError('not_found', { detailKey: 'errors.not_found.act' });
  return actResponseOf(db, act);
});
