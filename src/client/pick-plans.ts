/**
 * Choosing plans to set side by side (browser code of the theme's province pages): a checkbox in the first cell of
 * each row[data-plan] of form[data-pick-plans], at most MAX_PLANS at once, and a button that opens the compare view
 * at the form's theme (data-theme). Without JS the form's controls stay hidden and each plan links to its clauses.
 */
import { MAX_PLANS, MIN_PLANS, compareUrl } from '~/lib/compare';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-pick-plans]')) {
  const boxes: HTMLInputElement[] = [];
  for (const row of form.querySelectorAll<HTMLElement>('[data-plan]')) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = row.dataset.plan!;
    box.setAttribute('aria-label', `选择 ${row.dataset.name ?? box.value}`);
    row.querySelector('td, th')?.prepend(box);
    boxes.push(box);
  }
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  const status = form.querySelector<HTMLElement>('[data-chosen]');
  const update = () => {
    const on = boxes.filter((b) => b.checked);
    for (const b of boxes) b.disabled = !b.checked && on.length >= MAX_PLANS;
    button.disabled = on.length < MIN_PLANS;
    if (status) status.textContent = `已选 ${on.length} 份（可选 ${MIN_PLANS}–${MAX_PLANS} 份）`;
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.href = compareUrl(
      boxes.filter((b) => b.checked).map((b) => b.value),
      form.dataset.theme,
    );
  });
  for (const hidden of form.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
  update();
}
