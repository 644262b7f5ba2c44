/**
 * Data files (lexicons, knowledge base, models) reach the pure core through this interface,
 * so the core never touches the file system: Node reads them from the package's folder
 * (src/node/resources.ts), a browser can fetch them first and hand them over as a map.
 * Names are paths relative to the package root, e.g. `data/lexicons/stopwords.txt`.
 */
export interface Resources {
  /** The file's text, or null when it does not exist. */
  read(name: string): string | null;
}

const caches = new WeakMap<Resources, Map<string, unknown>>();

/** Builds a value from resources once per Resources object (parsed lexicons, indexes, models). */
export function cached<T>(res: Resources, key: string, build: (res: Resources) => T): T {
  let cache = caches.get(res);
  if (!cache) {
    cache = new Map();
    caches.set(res, cache);
  }
  if (cache.has(key)) return cache.get(key) as T;
  const value = build(res);
  cache.set(key, value);
  return value;
}

/** Reads a resource that must exist. */
export function required(res: Resources, name: string): string {
  const text = res.read(name);
  if (text == null) throw new Error(`resource ${name} is missing`);
  return text;
}

/** Resources held in memory (browser use, tests). */
export function memoryResources(files: Record<string, string>): Resources {
  return { read: (name) => (Object.prototype.hasOwnProperty.call(files, name) ? files[name]! : null) };
}
