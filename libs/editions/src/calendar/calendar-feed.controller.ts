import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { Access } from '@inclusion/identity';
import { CalendarFeedService } from './calendar-feed.service';

/** Calendar applications fetch this without signing in: the secret in the URL is the access. */
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Access.public()
  @Get(':file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  async feed(@Param('file') file: string): Promise<string> {
    const secret = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(file)?.[1];
    const calendar = secret ? await this.feeds.render(secret) : null;
    if (!calendar) throw new NotFoundException();
    return calendar;
  }
}
