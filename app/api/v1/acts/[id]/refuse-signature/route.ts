import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { actResponseOf } from '@/lib/acts/queries';
import { refuseToSignAct } from '@/lib/acts/refuse-signature';
import { now } from '@/lib/clock';

export const POST = handle(endpoints.refuseActSignature, async ({ actor, params, body, db }) => {
  const act = await refuseToSignAct(db, actor, params.id, body.reason, now());
  return actResponseOf(db, act);
});
