import type { labels as fr } from '../fr/labels.js';

export const labels = {
  'labels.docsLicence.sameAsCode': ({ licence }: { licence: string }) => `Same licence as the code (${licence})`,
  'labels.help.allowed': ({ question, values }: { question: string; values: string }) => `${question}: ${values}`,
  'labels.help.openList': ({ values }: { values: readonly string[] }) => `${values.join(', ')} or any other`,
  'labels.help.docsLicence': 'etalab-2.0 (Licence Ouverte 2.0) or the code licence',
  'labels.help.longList': ({ count, command }: { count: number; command: string }) => `${count} values, listed by ${command}`,
  'labels.help.categories': ({ count }: { count: number }) =>
    `publiccode.yml categories (${count}). Give the values (left column), comma-separated: --categories data-analytics,it-security`,
  'labels.help.scopes': ({ count }: { count: number }) =>
    `publiccode.yml public policy areas (${count}). Give the values (left column), comma-separated: --scope education,healthcare`,
  'labels.help.search': ({ topic }: { topic: string }) => `To search by a word, in French or in English (accents and case ignored): codegouv --help ${topic} ${topic === 'scopes' ? 'health' : 'directory'}`,
  'labels.help.categoriesFlag': 'publiccode.yml categories',
  'labels.help.word': 'word',
  'labels.help.topics': 'values of --categories and --scope, with their labels',
  'labels.help.source': ({ url }: { url: string }) => `Source of the values: ${url} (French labels translated by codegouv)`,
  'labels.help.noMatch': ({ term }: { term: string }) => `No value matches "${term}".`,
} satisfies typeof fr;
