import { ArgsType, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ComputedBy } from '@inclusion/graphql';
import { userNameField } from '@inclusion/identity';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PartnershipSide, PartnershipSideEnum } from '../partnerships/partnership-status';
import { PlanVersionStatus, PlanVersionStatusEnum } from '../plans/plan-enums';

const BODY_MAX = 8000;

@ObjectType('ReviewComment', { description: 'A comment on a version of the plan, or an answer.' })
export class ReviewCommentType {
  @Field(() => ID) id!: string;
  @Field(() => ID) versionId!: string;
  @Field(() => ID, { nullable: true, description: 'The action it is about; null: the plan.' })
  actionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The comment it answers.' })
  parentId?: string | null;
  @Field(() => PartnershipSideEnum) authorSide!: PartnershipSide;
  @Field(() => String) body!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @ComputedBy(userNameField('authorId'))
  @Field(() => String, {
    nullable: true,
    description: 'Who wrote it, by name.',
  })
  authorName?: string | null;
}

@ObjectType('ReviewDecision')
export class ReviewDecisionType {
  @Field(() => PlanVersionStatusEnum) decision!: PlanVersionStatus;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @ComputedBy(userNameField('reviewerId'))
  @Field(() => String, {
    nullable: true,
    description: 'The reviewer, by name.',
  })
  reviewerName?: string | null;
}

@ArgsType()
export class CommentOnPlanArgs {
  @Field(() => ID) @IsUUID() versionId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() actionId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentId?: string | null;
  @Field(() => String) @IsString() @Length(1, BODY_MAX) body!: string;
}

@ArgsType()
export class DecidePlanVersionArgs {
  @Field(() => ID) @IsUUID() versionId!: string;
  @Field(() => PlanVersionStatusEnum, { description: 'APPROVED or CHANGES_REQUESTED.' })
  @IsIn([PlanVersionStatus.Approved, PlanVersionStatus.ChangesRequested])
  decision!: PlanVersionStatus.Approved | PlanVersionStatus.ChangesRequested;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(BODY_MAX)
  note?: string | null;
}

@ArgsType()
export class VersionArgs {
  @Field(() => ID) @IsUUID() versionId!: string;
}
