import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Max, Min } from 'class-validator';
import { graphqlEnum, IsCalendarDate, LocalizedTextType } from '@inclusion/graphql';
import { ActivityType } from './activities/activity.types';
import { EditionStatus } from './editions/edition.entity';
import { PhaseStatus } from './phases/edition-phase.entity';

export const EditionStatusEnum = graphqlEnum(EditionStatus, 'EditionStatus');
export const PhaseStatusEnum = graphqlEnum(PhaseStatus, 'PhaseStatus');

@ObjectType('EditionTemplate', { description: 'The methodology version an edition runs.' })
export class EditionTemplateType {
  @Field(() => ID) id!: string;
  @Field(() => String) key!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalizedTextType) name!: LocalizedTextType;
}

@ObjectType('Edition', { description: 'One run of a methodology in a city.' })
export class EditionType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) startDate!: string;
  @Field(() => EditionStatusEnum) status!: EditionStatus;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('EditionPhase')
export class EditionPhaseType {
  @Field(() => ID) id!: string;
  @Field(() => String) key!: string;
  @Field(() => Int) position!: number;
  @Field(() => LocalizedTextType) name!: LocalizedTextType;
  @Field(() => LocalizedTextType) description!: LocalizedTextType;
  @Field(() => String) plannedStart!: string;
  @Field(() => String) plannedEnd!: string;
  @Field(() => String, { nullable: true }) actualStart?: string | null;
  @Field(() => String, { nullable: true }) actualEnd?: string | null;
  @Field(() => PhaseStatusEnum) status!: PhaseStatus;
  @Field(() => String, { nullable: true }) skipReason?: string | null;
}

@ObjectType('PhaseDeliverable')
export class PhaseDeliverableType {
  @Field(() => ID) id!: string;
  @Field(() => String) key!: string;
  @Field(() => LocalizedTextType) label!: LocalizedTextType;
  @Field(() => Boolean) mandatory!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) doneAt?: Date | null;
  @Field(() => String, { nullable: true }) evidenceUrl?: string | null;
  @Field(() => String, { nullable: true }) evidenceNote?: string | null;
}

@ObjectType('TimelineEntry', {
  description: 'One dated item of an edition, a phase or an activity, in calendar order.',
})
export class TimelineEntryType {
  @Field(() => String, { description: 'YYYY-MM-DD, where the city is.' }) startsOn!: string;
  @Field(() => String) endsOn!: string;
  @Field(() => EditionPhaseType, { nullable: true }) phase?: EditionPhaseType | null;
  @Field(() => ActivityType, { nullable: true }) activity?: ActivityType | null;
}

@ObjectType('WhatsNext', { description: "What needs the coordinator's attention soon." })
export class WhatsNextType {
  @Field(() => [EditionPhaseType], { description: 'Should have started or ended by now.' })
  latePhases!: EditionPhaseType[];
  @Field(() => [EditionPhaseType], { description: 'Planned to start in the coming weeks.' })
  upcomingPhases!: EditionPhaseType[];
  @Field(() => [PhaseDeliverableType], { description: 'Still open in active or late phases.' })
  openDeliverables!: PhaseDeliverableType[];
  @Field(() => [ActivityType], { description: 'Activities of the coming weeks, not cancelled.' })
  upcomingActivities!: ActivityType[];
}

@InputType()
export class CreateEditionInput {
  @Field(() => String) @IsString() @Length(2, 160) name!: string;
  @Field(() => ID) @IsUUID() templateVersionId!: string;
  @Field(() => String)
  @IsCalendarDate()
  startDate!: string;
}

@InputType()
export class RenameEditionInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String) @IsString() @Length(2, 160) name!: string;
}

@InputType()
export class ReplanPhaseInput {
  @Field(() => ID) @IsUUID() phaseId!: string;
  @Field(() => String)
  @IsCalendarDate()
  plannedStart!: string;
  @Field(() => String)
  @IsCalendarDate()
  plannedEnd!: string;
}

@InputType()
export class PhaseActionInput {
  @Field(() => ID) @IsUUID() phaseId!: string;
  @Field(() => String, { nullable: true, description: 'Defaults to today in the city.' })
  @IsOptional()
  @IsCalendarDate()
  on?: string | null;
}

@InputType()
export class SkipPhaseInput {
  @Field(() => ID) @IsUUID() phaseId!: string;
  @Field(() => String) @IsString() @Length(3, 1000) reason!: string;
}

@InputType()
export class CompleteDeliverableInput {
  @Field(() => ID) @IsUUID() deliverableId!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  evidenceUrl?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  evidenceNote?: string | null;
}

export const WHATS_NEXT_DEFAULT_WEEKS = 4;

@InputType()
export class WhatsNextInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => Int, { nullable: true, description: 'How far ahead, in weeks (1 to 26).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(26)
  weeks?: number | null;
}
