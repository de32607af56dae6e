-- 0009 (2026-11-23): what the feed or sitemap said about an article when it listed it, kept with
-- the fetched page so the clean stage can fall back on it when the page itself hides its date or
-- headline. NULL when the listing gave none (listing pages give no date; urlset sitemaps no title).
-- listed_published_at: the feed item's pubDate/updated, or the sitemap's news:publication_date or
-- lastmod (a lastmod may be a later edit time, so prefer the page's own date).
ALTER TABLE raw_pages ADD COLUMN listed_published_at timestamptz;
ALTER TABLE raw_pages ADD COLUMN listed_title text;
