/**
 * Deadline reminders from the timer: a returned filing whose fix-by date is near gets one
 * 到期提醒 (against a consent credit, under the policy). The aggregate's `remind` marks the
 * reminder on the record in the same unit as the message, so ticks never repeat one.
 */
import { reminderDue, reminderHorizon } from '../core'
import type { Runtime } from '../runtime/runtime'
import { systemCtx } from './purge'
import { runTransition } from './transition'

export interface ReminderReport {
  reminded: number
}

export async function sendReminders(rt: Runtime, limit = 100): Promise<ReminderReport> {
  const ctx = systemCtx(rt)
  const due = (await rt.store.filings.listFixByUpTo(reminderHorizon(ctx.now, rt.config), limit)).filter((r) => reminderDue(r, ctx.now, rt.config))
  let reminded = 0
  for (const rec of due) {
    // A concurrent tick or an edit wins the version race: that filing is handled there.
    const ok = await runTransition(ctx, { id: rec.id, version: rec.version, command: { type: 'remind' } }).then(() => true, () => false)
    if (ok) reminded++
  }
  return { reminded }
}
