import {
  ArgsType,
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  PartialType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { graphqlEnum } from '@inclusion/graphql';
import { MemberType } from '@inclusion/identity';
import { ActivityKind, ActivityKindEnum } from '@inclusion/methodology';
import { LabStep, LabStepEnum } from '../labs/lab-step';
import { TrainingTrack } from './activity.entity';

export const TrainingTrackEnum = graphqlEnum(TrainingTrack, 'TrainingTrack');

const LANGUAGE = /^[a-z]{2}$/;
const languageMessage = { each: true, message: 'languages are ISO 639-1 codes such as fr or en' };

@ObjectType('Activity')
export class ActivityType {
  @Field(() => ID) id!: string;
  @Field(() => ActivityKindEnum) kind!: ActivityKind;
  @Field(() => TrainingTrackEnum, { nullable: true }) track?: TrainingTrack | null;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true }) onlineUrl?: string | null;
  @Field(() => [String], { description: 'ISO 639-1 codes.' }) languages!: string[];
  @Field(() => [String], { description: 'Languages with an interpreter.' })
  interpretationLanguages!: string[];
  @Field(() => [ID], { description: 'Memberships of the people running it.' })
  facilitatorIds!: string[];
  @Field(() => Int, { nullable: true }) capacity?: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) cancelledAt?: Date | null;
  @Field(() => LabStepEnum, { nullable: true }) labStep?: LabStep | null;
}

@ObjectType('Registration')
export class RegistrationType {
  @Field(() => ID) id!: string;
  @Field(() => Boolean, { nullable: true, description: 'Null until attendance is recorded.' })
  attended?: boolean | null;
  @Field(() => Int, { nullable: true }) attendedMinutes?: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) cancelledAt?: Date | null;
}

@ObjectType('TrackHours')
export class TrackHoursType {
  @Field(() => TrainingTrackEnum, { nullable: true, description: 'Null: not a training session.' })
  track!: TrainingTrack | null;
  @Field(() => Float) hours!: number;
}

@ObjectType('AttendanceTotal', { description: "A person's attendance over an edition." })
export class AttendanceTotalType {
  @Field(() => ID) membershipId!: string;
  @Field(() => MemberType) member!: MemberType;
  @Field(() => [TrackHoursType]) byTrack!: TrackHoursType[];
  @Field(() => Float) totalHours!: number;
  @Field(() => Float, { description: 'Hours of training sessions, all tracks.' })
  trainingHours!: number;
  @Field(() => Float) trainingTargetHours!: number;
}

@InputType()
export class ActivityFieldsInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() phaseId?: string | null;
  @Field(() => ActivityKindEnum) @IsEnum(ActivityKind) kind!: ActivityKind;
  @Field(() => TrainingTrackEnum, {
    nullable: true,
    description: 'Required for training sessions.',
  })
  @IsOptional()
  @IsEnum(TrainingTrack)
  track?: TrainingTrack | null;
  @Field(() => String) @IsString() @Length(2, 200) title!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  description?: string | null;
  @Field(() => GraphQLISODateTime) @Type(() => Date) @IsDate() startsAt!: Date;
  @Field(() => Int) @IsInt() @Min(15) @Max(720) durationMinutes!: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  place?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  onlineUrl?: string | null;
  @Field(() => [String]) @ArrayMaxSize(10) @Matches(LANGUAGE, languageMessage) languages!: string[];
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(LANGUAGE, languageMessage)
  interpretationLanguages?: string[] | null;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  facilitatorIds?: string[] | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5000)
  capacity?: number | null;
  @Field(() => ID, { nullable: true, description: 'For a Policy Lab workshop: its lab.' })
  @IsOptional()
  @IsUUID()
  policyLabId?: string | null;
  @Field(() => LabStepEnum, { nullable: true, description: 'The step of the lab it works on.' })
  @IsOptional()
  @IsEnum(LabStep)
  labStep?: LabStep | null;
}

@InputType()
export class ScheduleActivityInput extends ActivityFieldsInput {
  @Field(() => ID) @IsUUID() editionId!: string;
}

@InputType()
export class UpdateActivityInput extends PartialType(ActivityFieldsInput, InputType) {
  @Field(() => ID) @IsUUID() id!: string;
}

@InputType()
export class RegisterMemberInput {
  @Field(() => ID) @IsUUID() activityId!: string;
  @Field(() => ID) @IsUUID() membershipId!: string;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID) @IsUUID() membershipId!: string;
  @Field(() => Boolean) @IsBoolean() attended!: boolean;
  @Field(() => Int, { nullable: true, description: 'Defaults to the whole activity.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(720)
  minutes?: number | null;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID) @IsUUID() activityId!: string;
  @Field(() => [AttendanceEntryInput])
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries!: AttendanceEntryInput[];
}

@ArgsType()
export class ActivityListArgs {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date | null;
}

@ArgsType()
export class ActivityIdArgs {
  @Field(() => ID) @IsUUID() activityId!: string;
}

@ArgsType()
export class EditionIdArgs {
  @Field(() => ID) @IsUUID() editionId!: string;
}
