// navigator.onLine as React state. It is only a hint (true on a LAN without internet), which is why the
// reader still prefers stored images when it thinks it is online.
import { useEffect, useState } from 'react'

export function useOnline(): boolean {
  const [isOnline, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine))
  useEffect(() => {
    const update = () => setOnline(navigator.onLine)
    window.addEventListener('online', update)
    window.addEventListener('offline', update)
    return () => {
      window.removeEventListener('online', update)
      window.removeEventListener('offline', update)
    }
  }, [])
  return isOnline
}
