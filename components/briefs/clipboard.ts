/**
 * Getting text out of the panel: the clipboard (the panel is an extension page, so
 * `navigator.clipboard` works while it has focus) and file downloads (the export view's
 * `downloadBlob`, no permission needed). Nothing leaves the browser.
 */
import { downloadBlob } from '../export/download';

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
  downloadBlob(new Blob([content], { type: mimeType }), fileName);
}
