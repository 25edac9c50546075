import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segmentText } from './segment-text.ts';

describe('segmentText', () => {
  it('does not split sentences after titles, initials or dotted acronyms', () => {
    const text = 'Dr. Amelia Brandt met J. R. Tolkien in the U.S. on Monday. Then she left.';
    const { sentences } = segmentText(text);
    assert.deepEqual(
      sentences.map((s) => s.text),
      ['Dr. Amelia Brandt met J. R. Tolkien in the U.S. on Monday.', 'Then she left.'],
    );
  });

  it('keeps "Md." inside a South Asian name, and ends a sentence after Maryland\'s "Md."', () => {
    const texts = (text: string): string[] => segmentText(text).sentences.map((s) => s.text);
    assert.deepEqual(texts('He met High Commissioner Haznah Md. Hashim on Tuesday. She left.'), [
      'He met High Commissioner Haznah Md. Hashim on Tuesday.',
      'She left.',
    ]);
    assert.deepEqual(texts('The plant is in Bethesda, Md. The company said it would close.'), [
      'The plant is in Bethesda, Md.',
      'The company said it would close.',
    ]);
  });

  it('ends a sentence after the platform X, and keeps an initial after a verb', () => {
    const text = 'Smith posted on X. "It failed," he wrote. They met J. Smith there.';
    assert.deepEqual(
      segmentText(text).sentences.map((s) => s.text),
      ['Smith posted on X.', '"It failed," he wrote.', 'They met J. Smith there.'],
    );
  });

  it('keeps a numbered reference and a lower-case acronym inside their sentence', () => {
    const text =
      'He noted that Legislative Decree No. 20 had helped. Michael Wolfe, a.k.a. Faruq, pleaded guilty at 3 p.m. Police left.';
    const { sentences } = segmentText(text);
    assert.deepEqual(
      sentences.map((s) => s.text),
      [
        'He noted that Legislative Decree No. 20 had helped.',
        'Michael Wolfe, a.k.a. Faruq, pleaded guilty at 3 p.m.',
        'Police left.',
      ],
    );
  });

  it('closes German, guillemet and doubled single quotes with their own marks, and splits before them', () => {
    const text =
      'Er kam. „Wir können nicht“, sagte er. «Das ist klar», sagte sie. Sánchez dijo ‘‘no se trata de eso’’.';
    const { sentences, quotes } = segmentText(text);
    assert.deepEqual(
      quotes.map((q) => q.text),
      ['„Wir können nicht“', '«Das ist klar»', '‘‘no se trata de eso’’'],
    );
    assert.deepEqual(
      sentences.map((s) => s.text),
      [
        'Er kam.',
        '„Wir können nicht“, sagte er.',
        '«Das ist klar», sagte sie.',
        'Sánchez dijo ‘‘no se trata de eso’’.',
      ],
    );
  });

  it('closes a German low opening mark with a straight double mark, as web copy often prints it', () => {
    const text =
      'Er kam. „Russland hat sich entschieden", sagten die Regierungsvertreter. Er ging.';
    assert.deepEqual(
      segmentText(text).quotes.map((q) => q.text),
      ['„Russland hat sich entschieden"'],
    );
  });

  it("reads archive text's doubled apostrophes as one quote mark, past the apostrophes inside", () => {
    const text = "''We won't back down,'' the mayor said. ''It's our city.'' He left.";
    assert.deepEqual(
      segmentText(text).quotes.map((q) => q.text),
      ["''We won't back down,''", "''It's our city.''"],
    );
  });

  it('keeps a question quote with the speaker and verb after it, and ends it before other words', () => {
    const text = '“Is the answer no?” Berman asked. “Why?” Nobody knew.';
    assert.deepEqual(
      segmentText(text).sentences.map((s) => s.text),
      ['“Is the answer no?” Berman asked.', '“Why?”', 'Nobody knew.'],
    );
  });

  it('keeps offsets that point back into the text', () => {
    const text = 'First paragraph here.\n\nSecond one. Third sentence!';
    const { paragraphs, sentences } = segmentText(text);
    assert.equal(paragraphs.length, 2);
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
    assert.deepEqual(
      sentences.map((s) => s.paragraph),
      [0, 1, 1],
    );
  });

  it('finds curly and straight quotes, and a quote split around its attribution', () => {
    const text = '“We waited,” said Tomas, “and waited.” He said "enough" twice.';
    const { quotes } = segmentText(text);
    assert.deepEqual(
      quotes.map((q) => q.text),
      ['“We waited,”', '“and waited.”', '"enough"'],
    );
  });

  it('runs a quote on across paragraphs when the next paragraph reopens it', () => {
    const text = '“The first part of a long statement.\n\n“The second part,” she said.';
    const { quotes } = segmentText(text);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]?.continued, true);
    assert.equal(quotes[0].end, text.indexOf('” she') + 1);
  });

  it('ends a sentence at a closing quote followed by a capital', () => {
    const { sentences } = segmentText('He said “it is over.” The crowd left.');
    assert.equal(sentences.length, 2);
  });

  it('ends a sentence at a dotted abbreviation when a sentence opener follows', () => {
    const text =
      'Attacks rose in the U.S. He said so. Sen. Cruz agreed with Acme Co. The firm did not.';
    const { sentences } = segmentText(text);
    assert.deepEqual(
      sentences.map((s) => s.text),
      [
        'Attacks rose in the U.S.',
        'He said so.',
        'Sen. Cruz agreed with Acme Co.',
        'The firm did not.',
      ],
    );
  });

  it('finds quotes in single marks without closing them at an apostrophe', () => {
    const text =
      '‘The players’ union was not told,’ he added. They don’t agree.\n\n‘We heard nothing.\n\n‘Nothing at all,’ she said.';
    const { quotes } = segmentText(text);
    assert.deepEqual(
      quotes.map((q) => [q.text, q.continued]),
      [
        ['‘The players’ union was not told,’', false],
        ['‘We heard nothing.\n\n‘Nothing at all,’', true],
      ],
    );
  });

  it('finds quotes in plain single marks, never at an apostrophe or a year', () => {
    const text =
      "Boris Johnson said: 'There can be no safe havens for Putin's friends. We will be ruthless.'\n\nIn the '90s the Ukrainians' rights were ignored, he said.";
    const { quotes } = segmentText(text);
    assert.deepEqual(
      quotes.map((q) => q.text),
      ["'There can be no safe havens for Putin's friends. We will be ruthless.'"],
    );
  });
});

describe('segmentText: datelines', () => {
  it('keeps a wire dateline with a state abbreviation in its sentence', () => {
    const text =
      'LOUISVILLE, Ky. (WDRB) -- UPS issued a brief statement. It takes security very seriously.';
    assert.deepEqual(
      segmentText(text).sentences.map((s) => s.text),
      [
        'LOUISVILLE, Ky. (WDRB) -- UPS issued a brief statement.',
        'It takes security very seriously.',
      ],
    );
  });
});
