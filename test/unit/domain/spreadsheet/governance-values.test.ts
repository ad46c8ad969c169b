import {
  combineRightsSafety,
  isInvertedPracticeQuestion,
  readEuAiAct,
  readPractice,
  readUsHighImpact,
  readUsRightsSafety,
  readYesNo,
} from '../../../../domain';

describe('readUsHighImpact', () => {
  it.each([
    ['a) High-impact', 'high-impact'],
    ['High-impact', 'high-impact'],
    ['b) Presumed high-impact, but determined not high impact', 'presumed-not'],
    ['b) Presumed high-impact but determined not high-impact', 'presumed-not'],
    ['b)  Presumed high–impact, but determined not high impact.', 'presumed-not'],
    ['Presumed high-impact, determined not', 'presumed-not'],
    ['c) Not high-impact', 'not-high-impact'],
    ['Not high-impact', 'not-high-impact'],
    ['NOT HIGH-IMPACT', 'not-high-impact'],
    ['Yes', 'high-impact'],
    ['No', 'not-high-impact'],
  ])('reads “%s” as %s', (text, value) => {
    expect(readUsHighImpact(text)).toEqual({ value });
  });

  it('reads a blank as nothing, and “Not assessed” as an explicit not assessed', () => {
    expect(readUsHighImpact('  ')).toEqual({ empty: true });
    expect(readUsHighImpact('Not assessed')).toEqual({ notAssessed: true });
  });

  it('says what it could not read', () => {
    // A determination still to be made is not "determined not".
    expect(readUsHighImpact('Presumed high-impact; determination not yet made')).toHaveProperty('error');
    expect(readUsHighImpact('d) Pending review')).toEqual({
      error:
        '“d) Pending review” is not a high-impact determination (high-impact, presumed high-impact but determined not, not high-impact)',
    });
  });
});

describe('readEuAiAct', () => {
  it.each([
    ['Prohibited', 'prohibited'],
    ['Unacceptable risk', 'prohibited'],
    ['High-risk', 'high-risk'],
    ['High risk', 'high-risk'],
    ['high–risk.', 'high-risk'],
    ['Limited', 'limited'],
    ['Limited risk', 'limited'],
    ['Transparency', 'limited'],
    ['Limited (transparency)', 'limited'],
    ['Minimal', 'minimal'],
    ['Minimal risk', 'minimal'],
  ])('reads “%s” as %s', (text, value) => {
    expect(readEuAiAct(text)).toEqual({ value });
  });

  it('reads anything else as a problem', () => {
    expect(readEuAiAct('Medium')).toEqual({
      error: '“Medium” is not an EU AI Act category (prohibited, high-risk, limited, minimal)',
    });
    // A bare "No" says nothing of the category.
    expect(readEuAiAct('No')).toHaveProperty('error');
    expect(readEuAiAct('No risk')).toEqual({ value: 'minimal' });
  });
});

describe('readUsRightsSafety', () => {
  it.each([
    ['Neither', 'neither'],
    ['Both', 'both'],
    ['Rights-Impacting', 'rights'],
    ['Safety-impacting', 'safety'],
    ['Safety-Impacting', 'safety'],
    ['Rights- and safety-impacting', 'both'],
  ])('reads “%s” as %s', (text, value) => {
    expect(readUsRightsSafety(text)).toEqual({ value });
  });

  it('reads “too new to assess” as explicitly not assessed, which is no problem', () => {
    for (const stage of ['initiation', 'acquisition and development']) {
      const text = `No, use case is too new to fully assess impacts; will be reassessed before end of ${stage} stage.`;
      expect(readUsRightsSafety(text)).toEqual({ notAssessed: true });
    }
  });

  it('reads “Case-by-case assessment” as a problem', () => {
    expect(readUsRightsSafety('Case-by-case assessment')).toEqual({
      error:
        '“Case-by-case assessment” is not a rights/safety-impacting answer (rights-impacting, safety-impacting, both, neither)',
    });
  });
});

describe('readYesNo and combineRightsSafety (DHS 2024’s two columns)', () => {
  it('reads yes, no, and the explicit not assessed', () => {
    expect(readYesNo('Yes')).toEqual({ value: true });
    expect(readYesNo('no')).toEqual({ value: false });
    expect(
      readYesNo('No, use case is too new to fully assess impacts; will be reassessed before end of initiation stage.'),
    ).toEqual({ notAssessed: true });
    expect(readYesNo('Maybe')).toEqual({ error: '“Maybe” is not a yes or no answer' });
    expect(readYesNo('N/A')).toEqual({ error: '“N/A” is not a yes or no answer' });
  });

  it('combines yes and yes into both, yes and no into rights, no and yes into safety, no and no into neither', () => {
    expect(combineRightsSafety(true, true)).toBe('both');
    expect(combineRightsSafety(true, false)).toBe('rights');
    expect(combineRightsSafety(false, true)).toBe('safety');
    expect(combineRightsSafety(false, false)).toBe('neither');
  });
});

