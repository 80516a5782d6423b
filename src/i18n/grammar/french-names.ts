/**
 * The French phrase that puts a preposition before the name of an administration or a project:
 * « par la Direction interministérielle du numérique », « du Ministère de l'Intérieur »,
 * « à l'Agence nationale… », « des Archives nationales », « par Etalab », « d'Annuaire ».
 *
 * The name always comes out exactly as typed (capitals, accents, apostrophes, « & », quotes);
 * only the article and the preposition before it are chosen here:
 * - a name typed with its article keeps it as typed (« par La Poste », « de L'Agence… »,
 *   « par Le Guichet »), except that « le » and « les » merge with « de » and « à » as French
 *   requires (« du Guichet », « au Guichet », « des Communs », « aux Communs »): typed capitals
 *   are kept, the usual treatment of an article that belongs to a title (« de La Poste »);
 * - a name whose first word is a known acronym (ACRONYMS) or head noun (HEAD_NOUNS) takes that
 *   word's article, elided before a vowel sound (« l'ANSSI », « l'Institut… »);
 * - any other name (NO_ARTICLE, an unknown acronym, a project's slug) stays bare, « de » elided
 *   before a vowel sound (« d'Etalab », « de mon-projet »). Bare is the safe default: a missing
 *   article reads as a proper name, a wrong one reads as a mistake.
 *
 * Elision before h: an initial h is taken as aspirated (no elision: « le Haut Conseil », « la
 * Haute Autorité », « la HAS ») unless the word starts like a word with a mute h (MUTE_H_STARTS:
 * « l'Hôpital », « l'Hôtel de Ville »); the dictionary marks each aspirated h, there is no rule.
 * Grammar: Académie française, « Dire, ne pas dire » and Dictionnaire (9e édition),
 * https://www.dictionnaire-academie.fr/ ; articles contractés (du, au, des, aux):
 * https://www.academie-francaise.fr/questions-de-langue
 *
 * Every function is linear in the name's length (no regular expression).
 */

/** The prepositions the documents use; « auprès de » and any « … de » contract like « de ». */
export type FrenchPreposition = 'de' | 'à' | 'par' | 'pour' | 'sur' | 'avec' | 'chez' | 'auprès de';

type Gender = 'masculine' | 'feminine';
type GrammaticalNumber = 'singular' | 'plural';

interface NounGrammar {
  readonly gender: Gender;
  readonly number: GrammaticalNumber;
}

const M: NounGrammar = { gender: 'masculine', number: 'singular' };
const F: NounGrammar = { gender: 'feminine', number: 'singular' };
const MP: NounGrammar = { gender: 'masculine', number: 'plural' };
const FP: NounGrammar = { gender: 'feminine', number: 'plural' };

/**
 * First words of administrations' names and their grammar, written as in the names (matched
 * without case or accents). Usage as in the official directory of the administration,
 * https://lannuaire.service-public.fr/ , and the Journal officiel, https://www.legifrance.gouv.fr/
 * « Pôle » is left out: « Pôle emploi » takes no article.
 */
const HEAD_NOUNS: Readonly<Record<string, NounGrammar>> = {
  Académie: F, Administration: F, Agence: F, Archives: FP, Armée: F, Assemblée: F, Assistance: F,
  Atelier: M, Autorité: F, Banque: F, Bibliothèque: F, Bureau: M, Cabinet: M, Caisse: F, Campus: M,
  Centre: M, Chambre: F, Cité: F, Collectivité: F, Collège: M, Comité: M, Commissariat: M,
  Commission: F, Commune: F, Communauté: F, Compagnie: F, Conseil: M, Conservatoire: M, Cour: F,
  Défenseur: M, Délégation: F, Département: M, Direction: F, Division: F, École: F, Éducation: F, Élysée: M,
  Établissement: M, État: M, Fabrique: F,
  Fondation: F, Gendarmerie: F, Groupe: M, Groupement: M, Haut: M, 'Haut-commissariat': M, Haute: F,
  Hôpital: M, Hôpitaux: MP, Hospices: MP, Hôtel: M, Imprimerie: F, Incubateur: M, Inspection: F, Institut: M,
  Instance: F, Laboratoire: M, Lycée: M, Mairie: F, Maison: F, Marine: F, Médiateur: M, Métropole: F, Ministère: M,
  Mission: F, Musée: M, Musées: MP, Muséum: M, Observatoire: M, Office: M, Opérateur: M, Parc: M,
  Plateforme: F, Police: F, Port: M, Préfecture: F, Premier: M, Présidence: F, Programme: M, Rectorat: M, Région: F, Régie: F,
  Réseau: M, Secrétariat: M, Sénat: M, Service: M, Services: MP, Société: F, 'Sous-direction': F,
  'Sous-préfecture': F, Syndicat: M, Tribunal: M, Union: F, Université: F, Ville: F,
};

