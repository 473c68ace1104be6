/**
 * Getting text out of the panel: the clipboard (the panel is an extension page, so
 * `navigator.clipboard` works while it has focus) and file downloads (object URL + `<a download>`,
 * no permission needed). Nothing leaves the browser.
 */

/** Copies text; resolves to an error message when the browser refused, else null. */
export async function copyText(text: string): Promise<string | null> {
  try {
    if (!navigator.clipboard?.writeText) return 'this browser does not allow copying from here';
    await navigator.clipboard.writeText(text);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Saves `content` as a file with the given name and type. */
export function downloadText(content: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
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
