// [pt-BR, en] pairs: a string cannot ship in one language only.
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
    'Progresso exportado: {count} respostas.',
    'Progress exported: {count} answers.',
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
    '{count} respostas registradas',
    '{count} answers recorded',
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
} as const satisfies Record<string, readonly [string, string]>;
