import { InvalidMailError, prepareMail, readPayload, type QueuedMail } from '../outbox/queued-mail';
import { mailSendBefore, renderMail } from './mail-templates';
import type { NetworkSummaryMailParams } from './network-summary.template';

const appUrl = 'https://app.example.org';

const params: NetworkSummaryMailParams = {
  displayName: 'Léa',
  frequency: 'monthly',
  periodStart: '2025-11-01',
  periodEnd: '2025-11-30',
  validUntil: '2025-12-15T00:00:00.000Z',
  cities: 12,
  recommendations: 85,
  answered: 60,
  commitments: {
    total: 1240,
    notStarted: 300,
    inProgress: 500,
    done: 400,
    delayed: 30,
    abandoned: 10,
  },
  averageProgress: 51,
  overdue: 7,
  stale: 4,
  attention: [
    { cityName: 'Lyon', overdue: 3, stale: 2, lastUpdateOn: '2025-10-03' },
    { cityName: 'Nantes', overdue: 0, stale: 1, lastUpdateOn: null },
    { cityName: 'Brest', overdue: 1, stale: 0, lastUpdateOn: '2025-11-01' },
  ],
};

describe('network summary mail', () => {
  it('sums up every city’s follow-up over the month, in French', () => {
    const mail = renderMail('network-summary', params, { locale: 'fr', appUrl });
    expect(mail.subject).toBe('Suivi du réseau\u00a0: point mensuel');
    expect(mail.text).toContain('Bonjour Léa,');
    expect(mail.text).toContain(
      'Voici le point sur les engagements des villes du réseau en novembre 2025.',
    );
    expect(mail.text).toContain(
      'Villes du réseau\u00a0: 12. Recommandations\u00a0: 85, dont 60 ont reçu une réponse.',
    );
    expect(mail.text).toContain(
      '1\u202f240 engagements au total\u00a0: 300 non commencés, 500 en cours, 400 réalisés, 30 en retard et 10 abandonnés.',
    );
    expect(mail.text).toContain('Avancement moyen des engagements principaux\u00a0: 51\u00a0%.');
    expect(mail.text).toContain('7 engagements ont dépassé leur échéance.');
    expect(mail.text).toContain('4 engagements n’ont pas été mis à jour depuis trop longtemps.');
    expect(mail.text).toContain(
      [
        'Villes à suivre de près\u00a0:',
        '• Lyon\u00a0: 3 engagements hors délai, 2 sans mise à jour récente, dernière mise à jour le 3 octobre 2025.',
        '• Nantes\u00a0: 1 engagement sans mise à jour récente, aucune mise à jour enregistrée.',
        '• Brest\u00a0: 1 engagement hors délai, dernière mise à jour le 1er novembre 2025.',
      ].join('\n\n'),
    );
    expect(mail.text).toContain('Vous recevez ce point chaque mois.');
    expect(mail.text).toContain('dans vos préférences de notification.');
  });

  it('is written in English too', () => {
    const mail = renderMail('network-summary', params, { locale: 'en', appUrl });
    expect(mail.subject).toBe('Network follow-up: monthly summary');
    expect(mail.text).toContain('Hello Léa,');
    expect(mail.text).toContain(
      'Here is the summary of the commitments of the network’s cities in November 2025.',
    );
    expect(mail.text).toContain(
      'Cities in the network: 12. Recommendations: 85, 60 of them answered.',
    );
    expect(mail.text).toContain(
      '1,240 commitments in all: 300 not started, 500 in progress, 400 done, 30 delayed and 10 abandoned.',
    );
    expect(mail.text).toContain('Average progress of the main commitments: 51%.');
    expect(mail.text).toContain('7 commitments are past their due date.');
    expect(mail.text).toContain('4 commitments have not been updated for too long.');
    expect(mail.text).toContain(
      [
        'Cities to keep an eye on:',
        '• Lyon: 3 overdue commitments, 2 not updated recently, last update on 3 October 2025.',
        '• Nantes: 1 commitment not updated recently, no update recorded yet.',
        '• Brest: 1 overdue commitment, last update on 1 November 2025.',
      ].join('\n\n'),
    );
    expect(mail.text).toContain('You get this summary every month.');
    expect(mail.text).toContain('in your notification preferences.');
  });

  it('speaks in the singular, across months, and of what is not there yet', () => {
    const small: NetworkSummaryMailParams = {
      ...params,
      frequency: 'weekly',
      periodStart: '2025-12-29',
      periodEnd: '2026-01-04',
      cities: 1,
      recommendations: 1,
      answered: 0,
      commitments: { total: 1, notStarted: 1, inProgress: 0, done: 0, delayed: 0, abandoned: 0 },
      averageProgress: null,
      overdue: 1,
      stale: 1,
      attention: [],
    };
    const fr = renderMail('network-summary', small, { locale: 'fr', appUrl });
    const en = renderMail('network-summary', small, { locale: 'en', appUrl });
    expect(fr.subject).toBe('Suivi du réseau\u00a0: point hebdomadaire');
    expect(fr.text).toContain('du réseau du 29 décembre 2025 au 4 janvier 2026.');
    expect(fr.text).toContain('Recommandations\u00a0: 1, aucune n’a encore reçu de réponse.');
    expect(fr.text).toContain('1 engagement au total\u00a0: 1 non commencé.');
    expect(fr.text).toContain('1 engagement a dépassé son échéance.');
    expect(fr.text).toContain('1 engagement n’a pas été mis à jour depuis trop longtemps.');
    expect(fr.text).not.toContain('Avancement moyen');
    expect(fr.text).not.toContain('Villes à suivre');
    expect(en.subject).toBe('Network follow-up: weekly summary');
    expect(en.text).toContain('cities from 29 December 2025 to 4 January 2026.');
    expect(en.text).toContain('Recommendations: 1, none answered yet.');
    expect(en.text).toContain('1 commitment is past its due date.');
    expect(en.text).toContain('1 commitment has not been updated for too long.');

    const none = { ...small, recommendations: 0, overdue: 0, stale: 0 };
    expect(renderMail('network-summary', none, { locale: 'fr', appUrl }).text).toContain(
      'Recommandations\u00a0: aucune pour l’instant.',
    );
    expect(renderMail('network-summary', none, { locale: 'en', appUrl }).text).toContain(
      'No commitment is past its due date or waiting for an update.',
    );
  });

  it('escapes every value it puts in HTML', () => {
    const mail = renderMail(
      'network-summary',
      {
        ...params,
        displayName: `O'Brien`,
        attention: [
          { cityName: '<script>alert("x")</script>', overdue: 1, stale: 0, lastUpdateOn: null },
        ],
      },
      { locale: 'fr', appUrl },
    );
    expect(mail.html).not.toMatch(/<script/);
    expect(mail.html).toContain('• &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\u00a0:');
    expect(mail.html).toContain('Bonjour O&#39;Brien,');
  });
});

