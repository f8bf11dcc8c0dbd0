import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';

export const GET = handle(endpoints.me, async ({ actor }) => ({
  id: actor.userId,
  role: actor.role,
  name: actor.name,
  ...(actor.bin ? { bin: actor.bin } : actor.iin ? { iin: actor.iin } : {}),
}));
