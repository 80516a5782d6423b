import { plural } from '../grammar/plural.js';

const p = plural('fr');

type Path = { path: string };
type Count = { count: number };

/**
 * The rules of `codegouv check`: a title, then what each verdict says. Quotes in
 * « » are the policy's own words: https://github.com/DISIC/politique-de-contribution-open-source
 */
export const rules = {
  'rule.document.missing': ({ name }: { name: string }) => `${name} absent`,
  'rule.document.notText': ({ name, path }: { name: string; path: string }) => `${name} n'existe que dans un format non textuel (${path})`,
  'rule.document.empty': ({ path }: Path) => `${path} est vide ou presque : il doit décrire le projet`,

  'rule.L1.title': 'Texte intégral d\'une licence autorisée à la racine',
  'rule.L1.noLicenceFile': 'Aucun fichier de licence à la racine (LICENSE, LICENSE.md, COPYING…) : il doit contenir le texte intégral d\'une des 13 licences autorisées.',
  'rule.L1.dataLicence': ({ path, id }: { path: string; id: string }) => `${path} contient ${id}, licence des documents et des données, pas du code`,
  'rule.L1.unauthorised': ({ path, id, similarity }: { path: string; id: string; similarity: string }) => `${path} contient ${id} (similarité ${similarity}), qui n'est pas sur la liste des licences autorisées`,
  'rule.L1.closest': ({ id, similarity }: { id: string; similarity: string }) => ` (le plus proche : ${id}, ${similarity})`,
  'rule.L1.noMatch': ({ path, closest }: { path: string; closest: string }) => `le texte de ${path} ne correspond à aucune licence autorisée${closest} ; il doit reprendre le texte officiel sans ajout`,
  'rule.L1.detectedIn': ({ path, similarity }: { path: string; similarity: string }) => `${path} (${similarity})`,
  'rule.L1.pass': ({ licences, where }: { licences: readonly string[]; where: string }) => `Licence autorisée ${licences.join(', ')} détectée dans ${where}.`,
  'rule.L1.fix': 'Le fichier doit reprendre le texte officiel d\'une licence autorisée ; exceptions : licence homologuée ou projet existant à licence imposée.',

  'rule.L1.severalInOneFile': ({ path, names }: { path: string; names: readonly string[] }) => `${path} mentionne plusieurs licences (${names.join(', ')}) : une double licence ou une carte des licences ne se lit pas comme un texte de licence`,
  'rule.L1.severalFiles': ({ licences }: { licences: readonly string[] }) => `plusieurs licences à la racine (${licences.join(', ')}) sans information REUSE disant quels fichiers relèvent de chacune`,
  'rule.L1-declared.title': 'Licence déclarée (publiccode.yml, manifestes) conforme au texte',
  'rule.L1-declared.none': 'Ni publiccode.yml ni manifeste ne déclare de licence.',
  'rule.L1-declared.pass': ({ where }: { where: readonly string[] }) => `La licence déclarée dans ${where.join(', ')} est celle du texte de licence.`,
  'rule.L1-declared.unauthorised': ({ where, id, suggestion }: { where: string; id: string; suggestion: string }) => `${where} déclare ${id}, qui n'est pas une licence autorisée${suggestion ? ` (écrivez ${suggestion})` : ''}`,
  'rule.L1-declared.mismatch': ({ where, declared, detected }: { where: string; declared: string; detected: readonly string[] }) => `${where} déclare « ${declared} » mais le texte de licence est ${detected.join(', ')}`,
  'rule.L1-declared.fix': 'C\'est le texte de licence qui engage : corrigez le champ pour qu\'il dise la même licence (identifiant SPDX), ou remplacez le texte si c\'est lui qui est faux.',
  'rule.L2.title': 'Licence permissive par défaut',
  'rule.L2.unknown': 'Licence du projet non déterminée (voir L1).',
  'rule.L2.permissive': ({ licences }: { licences: readonly string[] }) => `Licence permissive (${licences.join(', ')}), le choix par défaut de la politique.`,

  'rule.L5.title': 'Documentation et données sous Licence Ouverte 2.0 (ou ODbL)',
  'rule.L5.noFolder': 'Pas de dossier de documentation ou de données (docs/, data/) à vérifier.',
  'rule.L5.pass': ({ count }: Count) => p(count, 'Le fichier de documentation et de données est sous etalab-2.0 ou ODbL-1.0.', `Les ${count} fichiers de documentation et de données sont sous etalab-2.0 ou ODbL-1.0.`),
  'rule.L5.fail': ({ count, files }: Count & { files: string }) => `${p(count, `${count} fichier de documentation ou de données n'est pas`, `${count} fichiers de documentation ou de données ne sont pas`)} sous Licence Ouverte 2.0 : ${files}.`,

  'rule.F1.title': 'README, CONTRIBUTING et LICENSE présents',
  'rule.F1.licenceMissing': 'LICENSE absent',
  'rule.F1.minimum': '« Assurez-vous d\'avoir au minimum les fichiers README, CONTRIBUTING et LICENSE. »',
  'rule.F1.pass': ({ paths }: { paths: readonly string[] }) => `Présents : ${paths.join(', ')}.`,

  'rule.F2.title': 'Documents en texte simple ou Markdown',
  'rule.F2.pass': 'README, CONTRIBUTING, LICENSE et les autres documents sont en texte simple ou Markdown.',
  'rule.F2.fail': ({ files }: { files: readonly string[] }) => `Format non textuel : ${files.join(', ')}. Ces fichiers « doivent être en texte simple ou avec du marquage minimum (ie Markdown) ».`,

  'rule.F3.title': 'README : objet, administration, contact, licence, contributions',
  'rule.F3.noReadme': 'Pas de README lisible (voir F1).',
  'rule.F3.topic.purpose': 'l\'objet du projet',
  'rule.F3.topic.administration': 'l\'administration qui le publie',
  'rule.F3.topic.contact': 'un contact',
  'rule.F3.topic.licence': 'la licence',
  'rule.F3.topic.contributing': 'comment contribuer',
  'rule.F3.pass': ({ path }: Path) => `${path} présente l'objet, l'administration, un contact, la licence et les contributions.`,
  'rule.F3.fail': ({ path, missing }: Path & { missing: string }) => `${path} ne dit pas : ${missing}.`,

  'rule.F4.title': 'Badge du degré d\'ouverture code.gouv.fr',
  'rule.F4.pass': 'Le README affiche le degré d\'ouverture code.gouv.fr.',
  'rule.F4.fail': ({ url }: { url: string }) => `Pas de badge d'ouverture (contributif, ouvert ou publié) en tête du README ; il renvoie vers ${url}.`,

  'rule.F5.title': 'Un projet non maintenu le dit dans son README',
  'rule.F5.maintained': 'Rien ne déclare le projet non maintenu.',
  'rule.F5.said': 'Le projet est déclaré non maintenu et le README le dit.',
  'rule.F5.fail': 'publiccode.yml déclare le projet non maintenu ou obsolète, mais le README ne le dit pas.',

  'rule.F6.title': 'Code de conduite',
  'rule.F6.pass': ({ path }: Path) => `Code de conduite : ${path}.`,
  'rule.F6.offer': 'Contributor Covenant 2.1, en français ou en anglais, est proposé',

  'rule.D1.title': 'Documentation disponible en français',
  'rule.D1.pass': ({ path }: Path) => `Documentation en français : ${path}.`,
  'rule.D1.fail': 'Aucun README en français : la documentation pour les utilisateurs « devra » être disponible en français (README.md en français, ou README.fr.md).',

  'rule.C1.title': 'CONTRIBUTING décrit le DCO (signature de chaque commit)',
  'rule.C1.problem': ({ problem }: { problem: string }) => `${problem} : il doit expliquer la signature DCO (git commit -s).`,
  'rule.C1.pass': ({ path }: Path) => `${path} explique la signature DCO des commits.`,
  'rule.C1.fail': ({ path }: Path) => `${path} ne décrit pas le DCO : chaque commit doit être signé avec git commit -s (ligne Signed-off-by), dès le début du projet.`,

  'rule.C2.title': 'DCO en place : texte du DCO et vérification sur la forge',
  'rule.C2.pass': ({ texts, checks }: { texts: readonly string[]; checks: string }) => `DCO : ${texts.join(', ')} ; vérifié par ${checks}.`,
  'rule.C2.missingText': 'le texte du DCO (fichier DCO)',
  'rule.C2.missingCheck': 'une vérification de la signature sur la forge (.github/workflows/dco.yml ou application DCO .github/dco.yml sur GitHub, job .gitlab-ci.yml sur GitLab)',
  'rule.C2.fail': ({ missing }: { missing: string }) => `Il manque ${missing}.`,

  'rule.C3.title': 'Pas de CLA exigé',
  'rule.C3.request': ({ path, sentence }: Path & { sentence: string }) => `${path} : « ${sentence} »`,
  'rule.C3.pass': 'Aucun CLA n\'est demandé aux contributeurs.',
  'rule.C3.fail': ({ found }: { found: string }) => `Un CLA semble exigé : ${found}. La politique de l'État n'utilise pas de CLA : le DCO suffit.`,

  'rule.C2-commits.title': 'Chaque commit de la plage est signé par son auteur',
  'rule.C2-commits.notGit': ({ range }: { range: string }) => `--commits ${range} : ce dossier n'est pas un dépôt git, l'historique ne peut pas être vérifié.`,
  'rule.C2-commits.pass': ({ count, range }: Count & { range: string }) => (count === 0
    ? `La plage ${range} ne contient aucun commit (hors fusions).`
    : p(count, `Le commit (hors fusions) de ${range} est signé par son auteur.`, `Les ${count} commits (hors fusions) de ${range} sont signés par leur auteur.`)),
  'rule.C2-commits.commit': ({ sha, subject, author, signoffs }: { sha: string; subject: string; author: string; signoffs: readonly string[] }) => `${sha} « ${subject} » (${author}${signoffs.length > 0 ? `, signé par ${signoffs.join(', ')}` : ''})`,
  'rule.C2-commits.fail': ({ count, total, commits }: Count & { total: number; commits: string }) => `${count} commit(s) sur ${total} sans Signed-off-by de leur auteur : ${commits}.`,

  'rule.H1.title': 'Droits et licence déclarés pour chaque fichier (REUSE)',
  'rule.H1.withoutInfo': ({ count, files }: Count & { files: string }) => `${count} fichier(s) sans SPDX-FileCopyrightText et SPDX-License-Identifier : ${files}`,
  'rule.H1.missingTexts': ({ files }: { files: readonly string[] }) => `texte de licence manquant : ${files.join(', ')}`,
  'rule.H1.unusedTexts': ({ files }: { files: readonly string[] }) => `texte de licence inutilisé : ${files.join(', ')} (aucun fichier ne déclare cette licence)`,
  'rule.H1.misspelt': ({ id }: { id: string }) => `identifiant SPDX mal écrit : ${id} (la casse compte)`,
  'rule.H1.unknownId': ({ id }: { id: string }) => `identifiant SPDX inconnu : ${id} (hors liste SPDX)`,
  'rule.H1.deprecated': ({ ids }: { ids: readonly string[] }) => `identifiant SPDX obsolète : ${ids.join(', ')}`,
  'rule.H1.noExtension': ({ files }: { files: readonly string[] }) => `texte de licence sans extension : ${files.join(', ')}`,
  'rule.H1.configError': ({ error }: { error: string }) => `configuration REUSE invalide : ${error}`,
  'rule.H1.lint': 'Vérifiez avec reuse lint.',
  'rule.H1.pass': ({ count, licences }: Count & { licences: readonly string[] }) => (count === 0
    ? 'Aucun fichier à couvrir.'
    : `${p(count, 'Le fichier couvert déclare droits et licence', `Les ${count} fichiers couverts déclarent droits et licence`)} ; LICENSES/ contient exactement les licences utilisées (${licences.join(', ')}).`),

  'rule.H2.title': 'Droits détenus par l\'administration',
  'rule.H2.noHolder': 'Titulaire des droits inconnu : publiccode.yml ne nomme pas l\'administration (legal.mainCopyrightOwner).',
  'rule.H2.noLicence': 'Licence du projet non déterminée (voir L1) : les fichiers qui en relèvent ne peuvent pas être vérifiés.',
  'rule.H2.pass': ({ holder, count }: Count & { holder: string }) => `${holder} est titulaire des droits ${p(count, 'du fichier', `des ${count} fichiers`)} sous la licence du projet ou Licence Ouverte.`,
  'rule.H2.noFile': ({ holder }: { holder: string }) => `Aucun fichier ne déclare la licence du projet avec ${holder} pour titulaire des droits (voir H1).`,
  'rule.H2.fail': ({ holder, count, files }: Count & { holder: string; files: string }) => `${p(count, `${count} fichier sous la licence du projet ne nomme pas ${holder} dans son copyright`, `${count} fichiers sous la licence du projet ne nomment pas ${holder} dans leur copyright`)} : ${files}. Le code écrit par des agents appartient à l'administration (art. L.113-9 CPI).`,

  'rule.M1.title': 'publiccode.yml valide à la racine',
  'rule.M1.missing': 'Pas de publiccode.yml à la racine : code.gouv.fr l\'encourage pour référencer le logiciel.',
  'rule.M1.pass': ({ path, warnings }: Path & { warnings: number }) => `${path} valide (règles du parseur de référence, hors réseau)${warnings > 0 ? `, ${warnings} avertissement(s)` : ''}.`,
  'rule.M1.fail': ({ path, count, errors }: Path & Count & { errors: string }) => `${path} invalide, ${count} erreur(s) : ${errors}.`,

  'rule.S1.title': 'Aucun fichier de secrets dans le dépôt',
  'rule.S1.pass': ({ notes }: { notes: readonly string[] }) => ['Aucun secret (.env rempli, clé privée, jeton…) n\'est versionné ni exposé.', ...notes].join(' '),
  'rule.S1.fail': ({ files, notes }: { files: string; notes: readonly string[] }) =>
    [`Secrets versionnés ou non exclus : ${files}. « Aucun secret ne doit être stocké dans le code ».`, ...notes].join(' '),

  'rule.S1-gitignore.title': '.gitignore exclut les fichiers de secrets',
  'rule.S1-gitignore.pass': '.gitignore exclut .env.',
  'rule.S1-gitignore.notExcluded': '.gitignore n\'exclut pas .env',
  'rule.S1-gitignore.noGitignore': 'pas de .gitignore',
  'rule.S1-gitignore.fail': ({ problem }: { problem: string }) => `${problem} : les fichiers de configuration qui portent des secrets (.env, .env.*, clés…) doivent rester hors du dépôt.`,

  'rule.S2.title': 'Politique de sécurité avec une adresse de contact',
  'rule.S2.problem': ({ problem }: { problem: string }) => `${problem} : il donne l'adresse dédiée aux signalements de vulnérabilités.`,
  'rule.S2.pass': ({ path, email }: Path & { email: string }) => `${path} : signalements à ${email}.`,
  'rule.S2.fail': ({ path }: Path) => `${path} ne donne pas d'adresse électronique pour les signalements : il faut un responsable de la sécurité et une adresse dédiée.`,
};
