import { createHash } from 'node:crypto';
import {
  receiptContentMismatch,
  receiptTooLarge,
  receiptTypeRefused,
} from '../participants.errors';

/** A photo of a ticket or a PDF invoice fits; a bigger file is a scan at a needless resolution. */
export const RECEIPT_MAX_BYTES = 5 * 1024 * 1024;

/** The first bytes each accepted type starts with: the declared type must be the real one. */
const SIGNATURES: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

export const RECEIPT_TYPES = Object.keys(SIGNATURES);

export interface ReceiptFile {
  filename: string;
  contentType: string;
  content: Buffer;
  sizeBytes: number;
  sha256: string;
}

export function readReceipt(filename: string, contentType: string, base64: string): ReceiptFile {
  const signature = SIGNATURES[contentType];
  if (!signature) throw receiptTypeRefused(RECEIPT_TYPES);
  // Base64 is four characters for three bytes: refuse an oversized file before decoding it.
  if ((base64.length * 3) / 4 > RECEIPT_MAX_BYTES + 3) throw receiptTooLarge(RECEIPT_MAX_BYTES);
  const content = Buffer.from(base64, 'base64');
  if (content.length > RECEIPT_MAX_BYTES) throw receiptTooLarge(RECEIPT_MAX_BYTES);
  if (!signature.every((byte, index) => content[index] === byte)) {
    throw receiptContentMismatch(contentType);
  }
  return {
    // A name is shown and offered for download: no path separators, no control characters.
    filename: filename.replace(/[\\/\p{Cc}]/gu, '_').trim() || 'receipt',
    contentType,
    content,
    sizeBytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}