describe('queuing a network summary', () => {
  const summary = (overrides: Record<string, unknown> = {}): QueuedMail =>
    ({
      tenantId: null,
      template: 'network-summary',
      to: 'lea@example.org',
      locale: 'en',
      params: { ...params, ...overrides },
    }) as QueuedMail;

  const city = params.attention[0];

  it('needs no secret, and is not sent past its period', () => {
    const { payload, secret } = prepareMail(summary());
    expect(secret).toBeNull();
    expect(payload.params).toEqual(params);
    expect(mailSendBefore('network-summary', params)).toBe(params.validUntil);
    expect(readPayload(JSON.parse(JSON.stringify(payload)))).toEqual(payload);
    const ten = Array.from({ length: 10 }, () => city);
    expect(() => prepareMail(summary({ attention: ten, averageProgress: null }))).not.toThrow();
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an unknown frequency', { frequency: 'yearly' }, /frequency/],
    ['a period start that does not exist', { periodStart: '2025-02-30' }, /periodStart/],
    ['a validity that is no instant', { validUntil: '2025-12-15' }, /validUntil/],
    ['a negative count of cities', { cities: -1 }, /cities/],
    ['more answers than recommendations', { answered: 86 }, /answered/],
    ['an average below zero', { averageProgress: -0.5 }, /averageProgress/],
    ['an average that is no number', { averageProgress: Number.NaN }, /averageProgress/],
    ['a count of overdue given as text', { overdue: '7' }, /overdue/],
    [
      'eleven cities to watch',
      { attention: Array.from({ length: 11 }, () => city) },
      /more than 10/,
    ],
    ['a city without a name', { attention: [{ ...city, cityName: '' }] }, /cityName/],
    [
      'a city with a bad last update',
      { attention: [{ ...city, lastUpdateOn: '2025-10-32' }] },
      /lastUpdateOn/,
    ],
    ['a city with a fractional count', { attention: [{ ...city, stale: 0.5 }] }, /stale/],
    ['no list of cities', { attention: null }, /attention/],
  ])('refuses %s', (_, overrides, message) => {
    expect(() => prepareMail(summary(overrides))).toThrow(InvalidMailError);
    expect(() => prepareMail(summary(overrides))).toThrow(message);
  });
});
