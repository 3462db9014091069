import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/shared/contract/result';
import { decodeFeedBytes } from '../../../electron/core/catalog/decodeFeedBytes';
import { parseFeed } from '../../../electron/core/catalog/parseFeed';

const fixture = (name: string) => decodeFeedBytes(readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url)));

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('parseFeed: RSS 2.0', () => {
  const feed = parseFeed(fixture('world-rss.xml'));
  const byUrl = (url: string) => feed.items.find((item) => item.url === url);

  it('reads the channel title with its entities decoded', () => {
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('News Example – World');
  });

  it('reads headlines with numeric entities and CDATA', () => {
    expect(feed.items[0]?.title).toBe('Ukraine’s President Zelenskiy Attends U.S. Congress, Urges More Military Aid');
    expect(feed.items[1]?.title).toBe('China & Russia trade surges 32% as western firms leave');
  });

  it('turns an HTML description into plain text', () => {
    expect(feed.items[0]?.summary).toBe(
      'Volodymyr Zelenskiy told the U.S. Congress that aid to Ukraine is “not charity” but an investment in security. The post Zelenskiy appeared first on News Example.',
    );
  });

  it('takes the first category as the section', () => {
    expect(feed.items[0]?.section).toBe('World');
    expect(feed.items[1]?.section).toBe('Business');
  });

  it('reads RFC 822 dates, dc:date in ISO with offsets and named zones', () => {
    expect(feed.items[0]?.publishedAt).toBe('2022-12-22T08:30:00.000Z');
    expect(byUrl('https://news.example.com/world/drones-hit-ukraine-power-grid')?.publishedAt).toBe('2023-01-10T11:00:00.000Z');
    expect(feed.items[2]?.publishedAt).toBe('2023-01-27T13:45:00.000Z');
  });

  it('keeps an article whose date is unreadable, without a date', () => {
    expect(byUrl('https://news.example.com/economy/weekly-briefing')?.publishedAt).toBeNull();
  });

  it('resolves relative links against the site and drops tracking tags and fragments', () => {
    expect(feed.items[1]?.url).toBe('https://news.example.com/business/china-russia-trade-surges?id=7');
    expect(feed.items[2]?.url).toBe('https://news.example.com/world/putin-xi-video-call');
  });

  it('uses a permalink guid when there is no link', () => {
    expect(byUrl('https://news.example.com/world/drones-hit-ukraine-power-grid')?.title).toBe('Drones launched from Iran hit Ukrainian power grid');
  });

  it('drops javascript: and data: links and items without a title, and counts them', () => {
    expect(feed.items.some((item) => /^(javascript|data):/i.test(item.url))).toBe(false);
    expect(feed.items.some((item) => item.title === 'Click here to win' || item.title === 'Tracking pixel')).toBe(false);
    expect(feed.items.some((item) => item.url.endsWith('no-title-here'))).toBe(false);
    expect(feed.skipped).toBe(3);
  });
});

describe('parseFeed: Atom', () => {
  const feed = parseFeed(fixture('politics-atom.xml'));

  it('reads escaped HTML titles and summaries as text', () => {
    expect(feed.format).toBe('atom');
    expect(feed.items[0]?.title).toBe('Senate passes bipartisan aid package & budget');
    expect(feed.items[0]?.summary).toBe('The package includes $45 billion for Ukraine.');
    expect(feed.items[1]?.summary).toBe('Turnout reached 67 per cent, the highest in two decades.');
  });

  it('follows the alternate link against xml:base, not the edit link', () => {
    expect(feed.items[0]?.url).toBe('https://news.example.com/politics/senate-passes-aid-package');
    expect(feed.items[2]?.url).toBe('https://news.example.com/politics/minister-resigns');
  });

  it('takes published, else updated, as the date; category term as the section', () => {
    expect(feed.items[0]?.publishedAt).toBe('2023-01-20T18:30:00.000Z');
    expect(feed.items[1]?.publishedAt).toBe('2023-01-25T01:45:00.000Z');
    expect(feed.items[0]?.section).toBe('Politics');
  });

  it('drops protocol-relative and vbscript: links', () => {
    expect(feed.items.map((item) => item.url).join(' ')).not.toMatch(/evil|vbscript/);
    expect(feed.skipped).toBe(2);
  });
});

