import path from 'node:path';
import PDFDocument from 'pdfkit';
import {
  CERTIFICATE_TEXTS,
  type CertificateCohort,
  type CertificateLocale,
} from './certificate-texts';

export interface CertificateContent {
  personName: string;
  editionName: string;
  cityName: string;
  cohort: CertificateCohort;
  trainingHours: number;
  /** Calendar date, 'YYYY-MM-DD'. */
  completedOn: string;
  verificationCode: string;
  verificationUrl: string;
  locale: CertificateLocale;
}

// The standard PDF fonts only cover WinAnsi; DejaVu covers the Latin, Greek, Cyrillic and Arabic
// names participants bring. The build copies assets/ beside the compiled code, so this resolves
// from the sources (Jest) and from dist/ alike.
const FONTS = path.join(__dirname, '../../assets/fonts');
const REGULAR = path.join(FONTS, 'DejaVuSans.ttf');
const BOLD = path.join(FONTS, 'DejaVuSans-Bold.ttf');

const INK = '#1a1a1a';
const ACCENT = '#1f3a5f';
const MUTED = '#5f6b7a';
const RULE = '#b8c2cc';
const PAGE = { width: 841.89, height: 595.28 }; // A4 landscape, in points
const SIDE = 80;
const WIDTH = PAGE.width - 2 * SIDE;
const NAME_SIZE = { max: 34, min: 18 };
// Every block has a place and a height it cannot outgrow (pdfkit stops at the height rather than
// adding a page), so the certificate stays one page whatever the length of the texts.
const NAME_HEIGHT = 84;
const SENTENCE_HEIGHT = 76;
const Y = { body: 160, facts: 384, footer: 462 };

// async so that content it refuses (a date that is not a calendar day…) rejects instead of throwing.
export async function renderCertificate(content: CertificateContent): Promise<Buffer> {
  const texts = CERTIFICATE_TEXTS[content.locale];
  const completedOn = texts.formatDate(calendarDate(content.completedOn));
  const hours = formatHours(content.trainingHours, texts.tag);

  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: 40, bottom: 40, left: SIDE, right: SIDE },
    font: REGULAR,
    lang: texts.tag,
    displayTitle: true,
    info: {
      Title: `${texts.title} — ${content.personName}`,
      Author: `PLACE Network / ${content.cityName}`,
      Subject: content.editionName,
    },
  });
  const rendered = collect(doc);

  doc.lineWidth(1.5).strokeColor(ACCENT);
  doc.rect(22, 22, PAGE.width - 44, PAGE.height - 44).stroke();
  doc.lineWidth(0.5);
  doc.rect(28, 28, PAGE.width - 56, PAGE.height - 56).stroke();

  doc.font(REGULAR).fontSize(9).fillColor(MUTED);
  const header = `PLACE NETWORK  ·  ${content.cityName.toLocaleUpperCase(texts.tag)}`;
  doc.text(header, SIDE, 70, centred(14, { characterSpacing: 2 }));
  doc.font(BOLD).fontSize(28).fillColor(ACCENT).text(texts.title, SIDE, 98, centred(40));
  doc.lineWidth(1);
  rule(doc, PAGE.width / 2 - 24, PAGE.width / 2 + 24, 146);

  const track = texts.track[content.cohort];
  const sentence = texts.completion(content.editionName, content.cityName, track);
  body(doc, texts.lead, content.personName, sentence);

  fact(doc, 0, texts.hoursLabel.toLocaleUpperCase(texts.tag), hours);
  fact(doc, 1, texts.dateLabel.toLocaleUpperCase(texts.tag), completedOn);

  doc.lineWidth(0.5).strokeColor(RULE);
  rule(doc, SIDE, PAGE.width - SIDE, Y.footer);
  doc.font(REGULAR).fontSize(9).fillColor(MUTED);
  doc.text(texts.verification, SIDE, Y.footer + 12, centred(24));
  doc.font(BOLD).fontSize(10).fillColor(INK);
  doc.text(`${texts.codeLabel} ${content.verificationCode}`, SIDE, Y.footer + 32, centred(14));
  doc.font(REGULAR).fillColor(ACCENT);
  const link = { link: content.verificationUrl };
  doc.text(content.verificationUrl, SIDE, Y.footer + 48, centred(14, link));

  doc.end();
  return rendered;
}

