import { createHash } from 'node:crypto';
import type { Lang } from '../i18n/lang.js';
import type { Message, MessageId } from '../i18n/message.js';
import { render, translator } from '../i18n/render.js';
import type { PubliccodeIssue, PubliccodeResult } from '../publiccode/validate.js';
import { type RuleCount, ruleChart } from './format-html-chart.js';
import { Markup, html } from './format-html-markup.js';
import { REPORT_SCRIPT } from './format-html-script.js';
import { DSFR_SOURCE, REPORT_STYLE } from './format-html-style.js';
import { fixText } from './format-fix.js';
import { type SourceId, citation } from './model/sources.js';
import { type FleetSummary, PUBLICCODE_FILE_RULE, adviceNotFollowed, failedByLevel, failedMusts, statusOf, summarize } from './model/summary.js';
import type { AuditResult, AuditStatus, ErrorResult, Level, PubliccodeFileResult, RepositoryResult } from './model/types.js';
import { RULES } from './rules/index.js';

type T = ReturnType<typeof translator>;

/** Each rule's title and sources, cited once in the per-rule table; a publiccode.yml audited alone counts under its own id. */
const RULE_INFO: ReadonlyMap<string, { title: MessageId; sources: readonly SourceId[] }> = new Map([
  ...RULES.map(({ id, title, sources }) => [id, { title, sources }] as const),
  [PUBLICCODE_FILE_RULE.id, { title: 'formats.rule.publiccodeFile', sources: ['publiccode'] }],
]);

/** A rule's title (a message without parameters), or nothing for an id no rule declares. */
function titleOf(id: string, lang: Lang): string {
  const info = RULE_INFO.get(id);
  return info ? render({ id: info.title } as Message, lang) : '';
}

const STATUS_BADGE: Readonly<Record<AuditStatus, { modifier: string; label: MessageId }>> = {
  'compliant': { modifier: 'success', label: 'formats.status.compliant' },
  'non-compliant': { modifier: 'error', label: 'formats.status.nonCompliant' },
  'error': { modifier: 'warning', label: 'values.check.status.error' },
};

const LEVELS: readonly Level[] = ['MUST', 'SHOULD', 'MAY'];

/** `'sha256-…'`: the one inline script or stylesheet the Content-Security-Policy lets run. */
const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Nothing from the network, no plugin, no form sent anywhere: the page's own style and script only. */
const contentSecurityPolicy = () =>
  `default-src 'none'; style-src ${hashSource(REPORT_STYLE)}; script-src ${hashSource(REPORT_SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;

const badge = (modifier: string, text: string) => html`<span class="badge badge--${modifier}">${text}</span>`;

const statusBadge = (status: AuditStatus, t: T) => badge(STATUS_BADGE[status].modifier, t(STATUS_BADGE[status].label));

/** The rule ids a path fails, whatever their level: what the rule filter looks for. */
function failedIds(result: AuditResult): string[] {
  if (result.kind === 'repository') return result.rules.filter((rule) => !rule.ok).map((rule) => rule.id);
  return failedMusts(result);
}

function summarySection(summary: FleetSummary, lang: Lang, t: T): Markup {
  const tiles: [MessageId, number][] = [
    ['html.summary.paths', summary.paths],
    ['html.summary.compliant', summary.compliant],
    ['html.summary.nonCompliant', summary.nonCompliant],
    ['html.summary.errors', summary.errors],
  ];
  const items = tiles.map(([label, value]) => html`<div class="tile"><dt>${render({ id: label } as Message, lang)}</dt><dd>${value}</dd></div>`);
  return html`<section aria-labelledby="summary-heading"><h2 id="summary-heading">${t('html.summary.heading')}</h2><dl class="tiles">${items}</dl></section>`;
}

function filters(summary: FleetSummary, lang: Lang, t: T): Markup {
  const statuses: [string, string][] = [
    ['all', t('html.filters.status.all')],
    ['compliant', t('formats.status.compliant')],
    ['non-compliant', t('formats.status.nonCompliant')],
    ['error', t('values.check.status.error')],
  ];
  const radios = statuses.map(([value, label]) =>
    html`<label><input type="radio" name="status" value="${value}"${value === 'all' ? html` checked` : html``}> ${label}</label>`);
  const options = Object.keys(summary.rules).map((id) => {
    const title = titleOf(id, lang);
    return html`<option value="${id}">${title ? `${id} — ${title}` : id}</option>`;
  });
  return html`<form id="filters" class="filters" aria-labelledby="filters-legend" novalidate>