describe('parseFeed: Google News sitemap', () => {
  it('reads the news title, date and first keyword', () => {
    const feed = parseFeed(fixture('news-sitemap.xml'));
    expect(feed.format).toBe('news-sitemap');
    expect(feed.items).toEqual([
      {
        url: 'https://news.example.com/world/zelenskiy-attends-us-congress-urges-more-military-aid',
        title: 'Ukraine’s President Zelenskiy Attends U.S. Congress, Urges More Military Aid',
        section: 'World',
        publishedAt: '2022-12-22T08:30:00.000Z',
        summary: '',
      },
      {
        url: 'https://news.example.com/science/arctic-ice-record-low',
        title: 'Arctic sea ice hits a record low for January',
        section: '',
        publishedAt: '2023-01-15T00:00:00.000Z',
        summary: '',
      },
    ]);
    expect(feed.skipped).toBe(1);
  });

  it('says so when a sitemap has no news entries', () => {
    expect(failure(() => parseFeed(fixture('plain-sitemap.xml'))).message).toBe('This sitemap lists pages but no news articles (no news:title).');
  });
});

describe('parseFeed: what is not a feed', () => {
  it('decodes a feed in ISO-8859-1', () => {
    const feed = parseFeed(fixture('latin1-rss.xml'));
    expect(feed.title).toBe('Café society');
    expect(feed.items[0]?.title).toBe('Crème brûlée in São Paulo');
  });

  it('explains that a web page is not a feed', () => {
    const error = failure(() => parseFeed(fixture('not-a-feed.html')));
    expect(error.code).toBe('unreadable_input');
    expect(error.message).toMatch(/^This is a web page, not a feed/);
  });

  it('names the line of malformed XML', () => {
    expect(failure(() => parseFeed(fixture('broken.xml'))).message).toMatch(/^This feed is not well-formed XML \(line 4:/);
  });

  it('refuses other XML, plain text, and entity declarations', () => {
    expect(failure(() => parseFeed('<?xml version="1.0"?><catalog><book/></catalog>')).message).toMatch(/not a feed Newsdesk can read/);
    expect(failure(() => parseFeed('just some words')).message).toBe('This is not a feed: it does not look like XML.');
    const bomb = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>';
    expect(failure(() => parseFeed(bomb)).message).toBe('This feed declares its own XML entities, which Newsdesk does not accept.');
  });

  it('caps oversized titles and summaries', () => {
    const long = 'x'.repeat(5000);
    const xml = `<rss version="2.0"><channel><item><title>${long}</title><link>https://a.example/1</link><description>${long}</description></item></channel></rss>`;
    const [item] = parseFeed(xml).items;
    expect(item?.title.length).toBeLessThanOrEqual(300);
    expect(item?.summary.length).toBeLessThanOrEqual(600);
  });

  it('never keeps markup in a title, even when it is double-escaped', () => {
    const xml = `<rss version="2.0"><channel><item><title>&amp;lt;img src=x onerror=alert(1)&amp;gt;Real headline</title><link>https://a.example/1</link></item></channel></rss>`;
    expect(parseFeed(xml).items[0]?.title).toBe('Real headline');
  });
});

describe('parseFeed: character references in every language', () => {
  const rss = (title: string, description = '') =>
    `<rss version="2.0"><channel><title>T</title><item><title>${title}</title><link>https://a.example/1</link><description>${description}</description></item></channel></rss>`;

  it('decodes every HTML5 named reference, keeping capitals apart from small letters', () => {
    const feed = parseFeed(rss('&amp;Eacute;lys&amp;eacute;e: M&amp;ouml;ller &amp;amp; &amp;Aring;se &amp;ndash; &amp;notin; &amp;hearts;'));
    expect(feed.items[0]?.title).toBe('Élysée: Möller & Åse – ∉ ♥');
  });

  it('decodes numeric references in titles and HTML descriptions', () => {
    const feed = parseFeed(rss('&amp;#x666E;&amp;#20140; visits', '<![CDATA[<p>Caf&eacute; &#8220;S&atilde;o Paulo&#8221; &Ccedil;a&nbsp;va</p>]]>'));
    expect(feed.items[0]?.title).toBe('普京 visits');
    expect(feed.items[0]?.summary).toBe('Café “São Paulo” Ça va');
  });
});
