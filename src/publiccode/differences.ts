/**
 * Where this validator deliberately differs from the reference parser
 * (https://github.com/italia/publiccode-parser-go, run with `-no-network`). The oracle test
 * allows exactly these differences and no other.
 */
export interface KnownDifference {
  id: string;
  /** `accepts`: we accept what the parser refuses; `rejects`: we refuse what it accepts. */
  ours: 'accepts' | 'rejects';
  why: string;
  /** Matches the error that makes the difference: the parser's when `ours` is `accepts`, ours otherwise. */
  error: RegExp;
}

export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    id: 'italian-ipa-codes',
    ours: 'rejects',
    why:
      'The parser accepts a `urn:x-italian-pa:` URI or an `IT.riuso.codiceIPA` only when the code is in the ' +
      'list of Italian public administrations it embeds. That list is not shipped here, and accepting any code ' +
      'of the right shape would pass codes code.gouv.fr refuses: every iPA code is refused, with a message ' +
      'saying why (a French administration has none).',
    error: /cannot be checked offline against the iPA list/,
  },
  {
    id: 'bcp47-variant-prefix',
    ours: 'rejects',
    why:
      'A BCP 47 variant must follow one of the prefixes the IANA registry gives it (`1996` goes after `de`); ' +
      'golang.org/x/text does not check the prefix of every variant, we do.',
    error: /must be a valid BCP 47 language/,
  },
  {
    id: 'local-files-inside-the-repository',
    ours: 'rejects',
    why:
      'A logo or screenshot path that leaves the repository (`../`, or a link pointing outside) is refused ' +
      'unread: the parser opens it wherever it leads, which on a hostile repository can be /dev/zero or a ' +
      'file of the auditor. code.gouv.fr fetches the file from the repository, so such a path is broken there anyway.',
    error: /is outside the repository/,
  },
  {
    id: 'local-files-regular',
    ours: 'rejects',
    why: 'A logo that is a directory, FIFO, socket or device is refused unread, for the same reason (the parser opens a PNG logo to read its header; screenshots and authorsFile are only checked to exist, as the parser does).',
    error: /is not a regular file/,
  },
];
