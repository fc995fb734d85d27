import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { IsCalendarDate, LocalizedTextInput } from '@inclusion/graphql';
import { PartnershipArgs } from '../assessment/pair-benchmark.types';
import {
  PlanActionStatus,
  PlanActionStatusEnum,
  PlanStage,
  PlanStageEnum,
  PlanVersionStatus,
  PlanVersionStatusEnum,
} from './plan-enums';

const TEXT_MAX = 4000;

@ObjectType('PlanAction', { description: 'An action of the learner city’s plan.' })
export class PlanActionType {
  @Field(() => ID, { description: 'The same in every version of the plan.' }) id!: string;
  @Field(() => Int) position!: number;
  @Field(() => String) title!: string;
  @Field(() => String) objective!: string;
  @Field(() => ID, { nullable: true }) criterionId?: string | null;
  @Field(() => [ID]) keyFactorIds!: string[];
  @Field(() => String) responsibleService!: string;
  @Field(() => String) startsOn!: string;
  @Field(() => String) endsOn!: string;
  @Field(() => String, { nullable: true }) resources?: string | null;
  @Field(() => String, { nullable: true }) indicators?: string | null;
  @Field(() => PlanActionStatusEnum) status!: PlanActionStatus;
}

@ObjectType('PlanVersion', { description: 'The plan as submitted for review, frozen.' })
export class PlanVersionType {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field(() => PlanStageEnum) stage!: PlanStage;
  @Field(() => PlanVersionStatusEnum) status!: PlanVersionStatus;
  @Field(() => [PlanActionType]) actions!: PlanActionType[];
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt?: Date | null;
}

@ObjectType('PlanFieldChange')
export class PlanFieldChangeType {
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) before?: string | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ObjectType('PlanActionChange')
export class PlanActionChangeType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => [PlanFieldChangeType]) changes!: PlanFieldChangeType[];
}

@ObjectType('PlanDiff', { description: 'What changed between two versions of a plan.' })
export class PlanDiffType {
  @Field(() => [PlanActionType]) added!: PlanActionType[];
  @Field(() => [PlanActionType]) removed!: PlanActionType[];
  @Field(() => [PlanActionChangeType]) changed!: PlanActionChangeType[];
}

@InputType({ description: 'A new action, or, with `id`, a change to one.' })
export class SavePlanActionInput {
  @Field(() => ID) @IsUUID() partnershipId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => String) @IsString() @Length(1, 300) title!: string;
  @Field(() => String) @IsString() @Length(1, TEXT_MAX) objective!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() criterionId?: string | null;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  keyFactorIds?: string[] | null;
  @Field(() => String) @IsString() @Length(1, 200) responsibleService!: string;
  @Field(() => String) @IsCalendarDate() startsOn!: string;
  @Field(() => String) @IsCalendarDate() endsOn!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  resources?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  indicators?: string | null;
  @Field(() => PlanActionStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(PlanActionStatus)
  status?: PlanActionStatus | null;
}

@InputType({
  description:
    'An approved action made a commitment of the city; what is left out comes from the action.',
})
export class CommitPlanActionInput {
  @Field(() => ID) @IsUUID() partnershipId!: string;
  @Field(() => ID) @IsUUID() actionId!: string;
  @Field(() => ID, { description: 'The member answerable for it (their user id).' })
  @IsUUID()
  ownerId!: string;
  @Field(() => LocalizedTextInput, {
    nullable: true,
    description: 'The action’s title, by default.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: 'The responsible service, by default.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  department?: string | null;
  @Field(() => String, { nullable: true, description: 'The action’s start, by default.' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;
  @Field(() => String, { nullable: true, description: 'The action’s end, by default.' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;
  @Field(() => String, { nullable: true, description: 'The city’s own reference.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  externalId?: string | null;
}

@ArgsType()
export class SubmitPlanVersionArgs extends PartnershipArgs {
  @Field(() => PlanStageEnum, { description: 'The study visit this version is for.' })
  @IsEnum(PlanStage)
  stage!: PlanStage;
}

@ArgsType()
export class PlanDiffArgs {
  @Field(() => ID) @IsUUID() fromVersionId!: string;
  @Field(() => ID) @IsUUID() toVersionId!: string;
}
