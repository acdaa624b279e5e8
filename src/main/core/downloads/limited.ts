// Runs one network task under the shared HostLimiter (the poller's), so feed polls and article downloads
// together never exceed the per-host and global limits.
import type { HostLimiter } from '../host-limiter'

/** The per-host limit protects a server, so the key is the hostname (ports share it), as in the poller. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return url
  }
}

/** Resolves or rejects with task's outcome once it has run under a slot for url's host; the slot is freed either way. */
export function runLimited<T>(limiter: HostLimiter, url: string, task: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    limiter.push(hostOf(url), (release) => {
      // A task that throws synchronously must still free its slot and reject, never leave the caller waiting.
      new Promise<T>((run) => run(task()))
        .then(resolve, reject)
        .finally(release)
    })
  })
}
