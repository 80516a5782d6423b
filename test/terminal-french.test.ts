import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { completeAnswers, TYPED_ANSWERS, repoRoot } from './fixtures.js';
import { TerminalSession, hasTmux } from './terminal-session.js';

/**
 * Every screen of an interactive run in the interface language, including what inquirer and
 * Yeoman print themselves: driven in a real terminal (tmux), every screen kept, and each checked
 * against the English those libraries print.
 */

const bin = join(repoRoot, 'dist/bin/codegouv.js');

/** What inquirer, @yeoman/conflicter, yeoman-generator and Node print in English. */
const LIBRARY_ENGLISH: readonly RegExp[] = [
  /Use arrow keys/, /Press <space>/, /\bnavigate\b/, /\bsubmit\b/, /\bspace select\b/, /⏎ select/, /\binvert\b/,
  /\(y\/N\)/, /\(Y\/n\)/, /You must answer/, /You must provide/, /No results found/, /Please input a value/, /isn't an available option/,
  /Help, list all options/, /Overwrite/, /ynarxdeiH/, /ynadxreiH/, /\bremoved\b/, /\badded\b/, /do not overwrite/, /Aborting/,
  /^\s*create /m, /^\s*force /m, /^\s*skip /m, /^\s*delete /m, /\bidentical\b/, /\bconflict\b/,
  /An error occured/, /Process aborted/, /ExitPromptError/, /User force closed/, /^\s+at .+:\d+:\d+\)?$/m, /No newline at end of file/,
];

const englishIn = (text: string) => LIBRARY_ENGLISH.filter((pattern) => pattern.test(text)).map(String);

/** Every screen seen during the test: a hint is on screen only while its question waits. */
const transcript: string[] = [];
const terminal = new TerminalSession(`codegouv-fr-${process.pid}`, (screen) => transcript.push(screen));
const keys = (...sequence: string[]) => terminal.keys(...sequence);
const waitFor = (text: string | RegExp, timeoutMs?: number) => terminal.waitFor(text, timeoutMs);
const drive = (answer: (question: string, screen: string) => string[] | undefined) => terminal.drive(answer);

function start(dir: string, args = ''): void {
  transcript.length = 0;
  terminal.start(dir, `${process.execPath} ${bin} ${args}`);
}

function emptyGitFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-fr-tty-'));
  execFileSync('git', ['init', '-q', dir]);
  return dir;
}


function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(dir, relative), { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (path === '.git') continue;
      if (entry.isDirectory()) walk(path);
      else out[path] = readFileSync(join(dir, path), 'utf8');
    }
  };
  walk('');
  return out;
}

