import { documentTextFromUpload, htmlToText, IntakeInputError } from '../../../src/intake';

const refusal = (fileName: string, bytes: Buffer) => {
  try {
    documentTextFromUpload(fileName, bytes);
  } catch (error) {
    return error;
  }
  throw new Error('not refused');
};

describe('intake: uploads and HTML', () => {
  it('keeps the words of HTML, without scripts, styles, links or images as markup', () => {
    const html =
      '<html><head><title>Kop</title><style>p { color: red }</style><script>alert("x")</script></head>' +
      '<body><h1>Gouden nieuws</h1><p>Lees <a href="https://example.org/x">het verslag</a> ' +
      '<img src="a.png" alt="foto"> van <b>Zwolle</b>.</p><script>document.write("weg")</script></body></html>';
    const text = htmlToText(html);
    expect(text).toContain('Gouden nieuws');
    expect(text).toContain('Lees het verslag');
    expect(text).toContain('Zwolle');
    for (const gone of ['alert', 'color', 'weg', 'https://', 'a.png', '<', '>', '[', 'Kop'])
      expect(text).not.toContain(gone);
  });

  it('reads .txt and .md as UTF-8, and .html/.htm through htmlToText', () => {
    expect(documentTextFromUpload('notitie.txt', Buffer.from('Súdwest-Fryslân', 'utf8'))).toBe(
      'Súdwest-Fryslân',
    );
    expect(documentTextFromUpload('LEESMIJ.MD', Buffer.from('# Kop\n\ntekst', 'utf8'))).toBe(
      '# Kop\n\ntekst',
    );
    expect(documentTextFromUpload('pagina.htm', Buffer.from('<p>Hallo <i>wereld</i></p>'))).toBe(
      'Hallo wereld',
    );
    // A byte-order mark is no text.
    expect(documentTextFromUpload('bom.txt', Buffer.from('\ufeffHallo', 'utf8'))).toBe('Hallo');
  });

  it('refuses another extension, naming the file', () => {
    const error = refusal('verslag.pdf', Buffer.from('%PDF-1.7'));
    expect(error).toBeInstanceOf(IntakeInputError);
    expect(error).toMatchObject({ field: 'file', message: expect.stringContaining('verslag.pdf') });
    expect(refusal('zonder-extensie', Buffer.from('tekst'))).toBeInstanceOf(IntakeInputError);
  });

  it('refuses NUL bytes, binary files and text that is not UTF-8', () => {
    expect(refusal('nul.txt', Buffer.from('tekst\u0000meer', 'utf8'))).toMatchObject({
      field: 'file',
      message: expect.stringContaining('nul.txt'),
    });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(refusal('plaatje.txt', png)).toBeInstanceOf(IntakeInputError);
    const latin1 = Buffer.from('Caf\u00e9 in Zwolle', 'latin1');
    expect(refusal('oud.txt', latin1)).toMatchObject({
      field: 'file',
      message: expect.stringMatching(/oud\.txt.*UTF-8/),
    });
    expect(refusal('pagina.html', Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0xfe]))).toBeInstanceOf(
      IntakeInputError,
    );
  });
});
