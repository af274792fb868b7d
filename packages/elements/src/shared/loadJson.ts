import type { Lang } from './lang.js';

/** A failed `src` load, with a message in both languages. */
export class LoadError extends Error {
  readonly text: { vi: string; en: string };
  constructor(vi: string, en: string) {
    super(`${vi} / ${en}`);
    this.name = 'LoadError';
    this.text = { vi, en };
  }
  /** The message in one language. */
  in(lang: Lang): string {
    return this.text[lang];
  }
}

/**
 * Fetches a JSON document for an element's `src` attribute, turning network and parse failures into a bilingual {@link LoadError}.
 *
 * @param url - The URL (relative to the page).
 * @param signal - Aborts the request when the element's `src` changes or it is removed.
 * @returns The parsed JSON (validate it with the matching zod schema before use).
 * @example
 * const pack = await loadJson(this.src, this.#abort.signal)
 */
export async function loadJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: signal ?? null,
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new LoadError(
      `Không tải được ${url} (lỗi mạng)`,
      `Could not load ${url} (network error)`,
    );
  }
  if (!response.ok) {
    throw new LoadError(
      `Không tải được ${url} (HTTP ${response.status})`,
      `Could not load ${url} (HTTP ${response.status})`,
    );
  }
  try {
    return await response.json();
  } catch {
    throw new LoadError(`${url} không phải JSON hợp lệ`, `${url} is not valid JSON`);
  }
}
