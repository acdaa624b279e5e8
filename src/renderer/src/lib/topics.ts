// Topic labels for the UI. The domain keeps IPTC slugs (shared/model.ts); wording lives here (STYLE.md §3).
import type { TopicId } from '../../../shared/model'

export const TOPIC_LABELS: Record<TopicId, string> = {
  'arts-culture-entertainment': 'Arts & culture',
  'conflict-war-peace': 'Conflict & war',
  'crime-law-justice': 'Crime & justice',
  'disaster-accident-emergency': 'Disasters',
  'economy-business-finance': 'Economy & business',
  education: 'Education',
  environment: 'Environment',
  health: 'Health',
  'human-interest': 'Human interest',
  labour: 'Labour',
  'lifestyle-leisure': 'Lifestyle',
  politics: 'Politics',
  religion: 'Religion',
  'science-technology': 'Science & tech',
  society: 'Society',
  sport: 'Sport',
  weather: 'Weather',
}

export function topicLabel(topic: TopicId): string {
  return TOPIC_LABELS[topic] ?? topic
}
