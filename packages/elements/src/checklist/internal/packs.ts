// Shipped rule packs for the checklist, fetched on demand: each pack's JSON is a chunk of its own that the browser
// downloads the first time a checklist on the page asks for it (core's loadRulePack). A pack already loaded is given
// back at once, so a checklist whose dossier or date changes re-renders without passing through "loading".
import { CchcError, loadRulePack, type RulePack } from '@cchc/core';
import type { ReactiveControllerHost } from 'lit';
import { LoadError } from '../../shared/loadJson.js';

const ready = new Map<string, RulePack>();

/**
 * A shipped pack by id: the pack itself when this page has loaded it before, a promise of it otherwise (rejected
 * with core's bilingual CchcError for an unknown id).
 */
export function shippedPack(id: string): RulePack | Promise<RulePack> {
  return (
    ready.get(id) ??
    loadRulePack(id).then((pack) => {
      ready.set(id, pack);
      return pack;
    })
  );
}

/**
 * The pack of an element's latest input: given at once when it is at hand, else loaded — and the load of an older
 * input, should it finish later, is dropped rather than shown over the newer one.
 */
export class PackLoader {
  /** The load of the latest request, until its result was handed over. */
  pending: Promise<void> | undefined;
  private run = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Forgets the load in flight, if any: its result will be dropped. */
  reset(): void {
    this.run++;
    this.pending = undefined;
  }

  /**
   * Hands the pack asked for (an object, or a shipped pack's id) to `use` — now, or once loaded if no newer
   * request came meanwhile; a load that fails hands `fail` a bilingual CchcError (unknown id) or LoadError (the
   * chunk could not be fetched), and so does an error `use` throws.
   */
  request(
    asked: RulePack | string,
    use: (pack: RulePack) => void,
    fail: (error: unknown) => void,
  ): void {
    this.reset();
    const pack = typeof asked === 'string' ? shippedPack(asked) : asked;
    if (!(pack instanceof Promise)) {
      use(pack);
      return;
    }
    const run = this.run;
    const current = () => run === this.run;
    this.pending = pack
      .then(
        (loaded) => {
          if (current()) use(loaded);
        },
        (error: unknown) => {
          if (!current()) return;
          fail(
            error instanceof CchcError
              ? error
              : new LoadError(
                  `Không tải được bộ quy tắc "${asked}" (lỗi mạng)`,
                  `Could not load rule pack "${asked}" (network error)`,
                ),
          );
        },
      )
      .catch((error: unknown) => {
        if (current()) fail(error);
      })
      .finally(() => {
        if (!current()) return;
        this.pending = undefined;
        this.host.requestUpdate();
      });
  }
}
