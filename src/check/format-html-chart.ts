import { type Markup, html } from './format-html-markup.js';
import type { Level } from './model/types.js';

export interface RuleCount {
  id: string;
  level: Level;
  failed: number;
  /** Paths judged on the rule. */
  total: number;
}

interface ChartTexts {
  title: string;
  desc: string;
  /** What a bar's value says, `3 / 30`, next to it. */
  value: (count: RuleCount) => string;
}

const ROW = 28;
const LABEL_WIDTH = 130;
const BAR_WIDTH = 420;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 90;

/**
 * One horizontal bar per rule: how many paths fail it, out of the paths judged on it. An image
 * with its title and description (the values in words); each value is also written beside its
 * bar, and the table under the chart holds them all.
 */
export function ruleChart(counts: readonly RuleCount[], texts: ChartTexts): Markup {
  const height = Math.max(1, counts.length) * ROW + 8;
  const bars = counts.map((count, index) => {
    const y = index * ROW + 4;
    const length = count.total > 0 ? Math.round((count.failed / count.total) * BAR_WIDTH) : 0;
    return html`<g><text x="0" y="${y + 18}">${count.id}</text><rect class="track" x="${LABEL_WIDTH}" y="${y + 4}" width="${BAR_WIDTH}" height="${ROW - 10}"></rect><rect class="bar--${count.level}" x="${LABEL_WIDTH}" y="${y + 4}" width="${length}" height="${ROW - 10}"></rect><text x="${LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + 18}">${texts.value(count)}</text></g>`;
  });
  return html`<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}"><title id="chart-title">${texts.title}</title><desc id="chart-desc">${texts.desc}</desc>${bars}</svg>`;
}