function centred(height: number, options: PDFKit.Mixins.TextOptions = {}) {
  return { width: WIDTH, height, align: 'center', ...options } as const;
}

function rule(doc: PDFKit.PDFDocument, from: number, to: number, y: number): void {
  doc.moveTo(from, y).lineTo(to, y).stroke();
}

/** The lead, the name and the sentence, centred as one block between the title and the facts. */
function body(doc: PDFKit.PDFDocument, lead: string, name: string, sentence: string): void {
  const size = nameSize(doc, name);
  const nameOptions = centred(NAME_HEIGHT, nameShaping(name));
  const sentenceOptions = centred(SENTENCE_HEIGHT, { width: WIDTH - 80, lineGap: 3 });
  doc.font(BOLD).fontSize(size);
  const nameHeight = Math.min(NAME_HEIGHT, doc.heightOfString(name, nameOptions));
  doc.font(REGULAR).fontSize(13);
  const sentenceHeight = Math.min(SENTENCE_HEIGHT, doc.heightOfString(sentence, sentenceOptions));
  const height = 22 + nameHeight + 16 + sentenceHeight;
  const top = Y.body + (Y.facts - 14 - Y.body - height) / 2;

  doc.font(REGULAR).fontSize(12).fillColor(MUTED).text(lead, SIDE, top, centred(18));
  doc
    .font(BOLD)
    .fontSize(size)
    .fillColor(INK)
    .text(name, SIDE, top + 22, nameOptions);
  doc.font(REGULAR).fontSize(13);
  doc.text(sentence, SIDE + 40, top + 22 + nameHeight + 16, sentenceOptions);
}

/** A label over its value, centred in the left (0) or right (1) half of the page. */
function fact(doc: PDFKit.PDFDocument, column: 0 | 1, label: string, value: string): void {
  const x = SIDE + (column * WIDTH) / 2;
  const options = centred(20, { width: WIDTH / 2 });
  doc.font(REGULAR).fontSize(9).fillColor(MUTED);
  doc.text(label, x, Y.facts, { ...options, characterSpacing: 1.5 });
  doc
    .font(BOLD)
    .fontSize(15)
    .fillColor(INK)
    .text(value, x, Y.facts + 16, options);
}

/** The largest size, within bounds, at which the name fits on one line; smaller ones wrap. */
function nameSize(doc: PDFKit.PDFDocument, name: string): number {
  const widthAtMax = doc.font(BOLD).fontSize(NAME_SIZE.max).widthOfString(name);
  const fitting = (NAME_SIZE.max * WIDTH) / Math.max(widthAtMax, 1);
  return Math.max(NAME_SIZE.min, Math.min(NAME_SIZE.max, Math.floor(fitting)));
}

// pdfkit shapes text word by word, which keeps each Arabic or Hebrew word right but lays the words
// out left to right. Passing features makes it shape the whole line as one run, which fontkit
// orders right to left; only safe when no left-to-right word would be reversed with it.
function nameShaping(name: string): PDFKit.Mixins.TextOptions {
  const rightToLeftOnly = /^[\p{Script=Arabic}\p{Script=Hebrew}\s\p{P}]+$/u.test(name);
  return rightToLeftOnly ? { features: [] } : {};
}

/** Midnight UTC of a 'YYYY-MM-DD' date, formatted in UTC too, so no time zone moves the day. */
function calendarDate(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : undefined;
  // Date.UTC silently rolls 2024-02-30 over to March; the round trip refuses it.
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new RangeError(`completedOn is not a calendar date: ${value}`);
  }
  return date;
}

function formatHours(hours: number, tag: string): string {
  if (!Number.isFinite(hours) || hours < 0) {
    throw new RangeError(`trainingHours must be a non-negative number: ${hours}`);
  }
  // The unit style also picks the plural the language wants: « 1,5 heure », "1.5 hours".
  return new Intl.NumberFormat(tag, {
    style: 'unit',
    unit: 'hour',
    unitDisplay: 'long',
    maximumFractionDigits: 2,
  }).format(hours);
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
