import type { licenceAdvice as fr } from '../fr/licenceAdvice.js';

/** The policy's licence advice: the explanation before the licence question, the reason of general interest for reciprocity, rule L3. */
export const licenceAdvice = {
  'question.reciprocityReason': 'Reason of general interest for reciprocity (art. L.323-2 CRPA), one or two sentences written in the README',
  'licenceAdvice.explain': ({ source }: { source: string }) =>
    `Permissive licence (Apache-2.0 by default): anyone reuses the code, in closed software too. Reciprocal licence: redistributed modified versions stay free; the policy keeps it for cases where the general interest requires it, a reason you will have to give. Source: ${source}`,
  'licenceAdvice.onlineService': ({ key, value, licence, source }: { key: string; value: string; licence: string; source: string }) =>
    `Online service (${key}: ${value}): ${licence} is proposed, as its network clause also requires publishing the modifications of software offered online without being distributed. Source: ${source}`,
  'licenceAdvice.bundledGpl': ({ path, found, licence, source }: { path: string; found: string; licence: string; source: string }) =>
    `Code under ${found} is already in the repository (${path}): ${licence}, compatible with it, is proposed. Source: ${source}`,
  'licenceAdvice.suggested': 'proposed',
  'licenceAdvice.reasonShort': ({ min }: { min: number }) => `reason too short: write in one or two sentences (${min} characters at least) the general interest that reciprocity protects`,
  'licenceAdvice.reasonPlaceholder': 'this text gives no reason (text to be completed): write the general interest that reciprocity protects, for example "prevent an online public service from being taken over in a closed form"',
  'licenceAdvice.reasonRequired': ({ licence, flag, source }: { licence: string; flag: string; source: string }) =>
    `${licence} is a reciprocal licence: article L.323-2 CRPA allows this restriction only for a reason of general interest (${source}). Give it with ${flag} "…" (it is written in the README's Licence section), or choose a permissive licence with --licence Apache-2.0`,
  'rule.L3.title': 'Reason of general interest for reciprocity',
  'rule.L3.permissive': 'Permissive licence: no reciprocity reason to give.',
  'rule.L3.unknown': 'The project licence could not be determined (see L1): reason not checked.',
  'rule.L3.stated': ({ licences, path, reason }: { licences: readonly string[]; path: string; reason: string }) => `Reciprocal licence (${licences.join(', ')}); ${path} gives its reason: "${reason}".`,
  'rule.L3.generic': ({ licences, path }: { licences: readonly string[]; path: string }) =>
    `Reciprocal licence (${licences.join(', ')}): ${path} holds only the general sentence codegouv used to write, with no reason of the project's own (art. L.323-2 CRPA).`,
  'rule.L3.missing': ({ licences, path }: { licences: readonly string[]; path: string }) => `Reciprocal licence (${licences.join(', ')}) with no reason of general interest in ${path} (art. L.323-2 CRPA).`,
  'rule.L3.refused': ({ licences, path, reason }: { licences: readonly string[]; path: string; reason: string }) => `Reciprocal licence (${licences.join(', ')}): the reason in ${path}, "${reason}", says nothing (too short or text to be completed).`,
  'fixes.L3.reason': ({ path }: { path: string }) => `In the Licence section of ${path}, write after "Reason of general interest for reciprocity:" the general interest that reciprocity protects, or choose a permissive licence.`,
  'rule.L2.reciprocal': ({ licences }: { licences: readonly string[] }) => `Reciprocal licence (${licences.join(', ')}): a choice outside the permissive default, possible when its reason of general interest is written (rule L3).`,
} satisfies typeof fr;