<p id="filters-legend" class="sr-only">${t('html.filters.legend')}</p>
<fieldset class="radios"><legend>${t('html.filters.status')}</legend>${radios}</fieldset>
<div class="field"><label for="filter-rule">${t('html.filters.rule')}</label><select id="filter-rule" name="rule" class="input"><option value="">${t('html.filters.rule.any')}</option>${options}</select></div>
<div class="field"><label for="filter-search">${t('html.filters.search')}</label><input id="filter-search" name="search" type="search" class="input" autocomplete="off" spellcheck="false"></div>
<div><button type="reset" class="button button--secondary">${t('html.filters.reset')}</button></div>
</form>`;
}

function fleetRow(result: AuditResult, index: number, lang: Lang, t: T): Markup {
  const status = statusOf(result);
  const failed = failedByLevel(result);
  const counts = result.kind === 'error' ? ['—', '—'] : [String(failed.MUST), String(failed.SHOULD)];
  const which = result.kind === 'error'
    ? html`<p>${render(result.message, lang)}</p>`
    : html`<ul class="tags">${failedMusts(result).map((id) => html`<li class="tag">${id}</li>`)}</ul>`;
  return html`<tr data-status="${status}" data-failed="${failedIds(result).join(' ')}" data-path="${result.path}" data-detail="detail-${index}">
<th scope="row" id="path-${index}">${result.path}</th><td>${statusBadge(status, t)}</td><td class="number">${counts[0] ?? ''}</td><td class="number">${counts[1] ?? ''}</td>
<td>${which}<a class="button button--secondary button--small" href="#detail-${index}" data-open="detail-${index}" aria-describedby="path-${index}">${t('html.fleet.view')}</a></td></tr>`;
}

function fleetSection(results: readonly AuditResult[], summary: FleetSummary, lang: Lang, t: T): Markup {
  const columns = [t('check.column.repository'), t('formats.column.status'), t('formats.column.mustFailed'), t('formats.column.shouldFailed'), t('formats.column.detail')];
  const head = columns.map((column, index) => html`<th scope="col"${index === 2 || index === 3 ? html` class="number"` : html``}>${column}</th>`);
  const rows = results.map((result, index) => fleetRow(result, index, lang, t));
  return html`<section aria-labelledby="fleet-heading"><h2 id="fleet-heading">${t('html.fleet.heading')}</h2>
