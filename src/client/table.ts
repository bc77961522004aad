/**
 * Sortable, filterable tables (browser code): a table[data-sortable] gets a button in each header cell whose th has
 * data-type ("text" or "num") that sorts its rows by the cells' data-sort (else their text); select[data-filter=key]
 * controls (their group has data-filters-for=<table id>) show only rows whose data-<key> matches. Without JS the
 * table reads in its built order with every row shown.
 */
const collator = new Intl.Collator('zh-CN', { numeric: true });

function sortable(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const heads = [...(table.tHead?.rows[0]?.cells ?? [])] as HTMLTableCellElement[];
  heads.forEach((th, col) => {
    const type = th.dataset.type;
    if (!type) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      const sign = direction === 'ascending' ? 1 : -1;
      const key = (row: HTMLTableRowElement) => row.cells[col]?.dataset.sort ?? row.cells[col]?.textContent?.trim() ?? '';
      const rows = [...body.rows].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        return (type === 'num' ? Number(x) - Number(y) : collator.compare(x, y)) * sign;
      });
      for (const h of heads) h.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', direction);
      body.append(...rows);
    });
  });
}

function filters(form: HTMLElement): void {
  const table = document.getElementById(form.dataset.filtersFor ?? '') as HTMLTableElement | null;
  if (!table) return;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const rows = [...table.tBodies[0].rows];
  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      row.hidden = selects.some((s) => s.value !== '' && row.dataset[s.dataset.filter!] !== s.value);
      if (!row.hidden) shown++;
    }
    if (count) count.textContent = `显示 ${shown} / ${rows.length} 份`;
  };
  form.addEventListener('change', apply);
  form.hidden = false;
  apply();
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) sortable(table);
for (const box of document.querySelectorAll<HTMLElement>('[data-filters-for]')) filters(box);
