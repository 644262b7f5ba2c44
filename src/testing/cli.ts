/** For end-to-end tests: runs the built CLI (bin/rasid) as a user would, and checks clean failures. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../node/resources.js';

export const rasidBin = join(packageRoot, 'bin', 'rasid');

export interface RunResult {
  code: number | null;
  out: string;
  err: string;
}

export function runRasid(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): RunResult {
  const r = spawnSync(process.execPath, [rasidBin, ...args], {
    cwd: opts.cwd ?? packageRoot,
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
    maxBuffer: 256 << 20,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A failure as the user sees it: the documented exit code, one `rasid: …` message, no stack trace. */
export function assertCleanFailure(r: RunResult, code: number, message: RegExp): void {
  assert.equal(r.code, code, `exit ${r.code}, stderr: ${r.err}`);
  assert.match(r.err, /^rasid: /);
  assert.match(r.err, message);
  assert.doesNotMatch(r.err, /\n\s+at |node:internal|TypeError|ReferenceError/);
}
