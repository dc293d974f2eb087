// The shape of one language's texts, and the lookup every surface uses.
import type { CheckId, Confidence, SourceId, StepId, WhoActs } from './ids';
import type { PageCodeId } from './page-codes';
import type { VerdictId } from './verdicts';

/** One verdict's texts in one language. */
export interface VerdictText {
  /** Headline of the verdict screen and the report. */
  title: string;
  /** One plain sentence with the site's name (`{{host}}`): the CLI's first line. */
  summary: string;
  /** Who must act, as a sentence for the visitor. */
  who: string;
  /** Why, in plain words (the window, the CLI and the report). */
  why: string;
  /** Why, in technical words for the site's owner. */
  ownerWhy: string;
  /** What to ask whoever must act (the report). */
  askThem: readonly string[];
}

/** Everything a language has to say about verdicts, steps, checks, who acts and error pages. */
export interface TextCatalog {
  verdicts: Readonly<Record<VerdictId, VerdictText>>;
  steps: Readonly<Record<StepId, { title: string; body: string }>>;
  checks: Readonly<Record<CheckId, string>>;
  /** `name` inside a sentence ("Who must act: …"), `label` in the report, `sentence` on screen. */
  whoActs: Readonly<Record<WhoActs, { name: string; label: string; sentence: string }>>;
  confidence: Readonly<Record<Confidence, string>>;
  /** The software or service that wrote an error page, as named after "from" in a sentence. */
  sources: Readonly<Record<SourceId, string>>;
  /** What each code an error page prints means (PAGE_CODES), one plain sentence. */
  pageCodes: Readonly<Record<PageCodeId, string>>;
}
