import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

@ObjectType('LocalizedText', { description: 'A text in every language the platform speaks.' })
export class LocalizedTextType {
  @Field(() => String) fr!: string;
  @Field(() => String) en!: string;
}

@InputType()
export class LocalizedTextInput {
  @Field(() => String) @IsString() @Length(1, 2000) fr!: string;
  @Field(() => String) @IsString() @Length(1, 2000) en!: string;
}
