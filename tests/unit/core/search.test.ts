import { describe, expect, it } from 'vitest';
import type { CompiledCard } from '../../../content/schema';
import { foldText, matchesTerms, parseQuery, searchTextOf } from '../../../renderer/core/search';

const question: CompiledCard = {
  id: 'basics/deployment-problems',
  kind: 'question',
  section: 'basics',
  prompt: 'Quais problemas surgem na Implantação de modelos?',
  context: 'Se você conhece a operação — não só a teoria.',
  keyPoints: ['Skew entre treino e serviço', 'Latência de inferência'],
  tags: ['model-registry', 'deployment'],
  answerHtml: '<p>Dados “mudam” em <strong>produção</strong>.</p>',
  hash: '0123456789abcdef',
};
const fact: CompiledCard = {
  id: 'basics/deployment-problems--skew',
  kind: 'fact',
  section: 'basics',
  prompt: 'What is training–serving skew?',
  parent: 'basics/deployment-problems',
  tags: ['monitoring'],
  answerHtml: '<p>A gap between <em>training</em> &amp; serving.</p>',
  hash: '0123456789abcdef',
};

const search = (card: CompiledCard, query: string) => matchesTerms(searchTextOf(card), parseQuery(query));

describe('foldText', () => {
  it('drops case and accents, and evens out dashes, quotes and spaces', () => {
    expect(foldText('  Implantação   ÉTICA\tçedilha  ')).toBe('implantacao etica cedilha');
    expect(foldText('training–serving — “x” ‘y’')).toBe('training-serving - "x" \'y\'');
  });
});

describe('parseQuery', () => {
  it('gives folded words and quoted phrases, without repeats', () => {
    expect(parseQuery('  Modelo  "Feature Store"  modelo ')).toEqual(['modelo', 'feature store']);
    expect(parseQuery('"unterminated phrase')).toEqual(['unterminated phrase']);
    expect(parseQuery('   ')).toEqual([]);
    expect(parseQuery('""')).toEqual([]);
  });
});

describe('card search', () => {
  it('is case- and accent-insensitive both ways', () => {
    expect(search(question, 'implantacao')).toBe(true);
    expect(search(question, 'IMPLANTAÇÃO')).toBe(true);
    expect(search(question, 'latencia')).toBe(true);
    expect(search(question, 'producão')).toBe(true);
  });

  it('searches the prompt, the answer, the key points and the tags', () => {
    expect(search(question, 'surgem')).toBe(true); // prompt
    expect(search(question, 'mudam')).toBe(true); // answer, curly quotes folded
    expect(search(question, 'skew treino')).toBe(true); // key point
    expect(search(question, 'deployment')).toBe(true); // tag
    expect(search(fact, 'between training')).toBe(true); // fact answer
    // The answer is searched as the learner reads it: without its markup, entities decoded.
    expect(search(fact, '"training & serving"')).toBe(true);
    expect(search(fact, 'em>')).toBe(false);
    expect(search(question, '"em produção"')).toBe(true);
  });

  it('does not search the context', () => {
    expect(search(question, 'teoria')).toBe(false);
  });

  it('requires every word, anywhere, but a phrase in one piece', () => {
    expect(search(question, 'modelos latencia')).toBe(true);
    expect(search(question, 'modelos kubernetes')).toBe(false);
    expect(search(question, '"latencia de inferencia"')).toBe(true);
    expect(search(question, '"inferencia de latencia"')).toBe(false);
  });

  it('finds parts of words', () => {
    expect(search(question, 'implanta')).toBe(true);
    expect(search(fact, 'serv')).toBe(true);
  });

  it('finds a tag as #tag and with spaces for its dashes', () => {
    expect(search(question, '#model-registry')).toBe(true);
    expect(search(question, 'model registry')).toBe(true);
    expect(search(fact, '#model-registry')).toBe(false);
    expect(search(question, '#monitoring')).toBe(false);
  });

  it('matches a typed hyphen against a typographic dash', () => {
    expect(search(fact, 'training-serving')).toBe(true);
  });

  it('keeps a phrase from running across two fields', () => {
    // The prompt ends with "modelos?" and the answer starts with "Dados".
    expect(search(question, '"modelos? dados"')).toBe(false);
  });

  it('matches everything with an empty query', () => {
    expect(search(question, '')).toBe(true);
  });
});

describe('search in both languages', () => {
  const english: CompiledCard = { ...question, prompt: 'Which problems come up when deploying models?', keyPoints: ['Training-serving skew'], answerHtml: '<p>Data changes in production.</p>' };

  it('finds a card by the words of its other language when the translation is given', () => {
    expect(search(question, 'deploying')).toBe(false);
    expect(matchesTerms(searchTextOf(question, english), parseQuery('deploying'))).toBe(true);
    expect(matchesTerms(searchTextOf(english, question), parseQuery('implantação'))).toBe(true);
  });

  it('keeps a phrase within one language’s field', () => {
    expect(matchesTerms(searchTextOf(question, english), parseQuery('"producao data"'))).toBe(false);
  });
});

describe('search in the learner\'s own answer', () => {
  const own = '## Situação\nNo **Nubank**, o modelo de fraude\ntravou o checkout.';

  it('finds a card by a word or a phrase of its own answer, folded like the rest', () => {
    expect(search(question, 'nubank')).toBe(false);
    expect(matchesTerms(searchTextOf(question, undefined, own), parseQuery('nubank'))).toBe(true);
    expect(matchesTerms(searchTextOf(question, undefined, own), parseQuery('"situacao"'))).toBe(true);
    expect(matchesTerms(searchTextOf(question, undefined, own), parseQuery('"modelo de fraude travou"'))).toBe(true);
  });

  it('keeps a phrase from running from the answer into a tag', () => {
    expect(matchesTerms(searchTextOf(question, undefined, own), parseQuery('"checkout. #model-registry"'))).toBe(false);
  });
});
