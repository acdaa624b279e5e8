// The backup file (issue 19): one JSON document with everything the reader made — feeds and folders, settings,
// read and starred state, tag corrections, optionally the articles themselves — and a format version, so a file
// written by an older Meridian is read by a newer one (older versions are brought forward here, never refused).
import type { Feed, StoredArticle, UserTags } from '../rows/types'
import type { LabelRow, SavedViewRow } from '../rows/issue19-types'
import type { OfflineSettings } from '../offline/tables'
import type { Rule } from '../rules/types'

export const BACKUP_FORMAT = 'meridian-backup'
/** 1: feeds, settings, states, articles. 2: rules, saved views, labels, and article labels and "shown again" marks.
 *  Bump when the shape changes, and bring older files forward in readBackup. */
export const BACKUP_VERSION = 2

/** A feed as backed up: what the reader chose and what identifies it, not its polling state. */
export type BackupFeed = Pick<Feed, 'id' | 'url' | 'title' | 'customTitle' | 'siteUrl' | 'folder' | 'outletCountry' | 'intervalMinutes' | 'addedAt'>

export interface BackupFile {
  format: typeof BACKUP_FORMAT
  version: number
  exportedAt: string
  feeds: BackupFeed[]
  settings: {
    /** The UI's persisted choices (localStorage keys starting with "meridian."), as stored. */
    local: Record<string, string>
    offline?: Omit<OfflineSettings, 'pausedReason'>
  }
  /** Reader state by article id: [id, readAt] for read articles, ids of starred ones, corrections by id, label ids
   *  by article, and articles the reader showed again after a rule hid them. */
  states: {
    read: Array<[string, number]>
    starred: string[]
    userTags: Record<string, UserTags>
    labels: Record<string, string[]>
    shown: string[]
  }
  rules: Rule[]
  savedViews: SavedViewRow[]
  labels: LabelRow[]
  /** Whole articles when the reader asked for them; starred and corrected ones are always here. */
  articles: StoredArticle[]
  /** True when every stored article is in `articles`. */
  hasAllArticles: boolean
}

export class BackupFormatError extends Error {}

/** Checks the outer shape and brings an older file forward to the current version. */
export function readBackup(text: string): BackupFile {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new BackupFormatError('This file is not a Meridian backup (it is not JSON).')
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupFormatError('This file is not a Meridian backup.')
  }
  const file = raw as Partial<BackupFile> & { version?: unknown }
  if (typeof file.version !== 'number' || file.version < 1) throw new BackupFormatError('This backup has no format version.')
  if (file.version > BACKUP_VERSION) {
    throw new BackupFormatError(`This backup was written by a newer Meridian (format ${file.version}; this one reads up to ${BACKUP_VERSION}).`)
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt : '',
    feeds: Array.isArray(file.feeds) ? file.feeds.filter(isFeed) : [],
    settings: {
      local: isStringRecord(file.settings?.local) ? file.settings.local : {},
      ...(file.settings?.offline && typeof file.settings.offline === 'object' && { offline: file.settings.offline }),
    },
    states: {
      read: Array.isArray(file.states?.read) ? file.states.read.filter((r): r is [string, number] => Array.isArray(r) && typeof r[0] === 'string' && typeof r[1] === 'number') : [],
      starred: Array.isArray(file.states?.starred) ? file.states.starred.filter((s): s is string => typeof s === 'string') : [],
      userTags: file.states?.userTags && typeof file.states.userTags === 'object' ? file.states.userTags : {},
      // Format 1 had no labels, rules or views: nothing to bring forward but empty lists.
      labels: isLabelsRecord(file.states?.labels) ? file.states.labels : {},
      shown: Array.isArray(file.states?.shown) ? file.states.shown.filter((s): s is string => typeof s === 'string') : [],
    },
    rules: Array.isArray(file.rules) ? file.rules.filter((r) => isNamed(r) && Array.isArray(r.conditions) && Array.isArray(r.actions)) : [],
    savedViews: Array.isArray(file.savedViews) ? file.savedViews.filter((v) => isNamed(v) && !!v.state && typeof v.state === 'object') : [],
    labels: Array.isArray(file.labels) ? file.labels.filter(isNamed) : [],
    articles: Array.isArray(file.articles) ? file.articles.filter(isArticle) : [],
    hasAllArticles: file.hasAllArticles === true,
  }
}

function isFeed(v: unknown): v is BackupFeed {
  const f = v as BackupFeed
  return !!f && typeof f.id === 'string' && typeof f.url === 'string' && typeof f.title === 'string'
}

function isArticle(v: unknown): v is StoredArticle {
  const a = v as StoredArticle
  return !!a && typeof a.id === 'string' && typeof a.feedId === 'string' && typeof a.title === 'string' && typeof a.publishedAt === 'string' && Array.isArray(a.countries)
}

function isStringRecord(v: unknown): v is Record<string, string> {
  return !!v && typeof v === 'object' && Object.values(v).every((x) => typeof x === 'string')
}

function isNamed<T extends { id: string; name: string }>(v: T): boolean {
  return !!v && typeof v.id === 'string' && typeof v.name === 'string'
}

function isLabelsRecord(v: unknown): v is Record<string, string[]> {
  return !!v && typeof v === 'object' && Object.values(v).every((x) => Array.isArray(x) && x.every((s) => typeof s === 'string'))
}
