/** Routes of the `applicant` function (keyed by each action's contract). */
// Each action's module loads on its first call (see `lazyRoutes`): a cold start evaluates only the entry.
import { lazyRoutes } from '../../entry/action'

export const applicantRoutes = lazyRoutes('applicant', {
  'whoami': () => import('./whoami.handler'),
  'save-draft': () => import('./save-draft.handler'),
  'submit': () => import('./submit.handler'),
  'withdraw': () => import('./withdraw.handler'),
  'resubmit': () => import('./resubmit.handler'),
  'amend': () => import('./amend.handler'),
  'cancel': () => import('./cancel.handler'),
  'delete-draft': () => import('./delete-draft.handler'),
  'get-filing': () => import('./get-filing.handler'),
  'list-mine': () => import('./list-mine.handler'),
  'upload-location': () => import('./upload-location.handler'),
  'ingest-document': () => import('./ingest-document.handler'),
  'redeem-invite': () => import('./redeem-invite.handler'),
  'ocr-read': () => import('./ocr-read.handler'),
  'phone-code-send': () => import('./phone-code.handler'),
  'phone-code-verify': () => import('./phone-code.handler'),
  'phone-status': () => import('./phone-code.handler'),
  'ownership-codes': () => import('./ownership-codes.handler'),
  'certificate': () => import('./certificate.handler'),
  // Organisations: co-managers of a filing, and many accounts from the .xlsx template.
  'managers': () => import('./managers.handler'),
  'manager-invite': () => import('./managers.handler'),
  'manager-join': () => import('./managers.handler'),
  'manager-remove': () => import('./managers.handler'),
  // Agency: the principal's confirmation code, preview, confirm, refuse.
  'agency-code': () => import('./agency.handler'),
  'agency-preview': () => import('./agency.handler'),
  'agency-confirm': () => import('./agency.handler'),
  'agency-refuse': () => import('./agency.handler'),
  // Transfer to a new operator: start, cancel, preview, accept; the join box's code-preview.
  'transfer-start': () => import('./transfer.handler'),
  'transfer-cancel': () => import('./transfer.handler'),
  'transfer-preview': () => import('./transfer.handler'),
  'transfer-accept': () => import('./transfer.handler'),
  'code-preview': () => import('./transfer.handler'),
  'bulk-template': () => import('./bulk-accounts.handler'),
  'bulk-accounts': () => import('./bulk-accounts.handler'),
  // Subject profiles (常用主体): saved from a filing, copied into the next one.
  'profiles': () => import('./profiles.handler'),
  'profile-get': () => import('./profiles.handler'),
  'profile-save': () => import('./profiles.handler'),
  'profile-update': () => import('./profiles.handler'),
  'profile-delete': () => import('./profiles.handler'),
  'profile-sync': () => import('./profiles.handler'),
  // Supervision: the operator's side, and uploads of supervision photos.
  'attachment-location': () => import('./attachment-location.handler'),
  'my-cases': () => import('./my-cases.handler'),
  'my-case': () => import('./my-cases.handler'),
  'case-evidence': () => import('./my-cases.handler'),
  // Outreach: the operator's activities, sign-up, consent to invitations, a self-check opting in.
  'my-activities': () => import('./activities.handler'),
  'activity-signup': () => import('./activities.handler'),
  'activity-cancel': () => import('./activities.handler'),
  'activity-subscribe': () => import('./activities.handler'),
  'outreach-optin': () => import('./activities.handler'),
  // 我的备案's outreach card.
  'my-outreach': () => import('./my-outreach.handler'),
  // 年度核验: the operator's entries and their response.
  'my-reverifications': () => import('./reverification.handler'),
  'reverify': () => import('./reverification.handler'),
  // Claiming a filing staff entered or imported (then amended as usual).
  'claim-filing': () => import('./claim-filing.handler'),
  // Upkeep: followers past the threshold, a change to file in time, the directory consent.
  'upkeep-followers': () => import('./upkeep.handler'),
  'upkeep-change': () => import('./upkeep.handler'),
  'my-upkeep': () => import('./upkeep.handler'),
  'directory-consent': () => import('./upkeep.handler')
})
