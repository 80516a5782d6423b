/** What a planner leaves the user to do by hand. */
export const areas = {
  'area.team.kept': ({ path, theirs }: { path: string; theirs: string }) =>
    `${path} non écrit : le dépôt a déjà le sien, ${theirs} (un second exemplaire le contredirait).`,
  'area.licence.mismatch': ({ path, found, wanted }: { path: string; found: string; wanted: string }) =>
    `${path} existant sous ${found}, alors que la réponse est ${wanted} : rien n'est changé. Gardez ${found} (--licence ${found}) ou remplacez le fichier (--force).`,
  'area.licence.heldBack': ({ paths, kept }: { paths: readonly string[]; kept: string }) =>
    `${paths.join(', ')} non écrit(s) : ${kept} est gardé tel quel, et deux licences à la racine se contrediraient. Relancez avec --force pour changer de licence (${kept} est alors remplacé).`,
  'area.licence.cranStub': ({ path, theirs }: { path: string; theirs: string }) =>
    `${path} n'est pas remplacé : c'est le fichier de champs (YEAR, COPYRIGHT HOLDER) qu'un paquet R lie à sa licence (« + file LICENSE ») et que CRAN exige tel quel${theirs ? ` ; le texte de la licence est ${theirs}` : ' ; ajoutez le texte intégral de la licence dans LICENSE.md'}.`,
  'area.licence.unrecognised': ({ path, wanted }: { path: string; wanted: string }) =>
    `${path} existant : licence non reconnue, alors que la réponse est ${wanted} ; vérifiez-le ou remplacez-le (--force).`,
  'area.publiccode.invalidExisting': ({ errors }: { errors: string }) =>
    `publiccode.yml existant invalide, laissé tel quel (corrigez-le ou relancez avec --force pour le régénérer) :\n${errors}`,
  'area.reuse.licenceMismatch': ({ path, wanted }: { path: string; wanted: string }) =>
    `REUSE.toml non écrit : le texte de licence qui reste dans le dépôt, ${path}, n'est pas ${wanted} ; y déclarer les fichiers de l'équipe sous ${wanted} serait faux. Alignez la réponse sur le texte (--licence) ou remplacez le texte (--force), puis relancez.`,
  'area.publiccode.unrepairable': ({ errors }: { errors: string }) =>
    `publiccode.yml existant invalide, laissé tel quel : le rendre valide supprimerait des champs que l'équipe a écrits (même avec --force). Corrigez à la main :\n${errors}`,
  'area.reuse.declareInToml': ({ files }: { files: string }) => `REUSE.toml existe : déclarez-y la licence de ces fichiers (sans en-tête SPDX) : ${files}`,
  'area.dco.gitlabInclude': ({ path }: { path: string }) => `Ajoutez à .gitlab-ci.yml : include: [{local: ${path}}] (le fichier existant n'est pas modifié)`,
  'area.dco.otherForge': ({ script }: { script: string }) => `Appelez « sh ${script} BASE..HEAD » dans l'intégration continue de votre forge`,
  'area.ci.gitlabInclude': ({ path }: { path: string }) => `Ajoutez à la liste include: de .gitlab-ci.yml l'entrée {local: ${path}}`,
  'area.ci.gitlabIncludeKept': ({ path }: { path: string }) => `Ajoutez à la liste include: de .gitlab-ci.yml l'entrée {local: ${path}} (le fichier existant n'est pas modifié)`,
  'area.ci.otherForge': ({ script, reuse, publiccode }: { script: string; reuse: string; publiccode: string }) =>
    `Forge ni GitHub ni GitLab : faites exécuter par votre intégration continue, à chaque push et demande de fusion, « sh ${script} BASE..HEAD », « ${reuse} » et « ${publiccode} »`,
};
