import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';

export const GET = handle(endpoints.health, async () => ({ status: 'ok' as const }));
