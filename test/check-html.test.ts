import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../src/i18n/catalogue.js';
import { codegouv, repoRoot } from './fixtures.js';

/**
 * `codegouv check --format html`: one self-contained page for a fleet. Its markup is read with a
 * real HTML parser (parse5, the WHATWG algorithm), then the page is opened in Debian's Chromium
 * through playwright-core (DevTools protocol), on a generated fleet of 30 repositories, two of
 * them with hostile names.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`check-html: Chromium is not at ${CHROMIUM} (apt-get install -y chromium): the browser test is skipped.`);

/** Names a careless page would run or break on: they must show as text. */
const HOSTILE = ['<script>alert(1)<!--"x\'&amp;', '<img src=x onerror=alert(2)>'];

interface Repository { name: string; status: 'compliant' | 'non-compliant'; failsL1: boolean }

const fleet: Repository[] = [];
let root: string;
let htmlFr: string;
let htmlEn: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'codegouv-html-'));
  const model = join(root, 'model');
  mkdirSync(model);
  const made = codegouv(model, [
    '--yes', '--administration', 'Ministère de l\'Exemple', '--licence', 'Apache-2.0', '--project-name', 'mon-outil',
    '--description', 'Un outil pour instruire les demandes', '--long-description', 'Cet outil aide les agents à instruire les demandes des usagers : il rassemble les pièces, vérifie leur complétude et prépare les courriers de réponse.',
    '--features', 'Instruction des demandes', '--repository-url', 'https://github.com/ministere-exemple/mon-outil',
    '--contact-name', 'Équipe outil', '--contact-email', 'equipe.outil@exemple.gouv.fr',
  ]);
  expect(made.status, made.stderr).toBe(0);
  const fleetDir = join(root, 'fleet');
  mkdirSync(fleetDir);
  // A third compliant, a third without LICENSE (L1 and F1 fail), a third without README (F1 only).
  const names = [...Array.from({ length: 28 }, (_, index) => `depot-${String(index + 1).padStart(2, '0')}`), ...HOSTILE];
  names.forEach((name, index) => {
    const dir = join(fleetDir, name);
    cpSync(model, dir, { recursive: true });
    const variant = index % 3;
    if (variant === 1) rmSync(join(dir, 'LICENSE'));
    if (variant === 2) rmSync(join(dir, 'README.md'));
    fleet.push({ name, status: variant === 0 ? 'compliant' : 'non-compliant', failsL1: variant === 1 });
  });
  const run = (lang: string) => {
    const result = codegouv(fleetDir, ['check', '--format', 'html', '--lang', lang, ...names]);
    expect(result.status, result.stderr).toBe(1);
    return result.stdout;
  };
  htmlFr = run('fr');
  htmlEn = run('en');
  writeFileSync(join(root, 'report.html'), htmlFr);
}, 120_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

// ---- reading the markup with parse5 ----

const isElement = (node: Node): node is Element => 'tagName' in node;

function elements(node: Node): Element[] {
  const found: Element[] = [];
  const walk = (current: Node) => {
    if (isElement(current)) found.push(current);
    if ('childNodes' in current) current.childNodes.forEach(walk);
  };
  walk(node);
  return found;
}

