import type { RedactionKind } from '../../contract';

/**
 * What each redaction kind hides, in the words of the report's privacy line and of the
 * checkboxes (English; the window's catalog should take these over, keyed by kind).
 */
export const REDACTION_KIND_LABEL: Record<RedactionKind, string> = {
  'public-ip':
    'your public internet address (the address sites see, and others in your own provider-assigned range)',
  'lan-ip': 'addresses of devices in your home network (the router’s address stays)',
  mac: 'hardware (MAC) addresses',
  hostname: 'this computer’s name, in any spelling',
  username: 'your user name (in folder paths and Windows domain logons)',
  email: 'e-mail addresses',
  query: 'values in web addresses after ? and #, and key-like parts of their path',
  credential:
    'passwords, keys and tokens (login headers, cookies, API keys, user:password@ in web addresses)',
};

/** Short names of the kinds, for counts such as "3 hidden". */
export const REDACTION_KIND_SHORT: Record<RedactionKind, string> = {
  'public-ip': 'your public address',
  'lan-ip': 'home network addresses',
  mac: 'MAC addresses',
  hostname: 'computer name',
  username: 'user name',
  email: 'e-mail addresses',
  query: 'web address values',
  credential: 'passwords, keys and tokens',
};

/** Kinds hidden whenever redaction is on, whatever the per-kind choices say: never evidence. */
export const ALWAYS_REDACTED: readonly RedactionKind[] = ['credential'];

/** What stays visible on purpose: the evidence support desks need. */
export const REDACTION_KEEPS =
  'Kept on purpose: your router’s address, your internet provider’s routers on the path, DNS servers, the site’s and its CDN’s addresses, and CDN trace ids.';
