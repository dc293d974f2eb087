// The contract's zod-free value layer: ids, codes, the verdict catalog and the text catalogs.
// The renderer may import values from here (and only types from the rest of the contract).
export * from './ids';
export * from './evidence';
export * from './verdicts';
export * from './findings';
export * from './catalogs';
export * from './finding-words';
export * from './hop-chart';
export * from './retry-after';
export * from './shell-quote';
export * from './owner-checks';
export * from './owner-checklist';
export * from './page-codes';
export * from './mtu-hop';
export type {
  FindingTexts,
  FixText,
  OwnerTexts,
  OwnerVerdictText,
  RecipientText,
  TextCatalog,
  VerdictText,
} from './text-catalog';
export type { ReportTexts } from './report-texts-en';
export { textsEn } from './texts-en';
export { textsDe } from './texts-de';
export { ownerTextsEn } from './owner-texts-en';
export { ownerTextsDe } from './owner-texts-de';
