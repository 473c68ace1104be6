/**
 * The page's date filter as the seller sees it, read in the content script and sent with captured
 * rows: the background reads the period the page's figures cover from it (lib/reported/period.ts).
 */

/** Longest date filter text sent (the background reads at most this much). */
const MAX_PERIOD_TEXT = 200;

/**
 * The page's date filter as shown: a range picker's two inputs, else the select labels in the
 * filter bar (`Last 90 days`, `Letzte 28 Tage`). The background reads the period from it.
 */
export function datePeriodText(document: Document): string {
  const picker = document.querySelector('.arco-picker-range, .theme-arco-picker-range');
  const inputs = picker ? Array.from(picker.querySelectorAll('input'), (input) => input.value.trim()).filter(Boolean) : [];
  if (inputs.length === 2) return inputs.join(' - ').slice(0, MAX_PERIOD_TEXT);
  const labels = document.querySelectorAll('.arco-select-view-value, .theme-arco-select-view-value');
  return Array.from(labels, (label) => (label.textContent ?? '').trim())
    .filter(Boolean)
    .join(' | ')
    .slice(0, MAX_PERIOD_TEXT);
}

