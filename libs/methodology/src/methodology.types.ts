import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Min,
  ValidateNested,
} from 'class-validator';
import { graphqlEnum, LocalizedTextInput, LocalizedTextType } from '@inclusion/graphql';
import { ActivityKind } from './activity-kind';

export const ActivityKindEnum = graphqlEnum(ActivityKind, 'ActivityKind');

@ObjectType('TemplateDeliverable')
export class TemplateDeliverableType {
  @Field(() => String) key!: string;
  @Field(() => LocalizedTextType) label!: LocalizedTextType;
  @Field(() => Boolean) mandatory!: boolean;
}

@ObjectType('TemplatePhase')
export class TemplatePhaseType {
  @Field(() => String) key!: string;
  @Field(() => Int) order!: number;
  @Field(() => LocalizedTextType) name!: LocalizedTextType;
  @Field(() => LocalizedTextType) description!: LocalizedTextType;
  @Field(() => Int) typicalDurationWeeks!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Weeks after the edition start; absent: right after the previous phase.',
  })
  startOffsetWeeks?: number | null;
  @Field(() => [TemplateDeliverableType]) deliverables!: TemplateDeliverableType[];
  @Field(() => [ActivityKindEnum]) activityKinds!: ActivityKind[];
}

@ObjectType('MethodologyTemplate', { description: 'One published version of a methodology.' })
export class TemplateVersionType {
  @Field(() => ID) id!: string;
  @Field(() => String) key!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalizedTextType) name!: LocalizedTextType;
  @Field(() => LocalizedTextType) description!: LocalizedTextType;
  @Field(() => [TemplatePhaseType]) phases!: TemplatePhaseType[];
  @Field(() => Boolean, { description: 'Shipped with the platform.' }) builtIn!: boolean;
  @Field(() => GraphQLISODateTime) publishedAt!: Date;
}

@InputType()
export class TemplateDeliverableInput {
  @Field(() => String) @IsString() @Length(1, 60) key!: string;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  label!: LocalizedTextInput;
  @Field(() => Boolean) @IsBoolean() mandatory!: boolean;
}

@InputType()
export class TemplatePhaseInput {
  @Field(() => String) @IsString() @Length(1, 60) key!: string;
  @Field(() => Int) @IsInt() @Min(1) order!: number;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  name!: LocalizedTextInput;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description!: LocalizedTextInput;
  @Field(() => Int) @IsInt() @Min(1) typicalDurationWeeks!: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  startOffsetWeeks?: number | null;
  @Field(() => [TemplateDeliverableInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TemplateDeliverableInput)
  deliverables!: TemplateDeliverableInput[];
  @Field(() => [ActivityKindEnum])
  @IsEnum(ActivityKind, { each: true })
  activityKinds!: ActivityKind[];
}

@InputType()
export class PublishTemplateInput {
  @Field(() => String, { description: 'The methodology; a new key starts at version 1.' })
  @IsString()
  @Length(1, 60)
  key!: string;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  name!: LocalizedTextInput;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description!: LocalizedTextInput;
  @Field(() => [TemplatePhaseInput])
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => TemplatePhaseInput)
  phases!: TemplatePhaseInput[];
}

@ArgsType()
export class TemplateListArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 60) key?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only the newest version of each.' })
  @IsOptional()
  @IsBoolean()
  latestOnly?: boolean;
}
