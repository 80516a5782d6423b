import { crc32, deflateSync } from 'node:zlib';
import { Alias, type Document, isCollection, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/** A valid publiccode.yml to mutate. */
export interface Base {
  name: string;
  text: string;
}

/** A publiccode.yml with one mutation, and the files its repository holds beside it. */
export interface Mutant {
  id: string;
  kind: MutationKind;
  source: string | Uint8Array;
  files: Record<string, string | Uint8Array>;
}

type Path = (string | number)[];
type Rng = () => number;
interface Outcome {
  detail: string;
  source: string | Uint8Array;
  files?: Record<string, string | Uint8Array>;
}
type Mutation = (doc: Document, text: string, rng: Rng) => Outcome | undefined;

/** mulberry32: small, fast, good enough to pick mutations reproducibly. */
function seededRandom(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Every path to a node of the document, the root excluded. */
function pathsOf(node: unknown, prefix: Path = []): Path[] {
  if (isMap(node)) {
    return node.items.flatMap((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const path = [...prefix, key];
      return [path, ...pathsOf(pair.value, path)];
    });
  }
  if (isSeq(node)) return node.items.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  return [];
}

const languagesOf = (doc: Document): string[] => {
  const description = doc.get('description');
  return isMap(description) ? description.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key)) : [];
};

const serialise = (doc: Document): string => doc.toString({ lineWidth: 0 });

function setIn(doc: Document, path: Path, value: unknown, detail: string): Outcome {
  doc.setIn(path, isCollection(value) || value instanceof Scalar || value instanceof Alias ? value : doc.createNode(value));
  return { detail, source: serialise(doc) };
}

function graphemes(count: number, rng: Rng): string {
  const unit = pick(rng, ['a', 'e\u0301', '🇫🇷', '👩‍👩‍👧', 'é', '한']);
  return `${unit.repeat(count)}`;
}

function png(): Uint8Array {
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.concat([Buffer.from(type, 'latin1'), body]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(head));
    return Buffer.concat([length, head, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from([0, 0, 0, 0]))), chunk('IEND', Buffer.alloc(0))]);
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n';

const missingKey: Mutation = (doc, _text, rng) => {
  const path = pick(rng, pathsOf(doc.contents));
  doc.deleteIn(path);
  return { detail: path.join('.'), source: serialise(doc) };
};

const WRONG_VALUES: readonly unknown[] = [42, 1.5, true, false, null, ['x'], { a: 'b' }, 'texte', '0', '', 0];

const mistypedKey: Mutation = (doc, _text, rng) => {
  const path = pick(rng, pathsOf(doc.contents));
  const value = pick(rng, WRONG_VALUES);
  return setIn(doc, path, value, `${path.join('.')}=${JSON.stringify(value)}`);
};

const ENUMS: readonly [Path, readonly string[]][] = [
  [['developmentStatus'], ['concept', 'development', 'beta', 'stable', 'obsolete', 'Stable', 'alpha', 'stable ', 'production', '']],
  [['softwareType'], ['standalone/web', 'standalone/backend', 'library', 'addon', 'configurationFiles', 'standalone', 'Standalone/Web', 'standalone/web/', 'library ', 'web']],
  [['maintenance', 'type'], ['internal', 'contract', 'community', 'none', 'Internal', 'external', 'interne']],
  [['platforms', 0], ['web', 'linux', 'windows', 'mac', 'android', 'ios', 'Web', 'solaris', '']],
  [['categories'], ['cloud-management', 'document-management', 'it-development', 'crm', 'Cloud-Management', 'documents', 'it_development']],
  [['intendedAudience', 'scope'], ['government', 'local-authorities', 'society', 'Government', 'administration', 'local_authorities']],
  [['intendedAudience', 'countries'], ['fr', 'FR', 'it', 'fra', 'FX', 'EU', 'uk', 'GB', 'XK', 'zz']],
];

