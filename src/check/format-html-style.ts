/**
 * Where the HTML report's look comes from: the State's design system (DSFR), its npm package
 * read at this version. Only values are taken (colours, spacing steps, the sizes and shapes of its
 * table, badge, tag, button, input and accordion); no CSS, font, icon or emblem of the package is
 * copied. The page cites it (Licence Ouverte 2.0 asks for the source and its date), and says it is
 * not an official site (the DSFR's terms of use reserve its identity to State websites).
 * src/check/PROVENANCE.md lists the values and the files they were read from.
 */
export const DSFR_SOURCE = {
  design: 'Système de design de l\'État (DSFR)',
  version: '1.15.3',
  updated: '2026-09-09',
  licence: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
  source: 'https://github.com/GouvernementFR/dsfr',
} as const;

/**
 * System fonts only: the Marianne typeface is reserved for State websites
 * (https://www.info.gouv.fr/marque-de-letat/la-typographie).
 */
const SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';

/** The DSFR's light theme tokens (core.min.css custom properties, named as there). */
const TOKENS = `:root {
  --blue-france-sun-113: #000091;
  --blue-france-sun-113-hover: #1212ff;
  --blue-france-975: #f5f5fe;
  --blue-france-925: #e3e3fd;
  --grey-50: #161616;
  --grey-200: #3a3a3a;
  --grey-425: #666;
  --grey-900: #ddd;
  --grey-950: #eee;
  --grey-975: #f6f6f6;
  --success-425: #18753c;
  --success-950: #b8fec9;
  --error-425: #ce0500;
  --error-950: #ffe9e9;
  --warning-425: #b34000;
  --warning-950: #ffe9e6;
  --info-425: #0063cb;
  --info-950: #e8edff;
  --focus: #0a76f6;
}`;

