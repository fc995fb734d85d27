import { InvalidMailError, prepareMail, readPayload, type QueuedMail } from '../outbox/queued-mail';
import type { FollowUpDigestMailParams } from './follow-up-digest.template';
import { mailSendBefore, renderMail } from './mail-templates';

const appUrl = 'https://app.example.org';

const params: FollowUpDigestMailParams = {
  displayName: 'Awa',
  tenantName: 'Lyon',
  frequency: 'weekly',
  periodStart: '2025-12-01',
  periodEnd: '2025-12-07',
  validUntil: '2025-12-15T00:00:00.000Z',
  commitments: { total: 12, notStarted: 3, inProgress: 5, done: 2, delayed: 1, abandoned: 1 },
  averageProgress: 46.4,
  updatesInPeriod: 4,
  awaitingAnswer: 3,
  overdue: {
    count: 3,
    examples: [
      { title: 'Ouvrir un guichet unique', dueDate: '2025-11-30' },
      { title: 'Traduire les formulaires', dueDate: '2025-11-15' },
    ],
  },
  stale: { count: 1, examples: [{ title: 'Former les agents', lastUpdateOn: '2025-09-01' }] },
};

/** Every count at one, no average, nothing late. */
const quiet: FollowUpDigestMailParams = {
  ...params,
  frequency: 'monthly',
  periodStart: '2025-11-01',
  periodEnd: '2025-11-30',
  commitments: { total: 1, notStarted: 0, inProgress: 1, done: 0, delayed: 0, abandoned: 0 },
  averageProgress: null,
  updatesInPeriod: 1,
  awaitingAnswer: 1,
  overdue: { count: 0, examples: [] },
  stale: { count: 0, examples: [] },
};

describe('follow-up digest mail', () => {
  it('sums up the city’s follow-up over the week, in French', () => {
    const mail = renderMail('follow-up-digest', params, { locale: 'fr', appUrl });
    expect(mail.subject).toBe('Point hebdomadaire sur les engagements — Lyon');
    expect(mail.text).toContain('Bonjour Awa,');
    expect(mail.text).toContain(
      'Voici le point sur les engagements de Lyon du 1er au 7 décembre 2025.',
    );
    expect(mail.text).toContain(
      '12 engagements au total\u00a0: 3 non commencés, 5 en cours, 2 réalisés, 1 en retard et 1 abandonné.',
    );
    expect(mail.text).toContain('Avancement moyen des engagements principaux\u00a0: 46\u00a0%.');
    expect(mail.text).toContain('4 mises à jour d’avancement ont été enregistrées sur la période.');
    expect(mail.text).toContain(
      '3 recommandations attendent encore une réponse de Lyon ou sont à l’étude.',
    );
    expect(mail.text).toContain(
      [
        '3 engagements ont dépassé leur échéance, notamment\u00a0:',
        '• «\u00a0Ouvrir un guichet unique\u00a0», prévu pour le 30 novembre 2025',
        '• «\u00a0Traduire les formulaires\u00a0», prévu pour le 15 novembre 2025',
        '1 engagement n’a pas été mis à jour depuis trop longtemps\u00a0:',
        '• «\u00a0Former les agents\u00a0», dernière mise à jour le 1er septembre 2025',
      ].join('\n\n'),
    );
    expect(mail.text).toContain('Vous recevez ce point chaque semaine.');
    expect(mail.text).toContain('dans vos préférences de notification.');
  });

  it('is written in English too', () => {
    const mail = renderMail('follow-up-digest', params, { locale: 'en', appUrl });
    expect(mail.subject).toBe('Weekly commitment summary — Lyon');
    expect(mail.text).toContain('Hello Awa,');
    expect(mail.text).toContain(
      'Here is the summary of the commitments of Lyon from 1 to 7 December 2025.',
    );
    expect(mail.text).toContain(
      '12 commitments in all: 3 not started, 5 in progress, 2 done, 1 delayed and 1 abandoned.',
    );
    expect(mail.text).toContain('Average progress of the main commitments: 46%.');
    expect(mail.text).toContain('4 progress updates were recorded over the period.');
    expect(mail.text).toContain(
      '3 recommendations are still awaiting an answer from Lyon or under study.',
    );
    expect(mail.text).toContain(
      [
        '3 commitments are past their due date, including:',
        '• "Ouvrir un guichet unique", due on 30 November 2025',
        '• "Traduire les formulaires", due on 15 November 2025',
        '1 commitment has not been updated for too long:',
        '• "Former les agents", last updated on 1 September 2025',
      ].join('\n\n'),
    );
    expect(mail.text).toContain('You get this summary every week.');
    expect(mail.text).toContain('in your notification preferences.');
  });

  it('names a whole month, speaks in the singular, and says when nothing is late', () => {
    const fr = renderMail('follow-up-digest', quiet, { locale: 'fr', appUrl });
    const en = renderMail('follow-up-digest', quiet, { locale: 'en', appUrl });
    expect(fr.subject).toBe('Point mensuel sur les engagements — Lyon');
    expect(fr.text).toContain('engagements de Lyon en novembre 2025.');
    expect(fr.text).toContain('1 engagement au total\u00a0: 1 en cours.');
    expect(fr.text).not.toContain('Avancement moyen');
    expect(fr.text).toContain('1 mise à jour d’avancement a été enregistrée sur la période.');
    expect(fr.text).toContain('1 recommandation attend encore une réponse de Lyon');
    expect(fr.text).toContain(
      'Aucun engagement n’a dépassé son échéance ni n’attend de mise à jour.',
    );
    expect(fr.text).toContain('Vous recevez ce point chaque mois.');
    expect(en.subject).toBe('Monthly commitment summary — Lyon');
    expect(en.text).toContain('commitments of Lyon in November 2025.');
    expect(en.text).toContain('1 commitment in all: 1 in progress.');
    expect(en.text).not.toContain('Average progress');
    expect(en.text).toContain('1 progress update was recorded over the period.');
    expect(en.text).toContain('1 recommendation is still awaiting an answer from Lyon');
    expect(en.text).toContain('No commitment is past its due date or waiting for an update.');
    expect(en.text).toContain('You get this summary every month.');
  });

  it('says when there is nothing yet, and lists no example it was not given', () => {
    const empty: FollowUpDigestMailParams = {
      ...quiet,
      commitments: { total: 0, notStarted: 0, inProgress: 0, done: 0, delayed: 0, abandoned: 0 },
      updatesInPeriod: 0,
      awaitingAnswer: 0,
    };
    const fr = renderMail('follow-up-digest', empty, { locale: 'fr', appUrl });
    const en = renderMail('follow-up-digest', empty, { locale: 'en', appUrl });
    expect(fr.text).toContain('Aucun engagement n’est encore enregistré.');
    expect(fr.text).toContain('Aucune mise à jour d’avancement n’a été enregistrée');
    expect(fr.text).not.toContain('recommandation');
    expect(fr.text).not.toContain('Aucun engagement n’a dépassé');
    expect(en.text).toContain('No commitment has been recorded yet.');
    expect(en.text).toContain('No progress update was recorded over the period.');

    const noExamples = {
      ...params,
      overdue: { count: 2, examples: [] },
      stale: { count: 0, examples: [] },
    };
    const bare = renderMail('follow-up-digest', noExamples, { locale: 'en', appUrl });
    expect(bare.text).toContain('2 commitments are past their due date.\n');
    expect(bare.text).not.toContain('•');
  });

  it('escapes every value it puts in HTML', () => {
    const mail = renderMail(
      'follow-up-digest',
      {
        ...params,
        tenantName: `O'Brien & Co`,
        overdue: {
          count: 1,
          examples: [{ title: '<script>alert("x")</script>', dueDate: '2025-11-30' }],
        },
      },
      { locale: 'en', appUrl },
    );
    expect(mail.html).not.toMatch(/<script/);
    expect(mail.html).toContain('&quot;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&quot;');
    expect(mail.html).toContain('O&#39;Brien &amp; Co');
  });
});

