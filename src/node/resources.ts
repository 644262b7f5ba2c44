import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resources } from '../resources.js';

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
export function defaultResources(): Resources {
  return (defaults ??= fileResources());
}
