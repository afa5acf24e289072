/** Routes of the `public` function (keyed by each action's contract). */
import { routesOf } from '../../entry/action'
import { lookup } from './lookup.handler'
import { officeStatusAction } from './office-status.handler'
import { myReports, notices, receipt } from './receipt.handler'
import { report } from './report.handler'
import { verifyCertificateAction } from './verify-certificate.handler'

export const publicRoutes = routesOf('public', [lookup, report, officeStatusAction, verifyCertificateAction, receipt, myReports, notices])
