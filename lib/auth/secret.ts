import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

/**
 * The session signing secret: AUTH_SECRET in production (required there); on a demo
 * machine one is generated once and kept in DATA_DIR so restarts keep people signed in.
 */
let cached: string | undefined;

export function authSecret(): string {
  // Read once per process: it is needed on every request and never changes while running.
  cached ??= readOrCreateSecret();
  return cached;
}

function readOrCreateSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const file = path.resolve(env.DATA_DIR, 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another bundle or instance wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return fs.readFileSync(file, 'utf8').trim();
  }
}
