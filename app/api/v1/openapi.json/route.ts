import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { buildOpenApiDocument } from '@/lib/api/openapi';

export const GET = handle(endpoints.openapi, async () => buildOpenApiDocument() as unknown as Record<string, unknown>);
