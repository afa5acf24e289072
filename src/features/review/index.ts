/**
 * What other staff features use of the review feature: the statistics' counts, an export's
 * delivery confirmation, and the staff screens' shared look.
 */
import './review.scss'

export { loadStats, type Stats, type StatsRow } from './summary'
export { exportDone } from './api'
