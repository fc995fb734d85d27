import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EditionService, invalidDateRange, todayIn } from '@inclusion/editions';
import type { Translated } from '@inclusion/i18n';
import type { RequestContext } from '@inclusion/identity';
import { Tenant, TenantStatus } from '@inclusion/tenancy';
import type { Cohort } from '../cohort';
import { callExists, callNotFound } from '../participants.errors';
import type { EligibilityRules } from './eligibility';
import { ParticipantCall } from './participant-call.entity';
import { CallState } from './participant-call.types';

export interface CallDraft {
  title?: Translated;
  description?: Translated;
  opensOn?: string;
  closesOn?: string;
  target?: number;
  eligibility?: EligibilityRules | null;
  privacyPolicyVersion?: string;
  processingPurpose?: Translated;
}

@Injectable()
export class ParticipantCallService {
  constructor(private readonly editions: EditionService) {}

  async create(
    ctx: RequestContext,
    editionId: string,
    cohort: Cohort,
    draft: Required<Omit<CallDraft, 'target' | 'eligibility'>> & CallDraft,
  ) {
    const edition = await this.editions.get(ctx.em, editionId);
    const call = ctx.em.create(ParticipantCall, {
      tenantId: edition.tenantId,
      edition,
      cohort,
      title: draft.title,
      description: draft.description,
      opensOn: draft.opensOn,
      closesOn: draft.closesOn,
      privacyPolicyVersion: draft.privacyPolicyVersion,
      processingPurpose: draft.processingPurpose,
    });
    this.apply(call, draft);
    try {
      await ctx.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw callExists();
      throw error;
    }
    ctx.affect(call.id);
    return call;
  }

  async update(ctx: RequestContext, id: string, draft: CallDraft) {
    const call = await this.get(ctx.em, id);
    this.apply(call, draft);
    await ctx.em.flush();
    ctx.affect(call.id);
    return call;
  }

  /** Makes the call public; applications are taken between its dates. */
  async publish(ctx: RequestContext, id: string) {
    const call = await this.get(ctx.em, id);
    call.publishedAt ??= new Date();
    await ctx.em.flush();
    ctx.affect(call.id);
    return call;
  }

  async get(em: EntityManager, id: string): Promise<ParticipantCall> {
    const call = await em.findOne(ParticipantCall, { id });
    if (!call) throw callNotFound();
    return call;
  }

  async forEdition(em: EntityManager, editionId: string) {
    const edition = await this.editions.get(em, editionId);
    return em.find(ParticipantCall, { edition }, { orderBy: { cohort: 'asc' } });
  }

  /**
   * A published call, found without any tenant: the one cross-tenant read the policies allow
   * for calls. An archived city takes no applications, so its calls are not found either.
   */
  async published(
    em: EntityManager,
    id: string,
  ): Promise<{ call: ParticipantCall; tenant: Tenant }> {
    const call = await em.findOne(
      ParticipantCall,
      { id, publishedAt: { $ne: null } },
      { filters: false },
    );
    const tenant = call && (await em.findOne(Tenant, { id: call.tenantId }));
    if (!call || !tenant || tenant.status === TenantStatus.Archived) throw callNotFound();
    return { call, tenant };
  }

  /** The published calls of a city, for its public page. */
  async publishedIn(em: EntityManager, slug: string): Promise<ParticipantCall[]> {
    const tenant = await em.findOne(Tenant, { slug, status: { $ne: TenantStatus.Archived } });
    if (!tenant) return [];
    return em.find(
      ParticipantCall,
      { tenantId: tenant.id, publishedAt: { $ne: null } },
      { filters: false, orderBy: { opensOn: 'desc', cohort: 'asc' } },
    );
  }

  state(call: ParticipantCall, timeZone: string, now = new Date()): CallState {
    if (!call.publishedAt) return CallState.Draft;
    const today = todayIn(timeZone, now);
    if (today < call.opensOn) return CallState.Upcoming;
    if (today > call.closesOn) return CallState.Closed;
    return CallState.Open;
  }

  private apply(call: ParticipantCall, draft: CallDraft) {
    for (const field of [
      'title',
      'description',
      'opensOn',
      'closesOn',
      'target',
      'privacyPolicyVersion',
      'processingPurpose',
    ] as const) {
      if (draft[field] !== undefined) Object.assign(call, { [field]: draft[field] });
    }
    if (draft.eligibility !== undefined) call.eligibility = normalizeRules(draft.eligibility);
    if (call.closesOn < call.opensOn) throw invalidDateRange();
  }
}

function normalizeRules(rules: EligibilityRules | null): EligibilityRules {
  const municipalities = rules?.municipalities?.map((name) => name.trim()).filter(Boolean);
  return {
    municipalities: municipalities?.length ? municipalities : null,
    minimumLevel: rules?.minimumLevel?.languages.length ? rules.minimumLevel : null,
  };
}
