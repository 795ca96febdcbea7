/** Saves content as a file through the browser's download (an anchor with a Blob URL). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  clickDownload(url, name);
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text content with its MIME type. */
export function downloadText(name: string, content: string, mime: string): void {
  downloadBlob(name, new Blob([content], { type: mime }));
}

/** Starts the browser's download of a same-origin or Blob URL under a file name (an anchor with `download`). */
export function clickDownload(href: string, name: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
