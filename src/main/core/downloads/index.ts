// Offline downloads: article pages and their images, fetched politely for the renderer to store.
// Plain Node: never imports electron.
export { DownloadQueue, type DownloadQueueOptions } from './download-queue'
