/**
 * `npm run bench`: start-up and throughput of the codegouv CLI on this machine.
 *
 * Prints, in one table, the medians (with min and max) of `node -e 0`, the generators people compare
 * codegouv with (bench/anchors.ts: create-vite, cookiecutter and copier when installed),
 * `codegouv --help`, a whole headless skeleton, the interactive run's first question on a
 * pseudo-terminal, `codegouv check` on 1 and on 200 repositories and the reference tools on the
 * same repository (reuse lint, licensee detect, publiccode-parser when installed), their ratios to
 * `node -e 0`, issue 17's goals, the cost of each additional repository for `check`, `check` on the hostile set
 * (bench/hostile.ts: wall time and peak memory against 2 s and 256 MB), and the installed size of
 * the production dependencies. Plain text; always exits 0.
 *
 * Usage: node dist/bench/run.js [--runs N]   (N timed runs per command after 1 warm-up; default 7)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureRealRepositories } from './realrepos.js';
import { firstQuestionTimes } from './first-question.js';
import { generatorAnchors, referenceTools } from './anchors.js';
import { type Command, firstLine, measureRounds, median, run, type Sample } from './measure.js';
import { HOSTILE_FILES, HOSTILE_RSS_TARGET_MB, HOSTILE_TIME_TARGET_MS, type PubliccodeVariant, writeHostileRepository } from './hostile.js';

const PACKAGE_NAME = 'generator-codegouv';
const MANY = 200;
/**
 * Issue 17's goals: skeleton ≤ 3× and --help ≤ 1.5× `node -e 0`, first question ≤ 0.3 s, ≤ 5 ms per
 * extra repository, `check` ≤ 0.3× the time of reuse lint + licensee detect + publiccode-parser.
 */
const SKELETON_TARGET = 3;
const HELP_TARGET = 1.5;
const FIRST_QUESTION_TARGET_MS = 300;
const CHECK_TARGET_MS = 5;
const CHECK_VS_REFERENCE_TARGET = 0.3;

/** A complete answers file for a headless whole skeleton. */
const ANSWERS_YAML = `administration: "Ministère de l'Intérieur et des Outre-mer"
projectName: mon-projet
description: "Un outil pour l'instruction des demandes et des courriers"
longDescription: >-
  Cet outil aide les agents à instruire les demandes des usagers : il rassemble les pièces,
  vérifie leur complétude et prépare les courriers. Il est conçu pour être réutilisé par
  d'autres administrations.
features:
  - Instruction des demandes
  - Préparation des courriers
licence: EUPL-1.2
reciprocityReason: "Les administrations qui réutilisent cet outil doivent partager leurs améliorations avec les autres."
repositoryUrl: https://github.com/ministere-exemple/mon-projet
contactName: "Équipe numérique"
contactEmail: equipe.numerique@interieur.gouv.fr
`;

interface Row {
  label: string;
  sample: Sample;
  note: string;
}

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === PACKAGE_NAME) return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`bench: no package.json of ${PACKAGE_NAME} above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

function parseRuns(argv: readonly string[]): number {
  const index = argv.findIndex((arg) => arg === '--runs' || arg.startsWith('--runs='));
  if (index < 0) return 7;
  const arg = argv[index]!;
  const text = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write(`bench: --runs needs a whole number ≥ 1 (got ${String(text)}); using 7\n`);
    return 7;
  }
  return runs;
}

const fmtMs = (ms: number): string => `${ms.toFixed(1)} ms`;

/** Apparent size (bytes) and file count of a tree, symbolic links not followed. */
function treeSize(path: string): { bytes: number; files: number } {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) return { bytes: 0, files: 0 };
  if (!stat.isDirectory()) return { bytes: stat.size, files: 1 };
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(path)) {
    const sub = treeSize(join(path, name));
    bytes += sub.bytes;
    files += sub.files;
  }
  return { bytes, files };
}

const fmtBytes = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`);

interface DependencySize {
  packages: number;
  bytes: number;
  files: number;
  error?: string;
}

