// The shape of one language's texts, and the lookup every surface uses.
import type { CheckId, Confidence, StepId, WhoActs } from './ids';
import type { MtuLink } from './mtu-hop';
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

/** Everything a language has to say about verdicts, steps, checks and who acts. */
export interface TextCatalog {
  verdicts: Readonly<Record<VerdictId, VerdictText>>;
  steps: Readonly<Record<StepId, { title: string; body: string }>>;
  checks: Readonly<Record<CheckId, string>>;
  /** `name` inside a sentence ("Who must act: …"), `label` in the report, `sentence` on screen. */
  whoActs: Readonly<Record<WhoActs, { name: string; label: string; sentence: string }>>;
  confidence: Readonly<Record<Confidence, string>>;
  /**
   * Where a path-MTU black hole starts (see mtuHopPhrase): `lost` with `{{hop}}`, `{{address}}` and
   * `{{link}}`, the link's words taking `{{hop}}`, `{{previousHop}}` and `{{previousAddress}}`.
   */
  mtuHop: { lost: string; links: Readonly<Record<MtuLink, string>> };
}