const enumValue: Mutation = (doc, _text, rng) => {
  const [path, values] = pick(rng, ENUMS);
  const value = pick(rng, values);
  const asList = path.length === 1 && (path[0] === 'categories') || path[1] === 'scope' || path[1] === 'countries';
  return setIn(doc, path, asList ? [value] : value, `${path.join('.')}=${value}`);
};

const DATES = ['2026-01-31', '2026-02-29', '2024-02-29', '2026-02-30', '2026-13-01', '2026-1-5', '31/01/2026', '2026-01-31T10:00:00Z', '20260131', '', '2026-00-10', '1999-12-31', '2026/01/31', ' 2026-01-31'];

const dateValue: Mutation = (doc, _text, rng) => {
  const value = pick(rng, DATES);
  return setIn(doc, ['releaseDate'], value, `releaseDate=${value}`);
};

const URLS = [
  'https://example.org', 'http://example.org/x', 'ftp://example.org/x', 'example.org', 'https://', 'https://exa mple.org',
  'git@github.com:org/repo.git', 'https://example.org/%zz', 'urn:x-italian-pa:abc', 'mailto:x@example.org', '//example.org',
  'https://例え.jp/', 'HTTPS://EXAMPLE.ORG/', 'https://example.org:99999/', 'https://[::1]/', 'https://example.org/a b', 'http:/example.org',
  'file:///tmp/x', 'https://user:pw@example.org/', 'https://github.com/org/repo.git', '',
];
const URL_FIELDS: readonly Path[] = [['url'], ['landingURL'], ['roadmap'], ['organisation', 'uri'], ['isBasedOn'], ['fundedBy', 0, 'uri']];

const urlValue: Mutation = (doc, _text, rng) => {
  const path = pick(rng, URL_FIELDS);
  const value = pick(rng, URLS);
  if (path[0] === 'fundedBy') return setIn(doc, ['fundedBy'], [{ name: 'Financeur', uri: value }], `fundedBy[0].uri=${value}`);
  if (path[0] === 'organisation' && !doc.hasIn(['organisation'])) return setIn(doc, ['organisation'], { uri: value, name: 'Org' }, `organisation.uri=${value}`);
  return setIn(doc, path, value, `${path.join('.')}=${value}`);
};

const EMAILS = ['a@example.fr', 'a@example', 'a.b@c.example.fr', 'a@@example.fr', 'a b@example.fr', '"a b"@example.fr', 'Jean <a@example.fr>', 'é@example.fr', 'a@localhost', '@example.fr', 'a@example..fr', 'a+tag@example.fr', 'a@exa_mple.fr', 'a@[127.0.0.1]', 'A@EXAMPLE.FR', ''];

const emailValue: Mutation = (doc, _text, rng) => {
  const value = pick(rng, EMAILS);
  if (!doc.hasIn(['maintenance', 'contacts', 0])) return setIn(doc, ['maintenance'], { type: 'internal', contacts: [{ name: 'X', email: value }] }, `contact email=${value}`);
  return setIn(doc, ['maintenance', 'contacts', 0, 'email'], value, `contacts[0].email=${value}`);
};

const LANGUAGES = ['fr', 'en', 'fre', 'fra', 'ger', 'deu', 'qaa', 'qtz', 'qaa-Latn', 'fr-FR', 'fr_FR', 'fr-fr', 'FR', 'fr-CA', 'en-GB', 'x-foo', 'fr-x-foo', 'i-klingon', 'zh-Hant-TW', 'sr-Latn', 'und', 'zxx', 'zzz', 'iw', 'french', 'f', 'fr-', 'es-419', 'fr-Latn-FR-u-ca-gregory', 'en-US-POSIX', 'ita'];

