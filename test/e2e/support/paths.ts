import { fileURLToPath } from 'node:url';

/** Repository root (with a trailing slash). */
export const REPO = fileURLToPath(new URL('../../..', import.meta.url));
/** The built renderer. */
export const RENDERER = `${REPO}out/renderer`;
/** Screenshots the lead and the closing note look at. */
export const SHOTS = `${REPO}test-results/screens`;
