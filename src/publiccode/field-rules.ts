import { isDeprecatedLowercaseCountry } from './country.js';
import { DEPRECATED_DROP, type Finding, error, warning } from './issue.js';
import { type LocalFile, imageError, localPathOf, logoError, missingFileError, pathFormError } from './local-files.js';
import type { PubliccodeV0 } from './model.js';
import { isOembedVideoUrl } from './oembed.js';
import { italianIpaCode } from './uri.js';

type FileCheck = (file: LocalFile) => string | undefined;

/**
 * The parser's checks outside validator tags (`validateFieldsV0`), with the network off:
 * deprecated keys, local files under `baseDir` (not checked when it is undefined), oEmbed
 * videos and the Italian section.
 */
export function checkFieldRules(pc: PubliccodeV0, baseDir: string | undefined): Finding[] {
  const findings: Finding[] = [];
  const checkReference = (key: string, value: string, check: FileCheck, describe = (cause: string) => cause): void => {
    const finding = referenceFinding(key, value, baseDir, check, describe);
    if (finding) findings.push(finding);
  };

  if (pc.logo) checkReference('logo', pc.logo, logoError);
  if (pc.monochromeLogo) {
    findings.push(warning('monochromeLogo', "This key is DEPRECATED and will be removed in the future. Use 'logo' instead"));
    checkReference('monochromeLogo', pc.monochromeLogo, logoError);
  }

  findings.push(...lowercaseCountryWarnings(pc));

  const authorsFile = pc.legal?.authorsFile;
  if (authorsFile !== undefined) {
    findings.push(warning('legal.authorsFile', DEPRECATED_DROP));
    checkReference('legal.authorsFile', authorsFile, missingFileError, (cause) => `'${missingPath(cause)}' does not exist: ${cause}`);
  }
  if (pc.legal?.repoOwner !== undefined) {
    findings.push(
      warning('legal.repoOwner', "This key is DEPRECATED and will be removed in the future. Use 'organisation.name' instead"),
    );
  }
  if (pc.inputTypes !== undefined) findings.push(warning('inputTypes', DEPRECATED_DROP));
  if (pc.outputTypes !== undefined) findings.push(warning('outputTypes', DEPRECATED_DROP));

  for (const [language, description] of Object.entries(pc.description ?? {})) {
    const key = `description.${language}`;
    if (description.genericName) findings.push(warning(`${key}.genericName`, DEPRECATED_DROP));
    for (const [index, screenshot] of (description.screenshots ?? []).entries()) {
      checkReference(`${key}.screenshots[${index}]`, screenshot, imageError, (cause) => `'${screenshot}' is not an image: ${cause}`);
    }
    for (const [index, video] of (description.videos ?? []).entries()) {
      if (video === undefined || isOembedVideoUrl(video)) continue;
      findings.push(
        error(`${key}.videos[${index}]`, `'${video}' is not a valid video URL supporting oEmbed: invalid oEmbed link: ${video}`),
      );
    }
  }

  findings.push(...italianSectionFindings(pc));
  return findings;
}

/** A logo, screenshot or authors file: a relative path checked under `baseDir`, or a URL left alone offline. */
function referenceFinding(
  key: string,
  value: string,
  baseDir: string | undefined,
  check: FileCheck,
  describe: (cause: string) => string,
): Finding | undefined {
  const formError = pathFormError(value);
  if (formError) return error(key, formError);
  const file = baseDir === undefined ? undefined : localPathOf(value, baseDir);
  const fileError = file === undefined ? undefined : check(file);
  return fileError ? error(key, describe(fileError)) : undefined;
}

function missingPath(cause: string): string {
  return cause.replace(/^no such file: /, '');
}

function lowercaseCountryWarnings(pc: PubliccodeV0): Finding[] {
  return (['countries', 'unsupportedCountries'] as const).flatMap((field) =>
    (pc.intendedAudience?.[field] ?? []).flatMap((code, index) =>
      isDeprecatedLowercaseCountry(code)
        ? [
            warning(
              `intendedAudience.${field}[${index}]`,
              `Lowercase country codes are DEPRECATED. Use uppercase instead ('${code.toUpperCase()}')`,
            ),
          ]
        : [],
    ),
  );
}

function italianSectionFindings(pc: PubliccodeV0): Finding[] {
  const findings: Finding[] = [];
  let section = pc.IT;
  if (pc.it !== undefined) {
    findings.push(warning('it', "Lowercase country codes are DEPRECATED and will be removed in the future. Use 'IT' instead"));
    section = pc.it;
  }
  if (pc.IT !== undefined && pc.it !== undefined) {
    findings.push(error('it', "'IT' key already present. Remove this key"));
    section = pc.IT;
  }
  if (section?.conforme !== undefined) findings.push(warning('IT.conforme', DEPRECATED_DROP));
  const code = section?.riuso?.codiceIPA;
  if (code && italianIpaCode(code) === 'unverifiable') {
    findings.push(
      warning(
        'IT.riuso.codiceIPA',
        `This key is DEPRECATED and will be removed in the future. Use 'organisation.uri' and set it to 'urn:x-italian-pa:${code}' instead`,
      ),
    );
  }
  return findings;
}
