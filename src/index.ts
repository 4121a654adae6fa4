/**
 * geodigest's library API: the pipeline stages, each usable on its own.
 * ingest → parse → events → timeline → render → deliver.
 */
export type { Diagnostic, Severity } from './diagnostics/Diagnostic.js';
export { formatDiagnostic } from './diagnostics/Diagnostic.js';
export { GeodigestError, ExitCode } from './diagnostics/GeodigestError.js';

export type { Article, ArticleFormat, ArticleInfo, Publication } from './ingest/Article.js';
export { parseArticle, type ParseArticleOptions, type ParsedArticle } from './ingest/parseArticle.js';
export { parseArticles, type ParseArticlesOptions } from './ingest/parseArticles.js';
export type { ParsedArticles } from './ingest/ParsedArticles.js';
export { parseJsonArticles } from './ingest/parseJsonArticles.js';
export { parseFeedArticles, type ParseFeedOptions } from './ingest/parseFeedArticles.js';
export { parseHtmlArticle } from './ingest/parseHtmlArticle.js';
export { readArticles, type ReadArticlesOptions, type ReadArticlesResult, type ReadProgress } from './ingest/readArticles.js';
export { streamArticles, type ArticleStream, type StreamArticlesOptions } from './ingest/streamArticles.js';
export { cleanText, type CleanedText } from './ingest/cleanText.js';
export { dedupeArticles, type DedupedArticles } from './ingest/dedupeArticles.js';
export type { ArticleDefaults } from './ingest/toArticle.js';

export type { Sentence } from './parse/Sentence.js';
export { splitSentences, type SentenceSplit } from './parse/splitSentences.js';
export type { Timex, TimexInput, TimexMod, TimexType } from './parse/temporal/Timex.js';
export { resolveTimexes } from './parse/temporal/resolveTimexes.js';
export { createChrono } from './parse/temporal/createChrono.js';
export type { Entity, EntityKind, Mention } from './parse/entities/Entity.js';
export { EntityTracker } from './parse/entities/EntityTracker.js';

export type { Event, EventKind, EventPrecision, EventRelation, EventSource, EventStatus } from './events/Event.js';
export { extractEvents, type ExtractedEvents } from './events/extractEvents.js';
export { extractArticle, type ArticleOutcome } from './events/extractArticle.js';
export { extractArticles, type ArticleEvents, type ExtractArticlesOptions } from './events/extractArticles.js';
export { ExtractorPool } from './events/ExtractorPool.js';

export { buildTimeline } from './timeline/buildTimeline.js';
export { TimelineMerger } from './timeline/TimelineMerger.js';
export { sectionOf } from './timeline/sectionOf.js';
export type { SectionId } from './timeline/Section.js';

export type { Digest, DigestItem, DigestSection } from './render/Digest.js';
export { buildDigest, type DigestOptions } from './render/buildDigest.js';
export { digestView, type DigestView, type DigestViewOptions } from './render/digestView.js';
export { loadMjmlTemplate, type MjmlTemplate } from './render/MjmlTemplate.js';
export { renderMjml } from './render/renderMjml.js';
export { compileMjml, type CompileMjmlOptions } from './render/compileMjml.js';
export { renderEmail, GMAIL_CLIP_BYTES, type RenderedEmail } from './render/renderEmail.js';
export { renderDigestFiles, type RenderDigestFilesOptions, type RenderedDigestFiles } from './render/renderDigestFiles.js';
export { renderText } from './render/renderText.js';
export { renderMarkdown, type MarkdownOptions } from './render/renderMarkdown.js';
export { escapeMarkdown } from './render/escapeMarkdown.js';
export { renderIcs, type IcsOptions } from './render/renderIcs.js';
export { layoutTimeline, type TimelineLayout, type TimelineLayoutOptions } from './render/layoutTimeline.js';
export { renderTimelineSvg } from './render/renderTimelineSvg.js';
export { renderTimelinePng } from './render/renderTimelinePng.js';
export { renderTimelineJson, TIMELINE_SCHEMA_VERSION } from './render/renderTimelineJson.js';

export { writeFiles, type OutputFile } from './deliver/writeFiles.js';
export { sendDigest, type SendDigestOptions, type SendDigestReport } from './deliver/sendDigest.js';
export { loadDigestMail, type DigestMail } from './deliver/loadDigestMail.js';
export { smtpSettingsFromEnv, type SmtpSettings } from './deliver/smtpSettingsFromEnv.js';
export { parseRecipients } from './deliver/parseRecipients.js';
export { parseMailbox, type Mailbox } from './deliver/parseMailbox.js';
export { renderSubject } from './deliver/renderSubject.js';
export { buildWeek, type BuildWeekOptions, type BuildWeekResult } from './buildWeek.js';
export { digestWeek, type DigestWeekOptions, type DigestWeekResult } from './digestWeek.js';

export type { Interval, Precision, Certainty } from './time/Interval.js';
export { parseIsoWeek, isoWeekOf, type IsoWeek } from './time/isoWeek.js';