/**
 * Acronyms of common administrations, with the grammar of the noun they stand for (each
 * organisation's own site writes « la DINUM », « l'Insee »…). An acronym not listed stays bare.
 */
const ACRONYMS: Readonly<Record<string, NounGrammar>> = {
  ACOSS: F, // Agence centrale des organismes de sécurité sociale, https://www.urssaf.org/
  ADEME: F, // Agence de la transition écologique, https://www.ademe.fr/
  EHESS: F, // École des hautes études en sciences sociales, https://www.ehess.fr/
  ANAH: F, // Agence nationale de l'habitat, https://www.anah.gouv.fr/
  ANCT: F, // Agence nationale de la cohésion des territoires, https://agence-cohesion-territoires.gouv.fr/
  ANFR: F, // Agence nationale des fréquences, https://www.anfr.fr/
  ANS: F, // Agence du numérique en santé, https://esante.gouv.fr/
  ANSSI: F, // Agence nationale de la sécurité des systèmes d'information, https://cyber.gouv.fr/
  ANTS: F, // Agence nationale des titres sécurisés, https://ants.gouv.fr/
  'AP-HP': F, // Assistance publique – Hôpitaux de Paris, https://www.aphp.fr/
  ARCEP: F, // Autorité de régulation des communications électroniques, https://www.arcep.fr/
  ARS: F, // Agence régionale de santé, https://www.ars.sante.fr/
  ASN: F, // Autorité de sûreté nucléaire, https://www.asn.fr/
  ATIH: F, // Agence technique de l'information sur l'hospitalisation, https://www.atih.sante.fr/
  BNF: F, // Bibliothèque nationale de France (BnF), https://www.bnf.fr/
  BRGM: M, // Bureau de recherches géologiques et minières, https://www.brgm.fr/
  CAF: F, // Caisse d'allocations familiales, https://www.caf.fr/
  CEA: M, // Commissariat à l'énergie atomique, https://www.cea.fr/
  CEREMA: M, // Centre d'études et d'expertise sur les risques…, https://www.cerema.fr/
  CHU: M, // Centre hospitalier universitaire
  CNAF: F, // Caisse nationale des allocations familiales, https://www.caf.fr/
  CNAM: F, // Caisse nationale de l'Assurance Maladie, https://assurance-maladie.ameli.fr/
  CNED: M, // Centre national d'enseignement à distance, https://www.cned.fr/
  CNES: M, // Centre national d'études spatiales, https://cnes.fr/
  CNIL: F, // Commission nationale de l'informatique et des libertés, https://www.cnil.fr/
  CNRS: M, // Centre national de la recherche scientifique, https://www.cnrs.fr/
  CPAM: F, // Caisse primaire d'assurance maladie, https://www.ameli.fr/
  CROUS: M, // Centre régional des œuvres universitaires et scolaires, https://www.lescrous.fr/
  DARES: F, // Direction de l'animation de la recherche, des études et des statistiques, https://dares.travail-emploi.gouv.fr/
  DDT: F, // Direction départementale des territoires
  DGAC: F, // Direction générale de l'aviation civile, https://www.ecologie.gouv.fr/dgac
  DGE: F, // Direction générale des entreprises, https://www.entreprises.gouv.fr/
  DGFIP: F, // Direction générale des Finances publiques (DGFiP), https://www.impots.gouv.fr/
  DGS: F, // Direction générale de la santé, https://sante.gouv.fr/
  DILA: F, // Direction de l'information légale et administrative, https://www.dila.premier-ministre.gouv.fr/
  DINUM: F, // Direction interministérielle du numérique, https://www.numerique.gouv.fr/dinum/
  DITP: F, // Direction interministérielle de la transformation publique, https://www.modernisation.gouv.fr/
  DNUM: F, // Direction du numérique (of a ministry)
  DRAC: F, // Direction régionale des affaires culturelles, https://www.culture.gouv.fr/
  DREAL: F, // Direction régionale de l'environnement, de l'aménagement et du logement
  DREES: F, // Direction de la recherche, des études, de l'évaluation et des statistiques, https://drees.solidarites-sante.gouv.fr/
  DSI: F, // Direction des systèmes d'information
  ENS: F, // École normale supérieure, https://www.ens.psl.eu/
  HAS: F, // Haute Autorité de santé (aspirated h: « la HAS »), https://www.has-sante.fr/
  IFREMER: M, // Institut français de recherche pour l'exploitation de la mer, https://www.ifremer.fr/
  IGN: M, // Institut national de l'information géographique et forestière, https://www.ign.fr/
  INPI: M, // Institut national de la propriété industrielle, https://www.inpi.fr/
  INRAE: M, // Institut national de recherche pour l'agriculture…, https://www.inrae.fr/
  INRIA: M, // Institut national de recherche en informatique et en automatique, https://www.inria.fr/
  INSEE: M, // Institut national de la statistique et des études économiques, https://www.insee.fr/
  INSERM: M, // Institut national de la santé et de la recherche médicale, https://www.inserm.fr/
  INSP: M, // Institut national du service public, https://insp.gouv.fr/
  IRD: M, // Institut de recherche pour le développement, https://www.ird.fr/
  IRSN: M, // Institut de radioprotection et de sûreté nucléaire, https://www.irsn.fr/
  MSA: F, // Mutualité sociale agricole, https://www.msa.fr/
  OFB: M, // Office français de la biodiversité, https://www.ofb.gouv.fr/
  ONF: M, // Office national des forêts, https://www.onf.fr/
  ONISEP: M, // Office national d'information sur les enseignements et les professions, https://www.onisep.fr/
  RATP: F, // Régie autonome des transports parisiens, https://www.ratp.fr/
  SGAR: M, // Secrétariat général pour les affaires régionales
  SNCF: F, // Société nationale des chemins de fer français, https://www.sncf.com/
  UGAP: F, // Union des groupements d'achats publics, https://www.ugap.fr/
  URSSAF: F, // Union de recouvrement des cotisations de sécurité sociale et d'allocations familiales, https://www.urssaf.fr/
};

