/** A file a run intends to write, path relative to the target directory (POSIX separators). */
export interface PlannedFile {
  path: string;
  content: string;
  executable?: boolean;
  /** The team's own document with sections added: never written without consent (--force, or a yes). */
  completes?: true;
  /** The template it was rendered from (`templates/<path>`, or a preset's file of the same path). */
  template?: string;
  /** Codegouv's own output, when `content` merges it with the team's edits (three-way). */
  generated?: string;
}

/** Who holds the rights to a generated file and under which licence (REUSE). */
export interface FileLicensing {
  copyright: string[];
  licence: string;
}
