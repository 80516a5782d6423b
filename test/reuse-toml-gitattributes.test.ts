import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { linguistAttributes } from '../src/repo/gitattributes.js';
import { loadTreeSync } from '../src/repo/tree.js';
import { codegouv, completeAnswers } from './fixtures.js';

/**
 * Files the repository itself marks as vendored or generated for GitHub Linguist
 * (https://github.com/github-linguist/linguist/blob/main/docs/overrides.md) are never declared
 * as the administration's work in REUSE.toml. Oracle for the reading of .gitattributes: git's own
 * `check-attr`.
 */

const ROOT_ATTRIBUTES = [
  '# Linguist overrides',
  '* text=auto eol=lf',
  '[attr]ours -linguist-vendored',
  'static/js/** linguist-vendored',
  'assets/charts.js linguist-vendored=true',
  'src/generated/** linguist-generated',
  '"docs/with space.md" linguist-generated',
  'vendor/own/** -linguist-vendored',
  'lib/ours/** linguist-vendored=false',
  'src/api/*.py linguist-vendored',
  'src/api/keep.py !linguist-vendored',
  'src/legacy/mine.py -linguist-vendored',
  'src/other/** linguist-vendored',
  '!src/app.py linguist-vendored',
  'src/app.py linguist-vendored b@d',
  'src/ linguist-vendored',
  'src/tools/gen.py linguist-generated=false',
  'src/tools/*.py   linguist-vendored=yes\tdiff',
  '',
].join('\r\n');

const FILES: Record<string, string> = {
  '.gitattributes': ROOT_ATTRIBUTES,
  'src/legacy/.gitattributes': '*.py linguist-vendored\n',
  'src/other/.gitattributes': 'copied.py -linguist-vendored\n',
  // The team's files: no attribute says otherwise, or one un-vendors them.
  'main.py': 'print("bonjour")\n',
  'src/app.py': 'import api\n',
  'src/api/keep.py': 'def keep(): pass\n',
  'vendor/own/tool.py': 'def tool(): pass\n',
  'lib/ours/helpers/util.py': 'def util(): pass\n',
  'src/other/copied.py': 'def copied(): pass\n',
  // The repository says they are someone else's or generated.
  'static/js/app.js': 'var app = 1;\n',
  'assets/charts.js': 'var charts = 1;\n',
  'src/generated/model.py': 'class Model: pass\n',
  'docs/with space.md': '# Généré\n',
  'src/api/client.py': 'def client(): pass\n',
  'src/legacy/mine.py': 'def mine(): pass\n',
  'src/legacy/old.py': 'def old(): pass\n',
  'src/other/other.py': 'def other(): pass\n',
  'src/tools/gen.py': 'def gen(): pass\n',
  // Un-vendored, but an image: still other authors' work.
  'vendor/own/logo.png': '\x89PNG',
};

const TEAM = ['main.py', 'src/app.py', 'src/api/keep.py', 'vendor/own/tool.py', 'lib/ours/helpers/util.py', 'src/other/copied.py'];
const MARKED = ['static/js/app.js', 'assets/charts.js', 'src/generated/model.py', 'docs/with space.md', 'src/api/client.py', 'src/legacy/mine.py', 'src/legacy/old.py', 'src/other/other.py', 'src/tools/gen.py'];

function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-gitattributes-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  execFileSync('git', ['add', '-A'], { cwd: dir });
  execFileSync('git', ['-c', 'user.name=Équipe', '-c', 'user.email=equipe@armees.gouv.fr', 'commit', '-q', '--no-gpg-sign', '-m', 'Premier commit'], { cwd: dir });
  return dir;
}

/** git's verdict: `set`, `unset`, `unspecified` or the value, per path and attribute. */
function gitAttributes(dir: string, paths: readonly string[]): Map<string, string> {
  const output = execFileSync('git', ['check-attr', '-z', 'linguist-vendored', 'linguist-generated', '--', ...paths], { cwd: dir, encoding: 'utf8' });
  const fields = output.split('\0');
  const states = new Map<string, string>();
  for (let index = 0; index + 2 < fields.length; index += 3) states.set(`${fields[index]}\0${fields[index + 1]}`, fields[index + 2] as string);
  return states;
}

/** Linguist's reading of git's state: present and not `false` is true (lib/linguist/lazy_blob.rb, boolean_attribute). */
const linguistValue = (state: string | undefined) => (state === undefined || state === 'unspecified' ? undefined : state !== 'unset' && state !== 'false');

describe('.gitattributes: what the repository marks as vendored or generated', () => {
  it('is read as git reads it: nested files, later and deeper lines winning, quoted patterns, invalid lines ignored', () => {
    const dir = repository();
    const paths = Object.keys(FILES);
    const states = gitAttributes(dir, paths);
    const attributes = linguistAttributes(loadTreeSync(dir));
    for (const path of paths) {
      expect(attributes(path), path).toEqual({
        vendored: linguistValue(states.get(`${path}\0linguist-vendored`)),
        generated: linguistValue(states.get(`${path}\0linguist-generated`)),
      });
    }
    expect(attributes('src/legacy/mine.py').vendored).toBe(true);
    expect(attributes('src/api/keep.py').vendored).toBeUndefined();
  });

  it('never lets REUSE.toml declare those files as the administration\'s, and lists them to declare', () => {
    const dir = repository();
    const answers = join(dir, '..', `${dir.split('/').pop()}.yml`);
    writeFileSync(answers, stringify(completeAnswers({ administration: 'Ministère des Armées', licence: 'EUPL-1.2' })));
    const result = codegouv(dir, ['--yes', '--answers', answers]);
    expect(result.status, result.stderr).toBe(0);
    const document = parse(readFileSync(join(dir, 'REUSE.toml'), 'utf8')) as { annotations: { path: string[] }[] };
    const covered = picomatch(document.annotations.flatMap((annotation) => annotation.path), { dot: true });
    expect(TEAM.filter((path) => !covered(path))).toEqual([]);
    expect(MARKED.filter((path) => covered(path))).toEqual([]);
    expect(covered('vendor/own/logo.png')).toBe(false);
    // src/other/.gitattributes too: `src/other/** linguist-vendored` matches it.
    expect(result.stderr).toMatch(/8 marqué\(s\) linguist-vendored dans \.gitattributes/u);
    expect(result.stderr).toMatch(/2 marqué\(s\) linguist-generated dans \.gitattributes/u);
  });
});

describe('.gitattributes from a hostile repository', () => {
  it('is read in linear time, its long lines skipped as git skips them, its rules capped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-gitattributes-hostile-'));
    const nasty = `${'*a'.repeat(500)}*b linguist-vendored`;
    const lines = [`${'x'.repeat(3000)} linguist-vendored`, '*.keep linguist-vendored', ...Array.from({ length: 10 }, () => nasty)];
    writeFileSync(join(dir, '.gitattributes'), lines.join('\n'));
    mkdirSync(join(dir, 'many'));
    writeFileSync(join(dir, 'many', '.gitattributes'), [...Array.from({ length: 25_000 }, (_, index) => `f${index} linguist-generated`), '*.late linguist-generated'].join('\n'));
    writeFileSync(join(dir, 'file.keep'), 'x');
    const started = performance.now();
    const attributes = linguistAttributes(loadTreeSync(dir));
    expect(attributes('a'.repeat(1000))).toEqual({ vendored: undefined, generated: undefined });
    expect(attributes('file.keep').vendored).toBe(true);
    expect(attributes('x'.repeat(3000)).vendored).toBeUndefined();
    expect(attributes('many/f1').generated).toBe(true);
    expect(attributes('many/x.late').generated).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
