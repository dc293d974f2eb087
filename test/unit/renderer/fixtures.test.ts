import { describe, expect, it } from 'vitest';
import {
  DiagnosisResultSchema,
  FixDescriptorSchema,
  FixPreviewSchema,
  HistoryEntrySchema,
  ReportPreviewSchema,
  VERDICT_IDS,
} from '../../../electron/contract';
import {
  SAMPLE_FIXES,
  SAMPLE_HISTORY,
  SAMPLE_REPORT,
  sampleOwnerResult,
  samplePreview,
  sampleResult,
} from '../../bridge/fixtures';

// The fake bridges must speak the real contract, or the component tests prove nothing.
describe('renderer test fixtures follow the contract', () => {
  it.each(VERDICT_IDS)('sample result %s is valid', (id) => {
    expect(DiagnosisResultSchema.safeParse(sampleResult(id)).success).toBe(true);
  });
  it('the owner sample result is valid', () => {
    expect(DiagnosisResultSchema.safeParse(sampleOwnerResult()).success).toBe(true);
  });
  it('fixes, previews, history and report preview are valid', () => {
    for (const f of SAMPLE_FIXES) {
      expect(FixDescriptorSchema.safeParse(f).success).toBe(true);
      expect(FixPreviewSchema.safeParse(samplePreview(f.id)).success).toBe(true);
    }
    for (const h of SAMPLE_HISTORY) expect(HistoryEntrySchema.safeParse(h).success).toBe(true);
    expect(ReportPreviewSchema.safeParse(SAMPLE_REPORT).success).toBe(true);
  });
});
