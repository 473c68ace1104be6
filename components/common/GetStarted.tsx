/** The empty state: what to do first, and the reassurance that browsing is all it takes. */
export function GetStarted({ className = '' }: { className?: string }) {
  return (
    <div className={`rounded-md border border-dashed border-neutral-300 p-3 text-sm dark:border-neutral-600 ${className}`}>
      <p className="font-medium">Open Find creators in Seller Center to start</p>
      <p className="mt-1 text-neutral-600 dark:text-neutral-400">
        Browse the Affiliate Center as usual: creators on the pages you open are captured automatically. Everything
        stays in this browser; nothing is uploaded.
      </p>
    </div>
  );
}
