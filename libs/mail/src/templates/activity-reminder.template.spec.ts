import { InvalidMailError, prepareMail, readPayload, type QueuedMail } from '../outbox/queued-mail';
import type { ActivityReminderMailParams } from './activity-reminder.template';
import { mailSendBefore, renderMail } from './mail-templates';

const appUrl = 'https://app.example.org';

const params: ActivityReminderMailParams = {
  displayName: 'Samir',
  tenantName: 'Ville de Clermont-Ferrand',
  activityTitle: 'Atelier Policy Lab : accès à l’information',
  // Winter: Paris is UTC+1.
  startsAt: '2025-01-14T08:30:00.000Z',
  durationMinutes: 90,
  place: '1 place de Jaude, Clermont-Ferrand',
  onlineUrl: null,
  languages: ['fr', 'en'],
  interpretation: ['ar'],
};

const online = { ...params, place: null, onlineUrl: 'https://visio.example.org/room?id=1&x=2' };

describe('activity reminder mail', () => {
  it('says what, when, where and in which languages, in French and Paris time', () => {
    const mail = renderMail('activity-reminder', params, { locale: 'fr', appUrl });
    expect(mail.subject).toBe(
      'Rappel\u00a0: Atelier Policy Lab : accès à l’information, le mardi 14 janvier 2025',
    );
    expect(mail.text).toContain('Bonjour Samir,');
    expect(mail.text).toContain('une activité de Ville de Clermont-Ferrand');
    expect(mail.text).toContain('Quoi\u00a0: Atelier Policy Lab : accès à l’information\n');
    expect(mail.text).toContain('Quand\u00a0: le mardi 14 janvier 2025, de 09:30 à 11:00.');
    expect(mail.text).toContain('Où\u00a0: 1 place de Jaude, Clermont-Ferrand\n');
    expect(mail.text).toContain('Langues parlées\u00a0: français et anglais.');
    expect(mail.text).toContain('Interprétation disponible en\u00a0: arabe.');
    expect(mail.text).toContain('Vous ne pouvez pas venir\u00a0?');
    expect(mail.html).toContain('<html lang="fr">');
  });

  it('is written in English too, with the language names in English', () => {
    const mail = renderMail('activity-reminder', params, { locale: 'en', appUrl });
    expect(mail.subject).toMatch(/^Reminder: Atelier Policy Lab : accès à l’information, /);
    expect(mail.subject).toContain('14 January 2025');
    expect(mail.text).toContain('Hello Samir,');
    expect(mail.text).toMatch(/When: Tuesday,? 14 January 2025, from 09:30 to 11:00\./);
    expect(mail.text).toContain('Where: 1 place de Jaude, Clermont-Ferrand\n');
    expect(mail.text).toContain('Languages spoken: French and English.');
    expect(mail.text).toContain('Interpretation available in: Arabic.');
    expect(mail.text).toContain('Cannot come?');
    expect(mail.html).toContain('<html lang="en">');
  });

  it('writes the times in the time zone it is given', () => {
    const mail = renderMail('activity-reminder', params, {
      locale: 'fr',
      appUrl,
      timeZone: 'America/Montreal',
    });
    expect(mail.text).toContain('le mardi 14 janvier 2025, de 03:30 à 05:00.');
  });

  it('names both days when the activity ends on another day', () => {
    const late = { ...params, startsAt: '2025-01-14T21:00:00Z', durationMinutes: 180 };
    const mail = renderMail('activity-reminder', late, { locale: 'fr', appUrl });
    expect(mail.text).toContain(
      'Quand\u00a0: du mardi 14 janvier 2025 à 22:00 au mercredi 15 janvier 2025 à 01:00.',
    );
  });

  it('says when nobody interprets, and needs no secret', () => {
    const mail = renderMail(
      'activity-reminder',
      { ...params, interpretation: [] },
      { locale: 'en', appUrl },
    );
    expect(mail.text).toContain('There is no interpreter for this activity.');
    expect(mail.text).not.toContain('token=');
  });

  it('has no button when the activity is not online', () => {
    const mail = renderMail('activity-reminder', params, { locale: 'en', appUrl });
    expect(mail.html).not.toContain('<a ');
    expect(mail.text).not.toContain('http');
  });

  it('links to the online room when there is one', () => {
    const fr = renderMail('activity-reminder', online, { locale: 'fr', appUrl });
    const en = renderMail(
      'activity-reminder',
      { ...online, place: 'Salle 2' },
      { locale: 'en', appUrl },
    );
    expect(fr.text).toContain('Où\u00a0: en ligne, avec le lien ci-dessous.');
    expect(fr.text).toContain(
      'Participer en ligne\u00a0:\nhttps://visio.example.org/room?id=1&x=2',
    );
    expect(fr.html).toContain('href="https://visio.example.org/room?id=1&amp;x=2"');
    expect(en.text).toContain('Where: Salle 2\n');
    expect(en.text).toContain('You can also join online, with the link below.');
    expect(en.html).toContain('>Join online</a>');
  });

  it('never renders a link that is not a web link', () => {
    expect(() =>
      renderMail(
        'activity-reminder',
        { ...params, onlineUrl: 'javascript:alert(1)' },
        { locale: 'fr', appUrl },
      ),
    ).toThrow(/http\(s\)/);
  });

  it('escapes every value it puts in HTML, and keeps names on one line', () => {
    const mail = renderMail(
      'activity-reminder',
      {
        ...params,
        displayName: 'Samir\r\nBcc: someone@example.org',
        activityTitle: '<script>alert("x")</script>\nBcc: x@example.org',
        tenantName: `O'Brien & Co`,
        place: '<b>Salle</b>',
      },
      { locale: 'fr', appUrl },
    );
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toContain('<script>alert("x")</script> Bcc: x@example.org');
    expect(mail.html).not.toMatch(/<script|<b>/);
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(mail.html).toContain('O&#39;Brien &amp; Co');
    expect(mail.html).toContain('&lt;b&gt;Salle&lt;/b&gt;');
    expect(mail.text).toContain('Bonjour Samir Bcc: someone@example.org,');
  });
});

