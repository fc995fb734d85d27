import { Field, GraphQLISODateTime, ID, InputType, ObjectType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { graphqlEnum, IsCalendarDate } from '@inclusion/graphql';
import { ActivityType } from '../activities/activity.types';
import { ArtefactKind, ArtefactKindEnum, LabStep, LabStepEnum } from './lab-step';
import { ExperimentDecision, ExperimentStatus } from './micro-experimentation.entity';

export const ExperimentStatusEnum = graphqlEnum(ExperimentStatus, 'ExperimentStatus');
export const ExperimentDecisionEnum = graphqlEnum(ExperimentDecision, 'ExperimentDecision');

@ObjectType('PolicyLab')
export class PolicyLabType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'The local problem it works on.' }) problem!: string;
  @Field(() => LabStepEnum) currentStep!: LabStep;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('LabArtefact', { description: 'A finding, an idea or a prototype from a lab step.' })
export class LabArtefactType {
  @Field(() => ID) id!: string;
  @Field(() => LabStepEnum) step!: LabStep;
  @Field(() => ArtefactKindEnum) kind!: ArtefactKind;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('Contributor', {
  description: 'Who added an item to a lab, as everyone in it sees them.',
})
export class ContributorType {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
}

@ObjectType('LabStepView', { description: "One of a lab's four steps and what it produced." })
export class LabStepViewType {
  @Field(() => LabStepEnum) step!: LabStep;
  @Field(() => Boolean, { description: 'The lab is at this step or past it.' }) reached!: boolean;
  @Field(() => [LabArtefactType]) artefacts!: LabArtefactType[];
  @Field(() => [ActivityType], { description: 'Its workshops, in time order.' })
  workshops!: ActivityType[];
}

@ObjectType('MicroExperimentation')
export class MicroExperimentationType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) hypothesis!: string;
  @Field(() => String, { description: 'The city service it is run with.' }) cityService!: string;
  @Field(() => String, { nullable: true }) startDate?: string | null;
  @Field(() => String, { nullable: true }) endDate?: string | null;
  @Field(() => [String]) successIndicators!: string[];
  @Field(() => ExperimentStatusEnum) status!: ExperimentStatus;
  @Field(() => String, { nullable: true }) results?: string | null;
  @Field(() => String, { nullable: true }) learnings?: string | null;
  @Field(() => ExperimentDecisionEnum, { nullable: true }) decision?: ExperimentDecision | null;
}

@InputType()
export class CreatePolicyLabInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => String) @IsString() @Length(2, 200) title!: string;
  @Field(() => String) @IsString() @Length(2, 4000) problem!: string;
  @Field(() => ID, { nullable: true, description: 'The framing session that chose the problem.' })
  @IsOptional()
  @IsUUID()
  framingSessionId?: string | null;
}

@InputType()
export class AddLabArtefactInput {
  @Field(() => ID) @IsUUID() labId!: string;
  @Field(() => LabStepEnum) @IsEnum(LabStep) step!: LabStep;
  @Field(() => ArtefactKindEnum) @IsEnum(ArtefactKind) kind!: ArtefactKind;
  @Field(() => String) @IsString() @Length(2, 300) title!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 8000)
  body?: string | null;
  @Field(() => ID, { nullable: true, description: 'The Policy Lab workshop it came out of.' })
  @IsOptional()
  @IsUUID()
  workshopId?: string | null;
}

@InputType()
export class ExperimentFieldsInput {
  @Field(() => String) @IsString() @Length(2, 200) title!: string;
  @Field(() => String) @IsString() @Length(2, 4000) hypothesis!: string;
  @Field(() => String) @IsString() @Length(2, 300) cityService!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(2, 500, { each: true })
  successIndicators?: string[];
}

@InputType()
export class CreateExperimentInput extends ExperimentFieldsInput {
  @Field(() => ID) @IsUUID() labId!: string;
}

@InputType()
export class UpdateExperimentInput extends PartialType(ExperimentFieldsInput, InputType) {
  @Field(() => ID) @IsUUID() id!: string;
}

@InputType()
export class ConcludeExperimentInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String) @IsString() @Length(2, 8000) results!: string;
  @Field(() => String) @IsString() @Length(2, 8000) learnings!: string;
  @Field(() => ExperimentDecisionEnum) @IsEnum(ExperimentDecision) decision!: ExperimentDecision;
}

@InputType()
export class AbandonExperimentInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String, { description: 'Why, and what was learnt.' })
  @IsString()
  @Length(2, 8000)
  learnings!: string;
}
