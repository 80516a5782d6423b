import { type DocumentFinding, type DocumentKind, findDocument } from '../../repo/documents.js';
import type { Commit } from '../../repo/history.js';
import { type LicenceFinding, findLicence } from '../../repo/licence-files.js';
import { type PubliccodeFinding, findPubliccode } from '../../repo/publiccode-file.js';
import { type ReuseReport, reuseReport } from '../../repo/reuse/report.js';
import type { RepositoryTree } from '../../repo/tree.js';

/**
 * Everything the rules look at in one repository, each piece computed on first use and then
 * shared, so that a file is read and a licence compared once whatever the number of rules.
 * The publiccode.yml verdict is gathered beforehand ({@link RepositoryFacts.gather}): its
 * validator is loaded only for a repository that has the file.
 */
export class RepositoryFacts {
  private licenceFinding: LicenceFinding | undefined;
  private reuseFinding: ReuseReport | undefined;
  private readonly documents = new Map<DocumentKind, DocumentFinding>();

  private constructor(
    readonly tree: RepositoryTree,
    /** The commits of `--commits RANGE`; undefined when the option is not given. */
    readonly commits: readonly Commit[] | undefined,
    /** The range as given, for messages. */
    readonly range: string | undefined,
    readonly publiccode: PubliccodeFinding | undefined,
  ) {}

  static async gather(tree: RepositoryTree, commits: readonly Commit[] | undefined, range: string | undefined): Promise<RepositoryFacts> {
    return new RepositoryFacts(tree, commits, range, await findPubliccode(tree));
  }

  /** For the document rules the generator asks while it plans (C1, S2, F4), which never read publiccode.yml. */
  static ofDocuments(tree: RepositoryTree): RepositoryFacts {
    return new RepositoryFacts(tree, undefined, undefined, undefined);
  }

  get licence(): LicenceFinding {
    this.licenceFinding ??= findLicence(this.tree);
    return this.licenceFinding;
  }

  get reuse(): ReuseReport {
    this.reuseFinding ??= reuseReport(this.tree);
    return this.reuseFinding;
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
