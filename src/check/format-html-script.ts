/**
 * The report's script, inlined in the page (its hash is in the Content-Security-Policy). It only
 * hides and shows what the page already holds: it reads repository names from `data-` attributes
 * and writes nothing but numbers (`textContent`), never markup.
 */
export const REPORT_SCRIPT = `(() => {
  'use strict';
  const form = document.getElementById('filters');
  const search = document.getElementById('filter-search');
  const rule = document.getElementById('filter-rule');
  const shown = document.getElementById('shown-count');
  const none = document.getElementById('no-match');
  const rows = Array.from(document.querySelectorAll('#fleet tbody tr'));

  const apply = () => {
    const status = form.elements.namedItem('status').value;
    const wanted = rule.value;
    const text = search.value.trim().toLowerCase();
    let count = 0;
    for (const row of rows) {
      const visible = (status === 'all' || row.dataset.status === status)
        && (wanted === '' || row.dataset.failed.split(' ').includes(wanted))
        && (text === '' || row.dataset.path.toLowerCase().includes(text));
      row.hidden = !visible;
      const detail = document.getElementById(row.dataset.detail);
      if (detail) detail.hidden = !visible;
      if (visible) count += 1;
    }
    shown.textContent = String(count);
    none.hidden = count !== 0;
  };

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  // The reset event comes before the fields take their first values back.
  form.addEventListener('reset', () => setTimeout(apply, 0));

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-open]') : null;
    if (!link) return;
    const detail = document.getElementById(link.dataset.open);
    if (!detail) return;
    event.preventDefault();
    const disclosure = detail.querySelector('details');
    if (disclosure) disclosure.open = true;
    detail.hidden = false;
    detail.scrollIntoView({ block: 'start' });
    const summary = detail.querySelector('summary');
    if (summary) summary.focus();
  });

  apply();
})();
`;
