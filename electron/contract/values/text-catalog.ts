// The shape of one language's texts, and the lookup every surface uses.
import type { CheckId, Confidence, RedactionKind, ReportRecipient, StepId, WhoActs } from './ids';
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

/** Everything a language has to say about verdicts, steps, checks and who acts. */
export interface TextCatalog {
  verdicts: Readonly<Record<VerdictId, VerdictText>>;
  steps: Readonly<Record<StepId, { title: string; body: string }>>;
  checks: Readonly<Record<CheckId, string>>;
  /** `name` inside a sentence ("Who must act: …"), `label` in the report, `sentence` on screen. */
  whoActs: Readonly<Record<WhoActs, { name: string; label: string; sentence: string }>>;
  confidence: Readonly<Record<Confidence, string>>;
  /** Who a report is for (the verdict catalog's `reportTo`). */
  recipients: Readonly<Record<ReportRecipient, RecipientText>>;
  /** Exactly what each redaction kind hides: the report's privacy line and the window's checkboxes. */
  redaction: Readonly<Record<RedactionKind, string>>;
  /** The report's own wording (headings, table columns, readings, summary, mail). */
  report: ReportTexts;
}
