/** English catalog: the reference; every other catalog has exactly these keys. */
export const en = {
  app: { title: 'Gateway Doctor', noBridge: 'Gateway Doctor cannot reach its checking engine. Please restart the app.' },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every catalog must have. */
export type Catalog = Widen<typeof en>;
