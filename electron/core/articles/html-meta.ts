import type { DomNode } from './dom-text';

/** Meta tags that give a page's publication date, by their name, property or itemprop (lower case), most specific first. */
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish_date',
  'publication_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'date',
];

interface QueryableDocument {
  querySelectorAll?: (selector: string) => ArrayLike<DomNode>;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A calendar date at the start of a metadata value: `2024-10-14T08:00:00+08:00`, `2024/10/14`,
 * `2024年10月14日`, `20241014`. The date is taken as the publisher wrote it (no time zone shift).
 */
export function metadataValueDate(value: string): string | null {
  const m = /^\s*(\d{4})(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})|(\d{2})(\d{2}))(?!\d)/u.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The publication date an HTML page states in its metadata: `<meta>` tags such as
 * `article:published_time`, `pubdate`, `og:`/`dc.` dates and `itemprop="datePublished"`, else the
 * first `<time datetime>`. `YYYY-MM-DD`, or null when the page states none.
 */
export function htmlPublicationDate(document: DomNode): string | null {
  const query = (document as QueryableDocument).querySelectorAll;
  if (!query) return null;
  const found = new Map<string, string>();
  const metas = query.call(document, 'meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i];
    const key = (meta.getAttribute?.('property') ?? meta.getAttribute?.('name') ?? meta.getAttribute?.('itemprop') ?? '').trim().toLowerCase();
    const date = metadataValueDate(meta.getAttribute?.('content') ?? '');
    if (date && DATE_META.includes(key) && !found.has(key)) found.set(key, date);
  }
  for (const key of DATE_META) {
    const date = found.get(key);
    if (date) return date;
  }
  const times = query.call(document, 'time[datetime]');
  for (let i = 0; i < times.length; i++) {
    const date = metadataValueDate(times[i].getAttribute?.('datetime') ?? '');
    if (date) return date;
  }
  return null;
}
