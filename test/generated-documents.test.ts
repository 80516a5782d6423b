import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildPubliccode } from '../src/areas/publiccode-build.js';
import { validateAnswers } from '../src/answers/validate.js';
import { missingReadmeTopics } from '../src/repo/readme-topics.js';
import { validatePubliccode } from '../src/publiccode/validate.js';
import { codegouv, completeAnswers, englishFirst, listFiles, repoRoot } from './fixtures.js';

/** A folder where codegouv ran with these answers (--yes), and its output. */
function generated(answers: Record<string, unknown>, args: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-docs-'));
  writeFileSync(join(dir, 'answers.yml'), stringify(answers));
  const result = codegouv(dir, [...args, '--yes', '--answers', 'answers.yml']);
  return { dir, result, read: (path: string) => readFileSync(join(dir, path), 'utf8') };
}

/** The Markdown section under `## title`, up to the next `## ` heading. */
function section(markdown: string, title: string): string | undefined {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) return undefined;
  const next = markdown.indexOf('\n## ', start + 4);
  return markdown.slice(start, next < 0 ? undefined : next);
}

const PERSONAL_LONG_ADMINISTRATION = 'Ministère de l\'Intérieur et des Outre-mer, Direction du numérique, Sous-direction des applications';

describe('the generated README', () => {
  it('lists the features, has a marked section to fill on installing and using, and the next steps (French)', () => {
    const { result, read } = generated(completeAnswers());
    expect(result.status, result.stderr).toBe(0);
    const readme = read('README.md');
    expect(section(readme, 'Fonctionnalités')).toContain('- Instruction des demandes\n- Préparation des courriers');
    const install = section(readme, 'Installation et utilisation') ?? '';
    expect(install).toMatch(/<!-- À compléter par l'équipe[^]*-->/u);
    // Until the team fills it, the section holds nothing but the marker.
    expect(install.replace(/<!--[^]*?-->/u, '').trim()).toBe('## Installation et utilisation');
    const next = section(readme, 'Prochaines étapes') ?? '';
    expect(next).toContain('« Installation et utilisation »');
    expect(next).toContain('`codegouv check`');
    expect(readme.indexOf('## Installation et utilisation')).toBeLessThan(readme.indexOf('## Contribuer'));
  });

  it('has the same sections in English', () => {
    const { result, read } = generated(englishFirst({ languages: ['en'] }));
    expect(result.status, result.stderr).toBe(0);
    const readme = read('README.md');
    expect(section(readme, 'Features')).toContain('- Request processing');
    expect(section(readme, 'Installation and usage')).toMatch(/<!-- For the team to fill in[^]*-->/u);
    expect(section(readme, 'Next steps')).toContain('"Installation and usage"');
  });

  it('does not let the unfilled marker pass for a description of the project', () => {
    const { read } = generated(completeAnswers());
    const install = section(read('README.md'), 'Installation et utilisation') ?? '';
    expect(install).toContain('<!-- À compléter');
    const readme = `# mon-projet\n\nUn outil.\n${install}\n`;
    expect(missingReadmeTopics(readme, undefined)).toContain('purpose');
  });
});

describe('the generated publiccode.yml', () => {
  const longDescription = `${'Cet outil aide les agents à instruire les demandes des usagers, ' .repeat(4)}fin.\n\nUn second paragraphe : « guillemets », deux-points: et #dièse.\n  Une ligne en retrait.`;

  it('keeps each description on its own lines (no folding), as a literal block when it has several', () => {
    const { result, read } = generated(completeAnswers({ longDescription, administration: PERSONAL_LONG_ADMINISTRATION }));
    expect(result.status, result.stderr).toBe(0);
    const text = read('publiccode.yml');
    expect(text).toContain('    longDescription: |-\n      Cet outil aide les agents');
    // The first paragraph, 260 characters, is one line.
    expect(text.split('\n').some((line) => line.trim() === longDescription.split('\n')[0])).toBe(true);
    expect(text).not.toMatch(/: >-?\n/u);
    expect(text).toContain(`    - name: Équipe Numérique d'Intérieur\n`);
  });

  it('holds no tool directive: only the REUSE header, then the data', () => {
    const { read } = generated(completeAnswers({ administration: PERSONAL_LONG_ADMINISTRATION }));
    const text = read('publiccode.yml');
    const comments = text.split('\n').filter((line) => line.startsWith('#'));
    expect(comments.every((line) => line === '#' || /^# SPDX-(FileCopyrightText|License-Identifier): /u.test(line)), comments.join('\n')).toBe(true);
    expect(text).not.toMatch(/yamllint|yaml-language-server|\$schema|^%YAML/mu);
  });

  it('reads back every value byte for byte, and passes the validator', () => {
    const raw = completeAnswers({ longDescription, features: ['Instruction « des demandes » : rapide', 'no', '#1 des courriers'] });
    const { result, read, dir } = generated(raw);
    expect(result.status, result.stderr).toBe(0);
    const text = read('publiccode.yml');
    const { answers, problems } = validateAnswers(raw, { lang: 'fr', keys: [], publiccode: true });
    expect(problems).toEqual([]);
    expect(text).not.toMatch(/: >-?\n/u);
    expect(parse(text)).toEqual(buildPubliccode(answers));
    expect(validatePubliccode(text, { baseDir: dir }).valid).toBe(true);
  });

  it('keeps the contacts when maintenance is by contract', () => {
    const { result, read } = generated(completeAnswers({ maintenanceType: 'contract', contractors: [{ name: 'Prestataire SA', until: '2099-12-31' }] }));
    expect(result.status, result.stderr).toBe(0);
    const maintenance = (parse(read('publiccode.yml')) as { maintenance: Record<string, unknown> }).maintenance;
    expect(maintenance).toEqual({
      type: 'contract',
      contractors: [{ name: 'Prestataire SA', until: '2099-12-31' }],
      contacts: [{ name: 'Équipe Numérique d\'Intérieur', email: 'equipe.numerique@interieur.gouv.fr', affiliation: completeAnswers().administration }],
    });
  });
});

describe('a maintenance contract that has ended', () => {
  it('is refused under --yes: exit 2, the flag named, nothing written', () => {
    const { dir, result } = generated(completeAnswers({ maintenanceType: 'contract' }), ['--contractors', 'Prestataire SA ; 2020-06-30']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--contractors (contractors) : le contrat de maintenance de Prestataire SA a pris fin le 2020-06-30');
    expect(listFiles(dir)).toEqual(['answers.yml']);
  });

  it('is said, not refused, when read from an existing publiccode.yml', () => {
    const earlier = generated(completeAnswers({ maintenanceType: 'contract', contractors: [{ name: 'Prestataire SA', until: '2099-12-31' }] }), ['publiccode']);
    expect(earlier.result.status, earlier.result.stderr).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-docs-'));
    writeFileSync(join(dir, 'publiccode.yml'), earlier.read('publiccode.yml').replace('2099-12-31', '2021-03-31'));
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
    const result = codegouv(dir, ['publiccode', '--yes', '--answers', 'answers.yml']);
    expect(result.status, result.stderr).toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('Note : le contrat de maintenance de Prestataire SA a pris fin le 2021-03-31 (publiccode.yml, maintenance.contractors) : indiquez le contrat en cours avec --contractors');
  });
});

describe('the DCO', () => {
  it('is the official English text, verbatim, with a French reading aid marked as not binding', () => {
    const { result, read } = generated(completeAnswers());
    expect(result.status, result.stderr).toBe(0);
    expect(read('DCO')).toBe(readFileSync(join(repoRoot, 'templates', 'dco', 'DCO.txt'), 'utf8'));
    const aid = read('DCO-fr.txt');
    expect(aid.startsWith('AIDE À LA LECTURE, SANS VALEUR JURIDIQUE\n')).toBe(true);
    expect(aid).toContain('Le texte qui fait foi est le\nDeveloper Certificate of Origin 1.1 en anglais, dans le fichier DCO');
    expect(aid.endsWith(readFileSync(join(repoRoot, 'templates', 'dco', 'DCO-fr.txt'), 'utf8'))).toBe(true);
    expect(read('DCO-fr.txt.license')).toContain('SPDX-License-Identifier: etalab-2.0');
    expect(read('LICENSES/etalab-2.0.txt').length).toBeGreaterThan(1000);
  });

  it('has no French reading aid when the documents are in English only', () => {
    const { dir, result } = generated(englishFirst({ languages: ['en'] }));
    expect(result.status, result.stderr).toBe(0);
    expect(listFiles(dir)).not.toContain('DCO-fr.txt');
  });
});

describe('the security address', () => {
  for (const [address, kind] of [['jean.dupont@interieur.gouv.fr', 'l\'adresse d\'une personne'], ['securite.projet@gmail.com', 'une adresse de messagerie grand public (gmail.com)'], ['dnum.secu@orange.fr', 'une adresse de messagerie grand public (orange.fr)']] as const) {
    it(`warns about ${address} in the run's summary and in check (S2), with the rule and its source`, () => {
      const { dir, result } = generated(completeAnswers({ securityEmail: address }));
      expect(result.status, result.stderr).toBe(0);
      const warning = `SECURITY.md envoie les signalements à ${address}, ${kind}. La politique de contribution demande une adresse professionnelle`;
      expect(`${result.stdout}${result.stderr}`).toContain(`S2 [recommandé] ${warning}`);
      const check = codegouv(dir, ['check']);
      expect(check.stdout).toContain(`✖ S2 [recommandé] ${warning}`);
      expect(check.stdout).toContain('https://github.com/DISIC/politique-de-contribution-open-source/blob/master/ouverture.md');
      // A recommendation: the repository stays compliant.
      expect(check.status).toBe(0);
    });
  }

  it('passes with a functional address of the administration', () => {
    const { dir } = generated(completeAnswers({ securityEmail: 'securite.numerique@interieur.gouv.fr' }));
    expect(codegouv(dir, ['check']).stdout).toContain('✔ S2');
  });
});
