/**
 * A light check of what the person typed; the engine validates for real.
 * Returns the text to send (trimmed) or null when it cannot be a web address.
 */
export function normaliseSiteInput(input: string): string | null {
  const text = input.trim();
  if (text.length === 0 || text.length > 2048 || /\s/.test(text)) return null;
  const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (m && !/^https?$/i.test(m[1] ?? '')) return null;
  if (!m && /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text)) return null;
  try {
    const url = new URL(m ? text : `https://${text}`);
    return url.hostname.length > 0 ? text : null;
  } catch {
    return null;
  }
}

/** A full http(s) URL for what the person typed (https when no scheme was given). */
export function siteUrl(input: string): string {
  return /^https?:\/\//i.test(input) ? input : `https://${input}`;
}

/** The host name to show in sentences ("Checking example.com"). */
export function siteLabel(input: string): string {
  try {
    return new URL(siteUrl(input)).host;
  } catch {
    return input;
  }
}
