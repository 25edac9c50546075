import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
});
