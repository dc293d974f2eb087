// The shape of one language's texts, and the lookup every surface uses.
import type { FixUnavailableCode, GuideStepId, HintCode, ReasonTextId, SkipCode } from './findings';
import type {
  CheckId,
  Confidence,
  FixId,
  RedactionKind,
  ReportRecipient,
  SourceId,
  StepId,
  WhoActs,
} from './ids';
import type { OwnerCheckId } from './owner-checks';
import type { PageCodeId } from './page-codes';
import type { MtuLink } from './mtu-hop';
import type { ReportTexts } from './report-texts-en';
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
  /** A few words naming the problem, for the report mail's subject ("the site's servers fail"). */
  subject: string;
}

/** How the report screen and the report name whoever the report is for. */
export interface RecipientText {
  /** In the report's heading ("For: …") and the screen's intro. */
  label: string;
  /** Why this report helps them, one sentence for the report screen. */
  why: string;
  /** The mail button; null when nobody else needs the report (the user saves it). */
  email: string | null;
}

/** A verdict as the site's owner reads it, where that differs from the visitor's words. */
export interface OwnerVerdictText {
  title: string;
  /** Who must act, said to the owner ("you must fix this on the server"). */
  who: string;
}

/** The owner view's texts: owner wording per verdict and one label per command. */
export interface OwnerTexts {
  /** Verdicts whose visitor wording would mislead the owner (the others keep theirs). */
  verdicts: Readonly<Partial<Record<VerdictId, OwnerVerdictText>>>;
  /** What each command of owner-checks.ts shows. */
  checks: Readonly<Record<OwnerCheckId, string>>;
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

/** Everything a language has to say about verdicts, steps, checks, who acts findings and error pages. */
export interface TextCatalog extends FindingTexts {
  verdicts: Readonly<Record<VerdictId, VerdictText>>;
  steps: Readonly<Record<StepId, { title: string; body: string }>>;
  checks: Readonly<Record<CheckId, string>>;
  /** `name` inside a sentence ("Who must act: …"), `label` in the report, `sentence` on screen. */
  whoActs: Readonly<Record<WhoActs, { name: string; label: string; sentence: string }>>;
  confidence: Readonly<Record<Confidence, string>>;
  /** The per-hop chart (window and report); `{{ttl}}`, `{{ms}}`, `{{pct}}` are filled in. */
  hopChart: {
    title: string;
    ms: string;
    loss: string;
    hop: string;
    lossStarts: string;
    hopRtt: string;
    hopLoss: string;
  };
  /** "Tell me when it is back": the desktop notification and the window's message (`{{site}}`). */
  watch: {
    siteBackTitle: string;
    siteBack: string;
    networkBackTitle: string;
    networkBack: string;
  };
  owner: OwnerTexts;
  /** The software or service that wrote an error page, as named after "from" in a sentence. */
  sources: Readonly<Record<SourceId, string>>;
  /** What each code an error page prints means (PAGE_CODES), one plain sentence. */
  pageCodes: Readonly<Record<PageCodeId, string>>;
  /**
   * Where a path-MTU black hole starts (see mtuHopPhrase): `lost` with `{{hop}}`, `{{address}}` and
   * `{{link}}`, the link's words taking `{{hop}}`, `{{previousHop}}` and `{{previousAddress}}`.
   */
  mtuHop: { lost: string; links: Readonly<Record<MtuLink, string>> };
  /** Who a report is for (the verdict catalog's `reportTo`). */
  recipients: Readonly<Record<ReportRecipient, RecipientText>>;
  /** Exactly what each redaction kind hides: the report's privacy line and the window's checkboxes. */
  redaction: Readonly<Record<RedactionKind, string>>;
  /** The report's own wording (headings, table columns, readings, summary, mail). */
  report: ReportTexts;
}
