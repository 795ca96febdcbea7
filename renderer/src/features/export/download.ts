/** Saves content as a file through the browser's download (an anchor with a Blob URL). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text content with its MIME type. */
export function downloadText(name: string, content: string, mime: string): void {
  downloadBlob(name, new Blob([content], { type: mime }));
}
