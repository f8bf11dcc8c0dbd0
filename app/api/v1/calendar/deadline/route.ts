import { getDb } from '@/db';
import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { formatInstantAlmaty } from '@/lib/calendar';
import { computeWorkingDayDeadline } from '@/lib/calendar/queries';

export const GET = handle(endpoints.deadline, async ({ query }) => {
  const deadline = await computeWorkingDayDeadline(getDb(), new Date(query.from), query.workingDays);
  return { deadline: formatInstantAlmaty(deadline) };
});
