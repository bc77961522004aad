/**
 * Old anchors of a city's changes page (browser code of /cities/<city>/changes/): the page once held every step in
 * full, so readers may have linked #<step>-new or #<step>-pair-<clause>. Those now live on the step's own page,
 * under the same ids (src/lib/changes/data.ts movedAnchorUrl): take the reader there. Without JS a step's anchor
 * and its lists' still land on the summary's line linking to the step's page.
 */
import { movedAnchorUrl } from '~/lib/changes/data';

function follow(): void {
  const steps = [...document.querySelectorAll<HTMLElement>('[data-step][data-step-page]')].map((e) => ({ anchor: e.dataset.step!, url: e.dataset.stepPage! }));
  const to = movedAnchorUrl(location.hash, steps);
  if (to) location.replace(to);
}

follow();
addEventListener('hashchange', follow);
