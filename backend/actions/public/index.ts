/** Routes of the `public` function (keyed by each action's contract). */
// Each action's module loads on its first call (see `lazyRoutes`): a cold start evaluates only the entry.
import { lazyRoutes } from '../../entry/action'

export const publicRoutes = lazyRoutes('public', {
  'lookup': () => import('./lookup.handler'),
  'report': () => import('./report.handler'),
  'office-status': () => import('./office-status.handler'),
  'verify-certificate': () => import('./verify-certificate.handler'),
  'receipt': () => import('./receipt.handler'),
  'my-reports': () => import('./receipt.handler'),
  'notices': () => import('./receipt.handler')
})
