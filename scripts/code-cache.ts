/**
 * Writes beside the generator's and check's bundles the V8 code cache Node 20 runs them from
 * (src/cli/bundle-loader.ts). Each cache is taken after a representative run in a scratch folder
 * (a skeleton written headless, then audited), so that it holds the functions those runs compile,
 * not only the bundle's top level: 310 → 250 ms for a skeleton on the machine that measured it.
 * A run that fails leaves no cache and says why; the bundles work without one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeCachesModules } from '../src/cli/bundle-loader.js';

const worker = fileURLToPath(new URL('./code-cache-worker.js', import.meta.url));

// A project as a ministry team describes it; any complete set of answers exercises the same code.
const ANSWERS = `administration: "Direction interministérielle du numérique"
projectName: registre-des-demandes
description: "Un registre des demandes adressées à l'administration"
longDescription: >-
  Ce registre recense les demandes reçues par les services, suit leur traitement de l'arrivée à la
  réponse et publie chaque mois des statistiques ouvertes sur les délais, service par service.
features:
  - Enregistrement des demandes
  - Suivi des délais
licence: MIT
repositoryUrl: https://gitlab.example.gouv.fr/dinum/registre-des-demandes
contactName: "Équipe registre"
contactEmail: registre@numerique.gouv.fr
`;

// Node ≥ 22.1 keeps its own cache of the bundles (bundle-loader.ts): nothing to write.
if (!nodeCachesModules) writeCaches();

function writeCaches(): void {
  const work = mkdtempSync(join(tmpdir(), 'codegouv-code-cache-'));
  try {
    const project = join(work, 'projet');
    writeFileSync(join(work, 'answers.yml'), ANSWERS);
    for (const bundle of ['generator', 'check'] as const) {
      const result = spawnSync(process.execPath, [worker, bundle, work, project], { cwd: work, encoding: 'utf8' });
      if (result.status !== 0) {
        process.stderr.write(`code cache: no cache for the ${bundle} bundle (exit ${String(result.status)}):\n${result.stderr}${result.stdout}`);
        break;
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
