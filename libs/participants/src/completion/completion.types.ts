import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { Cohort, CohortEnum } from '../cohort';

@ObjectType('CompletionRule', { description: 'What a participant must attend to complete.' })
export class CompletionRuleType {
  @Field(() => Int) minimumTrainingMinutes!: number;
  @Field(() => Int, { description: 'Policy Lab workshops attended.' }) minimumLabWorkshops!: number;
}

@ObjectType('ParticipantProgress')
export class ParticipantProgressType {
  @Field(() => ID) applicationId!: string;
  @Field(() => String) personName!: string;
  @Field(() => CohortEnum) cohort!: Cohort;
  @Field(() => Float, { description: 'Training attended, in hours.' }) trainingHours!: number;
  @Field(() => Int) labWorkshops!: number;
  @Field(() => Boolean) completed!: boolean;
}

@ObjectType('EditionProgress')
export class EditionProgressType {
  @Field(() => CompletionRuleType) rule!: CompletionRuleType;
  @Field(() => [ParticipantProgressType]) participants!: ParticipantProgressType[];
}

@InputType()
export class SetCompletionRuleInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(200 * 60) minimumTrainingMinutes!: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(50) minimumLabWorkshops!: number;
}
