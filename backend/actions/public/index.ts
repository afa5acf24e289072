/** Routes of the `public` function. */
import type { Routes } from '../../entry/action'
import { lookup } from './lookup.handler'
import { officeStatusAction } from './office-status.handler'
import { myReports, notices, receipt } from './receipt.handler'
import { report } from './report.handler'

export const publicRoutes: Routes = { lookup, report, 'office-status': officeStatusAction, receipt, 'my-reports': myReports, notices }
