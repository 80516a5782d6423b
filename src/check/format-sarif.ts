import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Lang } from '../i18n/lang.js';
import type { Message, MessageId } from '../i18n/message.js';
import { render, translator } from '../i18n/render.js';
import { packageRoot } from '../support/paths.js';
import { fixJson, fixText } from './format-fix.js';
import { NOT_AUDITED_RULE, findingsOf } from './format-findings.js';
import { type SourceId, citation } from './model/sources.js';
import { PUBLICCODE_FILE_RULE } from './model/summary.js';
import type { AuditResult, Level } from './model/types.js';
import { RULES } from './rules/index.js';

/** SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), as GitHub code scanning reads it. */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF levels: a MUST fails the audit, a SHOULD is advice, a MAY a note; a path not audited is an error. */
const SARIF_LEVEL: Readonly<Record<Level, 'error' | 'warning' | 'note'>> = { MUST: 'error', SHOULD: 'warning', MAY: 'note' };

/** Relative URIs resolve from the root of the checked-out repository, the folder `check` runs in. */
const SOURCE_ROOT = '%SRCROOT%';

interface Descriptor {
  id: string;
  level: Level | null;
  title: MessageId;
  sources: readonly SourceId[];
}

const DESCRIPTORS: readonly Descriptor[] = [
  ...RULES.map(({ id, level, title, sources }) => ({ id, level, title, sources })),
  { ...PUBLICCODE_FILE_RULE, title: 'formats.rule.publiccodeFile', sources: ['publiccode'] },
  { id: NOT_AUDITED_RULE, level: null, title: 'formats.rule.notAudited', sources: [] },
];

const levelOf = (level: Level | null) => (level ? SARIF_LEVEL[level] : 'error');

function ruleDescriptor(descriptor: Descriptor, lang: Lang): ReportingDescriptor {
  const source = citation(descriptor.sources);
  const url = /https:\/\/[^\s;]+/u.exec(source)?.[0];
  return {
    id: descriptor.id,
    shortDescription: { text: render({ id: descriptor.title } as Message, lang) },
    ...(source ? { help: { text: source } } : {}),
    ...(url ? { helpUri: url } : {}),
    defaultConfiguration: { level: levelOf(descriptor.level) },
  };
}

/** A URI reference: each segment of the POSIX path percent-encoded (spaces, `#`, `%` and non-ASCII names). */
const uriOf = (file: string) => file.split('/').map(encodeURIComponent).join('/');

function toolVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * One run: every rule of the checklist, then one result per failed requirement and per path that
 * could not be audited (also a tool notification, the run then not successful). Locations are
 * relative to `%SRCROOT%`, the folder `check` runs in.
 */
export function renderSarif(results: readonly AuditResult[], lang: Lang): string {
  const index = new Map(DESCRIPTORS.map((descriptor, position) => [descriptor.id, position]));
  const t = translator(lang);
  const findings = findingsOf(results);
  // SARIF's own `fixes` are byte replacements: a command or an edit to make goes in the message, and as data in `properties.fix`.
  const sarifResults: Result[] = findings.map((finding) => ({
    ruleId: finding.ruleId,
    ruleIndex: index.get(finding.ruleId) ?? -1,
    level: levelOf(finding.level),
    message: { text: `${render(finding.message, lang)}${finding.fix ? ` ${t('fixes.label')}${t('check.colon')}${fixText(finding.fix, lang)}` : ''}` },
    ...(finding.fix ? { properties: { fix: fixJson(finding.fix, lang) } } : {}),
    locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(finding.file), uriBaseId: SOURCE_ROOT }, region: { startLine: finding.line } } }],
    partialFingerprints: { 'codegouv/v1': finding.fingerprint },
  }));
  const notAudited = findings.filter((finding) => finding.ruleId === NOT_AUDITED_RULE);
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'codegouv', version: toolVersion(), rules: DESCRIPTORS.map((descriptor) => ruleDescriptor(descriptor, lang)) } },
      invocations: [{
        executionSuccessful: notAudited.length === 0,
        toolExecutionNotifications: notAudited.map((finding) => ({
          level: 'error' as const,
          message: { text: render(finding.message, lang) },
          locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(finding.file), uriBaseId: SOURCE_ROOT } } }],
        })),
      }],
      results: sarifResults,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
