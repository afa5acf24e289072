/** Routes of the `public` function. */
import type { Routes } from '../../entry/action'
import { lookup } from './lookup.handler'
import { report } from './report.handler'

export const publicRoutes: Routes = { lookup, report }
