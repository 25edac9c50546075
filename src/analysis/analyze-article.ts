import { englishCountryTable } from '../names/index.ts';
import type { ListEntity, SourcedEntity } from '../core/index.ts';
import type {
  AnalyzedEntity,
  ArticleAnalysis,
  ArticleEntity,
  ExtractedArticle,
  ScreenFunction,
} from './article-types.ts';
import { attributeStatements } from './attribution/attribute-statements.ts';
import { attributeOtherLanguage } from './attribution/attribute-other-language.ts';
import { attributePersian } from './attribution/attribute-persian.ts';
import { attributeArabic } from './attribution/attribute-arabic.ts';
import { applySpeakerLabels } from './attribution/speaker-labels.ts';
import { applyLetterSigner } from './attribution/letter-signer.ts';
import { speakerEntity } from './attribution/speaker-entity.ts';
import { languageCues } from './attribution/other-language-cues.ts';
import { buildGazetteer, type Gazetteer } from './mentions/build-gazetteer.ts';
import { checkArticleSize } from './extract/check-article-size.ts';
import { checkHtmlDepth } from './extract/check-html-depth.ts';
import { cleanText } from './extract/clean-text.ts';
import { extractHtml } from './extract/extract-html.ts';
import { findMentions } from './mentions/find-mentions.ts';
import { guessLanguage } from './extract/guess-language.ts';
import { groupEntities } from './mentions/group-entities.ts';
import { screenEntities } from './report/screen-entities.ts';
import { newsOutletIds } from './report/news-outlets.ts';
import { segmentText } from './attribution/segment-text.ts';

/** An article as decoded text: HTML markup or plain (possibly scraped) text. */
export interface ArticleInput {
  content: string;
  /** `auto` looks at the content: markup with html/head/body or many block tags is HTML. */
  format?: 'html' | 'text' | 'auto';
  url?: string;
}

/** What the pipeline needs from the lists: a screening function and, optionally, the entities. */
export interface AnalyzeOptions {
  /** Screens one name; without it the entities are returned unscreened. */
  screen?: ScreenFunction;
  /** The loaded list entities, for the gazetteer of list names. */
  entities?: readonly SourcedEntity[];
  /** A gazetteer built beforehand (wins over `entities`). */
  gazetteer?: Gazetteer;
  lookupEntity?: (id: string) => ListEntity | undefined;
  lists?: string[];
}

/**
 * Analyses one article: extraction (HTML) or boilerplate removal (text), segmentation, mentions,
 * entities, attribution and screening. Offsets in the answer refer to its `text`.
 */
export async function analyzeArticle(
  input: ArticleInput,
  options: AnalyzeOptions = {},
): Promise<ArticleAnalysis> {
  const gazetteer =
    options.gazetteer ??
    (options.entities === undefined ? undefined : buildGazetteer(options.entities));
  return screenReadArticle(readArticle(input, gazetteer), options);
}

/** An article read but not yet screened: what the text alone says. */
export interface ReadArticle {
  extracted: ExtractedArticle;
  entities: ArticleEntity[];
  statements: ArticleAnalysis['statements'];
  /** Countries the article names, as ISO codes, to weigh birth countries of hits. */
  countries: string[];
  /** The language the text is written in (guessLanguage), or null for another script. */
  language: string | null;
}

/**
 * Stages 1–5 without the lists' screening: extraction, segmentation, mentions, entities and
 * attribution. Synchronous and self-contained, so a server can run it on a worker thread.
 */
