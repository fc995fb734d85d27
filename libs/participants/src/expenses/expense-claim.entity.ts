import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Edition } from '@inclusion/editions';
import { User } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Application } from '../applications/application.entity';

export enum ExpenseStatus {
  Submitted = 'submitted',
  Approved = 'approved',
  Rejected = 'rejected',
  Paid = 'paid',
}

/**
 * A participant's travel costs, which the programme reimburses. Readable by the team running the
 * edition and by the claimant; the receipt is stored beside it.
 */
@Entity({ tableName: 'expense_claim' })
export class ExpenseClaim extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Application, { deleteRule: 'cascade' })
  application!: Application;

  @Index()
  @ManyToOne(() => Edition, { mapToPk: true, fieldName: 'edition_id' })
  editionId!: string;

  @Index()
  @ManyToOne(() => User, { mapToPk: true, fieldName: 'person_id', nullable: true })
  personId?: string | null;

  /** In the currency's minor unit (cents), so sums are exact. */
  @Property({ type: 'int' })
  amountCents!: number;

  /** ISO 4217. */
  @Property({ type: 'character', length: 3 })
  currency!: string;

  @Property({ type: 'date' })
  incurredOn!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => ExpenseStatus })
  status: Opt<ExpenseStatus> = ExpenseStatus.Submitted;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'decided_by_id', nullable: true })
  decidedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  /** Why it was rejected, or a word on the approval. */
  @Property({ type: 'text', nullable: true })
  decisionNote?: string | null;

  @Property({ type: 'date', nullable: true })
  paidOn?: string | null;
}
