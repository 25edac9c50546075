// "entities it says are fronts for Hezbollah": a verb of saying whose clause has no subject of its
// own (a finite verb follows at once) sits inside a relative clause; its "it" refers back to a body
// named before, never to one named later.
// "a broker it accused of hiding client funds": an accusation whose object is the noun before it.
const SUBJECTLESS_CLAIM =
  /^\s+(?:(?:also|still|now)\s+)?(?:(?:says|said|claims|claimed|alleges|alleged|believes|believed|considers|considered|thinks|thought)\s+(?:(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|remains?|belongs?|belonged)\b)|(?:accuses|accused|suspects|suspected)\s+of\b)/u;

/** Whether the pronoun ending at `pronounEnd` is the subject of an embedded claim ("it says are"). */
export function isEmbeddedClaim(text: string, pronounEnd: number): boolean {
  return SUBJECTLESS_CLAIM.test(text.slice(pronounEnd, pronounEnd + 60));
}