describe('readPractice', () => {
  // Every answer found in the federal fixtures, lettered and not, with the status it reads as and whether the
  // answer is kept as evidence (it is when it says more than the bare status).
  it.each([
    ['a) Yes', 'done', false],
    ['Yes', 'done', false],
    ['YES', 'done', false],
    ['TRUE', 'done', false],
    ['true', 'done', false],
    ['c) Yes – by the CAIO', 'done', true],
    ['Yes - by the CAIO', 'done', true],
    ['Yes – by the CAIO', 'done', true],
    [
      'a) Yes – by another appropriate agency office or reviewer not directly involved in the AI’s development',
      'done',
      true,
    ],
    ['b) Yes – by an agency AI oversight board not directly involved in the AI’s development', 'done', true],
    ['a) Yes, sufficient monitoring protocols have been established', 'done', true],
    ['Yes, sufficient and periodic training has been established', 'done', true],
    ['a) Yes, sufficient and periodic training has been established', 'done', true],
    ['a) Yes, an appropriate appeal process has been established', 'done', true],
    ['Intermittent and Manually Updated: A plan for monitoring the AI use case is in place…', 'done', true],
    ['Intermittent and Manually Updated', 'done', true],
    ['Automated and Regularly Scheduled Updates: Some aspects of the plan…', 'done', true],
    ['Established Process of Machine Learning Operations: Alongside automated testing…', 'done', true],
    ['Performance evaluation in operational environment: The AI use case has been tested…', 'done', true],
    ['Performance evaluation in operational environment', 'done', true],
    ['Impact evaluation in operational environment: The AI use case has been tested…', 'done', true],
    ['No - Some individual decisions or actions require direct human oversight.', 'done', true],
    [
      'Other – Immediate human intervention is not practicable; however, an appropriate fail-safe has been implemented.',
      'done',
      true,
    ],
    ['b) In-progress', 'in-progress', false],
    ['c) In-progress', 'in-progress', false],
    ['d) In-progress', 'in-progress', false],
    ['Planned or In-Progress', 'in-progress', false],
    ['Planned or in-progress.', 'in-progress', false],
    ['b) Development of monitoring protocols is in-progress', 'in-progress', true],
    ['b) Development of monitoring protocols is in-progess', 'in-progress', true],
    ['b) Establishment of sufficient and periodic training is in-progress', 'in-progress', true],
    ['Establishment of sufficient and periodic training is in-progress', 'in-progress', true],
    ['c) Establishment of an appropriate appeal process is in-progress', 'in-progress', true],
    [
      'Benchmark evaluation: Testing of the AI model has involved the use of benchmarks … but has not been tested in an operational environment.',
      'in-progress',
      true,
    ],
    ['b) Not applicable', 'not-applicable', false],
    ['N/A', 'not-applicable', false],
    ['Not Applicable', 'not-applicable', false],
    ['NOT APPLICABLE, Not a High-Impact use case', 'not-applicable', true],
    [
      'N/A; COTS tool used for code conversion, no individual’s information is input into a model.',
      'not-applicable',
      true,
    ],
    [
      'd) Law, operational limitations, or governmentwide guidance precludes an opportunity for an individual to appeal',
      'not-applicable',
      true,
    ],
    [
      'No – Law, operational limitations, or governmentwide guidance precludes an opportunity for an individual to appeal.',
      'not-applicable',
      true,
    ],
    ['AI is not safety or rights-impacting.', 'not-applicable', true],
    ['Does not apply, use case is neither safety or rights impacting.', 'not-applicable', true],
    [
      'use case is not safety impacting or rights impacting; however, a monitoring process for AI performance is under development',
      'not-applicable',
      true,
    ],
    ['e) Agency CAIO has waived this minimum practice and reported such waiver to OMB', 'waived', true],
    ['Agency CAIO has waived this minimum practice and reported such waiver to OMB.', 'waived', true],
    ['No', 'not-started', false],
    ['No monitoring protocols have been established: Necessary infrastructure … is not available', 'not-started', true],
    ['No monitoring protocols have been established', 'not-started', true],
    ['No testing: No testing of the model to simulate performance in an operational environment…', 'not-started', true],
    [
      'Yes - All individual decisions or actions are automated and may be rendered without direct human interaction.',
      'not-started',
      true,
    ],
    ['No – it is not operationally practical to offer this.', 'not-started', true],
    ['No - it is not operationally practical to offer this', 'not-started', true],
    // Scaleboard's own export.
    ['Done', 'done', false],
    ['In progress', 'in-progress', false],
    ['Not applicable', 'not-applicable', false],
    ['Waived', 'waived', false],
    ['Not started', 'not-started', false],
  ] as const)('reads “%s” as %s', (text, status, kept) => {
    expect(readPractice(text)).toEqual({ value: kept ? { status, evidence: text } : { status } });
  });

  it('reads a blank as nothing, and an answer it does not know as a problem naming it', () => {
    expect(readPractice('')).toEqual({ empty: true });
    // Hedged or negated answers are not read as done or waived: they are problems for a person to read.
    for (const text of [
      'Other',
      'Unknown',
      'See attached memo',
      'Not waived',
      'Yes, planned',
      'Yes (pending review)',
      'Done?',
    ]) {
      expect(readPractice(text)).toEqual({
        error: `“${text}” is not a practice status (yes, in progress, not applicable, waived, no)`,
      });
    }
  });

  it('turns a bare yes or no round under the 2024 question that asks whether the AI acts without a person', () => {
    const header =
      'For this particular use case, can the AI carry out a decision or action without direct human involvement that could result in a significant impact on rights or safety?';
    expect(isInvertedPracticeQuestion(header)).toBe(true);
    expect(isInvertedPracticeQuestion('Does this AI use case have an appropriate fail-safe?')).toBe(false);
    expect(readPractice('Yes', true)).toEqual({ value: { status: 'not-started' } });
    expect(readPractice('No', true)).toEqual({ value: { status: 'done' } });
    // The worded answers say which way they mean it, and are read the same under either question.
    expect(readPractice('No - Some individual decisions or actions require direct human oversight.', true)).toEqual(
      readPractice('No - Some individual decisions or actions require direct human oversight.'),
    );
    expect(readPractice('Not applicable', true)).toEqual({ value: { status: 'not-applicable' } });
  });
});