const languageCode: Mutation = (doc, _text, rng) => {
  const code = pick(rng, LANGUAGES);
  const languages = languagesOf(doc);
  if (rng() < 0.5) {
    const list = doc.getIn(['localisation', 'availableLanguages']);
    const index = isSeq(list) ? Math.floor(rng() * list.items.length) : 0;
    return setIn(doc, ['localisation', 'availableLanguages', index], code, `availableLanguages[${index}]=${code}`);
  }
  const from = pick(rng, languages);
  const description = doc.get('description');
  if (!isMap(description) || languages.includes(code)) return undefined;
  const pair = description.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === from);
  if (!pair) return undefined;
  pair.key = new Scalar(code);
  return { detail: `description.${from}->${code}`, source: serialise(doc) };
};

const LENGTHS: readonly [string, readonly number[]][] = [
  ['shortDescription', [1, 149, 150, 151, 200]],
  ['longDescription', [149, 150, 151, 9999, 10000, 10001]],
  ['localisedName', [1, 100, 101]],
];

const lengthLimit: Mutation = (doc, _text, rng) => {
  const [field, counts] = pick(rng, LENGTHS);
  const count = pick(rng, counts);
  const language = pick(rng, languagesOf(doc));
  const value = graphemes(count, rng);
  return setIn(doc, ['description', language, field], value, `description.${language}.${field}=${count} graphemes of ${[...value][0]}`);
};

const UNKNOWN_KEYS: readonly [Path, string][] = [
  [[], 'licence'], [[], 'Name'], [[], 'extra'], [[], 'x-custom'], [[], 'descriptions'], [[], 'fr'], [[], 'it'], [[], 'IT'],
  [['legal'], 'licence'], [['maintenance'], 'email'], [['localisation'], 'languages'], [['maintenance', 'contacts', 0], 'role'],
  [['description', '*'], 'summary'], [['description', '*'], 'shortdescription'], [['organisation'], 'siret'],
];

const unknownKey: Mutation = (doc, _text, rng) => {
  const [parent, key] = pick(rng, UNKNOWN_KEYS);
  const resolved = parent.map((part) => (part === '*' ? pick(rng, languagesOf(doc)) : part));
  const value = key === 'it' || key === 'IT' ? { countryExtensionVersion: '1.0' } : 'valeur';
  if (resolved.length > 0 && !doc.hasIn(resolved)) return undefined;
  return setIn(doc, [...resolved, key], value, `${[...resolved, key].join('.')}`);
};

const TAGS = ['!!str', '!!int', '!!float', '!!bool', '!!null', '!!map', '!!seq', '!!timestamp', '!custom', '!'];

const yamlTag: Mutation = (doc, _text, rng) => {
  const path = pick(rng, pathsOf(doc.contents));
  const node = doc.getIn(path, true);
  const tag = pick(rng, TAGS);
  if (!(node instanceof Scalar || isCollection(node))) return undefined;
  node.tag = tag.startsWith('!!') ? `tag:yaml.org,2002:${tag.slice(2)}` : tag;
  try {
    return { detail: `${tag} on ${path.join('.')}`, source: serialise(doc) };
  } catch {
    return undefined;
  }
};

