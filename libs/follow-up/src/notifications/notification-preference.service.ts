import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_FREQUENCY, NotificationFrequency, NotificationKind } from './notification-kind';
import { NotificationPreference } from './notification-preference.entity';

export interface EffectivePreference {
  kind: NotificationKind;
  frequency: NotificationFrequency;
  /** Not chosen yet: the default applies. */
  isDefault: boolean;
}

/** How often each person wants each kind of follow-up mail; the default until they choose. */
@Injectable()
export class NotificationPreferenceService {
  async of(em: EntityManager, userId: string): Promise<EffectivePreference[]> {
    const chosen = new Map(
      (await em.find(NotificationPreference, { userId })).map((p) => [p.kind, p.frequency]),
    );
    return Object.values(NotificationKind).map((kind) => ({
      kind,
      frequency: chosen.get(kind) ?? DEFAULT_FREQUENCY[kind],
      isDefault: !chosen.has(kind),
    }));
  }

  async set(
    em: EntityManager,
    userId: string,
    kind: NotificationKind,
    frequency: NotificationFrequency,
  ): Promise<EffectivePreference[]> {
    const existing = await em.findOne(NotificationPreference, { userId, kind });
    if (existing) existing.frequency = frequency;
    else em.create(NotificationPreference, { userId, kind, frequency });
    await em.flush();
    return this.of(em, userId);
  }

  /** Everyone's frequency for one kind of mail, for the worker (which may read them all). */
  async frequencies(
    em: EntityManager,
    userIds: readonly string[],
    kind: NotificationKind,
  ): Promise<Map<string, NotificationFrequency>> {
    const chosen = new Map(
      (await em.find(NotificationPreference, { userId: { $in: [...userIds] }, kind })).map((p) => [
        p.userId,
        p.frequency,
      ]),
    );
    return new Map(userIds.map((id) => [id, chosen.get(id) ?? DEFAULT_FREQUENCY[kind]]));
  }
}
