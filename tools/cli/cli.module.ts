import { Module } from '@nestjs/common';
import { ConfigModule } from '@inclusion/config';
import { DatabaseModule } from '@inclusion/database';
import { IdentityModule } from '@inclusion/identity';

@Module({ imports: [ConfigModule, DatabaseModule.forRoot(), IdentityModule] })
export class CliModule {}
