import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { startMonthActs } from '@/lib/acts/month-act-batches';
import { now } from '@/lib/clock';
import { sendJob } from '@/lib/jobs/queue';

export const POST = handle(endpoints.startMonthActs, async ({ actor, body, db, request }) => {
  const job = await startMonthActs(db, actor, body, (j) => sendJob('acts-month-batch', j), now());
  const statusUrl = `/api/v1/acts/batches/${job.batchId}`;
  return Response.json(
    { batchId: job.batchId, period: job.period, statusUrl },
    { status: 202, headers: { location: new URL(statusUrl, request.url).toString(), 'cache-control': 'no-store' } },
  );
});
