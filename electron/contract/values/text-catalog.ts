// The shape of one language's texts, and the lookup every surface uses.
import type { FixUnavailableCode, GuideStepId, HintCode, ReasonTextId, SkipCode } from './findings';
import type { CheckId, Confidence, FixId, StepId, WhoActs } from './ids';
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

/** A count in words: `{{n}}` is the number. */
interface Plural {
  one: string;
  other: string;
}

/** A quick fix in words, as the window shows it before it runs. */
export interface FixText {
  title: string;
  description: string;
  /** How we find out whether it worked. */
  verify: string;
  undo: string;
}

/** What the engine found and why checks did not run (codes in findings.ts), and the quick fixes. */
export interface FindingTexts {
  reasons: Readonly<Record<ReasonTextId, string>>;
  skips: Readonly<Record<SkipCode, string>>;
  hints: Readonly<Record<HintCode, string>>;
  fixes: Readonly<Record<FixId, FixText>>;
  fixUnavailable: Readonly<Record<FixUnavailableCode, string>>;
  /** The steps of the guided fixes. */
  guideSteps: Readonly<Record<GuideStepId, string>>;
  /** Durations of a `Span` value, in the form the reason texts need. */
  units: Readonly<Record<'day' | 'hour' | 'minute', Plural>>;
  /** A reason saved by a version that kept only English words (`{{check}}`: the check's label). */
  olderReason: string;
}

/** Everything a language has to say about verdicts, steps, checks, who acts and findings. */
export interface TextCatalog extends FindingTexts {
  verdicts: Readonly<Record<VerdictId, VerdictText>>;
  steps: Readonly<Record<StepId, { title: string; body: string }>>;
  checks: Readonly<Record<CheckId, string>>;
  /** `name` inside a sentence ("Who must act: …"), `label` in the report, `sentence` on screen. */
  whoActs: Readonly<Record<WhoActs, { name: string; label: string; sentence: string }>>;
  confidence: Readonly<Record<Confidence, string>>;
}
