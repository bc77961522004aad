/** The part of citation-js used by citation.ts: its packages ship no type declarations. */
declare module '@citation-js/core' {
  /** A set of CSL-JSON items; `format(name, { format: 'object' })` gives an output plugin's records before text. */
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  /** The registry of plugins; `config.get('@bibtex')` is the BibTeX plugin's mutable options. */
  export const plugins: { config: { get(name: string): { format: Record<string, unknown> } } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
