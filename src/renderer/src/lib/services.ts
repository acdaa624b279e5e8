// The database and the NewsApi, handed to components through context so tests can pass a fresh database
// and a fake API instead of the app's singletons.
import { createContext, useContext } from 'react'
import type { NewsApi } from '../../../shared/api'
import type { MeridianDb } from '../db'

export interface Services {
  db: MeridianDb
  api: NewsApi
}

export const ServicesContext = createContext<Services | null>(null)

export function useServices(): Services {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('useServices: no ServicesContext.Provider above this component')
  return services
}
