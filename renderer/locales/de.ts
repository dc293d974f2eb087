import type { Catalog } from './en';

/** German catalog. */
export const de: Catalog = {
  app: { title: 'Gateway Doctor', noBridge: 'Gateway Doctor erreicht seine Prüfmaschine nicht. Bitte starten Sie die App neu.' },
};