/**
 * Names used without an article although their first word is a head noun (« Réseau Canopé »,
 * « Campus France »), and well-known names without one, listed so that a future head noun
 * cannot give them one. Usage on each organisation's own site.
 */
const NO_ARTICLE: readonly string[] = [
  'Action Logement', // https://www.actionlogement.fr/
  'Atout France', // https://www.atout-france.fr/
  'Bpifrance', // https://www.bpifrance.fr/
  'Business France', // https://www.businessfrance.fr/
  'Campus France', // https://www.campusfrance.org/
  'Etalab', // https://www.etalab.gouv.fr/
  'France Compétences', // https://www.francecompetences.fr/
  'France Services', // https://www.france-services.gouv.fr/
  'France Travail', // https://www.francetravail.fr/
  'Météo-France', // https://meteofrance.com/
  'Pôle emploi', // France Travail since 1 January 2024
  'Réseau Canopé', // https://www.reseau-canope.fr/
  'Santé publique France', // https://www.santepubliquefrance.fr/
  'Voies navigables de France', // https://www.vnf.fr/
];

/** Starts of words whose h is mute (Dictionnaire de l'Académie française: no asterisk). */
const MUTE_H_STARTS: readonly string[] = [
  'habit', 'harmoni', 'hebdo', 'heberg', 'herbier', 'herit', 'hexagon', 'hippodrome', 'histoir',
  'histori', 'homme', 'honneur', 'hopita', 'horaire', 'horizon', 'horticult', 'hospi', 'hotel',
  'huile', 'humain', 'humanit', 'hydr', 'hygien',
];

