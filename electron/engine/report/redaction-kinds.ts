import { textsEn } from '../../contract';
import type { RedactionKind } from '../../contract';

export { ALWAYS_REDACTED } from '../../contract';

/**
 * What each redaction kind hides, in English: the text catalog's words (`redaction`), which the
 * report's privacy line and the window's checkboxes both show.
 */
export const REDACTION_KIND_LABEL: Readonly<Record<RedactionKind, string>> = textsEn.redaction;
