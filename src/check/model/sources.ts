import { LICENCE_POLICY_SOURCE } from '../../policy/licences.js';
import { OPENNESS_DOC_URL } from '../../policy/enums.js';

/**
 * Where each requirement comes from. [P] is the « Politique de
 * contribution de l'État aux logiciels libres », last text of the DISIC repository.
 */
const POLICY = 'https://github.com/DISIC/politique-de-contribution-open-source/blob/master';

const SOURCES = {
  authorisedLicences: `Liste des licences autorisées, art. D.323-2-1 CRPA (décrets 2017-638 et 2021-1559) : ${LICENCE_POLICY_SOURCE}`,
  licenceChoice: `[P] pratique.md « Aide au choix de la licence », ouverture.md « Éléments à considérer » : ${POLICY}/pratique.md`,
  reciprocityReason: 'Art. L.323-2 CRPA (restrictions à la réutilisation « pour des motifs d\'intérêt général et de façon proportionnée ») : https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033219014 ; politique publique : https://code.gouv.fr/fr/politique-publique/',
  documentationLicence: `[P] pratique.md « Bonnes pratiques de documentation » ; ${LICENCE_POLICY_SOURCE}`,
  repositoryFiles: `[P] pratique.md « Fichiers présents dans le dépôt » : ${POLICY}/pratique.md`,
  readmeContent: `[P] pratique.md « Fichiers présents dans le dépôt » ; guide Etalab « logiciels » : https://guides.etalab.gouv.fr/logiciels/`,
  openness: `Documentation code.gouv.fr « Quels degrés d'ouverture… » : ${OPENNESS_DOC_URL}`,
  unmaintained: 'FAQ de la documentation code.gouv.fr (code qui n\'est plus maintenu) : https://code.gouv.fr/faq',
  frenchDocumentation: `[P] faq.md « Puis-je coder dans une langue autre que le français ? » : ${POLICY}/faq.md`,
  dcoProcess: `[P] pratique.md « Traçabilité des développements (DCO) » : ${POLICY}/pratique.md`,
  dcoSignoff: `[P] ouverture.md « Certification de l'origine des contributions (DCO) » : ${POLICY}/ouverture.md`,
  noCla: `[P] ouverture.md (« pas d'utilisation de CLA »), faq.md « Pourquoi ne devrais-je pas demander un CLA… » : ${POLICY}/faq.md`,
  fileHeaders: `[P] pratique.md « Entête des fichiers sources » ; spécification REUSE 3.3 : https://reuse.software/spec-3.3/`,
  rightsHolder: 'Documentation code.gouv.fr « Régime juridique du logiciel » (art. L.113-9 CPI) : https://code.gouv.fr/documentation/',
  publiccode: 'Blog code.gouv.fr du 29/11/2024 (publiccode.yml hors enseignement supérieur et recherche) ; standard : https://yml.publiccode.tools/',
  security: `[P] pratique.md « Sécurité » : ${POLICY}/pratique.md`,
} as const;

export type SourceId = keyof typeof SOURCES;

/** Each rule's citation, joined once: a rule's sources are one array, printed for every repository. */
const CITED = new WeakMap<readonly SourceId[], string>();

/** The citation printed under a rule: its sources, in order. */
export function citation(sources: readonly SourceId[]): string {
  let cited = CITED.get(sources);
  if (cited === undefined) {
    cited = sources.map((source) => SOURCES[source]).join(' ; ');
    CITED.set(sources, cited);
  }
  return cited;
}
