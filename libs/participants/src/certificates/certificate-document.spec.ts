import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { type CertificateContent, renderCertificate } from './certificate-document';

const clermont: CertificateContent = {
  personName: 'Şükrü Ağaoğlu',
  editionName: 'Resilient Cities — Clermont-Ferrand 2024',
  cityName: 'Clermont-Ferrand',
  cohort: 'newcomers',
  trainingHours: 13.5,
  completedOn: '2024-06-14',
  verificationCode: 'RC-7KQ2-M9XD-4TPA',
  verificationUrl: 'https://inclusive-cities.example/verify/RC-7KQ2-M9XD-4TPA',
  locale: 'fr',
};

describe('renderCertificate', () => {
  it('renders a one-page A4 landscape French certificate', async () => {
    const pdf = readPdf(await renderCertificate(clermont));

    expect(pdf.pages).toBe(1);
    expect(pdf.mediaBox).toBe('0 0 841.89 595.28');
    expect(pdf.lines).toEqual(
      expect.arrayContaining([
        'Attestation de participation',
        'Şükrü Ağaoğlu',
        '13,5 heures',
        '14 juin 2024',
        'Code de vérification : RC-7KQ2-M9XD-4TPA',
        'https://inclusive-cities.example/verify/RC-7KQ2-M9XD-4TPA',
      ]),
    );
    expect(pdf.text).toContain(
      'a suivi la formation en double parcours de l’édition « Resilient Cities — Clermont-Ferrand ' +
        '2024 » à Clermont-Ferrand, au sein du parcours des personnes nouvellement arrivées.',
    );
    expect(pdf.text).toContain('Toute personne peut vérifier l’authenticité de cette attestation');
    expect(pdf.author).toBe('PLACE Network / Clermont-Ferrand');
  });

  it('renders an English certificate for the local public actors’ track', async () => {
    const pdf = readPdf(
      await renderCertificate({
        ...clermont,
        personName: 'Zoë Ćirić',
        cohort: 'public_actors',
        trainingHours: 1,
        locale: 'en',
      }),
    );

    // The whole text, so that nothing about the person but the name can slip onto the page.
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toBe(
      'PLACE NETWORK · CLERMONT-FERRAND ' +
        'Certificate of participation ' +
        'This is to certify that ' +
        'Zoë Ćirić ' +
        'has completed the dual-track training of the edition “Resilient Cities — Clermont-Ferrand ' +
        '2024” in Clermont-Ferrand, as part of the local public actors’ track. ' +
        'HOURS ATTENDED 1 hour ' +
        'COMPLETED ON 14 June 2024 ' +
        'Anyone can check that this certificate is genuine by entering its code at the address ' +
        'below. ' +
        'Verification code: RC-7KQ2-M9XD-4TPA ' +
        'https://inclusive-cities.example/verify/RC-7KQ2-M9XD-4TPA',
    );
  });

  it.each(['Władysław Łukasiewicz', 'Жанна Кузнецова', 'Ολυμπία Ξενοφώντος'])(
    'writes %s with glyphs that map back to the name',
    async (personName) => {
      const pdf = readPdf(await renderCertificate({ ...clermont, personName }));

      expect(pdf.lines).toContain(personName);
    },
  );

  it('writes an Arabic name right to left', async () => {
    const personName = 'محمد عبد الله';
    const pdf = readPdf(await renderCertificate({ ...clermont, personName }));

    // A PDF holds glyphs in visual order: left to right on the page is the name read backwards.
    expect(pdf.lines.map((line) => [...line].reverse().join(''))).toContain(personName);
  });

  it('keeps a very long name and edition on one page', async () => {
    const pdf = readPdf(
      await renderCertificate({
        ...clermont,
        personName: 'Aleksandra Władysława Przybyszewska-Szczepańska '.repeat(6),
        editionName: 'Resilient Cities — Grenoble-Alpes Métropole 2025 '.repeat(8),
      }),
    );

    expect(pdf.pages).toBe(1);
  });

  // Run in another process: the time zone of a running Node process cannot be changed from a test.
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'keeps the calendar day at a year boundary in %s',
    (timeZone) => {
      const render = (completedOn: string, locale: CertificateContent['locale']) =>
        readPdf(renderIn(timeZone, { ...clermont, completedOn, locale })).lines;

      expect(render('2024-12-31', 'fr')).toContain('31 décembre 2024');
      expect(render('2025-01-01', 'fr')).toContain('1er janvier 2025');
      expect(render('2025-01-01', 'en')).toContain('1 January 2025');
    },
  );

  it.each(['2024-02-30', '14/06/2024', '2024-6-14'])(
    'refuses %s as a date',
    async (completedOn) => {
      await expect(renderCertificate({ ...clermont, completedOn })).rejects.toThrow(RangeError);
    },
  );
});

