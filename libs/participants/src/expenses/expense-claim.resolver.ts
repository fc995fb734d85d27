import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { Application } from '../applications/application.entity';
import { reasonRequired } from '../participants.errors';
import { ExpenseClaim, ExpenseStatus } from './expense-claim.entity';
import { ExpenseClaimService } from './expense-claim.service';
import {
  DecideExpenseClaimInput,
  ExpenseClaimType,
  ExpenseDecision,
  ExpenseReceiptType,
  ExpenseStatusEnum,
  SubmitExpenseClaimInput,
} from './expense-claim.types';
import type { ExpenseReceipt } from './expense-receipt.entity';

const TARGET: Record<ExpenseDecision, ExpenseStatus> = {
  [ExpenseDecision.Approve]: ExpenseStatus.Approved,
  [ExpenseDecision.Reject]: ExpenseStatus.Rejected,
  [ExpenseDecision.MarkPaid]: ExpenseStatus.Paid,
};

@Resolver(() => ExpenseClaimType)
export class ExpenseClaimResolver {
  constructor(private readonly service: ExpenseClaimService) {}

  @Access.inTenant('create', 'ExpenseClaim')
  @Mutation(() => ExpenseClaimType, { description: 'Claims travel costs, with the receipt.' })
  submitExpenseClaim(@Ctx() ctx: RequestContext, @Args('input') input: SubmitExpenseClaimInput) {
    return this.service.submit(ctx, { ...input, currency: input.currency ?? 'EUR' });
  }

  @Access.inTenant('update', 'ExpenseClaim')
  @Mutation(() => ExpenseClaimType, {
    description: 'Approves or rejects (with a reason) a submitted claim, or marks it paid.',
  })
  decideExpenseClaim(@Ctx() ctx: RequestContext, @Args('input') input: DecideExpenseClaimInput) {
    if (input.decision === ExpenseDecision.Reject && !input.note?.trim()) throw reasonRequired();
    return this.service.decide(ctx, input.id, TARGET[input.decision], input.note);
  }

  @Access.inTenant('read', 'ExpenseClaim')
  @Query(() => [ExpenseClaimType], { description: "An edition's claims, newest first." })
  expenseClaims(
    @Ctx() ctx: RequestContext,
    @Args('editionId', { type: () => ID }) editionId: string,
    @Args('status', { type: () => ExpenseStatusEnum, nullable: true }) status?: ExpenseStatus,
  ) {
    return this.service.forEdition(ctx.em, editionId, status);
  }

  @Access.inTenant('read', 'Tenant')
  @Query(() => [ExpenseClaimType], { description: 'Your own claims in this city.' })
  myExpenseClaims(@Ctx() ctx: RequestContext) {
    return this.service.mine(ctx);
  }

  @ResolveField(() => String, { description: 'Whom to reimburse, as they applied.' })
  async claimantName(@Ctx() ctx: RequestContext, @Parent() claim: ExpenseClaim) {
    const application = await ctx
      .loader(
        'application',
        (ids) => ctx.em.find(Application, { id: { $in: [...ids] } }),
        (row) => row.id,
      )
      .load(claim.application.id);
    return application ? `${application.givenName} ${application.familyName}` : '';
  }

  @ResolveField(() => ExpenseReceiptType, { nullable: true })
  receipt(@Ctx() ctx: RequestContext, @Parent() claim: ExpenseClaim) {
    return ctx
      .loader(
        'expense-receipt',
        (ids) => this.service.receiptsOf(ctx.em, ids),
        (receipt: ExpenseReceipt) => receipt.claim.id,
      )
      .load(claim.id);
  }
}

@Resolver(() => ExpenseReceiptType)
export class ExpenseReceiptResolver {
  constructor(private readonly service: ExpenseClaimService) {}

  @ResolveField(() => String, { description: 'The file, base64-encoded.' })
  base64(@Ctx() ctx: RequestContext, @Parent() receipt: ExpenseReceipt) {
    return this.service.receiptContent(ctx.em, receipt.id);
  }
}
