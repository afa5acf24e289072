/** Staff change a published event (time, place, places, deadline, description, materials) or cancel it; signed-up operators are told. */
import { z } from 'zod'
import { ActivityEditSchema } from '../../outreach/activity'
import { note } from '../../supervision/common'
import { defineContract } from '../contract'
import { Version } from '../shared'
import { StaffActivityView } from '../outreach/views'
import { RecordId } from './record-id'

const Told = z.object({ activity: StaffActivityView, notified: z.number().int(), told: z.number().int() })

export const activityUpdateContract = defineContract({
  fn: 'staff',
  action: 'activity-update',
  input: ActivityEditSchema.extend({ id: RecordId('活动'), version: Version }).strict(),
  output: Told
})

export const activityCancelByStaffContract = defineContract({
  fn: 'staff',
  action: 'activity-cancel',
  input: z.object({ id: RecordId('活动'), version: Version, reason: note('取消原因', 200, 2) }).strict(),
  output: Told
})
