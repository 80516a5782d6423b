/** REUSE.toml: what codegouv did not declare as the team's work, and why. */
export const reuseToml = {
  'reuseToml.undeclared': ({ count, classes, snippet }: { count: number; classes: readonly string[]; snippet: string }) =>
    `${count} fichier(s) sans information de licence ne sont pas déclarés dans REUSE.toml, car rien ne dit qu'ils sont de l'administration :\n${classes.map((line) => `      · ${line}`).join('\n')}\nÀ déclarer : vérifiez leur auteur et leur licence, puis ajoutez à REUSE.toml (en remplaçant TODO) :\n${snippet}`,
  'reuseToml.dep5Present': ({ globs }: { globs: string }) =>
    `.reuse/dep5 existe : REUSE.toml n'est pas écrit à côté (reuse refuse les deux). Convertissez-le (reuse convert-dep5, reuse 3 ou plus) puis déclarez-y les fichiers de l'équipe sans en-tête : ${globs}`,
  'reuseToml.class.vendoredAttribute': ({ count }: { count: number }) => `${count} marqué(s) linguist-vendored dans .gitattributes : le dépôt lui-même dit que c'est du code d'ailleurs`,
  'reuseToml.class.generatedAttribute': ({ count }: { count: number }) => `${count} marqué(s) linguist-generated dans .gitattributes : produits par un outil, souvent à partir du code d'autres projets`,
  'reuseToml.class.thirdPartyFolder': ({ count }: { count: number }) =>
    `${count} dans un dossier de code tiers (vendor/, third_party/, node_modules/, deps/, subprojects/, lib/ hors racine, copie du DSFR) : c'est le code d'autres projets`,
  'reuseToml.class.buildOutput': ({ count }: { count: number }) => `${count} produit(s) par la construction (dist/, priv/static/) : ils embarquent des dépendances`,
  'reuseToml.class.minified': ({ count }: { count: number }) => `${count} minifié(s) ou empaqueté(s) (*.min.js, *-min.js, *.bundle.js, nom@version.js) : en général la diffusion d'une bibliothèque`,
  'reuseToml.class.font': ({ count }: { count: number }) => `${count} police(s) : publiées par leurs fonderies sous leur propre licence (souvent OFL)`,
  'reuseToml.class.image': ({ count }: { count: number }) => `${count} image(s), icône(s) ou logo(s) : souvent d'autres auteurs (marques, photos, jeux d'icônes)`,
  'reuseToml.class.media': ({ count }: { count: number }) => `${count} fichier(s) audio ou vidéo : œuvres de leurs auteurs`,
  'reuseToml.class.data': ({ count }: { count: number }) => `${count} document(s), donnée(s) ou binaire(s) (PDF, tableurs, archives, jeux de données) : souvent venus d'ailleurs, et ce n'est pas du code`,
  'reuseToml.class.testData': ({ count }: { count: number }) => `${count} donnée(s) de test (fixtures/, testdata/, tests/**/data, src/test/resources) : souvent des documents réels ou des échantillons tiers`,
  'reuseToml.class.ownLicenceFolder': ({ count }: { count: number }) => `${count} dans un dossier qui a son propre fichier de licence : un autre projet, sous ses propres conditions`,
  'reuseToml.class.ownNotice': ({ count }: { count: number }) => `${count} portant leur propre mention de copyright (d'un autre titulaire, ou sous une autre licence que celle du projet), sans identifiant SPDX : leur titulaire dit qui il est`,
  'reuseToml.class.unread': ({ count }: { count: number }) => `${count} trop gros ou illisible(s) : codegouv n'a pas pu voir s'ils portent leur propre mention`,
};
