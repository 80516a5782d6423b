import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import helpers from 'yeoman-test';
import AppGenerator from '../../generators/app/index.ts';
import { codegouv, completeAnswers, snapshot } from '../fixtures.js';

/**
 * A preset's templates are code (EJS runs JavaScript): they run only when the user named the
 * preset, or confirmed the one a repository's .yo-rc.json names. Each hostile template here
 * writes a marker file outside the target folder when it is rendered.
 */

const NAMESPACE = 'generator-codegouv';

/** An EJS template that writes `marker` when rendered (the ESM module scope has no `require`). */
const payload = (marker: string) =>
  `<% process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)}, 'rendered') %># Modèle du préréglage\n`;

/** A preset folder (package.json → preset.json, templates/) whose README template is the payload. */
function evilPreset(dir: string, marker: string, name = 'evil'): void {
  mkdirSync(join(dir, 'templates', 'readme'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', codegouv: { preset: 'preset.json' } }));
  writeFileSync(join(dir, 'preset.json'), JSON.stringify({ forge: 'github', templates: 'templates' }));
  writeFileSync(join(dir, 'templates', 'readme', 'README.fr.md.ejs'), payload(marker));
}

/** A repository someone else wrote: its .yo-rc.json names its own preset, with templates. */
function hostileRepository() {
  const root = mkdtempSync(join(tmpdir(), 'codegouv-trust-'));
  const target = join(root, 'depot');
  const marker = join(root, 'marker');
  mkdirSync(target);
  evilPreset(join(target, 'evil'), marker);
  writeFileSync(join(target, '.yo-rc.json'), JSON.stringify({ [NAMESPACE]: { ...completeAnswers(), preset: './evil' } }));
  return { target, marker, before: snapshot(target) };
}

describe('a preset stored in the target\'s .yo-rc.json (untrusted)', () => {
  it('--yes refuses, naming the preset and --trust-preset: exit 2, nothing rendered, nothing written', () => {
    const { target, marker, before } = hostileRepository();
    const result = codegouv(target, ['--yes']);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain(join(target, 'evil', 'preset.json'));
    expect(result.stderr).toContain('--trust-preset');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(marker)).toBe(false);
    expect(snapshot(target)).toEqual(before);
  });

  it('--yes --dry-run renders none of its templates', () => {
    const { target, marker, before } = hostileRepository();
    const result = codegouv(target, ['--yes', '--dry-run']);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain('--trust-preset');
    expect(existsSync(marker)).toBe(false);
    expect(snapshot(target)).toEqual(before);
  });

  it('--yes --trust-preset uses it, and stores no trust in .yo-rc.json', () => {
    const { target, marker } = hostileRepository();
    const result = codegouv(target, ['--yes', '--trust-preset']);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(marker)).toBe(true);
    expect(readFileSync(join(target, 'README.md'), 'utf8')).toContain('# Modèle du préréglage');
    expect(readFileSync(join(target, '.yo-rc.json'), 'utf8')).not.toMatch(/trust/i);
    // The next run is untrusted again.
    expect(codegouv(target, ['--yes']).status).toBe(2);
  });

  it('a data-only stored preset is read as data, without confirmation; its values are still validated', () => {
    const { target } = hostileRepository();
    writeFileSync(join(target, 'evil', 'preset.json'), JSON.stringify({ forge: 'gitlab' }));
    const result = codegouv(target, ['--yes']);
    expect(result.status, result.stderr).toBe(0);
    writeFileSync(join(target, 'evil', 'preset.json'), JSON.stringify({ licence: 'WTFPL' }));
    const bad = codegouv(target, ['--yes', '--force']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('licence');
  });

  describe('interactive (Yeoman adapter)', () => {
    const run = (trust: boolean, options: Record<string, unknown> = {}) => {
      const root = mkdtempSync(join(tmpdir(), 'codegouv-trust-yo-'));
      const marker = join(root, 'marker');
      const asked: { name: string; message: string; default?: unknown }[] = [];
      return {
        marker,
        asked,
        context: helpers.run(AppGenerator)
          .withYoRcConfig(NAMESPACE, { ...completeAnswers(), preset: './evil' })
          .withOptions({ skipInstall: true, ...options } as never)
          .withAnswers({ trustPreset: trust }, {
            throwOnMissingAnswer: false,
            callback: (answer, { question }) => {
              asked.push(question);
              return answer;
            },
          })
          .inTmpDir((dir) => evilPreset(join(dir, 'evil'), marker)),
      };
    };

    it('asks first, showing the resolved path and that it carries templates; refused → nothing written', async () => {
      const { marker, asked, context } = run(false);
      await expect(context).rejects.toThrow(/préréglage/);
      expect(asked[0]?.name).toBe('trustPreset');
      expect(asked[0]?.default).toBe(false);
      expect(asked[0]?.message).toContain(join(context.targetDirectory!, 'evil', 'preset.json'));
      expect(asked[0]?.message).toContain(join(context.targetDirectory!, 'evil', 'templates'));
      expect(existsSync(marker)).toBe(false);
      expect(existsSync(join(context.targetDirectory!, 'README.md'))).toBe(false);
      expect(existsSync(join(context.targetDirectory!, 'LICENSE'))).toBe(false);
    });

    it('--dry-run does not ask: it refuses unless --trust-preset', async () => {
      const { marker, asked, context } = run(true, { dryRun: true });
      await expect(context).rejects.toThrow(/--trust-preset/);
      expect(asked).toEqual([]);
      expect(existsSync(marker)).toBe(false);
    });

    it('confirmed → uses its templates', async () => {
      const { marker, context } = run(true);
      const result = await context;
      expect(existsSync(marker)).toBe(true);
      expect(readFileSync(join(result.cwd, 'README.md'), 'utf8')).toContain('# Modèle du préréglage');
    });
  });
});

describe('codegouv check', () => {
  it('renders no template of the repository\'s preset', () => {
    const { target, marker, before } = hostileRepository();
    const result = codegouv(target, ['check']);
    expect(result.status).toBe(1);
    expect(existsSync(marker)).toBe(false);
    expect(snapshot(target)).toEqual(before);
  });
});

describe('--preset NAME (an npm package, named by the operator)', () => {
  const saved = process.env.npm_config_global_prefix;
  afterEach(() => {
    if (saved === undefined) delete process.env.npm_config_global_prefix;
    else process.env.npm_config_global_prefix = saved;
  });

  it('never resolves from the target\'s node_modules', () => {
    const root = mkdtempSync(join(tmpdir(), 'codegouv-trust-npm-'));
    const target = join(root, 'depot');
    const marker = join(root, 'marker');
    evilPreset(join(target, 'node_modules', '@org', 'preset'), marker, '@org/preset');
    const before = snapshot(target);
    process.env.npm_config_global_prefix = join(root, 'empty-prefix');
    const result = codegouv(target, ['--yes', '--preset', '@org/preset', '--answers', writeAnswers(root)]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('@org/preset');
    expect(result.stderr).toContain('node_modules');
    expect(existsSync(marker)).toBe(false);
    expect(snapshot(target)).toEqual(before);
  });

  it('is a package name, never a file of the target that has the same path', () => {
    const root = mkdtempSync(join(tmpdir(), 'codegouv-trust-npm-'));
    const target = join(root, 'depot');
    const marker = join(root, 'marker');
    evilPreset(join(target, 'evil'), marker);
    mkdirSync(join(target, '@org'));
    writeFileSync(join(target, '@org', 'preset'), JSON.stringify({ templates: '../evil/templates' }));
    const before = snapshot(target);
    process.env.npm_config_global_prefix = join(root, 'empty-prefix');
    const result = codegouv(target, ['--yes', '--preset', '@org/preset', '--answers', writeAnswers(root)]);
    expect(result.status).not.toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(snapshot(target)).toEqual(before);
  });

  it('resolves from the user\'s global prefix', () => {
    const root = mkdtempSync(join(tmpdir(), 'codegouv-trust-npm-'));
    const target = join(root, 'depot');
    const marker = join(root, 'marker');
    mkdirSync(target);
    const prefix = join(root, 'prefix');
    evilPreset(join(prefix, process.platform === 'win32' ? '' : 'lib', 'node_modules', '@org', 'preset'), marker, '@org/preset');
    process.env.npm_config_global_prefix = prefix;
    const result = codegouv(target, ['--yes', '--preset', '@org/preset', '--answers', writeAnswers(root)]);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(marker)).toBe(true);
  });
});

/** The operator's own answers file, outside the target. */
function writeAnswers(root: string): string {
  const path = join(root, 'answers.json');
  writeFileSync(path, JSON.stringify(completeAnswers()));
  return path;
}

describe('a data preset that the folder names from outside it', () => {
  it('is not copied into the generated files without consent: exit 2, nothing written', () => {
    const outside = mkdtempSync(join(tmpdir(), 'codegouv-outside-'));
    writeFileSync(join(outside, 'values.json'), JSON.stringify({ administration: 'VALEUR VENUE D\'AILLEURS' }));
    const target = mkdtempSync(join(tmpdir(), 'codegouv-target-'));
    writeFileSync(join(target, '.yo-rc.json'), JSON.stringify({ 'generator-codegouv': { preset: join(outside, 'values.json') } }));
    const before = readdirSync(target).sort();
    const result = codegouv(target, ['--yes', '--answers', writeAnswers(outside)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--trust-preset');
    expect(readdirSync(target).sort()).toEqual(before);
  });
});
