export interface PubliccodeIssue {
  /** Dotted key as the reference parser writes it, e.g. `maintenance.contacts[0].name`. */
  key: string;
  description: string;
  /** 1-based; 0 when the parser has nothing to point at (e.g. a missing section). */
  line: number;
  column: number;
}

export interface PubliccodeResult {
  valid: boolean;
  errors: PubliccodeIssue[];
  warnings: PubliccodeIssue[];
}

type Severity = 'error' | 'warning';

/** An issue found by a rule; its position is looked up from its key unless given. */
export interface Finding {
  severity: Severity;
  key: string;
  description: string;
  position?: { line: number; column: number };
}

export function error(key: string, description: string): Finding {
  return { severity: 'error', key, description };
}

export function warning(key: string, description: string): Finding {
  return { severity: 'warning', key, description };
}

export const DEPRECATED_DROP = "This key is DEPRECATED and will be removed in the future. It's safe to drop it";
