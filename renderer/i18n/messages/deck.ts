import type { Message } from '../../core/messages';

export default {
  'deck.title': [
    'Entrevistas de MLOps',
    'MLOps interviews',
  ],
  'deck.subtitle': [
    'Perguntas de entrevista e fatos essenciais, com repetição espaçada.',
    'Interview questions and essential facts, with spaced repetition.',
  ],
  'deck.sections': [
    'Seções do baralho',
    'Deck sections',
  ],
  'deck.section': [
    'Seção',
    'Section',
  ],
  'deck.new': [
    'Novos',
    'New',
  ],
  'deck.due': [
    'Revisar hoje',
    'Due today',
  ],
  'deck.total': [
    'Total',
    'Total',
  ],
  'deck.studyAll': [
    'Estudar tudo',
    'Study all',
  ],
  'deck.study': [
    'Estudar {section}',
    'Study {section}',
  ],
  'deck.studyShort': [
    'Estudar',
    'Study',
  ],
  'deck.export': [
    'Exportar progresso',
    'Export progress',
  ],
  'deck.exported': [
    { one: 'Progresso exportado: {count} resposta.', other: 'Progresso exportado: {count} respostas.' },
    { one: 'Progress exported: {count} answer.', other: 'Progress exported: {count} answers.' },
  ],
  'deck.exportCancelled': [
    'Exportação cancelada.',
    'Export cancelled.',
  ],
  'deck.exportFailed': [
    'Não foi possível exportar o progresso. Nada foi alterado.',
    'The progress could not be exported. Nothing was changed.',
  ],
  'deck.answers': [
    { zero: '0 respostas registradas', one: '{count} resposta registrada', other: '{count} respostas registradas' },
    { one: '{count} answer recorded', other: '{count} answers recorded' },
  ],
  'section.basics': [
    'Fundamentos',
    'Basics',
  ],
  'section.technical': [
    'Técnicas',
    'Technical',
  ],
  'section.cloud': [
    'Nuvem',
    'Cloud',
  ],
  'section.behavioral': [
    'Comportamentais',
    'Behavioural',
  ],
  'section.preparation': [
    'Preparação',
    'Preparation',
  ],
  'section.llmops': [
    'LLMOps',
    'LLMOps',
  ],
  'kind.question': [
    'Pergunta de entrevista',
    'Interview question',
  ],
  'kind.fact': [
    'Fato',
    'Fact',
  ],
} as const satisfies Record<string, Message>;
