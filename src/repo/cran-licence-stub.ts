/**
 * An R package under MIT or BSD keeps in `LICENSE` only the template's fields (« YEAR: »,
 * « COPYRIGHT HOLDER: », « ORGANIZATION: ») that DESCRIPTION's `License: MIT + file LICENSE`
 * points to, and the full text beside it (`LICENSE.md`, as usethis writes it): that `LICENSE` is
 * not a licence text, and CRAN requires it as it is. Sources: « Writing R Extensions », Licensing,
 * https://cran.r-project.org/doc/manuals/r-release/R-exts.html#Licensing, and the templates,
 * https://www.r-project.org/Licenses/MIT and https://www.r-project.org/Licenses/BSD_3_clause.
 */
const FIELD = /^(?:YEAR|COPYRIGHT HOLDER|ORGANI[SZ]ATION)[ \t]*:/iu;
const MAX_LENGTH = 1_000;

export function isCranLicenceStub(text: string): boolean {
  if (text.length > MAX_LENGTH) return false;
  const lines = text.split(/\r?\n/u).map((line) => line.trim()).filter((line) => line !== '');
  return lines.length > 0 && lines.every((line) => FIELD.test(line));
}
