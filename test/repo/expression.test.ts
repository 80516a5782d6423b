import { describe, expect, it } from 'vitest';
import { idsOf, problemOf } from '../../src/repo/reuse/expression.js';
import { isSpdxExceptionId } from '../../src/publiccode/spdx-ids.js';

describe('idsOf', () => {
  it('names licences and exceptions of a valid expression, in order, with + kept', () => {
    expect(idsOf('(MIT OR GPL-2.0+) AND Apache-2.0 WITH LLVM-exception')).toEqual({ licences: ['MIT', 'GPL-2.0+', 'Apache-2.0'], exceptions: ['LLVM-exception'] });
    expect(idsOf('DocumentRef-spdx:LicenseRef-Maison or MIT')).toEqual({ licences: ['LicenseRef-Maison', 'MIT'], exceptions: [] });
  });

  it('still names unknown or misspelt identifiers, which spdx-expression-parse refuses', () => {
    expect(idsOf('CeCILL-2.1 AND MIT')).toEqual({ licences: ['CeCILL-2.1', 'MIT'], exceptions: [] });
    expect(idsOf('GPL-3.0-or-later WITH Mon-exception')).toEqual({ licences: ['GPL-3.0-or-later'], exceptions: ['Mon-exception'] });
  });

  it('does not split an operator glued to a word, as reuse-tool does not', () => {
    expect(idsOf('Apache-2.0 WITHLLVM-exception')).toEqual({ licences: ['Apache-2.0', 'WITHLLVM-exception'], exceptions: [] });
    expect(idsOf('GPL-2.0+ANDMIT')).toEqual({ licences: ['GPL-2.0+ANDMIT'], exceptions: [] });
  });
});

describe('SPDX exceptions from the spdx-exceptions package', () => {
  it('knows listed exceptions, exact case for REUSE and any case for publiccode.yml', () => {
    expect(problemOf('LLVM-exception', true)).toBeUndefined();
    expect(problemOf('llvm-exception', true)).toBe('unknown');
    expect(problemOf('Mon-exception', true)).toBe('unknown');
    expect(isSpdxExceptionId('classpath-exception-2.0')).toBe(true);
    expect(isSpdxExceptionId('MIT')).toBe(false);
  });
});
