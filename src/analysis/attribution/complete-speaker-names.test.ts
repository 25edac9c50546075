import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleEntity, Statement } from '../article-types.ts';
import { completeSpeakerNames } from './complete-speaker-names.ts';
import { speakersOf as speakers } from './test-speakers.ts';

describe('completeSpeakerNames', () => {
  it('keeps the name-part honorific of a one-word name, and drops an office title', () => {
    assert.deepEqual(
      speakers(
        'Haji Janan, a tribal elder in Kandahar, said the road was closed. Janan added that nobody had come. Sheikh Naim Qassem said Hezbollah would respond.',
      ),
      ['Haji Janan', 'Haji Janan', 'Naim Qassem'],
    );
  });

  it('gives a surname the one full name the article introduced', () => {
    const statements = speakers(
      'Apr 28, 2013 – DAMASCUS – Minister of Justice, Najm al-Ahmad, said the Ministry is preparing laws.\n\nAl-Ahmad pointed out that the decision had one reason.',
    );
    assert.equal(statements[1], 'Najm al-Ahmad');
  });

  it('completes a body named by its head word with the capitalised words before it', () => {
    assert.deepEqual(
      speakers(
        "The Hillsborough County Sheriff's Office said the boy was arrested. The appeal came after the Tigray People’s Liberation Front (TPLF) claimed to have captured several towns.",
      ),
      ["Hillsborough County Sheriff's Office", 'Tigray People’s Liberation Front'],
    );
  });

  it('keeps a given name the name finder left out before a name that opens its sentence', () => {
    const text =
      'Dawn Austwick, chief executive of the Esmee Fairbairn Foundation, told the conference that grants held up. She said core costs mattered.';
    const second = text.indexOf('She');
    const entity: ArticleEntity = {
      id: 'a',
      name: 'Austwick',
      type: 'person',
      aliases: [],
      honorifics: [],
      mentions: [
        { start: 5, end: 13, text: 'Austwick' },
        { start: second, end: second + 3, text: 'She' },
      ],
    };
    const statement = (start: number, end: number, source: string): Statement => ({
      start,
      end,
      text: text.slice(start, end),
      kind: 'reported',
      speaker: 'a',
      speakerName: 'Austwick',
      medium: null,
      cue: 'said',
      source: {
        start: text.indexOf(source, start),
        end: text.indexOf(source, start) + source.length,
        text: source,
      },
    });
    const statements = [
      statement(0, second - 1, 'Austwick'),
      statement(second, text.length, 'She'),
    ];
    completeSpeakerNames(text, statements, new Map([['a', entity]]));
    assert.deepEqual(
      statements.map((s) => s.speakerName),
      ['Dawn Austwick', 'Dawn Austwick'],
    );
  });

  it('gives a surname the full name an earlier statement gave its unnamed-by-the-tagger speaker', () => {
    assert.deepEqual(
      speakers(
        'Trusts and foundations have lost between 20 and 30 per cent of their value, argued the head of a top foundation.\n\nDawn Austwick, chief executive of the Esmee Fairbairn Foundation, told a conference in London yesterday that her own organisation kept up its grant-making.\n\nAustwick called for more core funding.',
      ),
      [null, 'Dawn Austwick', 'Dawn Austwick'],
    );
  });
});
