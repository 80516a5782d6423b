/** The policy's licence advice: the explanation before the licence question, the reason of general interest for reciprocity, rule L3. */
export const licenceAdvice = {
  'question.reciprocityReason': 'Motif d\'intérêt général de la réciprocité (art. L.323-2 CRPA), une ou deux phrases écrites dans le README',
  'licenceAdvice.explain': ({ source }: { source: string }) =>
    `Licence permissive (Apache-2.0 par défaut) : chacun réutilise le code, y compris dans un logiciel fermé. Licence à réciprocité : les versions modifiées redistribuées restent libres ; la politique la réserve aux cas où l'intérêt général l'exige, motif que vous devrez donner. Source : ${source}`,
  'licenceAdvice.onlineService': ({ key, value, licence, source }: { key: string; value: string; licence: string; source: string }) =>
    `Service en ligne (${key} : ${value}) : ${licence} est proposée, car sa clause réseau oblige aussi à publier les modifications d'un logiciel offert en ligne sans être distribué. Source : ${source}`,
  'licenceAdvice.bundledGpl': ({ path, found, licence, source }: { path: string; found: string; licence: string; source: string }) =>
    `Du code sous ${found} est déjà dans le dépôt (${path}) : ${licence}, compatible avec lui, est proposée. Source : ${source}`,
  'licenceAdvice.suggested': 'proposée',
  'licenceAdvice.reasonShort': ({ min }: { min: number }) => `motif trop court : écrivez en une ou deux phrases (${min} caractères au moins) l'intérêt général que la réciprocité défend`,
  'licenceAdvice.reasonPlaceholder': 'ce texte ne donne pas de motif (texte à compléter) : écrivez l\'intérêt général que la réciprocité défend, par exemple « empêcher qu\'un service public en ligne soit repris sous une forme fermée »',
  'licenceAdvice.reasonRequired': ({ licence, flag, source }: { licence: string; flag: string; source: string }) =>
    `${licence} est une licence à réciprocité : l'article L.323-2 du CRPA n'admet cette restriction que pour un motif d'intérêt général (${source}). Donnez-le avec ${flag} "…" (il sera écrit dans la section Licence du README), ou choisissez une licence permissive avec --licence Apache-2.0`,
  'rule.L3.title': 'Motif d\'intérêt général de la réciprocité',
  'rule.L3.permissive': 'Licence permissive : aucun motif de réciprocité à donner.',
  'rule.L3.unknown': 'Licence du projet non déterminée (voir L1) : motif non vérifié.',
  'rule.L3.stated': ({ licences, path, reason }: { licences: readonly string[]; path: string; reason: string }) => `Licence à réciprocité (${licences.join(', ')}) ; ${path} en donne le motif : « ${reason} ».`,
  'rule.L3.generic': ({ licences, path }: { licences: readonly string[]; path: string }) =>
    `Licence à réciprocité (${licences.join(', ')}) : ${path} ne contient que la phrase générale que codegouv écrivait, sans motif propre au projet (art. L.323-2 CRPA).`,
  'rule.L3.missing': ({ licences, path }: { licences: readonly string[]; path: string }) => `Licence à réciprocité (${licences.join(', ')}) sans motif d'intérêt général dans ${path} (art. L.323-2 CRPA).`,
  'rule.L3.refused': ({ licences, path, reason }: { licences: readonly string[]; path: string; reason: string }) => `Licence à réciprocité (${licences.join(', ')}) : le motif de ${path}, « ${reason} », ne dit rien (trop court ou texte à compléter).`,
  'fixes.L3.reason': ({ path }: { path: string }) => `Dans la section Licence de ${path}, écrivez après « Motif d'intérêt général de la réciprocité : » l'intérêt général que la réciprocité défend, ou choisissez une licence permissive.`,
  'rule.L2.reciprocal': ({ licences }: { licences: readonly string[] }) => `Licence à réciprocité (${licences.join(', ')}) : choix possible hors du défaut permissif, si son motif d'intérêt général est écrit (règle L3).`,
};
