/** The report formats of `codegouv check --format`; `--json` is `--format json`. */
export const REPORT_FORMATS = ['text', 'json', 'sarif', 'codequality', 'html'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function parseReportFormat(value: string): ReportFormat | undefined {
  return REPORT_FORMATS.find((format) => format === value);
}
