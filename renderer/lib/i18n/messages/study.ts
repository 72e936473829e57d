// [pt-BR, en] pairs: a string cannot ship in one language only.
export default {
  'study.back': [
    'Voltar ao baralho',
    'Back to the deck',
  ],
  'study.remaining': [
    '{new} novos · {due} para revisar',
    '{new} new · {due} to review',
  ],
  'study.context': [
    'O que o entrevistador quer ver',
    'What the interviewer wants to see',
  ],
  'study.keyPoints': [
    'Pontos-chave de uma boa resposta',
    'Key points of a strong answer',
  ],
  'study.answer': [
    'Resposta',
    'Answer',
  ],
  'study.show': [
    'Mostrar resposta',
    'Show answer',
  ],
  'study.grade': [
    'Como foi?',
    'How did it go?',
  ],
  'study.again': [
    'De novo',
    'Again',
  ],
  'study.hard': [
    'Difícil',
    'Hard',
  ],
  'study.good': [
    'Bom',
    'Good',
  ],
  'study.easy': [
    'Fácil',
    'Easy',
  ],
  'study.undo': [
    'Desfazer',
    'Undo',
  ],
  'study.undone': [
    'Última resposta desfeita.',
    'Last answer undone.',
  ],
  'study.saveFailed': [
    'Não foi possível salvar a resposta. Nada foi perdido; tente de novo.',
    'The answer could not be saved. Nothing was lost; try again.',
  ],
  'study.doneTitle': [
    'Tudo em dia!',
    'All caught up!',
  ],
  'study.doneNext': [
    'Próxima revisão: {when}.',
    'Next review: {when}.',
  ],
  'study.doneNothing': [
    'Não há mais cartões para estudar nesta seção.',
    'There are no more cards to study in this section.',
  ],
  'study.shortcuts': [
    'Espaço mostra a resposta · 1-4 avaliam · U desfaz',
    'Space shows the answer · 1-4 grade · U undoes',
  ],
} as const satisfies Record<string, readonly [string, string]>;
