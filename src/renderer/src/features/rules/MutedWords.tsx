// The muted words, each with Unmute, and a field to mute one more.
import { useState } from 'react'
import type { Rule } from '../../db'
import { log } from '../../lib/log'
import { useServices } from '../../lib/services'
import { mutedWordOf, muteWord, unmute } from './mute'

const logger = log.scope('mute')

export function MutedWords({ mutes }: { mutes: Rule[] }) {
  const { db } = useServices()
  const [word, setWord] = useState('')
  return (
    <section aria-label="Muted words" className="muted-words">
      <h3>Muted words</h3>
      <p className="hint">Articles whose title or summary holds a muted word are hidden. Select words in an article to mute them from there.</p>
      {mutes.length > 0 && (
        <ul>
          {mutes.map((r) => (
            <li key={r.id}>
              <span>{mutedWordOf(r)}</span>{' '}
              <button type="button" aria-label={`Unmute ${mutedWordOf(r)}`} onClick={() => void unmute(db, r.id).catch((err: unknown) => logger.error('could not unmute', err))}>
                Unmute
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => {
        e.preventDefault()
        if (!word.trim()) return
        void muteWord(db, word).then(() => setWord('')).catch((err: unknown) => logger.error('could not mute', err))
      }}>
        <label>
          Mute a word <input type="text" value={word} maxLength={60} onChange={(e) => setWord(e.target.value)} />
        </label>
        <button type="submit">Mute</button>
      </form>
    </section>
  )
}
