import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { actResponseOf } from '@/lib/acts/queries';
import { returnAct } from '@/lib/acts/review-act';
import { now } from '@/lib/clock';

export const POST = handle(endpoints.returnAct, async ({ actor, params, body, db }) => actResponseOf(db, await returnAct(db, actor, params.id, body, now())));
