/**
 * `node dist/bench/fleet.js [--repositories N]` (after `npm run build`): the figures of the README's
 * « Parc de dépôts ». Generates N small git repositories (default 1 000) from three templates (a
 * skeleton codegouv wrote, a README alone, a licence and a README) in a temporary folder, then
 * measures, for N/5 and N repositories: `codegouv check --json` on all of them in one process, and
 * `codegouv fleet merge` on one report per repository (each as the repository's own CI job would
 * upload it). Prints wall time and peak memory (RSS, from /usr/bin/time), per 1 000 repositories,
 * and the linear extrapolation to 5 000. Deletes the folder afterwards. Always exits 0.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'codegouv.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const MINISTRY = 5_000;

const ANSWERS = {
  administration: 'Ministère de l\'Exemple', projectName: 'modele', description: 'Un outil de la flotte de test',
  longDescription: 'Cet outil sert à mesurer codegouv sur un parc de dépôts générés : il ne fait rien d\'autre, mais ses fichiers sont ceux d\'un vrai dépôt public de l\'administration.',
  features: ['Mesure'], licence: 'EUPL-1.2', reciprocityReason: 'Les administrations qui réutilisent cet outil doivent partager leurs améliorations avec les autres.', repositoryUrl: 'https://github.com/ministere-exemple/modele',
  contactName: 'Équipe numérique', contactEmail: 'equipe.numerique@exemple.gouv.fr',
};

function repositoriesArgument(argv: readonly string[]): number {
  const index = argv.indexOf('--repositories');
  const value = index >= 0 ? Number(argv[index + 1]) : 1000;
  return Number.isInteger(value) && value >= 5 ? value : 1000;
}

/** Every file of a folder (.git left out), path → content. */
function filesOf(dir: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      if (name === '.git') continue;
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path);
    }
  };
  walk(dir);
  return files;
}

function templates(work: string): Record<string, Buffer>[] {
  const skeleton = join(work, 'template-skeleton');
  mkdirSync(skeleton);
  writeFileSync(join(work, 'answers.json'), JSON.stringify(ANSWERS));
  execFileSync(process.execPath, [bin, '--yes', '--skip-git', '--answers', join(work, 'answers.json')], { cwd: skeleton, stdio: 'ignore' });
  const mit = `MIT License\n\nCopyright (c) 2026 Ministère de l'Exemple\n\n${'Permission is hereby granted, free of charge, to any person obtaining a copy. '.repeat(8)}\n`;
  return [
    filesOf(skeleton),
    { 'README.md': Buffer.from('# Outil\n\nUn outil.\n'), 'src/index.js': Buffer.from('console.log(1);\n') },
    { 'README.md': Buffer.from('# Outil\n\nUn outil sous licence MIT.\n'), LICENSE: Buffer.from(mit), 'package.json': Buffer.from('{"name":"outil","license":"MIT"}\n') },
  ];
}

function writeFleet(root: string, count: number, shapes: Record<string, Buffer>[]): string[] {
  const paths: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const path = `depot-${String(index + 1).padStart(5, '0')}`;
    const dir = join(root, path);
    for (const [file, content] of Object.entries(shapes[index % shapes.length]!)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), content);
    }
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
    execFileSync('git', ['add', '-A'], { cwd: dir });
    paths.push(path);
  }
  return paths;
}

interface Measure { ms: number; rssMb: number | undefined; status: number | null; stdout: string }

function measure(args: readonly string[], cwd: string): Measure {
  const start = process.hrtime.bigint();
  const command = TIME ? [TIME, '-f', '%M', process.execPath, bin, ...args] : [process.execPath, bin, ...args];
  const result = spawnSync(command[0]!, command.slice(1), { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1024 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kib = Number((result.stderr ?? '').trim().split('\n').at(-1));
  return { ms, rssMb: TIME && Number.isFinite(kib) ? kib / 1024 : undefined, status: result.status, stdout: result.stdout ?? '' };
}

/** One report per repository, as its CI job uploads it: its template's report, under its own path. */
function perRepositoryReports(root: string, paths: readonly string[], shapes: number): string[] {
  const reports = Array.from({ length: shapes }, (_, index) => JSON.parse(measure(['check', '--json', paths[index]!], root).stdout) as { results: { path: string }[] });
  mkdirSync(join(root, 'rapports'), { recursive: true });
  return paths.map((path, index) => {
    const report = reports[index % shapes]!;
    report.results[0]!.path = path;
    const file = join('rapports', `${path}.json`);
    writeFileSync(join(root, file), JSON.stringify(report, null, 2));
    return file;
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(0)} Mo`);

const count = repositoriesArgument(process.argv.slice(2));
const small = Math.floor(count / 5);
const work = mkdtempSync(join(tmpdir(), 'codegouv-bench-fleet-'));
try {
  const shapes = templates(work);
  const root = join(work, 'parc');
  const paths = writeFleet(root, count, shapes);
  const reports = perRepositoryReports(root, paths, shapes.length);
  const rows = [small, count].map((size) => {
    const check = measure(['check', '--json', ...paths.slice(0, size)], root);
    const merge = measure(['fleet', 'merge', '--json', ...reports.slice(0, size)], root);
    return { size, check, merge, bytes: Buffer.byteLength(merge.stdout) };
  });
  const [low, high] = rows as [(typeof rows)[number], (typeof rows)[number]];
  const per1000 = (ms: number) => (ms * 1000) / count;
  /** Memory grows with the number of repositories held: the slope between the two sizes, carried to 5 000. */
  const at = (lowMb: number | undefined, highMb: number | undefined) =>
    lowMb === undefined || highMb === undefined ? undefined : highMb + ((highMb - lowMb) / (count - small)) * (MINISTRY - count);
  process.stdout.write([
    `Parc généré : ${count} dépôts (3 modèles), ${cpus().length} cœurs ${cpus()[0]?.model ?? ''}, Node ${process.version}`,
    ...rows.map((row) => `${row.size} dépôts : check --json ${seconds(row.check.ms)} (${mb(row.check.rssMb)}, sortie ${String(row.check.status)}), fleet merge ${seconds(row.merge.ms)} (${mb(row.merge.rssMb)}, sortie ${String(row.merge.status)}), rapport ${(row.bytes / 1024 / 1024).toFixed(1)} Mio`),
    `Pour 1 000 dépôts : check ${seconds(per1000(high.check.ms))}, fleet merge ${seconds(per1000(high.merge.ms))}`,
    `Extrapolé à ${MINISTRY} dépôts : check ${seconds((high.check.ms * MINISTRY) / count)} (${mb(at(low.check.rssMb, high.check.rssMb))}), fleet merge ${seconds((high.merge.ms * MINISTRY) / count)} (${mb(at(low.merge.rssMb, high.merge.rssMb))}), rapport ${((high.bytes * MINISTRY) / count / 1024 / 1024).toFixed(0)} Mio`,
    '',
  ].join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
