// Where a path-MTU black hole starts, in words: which of the catalogs' `mtuHop.links` phrases fits
// the path-mtu check's evidence (startsAtHop, previousHop, their addresses, the router). The words
// live in texts-*.ts; every surface fills them with these values.

/** The link a black hole starts on, as the text catalogs name it. */
export const MTU_LINKS = ['first-link', 'router-to-provider', 'between-hops', 'up-to-hop'] as const;
export type MtuLink = (typeof MTU_LINKS)[number];

/** The phrase for a located black hole and the values its texts take. */
export interface MtuHopPhrase {
  link: MtuLink;
  values: { hop: number; address: string; previousHop: number; previousAddress: string };
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * The phrase for the path-mtu check's evidence, or null when it located no hop. Hop 1 is the link
 * from this computer to the router; hop 2 right after the router (hop 1) is the router's link to
 * the provider; further out it is the link between the last hop large packets reached and the hop
 * they no longer reach (or, when no hop before it answered, somewhere up to that hop).
 */
export function mtuHopPhrase(evidence: Readonly<Record<string, unknown>>): MtuHopPhrase | null {
  const hop = num(evidence.startsAtHop);
  const address = str(evidence.startsAtAddress);
  if (hop === null || hop < 1 || address === null) return null;
  const previousHop = num(evidence.previousHop) ?? 0;
  const previousAddress = str(evidence.previousAddress);
  const router = str(evidence.router);
  const values = { hop, address, previousHop, previousAddress: previousAddress ?? '' };
  if (hop === 1) return { link: 'first-link', values };
  if (previousHop < 1 || previousAddress === null) return { link: 'up-to-hop', values };
  const afterRouter = hop === 2 && previousHop === 1 && router !== null && previousAddress === router;
  return { link: afterRouter ? 'router-to-provider' : 'between-hops', values };
}
