/**
 * Names of headers, parameters and fields that carry credentials. Shared by the probe (which
 * never keeps such values) and the report's redaction (which hides them in saved results too).
 */

// Header and parameter names whose value is a credential, whole name (lower case).
const CREDENTIAL_NAMES: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'cookie2',
  'set-cookie',
  'set-cookie2',
  'www-authenticate',
  'proxy-authenticate',
  'x-api-key',
  'x-auth-token',
  'x-csrf-token',
  'x-xsrf-token',
  'apikey',
  'passwd',
  'pwd',
  'sid',
  'phpsessid',
  'jsessionid',
  'aspsessionid',
  'x-amz-security-token',
  'x-goog-api-key',
  'dsn',
]);
// ...or one segment of it (split at - _ . and camelCase): x-foo-token, client_secret, apiKey.
const CREDENTIAL_SEGMENTS: ReadonlySet<string> = new Set([
  'token',
  'tokens',
  'secret',
  'secrets',
  'password',
  'passwd',
  'passphrase',
  'key',
  'apikey',
  'auth',
  'credential',
  'credentials',
  'cookie',
  'session',
  'sessionid',
  'signature',
  'sig',
  'jwt',
  'bearer',
  'otp',
  'pin',
]);
// CORS headers talk about credentials without carrying any.
const NOT_CREDENTIAL = /^access-control-/;

/** True when a header, parameter or field name says its value is a credential (case-insensitive). */
export function isCredentialName(name: string): boolean {
  if (name.length === 0 || name.length > 100) return false;
  const lower = name.trim().toLowerCase();
  if (NOT_CREDENTIAL.test(lower)) return false;
  if (CREDENTIAL_NAMES.has(lower)) return true;
  const segments = name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[-_.\s[\]]+/);
  return segments.some((s) => CREDENTIAL_SEGMENTS.has(s));
}
