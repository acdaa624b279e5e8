import { useId, useState, type FormEvent } from 'react'
import { COUNTRY_CODES } from '../../../../shared/country-codes'
import { TOPICS, type TopicId } from '../../../../shared/model'
import { editArticleTags, type StoredArticle, type TagEdit } from '../../db'
import { countryName } from '../../lib/countries'
import { useServices } from '../../lib/services'
import { topicLabel } from '../../lib/topics'
import { TagTiers } from './TagTiers'
import './tagging.css'

/** "Why these tags" with the words that decided each one, and the reader's corrections (kept across re-tagging):
 *  a country moves between `about` and "also mentioned" or goes, a tag is added or removed. */
export function TagEditor({ article }: { article: StoredArticle }) {
  const { db } = useServices()
  const [isOpen, setOpen] = useState(false)
  const [countryText, setCountryText] = useState('')
  const [topic, setTopic] = useState('')
  const [problem, setProblem] = useState<string>()
  const regionId = useId()
  const listId = useId()

  async function apply(edit: TagEdit) {
    setProblem(undefined)
    try {
      await editArticleTags(db, article.id, edit)
    } catch (err) {
      setProblem(`Could not change the tags: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
  function addCountry(e: FormEvent) {
    e.preventDefault()
    const wanted = countryText.trim().toLocaleLowerCase()
    const code = COUNTRY_CODES.find((c) => c.toLowerCase() === wanted || countryName(c).toLocaleLowerCase() === wanted)
    if (!code) return setProblem(`No country called “${countryText.trim()}”. Pick one from the list.`)
    setCountryText('')
    void apply({ action: 'add', kind: 'country', value: code })
  }
  function addTopic(e: FormEvent) {
    e.preventDefault()
    if (!topic) return
    setTopic('')
    void apply({ action: 'add', kind: 'topic', value: topic as TopicId })
  }

  return (
    <div className="tag-editor">
      <button type="button" className="link-button" aria-expanded={isOpen} aria-controls={regionId} onClick={() => setOpen(!isOpen)}>
        {isOpen ? 'Done editing tags' : 'Why these tags? Edit'}
      </button>
      {isOpen && (
        <div id={regionId} role="region" aria-label="Edit tags">
          <TagTiers article={article} onEdit={(edit) => void apply(edit)} />
          <form onSubmit={addCountry} className="tag-editor-add">
            <label>
              Add country <input list={listId} value={countryText} onChange={(e) => setCountryText(e.target.value)} />
            </label>
            <datalist id={listId}>
              {COUNTRY_CODES.filter((c) => !article.countries.includes(c) && !(article.mentions ?? []).includes(c)).map((c) => <option key={c} value={countryName(c)} />)}
            </datalist>
            <button type="submit">Add country</button>
          </form>
          <form onSubmit={addTopic} className="tag-editor-add">
            <label>
              Add topic{' '}
              <select value={topic} onChange={(e) => setTopic(e.target.value)}>
                <option value="">Choose…</option>
                {TOPICS.filter((t) => !article.topics.includes(t)).map((t) => <option key={t} value={t}>{topicLabel(t)}</option>)}
              </select>
            </label>
            <button type="submit">Add topic</button>
          </form>
          {article.userTags && <p className="muted">Your corrections are kept when articles are fetched or re-tagged again.</p>}
          {problem && <p role="alert" className="error-text">{problem}</p>}
        </div>
      )}
    </div>
  )
}
