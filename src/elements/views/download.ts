/** Offers a blob as a file download, from a Blob URL (no data: URL, nothing inline: strict-CSP safe). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Offers text as a file download; CSV by default, with a BOM so spreadsheets read UTF-8. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(filename, new Blob(['\ufeff', text], { type }));
}
