import { RE2JS } from 're2js';
import { OEMBED_VIDEO_PROVIDERS } from './data/oembed-video-schemes.js';

// Compiled on first use: most publiccode.yml files have no video, and compiling costs tens of ms.
let schemes: readonly RE2JS[] | undefined;

// A scheme matches the whole URL and each `*` stands for any run of characters, as in the parser.
// RE2 (re2js), linear: with a backtracking engine each further `*` adds a degree to the time on a long URL.
function schemeToRegExp(scheme: string): RE2JS {
  const escaped = scheme.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replaceAll('\\*', '.*');
  return RE2JS.compile(RE2JS.translateRegExp(`^${escaped}$`), RE2JS.DOTALL);
}

export function isOembedVideoUrl(url: string): boolean {
  schemes ??= OEMBED_VIDEO_PROVIDERS.flatMap((provider) => provider.schemes).map(schemeToRegExp);
  return schemes.some((scheme) => scheme.test(url));
}
