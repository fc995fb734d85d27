import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
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
import { IsCalendarDate, LocalizedTextInput, LocalizedTextType } from '@inclusion/graphql';
import { PartnershipSide, PartnershipSideEnum } from '../partnerships/partnership-status';
import { PlanStage, PlanStageEnum } from '../plans/plan-enums';
import { NetworkEventKind, NetworkEventKindEnum } from './network-event.entity';

const TEXT_MAX = 8000;

@ObjectType('StudyVisit', { description: 'One of a pair’s study visits.' })
export class StudyVisitType {
  @Field(() => ID) id!: string;
  @Field(() => PlanStageEnum) stage!: PlanStage;
  @Field(() => PartnershipSideEnum, { description: 'The city that receives the other.' })
  host!: PartnershipSide;
  @Field(() => String) startsOn!: string;
  @Field(() => String) endsOn!: string;
  @Field(() => String) agenda!: string;
  @Field(() => [String]) participants!: string[];
  @Field(() => String, { nullable: true }) outcomes?: string | null;
}

@InputType({ description: 'A new study visit, or, with `id`, a change to one.' })
export class SaveStudyVisitInput {
  @Field(() => ID) @IsUUID() partnershipId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => PlanStageEnum) @IsEnum(PlanStage) stage!: PlanStage;
  @Field(() => PartnershipSideEnum) @IsEnum(PartnershipSide) host!: PartnershipSide;
  @Field(() => String) @IsCalendarDate() startsOn!: string;
  @Field(() => String) @IsCalendarDate() endsOn!: string;
  @Field(() => String) @IsString() @Length(1, TEXT_MAX) agenda!: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  participants?: string[] | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  outcomes?: string | null;
}

@ObjectType('NetworkEvent', { description: 'A training academy or knowledge-sharing workshop.' })
export class NetworkEventType {
  @Field(() => ID) id!: string;
  @Field(() => NetworkEventKindEnum) kind!: NetworkEventKind;
  @Field(() => LocalizedTextType) title!: LocalizedTextType;
  @Field(() => LocalizedTextType) description!: LocalizedTextType;
  @Field(() => String) startsOn!: string;
  @Field(() => String) endsOn!: string;
  @Field(() => String) place!: string;
}

@InputType({ description: 'A new event of the network, or, with `id`, a change to one.' })
export class SaveNetworkEventInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => NetworkEventKindEnum) @IsEnum(NetworkEventKind) kind!: NetworkEventKind;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title!: LocalizedTextInput;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description!: LocalizedTextInput;
  @Field(() => String) @IsCalendarDate() startsOn!: string;
  @Field(() => String) @IsCalendarDate() endsOn!: string;
  @Field(() => String) @IsString() @Length(1, 300) place!: string;
}

@ArgsType()
export class NetworkEventsArgs {
  @Field(() => String, { nullable: true, description: 'Events ending on or after this day.' })
  @IsOptional()
  @IsCalendarDate()
  from?: string | null;
}
