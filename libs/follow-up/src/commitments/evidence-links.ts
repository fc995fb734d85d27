import { invalidEvidenceLink } from '../follow-up.errors';

export const MAX_EVIDENCE_LINKS = 10;
const MAX_LINK_LENGTH = 2000;

/** Web links only: a `javascript:` or `file:` link shown to the public would be a trap. */
export function checkedEvidence(links: readonly string[]): string[] {
  return links.map((raw) => {
    const link = raw.trim();
    let url: URL | null = null;
    try {
      url = new URL(link);
    } catch {
      url = null;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || link.length > MAX_LINK_LENGTH) {
      throw invalidEvidenceLink(link);
    }
    return link;
  });
}
