import { Module } from '@nestjs/common';
import { ConfigModule } from '@inclusion/config';
import { DatabaseModule } from '@inclusion/database';
import { EditionsModule } from '@inclusion/editions';
import { IdentityModule } from '@inclusion/identity';

@Module({ imports: [ConfigModule, DatabaseModule.forRoot(), IdentityModule, EditionsModule] })
export class CliModule {}
