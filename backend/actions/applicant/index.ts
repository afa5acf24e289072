/** Routes of the `applicant` function (keyed by each action's contract). */
import { routesOf } from '../../entry/action'
import { amend } from './amend.handler'
import { attachmentLocation } from './attachment-location.handler'
import { caseEvidence, myCase, myCases } from './my-cases.handler'
import { cancel } from './cancel.handler'
import { deleteDraft } from './delete-draft.handler'
import { getFiling } from './get-filing.handler'
import { ingestDocument } from './ingest-document.handler'
import { listMine } from './list-mine.handler'
import { redeemInvite } from './redeem-invite.handler'
import { resubmit } from './resubmit.handler'
import { saveDraft } from './save-draft.handler'
import { submit } from './submit.handler'
import { uploadLocation } from './upload-location.handler'
import { whoami } from './whoami.handler'
import { withdraw } from './withdraw.handler'
import { ocrRead } from './ocr-read.handler'
import { phoneCodeSend, phoneCodeVerify, phoneStatus } from './phone-code.handler'
import { ownershipCodes } from './ownership-codes.handler'
import { certificate } from './certificate.handler'
import { myReverifications, reverify } from './reverification.handler'
import { directoryConsent, myUpkeep, upkeepChange, upkeepFollowers } from './upkeep.handler'
import { activityCancel, activitySignup, activitySubscribe, myActivities, outreachOptin } from './activities.handler'

export const applicantRoutes = routesOf('applicant', [
  whoami,
  saveDraft,
  submit,
  withdraw,
  resubmit,
  amend,
  cancel,
  deleteDraft,
  getFiling,
  listMine,
  uploadLocation,
  ingestDocument,
  redeemInvite,
  ocrRead,
  phoneCodeSend,
  phoneCodeVerify,
  phoneStatus,
  ownershipCodes,
  certificate,
  // Supervision: the operator's side, and uploads of supervision photos.
  attachmentLocation,
  myCases,
  myCase,
  caseEvidence,
  // Outreach: the operator's activities, sign-up, consent to invitations, a self-check opting in.
  myActivities,
  activitySignup,
  activityCancel,
  activitySubscribe,
  outreachOptin,
  // 年度核验: the operator's entries and their response.
  myReverifications,
  reverify,
  // Upkeep: followers past the threshold, a change to file in time, the directory consent.
  upkeepFollowers,
  upkeepChange,
  myUpkeep,
  directoryConsent
])
