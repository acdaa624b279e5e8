// Part of the upgrade to version 31 (issue 15), inside the versionchange at version 30.5: schemas 11–30 kept the
// forward search rows in `search` with a multiEntry index on their tokens (about 55 entries a row), which version 31
// drops. Dropping an index costs as much as deleting each of its entries (Chromium: 63 s for 20,000 rows' index,
// db/README.md, "Upgrades at 100,000, session 14"), and the reader would wait for all of it before the app opens.
// Renaming a store costs nothing (44 ms for the same store), so the filled store is renamed `searchOld` and an empty
// `search` with the same index takes its place: version 31 then drops the index of an empty store. The old rows are
// copied into the new store after the open, and the old store emptied in the background (d31-copy-search.ts,
// d31-drop-old-search.ts). Frozen: never edit.

/** The store Dexie created from version 30.5's declaration is replaced by the old forward rows, renamed. */
export function swapSearchStoreV30(idbtrans: IDBTransaction): void {
  const idb = idbtrans.db
  // Declared at 30.5 so every later version keeps it (Dexie deletes undeclared stores); created empty just now.
  idb.deleteObjectStore('searchOld')
  idbtrans.objectStore('search').name = 'searchOld'
  idb.createObjectStore('search', { keyPath: 'id' }).createIndex('w', 'w', { multiEntry: true })
}
