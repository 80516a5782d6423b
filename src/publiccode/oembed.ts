import { OEMBED_VIDEO_PROVIDERS } from './data/oembed-video-schemes.js';

const SCHEMES: readonly RegExp[] = OEMBED_VIDEO_PROVIDERS.flatMap((provider) => provider.schemes).map(schemeToRegExp);

// A scheme matches the whole URL and each `*` stands for any run of characters, as in the parser.
function schemeToRegExp(scheme: string): RegExp {
  const escaped = scheme.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replaceAll('\\*', '.*');
  return new RegExp(`^${escaped}$`, 's');
}

export function isOembedVideoUrl(url: string): boolean {
  return SCHEMES.some((scheme) => scheme.test(url));
}
