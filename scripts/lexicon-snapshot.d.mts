// Types for scripts/lexicon-snapshot.mjs (plain ESM, so npm scripts and vitest run it without a TypeScript step).
export declare const SNAPSHOT_FILE: string
export declare function generateLexiconSnapshot(root: string): string
export default function setup(): void