/**
 * The production dependency tree as npm resolves it here (`npm ls --omit=dev --parseable --all`):
 * every folder but the package itself, a folder nested inside another listed one counted once.
 */
function productionDependencySize(root: string): DependencySize {
  const npm = spawnSync('npm', ['ls', '--omit=dev', '--parseable', '--all'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32', maxBuffer: 64 * 1024 * 1024 });
  const paths = [...new Set((npm.stdout ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ''))]
    .filter((path) => path !== root && existsSync(path))
    .sort();
  if (paths.length === 0) return { packages: 0, bytes: 0, files: 0, error: firstLine(npm.stderr) || `npm ls exited ${String(npm.status)}` };
  const outermost: string[] = [];
  for (const path of paths) {
    // Sorted, so a parent folder comes right before the folders nested in it.
    const parent = outermost.at(-1);
    if (parent !== undefined && path.startsWith(parent + sep)) continue;
    outermost.push(path);
  }
  let bytes = 0;
  let files = 0;
  for (const path of outermost) {
    const size = treeSize(path);
    bytes += size.bytes;
    files += size.files;
  }
  return { packages: paths.length, bytes, files };
}

/** The package's own published files (`npm pack --dry-run`, no script run, nothing written). */
function ownPackageSize(root: string): { bytes: number; files: number } | undefined {
  const npm = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  try {
    const [info] = JSON.parse(npm.stdout) as { unpackedSize: number; entryCount: number }[];
    return info ? { bytes: info.unpackedSize, files: info.entryCount } : undefined;
  } catch {
    return undefined;
  }
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** `check` on the hostile repository, timed, with its peak memory from GNU time (`%M`, KiB) where there is one. */
function measureHostile(bin: string, work: string, runs: number, out: (line?: string) => void): void {
  const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const variants: { variant: string; publiccode: PubliccodeVariant; git: boolean }[] = [
    { variant: 'alias bomb', publiccode: 'alias bomb', git: false },
    { variant: '1 MB description', publiccode: '1 MB description', git: false },
    { variant: 'alias bomb, git work tree', publiccode: 'alias bomb', git: true },
  ];
  const rows = variants.map(({ variant, publiccode, git }) => {
    const dir = join(work, `hostile-${variant.replace(/\W+/gu, '-')}`);
    mkdirSync(dir);
    const bytes = writeHostileRepository(dir, publiccode, git);
    const ms: number[] = [];
    const rss: number[] = [];
    let status: number | null = null;
    let stderr = '';
    for (let round = 0; round <= runs; round++) {
      const start = process.hrtime.bigint();
      const args = [bin, 'check', '--json', dir];
      const result = time
        ? spawnSync(time, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
        : spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      [status, stderr] = [result.status, result.stderr ?? ''];
      if (round === 0) continue;
      ms.push(elapsed);
      const kib = Number(stderr.trim().split('\n').at(-1));
      if (time && Number.isFinite(kib)) rss.push(kib / 1024);
    }
    return { variant, bytes, ms, rss, status, stderr };
  });
  out();
  out(`hostile set: \`codegouv check --json\` on ${HOSTILE_FILES} files of about ${fmtBytes(rows[0]?.bytes ?? 0)} (alias bomb or 1 MB description in publiccode.yml; catastrophic globs in .reuse/dep5, REUSE.toml, .gitignore, one that git's own matcher takes minutes on in the git work tree, its files untracked; 8,000-character SPDX lines; 35 MB README; 4 MB LICENSE)`);
  const width = 34;
  out(`${pad('variant', width)}  ${pad('median', 10, true)}  ${pad('max', 10, true)}  ${pad('max RSS', 10, true)}  target ≤ ${HOSTILE_TIME_TARGET_MS} ms and ≤ ${HOSTILE_RSS_TARGET_MB} MB`);
  out(`${'-'.repeat(width)}  ${'-'.repeat(10)}  ${'-'.repeat(10)}  ${'-'.repeat(10)}  ----`);
  for (const row of rows) {
    const m = median(row.ms);
    const peak = row.rss.length > 0 ? Math.max(...row.rss) : undefined;
    const finished = row.status === 0 || row.status === 1;
    const met = finished && m <= HOSTILE_TIME_TARGET_MS && (peak === undefined || peak <= HOSTILE_RSS_TARGET_MB);
    const note = finished ? `${met ? 'met' : 'NOT met'}${peak === undefined ? ' (memory not measured: no /usr/bin/time)' : ''}` : `FAILED (exit ${String(row.status)}): ${firstLine(row.stderr)}`;
    out(`${pad(row.variant, width)}  ${pad(fmtMs(m), 10, true)}  ${pad(fmtMs(Math.max(...row.ms)), 10, true)}  ${pad(peak === undefined ? '—' : `${peak.toFixed(0)} MB`, 10, true)}  ${note}`);
  }
}

async function main(): Promise<void> {
  const runs = parseRuns(process.argv.slice(2));
  const root = packageRoot();
  const bin = join(root, 'dist', 'bin', 'codegouv.js');
  const hasCompileCache = typeof (module as unknown as { enableCompileCache?: unknown }).enableCompileCache === 'function';
  const cores = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;

  const out = (line = ''): void => {
    process.stdout.write(`${line}\n`);
  };
  out(`codegouv bench — ${runs} timed run(s) per command after 1 warm-up (rounds over all commands; median, min–max of spawnSync wall time)`);
  out(`node ${process.version} on ${process.platform}/${process.arch}, ${cores} core(s), ${cpus()[0]?.model ?? 'unknown CPU'}`);
  out(`module.enableCompileCache: ${hasCompileCache ? 'available' : 'absent'} in this Node${process.env.NODE_COMPILE_CACHE ? ` (NODE_COMPILE_CACHE=${process.env.NODE_COMPILE_CACHE})` : ''}`);
  const [load1] = loadavg();
  out(`load average (1 min) before the runs: ${(load1 ?? 0).toFixed(2)}${(load1 ?? 0) > cores / 2 ? ' — the machine is busy: timings will be inflated and noisy' : ''}`);
  if (!existsSync(bin)) {
    out(`\n${relative(process.cwd(), bin)} is missing: run \`npm run build\` first (npm run bench does).`);
    return;
  }

  const work = mkdtempSync(join(tmpdir(), 'codegouv-bench-'));
  // Also on an early exit (Ctrl-C, a closed pipe): never leave 200 repositories behind.
  const removeWork = (): void => rmSync(work, { recursive: true, force: true });
  process.once('exit', removeWork);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeWork();
      process.exit(130);
    });
  }
  const rows: Row[] = [];
  try {
    const stay = () => work;

    // One generated repository, then MANY copies of it, for `check`.
    const repos = join(work, 'repos');
    const one = join(repos, 'repo-000');
    mkdirSync(one, { recursive: true });
    writeFileSync(join(one, 'answers.yml'), ANSWERS_YAML);
    const generated = run([bin, '--yes', '--answers', 'answers.yml'], one).result;
    rmSync(join(one, 'answers.yml'), { force: true });
    const names = ['repo-000'];
    for (let i = 1; i < MANY; i++) {
      const name = `repo-${String(i).padStart(3, '0')}`;
      cpSync(one, join(repos, name), { recursive: true });
      names.push(name);
    }

    // The whole headless skeleton runs each time in a fresh directory holding only answers.yml.
    let fresh = 0;
    const skeletonDirs = join(work, 'skeletons');
    mkdirSync(skeletonDirs);
    const freshDir = (): string => {
      const dir = join(skeletonDirs, `run-${fresh++}`);
      mkdirSync(dir);
      writeFileSync(join(dir, 'answers.yml'), ANSWERS_YAML);
      return dir;
    };
    const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

    const generators = generatorAnchors(work);
    const references = referenceTools(repos, 'repo-000');
    const codegouv: Command[] = [
      { args: ['-e', '0'], prepare: stay },
      { args: [bin, '--help'], prepare: stay },
      { args: [bin, '--yes', '--answers', 'answers.yml'], prepare: freshDir, cleanup: removeDir },
      { args: [bin, 'check', 'repo-000'], prepare: () => repos },
      { args: [bin, 'check', ...names], prepare: () => repos },
    ];
    // Anchors in the same rounds as codegouv's rows: a change of load hits them all alike.
    const samples = measureRounds([...codegouv, ...generators.anchors.map((a) => a.command), ...references.anchors.map((a) => a.command)], runs);
    const [bare, help, skeleton, checkOne, checkMany] = samples as [Sample, Sample, Sample, Sample, Sample];
    const generatorSamples = samples.slice(codegouv.length, codegouv.length + generators.anchors.length);
    const referenceSamples = samples.slice(codegouv.length + generators.anchors.length);

    const failed = (sample: Sample): string => (sample.status === 0 ? '' : `FAILED (exit ${String(sample.status)}): ${firstLine(sample.last.stderr)}`);
    const generatedNote = generated.status === 0 ? '' : ` (repository generation failed, exit ${String(generated.status)})`;
    const checkNote = (sample: Sample): string => {
      if (sample.status === 2) return `(stub) exit 2: ${firstLine(sample.last.stderr)}${generatedNote}`;
      if (sample.status === 0) return `compliant (exit 0)${generatedNote}`;
      if (sample.status === 1) return `not compliant (exit 1)${generatedNote}`;
      return `FAILED (exit ${String(sample.status)}): ${firstLine(sample.last.stderr)}${generatedNote}`;
    };
    const exited = (sample: Sample, path: string): string => (sample.status === 0 ? path : `exit ${String(sample.status)}: ${firstLine(sample.last.stderr) || firstLine(sample.last.stdout)} (${path})`);
    rows.push({ label: 'node -e 0', sample: bare, note: failed(bare) });
    generators.anchors.forEach((anchor, index) => rows.push({ label: anchor.label, sample: generatorSamples[index]!, note: anchor.note === '' ? failed(generatorSamples[index]!) : exited(generatorSamples[index]!, anchor.note) }));
    rows.push({ label: 'codegouv --help', sample: help, note: failed(help) });
    rows.push({ label: 'codegouv --yes --answers (whole skeleton)', sample: skeleton, note: failed(skeleton) });
    const asked = await firstQuestionTimes(bin, work, runs);
    if (asked) rows.push({ label: 'codegouv (first question on screen, pty)', sample: { ms: asked, status: 0, statuses: asked.map(() => 0), last: generated }, note: '' });
    else out('first question: not measured (util-linux `script` missing, or the question never appeared)');
    rows.push({ label: 'codegouv check (1 repository)', sample: checkOne, note: checkNote(checkOne) });
    rows.push({ label: `codegouv check (${MANY} repositories)`, sample: checkMany, note: checkNote(checkMany) });
    references.anchors.forEach((anchor, index) => rows.push({ label: anchor.label, sample: referenceSamples[index]!, note: exited(referenceSamples[index]!, anchor.note) }));

    // The table.
    for (const line of [...generators.skipped, ...references.skipped]) out(line);
    const base = median(bare.ms);
    const width = Math.max(...rows.map((row) => row.label.length));
    out();
    out(`${pad('command', width)}  ${pad('median', 10, true)}  ${pad('min', 10, true)}  ${pad('max', 10, true)}  ${pad('× node -e 0', 11, true)}  note`);
    out(`${'-'.repeat(width)}  ${'-'.repeat(10)}  ${'-'.repeat(10)}  ${'-'.repeat(10)}  ${'-'.repeat(11)}  ----`);
    const varied = (sample: Sample): string => {
      const counts = new Map<string, number>();
      for (const status of sample.statuses) counts.set(String(status), (counts.get(String(status)) ?? 0) + 1);
      return counts.size <= 1 ? '' : ` [exit codes varied: ${[...counts].map(([code, n]) => `${code}×${n}`).join(', ')}]`;
    };
    for (const row of rows) {
      row.note += varied(row.sample);
      const m = median(row.sample.ms);
      out(`${pad(row.label, width)}  ${pad(fmtMs(m), 10, true)}  ${pad(fmtMs(Math.min(...row.sample.ms)), 10, true)}  ${pad(fmtMs(Math.max(...row.sample.ms)), 10, true)}  ${pad(`${(m / base).toFixed(2)}×`, 11, true)}  ${row.note}`);
    }

    out();
    const skeletonRatio = median(skeleton.ms) / base;
    const beside = generators.anchors.map((anchor, index) => `${anchor.label.split(' ')[0]} ${(median(generatorSamples[index]!.ms) / base).toFixed(2)}×`).join(', ');
    out(`whole headless skeleton: ${skeletonRatio.toFixed(2)}× node -e 0 (target ≤ ${SKELETON_TARGET}×: ${skeletonRatio <= SKELETON_TARGET && skeleton.status === 0 ? 'met' : 'NOT met'}; beside ${beside})`);
    const helpRatio = median(help.ms) / base;
    out(`--help: ${helpRatio.toFixed(2)}× node -e 0 (target ≤ ${HELP_TARGET}×: ${helpRatio <= HELP_TARGET && help.status === 0 ? 'met' : 'NOT met'})`);
    if (asked) out(`first question on screen: ${fmtMs(median(asked))} (target ≤ ${FIRST_QUESTION_TARGET_MS} ms: ${median(asked) <= FIRST_QUESTION_TARGET_MS ? 'met' : 'NOT met'})`);
    const perRepo = (median(checkMany.ms) - median(checkOne.ms)) / (MANY - 1);
    const stub = checkOne.status === 2 || checkMany.status === 2;
    if (references.skipped.length > 0) out(`check against the reference tools: not stated, ${references.skipped.length} of 3 tool(s) missing (target ≤ ${CHECK_VS_REFERENCE_TARGET}× their sum)`);
    else {
      const parts = references.anchors.map((anchor, index) => ({ name: anchor.label.replace(/ \(.*$/u, ''), ms: median(referenceSamples[index]!.ms) }));
      const sum = parts.reduce((total, part) => total + part.ms, 0);
      const ratio = median(checkOne.ms) / sum;
      out(`check against the reference tools on repo-000: ${fmtMs(median(checkOne.ms))} / (${parts.map((part) => `${part.name} ${fmtMs(part.ms)}`).join(' + ')} = ${fmtMs(sum)}) = ${ratio.toFixed(2)}× (target ≤ ${CHECK_VS_REFERENCE_TARGET}×: ${ratio <= CHECK_VS_REFERENCE_TARGET && checkOne.status !== null && checkOne.status <= 1 ? 'met' : 'NOT met'})`);
    }
    out(`check, per additional repository: (t${MANY} − t1) / ${MANY - 1} = ${perRepo.toFixed(2)} ms (target < ${CHECK_TARGET_MS} ms: ${stub ? 'not measurable, check is still a stub' : perRepo < CHECK_TARGET_MS ? 'met' : 'NOT met'})`);

    measureHostile(bin, work, runs, out);
    measureRealRepositories(bin, work, join(root, '..', 'shared', 'realrepos'), runs, out);
  } finally {
    removeWork();
  }

  out();
  const deps = productionDependencySize(root);
  if (deps.error) out(`production dependencies: not measured (${deps.error})`);
  else out(`production dependencies (npm ls --omit=dev --all): ${deps.packages} packages, ${fmtBytes(deps.bytes)} in ${deps.files} files (apparent size)`);
  const own = ownPackageSize(root);
  if (own) out(`the package itself (npm pack --dry-run, unpacked): ${fmtBytes(own.bytes)} in ${own.files} files`);
}

// `npm run bench | head`: a closed pipe ends the bench quietly (the exit handler still cleans up).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await main();
} catch (error) {
  process.stdout.write(`bench: ${String((error as Error)?.stack ?? error)}\n`);
}
process.exitCode = 0;
