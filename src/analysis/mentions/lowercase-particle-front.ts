import { guessLanguage } from '../extract/guess-language.ts';

// "de Tocqueville", "von der Leyen", "van Gogh": a surname written with its lower-case particles.
// GUM heads such a name on its first particle (UD "flat" names are headed by their first word),
// and the screening reads the surname with them.
const PARTICLES_BEFORE =
  /(?<![\p{L}\p{N}'’.-])((?:(?:de|da|di|du|del|della|der|den|van|von|le|la|ten|ter|dos|das)[ \t]+){1,2})$/u;
// A capitalised word inside a sentence before the particles makes them the middle of a longer
// name ("Penon de Coron", "Alexis de Tocqueville"), which is not this name's to take.
const NAME_BEFORE = /(?<![.!?]["”’]?[ \t]*|\n|^)\p{Lu}[\p{L}'’-]*[ \t]+$/u;

// The last text read and whether it is English (one article asks once per name).
let lastText = '';
let lastEnglish = false;

/**
 * The start of a person's name moved back over the lower-case particles that open it, in English
 * text only: in French, German or Spanish they are prepositions ("les avoirs de Vladimir Poutine").
 */
export function lowercaseParticleFront(text: string, start: number): number {
  const particles = PARTICLES_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (particles === null) return start;
  const front = start - (particles[1] ?? '').length;
  if (NAME_BEFORE.test(text.slice(0, front)) || !isEnglish(text)) return start;
  return front;
}

function isEnglish(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastEnglish = guessLanguage(text) === 'English';
  }
  return lastEnglish;
}
