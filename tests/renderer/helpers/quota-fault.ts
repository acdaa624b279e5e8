// A full disk on demand: a Dexie middleware that fails writes to chosen tables with the QuotaExceededError Chromium
// raises when the origin's quota or the disk is full. Register it before the database opens.
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie'

export interface QuotaFault {
  middleware: Middleware<DBCore>
  /** Fails every later write to these tables; `afterWrites` lets that many through first. */
  arm(tables: string[], afterWrites?: number): void
  disarm(): void
  /** Writes refused so far. */
  refused(): number
}

export function quotaFault(): QuotaFault {
  let armed: Set<string> | undefined
  let allowance = 0
  let refused = 0
  return {
    middleware: {
      stack: 'dbcore',
      name: 'QuotaFault',
      create: (down) => ({
        ...down,
        table(name) {
          const table = down.table(name)
          return {
            ...table,
            mutate(req: DBCoreMutateRequest) {
              if (armed?.has(name) && allowance-- <= 0) {
                refused++
                return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              }
              return table.mutate(req)
            },
          }
        },
      }),
    },
    arm(tables, afterWrites = 0) {
      armed = new Set(tables)
      allowance = afterWrites
    },
    disarm() {
      armed = undefined
    },
    refused: () => refused,
  }
}
