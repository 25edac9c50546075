import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeText } from './test-speakers.ts';

const attribute = attributeText;

describe('attributeStatements', () => {
  it('takes the person after a job title as the speaker, not the office in the title', () => {
    const [first, second] = attribute(
      '"Houthi leaders have shown their intent," said Treasury Secretary Scott Bessent. "We will use all tools," said Acting Under Secretary of the Treasury for Terrorism and Financial Intelligence Bradley T. Smith.',
    );
    assert.equal(first?.speakerName, 'Scott Bessent');
    assert.equal(second?.speakerName, 'Bradley T. Smith');
  });

  it('takes the person before an apposition that names an office', () => {
    const [first] = attribute(
      "Andrea Gacki, director of the Treasury's Office of Foreign Assets Control, said Hezbollah abuses the banks.",
    );
    assert.equal(first?.speakerName, 'Andrea Gacki');
  });

  it('gives "He added" and a following all-quote paragraph to the last person who spoke', () => {
    const statements = attribute(
      'Naim Qassem said that the party is still strong. He added it regained its capabilities.\n\nLord Cameron said: "We will continue to use every tool at our disposal."\n\n"The Palestinian people are victims of Hamas too."',
    );
    assert.equal(statements[1]?.speakerName, 'Naim Qassem');
    assert.equal(statements.at(-1)?.speakerName, 'Cameron');
  });

  it('resolves a pronoun speaker and the medium of reported speech', () => {
    const [first, second] = attribute(
      'Council leader Dr. Amelia Brandt told the Courier the plan was sound. She added that boats would sail in spring.',
    );
    assert.equal(first?.kind, 'reported');
    assert.equal(first.speakerName, 'Amelia Brandt');
    assert.equal(first.medium, 'the Courier');
    assert.equal(first.cue, 'told');
    assert.equal(second?.speakerName, 'Amelia Brandt');
    assert.equal(second.cue, 'added');
  });

  it('finds the speaker after a closing quote and carries it to the next quoted sentence', () => {
    const statements = attribute(
      'The panel met in May.\n\n“The central problem is money,” the experts said. “Everything else follows”.',
    );
    assert.deepEqual(
      statements.map((s) => s.kind),
      ['unattributed', 'quote', 'quote'],
    );
    assert.equal(statements[1]?.speakerName, 'experts');
    assert.equal(statements[2]?.speakerName, 'experts');
  });

  it('skips a relative clause to find the subject that speaks', () => {
    const [statement] = attribute(
      'Dame Sara, who now advises secretary Michael Gove on policy, also claimed that groups misuse the word.',
    );
    assert.equal(statement?.speakerName, 'Sara');
    assert.equal(statement.cue, 'claimed');
  });

  it('marks vague sources as weakly sourced', () => {
    const statements = attribute(
      'According to media reports, the city is tense. It is believed that the talks failed. Critics say the plan is rushed.',
    );
    assert.deepEqual(
      statements.map((s) => s.kind),
      ['weakly-sourced', 'weakly-sourced', 'weakly-sourced'],
    );
  });

  it('leaves the writer’s own assertions unattributed', () => {
    const statements = attribute(
      'The scheme was launched in 2007. What does that mean? Nobody knows.',
    );
    assert.deepEqual(
      statements.map((s) => s.kind),
      ['unattributed', 'unattributed', 'unattributed'],
    );
  });

  it('takes an opening "In a statement" for the cue only where no speech verb follows', () => {
    const [statement, interview] = attribute(
      'In a statement issued Tuesday, Hillary Clinton was more circumspect. In an interview with CNN, Trump criticized the plan.',
    );
    assert.equal(statement?.cue, 'in a statement');
    assert.equal(interview?.cue, 'criticized');
    assert.equal(interview?.speakerName, 'Trump');
  });

  it('counts an intention followed by a "that" clause, but not a noun before a relative clause', () => {
    const [hope, plan] = attribute(
      'He is hoping that states will allow it. The plan that was unveiled failed.',
    );
    assert.equal(hope?.kind, 'reported');
    assert.equal(hope?.cue, 'hoping');
    assert.equal(plan?.kind, 'unattributed');
  });

  it('reads the source of "according to" after the cue', () => {
    const [statement] = attribute('According to the panel, the group controls the capital.');
    assert.equal(statement?.kind, 'reported');
    assert.equal(statement.speakerName, 'panel');
  });
  it('picks the most telling cue word when a sentence has several', () => {
    const [statement] = attribute(
      'Making the rounds on the Sunday morning shows, Senator Ted Cruz said he was ready.',
    );
    assert.equal(statement?.kind, 'reported');
    assert.equal(statement.cue, 'said');
    assert.equal(statement.speakerName, 'Ted Cruz');
  });

  it('gives the relative pronoun as the source and its antecedent as the speaker', () => {
    const statements = attribute(
      'The plan was backed by Senator Ted Cruz, who said it would pass.',
    );
    assert.equal(statements[0]?.source?.text, 'who');
    assert.equal(statements[0].speakerName, 'Ted Cruz');
  });

  it('resolves "it said" to the organisation that spoke just before, and only to it', () => {
    const statements = attribute(
      'The World Health Organization said on Monday that cases had fallen. It said vaccines had helped. ' +
        'Islamic State lost ground in the north. Nonetheless, it said the attacks would go on.',
    );
    assert.equal(statements[1]?.source?.text, 'It');
    assert.match(statements[1].speakerName ?? '', /Health Organization/);
    assert.equal(statements[3]?.kind, 'reported');
    assert.equal(statements[3].source?.text, 'it');
    assert.equal(statements[3].speaker, null);
  });

  it('does not take a passive use of a cue word for an attribution', () => {
    const [statement] = attribute('Just over 6,000 people were referred to the scheme last year.');
    assert.equal(statement?.kind, 'unattributed');
  });

  it('takes neither a duty to report nor a naming participle for an attribution', () => {
    const [duty, participle, active] = attribute(
      'All property is blocked and must be reported to OFAC. As have Igor Sechin and four more described as being in the inner circle. It was what she described as a betrayal.',
    );
    assert.equal(duty?.kind, 'unattributed');
    assert.equal(participle?.kind, 'unattributed');
    assert.equal(active?.kind, 'reported');
  });

  it('takes "added" with an object and "to" for an addition, not for speech', () => {
    const [list, names, clause, colon] = attribute(
      'Trump added the Houthis back to the terror list in March. Treasury also added 13 names to the SDN list. She added the group had moved to Kabul. He added: “We will go to the UN.”',
    );
    assert.equal(list?.kind, 'unattributed');
    assert.equal(names?.kind, 'unattributed');
    assert.equal(clause?.kind, 'reported');
    assert.equal(colon?.kind, 'quote');
  });

  it('counts a thought with a subject right before it, but not the writer’s own', () => {
    const [voters, writer, nobody] = attribute(
      'Most voters believe the economy is weak. We believe the economy is weak. Nobody knows the answer.',
    );
    assert.equal(voters?.kind, 'reported');
    assert.equal(voters.source?.text, 'Most voters');
    assert.equal(writer?.kind, 'unattributed');
    assert.equal(nobody?.kind, 'unattributed');
  });

  it('leaves the writer’s "we need to remember" and a participle before "of" unattributed', () => {
    const statements = attribute(
      'We need to remember, the threat is growing. It later emerged that the man suspected of the attack had been referred to Prevent.',
    );
    assert.deepEqual(
      statements.map((s) => s.kind),
      ['unattributed', 'unattributed'],
    );
  });

  it('does not take a name after a weak cue for its subject', () => {
    const [statement] = attribute(
      'Over 6,000 people were referred to the scheme, because of concerns they were at risk.',
    );
    assert.equal(statement?.kind, 'unattributed');
  });

  it('reads a fixed reporting phrase as a cue with the subject before it', () => {
    const [statement] = attribute('The senator points out that taxes rose.');
    assert.equal(statement?.kind, 'reported');
    assert.equal(statement.cue, 'points out');
    assert.equal(statement.source?.text, 'The senator');
  });

  it('gives the source span of a phrase after "according to" that names no known entity', () => {
    const [statement] = attribute('According to a recent poll of voters, the mayor leads.');
    assert.equal(statement?.source?.text, 'a recent poll of voters');
  });

  it('takes the noun phrase after a closing quote as the source', () => {
    const [statement] = attribute(
      '“Everything that was said has overlapped,” the judge exclaimed.',
    );
    assert.equal(statement?.kind, 'quote');
    assert.equal(statement.source?.text, 'the judge');
  });

  it('takes the main verb, not an opening participle, for the cue', () => {
    const [statement] = attribute(
      'Asked about her vote, Senator Jane Smith replied that she was undecided.',
    );
    assert.equal(statement?.cue, 'replied');
    assert.equal(statement.speakerName, 'Jane Smith');
  });

  it('takes the main clause’s verb over a cue inside an opening phrase', () => {
    const [statement] = attribute(
      'In the statement announcing the sanctions, the Treasury Department said: "Al-Jamal directs a web of front companies."',
    );
    assert.equal(statement?.cue, 'said');
    assert.equal(statement.speakerName, 'Treasury Department');
  });

  it('takes a closing ", Name said on Saturday." over an earlier verb that can be a cue', () => {
    const [statement] = attribute(
      'Russia has added Foreign Secretary James Cleverly to the sanctions list, Russian Foreign Ministry spokeswoman Maria Zakharova said on Saturday.',
    );
    assert.equal(statement?.cue, 'said');
    assert.equal(statement.speakerName, 'Maria Zakharova');
  });

  it('gives a participle cue after a comma the subject of the main clause', () => {
    const statements = attribute(
      'Naim Qassem spoke on Wednesday. He dismissed any suggestion that Israel would keep attacking Hezbollah after a ceasefire, asserting that no deal should allow it.',
    );
    assert.equal(statements[1]?.cue, 'asserting');
    assert.equal(statements[1].speakerName, 'Naim Qassem');
  });

  it('resolves "the spokesperson" to the person the article introduced with that role', () => {
    const statements = attribute(
      'Isa Gusau, the spokesperson to Governor Babagana Zulum, said the insurgents destroyed schools. The spokesperson said Mr Zulum was not in the state when the attack occurred.',
    );
    assert.equal(statements[1]?.source?.text, 'The spokesperson');
    assert.equal(statements[1].speakerName, 'Isa Gusau');
  });

  it('takes "the Hezbollah leader" for a role, not for the group, and resolves it', () => {
    const statements = attribute(
      'In his third speech since taking over as Hezbollah’s leader, Naim Qassem announced a review of the proposal. The Hezbollah leader confirmed that negotiations were ongoing.',
    );
    assert.equal(statements[1]?.speakerName, 'Naim Qassem');
  });

  it('keeps "he said" on the last speaker rather than the last person named', () => {
    const statements = attribute(
      'Isa Gusau said Governor Babagana Zulum was away. He said Mr Zulum flew from Abuja to Maiduguri on Sunday.',
    );
    assert.equal(statements[1]?.source?.text, 'He');
    assert.equal(statements[1].speakerName, 'Isa Gusau');
  });

  it('gives the paragraph after "X said:" to X as a quote without quote marks', () => {
    const statements = attribute(
      'Foreign Secretary Liz Truss said:\n\nWe are going further and faster than ever in hitting those closest to Putin.',
    );
    assert.equal(statements[1]?.kind, 'quote');
    assert.equal(statements[1].speakerName, 'Liz Truss');
  });

  it('passes the speaker on through a quoted paragraph that continues the last quote', () => {
    const statements = attribute(
      '“About four communities were affected,” Mr Isa Gusau said in a statement.\n\n“Three persons were killed in Shafa. Thousands of bags of farm produce were looted.”',
    );
    assert.equal(statements[2]?.kind, 'quote');
    assert.equal(statements[2].speakerName, 'Isa Gusau');
  });

  it('reads the speech verb when "according to" is followed by no source', () => {
    const [statement] = attribute(
      "In an interview with TOLOnews, Zabihullah Mujahid, spokesman of the Islamic Emirate, has declared that, according to shari'a principles, a woman may not sing.",
    );
    assert.equal(statement?.cue, 'declared');
    assert.equal(statement.speakerName, 'Zabihullah Mujahid');
  });

  it('reads "according to" a plan, a law or a schedule as no source at all', () => {
    // Iraqi News Agency: "… following the end of the international coalition's mission according to
    // a set schedule" gave "a set schedule" as the speaker.
    const [withVerb] = attribute(
      'The new port will be built according to the law, the ministry said on Sunday.',
    );
    assert.equal(withVerb?.speakerName, 'the ministry');
    const [without] = attribute('Elections will be held in June according to the constitution.');
    assert.equal(without?.kind, 'unattributed');
    assert.equal(without.speakerName, null);
    const [source] = attribute(
      'Unemployment rose to 9 percent, according to the statistics office.',
    );
    assert.equal(source?.speakerName, 'the statistics office');
    const [enforcement] = attribute(
      'One person died in the shooting, according to law enforcement.',
    );
    assert.equal(enforcement?.speakerName, 'law enforcement');
  });

  it('gives a participle cue a role phrase that opens the main clause as its source', () => {
    const [statement] = attribute(
      'After the sentencing on Friday, a Department of Justice official gave a grim diagnosis, saying the group reaches into communities.',
    );
    assert.equal(statement?.cue, 'saying');
    assert.equal(statement.source?.text, 'a Department of Justice official');
  });

  it('keeps "he said" on the person who opens the sentence before when nobody spoke in it', () => {
    const statements = attribute(
      'Brian Nelson said the network funds the attacks. Secretary of State Antony Blinken also commented on the sanctions and blasted the group.\n\n“They have detained our staff for months,” he said.',
    );
    assert.equal(statements.at(-1)?.speakerName, 'Antony Blinken');
  });

  it('takes the person after a title that runs on through "for", "in" and lower-case role words', () => {
    const statements = attribute(
      '"Houthi leaders continue to launch attacks," Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian Nelson said.\n\n"This defendant joined ISIS," said FBI Special Agent in Charge James A. Tarasca.\n\n"ISIS is waging an insurgency," said Foundation for Defense of Democracies senior fellow Thomas Joscelyn in a testimony.',
    );
    assert.deepEqual(
      statements.map((s) => s.speakerName),
      ['Brian Nelson', 'James A. Tarasca', 'Thomas Joscelyn'],
    );
  });

  it('never takes the person a reported clause is about as its speaker', () => {
    const statements = attribute(
      'Police said they had arrested John Smith.\n\nThe Treasury said it had blacklisted Ibrahim Ali Daher, the chief of the finance unit.',
    );
    assert.deepEqual(
      statements.map((s) => s.speakerName),
      // The Treasury is an organisation the tagger names, without its article ("the Houthis").
      ['Police', 'Treasury'],
    );
  });

  it('takes a short subject phrase after the last comma over a name earlier in the clause', () => {
    const statements = attribute(
      'Three policemen were killed after the police headquarters in Tank district came under attack, police said on Friday.\n\nThe warship shot down three Houthi drones heading in its direction, a U.S. official told Fox News.\n\n"There is gunfire inside," a witness who runs a business near the offices said.',
    );
    assert.deepEqual(
      statements.map((s) => s.speakerName),
      ['police', 'a U.S. official', 'a witness'],
    );
  });

  it('never reads a pronoun right after the verb as an inverted speaker', () => {
    const [statement] = attribute(
      'Another witness, Omar Nur, said he was inside the mall when the explosion went off.',
    );
    assert.equal(statement?.speakerName, 'Omar Nur');
  });

  it('keeps a named speaker before "according to" and takes the source after it as the medium', () => {
    const [statement] = attribute(
      "Earlier, Abdulhaq Wasiq, a member of the Taliban's political office, said the strikes were a violation, according to Tolo News.",
    );
    assert.equal(statement?.speakerName, 'Abdulhaq Wasiq');
    assert.equal(statement.medium, 'Tolo News');
  });

  it('takes the maker of the statement named after "according to a statement from"', () => {
    const statements = attribute(
      'Bradley Smith leads the office. According to a statement from Smith, “The United States will continue to expose these schemes.”',
    );
    assert.equal(statements[1]?.source?.text, 'Smith');
  });

  it('takes the maker of a poll, a complaint or a study named after "according to a …"', () => {
    const [poll, complaint] = attribute(
      'Clinton leads among women, according to a new poll by the Harvard Institute of Politics. The company moved funds to Iran, according to a complaint filed by the Justice Department.',
    );
    assert.equal(poll?.source?.text, 'Harvard Institute of Politics');
    assert.equal(complaint?.speakerName, 'Justice Department');
    // A name in the possessive after the document qualifies its maker: the phrase stays the source.
    const [analysis] = attribute(
      "The vessel switched off its transponder, according to an analysis by Lloyd's List.",
    );
    assert.equal(analysis?.source?.text, "an analysis by Lloyd's List");
  });

  it('takes a long name in the possessive and the noun it owns for the subject', () => {
    const [campaign, manager] = attribute(
      'Rival Hillary Clinton’s campaign says it raised roughly $15 million in January. Donald Trump’s campaign manager said he is gratified by the decision.',
    );
    assert.equal(campaign?.source?.text, 'Rival Hillary Clinton’s campaign');
    assert.equal(manager?.source?.text, 'Donald Trump’s campaign manager');
  });

  it('takes no preposition or conjunction alone for a speaker', () => {
    const [after, title] = attribute(
      'After saying he was nervous to ask a question, the man ended up in the middle of the room. But the star journalist, who is promoting his book “Sin Miedo” (Without Fear), downplayed his influence.',
    );
    assert.equal(after?.speakerName, null);
    assert.notEqual(title?.speakerName, 'Without');
  });

  it('gives a participle after a comma the noun phrase opening the sentence, not its object', () => {
    const [praised, sought] = attribute(
      'The New York businessman has praised Putin, saying he was a stronger leader than Obama. The Florida senator sought to calm his supporters, saying the person would not be hurt.',
    );
    assert.equal(praised?.source?.text, 'The New York businessman');
    assert.notEqual(praised.speakerName, 'Putin');
    assert.equal(sought?.source?.text, 'The Florida senator');
  });

  it('reports a named owner’s spokesman as a source, not a vague group', () => {
    const [putin] = attribute(
      'Russian President Vladimir Putin’s spokesman said the talks were useful.',
    );
    assert.equal(putin?.kind, 'reported');
    assert.equal(putin.speakerName, 'Russian President Vladimir Putin’s spokesman');
  });

  it('gives a participle the person an organisation’s role noun introduces', () => {
    const [statement] = attribute(
      'Hamas spokesperson Hazem Qassem has condemned the airstrikes in Gaza, saying they violate the truce.',
    );
    assert.equal(statement?.speakerName, 'Hazem Qassem');
  });

  it('does not let a hedge inside a relative clause hedge the whole sentence', () => {
    const [statement] = attribute(
      'The Department of Justice announced charges against an American citizen who allegedly provided support to ISIS.',
    );
    assert.equal(statement?.kind, 'reported');
    assert.equal(statement.speakerName, 'Department of Justice');
  });

  it('reads "Secretary of State Antony Blinken" after an opening phrase as the subject', () => {
    const [statement] = attribute(
      'In a separate statement, US Secretary of State Antony Blinken said the sanctioned parties helped enable the attack.',
    );
    assert.equal(statement?.speakerName, 'Antony Blinken');
  });

  it('takes the maker of "a statement from" as the subject and a role phrase after the verb', () => {
    const statements = attribute(
      'A statement from the Treasury Department said the network funds the group.\n\n"There is shooting inside," said a witness who runs a shop near the headquarters.',
    );
    assert.equal(statements[0]?.speakerName, 'Treasury Department');
    assert.equal(statements[1]?.speakerName, 'a witness');
  });

  it('keeps the subject of "said" before "according to" a news agency as the speaker', () => {
    const [statement] = attribute(
      'The government said the violence was proof that the group must go, according to the state-run Sonna news agency.',
    );
    assert.equal(statement?.speakerName, 'The government');
    assert.equal(statement.medium, 'the state-run Sonna news agency');
  });

  it('reads "The Treasury in a statement said" and gives "it said" to the body that spoke', () => {
    const statements = attribute(
      'The Treasury in a statement said it had blacklisted six men. The UN panel said the men moved money. Nonetheless, it said the banks were safe.',
    );
    assert.equal(statements[0]?.speakerName, 'The Treasury');
    assert.match(statements.at(-1)?.speakerName ?? '', /panel/i);
  });

  it('takes the person after "said acting Under-Secretary" and keeps a quote on its speaker', () => {
    const statements = attribute(
      '"These are the first actions," said acting Under-Secretary Adam Szubin, the top official.\n\n"Any company would be targeted," Truss said. "So there is nowhere to hide. That is what we are doing."',
    );
    assert.equal(statements[0]?.speakerName, 'Adam Szubin');
    assert.equal(statements.at(-1)?.speakerName, 'Truss');
  });

  it('gives a role description the person who spoke last, unless another source spoke between', () => {
    const statements = attribute(
      'Hezbollah leader Hassan Nasrallah said the attack was a declaration of war. The Hezbollah chief warned that the war must stop.\n\nA U.S. official told Fox News the drones were shot down. The drones were launched from Yemen, the official claimed.',
    );
    assert.equal(statements[1]?.speakerName, 'Hassan Nasrallah');
    assert.notEqual(statements.at(-1)?.speakerName, 'Hassan Nasrallah');
  });

  it('gives a quote the person a role resolves to in its other sentence', () => {
    const statements = attribute(
      'Hassan Nasrallah said the army would be defended.\n\n"I say honestly that we will not stand silent. The hand that targets the army will be cut off," the Hezbollah chief said.',
    );
    assert.equal(statements[1]?.speakerName, 'Hassan Nasrallah');
    assert.equal(statements[2]?.speakerName, 'Hassan Nasrallah');
  });

  it('takes the person a role names after a name, not the name ("said Kremlin spokesman Dmitry Peskov")', () => {
    const statements = attribute(
      '"Sanctions have had no effect," said Kremlin spokesman Dmitry Peskov. Western sanctions will not make Russia change course, according to Kremlin spokesperson Dmitry Peskov.',
    );
    assert.equal(statements[0]?.speakerName, 'Dmitry Peskov');
    assert.equal(statements[1]?.speakerName, 'Dmitry Peskov');
  });

  it('resolves "the agency said" and "the company said" to the organisation named before', () => {
    const statements = attribute(
      'The suspect was holding two hostages in Sonora state, the ministerial Agency for Criminal Investigations (AMIC) said. The suspect had several rifles, the agency said in a statement posted to its official Facebook page.\n\nIridium Corporation said its net loss for the quarter was $505 million. For the quarter, the company said revenue was $1.45 million.',
    );
    assert.equal(statements[1]?.speakerName, 'Agency for Criminal Investigations');
    assert.equal(statements[1]?.cue, 'said');
    assert.equal(statements.at(-1)?.speakerName, 'Iridium Corporation');
  });

  it('gives a verb coordinated with the first the sentence subject ("called … and said")', () => {
    const statements = attribute(
      'Hassan Nasrallah spoke on Friday. The Hezbollah leader called Israel "frail" and said that it had achieved nothing.',
    );
    assert.equal(statements[1]?.speakerName, 'Hassan Nasrallah');
  });

  it('reads the source of "according to a release from the Treasury Department"', () => {
    const [statement] = attribute(
      'According to a release from the Treasury Department, OFAC targeted the governor of the bank.',
    );
    assert.equal(statement?.speakerName, 'Treasury Department');
  });

  it('reads a transcript label and a dash after a quote as the speaker', () => {
    const statements = attribute(
      'Mike Pence spoke to Fox News.\n\nPENCE: Well, look, the debate will be about the issues.\n\n"He represents our greatest shame." ― Sonya Herridge',
    );
    assert.equal(statements[1]?.speakerName, 'Mike Pence');
    assert.equal(statements[1]?.kind, 'quote');
    assert.equal(statements.at(-1)?.speakerName, 'Sonya Herridge');
  });

  it('takes no heading in capitals for a speaker label', () => {
    const [statement] = attribute('UPDATE: The road was reopened on Sunday.');
    assert.equal(statement?.kind, 'unattributed');
  });

  it('takes no dateline for a speaker label', () => {
    const [statement] = attribute(
      'KABUL: Unconfirmed reports indicate that at least 16 civilians were killed in Kabul.',
    );
    // The source is the vague one after the dateline, never the place.
    assert.equal(statement?.kind, 'weakly-sourced');
    assert.equal(statement.speakerName?.toLowerCase(), 'unconfirmed reports');
  });
});
