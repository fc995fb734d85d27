import { messageIdDomain, outboxMessageId } from './message-id';

describe('the Message-ID of an outbox mail', () => {
  const id = '0190f3c2-7a51-7b3e-9c1d-2f4e5a6b7c8d';

  it('is the outbox id at the domain of MAIL_FROM, the same at every attempt', () => {
    const domain = messageIdDomain(
      'Inclusive Cities <no-reply@Inclusive-Cities.example>',
      'https://app.example.org',
    );
    expect(outboxMessageId(id, domain)).toBe(`<${id}@inclusive-cities.example>`);
    expect(outboxMessageId(id, domain)).toBe(outboxMessageId(id, domain));
    expect(outboxMessageId('0190f3c2-0000-7000-8000-000000000000', domain)).not.toBe(
      outboxMessageId(id, domain),
    );
  });

  it('reads a bare address as well as a named one', () => {
    expect(messageIdDomain('no-reply@city.example', 'https://app.example.org')).toBe(
      'city.example',
    );
  });

  it('falls back on the application host when MAIL_FROM names no domain', () => {
    expect(messageIdDomain('Inclusive Cities', 'https://app.example.org:8443/base')).toBe(
      'app.example.org',
    );
  });
});
