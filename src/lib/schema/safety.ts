import { z } from 'zod';
import { changeSource, ourWords } from './change.ts';
import { hotlineNumber, isoDate, text, webAddress } from './fields.ts';
import { PATTERN_SYNTAX } from '../search/safety-patterns.ts';

/** Words a citizen types, in simplified Chinese and in English; each one, found in a query, puts its line first. */
const words = z.object({ zh: z.array(text).min(1), en: z.array(text).min(1) }).strict();

/** A way of saying danger with gaps (see SafetyPattern in src/lib/search/safety-patterns.ts): 不想 … 活, 着火 !打不. */
const pattern = text.regex(
  PATTERN_SYNTAX,
  'a pattern: parts apart with "…" (…2 for at most 2 characters or words between), alternatives apart with "|", and at the end " !word|word" for what must not come right before, e.g. "不想 … 活" or "着火 !打不|点不"',
);
/** Patterns in Chinese (simplified; traditional queries are converted) and in English. */
const patterns = z.object({ zh: z.array(pattern).default([]), en: z.array(pattern).default([]) }).strict().default({ zh: [], en: [] });

/** Words of one language and of the other, each its own list. */
const both = z.object({ zh: z.array(text), en: z.array(text) }).strict();

/** How a query is read for danger, before any pattern is tried (src/lib/search/safety-normalise.ts). */
export const recognition = z
  .object({
    /** Words people add without changing what they say: a gap never counts them (不想再活: 再 is free). */
    fillers: both,
    /** English short forms and how they are written out ("can't": can not, wanna: want to), lower case. */
    contractions: z.record(z.string().regex(/^[a-z']+$/, "a short form in lower-case letters, with its apostrophe if it has one (can't)"), z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'the words written out, lower case, one space apart (can not)')),
    /** Ordinary words holding a danger character (死机, 杀毒, 跳槽, 笑死; killing time): masked before patterns are tried. */
    innocent: both,
    /** How many characters (zh) or words (en) may stand between two parts of a pattern, fillers aside. */
    gap: z.object({ zh: z.int().min(0).max(6, 'at most 6: a wider gap joins words that have nothing to do with each other'), en: z.int().min(0).max(4, 'at most 4 words') }).strict(),
    /**
     * Other spellings read as a danger word (想屎: 想死, 紫砂: 自杀, 瓦斯: 燃气; 想4: 想死, zs: 自杀, 自sha: 自杀 — letters
     * (a syllable at most) or a digit or two as typed among Chinese, safety-normalise.ts's isGlued). English ones are
     * contractions.
     */
    variants: z
      .record(
        z.string().regex(/^(?:\p{Script=Han}|(?:[a-z]{1,6}|[0-9]{1,2})(?![a-z0-9]))+$/u, 'Chinese characters, with a few lower-case letters (a syllable) or one or two digits among them'),
        z.string().regex(/^\p{Script=Han}+$/u, 'Chinese characters only'),
      )
      .default({}),
    /** Words of a question about paperwork after the fact (报销, 赔偿; insurance claim): no emergency number first then. */
    paperwork: both.default({ zh: [], en: [] }),
    /** Words saying a person is already out of the water, the fire, the wreck (捞上来; pulled out): 120 goes before the rescue then. */
    rescued: both.default({ zh: [], en: [] }),
    /** Named lists of alternatives, written in a pattern as {name} ({family} …1 不见了): one way of saying danger for every member. */
    classes: z.record(z.string().regex(/^\w+$/u, 'a class name in Latin letters, digits or _ (family)'), z.array(text).min(1)).default({}),
    /** Words that, after the words of danger, make a query a question about them (新闻, 宣传, 擦破皮; news, training course). */
    about: both.default({ zh: [], en: [] }),
    /** Signs that a query is about a show, a sale, a job or a pet (第几集, 大甩卖, 招聘, 猫; detector, hiring, my dog): a confident calm score may then overrule a pattern. */
    subjects: both.default({ zh: [], en: [] }),
    /** How a person speaks of themself (我; i, me, my): with one of them the crisis line is never overruled. */
    speaker: both.default({ zh: [], en: [] }),
    /** How a bystander speaks of someone else (有人, 他; someone, he): with one, and no word of the speaker's own, an emergency a pattern named goes before the crisis line. */
    others: both.default({ zh: [], en: [] }),
  })
  .strict();

/**
 * The learned score of danger (src/lib/search/safety-model.ts), written by scripts/safety-train.ts to
 * content/safety-model.json and joined to content/safety.yaml by loadSafety: never edited by hand.
 */
export const safetyModel = z
  .object({
    classes: z.array(z.string().regex(/^\d+$/u, 'the number a kind of danger puts first (12356, 120)')).min(1),
    bias: z.array(z.number().int()),
    weights: z.record(z.string().min(1), z.array(z.number().int())),
  })
  .strict()
  .refine((m) => [m.bias, ...Object.values(m.weights)].every((a) => a.length === m.classes.length), 'a bias and a weight of each feature for each of `classes`');

/** Where a vocabulary comes from: what was searched, when, and the original outlets whose facts and words we took. */
const research = z
  .object({
    /** What this search was for (distress in Chinese, when to call 120…). */
    topic: text,
    /** The day the search was made. */
    searched: isoDate,
    /** The queries, as typed into the search. */
    queries: z.array(text).min(1, 'the queries as typed, so that anyone can search again'),
    sources: z
      .array(
        z
          .object({
            /** The original publisher (a journal, a health authority, a fire service), never a mirror. */
            outlet: text,
            title: text,
            url: webAddress,
            /** What we took from it: facts and words, in our own words. */
            took: text,
          })
          .strict(),
      )
      .min(1, 'at least one source named'),
  })
  .strict();

/** A document's own words, from one of content/sources/: checked character for character. */
export const documentQuote = z
  .object({
    /** The source id: content/sources/{source}.txt. */
    source: z.string().regex(/^[a-z0-9-]+$/, 'a source id: the name of a file in content/sources/ without .txt'),
    text,
  })
  .strict();

/** An emergency number: never merged into 12345, answered "dial it directly" in every region. */
export const emergencyNumber = z
  .object({
    number: hotlineNumber,
    /** What it is for, in our words. */
    name: ourWords,
    words,
    /** The situations that call for it, said the way people describe them (晕倒, 闻到煤气味 …). */
    patterns,
  })
  .strict();

/**
 * content/safety.yaml: what the site says to a person in danger, and to one who types
 * an emergency number, with where each fact comes from.
 */
export const safety = z
  .object({
    emergency: z
      .object({
        numbers: z.array(emergencyNumber).min(1),
        /** The documents' words saying the emergency lines were not merged. */
        quotes: z.array(documentQuote).default([]),
        /** The authorities that said so. */
        sources: z.array(changeSource).min(1, 'at least one source naming the authority that kept the emergency lines out of the merge'),
      })
      .strict(),
    crisis: z
      .object({
        /** The line a person in distress is sent to first: a catalogue number a national change made a crisis line. */
        dial: hotlineNumber,
        /** The numbers to call at once when a life is in danger: emergency numbers above. */
        urgent: z.array(hotlineNumber).min(1),
        /** What the line's authority promises about its hours, in its words, and where they were read. */
        hours: z.object({ quote: text, source: changeSource }).strict(),
        words,
        /** Distress said with other words, fillers, negation (不想 … 活, 活 … 不 … 下去; do not want to … live). */
        patterns,
      })
      .strict(),
    /**
     * 12345 itself, typed: answered "this is it", with its button. `names`: what people have long called it (市长热线,
     * "mayor's hotline"), found by the search as its name is.
     */
    self: z.object({ number: hotlineNumber, name: ourWords, names: both.default({ zh: [], en: [] }) }).strict(),
    recognition,
    /** Not in the yaml: content/safety-model.json, joined by loadSafety (and by the unit tests' support). */
    model: safetyModel.optional(),
    /** How the words and patterns above were found. */
    research: z.array(research).min(1),
  })
  .strict();

export type Safety = z.output<typeof safety>;
export type EmergencyNumber = z.output<typeof emergencyNumber>;
