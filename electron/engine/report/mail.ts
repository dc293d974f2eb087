import { fillText, textsFor } from '../../contract';
import { assertExportClean } from './build';
import { reportSummary } from './render-text';
import type { ReportModel } from './schema';

/** The report mail: a subject naming the problem and the time, and a plain-text body. */
export interface ReportMail {
  subject: string;
  body: string;
}

// Mail programs (and Windows' ShellExecute) cut long mailto: URLs; keep the whole URL under 2 KB.
const MAILTO_URL_LIMIT = 1900;

/** `2026-12-02 16:20 UTC` for an ISO time; the text itself when it is not a time. */
export function utcMinute(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = date.toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 16)} UTC`;
}

/**
 * The mail subject in the report's language: the site, the problem (the HTTP status when the
 * site answered with an error, then the verdict's few words) and the time in UTC.
 */
export function reportMailSubject(m: ReportModel): string {
  const texts = textsFor(m.language);
  const short = texts.verdicts[m.verdict.id].subject;
  const status = m.failingResponse?.status ?? null;
  const problem =
    status !== null && status >= 400
      ? fillText(texts.report.mail.withStatus, { status, problem: short })
      : short;
  return fillText(texts.report.mail.subject, {
    host: m.target.host,
    problem,
    time: utcMinute(m.run.startedAt),
  });
}

/** Subject and body (attach note first, then the summary) before the leak check. */
function composeMail(m: ReportModel, savedFile: string | null): ReportMail {
  const mail = textsFor(m.language).report.mail;
  const attach = savedFile === null ? mail.attachUnsaved : fillText(mail.attachSaved, { file: savedFile });
  return { subject: reportMailSubject(m), body: `${attach}\n\n${reportSummary(m)}` };
}

/**
 * The report mail for a built (redacted) model. The body never claims the report is attached:
 * it asks the user to attach the file they saved (`savedFile`, as they should see it), or to save
 * one first when `savedFile` is null. Throws RedactionError when the text would leak a value.
 */
export function reportMail(m: ReportModel, o: { savedFile: string | null }): ReportMail {
  const joined = (mm: ReportModel): string => {
    const mail = composeMail(mm, o.savedFile);
    return `${mail.subject}\n${mail.body}`;
  };
  assertExportClean(m, joined);
  // The file name is the user's, not the model's: judged on its own, so a private value in it
  // (the computer's name, say) is not excused by the baseline that contains it too.
  if (o.savedFile !== null) assertExportClean(m, o.savedFile);
  return composeMail(m, o.savedFile);
}

/**
 * The mailto: URL for a report mail: no recipient (the user adds it), the body cut at a line
 * end so the whole URL stays under the length mail programs accept, and then marked as
 * shortened (`shortenedNote`). The body's first line, the attach note, always stays.
 */
export function reportMailto(mail: ReportMail, shortenedNote: string): string {
  const make = (body: string): string =>
    `mailto:?subject=${encodeURIComponent(mail.subject)}&body=${encodeURIComponent(body)}`;
  if (make(mail.body).length <= MAILTO_URL_LIMIT) return make(mail.body);
  // Keep whole lines from the start while the URL (with the note) fits: one pass over the lines.
  const budget = MAILTO_URL_LIMIT - make(`\n${shortenedNote}`).length;
  const lines = mail.body.split('\n');
  let used = 0;
  let kept = 0;
  for (const line of lines) {
    const cost = encodeURIComponent(line).length + (kept > 0 ? 3 : 0); // '\n' encodes as %0A
    if (used + cost > budget) break;
    used += cost;
    kept += 1;
  }
  const head = kept > 0 ? lines.slice(0, kept).join('\n') : (lines[0] ?? '').slice(0, 300);
  return make(`${head}\n${shortenedNote}`);
}
