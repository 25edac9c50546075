/** Title, byline, date, site and tags of a page, from its own markup. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  site: string | null;
  tags: string[];
}

interface QueryableDocument {
  querySelectorAll(selector: string): ArrayLike<{
    getAttribute(name: string): string | null;
    textContent: string | null;
  }>;
}

/**
 * Reads page metadata from JSON-LD (NewsArticle and kin), then OpenGraph and `article:*` meta
 * tags, then plain `<meta name>` tags: publishers fill these more reliably than the visible page.
 */
export function readPageMetadata(document: QueryableDocument): PageMetadata {
  const meta = new Map<string, string[]>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? '')
      .trim()
      .toLowerCase();
    const value = element.getAttribute('content')?.trim();
    if (key === '' || value === undefined || value === '') continue;
    meta.set(key, [...(meta.get(key) ?? []), value]);
  }
  const first = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = meta.get(key)?.[0];
      if (value !== undefined) return value;
    }
    return null;
  };
  const ld = readJsonLd(document);
  const keywords = [
    ...(meta.get('article:tag') ?? []),
    ...(meta.get('news_keywords') ?? []).flatMap((k) => k.split(',')),
    ...(meta.get('keywords') ?? []).flatMap((k) => k.split(',')),
  ];
  const tags = [...new Set([...ld.tags, ...keywords].map((t) => t.trim()).filter(Boolean))];
  const titleElement = document.querySelectorAll('title')[0]?.textContent?.trim();
  return {
    title: ld.title ?? first('og:title', 'twitter:title') ?? (titleElement || null),
    byline: ld.author ?? first('author', 'article:author', 'byl'),
    published: ld.published ?? first('article:published_time', 'date', 'pubdate', 'dc.date'),
    site: ld.site ?? first('og:site_name', 'application-name'),
    tags,
  };
}

interface LdFacts {
  title: string | null;
  author: string | null;
  published: string | null;
  site: string | null;
  tags: string[];
}

function readJsonLd(document: QueryableDocument): LdFacts {
  const facts: LdFacts = { title: null, author: null, published: null, site: null, tags: [] };
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Broken JSON-LD is common; the meta tags still give the facts.
    }
    for (const node of flatten(data)) {
      const rawType = node['@type'];
      const type = Array.isArray(rawType)
        ? rawType.join(' ')
        : typeof rawType === 'string'
          ? rawType
          : '';
      if (!/Article|Posting|Report|WebPage/i.test(type)) continue;
      facts.title ??= text(node.headline) ?? text(node.name);
      facts.author ??= names(node.author);
      facts.published ??= text(node.datePublished);
      facts.site ??= names(node.publisher);
      const keywords = node.keywords;
      if (typeof keywords === 'string') facts.tags.push(...keywords.split(','));
      else if (Array.isArray(keywords)) facts.tags.push(...keywords.map(String));
    }
  }
  return facts;
}

function flatten(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (typeof data !== 'object' || data === null) return [];
  const record = data as Record<string, unknown>;
  return [record, ...flatten(record['@graph'])];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function names(value: unknown): string | null {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) {
    const all = value.map(names).filter((n): n is string => n !== null);
    return all.length > 0 ? all.join(', ') : null;
  }
  if (typeof value === 'object' && value !== null)
    return text((value as Record<string, unknown>).name);
  return null;
}
