// Hostile pages for the extraction limits (issue 16 item 2), built in code so the repository holds no 4.6 MB file.

/** blocks × (depth nested <div>s around one short paragraph): 4,000 × 99 is the audit's 4.6 MB, 396,000-element page. */
export function nestedDivPage(blocks = 4000, depth = 99): string {
  const block = `${'<div>'.repeat(depth)}<p>Block text that repeats.</p>${'</div>'.repeat(depth)}`
  return `<!DOCTYPE html><html><head><title>Deep</title></head><body>${block.repeat(blocks)}</body></html>`
}
