import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resources } from '../resources.js';
import { kbFilesFromEnv, withUserKb } from './kb/user-files.js';

/** The package root: dist/node/resources.js → ../.. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Reads data files from the installed package (and, first, from extra folders a user names). */
export function fileResources(extraRoots: string[] = []): Resources {
  const roots = [...extraRoots, packageRoot];
  return {
    read(name: string): string | null {
      for (const root of roots) {
        try {
          return readFileSync(join(root, name), 'utf8');
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        }
      }
      return null;
    },
  };
}

let defaults: Resources | null = null;
let userKbFiles: string[] = [];
/** The package's data files, plus the user's knowledge-base files (RASID_KB, `--kb FILE`: see src/node/kb/user-files.ts). */
export function defaultResources(): Resources {
  return (defaults ??= withUserKb(fileResources(), [...kbFilesFromEnv(), ...userKbFiles]));
}

/** Adds knowledge-base files named on the command line (`rasid analyze --kb FILE`) to the default resources. */
export function useUserKb(files: string[]): void {
  userKbFiles = files;
  defaults = null;
}
