import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { actResponseOf } from '@/lib/acts/queries';
import { submitAct } from '@/lib/acts/submit-act';
import { now } from '@/lib/clock';

export const POST = handle(endpoints.submitAct, async ({ actor, params, db }) => {
  const act = await submitAct(db, actor, params.id, now());
  return actResponseOf(db, act);
});