/** Lower case, without accents: « Établissement » and « etablissement » are the same head noun. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const byFoldedKey = <T>(record: Readonly<Record<string, T>>): ReadonlyMap<string, T> =>
  new Map(Object.entries(record).map(([key, value]) => [folded(key), value]));

/** A head noun's plural, by the regular rules (« Agences », « Bureaux », « Hôpitaux »; « Campus » stays). */
function pluralOf(noun: string): string {
  if (/[sxz]$/u.test(noun)) return noun;
  if (noun.endsWith('au') || noun.endsWith('eu')) return `${noun}x`;
  if (noun.endsWith('al')) return `${noun.slice(0, -2)}aux`;
  return `${noun}s`;
}

/** Every head noun, and the plural of each singular one (« Agences régionales de santé »): a listed form wins. */
const HEAD_NOUN_INDEX: ReadonlyMap<string, NounGrammar> = new Map([
  ...Object.entries(HEAD_NOUNS)
    .filter(([, grammar]) => grammar.number === 'singular')
    .map(([noun, grammar]): [string, NounGrammar] => [folded(pluralOf(noun)), { gender: grammar.gender, number: 'plural' }]),
  ...byFoldedKey(HEAD_NOUNS),
]);
const ACRONYM_INDEX = byFoldedKey(ACRONYMS);
const NO_ARTICLE_FOLDED = NO_ARTICLE.map(folded);

const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\u00a0' || char === '\u202f';
const isApostrophe = (char: string | undefined) => char === '\'' || char === '\u2019';

/** Where a first word ends besides a space: « ANSSI, … », « DINUM (…) », « DSI/… ». */
const WORD_ENDS = new Set([',', ';', ':', '(', '/', '.']);

/** The name's first word, up to the first space or punctuation (hyphens belong to it: « Haut-commissariat », « AP-HP »). */
function firstWord(name: string): string {
  let end = 0;
  while (end < name.length && !isSpace(name[end]) && !WORD_ENDS.has(name[end]!)) end += 1;
  return name.slice(0, end);
}

/** Whether « de », « le », « la » elide before `word`: a vowel, a y before a consonant, a mute h. */
function startsWithVowelSound(word: string): boolean {
  const plain = folded(word);
  const first = plain[0];
  if (first === undefined) return false;
  if ('aeiou'.includes(first)) return true;
  if (first === 'y') return !'aeiouy'.includes(plain[1] ?? 'a');
  return first === 'h' && MUTE_H_STARTS.some((start) => plain.startsWith(start));
}

type Article = 'le' | 'la' | 'les' | 'elided';

/** A typographic apostrophe when the name has one (« l’Agence de l’eau »), else the typewriter one. */
const apostropheFor = (name: string) => (name.includes('\u2019') ? '\u2019' : '\'');

/** The article as written before a name: « le », « la », « les », « l' ». */
const articleBefore = (article: Article, name: string) => (article === 'elided' ? `l${apostropheFor(name)}` : `${article} `);

/** How a name is introduced: bare, with an article the phrase adds, or with the one typed. */
type Determination =
  | { readonly kind: 'bare' }
  | { readonly kind: 'added'; readonly article: Article }
  | { readonly kind: 'typed'; readonly article: Article; readonly rest: string };

/** The article a name was typed with (« Le Guichet », « la Poste », « L'Agence… »), if any. */
function typedArticle(name: string): Determination | undefined {
  const start = name.slice(0, 4).toLowerCase();
  if (start.startsWith('l') && isApostrophe(name[1]) && name.length > 2) return { kind: 'typed', article: 'elided', rest: name.slice(2) };
  for (const article of ['les', 'le', 'la'] as const) {
    if (start.startsWith(article) && isSpace(name[article.length]) && name.slice(article.length + 1).trim() !== '') {
      return { kind: 'typed', article, rest: name.slice(article.length + 1) };
    }
  }
  return undefined;
}

