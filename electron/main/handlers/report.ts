import type { ChannelHandlers } from '../../contract';
import type { MainContext } from './context';

type ReportChannels = 'report:preview' | 'report:save' | 'report:copy-summary' | 'report:email-isp';

// Placeholder until the report owner lands the real handlers: every call fails clearly.
const notYet = (): never => {
  throw new Error('Reports are not available yet.');
};

/** Handlers for the report channels (the report owner replaces this file). */
export function createReportHandlers(_ctx: MainContext): Pick<ChannelHandlers, ReportChannels> {
  return { 'report:preview': notYet, 'report:save': notYet, 'report:copy-summary': notYet, 'report:email-isp': notYet };
}
