// Preload: exposes exactly the NewsApi from src/shared/api.ts through contextBridge, one method per channel.
// Sandboxed and CommonJS: imports only 'electron' and the shared contract (types + channel names).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { channel, type NewsApi } from '../shared/api'

function listen<T>(name: string, listener: (payload: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, payload: T): void => listener(payload) // never pass the event on
  ipcRenderer.on(name, forward)
  return () => {
    ipcRenderer.off(name, forward)
  }
}

const api: NewsApi = {
  setSubscriptions: (subs) => ipcRenderer.invoke(channel.setSubscriptions, subs),
  refreshNow: (feedIds) => ipcRenderer.invoke(channel.refreshNow, feedIds),
  discoverFeeds: (url) => ipcRenderer.invoke(channel.discoverFeeds, url),
  openExternal: (url) => ipcRenderer.invoke(channel.openExternal, url),
  onFeedResult: (listener) => listen(channel.onFeedResult, listener),
  onRefreshProgress: (listener) => listen(channel.onRefreshProgress, listener),
  downloadArticles: (requests) => ipcRenderer.invoke(channel.downloadArticles, requests),
  cancelDownloads: () => ipcRenderer.invoke(channel.cancelDownloads),
  onArticleContent: (listener) => listen(channel.onArticleContent, listener),
  classifyArticles: (requests) => ipcRenderer.invoke(channel.classifyArticles, requests),
  primeStories: (seeds) => ipcRenderer.invoke(channel.primeStories, seeds),
  saveAutomaticBackup: (text) => ipcRenderer.invoke(channel.saveAutomaticBackup, text),
  getDesktopSettings: () => ipcRenderer.invoke(channel.getDesktopSettings),
  updateDesktopSettings: (patch) => ipcRenderer.invoke(channel.updateDesktopSettings, patch),
  setUnreadCount: (count) => ipcRenderer.invoke(channel.setUnreadCount, count),
  notifyWatchHits: (hits) => ipcRenderer.invoke(channel.notifyWatchHits, hits),
  takeBufferedResults: () => ipcRenderer.invoke(channel.takeBufferedResults),
  ackBufferedResults: () => ipcRenderer.invoke(channel.ackBufferedResults),
  onOpenRequest: (listener) => listen(channel.onOpenRequest, listener),
  fetchSiteIcon: (request) => ipcRenderer.invoke(channel.fetchSiteIcon, request),
  setConcurrency: (concurrency) => ipcRenderer.invoke(channel.setConcurrency, concurrency),
  showContextMenu: (items) => ipcRenderer.invoke(channel.showContextMenu, items),
}

contextBridge.exposeInMainWorld('news', api)
