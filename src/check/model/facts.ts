import { type DocumentFinding, type DocumentKind, findDocument } from '../../repo/documents.js';
import type { Commit } from '../../repo/history.js';
import { type LicenceFinding, findLicence } from '../../repo/licence-files.js';
import { type PubliccodeFinding, findPubliccode } from '../../repo/publiccode-file.js';
import { type ReuseReport, reuseReport } from '../../repo/reuse/report.js';
import type { RepositoryTree } from '../../repo/tree.js';

/**
 * Everything the rules look at in one repository, each piece computed on first use and then
 * shared, so that a file is read and a licence compared once whatever the number of rules.
 */
export class RepositoryFacts {
  private licenceFinding: LicenceFinding | undefined;
  private reuseFinding: ReuseReport | undefined;
  private publiccodeFinding: { value: PubliccodeFinding | undefined } | undefined;
  private readonly documents = new Map<DocumentKind, DocumentFinding>();

  constructor(
    readonly tree: RepositoryTree,
    /** The commits of `--commits RANGE`; undefined when the option is not given. */
    readonly commits: readonly Commit[] | undefined,
    /** The range as given, for messages. */
    readonly range: string | undefined,
  ) {}

  get licence(): LicenceFinding {
    this.licenceFinding ??= findLicence(this.tree);
    return this.licenceFinding;
  }

  get reuse(): ReuseReport {
    this.reuseFinding ??= reuseReport(this.tree);
    return this.reuseFinding;
  }

  get publiccode(): PubliccodeFinding | undefined {
    this.publiccodeFinding ??= { value: findPubliccode(this.tree) };
    return this.publiccodeFinding.value;
  }

  document(kind: DocumentKind): DocumentFinding {
    let finding = this.documents.get(kind);
    if (!finding) {
      finding = findDocument(this.tree, kind);
      this.documents.set(kind, finding);
    }
    return finding;
  }
}
