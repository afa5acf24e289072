/** Routes of the `public` function. */
import type { Routes } from '../../entry/action'
import { lookup } from './lookup.handler'
import { officeStatusAction } from './office-status.handler'
import { report } from './report.handler'
import { verifyCertificateAction } from './verify-certificate.handler'

export const publicRoutes: Routes = { lookup, report, 'office-status': officeStatusAction, 'verify-certificate': verifyCertificateAction }
