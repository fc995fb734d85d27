import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pickLocale } from '@inclusion/i18n';
import type { RequestContext } from '@inclusion/identity';
import { OutboxWriter, type QueuedMail } from '@inclusion/mail';
import { Tenant } from '@inclusion/tenancy';
import { PartnershipSide } from '../partnerships/partnership-status';
import type { Partnership } from '../partnerships/partnership.entity';
import type { PlanVersion } from '../plans/plan-version.entity';
import type { ReviewComment } from './review-comment.entity';
import type { ReviewDecision } from './review-decision.entity';

/** One of the other side's people, as `app_pair_recipients` gives them. */
interface Recipient {
  user_id: string;
  email: string;
  display_name: string;
  locale: string | null;
  default_locale: string;
  time_zone: string;
}

/** A mail's template and params; `send` adds the envelope. */
type Letter = QueuedMail extends infer M
  ? M extends QueuedMail
    ? Pick<M, 'template' | 'params'>
    : never
  : never;

// What a mail quotes of a comment; the rest is read in the pair's space.
const EXCERPT_MAX = 500;

const excerptOf = (body: string) =>
  body.length > EXCERPT_MAX ? `${body.slice(0, EXCERPT_MAX - 1)}…` : body;

/**
 * The review's mails, at each step, to the other side of the pair, each in its recipient's
 * language and city time zone: a submitted version to the mentor's reviewers, a comment to the
 * side that did not write it, a decision to the learner's authors and coordinators. Queued in
 * the step's own transaction, through the outbox, from the tenant the author acts in.
 */
@Injectable()
export class ReviewMail {
  constructor(private readonly outbox: OutboxWriter) {}

  async versionSubmitted(ctx: RequestContext, partnership: Partnership, version: PlanVersion) {
    const [learner, mentor] = await this.cityNames(ctx.em, partnership);
    const submittedBy = ctx.requireActor().user.displayName;
    await this.send(ctx, partnership, PartnershipSide.Mentor, (to) => ({
      template: 'plan-submitted',
      params: {
        displayName: to.display_name,
        learnerCity: learner,
        mentorCity: mentor,
        versionNumber: version.number,
        stage: version.stage,
        actions: version.snapshot.length,
        submittedBy,
        submittedAt: version.createdAt.toISOString(),
      },
    }));
  }

  async commented(
    ctx: RequestContext,
    partnership: Partnership,
    version: PlanVersion,
    comment: ReviewComment,
  ) {
    const [learner, mentor] = await this.cityNames(ctx.em, partnership);
    const fromMentor = comment.authorSide === PartnershipSide.Mentor;
    const actionTitle = comment.actionId
      ? (version.snapshot.find((action) => action.id === comment.actionId)?.title ?? null)
      : null;
    const readers = fromMentor ? PartnershipSide.Learner : PartnershipSide.Mentor;
    await this.send(ctx, partnership, readers, (to) => ({
      template: 'plan-comment',
      params: {
        displayName: to.display_name,
        authorName: ctx.requireActor().user.displayName,
        authorCity: fromMentor ? mentor : learner,
        learnerCity: learner,
        versionNumber: version.number,
        actionTitle,
        reply: !!comment.parentId,
        excerpt: excerptOf(comment.body),
        commentedAt: comment.createdAt.toISOString(),
      },
    }));
  }

  async decided(
    ctx: RequestContext,
    partnership: Partnership,
    version: PlanVersion,
    decision: ReviewDecision,
  ) {
    const [learner, mentor] = await this.cityNames(ctx.em, partnership);
    await this.send(ctx, partnership, PartnershipSide.Learner, (to) => ({
      template: 'plan-decision',
      params: {
        displayName: to.display_name,
        reviewerName: ctx.requireActor().user.displayName,
        mentorCity: mentor,
        learnerCity: learner,
        versionNumber: version.number,
        decision: decision.decision,
        note: decision.note ?? null,
        decidedAt: decision.createdAt.toISOString(),
      },
    }));
  }

  private async send(
    ctx: RequestContext,
    partnership: Partnership,
    side: PartnershipSide,
    letterTo: (recipient: Recipient) => Letter,
  ) {
    const recipients = await ctx.em.execute<Recipient[]>(
      'select * from app_pair_recipients(?, ?)',
      [partnership.id, side],
    );
    const actorId = ctx.requireActor().user.id;
    for (const recipient of recipients) {
      if (recipient.user_id === actorId) continue;
      this.outbox.queueMail(ctx.em, {
        ...letterTo(recipient),
        tenantId: ctx.requireTenant().id,
        to: recipient.email,
        locale: pickLocale(recipient.locale, recipient.default_locale),
        timeZone: recipient.time_zone,
      } as QueuedMail);
    }
    await ctx.em.flush();
  }

  /** The learner's name, then the mentor's: a tenant's name is no secret between the two. */
  private async cityNames(em: EntityManager, partnership: Partnership): Promise<[string, string]> {
    const cities = await em.find(
      Tenant,
      { id: { $in: [partnership.tenantId, partnership.mentorTenantId] } },
      { fields: ['id', 'name'], filters: false },
    );
    const nameOf = (id: string) => cities.find((city) => city.id === id)!.name;
    return [nameOf(partnership.tenantId), nameOf(partnership.mentorTenantId)];
  }
}
