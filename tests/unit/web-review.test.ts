import { segmentText } from '../../web/src/review/segments';
import { decodeUpload, documentIdFromTitle, formatOfFile } from '../../web/src/review/upload';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('reading an upload in the browser (web/src/review/upload.ts)', () => {
  it('takes .txt, .md and .html as TEXT, MARKDOWN and HTML, and nothing else', () => {
    expect(['a.txt', 'b.MD', 'c.d.html', 'e.pdf', 'f', 'g.htm'].map(formatOfFile)).toEqual([
      'TEXT',
      'MARKDOWN',
      'HTML',
      null,
      null,
      null,
    ]);
    expect(decodeUpload('x.docx', bytes('tekst'))).toEqual({ ok: false, problem: 'extension' });
  });

  it('reads UTF-8 text verbatim, and refuses binary (NUL bytes) and other encodings', () => {
    expect(decodeUpload('x.html', bytes('<p>Één café</p>'))).toEqual({
      ok: true,
      text: '<p>Één café</p>',
      format: 'HTML',
    });
    expect(decodeUpload('x.txt', new Uint8Array([80, 75, 3, 4, 0, 0]).buffer)).toEqual({
      ok: false,
      problem: 'binary',
    });
    // "café" in Latin-1: 0xE9 alone is not UTF-8.
    expect(decodeUpload('x.txt', new Uint8Array([99, 97, 102, 0xe9]).buffer)).toEqual({
      ok: false,
      problem: 'encoding',
    });
  });

  it('makes a document id from the title', () => {
    expect(documentIdFromTitle('Gemeente Lindewaard ontvangt de titel!')).toBe(
      'document:gemeente-lindewaard-ontvangt-de-titel',
    );
    expect(documentIdFromTitle('  Één  café — 2024 ')).toBe('document:een-cafe-2024');
    expect(documentIdFromTitle('—')).toBe('');
  });
});

describe('marking proposals in the text (web/src/review/segments.ts)', () => {
  it('cuts the text at every span, innermost span first, clamping to the text', () => {
    const text = 'De gemeente Lindewaard is voorgedragen.';
    const segments = segmentText(text, [
      { id: 'r', kind: 'RELATIONSHIP', start: 3, end: 38 },
      { id: 'n', kind: 'NEW_NODE', start: 12, end: 22 },
      { id: 'x', kind: 'MENTION', start: 30, end: 99 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.text, s.spans.map((span) => span.id)])).toEqual([
      ['De ', []],
      ['gemeente ', ['r']],
      ['Lindewaard', ['n', 'r']],
      [' is voor', ['r']],
      ['gedragen', ['x', 'r']],
      ['.', ['x']],
    ]);
  });
});
