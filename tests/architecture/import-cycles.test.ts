// No import cycles anywhere in src/: a reader can then understand each file from the files below it, and bundlers
// never meet a module half-initialised. Type-only imports count too (see source-graph.ts).
import { describe, expect, it } from 'vitest'
import { findCycles, importGraph } from './source-graph'

describe('import cycles', () => {
  it('the cycle finder finds a cycle and reports none where there is none', () => {
    expect(findCycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c', 'a']])
    expect(findCycles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([])
  })

  it('the graph resolves index files, .tsx files and the @renderer alias', () => {
    const graph = importGraph()
    expect(graph.get('renderer/src/main.tsx')).toEqual(expect.arrayContaining(['renderer/src/db/index.ts', 'renderer/src/App.tsx']))
    expect(graph.size).toBeGreaterThan(300)
  })

  it('src/ has none', () => {
    expect(findCycles(importGraph()).map((c) => c.join(' -> '))).toEqual([])
  })
})
