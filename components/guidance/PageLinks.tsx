import { useId } from 'react';
import type { DetectableKind } from '../../lib/pages/detect';
import { PAGE_KIND_LABELS } from '../../lib/pages/page-kind';
import { affiliatePageUrl, SHOP_REGION_NAMES, SHOP_REGIONS, type ShopRegion } from '../../lib/guidance/regions';
import { EXPORT_FILES, PAGE_GIVES, type ExportFile } from '../../lib/guidance/sources';

const LINK = 'text-sky-700 underline underline-offset-2 dark:text-sky-300';

/** Links that open Affiliate Center pages for the seller's region, each with what it gives. */
export function PageLinks({ pages, region }: { pages: readonly DetectableKind[]; region: ShopRegion }) {
  return (
    <ul className="mt-1 space-y-1">
      {pages.map((kind) => (
        <li key={kind}>
          <a href={affiliatePageUrl(kind, region)} target="_blank" rel="noopener noreferrer" className={LINK}>
            {PAGE_KIND_LABELS[kind]}
          </a>
          {PAGE_GIVES[kind] ? <span className="text-neutral-600 dark:text-neutral-400"> — {PAGE_GIVES[kind]}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The export files that can be imported instead, and where Seller Center offers them. */
export function FileList({ files }: { files: readonly ExportFile[] }) {
  return (
    <ul className="mt-1 space-y-1">
      {files.map((file) => (
        <li key={file}>
          <span className="font-medium">{EXPORT_FILES[file].name}</span>
          <span className="text-neutral-600 dark:text-neutral-400"> ({EXPORT_FILES[file].where})</span>
        </li>
      ))}
    </ul>
  );
}

export function RegionPicker({ region, onChange }: { region: ShopRegion; onChange: (region: ShopRegion) => void }) {
  const id = useId();
  return (
    <p className="mt-2 flex flex-wrap items-center gap-1 text-xs text-neutral-600 dark:text-neutral-400">
      <label htmlFor={id}>Links open Seller Center for</label>
      <select
        id={id}
        value={region}
        onChange={(e) => onChange(e.target.value as ShopRegion)}
        className="rounded border border-neutral-300 bg-white px-1 py-0.5 text-xs text-neutral-900 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100"
      >
        {SHOP_REGIONS.map((r) => (
          <option key={r} value={r}>
            {SHOP_REGION_NAMES[r]}
          </option>
        ))}
      </select>
    </p>
  );
}