describe.skipIf(!hasTmux)('an interactive run in a real terminal (tmux), in French', () => {
  afterEach(() => terminal.kill());

  it('shows every screen in French, from the first question to the last file written, and takes « oui » and « n »', async () => {
    const dir = emptyGitFolder();
    start(dir);
    const confirms: string[] = [];
    const end = await drive((question) => {
      if (/\((o\/N|O\/n)\)/.test(question)) {
        confirms.push(question);
        // The first yes/no question: « oui », which inquirer refused; the next ones « n ».
        return [confirms.length === 1 ? 'oui' : 'n', 'Enter'];
      }
      const typed = TYPED_ANSWERS.find(([pattern]) => pattern.test(question))?.[1];
      return typed ? ['C-u', typed, 'Enter'] : ['Enter'];
    });
    expect(end).toContain('EXIT=0');
    const all = transcript.join('\n');
    expect(englishIn(all)).toEqual([]);
    expect(all).toMatch(/se déplacer/);
    expect(all).toMatch(/\((o\/N|O\/n)\)/);
    expect(confirms.length).toBeGreaterThanOrEqual(2);
    expect(all).toMatch(/^\s*créé LICENSE$/m);
    expect(all).toMatch(/^\s*créé \.yo-rc\.json$/m);
    const stored = JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8'))['generator-codegouv'];
    expect(stored.signoffHook).toBe(true);
  }, 240_000);

  it('asks about a changed file in French, shows the differences with a French legend, keeps the file on « g »', async () => {
    const dir = emptyGitFolder();
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
    expect(spawnSync(process.execPath, [bin, '--yes', '--answers', 'answers.yml'], { cwd: dir }).status).toBe(0);
    // The team rewrote the README without the policy's sections: the run proposes to put them back.
    const readme = '# Notre README\n\nNotre ajout.\n';
    writeFileSync(join(dir, 'README.md'), readme);
    start(dir);
    await waitFor(/\? README\.md existe déjà et diffère de la version proposée\. Que faire \?/);
    const question = await waitFor('a) abandonner');
    expect(question).toContain('r) remplacer par la version proposée');
    expect(question).toContain('g) garder le fichier existant');
    keys('d', 'Enter');
    const diff = await waitFor('+ ## Licence');
    expect(diff).toContain('Différences pour README.md');
    keys('g', 'Enter');
    // Then whatever else the kept README changes (REUSE.toml now covers it): kept too.
    const answered = new Set(['README.md']);
    let end = '';
    for (;;) {
      end = await waitFor(/EXIT=\d+|\? [^\s?]+ existe déjà et diffère[^]*a\) abandonner[^]*$/, 30_000);
      if (/EXIT=\d+/.test(end)) break;
      const file = [...end.matchAll(/\? ([^\s?]+) existe déjà et diffère/g)].pop()![1]!;
      if (answered.has(file)) continue;
      answered.add(file);
      keys('g', 'Enter');
    }
    expect(end).toContain('EXIT=0');
    expect(transcript.join('\n')).toMatch(/^\s*conservé README\.md$/m);
    expect(englishIn(transcript.join('\n'))).toEqual([]);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(readme);
  });

  it('« a » (abandonner) at the conflict question: one French line, exit 130, nothing written', async () => {
    const dir = emptyGitFolder();
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
    expect(spawnSync(process.execPath, [bin, '--yes', '--answers', 'answers.yml'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, 'README.md'), '# Notre README\n');
    writeFileSync(join(dir, 'SECURITY.md'), '# Notre politique\n');
    const before = snapshot(dir);
    // Another answer changes LICENSE and .yo-rc.json too: none of it may be written.
    start(dir, '--licence MIT');
    // Keep the licence text it offers to remove; at the conflict question, « a ».
    await drive((question, drawn) => (drawn.includes('a) abandonner') ? ['a', 'Enter'] : /\(O\/n\)/.test(question) ? ['n', 'Enter'] : ['Enter']));
    const end = await waitFor(/EXIT=\d+/);
    expect(end).toContain('EXIT=130');
    expect(end).toContain('codegouv : abandonné à votre demande ; aucun fichier n\'a été écrit.');
    expect(englishIn(transcript.join('\n'))).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('Ctrl-C at a question: one French line, exit 130, nothing written, no stack trace', async () => {
    const dir = emptyGitFolder();
    start(dir);
    await waitFor('? Administration titulaire');
    keys('Direction du numérique', 'Enter');
    await waitFor('? Adresse de l\'administration');
    keys('C-c');
    const end = await waitFor(/EXIT=\d+/);
    expect(end).toContain('EXIT=130');
    expect(end).toContain('codegouv : interrompu ; aucun fichier n\'a été écrit.');
    expect(englishIn(transcript.join('\n'))).toEqual([]);
    expect(readdirSync(dir)).toEqual(['.git']);
  });

  it('--lang en: the same screens in English (hints, yes/no, conflict question)', async () => {
    const dir = emptyGitFolder();
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
    expect(spawnSync(process.execPath, [bin, '--yes', '--answers', 'answers.yml'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, 'README.md'), '# Our README\n');
    start(dir, 'licence --lang en');
    await drive((_question, drawn) => (drawn.includes('x) abort (no file is written)') ? ['C-c'] : ['Enter']));
    const all = transcript.join('\n');
    expect(all).toMatch(/navigate • ⏎ select/);
    expect(all).toContain('What should be done?');
    expect(all).not.toContain('se déplacer');
    const end = await waitFor(/EXIT=\d+/);
    expect(end).toContain('EXIT=130');
    expect(end).toContain('codegouv: interrupted; no file was written.');
  });
});

describe('codegouv --yes in French', () => {
  it('says what it wrote in French, in an empty folder and again over existing files', () => {
    const dir = emptyGitFolder();
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
    const first = spawnSync(process.execPath, [bin, '--yes', '--answers', 'answers.yml'], { cwd: dir, encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    // A generated document the team added to keeps its addition (section-wise update); a licence text is replaced whole.
    writeFileSync(join(dir, 'CONTRIBUTING.md'), `${readFileSync(join(dir, 'CONTRIBUTING.md'), 'utf8')}\nNotre règle.\n`);
    writeFileSync(join(dir, 'LICENSE'), `${readFileSync(join(dir, 'LICENSE'), 'utf8')}\nAjout.\n`);
    const second = spawnSync(process.execPath, [bin, '--yes', '--force'], { cwd: dir, encoding: 'utf8' });
    expect(second.status, second.stderr).toBe(0);
    const output = [first.stdout, first.stderr, second.stdout, second.stderr].join('\n');
    expect(englishIn(output)).toEqual([]);
    expect(first.stderr).toMatch(/^\s*créé LICENSE$/m);
    expect(first.stderr).toMatch(/^\s*créé \.yo-rc\.json$/m);
    expect(second.stderr).toMatch(/^\s*identique README\.md$/m);
    expect(second.stderr).toMatch(/^\s*identique CONTRIBUTING\.md$/m);
    expect(second.stderr).toMatch(/^\s*remplacé LICENSE$/m);
    expect(readFileSync(join(dir, 'CONTRIBUTING.md'), 'utf8')).toContain('Notre règle.');
  });
});
