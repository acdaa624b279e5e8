// Saves a file the app made (an OPML export, a backup) through a temporary link to a Blob: no file-system access
// needed, in Electron (its save dialog) and in the browser mode alike.
export function downloadFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  // The download has started by then; the URL only holds the Blob in memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
