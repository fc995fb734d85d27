import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  OmitType,
  PartialType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ComputedBy,
  graphqlEnum,
  IdArgs,
  IsCalendarDate,
  LocalizedTextInput,
  LocalizedTextType,
  PageArgs,
} from '@inclusion/graphql';
import { userNameField } from '@inclusion/identity';
import { CommitmentStatus, CommitmentStatusEnum } from './commitment-status';
import { AttentionFilter } from './attention';
import { dueSoonField, overdueField, staleField } from './attention-fields';
import { MAX_EVIDENCE_LINKS } from './evidence-links';

const AttentionFilterEnum = graphqlEnum(AttentionFilter, 'CommitmentAttention');
const NOTE_MAX = 4000;

@ObjectType('Commitment', {
  description:
    'What the city undertakes to answer an accepted recommendation, or a milestone of it. Its ' +
    'status and progress are the latest of its history.',
})
export class CommitmentType {
  @Field(() => ID) id!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The accepted recommendation it answers (its commitment’s, for a milestone).',
  })
  recommendationId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The approved action of a mentoring plan it carries out, instead.',
  })
  sourceActionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The commitment this is a milestone of.' })
  parentId?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => LocalizedTextType) title!: LocalizedTextType;
  @Field(() => LocalizedTextType, { nullable: true }) description?: LocalizedTextType | null;
  @Field(() => String) department!: string;
  @Field(() => ID, { nullable: true, description: 'The owner’s user id.' }) ownerId?: string | null;
  @Field(() => String) startDate!: string;
  @Field(() => String) dueDate!: string;
  @Field(() => CommitmentStatusEnum) status!: CommitmentStatus;
  @Field(() => String, { nullable: true }) statusReason?: string | null;
  @Field(() => Int, { description: '0 to 100; from the milestones, weighted, when it has some.' })
  progress!: number;
  @Field(() => Int, { description: 'A milestone’s weight among its siblings.' }) weight!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt?: Date | null;
  @Field(() => GraphQLISODateTime) lastUpdateAt!: Date;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  // Computed from the row (see ComputedBy), not carried by it.
  @ComputedBy(userNameField('ownerId'))
  @Field(() => String, {
    nullable: true,
    description: 'Who answers for it, by name.',
  })
  ownerName?: string | null;
  @ComputedBy(overdueField)
  @Field(() => Boolean, {
    description: 'Past its due date and neither done nor abandoned.',
  })
  overdue?: boolean;
  @ComputedBy(staleField)
  @Field(() => Boolean, {
    description: 'Open, and not updated for the city’s stale delay.',
  })
  stale?: boolean;
  @ComputedBy(dueSoonField)
  @Field(() => Boolean, {
    description: 'Open, and due within the reminder lead.',
  })
  dueSoon?: boolean;
}

@ObjectType('CommitmentUpdate', { description: 'One entry of a commitment’s history.' })
export class CommitmentUpdateType {
  @Field(() => ID) id!: string;
  @Field(() => Int) progress!: number;
  @Field(() => CommitmentStatusEnum) status!: CommitmentStatus;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => [String]) evidence!: string[];
  @Field(() => Boolean, { description: 'Rolled up from a milestone, not written by a person.' })
  rolledUp!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @ComputedBy(userNameField('authorId'))
  @Field(() => String, {
    nullable: true,
    description: 'Who recorded it, by name.',
  })
  authorName?: string | null;
}

@InputType()
export class CreateCommitmentInput {
  @Field(() => ID, { nullable: true, description: 'The accepted recommendation it answers.' })
  @IsOptional()
  @IsUUID()
  recommendationId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Makes it a milestone of this commitment; what it leaves out comes from it.',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  externalId?: string | null;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title!: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: 'Required unless a milestone.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  department?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'A member’s user id; required unless a milestone.',
  })
  @IsOptional()
  @IsUUID()
  ownerId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() startDate?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() dueDate?: string;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  weight?: number | null;
}

@InputType({ description: 'What is left out stays as it was.' })
export class UpdateCommitmentInput extends PartialType(
  OmitType(CreateCommitmentInput, ['recommendationId', 'parentId'] as const),
) {
  @Field(() => ID) @IsUUID() id!: string;
}

@InputType()
export class RecordProgressInput {
  @Field(() => ID) @IsUUID() commitmentId!: string;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progress?: number | null;
  @Field(() => CommitmentStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(CommitmentStatus)
  status?: CommitmentStatus | null;
  @Field(() => String, { nullable: true, description: 'Required to abandon it.' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  statusReason?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string | null;
  @Field(() => [String], { nullable: true, description: 'Web links that show the progress.' })
  @IsOptional()
  @ArrayMaxSize(MAX_EVIDENCE_LINKS)
  @IsString({ each: true })
  evidence?: string[] | null;
}

@InputType()
export class CommitmentFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() recommendationId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() editionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Milestones of this commitment.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
  @Field(() => CommitmentStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(CommitmentStatus)
  status?: CommitmentStatus | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only those you own.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
  @Field(() => AttentionFilterEnum, { nullable: true })
  @IsOptional()
  @IsEnum(AttentionFilter)
  attention?: AttentionFilter | null;
}

@ArgsType()
export class CommitmentsArgs extends PageArgs {
  @Field(() => CommitmentFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommitmentFilterInput)
  filter?: CommitmentFilterInput | null;
}

@InputType()
export class FollowUpSettingsInput {
  @Field(() => Int, { nullable: true, description: 'Days without an update before it is stale.' })
  @IsOptional()
  @IsInt()
  @Min(7)
  @Max(365)
  staleAfterDays?: number | null;
  @Field(() => Int, { nullable: true, description: 'Days before a due date owners are reminded.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  dueSoonDays?: number | null;
}

@ObjectType('FollowUpSettings')
export class FollowUpSettingsType {
  @Field(() => Int) staleAfterDays!: number;
  @Field(() => Int) dueSoonDays!: number;
}

@ArgsType()
export class PublishCommitmentArgs extends IdArgs {
  @Field(() => Boolean) @IsBoolean() published!: boolean;
}