function renderIn(timeZone: string, content: CertificateContent): Buffer {
  const script = `require(${JSON.stringify(require.resolve('./certificate-document'))})
    .renderCertificate(JSON.parse(process.argv[1]))
    .then((pdf) => process.stdout.write(pdf.toString('base64')));`;
  const output = execFileSync(
    process.execPath,
    ['-r', require.resolve('@swc-node/register'), '-e', script, JSON.stringify(content)],
    { env: { ...process.env, TZ: timeZone }, encoding: 'utf8' },
  );
  return Buffer.from(output, 'base64');
}

/**
 * Reads a PDF as a viewer extracts its text: objects through the cross-reference table, the page's
 * content stream inflated, each shown string decoded through its font's ToUnicode map. It handles
 * what pdfkit writes (one xref section, Identity-H fonts, bfrange arrays) and fails on the rest.
 */
function readPdf(buffer: Buffer) {
  const source = buffer.toString('latin1');
  expect(source.startsWith('%PDF-1.')).toBe(true);
  const xref = Number(match(/startxref\s+(\d+)\s+%%EOF\s*$/, source)[1]);
  const [, first, rows] = match(/^xref\s+(\d+) \d+\s+([\s\S]*?)trailer/, source.slice(xref));

  const objects = new Map<number, { dict: string; stream: string }>();
  for (const [index, row] of rows.trim().split(/\s*\n/).entries()) {
    const [offset, , used] = row.split(' ');
    if (used !== 'n') continue;
    const id = Number(first) + index;
    const start = Number(offset);
    expect(source.startsWith(`${id} 0 obj`, start)).toBe(true);
    const end = source.indexOf('endobj', start);
    const streamAt = source.indexOf('stream\n', start);
    if (streamAt < 0 || streamAt > end) {
      objects.set(id, { dict: source.slice(start, end), stream: '' });
      continue;
    }
    const dict = source.slice(start, streamAt);
    const length = Number(match(/\/Length (\d+)/, dict)[1]);
    const raw = buffer.subarray(streamAt + 'stream\n'.length).subarray(0, length);
    const data = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
    objects.set(id, { dict, stream: data.toString('latin1') });
  }
  const object = (id: string) => objects.get(Number(id)) ?? missing(`no object ${id}`);
  const ref = (key: string, dict: string) =>
    object(match(new RegExp(`/${key} (\\d+) 0 R`), dict)[1]);

  const pages = [...objects.values()].filter(({ dict }) => /\/Type \/Page\s/.test(dict));
  const [page] = pages;
  const fonts = new Map(
    [...ref('Resources', page.dict).dict.matchAll(/\/(F\d+) (\d+) 0 R/g)].map(([, name, id]) => [
      name,
      toUnicode(ref('ToUnicode', object(id).dict).stream),
    ]),
  );

  const content = ref('Contents', page.dict).stream;
  let glyphs = new Map<number, string>();
  const lines: string[] = [];
  for (const [, font, shown] of content.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
    if (font) {
      glyphs = fonts.get(font) ?? missing(`no font ${font}`);
      continue;
    }
    const hex = [...shown.matchAll(/<([0-9a-f]*)>/gi)].map(([, digits]) => digits).join('');
    const codes = hex.match(/.{4}/g) ?? [];
    lines.push(codes.map((code) => glyphs.get(parseInt(code, 16)) ?? '\ufffd').join(''));
  }
  const author = ref('Author', ref('Info', source.slice(xref)).dict).dict;
  return {
    pages: pages.length,
    mediaBox: match(/\/MediaBox \[([^\]]*)\]/, page.dict)[1],
    lines: lines.map((line) => line.replace(/\s+/g, ' ')),
    text: lines.join(' ').replace(/\s+/g, ' '),
    author: match(/\(([^)]*)\)/, author)[1],
  };
}

/** Glyph code to text, from pdfkit's `<first> <last> [<unicode> …]` ranges. */
function toUnicode(cmap: string): Map<number, string> {
  const glyphs = new Map<number, string>();
  for (const [, first, targets] of cmap.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/gi)) {
    [...targets.matchAll(/<([0-9a-f ]+)>/gi)].forEach(([, units], index) => {
      const text = String.fromCharCode(...units.split(' ').map((unit) => parseInt(unit, 16)));
      glyphs.set(parseInt(first, 16) + index, text);
    });
  }
  return glyphs;
}

function match(pattern: RegExp, text: string): RegExpExecArray {
  return pattern.exec(text) ?? missing(`${pattern} not found`);
}

function missing(message: string): never {
  throw new Error(message);
}
