import { Field, ID, InputType, Int, ObjectType, GraphQLISODateTime } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { graphqlEnum, IsBase64Text, IsCalendarDate } from '@inclusion/graphql';
import { ExpenseStatus } from './expense-claim.entity';
import { RECEIPT_TYPES } from './receipt-file';

export const ExpenseStatusEnum = graphqlEnum(ExpenseStatus, 'ExpenseStatus');

@ObjectType('ExpenseReceipt')
export class ExpenseReceiptType {
  @Field(() => ID) id!: string;
  @Field(() => String) filename!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => String, { description: 'SHA-256 of the file, to spot the same receipt twice.' })
  sha256!: string;
}

@ObjectType('ExpenseClaim', { description: 'Travel costs a participant asks to be reimbursed.' })
export class ExpenseClaimType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'In cents.' }) amountCents!: number;
  @Field(() => String, { description: 'ISO 4217.' }) currency!: string;
  @Field(() => String) incurredOn!: string;
  @Field(() => String) description!: string;
  @Field(() => ExpenseStatusEnum) status!: ExpenseStatus;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt?: Date | null;
  @Field(() => String, { nullable: true }) decisionNote?: string | null;
  @Field(() => String, { nullable: true }) paidOn?: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@InputType()
export class ReceiptInput {
  @Field(() => String) @IsString() @Length(1, 200) filename!: string;
  @Field(() => String, { description: `One of ${RECEIPT_TYPES.join(', ')}.` })
  @IsString()
  @Length(3, 100)
  contentType!: string;
  @Field(() => String, { description: 'The file, base64-encoded; 5 MB at most.' })
  @IsBase64Text()
  base64!: string;
}

@InputType()
export class SubmitExpenseClaimInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => Int, { description: 'In cents; up to 5,000.00.' })
  @IsInt()
  @Min(1)
  @Max(500_000)
  amountCents!: number;
  @Field(() => String, { nullable: true, description: 'ISO 4217; EUR unless said.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency?: string | null;
  @Field(() => String) @IsCalendarDate() incurredOn!: string;
  @Field(() => String) @IsString() @Length(2, 1000) description!: string;
  @Field(() => ReceiptInput) @ValidateNested() @Type(() => ReceiptInput) receipt!: ReceiptInput;
}

export enum ExpenseDecision {
  Approve = 'approve',
  Reject = 'reject',
  MarkPaid = 'mark_paid',
}

export const ExpenseDecisionEnum = graphqlEnum(ExpenseDecision, 'ExpenseDecision');

@InputType()
export class DecideExpenseClaimInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => ExpenseDecisionEnum)
  @IsIn(Object.values(ExpenseDecision))
  decision!: ExpenseDecision;
  @Field(() => String, { nullable: true, description: 'Required to reject: tell the person why.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}
