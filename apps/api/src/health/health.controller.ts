import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Access } from '@inclusion/identity';

/** For load balancers and container health checks: the API answers and reaches PostgreSQL. */
@Controller('health')
export class HealthController {
  constructor(private readonly orm: MikroORM) {}

  @Access.public()
  @Get()
  @HttpCode(200)
  async check(): Promise<{ status: 'ok' }> {
    try {
      await this.orm.em.getConnection().execute('select 1');
      return { status: 'ok' };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable' });
    }
  }
}
