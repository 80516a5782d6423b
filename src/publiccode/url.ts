/**
 * URL checks as the reference parser does them in Go: `net/url` parsing rules and the
 * go-playground `url` / `http_url` validators built on them.
 */

export interface GoUrl {
  scheme: string;
  opaque: string;
  host: string;
  path: string;
  fragment: string;
}

/** Go's `url.Parse` (or `url.ParseRequestURI` when `viaRequest`): the parsed URL, or the error text. */
export function parseGoUrl(raw: string, viaRequest = false): GoUrl | string {
  if (/[\x00-\x1f\x7f]/.test(raw)) return 'net/url: invalid control character in URL';
  let rest = raw;
  let fragment = '';
  if (!viaRequest) {
    const hash = rest.indexOf('#');
    if (hash >= 0) {
      fragment = rest.slice(hash + 1);
      rest = rest.slice(0, hash);
      const bad = badEscape(fragment);
      if (bad) return bad;
    }
  }
  if (rest === '' && viaRequest) return 'empty url';
  const url: GoUrl = { scheme: '', opaque: '', host: '', path: '', fragment };
  if (rest === '*') return { ...url, path: '*' };

  const split = splitScheme(rest);
  if (typeof split === 'string') return split;
  url.scheme = split.scheme.toLowerCase();
  rest = split.rest;

  const questionMarks = rest.split('?').length - 1;
  if (rest.endsWith('?') && questionMarks === 1) rest = rest.slice(0, -1);
  else if (questionMarks > 0) rest = rest.slice(0, rest.indexOf('?'));

  if (!rest.startsWith('/')) {
    if (url.scheme !== '') return { ...url, opaque: rest };
    if (viaRequest) return 'invalid URI for request';
    const firstSegment = rest.split('/')[0] ?? '';
    if (firstSegment.includes(':')) return 'first path segment in URL cannot contain colon';
  }
  if ((url.scheme !== '' || (!viaRequest && !rest.startsWith('///'))) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const slash = authority.indexOf('/');
    if (slash >= 0) {
      rest = authority.slice(slash);
      authority = authority.slice(0, slash);
    }
    const host = parseAuthority(authority);
    if (host.error) return host.error;
    url.host = host.host;
  }
  const bad = badEscape(rest);
  if (bad) return bad;
  url.path = rest;
  return url;
}

function splitScheme(raw: string): { scheme: string; rest: string } | string {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] ?? '';
    if (/[A-Za-z]/.test(c)) continue;
    if (/[0-9+.-]/.test(c)) {
      if (i === 0) break;
      continue;
    }
    if (c === ':') {
      if (i === 0) return 'missing protocol scheme';
      return { scheme: raw.slice(0, i), rest: raw.slice(i + 1) };
    }
    break;
  }
  return { scheme: '', rest: raw };
}

function parseAuthority(authority: string): { host: string; error?: string } {
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : '';
  const host = at >= 0 ? authority.slice(at + 1) : authority;
  if (!/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo)) return { host: '', error: 'net/url: invalid userinfo' };
  const hostError = checkHost(host);
  return hostError ? { host: '', error: hostError } : { host };
}

function checkHost(host: string): string | undefined {
  let port = '';
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']');
    if (close < 0) return "missing ']' in host";
    port = host.slice(close + 1);
    if (!/^(:[0-9]*)?$/.test(port)) return `invalid port "${port}" after host`;
  } else {
    const colon = host.lastIndexOf(':');
    if (colon >= 0) {
      port = host.slice(colon);
      if (!/^:[0-9]*$/.test(port)) return `invalid port "${port}" after host`;
    }
  }
  const bad = badEscape(host);
  if (bad) return bad;
  const invalid = /[^A-Za-z0-9\-._~!$&'()*+,;=:[\]<>"%\u0080-\uffff]/.exec(host);
  return invalid ? `invalid character "${invalid[0]}" in host name` : undefined;
}

function badEscape(text: string): string | undefined {
  const match = /%(?![0-9A-Fa-f]{2})(.{0,2})/s.exec(text);
  return match ? `invalid URL escape "%${match[1] ?? ''}"` : undefined;
}

/** go-playground `url`: a scheme and a host, fragment or opaque part (`file:/` URLs pass). */
export function isUrl(value: string): boolean {
  const lower = value.toLowerCase();
  if (lower === '') return false;
  if (lower.startsWith('file:/')) return typeof parseGoUrl(lower, true) !== 'string';
  const url = parseGoUrl(lower);
  if (typeof url === 'string' || url.scheme === '') return false;
  return url.host !== '' || url.fragment !== '' || url.opaque !== '';
}

/** go-playground `http_url`: a valid URL with an http or https scheme and a host. */
export function isHttpUrl(value: string): boolean {
  if (!isUrl(value)) return false;
  const url = parseGoUrl(value.toLowerCase());
  if (typeof url === 'string' || url.host === '') return false;
  return url.scheme === 'http' || url.scheme === 'https';
}
