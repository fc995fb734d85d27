import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexRead, readTogether, type KnexRead } from '@inclusion/database';
import { todayIn } from '@inclusion/editions';
import type { TenantRow } from '@inclusion/tenancy';
import type { AttentionRules } from '../commitments/attention';
import {
  DEFAULT_DUE_SOON_DAYS,
  DEFAULT_STALE_AFTER_DAYS,
  FollowUpSettings,
} from './follow-up-settings.entity';

export interface SettingsDraft {
  staleAfterDays?: number | null;
  dueSoonDays?: number | null;
}

/** A city's follow-up settings, its defaults until a coordinator changes them. */
export async function readFollowUpSettings(
  em: EntityManager,
  tenantId: string,
): Promise<{ staleAfterDays: number; dueSoonDays: number }> {
  const [settings] = await readTogether(em, [followUpSettingsRead(em, tenantId)]);
  return settings;
}

/** What makes a commitment of the city overdue, stale or due soon, now. */
export async function readAttentionRules(
  em: EntityManager,
  tenant: TenantRow,
  now = new Date(),
): Promise<AttentionRules> {
  const [rules] = await readTogether(em, [attentionRulesRead(em, tenant, now)]);
  return rules;
}

/** The city's rules, as a read to send with others (see `readTogether`). */
export function attentionRulesRead(
  em: EntityManager,
  tenant: TenantRow,
  now: Date,
): KnexRead<AttentionRules> {
  const settings = followUpSettingsRead(em, tenant.id);
  return {
    query: settings.query,
    result: (rows) => ({ ...settings.result(rows), today: todayIn(tenant.timeZone, now), now }),
  };
}

// Read at every list and dashboard: a plain row queried with knex (see knexRows).
function followUpSettingsRead(
  em: EntityManager,
  tenantId: string,
): KnexRead<{ staleAfterDays: number; dueSoonDays: number }> {
  const settings = knexRead(em, FollowUpSettings, (query) => query.where('tenant_id', tenantId));
  return {
    query: settings.query,
    result: (rows) => {
      const [row] = settings.result(rows);
      return {
        staleAfterDays: row?.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS,
        dueSoonDays: row?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
      };
    },
  };
}

@Injectable()
export class FollowUpSettingsService {
  of(em: EntityManager, tenantId: string) {
    return readFollowUpSettings(em, tenantId);
  }

  rules(em: EntityManager, tenant: TenantRow, now = new Date()): Promise<AttentionRules> {
    return readAttentionRules(em, tenant, now);
  }

  async update(em: EntityManager, tenantId: string, draft: SettingsDraft) {
    const settings =
      (await em.findOne(FollowUpSettings, { tenantId })) ??
      em.create(FollowUpSettings, { tenantId });
    if (draft.staleAfterDays) settings.staleAfterDays = draft.staleAfterDays;
    if (draft.dueSoonDays) settings.dueSoonDays = draft.dueSoonDays;
    await em.flush();
    return this.of(em, tenantId);
  }
}
