/**
 * Saves a file the panel made: an object URL and a temporary `<a download>`. No `downloads`
 * permission is needed, and nothing leaves the browser.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the URL by now; keep it alive a little longer to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
