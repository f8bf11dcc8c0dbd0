import { getDb } from '@/db';
import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { searchProviders } from '@/lib/marketplace/search';

export const GET = handle(endpoints.providers, async ({ query }) => searchProviders(getDb(), { ...query, onDate: almatyDateOf(now()) }));
