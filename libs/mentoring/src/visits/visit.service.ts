import { Injectable } from '@nestjs/common';
import { invalidDateRange } from '@inclusion/editions';
import type { RequestContext } from '@inclusion/identity';
import { networkEventNotFound, studyVisitNotFound } from '../mentoring.errors';
import { PairAccess } from '../partnerships/pair-access.service';
import { NetworkEvent } from './network-event.entity';
import { StudyVisit } from './study-visit.entity';
import type { SaveNetworkEventInput, SaveStudyVisitInput } from './visit.types';

/**
 * A pair's study visits, kept by the learner city and read by its mentor's reviewers; and the
 * network's academies and workshops, which the operator runs for every city.
 */
@Injectable()
export class VisitService {
  constructor(private readonly access: PairAccess) {}

  async studyVisits(ctx: RequestContext, partnershipId: string): Promise<StudyVisit[]> {
    const partnership = await this.access.readable(ctx, partnershipId);
    return ctx.em.find(
      StudyVisit,
      { partnershipId, tenantId: partnership.tenantId },
      { filters: false, orderBy: { startsOn: 'asc', id: 'asc' } },
    );
  }

  async saveStudyVisit(ctx: RequestContext, input: SaveStudyVisitInput): Promise<StudyVisit> {
    const partnership = await this.access.writable(ctx, input.partnershipId);
    if (input.endsOn < input.startsOn) throw invalidDateRange();
    const visit = input.id
      ? await ctx.em.findOne(StudyVisit, { id: input.id, partnershipId: partnership.id })
      : ctx.em.create(StudyVisit, {
          tenantId: partnership.tenantId,
          partnershipId: partnership.id,
          stage: input.stage,
          host: input.host,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          agenda: input.agenda,
        });
    if (!visit) throw studyVisitNotFound();
    Object.assign(visit, {
      stage: input.stage,
      host: input.host,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      agenda: input.agenda.trim(),
      participants: (input.participants ?? []).map((name) => name.trim()).filter(Boolean),
      outcomes: input.outcomes?.trim() || null,
    });
    await ctx.em.flush();
    return visit;
  }

  networkEvents(ctx: RequestContext, from?: string | null): Promise<NetworkEvent[]> {
    return ctx.em.find(NetworkEvent, from ? { endsOn: { $gte: from } } : {}, {
      orderBy: { startsOn: 'asc', id: 'asc' },
    });
  }

  async saveNetworkEvent(ctx: RequestContext, input: SaveNetworkEventInput): Promise<NetworkEvent> {
    if (input.endsOn < input.startsOn) throw invalidDateRange();
    const { id, ...fields } = input;
    const event = id
      ? await ctx.em.findOne(NetworkEvent, { id })
      : ctx.em.create(NetworkEvent, { ...fields, createdById: ctx.requireActor().user.id });
    if (!event) throw networkEventNotFound();
    Object.assign(event, { ...fields, place: fields.place.trim() });
    await ctx.em.flush();
    return event;
  }
}