export function readArticle(input: ArticleInput, gazetteer?: Gazetteer): ReadArticle {
  checkArticleSize(input.content);
  if (input.format !== 'text') checkHtmlDepth(input.content);
  const extracted = extractArticle(input);
  const segmentation = segmentText(extracted.text);
  // Attribution reads English, German, Spanish, French, Italian, Polish, Czech, Dutch, Portuguese,
  // Turkish, Indonesian, Russian, Ukrainian, Arabic and Persian; in another language
  // every sentence would come out as the writer's own claim, which is false. Names are still found.
  const language = guessLanguage(extracted.text);
  const mentions = findMentions(extracted.text, gazetteer, language);
  const grouped = groupEntities(mentions, segmentation.quotes, segmentation.sentences);
  const cues = languageCues(language);
  const statements =
    language === 'English'
      ? applyLetterSigner(
          extracted.text,
          applySpeakerLabels(
            extracted.text,
            attributeStatements(extracted.text, segmentation, grouped),
            grouped.entities,
            extracted.title,
          ),
          (signature) => speakerEntity(grouped.entities, signature.name.text, signature.name),
          extracted.title,
        )
      : language === 'Arabic'
        ? attributeArabic(extracted.text, segmentation, grouped.entities)
        : language === 'Persian'
          ? attributePersian(extracted.text, segmentation, grouped.entities)
          : cues === undefined
            ? []
            : attributeOtherLanguage(extracted.text, segmentation, grouped.entities, cues);
  if (
    language !== 'English' &&
    language !== 'Arabic' &&
    language !== 'Persian' &&
    cues === undefined
  )
    extracted.warnings.push(
      language === null
        ? 'The text is in a script Sift does not read: Sift reads speakers and sources in English, German, Spanish, French, Italian, Polish, Czech, Dutch, Portuguese, Turkish, Indonesian, Russian, Ukrainian, Arabic and Persian, and finds names in Latin, Cyrillic and Arabic script, so no statement is sorted into sourced or unsourced and only names written in Latin script are found and screened.'
        : `The text looks ${language}, not English: Sift reads speakers and sources in English, German, Spanish, French, Italian, Polish, Czech, Dutch, Portuguese, Turkish, Indonesian, Russian, Ukrainian, Arabic and Persian only, so no statement is sorted into sourced or unsourced. Names are still found and screened.`,
    );
  const countries = grouped.entities
    .filter((e) => e.type === 'place')
    .map((e) => countryCode(e.name))
    .filter((c): c is string => c !== undefined);
  return {
    extracted,
    entities: grouped.entities,
    statements,
    countries: [...new Set(countries)],
    language,
  };
}

/** The last stage: every named person and organisation of a read article screened. */
export async function screenReadArticle(
  read: ReadArticle,
  options: Pick<AnalyzeOptions, 'screen' | 'lookupEntity' | 'lists'>,
): Promise<ArticleAnalysis> {
  const entities: AnalyzedEntity[] =
    options.screen === undefined
      ? read.entities.map((e) => ({ ...e, screening: null }))
      : await screenEntities(read.entities, {
          screen: options.screen,
          articleCountries: read.countries,
          ...(read.language === null ? {} : { articleLanguage: read.language }),
          newsOutlets: newsOutletIds(read.extracted.text, read.entities),
          articleText: read.extracted.text,
          articleOrganisations: read.entities
            .filter((e) => e.type === 'organization')
            .flatMap((e) => [e.name, ...e.aliases]),
          ...(options.lookupEntity === undefined ? {} : { lookupEntity: options.lookupEntity }),
          ...(options.lists === undefined ? {} : { lists: options.lists }),
        });
  return { ...read.extracted, entities, statements: read.statements };
}

/** Stage 1–2 alone: the clean article text and metadata from HTML or scraped text. */
export function extractArticle(input: ArticleInput): ExtractedArticle {
  const format =
    input.format === undefined || input.format === 'auto'
      ? detectFormat(input.content)
      : input.format;
  if (format === 'html') return extractHtml(input.content, input.url);
  const cleaned = cleanText(input.content);
  return {
    title: cleaned.title,
    byline: null,
    published: null,
    site: null,
    tags: cleaned.tags,
    text: cleaned.text,
    removed: cleaned.removed,
    warnings: cleaned.text === '' ? ['The input holds no article text.'] : [],
  };
}

/** True-ish guess whether a text is an HTML page rather than plain text. */
export function detectFormat(content: string): 'html' | 'text' {
  const head = content.slice(0, 2000).trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)/.test(head)) return 'html';
  const tags = content.slice(0, 20000).match(/<\/?(p|div|article|span|a|br|h[1-6])\b[^>]*>/gi);
  if ((tags?.length ?? 0) >= 5) return 'html';
  // A pasted fragment: it opens with a tag and closes one ("<p>…</p>").
  return /^<([a-z][a-z0-9]*)\b[^>]*>[\s\S]*<\/[a-z][a-z0-9]*>/i.test(head) ? 'html' : 'text';
}

function countryCode(name: string): string | undefined {
  const short: Record<string, string> = {
    uk: 'GB',
    us: 'US',
    usa: 'US',
    britain: 'GB',
    england: 'GB',
  };
  return short[name.toLowerCase()] ?? englishCountryTable().getAlpha2Code(name, 'en') ?? undefined;
}
