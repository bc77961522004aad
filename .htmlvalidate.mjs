/**
 * html-validate's rules for the built pages: the gate tests/gates/html-validity.test.ts runs them over every page of
 * dist/ (by hand: `npx html-validate "dist/**\/*.html"`). The recommended set — the HTML standard and common
 * accessibility rules — with each change and its reason.
 */
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Clause anchors are the clause ids (#1, #2-3-1): the URL scheme promises them (README, "URL scheme"), and HTML
    // allows an id to begin with a digit; only the rule's strict form wants a letter first, as HTML 4 did.
    'valid-id': ['error', { relaxed: true }],
    // Charts (src/charts) name each <svg> by its own <title> through aria-labelledby, as SVG accessibility practice
    // has it; an <svg> may be named (the rule says "allowed but not recommended"), and the charts hold links, which
    // role="img" would hide from assistive technology.
    'aria-label-misuse': ['error', { elements: { exclude: ['svg'] } }],
    // A theme page gives its number of city columns to its grid as a custom property on the element: data for the
    // layout, not a style. Any other inline style is still an error.
    'no-inline-style': ['error', { allowedProperties: ['--cols'] }],
  },
});
