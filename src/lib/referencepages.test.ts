import { describe, expect, it } from 'vitest';
import type { Reference } from './analysis/references';
import { referenceUrl, sharedReferences } from './referencepages';

const ref = (key: string, citingPlans: string[]): Reference => ({ key, anchor: `ref-${key}`, title: key, docNumber: null, plan: null, role: 'basis', citedBy: [], citingPlans });

describe('reference pages', () => {
  it('keep the anchor the document had on the single page', () => {
    expect(referenceUrl('ref-1a2b3c')).toBe('/references/ref-1a2b3c/');
  });
  it('list the documents several plans cite, in order', () => {
    expect(sharedReferences([ref('a', ['p', 'q']), ref('b', ['p']), ref('c', ['q', 'r', 's'])]).map((r) => r.key)).toEqual(['a', 'c']);
  });
});