const attr = (element: Element, name: string) => element.attrs.find((attribute) => attribute.name === name)?.value;

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function parsed(html: string): { all: Element[]; errors: string[] } {
  const errors: string[] = [];
  const document = parse(html, { onParseError: (error) => errors.push(`${error.code} at ${error.startLine}:${error.startCol}`) });
  return { all: elements(document), errors };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('check --format html: the markup', () => {
  it('is a valid HTML document in the language asked for, French by default', () => {
    for (const [html, lang] of [[htmlFr, 'fr'], [htmlEn, 'en']] as const) {
      const { all, errors } = parsed(html);
      expect(errors).toEqual([]);
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(attr(all.find((element) => element.tagName === 'html')!, 'lang')).toBe(lang);
      expect(textOf(all.find((element) => element.tagName === 'title')!)).toBe(CATALOGUES[lang]['html.title']);
      const caption = all.find((element) => attr(element, 'id') === 'fleet')!.childNodes.find((node) => node.nodeName === 'caption')!;
      expect(textOf(caption)).toBe(CATALOGUES[lang]['html.fleet.caption']);
      expect(codegouv(root, ['check', '--help', '--lang', lang]).stdout).toContain('--format text|json|sarif|codequality|html');
    }
  });

  it('has one row per repository, hostile names as plain text and attributes, never markup', () => {
    const { all } = parsed(htmlFr);
    const rows = all.filter((element) => element.tagName === 'tr' && attr(element, 'data-path') !== undefined);
    expect(rows.map((row) => attr(row, 'data-path'))).toEqual(fleet.map((repository) => repository.name));
    expect(rows.map((row) => textOf(row.childNodes.find((cell) => cell.nodeName === 'th')!))).toEqual(fleet.map((repository) => repository.name));
    expect(rows.map((row) => attr(row, 'data-status'))).toEqual(fleet.map((repository) => repository.status));
    // The page's own script and nothing else: no img, no second script, no handler attribute.
    expect(all.filter((element) => element.tagName === 'script')).toHaveLength(1);
    expect(all.filter((element) => element.tagName === 'img')).toHaveLength(0);
    expect(all.flatMap((element) => element.attrs.filter((attribute) => /^on/iu.test(attribute.name)))).toEqual([]);
    // Each hostile name also titles its detail.
    const titles = all.filter((element) => element.tagName === 'h3').map(textOf);
    for (const name of HOSTILE) expect(titles).toContain(name);
  });

  it('fetches nothing: no external URL in src or href, no style attribute, a CSP that allows the inline style and script by their hashes only', () => {
    const { all } = parsed(htmlFr);
    const links = all.flatMap((element) => element.attrs.filter((attribute) => ['src', 'href', 'xlink:href', 'action', 'srcset', 'poster', 'data'].includes(attribute.name)));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.value, `${link.name}="${link.value}"`).toMatch(/^#[\w-]+$/u);
    expect(all.filter((element) => element.tagName === 'link' || element.tagName === 'iframe' || element.tagName === 'object')).toEqual([]);
    expect(all.filter((element) => attr(element, 'style') !== undefined)).toEqual([]);
    const style = textOf(all.find((element) => element.tagName === 'style')!);
    const script = textOf(all.find((element) => element.tagName === 'script')!);
    expect(style).not.toMatch(/url\(|@import|@font-face|Marianne/iu);
    const csp = all.find((element) => element.tagName === 'meta' && attr(element, 'http-equiv') === 'Content-Security-Policy');
    const policy = new Map(attr(csp!, 'content')!.split(';').map((directive) => directive.trim().split(/\s+/u)).map(([name, ...values]) => [name, values]));
    expect(policy.get('default-src')).toEqual(['\'none\'']);
    expect(policy.get('style-src')).toEqual([sha256(style)]);
    expect(policy.get('script-src')).toEqual([sha256(script)]);
    // The script writes no markup.
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/u);
  });

  it('shows a path that could not be audited and a publiccode.yml audited alone, each with its row and its detail', () => {
    const dir = join(root, 'others');
    mkdirSync(dir);
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
    cpSync(join(root, 'model', 'publiccode.yml'), join(dir, 'publiccode.yml'));
    const result = codegouv(dir, ['check', '--format', 'html', 'dangling', 'publiccode.yml']);
    expect(result.status, result.stderr).toBe(3);
    const { all, errors } = parsed(result.stdout);
    expect(errors).toEqual([]);
    const rows = all.filter((element) => element.tagName === 'tr' && attr(element, 'data-path') !== undefined);
    expect(rows.map((row) => [attr(row, 'data-path'), attr(row, 'data-status')])).toEqual([['dangling', 'error'], ['publiccode.yml', 'compliant']]);
    expect(textOf(rows[0]!)).toMatch(/dangling/u);
    const details = all.filter((element) => element.tagName === 'article').map(textOf);
    expect(details[0]).toContain('Non audité');
    expect(details[1]).toContain(CATALOGUES.fr['check.valid']);
  });

  it('is accessible in its structure: headings in order, captions and scopes, a label on every control', () => {
    const { all } = parsed(htmlFr);
    const levels = all.filter((element) => /^h[1-6]$/u.test(element.tagName)).map((element) => Number(element.tagName[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, index) => expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 0) + 1));
    const tables = all.filter((element) => element.tagName === 'table');
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      expect(textOf(table.childNodes.find((node) => node.nodeName === 'caption')!).length).toBeGreaterThan(0);
      for (const th of elements(table).filter((element) => element.tagName === 'th')) expect(['col', 'row']).toContain(attr(th, 'scope'));
    }
    const labelled = new Set(all.filter((element) => element.tagName === 'label').map((label) => attr(label, 'for')));
    const insideLabel = new Set(all.filter((element) => element.tagName === 'label').flatMap((label) => elements(label)));
    const controls = all.filter((element) => ['input', 'select', 'textarea', 'button'].includes(element.tagName));
    expect(controls.length).toBeGreaterThanOrEqual(6);
    for (const control of controls) {
      const named = labelled.has(attr(control, 'id')) || insideLabel.has(control) || (control.tagName === 'button' && textOf(control).trim() !== '');
      expect(named, `${control.tagName}#${attr(control, 'id') ?? ''}`).toBe(true);
    }
    const chart = all.find((element) => element.tagName === 'svg')!;
    expect(attr(chart, 'role')).toBe('img');
    const [titleId, descId] = attr(chart, 'aria-labelledby')!.split(' ');
    const title = all.find((element) => attr(element, 'id') === titleId)!;
    const desc = all.find((element) => attr(element, 'id') === descId)!;
    expect([title.tagName, desc.tagName]).toEqual(['title', 'desc']);
    expect(textOf(desc)).toContain('L1, 10 sur 30');
  });
});

