import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { formAct } from '@/lib/acts/form-act';
import { listActs } from '@/lib/acts/list-acts';
import { actView } from '@/lib/acts/queries';
import { now } from '@/lib/clock';

export const POST = handle(endpoints.formAct, async ({ actor, body, db }) => {
  const { act, lines } = await formAct(db, actor, body, now());
  return actView(act, lines, []);
});

export const GET = handle(endpoints.listActs, async ({ actor, query, db }) => listActs(db, actor, query, now()));
