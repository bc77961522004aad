/** What an extractor gives the pipeline: the document as text lines, and the facts its file states outside them. */
import type { Stated } from '../structure';

export interface Extracted {
  /** The document's text, one line per paragraph, heading or table row. */
  lines: string[];
  /** Facts the file states outside its text (a page's canonical link). */
  stated: Stated;
}