function articleOf(grammar: NounGrammar, word: string): Article {
  if (grammar.number === 'plural') return 'les';
  if (startsWithVowelSound(word)) return 'elided';
  return grammar.gender === 'masculine' ? 'le' : 'la';
}

const takesNoArticle = (name: string) => {
  const plain = folded(name);
  return NO_ARTICLE_FOLDED.some((bare) => plain === bare || (plain.startsWith(bare) && (isSpace(plain[bare.length]) || WORD_ENDS.has(plain[bare.length]!))));
};

function determination(name: string): Determination {
  const typed = typedArticle(name);
  if (typed) return typed;
  if (takesNoArticle(name)) return { kind: 'bare' };
  const word = firstWord(name);
  const grammar = ACRONYM_INDEX.get(folded(word)) ?? HEAD_NOUN_INDEX.get(folded(word));
  return grammar ? { kind: 'added', article: articleOf(grammar, word) } : { kind: 'bare' };
}

/** The phrase split where the name (or what follows a merged article) starts. */
export interface FrenchPhraseParts {
  /** Preposition and article: « par la », « du », « de l' », « d' ». */
  readonly lead: string;
  /** What follows, exactly as typed: the whole name, or the name without a merged « Le »/« Les ». */
  readonly name: string;
}

const CONTRACTED: Readonly<Record<'de' | 'à', Readonly<Record<'le' | 'les', string>>>> = {
  de: { le: 'du', les: 'des' },
  à: { le: 'au', les: 'aux' },
};

/** The words before the article: « auprès de » contracts like « de » (« auprès du Ministère »). */
function prepositionParts(preposition: FrenchPreposition): { readonly before: string; readonly contracts?: 'de' | 'à' } {
  if (preposition === 'de' || preposition.endsWith(' de')) return { before: preposition.slice(0, -2), contracts: 'de' };
  if (preposition === 'à') return { before: '', contracts: 'à' };
  return { before: `${preposition} ` };
}

/** `preposition` before `name`, split so that the caller may escape the name alone. */
export function frenchPhraseParts(preposition: FrenchPreposition, name: string): FrenchPhraseParts {
  const { before, contracts } = prepositionParts(preposition);
  const plain = contracts ? `${before}${contracts} ` : before;
  const found = determination(name);
  const article = found.kind === 'bare' ? undefined : found.article;
  if (contracts && (article === 'le' || article === 'les')) {
    return { lead: `${before}${CONTRACTED[contracts][article]} `, name: found.kind === 'typed' ? found.rest : name };
  }
  if (found.kind === 'added') return { lead: `${plain}${articleBefore(found.article, name)}`, name };
  // Bare, or typed with « la » or « l' » (kept as typed): only « de » may elide.
  const elides = contracts === 'de' && startsWithVowelSound(name);
  return { lead: elides ? `${before}d${apostropheFor(name)}` : plain, name };
}

/** `preposition` before `name` as one phrase: `frenchPhrase('par', 'Agence bio')` is « par l'Agence bio ». */
export function frenchPhrase(preposition: FrenchPreposition, name: string): string {
  const { lead, name: rest } = frenchPhraseParts(preposition, name);
  return `${lead}${rest}`;
}

/**
 * The name with its article and no preposition, for a subject or an object: « la DINUM »,
 * « l'Agence… », « Etalab »; at the start of a sentence the article takes a capital
 * (« La DINUM est titulaire… »), the name never changes.
 */
export function frenchNounPhrase(name: string, position: 'inSentence' | 'sentenceStart' = 'inSentence'): string {
  const found = determination(name);
  if (found.kind !== 'added') return name;
  const article = articleBefore(found.article, name);
  return `${position === 'sentenceStart' ? `${article[0]!.toUpperCase()}${article.slice(1)}` : article}${name}`;
}