// ---- the page in a real browser ----

/**
 * WCAG 2.x contrast of every text the page shows, against the first opaque background behind it
 * (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio): 4.5, or 3 for large text. Run in the page,
 * hence a string (the project is typed without the DOM library).
 */
const CONTRAST_FAILURES = `(() => {
  const channel = (value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const rgba = (colour) => (colour.match(/[\\d.]+/g) || []).map(Number);
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const background = (element) => {
    for (let current = element; current; current = current.parentElement) {
      const colour = rgba(getComputedStyle(current).backgroundColor);
      if (colour.length === 3 || colour[3] >= 1) return colour;
    }
    return [255, 255, 255];
  };
  const failures = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || !node.textContent.trim() || element.closest('[hidden], .sr-only') || element.getClientRects().length === 0) continue;
    const style = getComputedStyle(element);
    const foreground = rgba(element instanceof SVGElement ? style.fill : style.color);
    const [light, dark] = [luminance(foreground), luminance(background(element))].sort((a, b) => b - a);
    const ratio = (light + 0.05) / (dark + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) failures.push(node.textContent.trim().slice(0, 30) + ': ' + ratio.toFixed(2));
  }
  return failures;
})()`;

describe.skipIf(!hasChromium)('check --format html: in Chromium (skipped when /usr/bin/chromium is absent)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-gpu'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens without console errors, holds every repository, filters, opens a detail, passes AA contrast', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`request: ${request.url()}`);
    });
    await page.goto(pathToFileURL(join(root, 'report.html')).href);

    const rows = page.locator('#fleet tbody tr');
    const visibleNames = () => page.locator('#fleet tbody tr:not([hidden]) th').allTextContents();
    expect(await rows.count()).toBe(fleet.length);
    expect(await visibleNames()).toEqual(fleet.map((repository) => repository.name));
    expect(await page.locator('#shown-count').textContent()).toBe(String(fleet.length));

    // Not compliant: the compliant ones go.
    const nonCompliant = fleet.filter((repository) => repository.status === 'non-compliant').map((repository) => repository.name);
    await page.getByLabel(CATALOGUES.fr['formats.status.nonCompliant'], { exact: true }).check();
    expect(await visibleNames()).toEqual(nonCompliant);
    expect(await page.locator('#shown-count').textContent()).toBe(String(nonCompliant.length));
    expect(await page.locator('#detail-0').isHidden()).toBe(true);

    // And failing L1: those without a LICENSE.
    await page.getByLabel(CATALOGUES.fr['html.filters.rule']).selectOption('L1');
    expect(await visibleNames()).toEqual(fleet.filter((repository) => repository.failsL1).map((repository) => repository.name));

    // A search by name, the hostile one included, after a reset.
    await page.getByRole('button', { name: CATALOGUES.fr['html.filters.reset'] }).click();
    await expect.poll(visibleNames).toHaveLength(fleet.length);
    await page.getByLabel(CATALOGUES.fr['html.filters.search']).fill('<script>');
    expect(await visibleNames()).toEqual([HOSTILE[0]]);
    await page.getByLabel(CATALOGUES.fr['html.filters.search']).fill('matches-nothing');
    expect(await visibleNames()).toEqual([]);
    expect(await page.locator('#no-match').isVisible()).toBe(true);
    await page.getByLabel(CATALOGUES.fr['html.filters.search']).fill('');

    // The detail of a repository without LICENSE: its rules open, L1 failed with its fix.
    const index = fleet.findIndex((repository) => repository.failsL1);
    const detail = page.locator(`#detail-${index}`);
    expect(await detail.locator('.rules').isVisible()).toBe(false);
    await page.locator('#fleet tbody tr').nth(index).getByRole('link', { name: CATALOGUES.fr['html.fleet.view'] }).click();
    expect(await detail.locator('details').getAttribute('open')).toBe('');
    expect(await detail.locator('.rules').isVisible()).toBe(true);
    const l1 = detail.locator('.rule', { has: page.locator('.rule__id', { hasText: /^L1$/u }) });
    expect(await l1.locator('.badge--error').textContent()).toBe(CATALOGUES.fr['html.verdict.failed']);
    expect(await l1.locator('.rule__fix').textContent()).toContain(CATALOGUES.fr['fixes.label']);
    expect(await page.evaluate<string>('document.activeElement.tagName')).toBe('SUMMARY');

    expect(await page.evaluate<string[]>(CONTRAST_FAILURES)).toEqual([]);
    mkdirSync(join(repoRoot, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(repoRoot, 'test-artifacts', 'check-html.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
