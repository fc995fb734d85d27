import { BlobType, Entity, OneToOne, Property } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { ExpenseClaim } from './expense-claim.entity';

/** The file that proves an expense, kept in PostgreSQL with its claim (and erased with it). */
@Entity({ tableName: 'expense_receipt' })
export class ExpenseReceipt extends TenantOwnedEntity {
  @OneToOne(() => ExpenseClaim, { owner: true, deleteRule: 'cascade' })
  claim!: ExpenseClaim;

  @Property({ type: 'text' })
  filename!: string;

  @Property({ type: 'text' })
  contentType!: string;

  @Property({ type: 'int' })
  sizeBytes!: number;

  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: BlobType, lazy: true })
  content!: Buffer;
}