const anchorAlias: Mutation = (doc, _text, rng) => {
  const language = pick(rng, languagesOf(doc));
  const variant = pick(rng, ['name', 'contact-merge', 'contact-merge-dup', 'contact-merge-seq', 'inline-merge', 'description-alias', 'description-merge', 'version-anchor', 'platforms-alias']);
  switch (variant) {
    case 'name': {
      const name = doc.get('name', true);
      if (!(name instanceof Scalar)) return undefined;
      name.anchor = 'nom';
      doc.setIn(['description', language, 'localisedName'], new Alias('nom'));
      break;
    }
    case 'contact-merge':
    case 'contact-merge-dup':
    case 'contact-merge-seq': {
      const contacts = doc.getIn(['maintenance', 'contacts']);
      const first = isSeq(contacts) ? contacts.items[0] : undefined;
      if (!isSeq(contacts) || !isMap(first)) return undefined;
      first.anchor = 'contact';
      const merged = new YAMLMap();
      merged.set(new Scalar('<<'), variant === 'contact-merge-seq' ? Object.assign(new YAMLSeq(), { items: [new Alias('contact')], flow: true }) : new Alias('contact'));
      if (variant === 'contact-merge-dup') merged.set('name', 'Autre');
      else merged.set('phone', '+33 1 23 45 67 89');
      contacts.items.push(merged);
      break;
    }
    case 'inline-merge': {
      const maintenance = doc.get('maintenance');
      if (!isMap(maintenance)) return undefined;
      const type = maintenance.get('type');
      maintenance.delete('type');
      const inline = new YAMLMap();
      inline.flow = true;
      inline.set('type', type);
      maintenance.items.unshift(doc.createPair('<<', inline));
      break;
    }
    case 'description-alias':
    case 'description-merge': {
      const block = doc.getIn(['description', language], true);
      const other = language === 'en' ? 'fr' : 'en';
      if (!isMap(block) || languagesOf(doc).includes(other)) return undefined;
      block.anchor = 'desc';
      if (variant === 'description-alias') doc.setIn(['description', other], new Alias('desc'));
      else {
        const merged = new YAMLMap();
        merged.set(new Scalar('<<'), new Alias('desc'));
        doc.setIn(['description', other], merged);
      }
      const languages = doc.getIn(['localisation', 'availableLanguages']);
      if (isSeq(languages)) languages.items.push(new Scalar(other));
      break;
    }
    case 'version-anchor': {
      const version = doc.get('publiccodeYmlVersion', true);
      if (!(version instanceof Scalar)) return undefined;
      version.anchor = 'v';
      break;
    }
    case 'platforms-alias': {
      const platforms = doc.get('platforms', true);
      if (!isSeq(platforms)) return undefined;
      platforms.anchor = 'p';
      doc.setIn(['usedBy'], new Alias('p'));
      break;
    }
  }
  return { detail: variant, source: serialise(doc) };
};

const encoding: Mutation = (_doc, text, rng) => {
  const variant = pick(rng, ['bom', 'crlf', 'cr', 'bom-crlf', 'tabs-after-colon', 'trailing-spaces', 'no-final-newline', 'latin1']);
  switch (variant) {
    case 'bom':
      return { detail: variant, source: `\uFEFF${text}` };
    case 'crlf':
      return { detail: variant, source: text.replace(/\n/g, '\r\n') };
    case 'cr':
      return { detail: variant, source: text.replace(/\n/g, '\r') };
    case 'bom-crlf':
      return { detail: variant, source: `\uFEFF${text.replace(/\n/g, '\r\n')}` };
    case 'tabs-after-colon':
      return { detail: variant, source: text.replace(/^(\s*name):\s/m, '$1:\t') };
    case 'trailing-spaces':
      return { detail: variant, source: text.replace(/\n/g, '  \n') };
    case 'no-final-newline':
      return { detail: variant, source: text.replace(/\n+$/, '') };
    default:
      return { detail: variant, source: Buffer.from(text, 'latin1') };
  }
};

