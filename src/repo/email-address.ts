/** One character of the local part (`[\w.+-]`) and the domain that must follow the `@`. */
const LOCAL_CHAR = /[\w.+-]/u;
const DOMAIN = /[\w-]+(?:\.[\w-]+)+/uy;

/**
 * The first e-mail address of a text, as `/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u` finds it, in linear
 * time: that expression backtracks quadratically on a long run of word characters, so each `@`
 * anchors the search, the domain is read forwards from it and the local part backwards.
 */
export function firstEmailAddress(text: string): string | undefined {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (!LOCAL_CHAR.test(text[at - 1] ?? '')) continue;
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text)?.[0];
    if (domain === undefined) continue;
    let start = at - 1;
    while (start > 0 && LOCAL_CHAR.test(text[start - 1] ?? '')) start -= 1;
    return `${text.slice(start, at)}@${domain}`;
  }
  return undefined;
}
