// Offline downloads: article pages and their images, fetched politely for the renderer to store.
// Plain Node: never imports electron.
export { DownloadQueue, DEFAULT_PARALLEL, type DownloadQueueOptions } from './download-queue'
export { DEFAULT_IMAGE_LIMITS, fetchImage, pickImageUrls, type ImageLimits } from './article-images'
export { detectImageType } from './image-type'
