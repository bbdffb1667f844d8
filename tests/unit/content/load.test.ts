import { describe, expect, it } from 'vitest';
import { loadFixture, messageOf } from '../../support/load-fixture.ts';

describe('loadContent', () => {
  it('loads a valid folder, turning bare numbers into digit strings', () => {
    const { lists, catalogue, changes, review } = loadFixture('valid');
    expect(catalogue.map((h) => h.number)).toEqual(['12369', '12333']);
    expect(changes.map((c) => [c.id, c.effective])).toEqual([['12369-stopped', { date: '2024-04-30', precision: 'month' }]]);
    expect(review.numbers.map((f) => f.finding)).toEqual(['changed', 'none']);
    expect(lists[0]?.lines.map((l) => l.number)).toEqual(['12369', '12333']);
  });
});

// Each broken fixture proves the message a data editor sees: file and line,
// the row, the field, what was found and what is expected.
describe('a data editor’s mistake stops the build with a message to act on', () => {
  it('a misspelt mode', () => {
    expect(messageOf('broken-mode')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-mode/content/lists/350500.yaml:23, row 2 (12333), field "mode": found "paralel"; expected one of merged (整体并入), parallel (双号并行), subcenter (设分中心)."
    `);
  });
  it('a date that does not exist', () => {
    expect(messageOf('broken-date')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-date/content/lists/350500.yaml:17, row 1 (12369), field "schedule.deadline": found "2021-02-30"; expected a real date written YYYY-MM-DD, e.g. 2021-08-31."
    `);
  });
  it('a number listed twice', () => {
    expect(messageOf('broken-duplicate')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-duplicate/content/lists/350500.yaml:18, row 2 (12333), field "number": found 12333, already listed at row 1 (12333); expected each number once per list."
    `);
  });
  it('a number the catalogue does not know', () => {
    expect(messageOf('broken-uncatalogued')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-uncatalogued/content/lists/350500.yaml:10, row 1 (12399), field "number": found 12399; expected a number described in content/catalogue.yaml: add it there first."
    `);
  });
  it('counts that differ from the rows', () => {
    expect(messageOf('broken-counts')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-counts/content/lists/350500.yaml:8, field "counts.merged": found 1 rows with mode merged; expected 2 as the document states: a row is missing, extra or has the wrong mode."
    `);
  });
  it('a region code that does not exist', () => {
    expect(messageOf('broken-region')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-region/content/lists/350599.yaml:1, field "region": found "350599"; expected a code from the GB/T 2260 region dataset."
    `);
  });
  it('two lists for one region', () => {
    expect(messageOf('broken-two-lists')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-two-lists/content/lists/350500-b.yaml:1, field "region": found "350500", which tests/fixtures/broken-two-lists/content/lists/350500-a.yaml also claims; expected one list per region: merge the two files or correct the code."
    `);
  });
  it('a YAML syntax error', () => {
    expect(messageOf('broken-yaml')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-yaml/content/lists/350500.yaml:16: found a YAML syntax error (BAD_INDENT); expected well-formed YAML: Flow sequence in block collection must be sufficiently indented and end with a ]."
    `);
  });
  it('a missing field and a misspelt one', () => {
    expect(messageOf('broken-missing-field')).toMatchInlineSnapshot(`
      "The data in content/ has 5 problems; nothing was built.
        - tests/fixtures/broken-missing-field/content/lists/350500.yaml:10, row 1 (12369), field "agents": found nothing; expected one of kept, managed, cancelled — or null when the document does not say.
        - tests/fixtures/broken-missing-field/content/lists/350500.yaml:10, row 1 (12369): found unknown field agent; expected only the fields the schema documents (src/lib/schema/): check the spelling.
        - tests/fixtures/broken-missing-field/content/lists/350500.yaml:18, row 2 (12333), field "department": found nothing; expected a value for this required field (string).
        - tests/fixtures/broken-missing-field/content/lists/350500.yaml:18, row 2 (12333), field "agents": found nothing; expected one of kept, managed, cancelled — or null when the document does not say.
        - tests/fixtures/broken-missing-field/content/lists/350500.yaml:18, row 2 (12333): found unknown field agent; expected only the fields the schema documents (src/lib/schema/): check the spelling."
    `);
  });
  it('a link that is not a web address (javascript:, data:)', () => {
    expect(messageOf('broken-url')).toMatchInlineSnapshot(`
      "The data in content/ has 2 problems; nothing was built.
        - tests/fixtures/broken-url/content/lists/350500.yaml:8, field "source.url": found "javascript:alert(document.domain)"; expected a web address starting with https:// or http://, e.g. https://www.gov.cn/.
        - tests/fixtures/broken-url/content/changes/12369-stopped.yaml:13, field "sources[0].url": found "data:text/html,<script>alert(1)</script>"; expected a web address starting with https:// or http://, e.g. https://www.gov.cn/."
    `);
  });
  it('a schedule that contradicts the mode', () => {
    expect(messageOf('broken-contradiction')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-contradiction/content/lists/350500.yaml:10, row 1 (12369), field "schedule.phases": found mode merged with a last phase where the number still connects; expected dialable: false in the last phase of a merged (cancelled) number."
    `);
  });

  it('refuses a sub-centre whose agents are gone', () => {
    expect(messageOf('broken-subcenter-agents')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-subcenter-agents/content/lists/350500.yaml:22, row 2 (12333), field "agents": found cancelled on a sub-centre (subcenter); expected kept, or null where the document does not say: a sub-centre keeps its agents."
    `);
  });

  it('refuses a number folded into another that is still kept', () => {
    expect(messageOf('broken-folded')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-folded/content/lists/350500.yaml:22, row 2 (12333), field "foldedInto": found 12369 on a line with mode parallel; expected foldedInto only on a merged line: a number folded into another is not kept."
    `);
  });

  it('refuses a national change with no source', () => {
    expect(messageOf('broken-change-no-source')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-change-no-source/content/changes/12369-stopped.yaml:10, field "sources": found []; expected at least one source naming the authority and the date: a change without one is not published."
    `);
  });

  it('refuses a national change without its effective date, and a source without its date', () => {
    expect(messageOf('broken-change-no-date')).toMatchInlineSnapshot(`
      "The data in content/ has 2 problems; nothing was built.
        - tests/fixtures/broken-change-no-date/content/changes/12369-stopped.yaml:6, field "effective.date": found nothing; expected a value for this required field (string).
        - tests/fixtures/broken-change-no-date/content/changes/12369-stopped.yaml:11, field "sources[0].date": found nothing; expected a value for this required field (string)."
    `);
  });

  it('refuses a review that leaves a catalogue number unchecked', () => {
    expect(messageOf('broken-review-gap')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-review-gap/content/national-review.yaml, field "numbers": found no finding for 12333; expected every catalogue number reviewed: add what was searched, when, and what was found."
    `);
  });
});

// Every rule of src/lib/content/cross-check.ts and cross-check-changes.ts, and the schedule's
// phases, tripped by its own fixture (issue 18).
describe('every cross-file rule stops the build with a message to act on', () => {
  it('one document id cited by two lists', () => {
    expect(messageOf('broken-source-id')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-source-id/content/lists/350500.yaml, field "source.id": found "test-list", also used by tests/fixtures/broken-source-id/content/lists/350100.yaml; expected a source id used by one file only."
    `);
  });
  it('a line folded into a number the catalogue does not know', () => {
    expect(messageOf('broken-folded-unknown')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-folded-unknown/content/lists/350500.yaml:11, row 1 (12369), field "number": found 12399; expected a number described in content/catalogue.yaml: add it there first."
    `);
  });
  it("a line said to exist only outside the list's area", () => {
    expect(messageOf('broken-only-in')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-only-in/content/lists/350500.yaml:19, row 2 (12333), field "onlyIn[0]": found "440100"; expected a region inside 350500's area."
    `);
  });
  it("an exception for a region outside the list's area", () => {
    expect(messageOf('broken-exception-region')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-exception-region/content/lists/350500.yaml:19, row 2 (12333), field "exceptions[0].region": found "440100"; expected a region inside 350500's area."
    `);
  });
  it('an exception with neither mode nor agents', () => {
    expect(messageOf('broken-exception-empty')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-exception-empty/content/lists/350500.yaml:19, row 2 (12333), field "exceptions[0]": found neither mode nor agents; expected the mode or agents that differ in that region."
    `);
  });
  it('a kept number with a phase where it does not connect', () => {
    expect(messageOf('broken-kept-not-dialable')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-kept-not-dialable/content/lists/350500.yaml:19, row 2 (12333), field "schedule.phases": found mode parallel with a phase where the number does not connect; expected dialable: true in every phase of a number that is kept."
    `);
  });
  it('phases that do not connect: a day without a phase', () => {
    expect(messageOf('broken-phases-gap')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-phases-gap/content/lists/350500.yaml:22, row 1 (12369), field "schedule.phases[1].from": found "2021-10-15"; expected the day after the previous phase ends (2021-10-01), so no day is left without a phase."
    `);
  });
  it('a catalogue number described twice', () => {
    expect(messageOf('broken-catalogue-duplicate')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-catalogue-duplicate/content/catalogue.yaml:14, field "[2].number": found "12369"; expected each number once: 12369 is already entry 1."
    `);
  });
  it("a change whose id is not its file's name", () => {
    expect(messageOf('broken-change-id')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-change-id/content/changes/12369-stopped.yaml:1, field "id": found "12369-off"; expected the file's name, "12369-stopped" (or rename the file 12369-off.yaml)."
    `);
  });
  it('a change of a number the catalogue does not know', () => {
    expect(messageOf('broken-change-number')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-change-number/content/changes/12369-stopped.yaml, field "numbers": found 12399; expected a number described in content/catalogue.yaml: add it there first."
    `);
  });
  it('two change files for one number', () => {
    expect(messageOf('broken-change-twice')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-change-twice/content/changes/12369-stopped.yaml, field "numbers": found 12369, also changed by tests/fixtures/broken-change-twice/content/changes/12369-again.yaml; expected one change file per number: describe its later steps in the same file."
    `);
  });
  it('a change whose scope is not a province', () => {
    expect(messageOf('broken-change-scope')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-change-scope/content/changes/12369-stopped.yaml, field "scope[0]": found "350500"; expected a province code from the GB/T 2260 dataset, e.g. 440000."
    `);
  });
  it('a review with two findings for one number', () => {
    expect(messageOf('broken-review-twice')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-review-twice/content/national-review.yaml:14, number 12333, field "number": found 12333 twice; expected one finding per number."
    `);
  });
  it('a review of a number the catalogue does not know', () => {
    expect(messageOf('broken-review-unknown')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-review-unknown/content/national-review.yaml:14, number 12399, field "number": found 12399; expected a number described in content/catalogue.yaml."
    `);
  });
  it('a number searched after the review says it finished', () => {
    expect(messageOf('broken-review-searched')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-review-searched/content/national-review.yaml:4, number 12369, field "searched": found 2026-11-29; expected a day on or before reviewed (2026-11-28)."
    `);
  });
  it('a finding "changed" naming a change that does not list the number', () => {
    expect(messageOf('broken-review-change')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-review-change/content/national-review.yaml:10, number 12333, field "change": found "12369-stopped"; expected the id of a file in content/changes/ that lists 12333."
    `);
  });
  it('a changed number the review finds unchanged', () => {
    expect(messageOf('broken-review-finding')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-review-finding/content/national-review.yaml:4, number 12369, field "finding": found none; expected changed, with change: 12369-stopped (tests/fixtures/broken-review-finding/content/changes/12369-stopped.yaml changes this number)."
    `);
  });
  it('a review day that does not exist', () => {
    expect(messageOf('broken-review-date')).toMatchInlineSnapshot(`
      "The data in content/ has 1 problem; nothing was built.
        - tests/fixtures/broken-review-date/content/national-review.yaml:2, field "reviewed": found "2026-11-31"; expected a real date written YYYY-MM-DD, e.g. 2021-08-31."
    `);
  });
});
