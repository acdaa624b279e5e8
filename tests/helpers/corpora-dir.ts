// Where the shared test corpora live: ../shared/corpora beside the repository (as on developer machines and
// in CI), or MERIDIAN_CORPORA. They are used in place, never copied into the repo.
import { resolve } from 'node:path'

export const CORPORA_DIR = process.env.MERIDIAN_CORPORA ?? resolve(__dirname, '../../../shared/corpora')
