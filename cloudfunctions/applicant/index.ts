/** Applicant function: filings of the caller (openid from the platform context). */
import { applicantRoutes } from '../../backend/actions/applicant'
import { makeMain } from '../../backend/entry/make-main'

export const main = makeMain(applicantRoutes)