const documentMarkers: Mutation = (_doc, text, rng) => {
  const body = text.replace(/^(#.*\n|\s*\n)*(---\n)?/, '');
  const variant = pick(rng, ['%YAML 1.2', '%YAML 1.1', '%TAG ! tag:example.org,2026:', '---', '--- ...', 'two documents', 'comment only before', 'end marker']);
  switch (variant) {
    case '---':
      return { detail: variant, source: `---\n${body}` };
    case '--- ...':
      return { detail: variant, source: `---\n${body}...\n` };
    case 'end marker':
      return { detail: variant, source: `${body}...\n` };
    case 'two documents':
      return { detail: variant, source: `---\n${body}---\nname: autre\n` };
    case 'comment only before':
      return { detail: variant, source: `# publiccode.yml\n${body}` };
    default:
      return { detail: variant, source: `${variant}\n---\n${body}` };
  }
};

const LICENCES = [
  'MIT', 'EUPL-1.2', 'Apache-2.0 OR MIT', 'GPL-3.0-or-later WITH Classpath-exception-2.0', 'GPL-3.0+', 'GPL-3.0', 'mit', 'MIT AND (Apache-2.0 OR BSD-3-Clause)',
  'LicenseRef-interne', 'Proprietary', 'MIT OR', '(MIT', 'MIT WITH Foo-exception', 'etalab-2.0', 'CC-BY-4.0', 'DocumentRef-x:LicenseRef-y', 'MIT and Apache-2.0',
  'MIT or Apache-2.0', 'AGPL-3.0-only', 'LGPL-2.1+', 'EUPL-1.1 OR EUPL-1.2', 'MPL-2.0 WITH LLVM-exception', 'BSD', '', 'Apache 2.0', 'CECILL-2.1',
];

const spdxExpression: Mutation = (doc, _text, rng) => {
  const value = pick(rng, LICENCES);
  return setIn(doc, ['legal', 'license'], value, `legal.license=${value}`);
};

const LOGOS: readonly [string, Record<string, string | Uint8Array>][] = [
  ['logo.svg', { 'logo.svg': SVG }], ['logo.png', { 'logo.png': png() }], ['img/logo.png', { 'img/logo.png': png() }], ['logo.svg', {}],
  ['logo.png', { 'logo.png': 'not a png' }], ['logo.jpg', { 'logo.jpg': 'jpeg' }], ['logo.gif', {}], ['/logo.svg', { 'logo.svg': SVG }],
  ['../logo.svg', {}], ['./logo.svg', { 'logo.svg': SVG }], ['https://example.org/logo.svg', {}], ['https://example.org/logo.gif', {}],
  ['file:///logo.svg', { 'logo.svg': SVG }], ['logo.SVG', { 'logo.SVG': SVG }], ['logo.svgz', { 'logo.svgz': deflateSync(SVG) }], ['', {}],
];

const logoPath: Mutation = (doc, _text, rng) => {
  const [path, files] = pick(rng, LOGOS);
  const field = rng() < 0.85 ? 'logo' : 'monochromeLogo';
  return { ...setIn(doc, [field], path, `${field}=${path} (${Object.keys(files).join(',') || 'no file'})`), files };
};

const MUTATIONS = {
  'missing-key': missingKey,
  'mistyped-key': mistypedKey,
  'enum-value': enumValue,
  date: dateValue,
  url: urlValue,
  email: emailValue,
  'language-code': languageCode,
  'length-limit': lengthLimit,
  'unknown-key': unknownKey,
  'yaml-tag': yamlTag,
  'anchor-alias-merge': anchorAlias,
  encoding,
  'document-markers': documentMarkers,
  'spdx-expression': spdxExpression,
  'logo-path': logoPath,
} satisfies Record<string, Mutation>;

export type MutationKind = keyof typeof MUTATIONS;
export const MUTATION_KINDS = Object.keys(MUTATIONS) as MutationKind[];

/** `count` mutants of `bases`, the same for the same seed; the kinds take turns. */
export function publiccodeMutants(bases: readonly Base[], count: number, seed: number): Mutant[] {
  const rng = seededRandom(seed);
  const mutants: Mutant[] = [];
  for (let attempt = 0; mutants.length < count; attempt += 1) {
    if (attempt > count * 10) throw new Error('mutations keep failing to apply');
    const kind = MUTATION_KINDS[mutants.length % MUTATION_KINDS.length] as MutationKind;
    const base = pick(rng, bases);
    const outcome = MUTATIONS[kind](parseDocument(base.text), base.text, rng);
    if (!outcome) continue;
    const id = `${String(mutants.length).padStart(4, '0')} ${kind} ${base.name}: ${outcome.detail}`;
    mutants.push({ id, kind, source: outcome.source, files: outcome.files ?? {} });
  }
  return mutants;
}