${filters(summary, lang, t)}
<p class="shown" role="status">${t('html.filters.shown')}${t('check.colon')}<span id="shown-count">${results.length}</span> / ${results.length}</p>
<p id="no-match" class="none" hidden>${t('html.filters.none')}</p>
<div class="table"><table id="fleet"><caption>${t('html.fleet.caption')}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function rulesSection(summary: FleetSummary, lang: Lang, t: T): Markup {
  const counts: RuleCount[] = Object.entries(summary.rules).map(([id, rule]) => ({ id, level: rule.level, failed: rule.failed, total: rule.failed + rule.passed }));
  const chart = ruleChart(counts, {
    title: t('html.chart.title'),
    desc: t('html.chart.desc', { items: counts.map(({ id, failed, total }) => t('html.chart.item', { id, failed, total })) }),
    value: ({ failed, total }) => `${failed} / ${total}`,
  });
  const legend = LEVELS.filter((level) => counts.some((count) => count.level === level))
    .map((level) => html`<li><span class="swatch swatch--${level}"></span>${t('check.level', { level })}</li>`);
  const rows = Object.entries(summary.rules).map(([id, rule]) => {
    // The policy's citations stay in French, as published.
    const source = citation(RULE_INFO.get(id)?.sources ?? []);
    return html`<tr><th scope="row">${id}</th><td>${titleOf(id, lang)}</td><td>${t('check.level', { level: rule.level })}</td><td class="number">${rule.failed}</td><td class="number">${rule.passed}</td><td class="source" lang="fr">${source}</td></tr>`;
  });
  const columns = (['html.rules.column.rule', 'html.rules.column.title', 'html.rules.column.level', 'html.rules.column.failed', 'html.rules.column.passed', 'check.source'] as const)
    .map((column, index) => html`<th scope="col"${index === 3 || index === 4 ? html` class="number"` : html``}>${t(column)}</th>`);
  return html`<section aria-labelledby="rules-heading"><h2 id="rules-heading">${t('html.rules.heading')}</h2>
<figure>${chart}<figcaption><ul class="legend">${legend}</ul></figcaption></figure>
<div class="table"><table id="rules"><caption>${t('html.rules.caption')}</caption><thead><tr>${columns}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function issueItem(issue: PubliccodeIssue): Markup {
  const where = issue.line > 0 ? `${issue.line}:${issue.column} ` : '';
  return html`<li>${where}${issue.key ? `${issue.key}: ` : ''}${issue.description}</li>`;
}

function publiccodeBlock(result: PubliccodeResult, t: T): Markup {
  const validity = t(result.valid ? 'check.valid' : 'check.invalid');
  const issues = [...result.errors.map(issueItem), ...result.warnings.map(issueItem)];
  return html`<div class="rule"><p class="rule__head"><span class="rule__id">${t('check.publiccode')}</span>${badge(result.valid ? 'success' : 'error', validity)}</p>
<p>${t('check.errors', { count: result.errors.length })}, ${t('check.warnings', { count: result.warnings.length })}</p>${issues.length > 0 ? html`<ul>${issues}</ul>` : html``}</div>`;
}

/** A rule's verdict, message and fix, as the text report gives them; its source is in the per-rule table. */
function ruleItem(rule: RepositoryResult['rules'][number], lang: Lang, t: T): Markup {
  const fix = rule.fix
    ? html`<p class="rule__fix">${t('fixes.label')}${t('check.colon')}${rule.fix.kind === 'command' ? html`<code>${fixText(rule.fix, lang)}</code>` : fixText(rule.fix, lang)}</p>`
    : html``;
  return html`<li class="rule"><p class="rule__head"><span class="rule__id">${rule.id}</span>${badge('info', t('check.level', { level: rule.level }))}${badge(rule.ok ? 'success' : 'error', t(rule.ok ? 'html.verdict.ok' : 'html.verdict.failed'))}</p>
<p>${render(rule.message, lang)}</p>${fix}</li>`;
}

function repositoryDetail(result: RepositoryResult, lang: Lang, t: T): Markup {
  const advice = adviceNotFollowed(result);
  const verdict = `${result.compliant ? t('check.compliant') : t('check.notCompliant', { ids: failedMusts(result) })}${advice > 0 ? ` (${t('check.advice', { count: advice })})` : ''}`;
  const failed = result.rules.filter((rule) => !rule.ok).length;
  return html`<p class="verdict">${verdict}</p>
<details><summary>${t('html.details.rules', { total: result.rules.length, failed })}</summary>
<ul class="rules">${result.rules.map((rule) => ruleItem(rule, lang, t))}</ul>${result.publiccode ? publiccodeBlock(result.publiccode, t) : html``}</details>`;
}

function publiccodeFileDetail(result: PubliccodeFileResult, t: T): Markup {
  return html`<p class="verdict">${t('check.publiccodeFile')}</p><details open><summary>${t('check.publiccode')}</summary>${publiccodeBlock(result.publiccode, t)}</details>`;
}

function errorDetail(result: ErrorResult, lang: Lang, t: T): Markup {
  return html`<p class="verdict">${t('values.check.errorVerdict', { message: render(result.message, lang) })}</p>`;
}

function detailOf(result: AuditResult, index: number, lang: Lang, t: T): Markup {
  const body = result.kind === 'error' ? errorDetail(result, lang, t) : result.kind === 'publiccode' ? publiccodeFileDetail(result, t) : repositoryDetail(result, lang, t);
  return html`<article class="detail" id="detail-${index}" aria-labelledby="detail-title-${index}"><h3 id="detail-title-${index}">${result.path}</h3>${statusBadge(statusOf(result), t)}
${body}</article>`;
}

/**
 * The HTML report: one self-contained page (inline style and script, allowed by their hashes
 * alone; nothing fetched), in the interface language. The fleet's table with its filters, the
 * count of each rule (chart and table) and each path's detail, every rule's verdict, message and
 * fix as the text report gives them. Every value read from a repository is escaped.
 */
export function renderHtml(results: readonly AuditResult[], lang: Lang): string {
  const t = translator(lang);
  const summary = summarize(results);
  const page = html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="codegouv">
<title>${t('html.title')}</title>
<style>${new Markup(REPORT_STYLE)}</style>
</head>
<body>
<header class="page-header"><div class="container"><h1>${t('html.title')}</h1><p>${t('html.intro', { total: results.length })}</p></div></header>
<main class="container">
${summarySection(summary, lang, t)}
${fleetSection(results, summary, lang, t)}
${rulesSection(summary, lang, t)}
<section aria-labelledby="details-heading"><h2 id="details-heading">${t('html.details.heading')}</h2>
${results.map((result, index) => detailOf(result, index, lang, t))}</section>
</main>
<footer class="page-footer"><div class="container"><p class="notice">${t('html.notice', { ...DSFR_SOURCE })}</p></div></footer>
<script>${new Markup(REPORT_SCRIPT)}</script>
</body>
</html>
`;
  return page.value;
}
