/** The small storage interface elements use for state that must survive a reload (drafts, queued submissions). */
export interface CchcStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * An in-memory storage, used where `localStorage` is missing or blocked (private mode, server rendering, tests).
 *
 * @example
 * survey.storage = memoryStorage()
 */
export function memoryStorage(): CchcStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/**
 * The browser's `localStorage` when it is usable, otherwise an in-memory storage.
 *
 * @example
 * const storage = defaultStorage(); storage.setItem('cchc:draft', '{}')
 */
export function defaultStorage(): CchcStorage {
  try {
    const ls = globalThis.localStorage;
    if (ls) {
      const probe = '__cchc_probe__';
      ls.setItem(probe, '1');
      ls.removeItem(probe);
      return ls;
    }
  } catch {
    // Storage blocked (Safari private mode, sandboxed iframe): fall through.
  }
  return memoryStorage();
}