describe('queuing an activity reminder', () => {
  const reminder = (
    overrides: Partial<ActivityReminderMailParams> = {},
    extra: Partial<QueuedMail> = {},
  ): QueuedMail =>
    ({
      tenantId: null,
      template: 'activity-reminder',
      to: 'samir@example.org',
      locale: 'fr',
      params: { ...params, ...overrides },
      ...extra,
    }) as QueuedMail;

  it('needs no secret, and is not sent once the activity has begun', () => {
    const { payload, secret } = prepareMail(reminder());
    expect(secret).toBeNull();
    expect(payload.params).toEqual(params);
    expect(mailSendBefore('activity-reminder', params)).toBe(params.startsAt);
    expect(readPayload(JSON.parse(JSON.stringify(payload)))).toEqual(payload);
  });

  it('refuses a secret it would have no link for', () => {
    expect(() => prepareMail(reminder({}, { secret: 'x' }))).toThrow(/takes no secret/);
  });

  it('accepts an online activity', () => {
    expect(() => prepareMail(reminder({ place: null, onlineUrl: online.onlineUrl }))).not.toThrow();
  });

  it.each<[string, Partial<ActivityReminderMailParams>]>([
    ['a javascript: link', { onlineUrl: 'javascript:alert(1)' }],
    ['a link that is no URL', { onlineUrl: 'visio.example.org' }],
    ['neither a place nor a link', { place: null, onlineUrl: null }],
    ['a blank place', { place: '  ' }],
    ['a start that is no instant', { startsAt: '2025-01-14 09:30' }],
    ['a start without offset', { startsAt: '2025-01-14T09:30:00' }],
    ['a duration of zero', { durationMinutes: 0 }],
    ['a fractional duration', { durationMinutes: 1.5 }],
    ['a language that is no tag', { languages: ['français'] }],
    ['an interpretation that is no list', { interpretation: 'ar' as unknown as string[] }],
    ['a blank title', { activityTitle: ' ' }],
    ['no display name', { displayName: undefined as unknown as string }],
  ])('refuses %s', (_, overrides) => {
    expect(() => prepareMail(reminder(overrides))).toThrow(InvalidMailError);
  });

  it('still requires the secret of the mails with a link', () => {
    const mail: QueuedMail = {
      tenantId: null,
      template: 'sign-in-link',
      to: 'samir@example.org',
      locale: 'fr',
      params: { displayName: 'Samir', expiresAt: params.startsAt },
    };
    expect(() => prepareMail(mail)).toThrow(/its link needs a secret/);
  });
});
