import type { Position } from 'unist';

/**
 * A `<!-- factledger-… -->` comment in an article, as the parse stage finds it, for reconcile to
 * silence findings by: the conventions of ESLint's `eslint-disable` comments.
 */
export type Directive = LineDirective | BlockDirective;

interface DirectiveBase {
  /** The rule ids named, as written (`fact/conflict`, `fact/*`); empty for every rule. */
  rules: string[];
  /** The text after ` -- `, when the comment gives one. */
  reason?: string;
  /** The comment, in the file on disk. */
  position: Position;
}

/** `disable-line` silences its own line; `disable-next-line` the next line of the file with content. */
export interface LineDirective extends DirectiveBase {
  kind: 'disable-line' | 'disable-next-line';
  /** The 1-based line it silences. */
  line: number;
}

/** `disable` silences what follows it, up to an `enable` of the same rules or the end of the file. */
export interface BlockDirective extends DirectiveBase {
  kind: 'disable' | 'enable';
}

export type DirectiveKind = Directive['kind'];