describe('queuing a follow-up digest', () => {
  const digest = (overrides: Record<string, unknown> = {}): QueuedMail =>
    ({
      tenantId: null,
      template: 'follow-up-digest',
      to: 'awa@example.org',
      locale: 'fr',
      params: { ...params, ...overrides },
    }) as QueuedMail;

  it('needs no secret, and is not sent past its period', () => {
    const { payload, secret } = prepareMail(digest());
    expect(secret).toBeNull();
    expect(payload.params).toEqual(params);
    expect(mailSendBefore('follow-up-digest', params)).toBe(params.validUntil);
    expect(readPayload(JSON.parse(JSON.stringify(payload)))).toEqual(payload);
    expect(() => prepareMail(digest({ averageProgress: null }))).not.toThrow();
  });

  const example = { title: 'Ouvrir un guichet unique', dueDate: '2025-11-30' };

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an unknown frequency', { frequency: 'daily' }, /frequency/],
    ['a period start that does not exist', { periodStart: '2025-11-31' }, /periodStart/],
    ['a period end written otherwise', { periodEnd: '07/12/2025' }, /periodEnd/],
    ['a period that ends before it starts', { periodEnd: '2025-11-30' }, /after/],
    ['a validity that is no instant', { validUntil: 'next week' }, /validUntil/],
    ['a blank city', { tenantName: ' ' }, /tenantName/],
    ['counts that are not there', { commitments: null }, /commitments/],
    [
      'a negative count',
      { commitments: { ...params.commitments, done: -1, total: 10 } },
      /commitments\.done/,
    ],
    ['counts that do not add up', { commitments: { ...params.commitments, total: 13 } }, /add up/],
    ['an average of 101', { averageProgress: 101 }, /averageProgress/],
    ['a fractional count of updates', { updatesInPeriod: 1.5 }, /updatesInPeriod/],
    ['a count given as text', { awaitingAnswer: '3' }, /awaitingAnswer/],
    [
      'six overdue examples',
      { overdue: { count: 6, examples: Array.from({ length: 6 }, () => example) } },
      /more than 5/,
    ],
    ['more examples than counted', { overdue: { count: 0, examples: [example] } }, /outnumbers/],
    [
      'an overdue example with a bad date',
      { overdue: { count: 1, examples: [{ ...example, dueDate: '2025-13-01' }] } },
      /dueDate/,
    ],
    [
      'a stale example without its last update',
      { stale: { count: 1, examples: [{ title: 'x' }] } },
      /lastUpdateOn/,
    ],
    ['a stale group without a count', { stale: { examples: [] } }, /stale\.count/],
  ])('refuses %s', (_, overrides, message) => {
    expect(() => prepareMail(digest(overrides))).toThrow(InvalidMailError);
    expect(() => prepareMail(digest(overrides))).toThrow(message);
  });
});
