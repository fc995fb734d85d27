import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EditionService, todayIn } from '@inclusion/editions';
import type { RequestContext } from '@inclusion/identity';
import { ParticipantDirectory } from '../applications/participant-directory.service';
import {
  dateInFuture,
  expenseClaimNotFound,
  expenseTransitionNotAllowed,
  notAParticipant,
} from '../participants.errors';
import { ExpenseClaim, ExpenseStatus } from './expense-claim.entity';
import { ExpenseReceipt } from './expense-receipt.entity';
import { readReceipt } from './receipt-file';

export interface ClaimDraft {
  editionId: string;
  amountCents: number;
  currency: string;
  incurredOn: string;
  description: string;
  receipt: { filename: string; contentType: string; base64: string };
}

const NEXT: Record<ExpenseStatus, ExpenseStatus[]> = {
  [ExpenseStatus.Submitted]: [ExpenseStatus.Approved, ExpenseStatus.Rejected],
  [ExpenseStatus.Approved]: [ExpenseStatus.Paid],
  [ExpenseStatus.Rejected]: [],
  [ExpenseStatus.Paid]: [],
};

/** Travel costs: a participant claims with a receipt; the team approves or rejects, then pays. */
@Injectable()
export class ExpenseClaimService {
  constructor(
    private readonly editions: EditionService,
    private readonly directory: ParticipantDirectory,
  ) {}

  async submit(ctx: RequestContext, draft: ClaimDraft) {
    const person = ctx.requireActor().user.id;
    const edition = await this.editions.get(ctx.em, draft.editionId);
    const participation = await this.directory.participationOf(ctx.em, edition.id, person);
    if (!participation) throw notAParticipant();
    if (draft.incurredOn > todayIn(ctx.requireTenant().timeZone)) throw dateInFuture();
    const file = readReceipt(
      draft.receipt.filename,
      draft.receipt.contentType,
      draft.receipt.base64,
    );
    const claim = ctx.em.create(ExpenseClaim, {
      tenantId: edition.tenantId,
      application: participation.applicationId,
      editionId: edition.id,
      personId: person,
      amountCents: draft.amountCents,
      currency: draft.currency,
      incurredOn: draft.incurredOn,
      description: draft.description.trim(),
    });
    ctx.em.create(ExpenseReceipt, {
      tenantId: edition.tenantId,
      claim,
      filename: file.filename,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      content: file.content,
    });
    await ctx.em.flush();
    ctx.affect(claim.id);
    return claim;
  }

  async decide(ctx: RequestContext, id: string, to: ExpenseStatus, note?: string | null) {
    // Locked: an approval and a rejection at the same moment must not both pass.
    const claim = await ctx.em.findOne(
      ExpenseClaim,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!claim) throw expenseClaimNotFound();
    const from: ExpenseStatus = claim.status;
    if (!NEXT[from].includes(to)) throw expenseTransitionNotAllowed(from, to);
    Object.assign(claim, {
      status: to,
      decidedById: ctx.requireActor().user.id,
      decidedAt: new Date(),
      decisionNote: note?.trim() || claim.decisionNote || null,
    });
    if (to === ExpenseStatus.Paid) claim.paidOn = todayIn(ctx.requireTenant().timeZone);
    await ctx.em.flush();
    ctx.affect(claim.id);
    return claim;
  }

  async get(em: EntityManager, id: string) {
    const claim = await em.findOne(ExpenseClaim, { id });
    if (!claim) throw expenseClaimNotFound();
    return claim;
  }

  forEdition(em: EntityManager, editionId: string, status?: ExpenseStatus | null) {
    return em.find(
      ExpenseClaim,
      { editionId, ...(status ? { status } : {}) },
      { orderBy: { id: 'desc' } },
    );
  }

  mine(ctx: RequestContext) {
    return ctx.em.find(
      ExpenseClaim,
      { personId: ctx.requireActor().user.id },
      { orderBy: { id: 'desc' } },
    );
  }

  receiptsOf(em: EntityManager, claimIds: readonly string[]) {
    return em.find(
      ExpenseReceipt,
      { claim: { $in: [...claimIds] } },
      { exclude: ['content'] as never },
    );
  }

  async receiptContent(em: EntityManager, receiptId: string): Promise<string> {
    const receipt = await em.findOneOrFail(
      ExpenseReceipt,
      { id: receiptId },
      { populate: ['content'] as never },
    );
    return receipt.content.toString('base64');
  }
}
