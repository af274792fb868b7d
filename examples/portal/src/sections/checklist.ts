// Demo section for <cchc-checklist>: registers the element; the two checklists load their synthetic data from
// ./data/checklist-*.json (their `src`). Each tick of a manual item is echoed below the checklist it came from.
import '@cchc/elements/define';

for (const el of document.querySelectorAll<HTMLElement>('cchc-checklist[data-echo]')) {
  const out = document.getElementById(el.dataset.echo!);
  el.addEventListener('cchc-change', (event) => {
    if (out === null) return;
    const { findings, manual } = event.detail;
    const missed = findings.filter((f) => f.status === 'missed').length;
    out.textContent = `Bằng chứng đã đánh dấu: ${manual.length}; nghĩa vụ còn không đạt: ${missed}.`;
  });
}
