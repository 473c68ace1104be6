import { useId, useState } from 'react';
import { TeamFieldset } from '../team/TeamForm';
import { storeEligibilityReports } from '../../lib/db/eligibility-store';
import { parseEligibilityCsv } from '../../lib/eligibility/import-file';
import { countNoun } from '../../lib/format/number';
import { Section } from '../common/Section';
import { useDb } from '../db/DbContext';
import { useShopRegion } from '../guidance/useShopRegion';
import { MUTED } from './labels';
import type { EligibilityState } from './useEligibility';

/** A CSV file holds far less than this; anything bigger is not one. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const SHOWN_SKIPS = 5;

/** Figures from a CSV file (a spreadsheet the seller keeps): read, checked, and added to the history. */
export function EligibilityImportSection({ state }: { state: EligibilityState }) {
  const db = useDb();
  const [region] = useShopRegion();
  const inputId = useId();
  const [result, setResult] = useState<{ message: string; skipped: { line: number; reason: string }[] } | null>(null);

  async function read(file: File) {
    if (file.size > MAX_FILE_BYTES) return setResult({ message: `${file.name} is larger than 10 MB: not an eligibility file. Nothing was imported.`, skipped: [] });
    const parsed = parseEligibilityCsv(await file.text(), state.today, region);
    if ('error' in parsed) return setResult({ message: `${parsed.error} Nothing was imported.`, skipped: [] });
    if (parsed.reports.length === 0) return setResult({ message: 'No row could be read. Nothing was imported.', skipped: parsed.skipped });
    const written = await storeEligibilityReports(db, parsed.reports, 'import');
    if (!written.ok) return setResult({ message: written.error, skipped: parsed.skipped });
    setResult({
      message: `Imported ${countNoun(parsed.reports.length, 'row')} from ${file.name}${parsed.skipped.length ? `; ${countNoun(parsed.skipped.length, 'row')} skipped` : ''}.`,
      skipped: parsed.skipped,
    });
  }

  return (
    <Section title="Import a file">
      <TeamFieldset>
      <p className={`mb-2 text-xs ${MUTED}`}>
        A CSV with any of the columns Date, Product ID, Product name, Category, Reviews, Negative reviews, Return/refund cases, Seller-fault
        returns, Store rating, Counterfeit violation date. A file with a counterfeit column lists the violations as of each row’s date.
      </p>
      <label htmlFor={inputId} className="block text-xs font-medium">
        Eligibility CSV file
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        className="text-sm"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {result ? (
        <div role="status" className="mt-2 text-sm" data-testid="eligibility-import-result">
          <p>{result.message}</p>
          {result.skipped.length > 0 ? (
            <ul className={`mt-1 list-disc pl-4 text-xs ${MUTED}`}>
              {result.skipped.slice(0, SHOWN_SKIPS).map((skip) => (
                <li key={skip.line}>
                  Line {skip.line}: {skip.reason}
                </li>
              ))}
              {result.skipped.length > SHOWN_SKIPS ? <li>and {result.skipped.length - SHOWN_SKIPS} more</li> : null}
            </ul>
          ) : null}
        </div>
      ) : null}
      </TeamFieldset>
    </Section>
  );
}
