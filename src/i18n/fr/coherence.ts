/**
 * A document updated section by section when an answer changes, and rule K1: licence and
 * administration said the same way in every file.
 */
export const coherence = {
  'coherence.heading': ({ heading }: { heading: string }) => `la section « ${heading} »`,
  'coherence.top': 'le début du fichier (avant le premier titre)',
  'coherence.spdx': 'l\'en-tête SPDX',
  'coherence.notUpdated': ({ path, headings, wanted }: { path: string; headings: readonly string[]; wanted: string }) =>
    `${path} : l'équipe a modifié ${headings.join(' et ')}, que codegouv ne remplace donc pas. Reportez-y à la main ce que les nouvelles réponses y écrivent, sinon codegouv check signale la contradiction (règle K1) :\n${wanted.split('\n').map((line) => `      ${line}`).join('\n')}`,
  'coherence.wouldUpdate': ({ path, headings }: { path: string; headings: readonly string[] }) =>
    `${path} est conservé tel quel. Avec --force, codegouv mettrait à jour ${headings.join(', ')} et rien d'autre : les sections ajoutées ou modifiées par l'équipe resteraient telles quelles.`,
  'coherence.K1.fixReadme': ({ path, licence }: { path: string; licence: string }) =>
    `Dans la section Licence de ${path}, nommez la licence du texte de licence (${licence}) : codegouv ne remplace pas une section que l'équipe a modifiée. Si c'est le texte de licence qui est faux, codegouv licence --force --licence ID le remplace.`,

  'coherence.K1.title': 'Cohérence des déclarations de licence et d\'administration',
  'coherence.K1.pass': 'LICENSE, README, publiccode.yml, en-têtes SPDX et .yo-rc.json disent la même licence et la même administration.',
  'coherence.K1.where.file': ({ path }: { path: string }) => path,
  'coherence.K1.where.readmeLicence': ({ path }: { path: string }) => `${path} (section Licence)`,
  'coherence.K1.where.field': ({ path, field }: { path: string; field: string }) => `${path} (${field})`,
  'coherence.K1.where.headers': 'les informations REUSE des fichiers de l\'équipe (licence la plus employée)',
  'coherence.K1.says': ({ where, value }: { where: string; value: string }) => `${where} : ${value}`,
  'coherence.K1.licences': ({ items }: { items: readonly string[] }) => `Les déclarations de licence se contredisent (aucune licence en commun) : ${items.join(' ; ')}`,
  'coherence.K1.administrations': ({ items }: { items: readonly string[] }) => `Les déclarations de l'administration se contredisent : ${items.join(' ; ')}`,
  'coherence.K1.readmeAdministration': ({ path, names }: { path: string; names: readonly string[] }) => `la section Administration de ${path} ne nomme pas ${names.join(' ni ')}`,
  'coherence.K1.fix': ({ readme }: { readme: string }) =>
    `Choisissez la licence et l'administration du projet et faites-les dire partout : le texte de licence (LICENSE) engage, puis publiccode.yml (legal.license, legal.mainCopyrightOwner), les sections Licence et Administration de ${readme}, les en-têtes SPDX et les réponses (codegouv --force --licence ID --administration "NOM" met à jour les fichiers générés ; les sections modifiées par l'équipe sont à reprendre à la main).`,
};
