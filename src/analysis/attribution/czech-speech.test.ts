import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticleSpeakers } from './test-speakers.ts';

// Czech wire copy: the speaker after the verb and a quote ("… uvedl Jan Novák"), the past tense by
// the subject's gender ("uvedla ministryně"), "Řekl to X" after what was said, a role with its
// adjective alone after the verb, and the subject left out. Made-up sentences in the shapes of ČTK
// copy, not rows of the article set.

describe('Czech articles', () => {
  it('gives quotes to the speaker after the verb, by the feminine and masculine past', () => {
    const text = [
      'Vláda ve čtvrtek schválila nový rozpočet na příští rok a poslala ho do sněmovny.',
      '"Rozpočet je vyrovnaný a bezpečný," uvedla ministryně financí Jana Dvořáková.',
      '"Na tom se nic nezmění," řekl novinářům po jednání Petr Svoboda.',
    ].join('\n\n');
    const { speakers } = readArticleSpeakers(text);
    assert.deepEqual(speakers.slice(1), ['Jana Dvořáková', 'Petr Svoboda']);
  });

  it('gives the sentence before "Řekl to …" to the speaker named after it', () => {
    const text = [
      'Praha je připravena poslat další pomoc, pokud o ni vláda v Kyjevě požádá.',
      'Řekl to český ministr zahraničí Jan Novák v rozhovoru pro rozhlas, který byl odvysílán ve středu.',
      'Podle něj je také nutné, aby se na pomoci podílely všechny státy unie, které to dosud neudělaly.',
    ].join('\n\n');
    const { speakers } = readArticleSpeakers(text);
    assert.deepEqual(speakers.slice(0, 2), ['Jan Novák', 'Jan Novák']);
  });

  it('reads a Russian name declined in Czech from its given name, not the place before it', () => {
    const text = [
      'Ruský ministr zahraničí Sergej Lavrov v úterý navštívil Caracas a jednal s tamní vládou o válce na Ukrajině a o sankcích, které jsou na zemi uvaleny.',
      '"Je třeba spojit síly," řekl Lavrov na společné tiskové konferenci.',
    ].join('\n\n');
    const { speakers } = readArticleSpeakers(text);
    assert.equal(speakers.at(-1), 'Sergej Lavrov');
  });
});
