import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

/** `(id: ID!)`, validated as a UUID so a malformed id never reaches the database. */
@ArgsType()
export class IdArgs {
  @Field(() => ID) @IsUUID() id!: string;
}
