import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { TransactionRunner, bindTokenHash, enterTenant } from '@inclusion/database';
import type { RequestContext } from '@inclusion/identity';
import { Tenant } from '@inclusion/tenancy';
import { Activity } from '../activities/activity.entity';
import { Edition } from '../editions/edition.entity';
import { EditionService } from '../editions/edition.service';
import { renderICalendar } from './icalendar';

const hash = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/**
 * An edition's activities as an iCalendar feed behind a secret URL, so city staff see them in the
 * calendar they already use. Only the secret's hash is stored: making a new URL ends the old one.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly editions: EditionService,
    private readonly runner: TransactionRunner,
  ) {}

  async rotate(ctx: RequestContext, editionId: string): Promise<string> {
    const edition = await this.editions.get(ctx.em, editionId);
    const secret = randomBytes(32).toString('base64url');
    edition.calendarTokenHash = hash(secret);
    await ctx.em.flush();
    return new URL(`/calendar/${secret}.ics`, this.config.PUBLIC_API_URL).toString();
  }

  /** The feed of the edition the secret opens, or null: the bearer path the policies name. */
  render(secret: string): Promise<string | null> {
    return this.runner.run({}, async (em) => {
      const tokenHash = hash(secret);
      await bindTokenHash(em, tokenHash);
      const edition = await em.findOne(
        Edition,
        { calendarTokenHash: tokenHash },
        { filters: false },
      );
      if (!edition) return null;
      await enterTenant(em, edition.tenantId);
      const tenant = await em.findOneOrFail(Tenant, { id: edition.tenantId });
      const activities = await em.find(
        Activity,
        { edition },
        { orderBy: { startsAt: 'asc' }, limit: 2000 },
      );
      return renderICalendar({
        name: `${edition.name} — ${tenant.name}`,
        timeZone: tenant.timeZone,
        events: activities.map((activity) => ({
          uid: activity.id,
          title: activity.title,
          description: activity.description,
          startsAt: activity.startsAt,
          durationMinutes: activity.durationMinutes,
          location: activity.place,
          url: activity.onlineUrl,
          updatedAt: activity.updatedAt,
          cancelled: !!activity.cancelledAt,
        })),
      });
    });
  }
}
