import type { Lang } from '../policy/enums.js';

/** Messages of answer validation; each names what is wrong and how to fix it. */
export interface ValidationMessages {
  required: string;
  notText: string;
  controlCharacters: string;
  tooLong: (max: number, actual: number) => string;
  tooShort: (min: number, actual: number) => string;
  projectName: string;
  httpsUrl: string;
  email: string;
  oneOf: (allowed: readonly string[]) => string;
  licenceNear: (input: string, suggestion: string) => string;
  licenceRefused: (input: string, allowed: readonly string[], source: string) => string;
  licenceCase: (input: string, id: string) => string;
  docsLicence: (input: string, allowed: readonly string[]) => string;
  emptyList: string;
  listOfText: string;
  contractorName: (index: number) => string;
  contractorUntil: (index: number) => string;
  contractorEmail: (index: number) => string;
  contractorWebsite: (index: number) => string;
  contractorsRequired: string;
  contractorsForbidden: (type: string) => string;
  languages: string;
  year: string;
  boolean: string;
  problemsHeader: string;
  nothingWritten: string;
  unknownKey: (key: string) => string;
  unknownValues: (values: readonly string[], allowed: readonly string[]) => string;
  supports: (values: readonly string[], aliases: readonly string[]) => string;
}

const fr: ValidationMessages = {
  required: 'réponse obligatoire manquante',
  notText: 'doit être un texte',
  controlCharacters: 'contient des caractères de contrôle ou un saut de ligne',
  tooLong: (max, actual) => `trop long : ${actual} caractères, ${max} au plus`,
  tooShort: (min, actual) => `trop court : ${actual} caractères, ${min} au moins`,
  projectName: 'lettres minuscules, chiffres, « . », « _ » et « - » seulement, sans « / » (nom du dépôt, ex. mon-projet)',
  httpsUrl: 'doit être une adresse https:// complète (ex. https://github.com/organisation/projet)',
  email: 'doit être une adresse électronique (ex. equipe@ministere.gouv.fr)',
  oneOf: (allowed) => `valeurs possibles : ${allowed.join(', ')}`,
  licenceNear: (input, suggestion) =>
    `« ${input} » n'est pas un identifiant SPDX autorisé ; vouliez-vous dire ${suggestion} ? (--licence ${suggestion})`,
  licenceRefused: (input, allowed, source) =>
    `« ${input} » n'est pas une licence autorisée pour le code d'une administration (article D.323-2-1 du CRPA, liste : ${source}). Licences autorisées : ${allowed.join(', ')}`,
  licenceCase: (input, id) => `licence « ${input} » écrite ${id}, sa casse SPDX exacte`,
  docsLicence: (input, allowed) => `« ${input} » refusée pour la documentation ; valeurs possibles : ${allowed.join(', ')}`,
  emptyList: 'il faut au moins un élément',
  listOfText: 'doit être une liste de textes non vides',
  contractorName: (index) => `prestataire n° ${index + 1} : « name » manquant`,
  contractorUntil: (index) => `prestataire n° ${index + 1} : « until » doit être une date AAAA-MM-JJ`,
  contractorEmail: (index) => `prestataire n° ${index + 1} : « email » n'est pas une adresse électronique`,
  contractorWebsite: (index) => `prestataire n° ${index + 1} : « website » doit être une adresse http(s)://`,
  contractorsRequired: 'maintenanceType « contract » demande au moins un prestataire {name, until}',
  contractorsForbidden: (type) => `des prestataires ne sont permis qu'avec maintenanceType « contract » (ici « ${type} »)`,
  languages: 'valeurs possibles : fr ; fr,en ; en,fr ; en (la première langue est la langue principale)',
  year: 'doit être une année sur quatre chiffres (ex. 2026)',
  boolean: 'doit valoir true ou false',
  problemsHeader: 'Réponses manquantes ou invalides :',
  nothingWritten: 'Aucun fichier n\'a été écrit. Corrigez les réponses ci-dessus (options ou fichier --answers) puis relancez.',
  unknownKey: (key) => `clé inconnue « ${key} » (voir les clés de réponse dans le README)`,
  unknownValues: (values, allowed) => `valeurs inconnues : ${values.join(', ')} ; valeurs possibles : ${allowed.join(', ')}`,
  supports: (values, aliases) => `${values.join(', ')} : ni un alias (${aliases.join(', ')}) ni une URI`,
};

const en: ValidationMessages = {
  required: 'required answer missing',
  notText: 'must be text',
  controlCharacters: 'contains control characters or a line break',
  tooLong: (max, actual) => `too long: ${actual} characters, at most ${max}`,
  tooShort: (min, actual) => `too short: ${actual} characters, at least ${min}`,
  projectName: 'lowercase letters, digits, ".", "_" and "-" only, no "/" (the repository name, e.g. my-project)',
  httpsUrl: 'must be a full https:// address (e.g. https://github.com/organisation/project)',
  email: 'must be an e-mail address (e.g. team@ministry.gouv.fr)',
  oneOf: (allowed) => `possible values: ${allowed.join(', ')}`,
  licenceNear: (input, suggestion) =>
    `"${input}" is not an authorised SPDX id; did you mean ${suggestion}? (--licence ${suggestion})`,
  licenceRefused: (input, allowed, source) =>
    `"${input}" is not a licence a French administration may use for its code (article D.323-2-1 CRPA, list: ${source}). Authorised licences: ${allowed.join(', ')}`,
  licenceCase: (input, id) => `licence "${input}" written ${id}, its exact SPDX case`,
  docsLicence: (input, allowed) => `"${input}" refused for documentation; possible values: ${allowed.join(', ')}`,
  emptyList: 'at least one item is needed',
  listOfText: 'must be a list of non-empty texts',
  contractorName: (index) => `contractor #${index + 1}: "name" missing`,
  contractorUntil: (index) => `contractor #${index + 1}: "until" must be a YYYY-MM-DD date`,
  contractorEmail: (index) => `contractor #${index + 1}: "email" is not an e-mail address`,
  contractorWebsite: (index) => `contractor #${index + 1}: "website" must be an http(s):// address`,
  contractorsRequired: 'maintenanceType "contract" needs at least one contractor {name, until}',
  contractorsForbidden: (type) => `contractors are only allowed with maintenanceType "contract" (here "${type}")`,
  languages: 'possible values: fr; fr,en; en,fr; en (the first is the primary language)',
  year: 'must be a four-digit year (e.g. 2026)',
  boolean: 'must be true or false',
  problemsHeader: 'Missing or invalid answers:',
  nothingWritten: 'No file was written. Fix the answers above (flags or --answers file) and run again.',
  unknownKey: (key) => `unknown key "${key}" (see the answer keys in the README)`,
  unknownValues: (values, allowed) => `unknown values: ${values.join(', ')}; possible values: ${allowed.join(', ')}`,
  supports: (values, aliases) => `${values.join(', ')}: neither an alias (${aliases.join(', ')}) nor a URI`,
};

export const VALIDATION_MESSAGES: Readonly<Record<Lang, ValidationMessages>> = { fr, en };
