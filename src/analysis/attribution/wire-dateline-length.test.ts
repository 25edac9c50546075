import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wireDatelineLength } from './wire-dateline-length.ts';

const rest = (sentence: string): string => sentence.slice(wireDatelineLength(sentence));

describe('wireDatelineLength', () => {
  it('finds the wire datelines of the agencies, with place, date and agency in any part', () => {
    assert.equal(
      rest('Dec. 28 (UPI) -- Ukrainian President Volodymyr Zelensky said'),
      'Ukrainian President Volodymyr Zelensky said',
    );
    assert.equal(
      rest('KYIV, Ukraine, Dec. 28 (UPI) -- Russia launched drones.'),
      'Russia launched drones.',
    );
    assert.equal(
      rest('ADDIS ABABA (Reuters) -Authorities in the capital'),
      'Authorities in the capital',
    );
    assert.equal(
      rest('WASHINGTON (AP) — The Treasury Department said'),
      'The Treasury Department said',
    );
    assert.equal(
      rest('Mogadishu - (AFP) - At least six people died.'),
      'At least six people died.',
    );
    assert.equal(rest('ST. LOUIS, MO. — During an exchange'), 'During an exchange');
    assert.equal(
      rest('MOSCOW (UrduPoint News / Sputnik - 17th July, 2023) The Russian Foreign Ministry'),
      'The Russian Foreign Ministry',
    );
    assert.equal(
      rest("WASHINGTON // Pakistan's security agency yesterday denied"),
      "Pakistan's security agency yesterday denied",
    );
    assert.equal(
      rest('Apr 28, 2013 – DAMASCUS – Minister of Justice Najm al-Ahmad said'),
      'Minister of Justice Najm al-Ahmad said',
    );
  });

  it('finds a dateline that puts the day before a French, Spanish or German month', () => {
    assert.equal(
      rest('BEYROUTH, 19 août (Xinhua) -- Le président libanais Michel Aoun a déclaré'),
      'Le président libanais Michel Aoun a déclaré',
    );
    assert.equal(rest('MADRID, 3 de marzo (EFE) - El ministro dijo'), 'El ministro dijo');
    assert.equal(rest('BERLIN, 7. Oktober (dpa) - Der Minister sagte'), 'Der Minister sagte');
  });

  it('leaves a sentence whose subject a dash sets off', () => {
    assert.equal(wireDatelineLength('Clinton — who was ill — left early.'), 0);
    assert.equal(wireDatelineLength('The U.S. - and Britain - agreed.'), 0);
    assert.equal(wireDatelineLength('UN — The council met.'), 0);
    assert.equal(wireDatelineLength("UNICEF (the UN children's agency) Director Jane Doe said"), 0);
  });
});
