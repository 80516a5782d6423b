import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import helpers from 'yeoman-test';
// jsonld ships no type declarations.
// @ts-expect-error untyped module
import jsonld from 'jsonld';
import PubliccodeGenerator from '../generators/publiccode/index.ts';
import { CODEMETA_CONTEXT } from '../src/areas/codemeta.js';
import { completeAnswers, listFiles, sharedDir } from './fixtures.js';

const contextFile = join(sharedDir, 'codemeta', 'contexts', 'codemeta-3.0.jsonld');

/** Serves the CodeMeta 3.0 context from ../shared: expansion never touches the network. */
const offlineLoader = async (url: string) => {
  if (url !== CODEMETA_CONTEXT) throw new Error(`unexpected remote context ${url}`);
  return { contextUrl: null, documentUrl: url, document: JSON.parse(readFileSync(contextFile, 'utf8')) as object };
};

describe.skipIf(!existsSync(contextFile))('codemeta.json (CodeMeta 3.0)', () => {
  it('is written with a REUSE sidecar and every term survives JSON-LD expansion', async () => {
    const result = await helpers.run(PubliccodeGenerator).withOptions({ yes: true, skipInstall: true, ...completeAnswers({ codemeta: true }) } as never);
    expect(listFiles(result.cwd)).toEqual(expect.arrayContaining(['codemeta.json', 'codemeta.json.license']));
    const codemeta = JSON.parse(readFileSync(join(result.cwd, 'codemeta.json'), 'utf8')) as Record<string, unknown>;
    expect(codemeta['@context']).toBe(CODEMETA_CONTEXT);
    expect(codemeta.license).toBe('https://spdx.org/licenses/EUPL-1.2');
    const [expanded] = (await jsonld.expand(codemeta, { documentLoader: offlineLoader })) as Record<string, unknown>[];
    const expandedTerms = Object.keys(expanded!).length;
    // Terms the context does not define are dropped by expansion: none may be.
    const ownTerms = Object.keys(codemeta).filter((key) => key !== '@context').length;
    expect(expandedTerms).toBe(ownTerms);
    expect(Object.keys(expanded!)).toContain('https://codemeta.github.io/terms/developmentStatus');
  });
});
