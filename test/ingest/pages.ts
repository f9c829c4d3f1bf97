/**
 * Invented but real-looking pages for the ingest tests: a news article with site chrome, metadata and a caption;
 * a bare page with no metadata; an index page with no article text.
 */

/** The article's paragraphs as they should come out. */
export const ARTICLE_PARAGRAPHS = [
  'Ferry crews on the Calloway line ended their strike on Saturday after roughly six hours of talks with the operators in Port Ellery.',
  'The agreement raises night-shift pay by 4% and adds a second crew on the early crossing, union negotiator Ines Varga told reporters outside the harbour office.',
  '“We did not get everything, but the islands will have their boats back on Monday,” Varga said.',
  'Operators said the first sailing would leave Port Ellery at 6:15 a.m. About 2,300 passengers had been stranded on the islands during the week-long walkout.',
];

/** A news page: navigation, header, byline, a figure with a caption, a related-links aside, a footer. */
export function articlePage(options: { canonical?: string } = {}): string {
  const canonical = options.canonical ?? 'https://www.islandherald.example/news/2031/05/17/ferry-strike-ends';
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Ferry strike ends after six-hour talks | The Island Herald</title>
  <meta property="og:title" content="Ferry strike ends after six-hour talks">
  <meta property="og:site_name" content="The Island Herald">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2031-05-17T18:42:00+01:00">
  <meta name="author" content="Maren Lutz">
  <link rel="canonical" href="${canonical}">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry strike ends after six-hour talks","datePublished":"2031-05-17T18:42:00+01:00","author":{"@type":"Person","name":"Maren Lutz"},"publisher":{"@type":"Organization","name":"The Island Herald"}}</script>
  <style>.nav{display:flex}</style>
</head>
<body>
  <nav class="nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
  <header class="site-header"><a href="/" class="logo">The Island Herald</a><form><input name="q"><button>Search</button></form></header>
  <main>
    <article class="story">
      <h1 class="headline">Ferry strike ends after six-hour talks</h1>
      <p class="byline">By <a href="/authors/maren-lutz">Maren Lutz</a>, transport correspondent</p>
      <time datetime="2031-05-17T18:42:00+01:00">17 May 2031</time>
      <figure><img src="/img/ferry.jpg" alt="A ferry"><figcaption>Crews meet in Calloway on Saturday. Photo: Island Herald</figcaption></figure>
      <div class="story-body">
        ${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n        ')}
      </div>
      <aside class="related"><h2>Related</h2><ul><li><a href="/a">Harbour fees to rise</a></li><li><a href="/b">New timetable</a></li></ul></aside>
    </article>
  </main>
  <footer><p>© 2031 The Island Herald. All rights reserved.</p><p><a href="/privacy">Privacy</a></p></footer>
</body>
</html>`;
}

/** The same article with no metadata at all: nothing about it may be invented. */
export function barePage(): string {
  return `<html><body><div id="content"><h2>Untitled</h2>${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
}

/** A page with links and furniture but no article text. */
export function emptyPage(): string {
  return `<!DOCTYPE html><html><head><title>Sections | The Island Herald</title><meta property="og:site_name" content="The Island Herald"></head>
<body><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav><main><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul></main><footer>© 2031</footer></body></html>`;
}
