/** Parses an absolute URL; null instead of a TypeError for anything that is not one. */
export function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
