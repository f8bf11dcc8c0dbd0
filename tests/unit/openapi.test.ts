import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { endpoints } from '@/lib/api/contract';
import { buildOpenApiDocument } from '@/lib/api/openapi';

const apiRoot = path.resolve(__dirname, '../../app/api/v1');

/** Every (path, method) a route file under app/api/v1 exports. */
function routesOnDisk(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') {
        const urlPath = '/api/v1/' + path.relative(apiRoot, dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, '{$1}')).join('/');
        const source = fs.readFileSync(full, 'utf8');
        for (const m of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${m[1]} ${urlPath}`);
      }
    }
  };
  walk(apiRoot);
  return found.sort();
}

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument();

  it('is OpenAPI 3.1', () => {
    expect(document.openapi).toBe('3.1.0');
  });

  it('describes exactly the endpoints that exist', () => {
    const described = Object.entries(document.paths ?? {})
      .flatMap(([p, item]) => Object.keys(item ?? {}).map((method) => `${method.toUpperCase()} ${p}`))
      .sort();
    expect(described).toEqual(routesOnDisk());
    expect(described.length).toBe(Object.keys(endpoints).length);
  });

  it('takes request schemas from the zod contract', () => {
    const op = document.paths?.['/api/v1/calendar/deadline']?.get;
    const names = (op?.parameters ?? []).map((p) => ('name' in p ? p.name : ''));
    expect(names.sort()).toEqual(['from', 'workingDays']);
    const tokenBody = document.paths?.['/api/v1/auth/token']?.post?.requestBody;
    expect(JSON.stringify(tokenBody)).toContain('TokenRequest');
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(expect.arrayContaining(['TokenRequest', 'Problem', 'Me', 'Deadline']));
  });

  it('declares problem+json for errors and security for protected endpoints', () => {
    const me = document.paths?.['/api/v1/me']?.get;
    expect(Object.keys(me?.responses?.['401'] && 'content' in me.responses['401'] ? me.responses['401'].content ?? {} : {})).toEqual(['application/problem+json']);
    expect(me?.security).toEqual([{ bearer: [] }, { session: [] }]);
    expect(document.paths?.['/api/v1/health']?.get?.security).toEqual([]);
  });
});