/** The report's stylesheet, inlined in the page (its hash is in the Content-Security-Policy). */
export const REPORT_STYLE = `${TOKENS}
*, *::before, *::after { box-sizing: border-box; }
html { color-scheme: light; }
body { margin: 0; font-family: ${SYSTEM_FONTS}; font-size: 1rem; line-height: 1.5rem; color: var(--grey-50); background: #fff; }
.container { max-width: 78rem; margin: 0 auto; padding: 0 1.5rem; }
.page-header { border-bottom: 1px solid var(--grey-900); box-shadow: 0 8px 8px -8px rgba(0, 0, 18, 0.16); padding: 1.5rem 0; }
.page-header p { margin: 0; color: var(--grey-425); }
h1 { font-size: 2.5rem; line-height: 3rem; margin: 0 0 0.5rem; }
h2 { font-size: 2rem; line-height: 2.5rem; margin: 3rem 0 1.5rem; }
h3 { font-size: 1.375rem; line-height: 1.75rem; margin: 0 0 0.5rem; overflow-wrap: anywhere; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.tiles { display: flex; flex-wrap: wrap; gap: 1.5rem; margin: 0; padding: 0; }
.tile { flex: 1 1 12rem; margin: 0; padding: 1.5rem; background: #fff; border: 1px solid var(--grey-900); border-bottom: 4px solid var(--blue-france-sun-113); }
.tile dt { font-weight: 700; }
.tile dd { margin: 0.5rem 0 0; font-size: 2rem; line-height: 2.5rem; font-weight: 700; color: var(--blue-france-sun-113); }
.table { margin: 1rem 0 2.5rem; overflow-x: auto; }
.table table { width: 100%; border-collapse: collapse; }
.table caption { caption-side: top; text-align: left; font-size: 1.375rem; line-height: 1.75rem; font-weight: 700; margin-bottom: 1rem; }
.table th, .table td { font-size: 0.875rem; line-height: 1.5rem; padding: 0.5rem 1rem; text-align: left; vertical-align: middle; border-bottom: 1px solid var(--grey-900); }
.table thead th { background: var(--grey-975); font-weight: 700; border-bottom: 2px solid var(--grey-200); }
.table tbody th { font-weight: 700; overflow-wrap: anywhere; }
.table tbody tr:nth-child(even) { background: var(--grey-975); }
.table .number { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-flex; align-items: center; min-height: 1.5rem; padding: 0 0.5rem; border-radius: 0.25rem; font-size: 0.875rem; line-height: 1.5rem; font-weight: 700; text-transform: uppercase; background: var(--grey-950); color: var(--grey-50); white-space: nowrap; }
.badge--success { background: var(--success-950); color: var(--success-425); }
.badge--error { background: var(--error-950); color: var(--error-425); }
.badge--warning { background: var(--warning-950); color: var(--warning-425); }
.badge--info { background: var(--info-950); color: var(--info-425); }
.tags { display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 0; padding: 0; list-style: none; }
.tag { display: inline-flex; align-items: center; min-height: 1.5rem; padding: 0.125rem 0.5rem; border-radius: 0.75rem; font-size: 0.75rem; line-height: 1.25rem; background: var(--grey-950); color: var(--grey-50); }
.button { display: inline-flex; align-items: center; min-height: 2.5rem; padding: 0.5rem 1rem; border: 0; font: inherit; font-weight: 500; line-height: 1.5rem; color: var(--blue-france-975); background: var(--blue-france-sun-113); cursor: pointer; text-decoration: none; }
.button:hover { background: var(--blue-france-sun-113-hover); }
.button--secondary { color: var(--blue-france-sun-113); background: transparent; box-shadow: inset 0 0 0 1px var(--blue-france-sun-113); }
.button--secondary:hover { background: var(--grey-975); }
.button--small { min-height: 2rem; padding: 0.25rem 0.75rem; font-size: 0.875rem; }
.filters { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-end; margin: 0 0 1.5rem; padding: 1.5rem; border: 1px solid var(--grey-900); }
.filters legend { font-weight: 700; font-size: 1.125rem; padding: 0 0.5rem; }
.field { display: flex; flex-direction: column; min-width: 14rem; }
.field label, .field .field__label { margin-bottom: 0.5rem; }
.radios { display: flex; flex-wrap: wrap; gap: 0 1rem; border: 0; margin: 0; padding: 0; }
.radios legend { font-weight: 400; font-size: 1rem; padding: 0; margin-bottom: 0.5rem; }
.radios label { display: inline-flex; gap: 0.5rem; align-items: center; min-height: 2.5rem; }
.radios input { width: 1.25rem; height: 1.25rem; accent-color: var(--blue-france-sun-113); margin: 0; }
.input { font: inherit; min-height: 2.5rem; padding: 0.5rem 1rem; border: 0; border-radius: 0.25rem 0.25rem 0 0; background: var(--grey-950); color: var(--grey-50); box-shadow: inset 0 -2px 0 0 var(--grey-200); }
.shown { margin: 0 0 1rem; font-weight: 700; }
.none { margin: 0 0 1rem; padding: 1rem; background: var(--info-950); color: var(--info-425); }
.chart { width: 100%; max-width: 48rem; height: auto; display: block; margin: 1rem 0; }
.chart text { font-family: ${SYSTEM_FONTS}; font-size: 14px; fill: var(--grey-50); }
.chart .track { fill: var(--grey-950); }
.chart .bar--MUST { fill: var(--error-425); }
.chart .bar--SHOULD { fill: var(--warning-425); }
.chart .bar--MAY { fill: var(--info-425); }
.legend { display: flex; flex-wrap: wrap; gap: 1.5rem; margin: 0 0 1rem; padding: 0; list-style: none; font-size: 0.875rem; }
.legend li { display: inline-flex; align-items: center; gap: 0.5rem; }
.swatch { display: inline-block; width: 1rem; height: 1rem; }
.swatch--MUST { background: var(--error-425); }
.swatch--SHOULD { background: var(--warning-425); }
.swatch--MAY { background: var(--info-425); }
.detail { border-top: 1px solid var(--grey-900); padding: 1.5rem 0; }
.detail details { margin-top: 0.5rem; }
.detail summary { cursor: pointer; color: var(--blue-france-sun-113); font-weight: 500; padding: 0.75rem 1rem; min-height: 3rem; }
.detail summary:hover { background: var(--grey-975); }
.detail details[open] summary { background: var(--blue-france-925); }
.verdict { margin: 0.5rem 0; }
.rules { margin: 0; padding: 0; list-style: none; }
.rule { padding: 1rem; border-bottom: 1px solid var(--grey-900); }
.rule p { margin: 0.25rem 0; overflow-wrap: anywhere; }
.rule__head { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
.rule__id { font-weight: 700; }
.rule__fix { padding-left: 0.75rem; border-left: 4px solid var(--blue-france-sun-113); }
.notice { color: var(--grey-425); font-size: 0.875rem; }
.table td.source { min-width: 18rem; overflow-wrap: anywhere; }
code { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.875em; background: var(--grey-975); padding: 0 0.25rem; overflow-wrap: anywhere; }
.page-footer { margin-top: 3rem; padding: 1.5rem 0 2.5rem; border-top: 2px solid var(--blue-france-sun-113); }
`;
