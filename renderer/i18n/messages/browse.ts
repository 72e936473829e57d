import type { Message } from '../../core/messages';

// The card browser (list, search, filters), the card view and the card info it shows.
export default {
  'browse.unsuspend': ['Reativar cartão', 'Unsuspend card'],
  'browse.unbury': ['Trazer de volta hoje', 'Unbury'],
  'browse.title': [
    'Navegar pelos cartões',
    'Browse the cards',
  ],
  'browse.search': [
    'Buscar',
    'Search',
  ],
  'browse.searchPlaceholder': [
    'enunciado, resposta, pontos-chave ou #tag',
    'prompt, answer, key points or #tag',
  ],
  'browse.searchHint': [
    'Maiúsculas e acentos não importam; todas as palavras precisam aparecer. Use "aspas" para uma frase exata.',
    'Case and accents do not matter; every word must appear. Use "quotes" for an exact phrase.',
  ],
  'browse.filters': [
    'Filtros',
    'Filters',
  ],
  'browse.section': [
    'Seção',
    'Section',
  ],
  'browse.allSections': [
    'Todas as seções',
    'All sections',
  ],
  'browse.kind': [
    'Tipo',
    'Type',
  ],
  'browse.allKinds': [
    'Perguntas e fatos',
    'Questions and facts',
  ],
  'browse.status': [
    'Estado',
    'State',
  ],
  'browse.allStatuses': [
    'Todos os estados',
    'All states',
  ],
  'browse.statusFilter.new': [
    'Novos',
    'New',
  ],
  'browse.statusFilter.learning': [
    'Aprendendo ou reaprendendo',
    'Learning or relearning',
  ],
  'browse.statusFilter.review': [
    'Em revisão',
    'In review',
  ],
  'browse.status.new': [
    'Novo',
    'New',
  ],
  'browse.status.learning': [
    'Aprendendo',
    'Learning',
  ],
  'browse.status.review': [
    'Em revisão',
    'Review',
  ],
  'browse.status.relearning': [
    'Reaprendendo',
    'Relearning',
  ],
  'browse.flag': [
    'Marcação',
    'Flag',
  ],
  'browse.flagAll': [
    'Com ou sem marcação',
    'Flagged or not',
  ],
  'browse.flagged': [
    'Com marcação',
    'Flagged',
  ],
  'browse.unflagged': [
    'Sem marcação',
    'Not flagged',
  ],
  'browse.flag.1': [
    'Marcação vermelha',
    'Red flag',
  ],
  'browse.flag.2': [
    'Marcação laranja',
    'Orange flag',
  ],
  'browse.flag.3': [
    'Marcação verde',
    'Green flag',
  ],
  'browse.flag.4': [
    'Marcação azul',
    'Blue flag',
  ],
  'browse.suspended': [
    'Suspensos',
    'Suspended',
  ],
  'browse.suspendedAll': [
    'Incluir suspensos',
    'Include suspended',
  ],
  'browse.suspendedOnly': [
    'Só suspensos',
    'Only suspended',
  ],
  'browse.suspendedHide': [
    'Ocultar suspensos',
    'Hide suspended',
  ],
  'browse.dueToday': [
    'Só os que vencem hoje',
    'Due today only',
  ],
  'browse.sort': [
    'Ordenar por',
    'Sort by',
  ],
  'browse.sort.deck': [
    'Ordem do baralho',
    'Deck order',
  ],
  'browse.sort.prompt': [
    'Enunciado (A-Z)',
    'Prompt (A-Z)',
  ],
  'browse.sort.due': [
    'Vencimento (mais próximo primeiro)',
    'Due date (soonest first)',
  ],
  'browse.sort.section': [
    'Seção (A-Z)',
    'Section (A-Z)',
  ],
  'browse.clear': [
    'Limpar busca e filtros',
    'Clear search and filters',
  ],
  'browse.count': [
    '{count} de {total} cartões',
    '{count} of {total} cards',
  ],
  'browse.countAll': [
    '{total} cartões',
    '{total} cards',
  ],
  'browse.none': [
    'Nenhum cartão corresponde à busca e aos filtros.',
    'No card matches the search and filters.',
  ],
  'browse.more': [
    'Mostrar mais {count} ({remaining} restantes)',
    'Show {count} more ({remaining} left)',
  ],
  'browse.cards': [
    'Cartões do baralho',
    'Deck cards',
  ],
  'browse.col.prompt': [
    'Enunciado',
    'Prompt',
  ],
  'browse.col.section': [
    'Seção',
    'Section',
  ],
  'browse.col.kind': [
    'Tipo',
    'Type',
  ],
  'browse.col.status': [
    'Estado',
    'State',
  ],
  'browse.col.due': [
    'Vencimento',
    'Due',
  ],
  'browse.kind.question': [
    'Pergunta',
    'Question',
  ],
  'browse.kind.fact': [
    'Fato',
    'Fact',
  ],
  'browse.suspendedBadge': [
    'Suspenso',
    'Suspended',
  ],
  'browse.buriedBadge': [
    'Adiado',
    'Buried',
  ],
  'browse.noDue': [
    'sem data',
    'no date',
  ],
  'browse.dueTodayAt': [
    'hoje, {time}',
    'today, {time}',
  ],
  'browse.back': [
    'Voltar à lista',
    'Back to the list',
  ],
  'browse.shortcuts': [
    '/ busca · ↑ ↓ percorrem a lista · Enter abre · Esc volta',
    '/ searches · ↑ ↓ move through the list · Enter opens · Esc goes back',
  ],
  'cardView.parent': [
    'Pergunta de entrevista deste fato',
    'The interview question of this fact',
  ],
  'cardView.facts': [
    'Fatos desta pergunta ({count})',
    'Facts of this question ({count})',
  ],
  'cardView.tags': [
    'Etiquetas',
    'Tags',
  ],
  'cardView.note': [
    'Sua nota',
    'Your note',
  ],
  'cardInfo.title': [
    'Agendamento',
    'Scheduling',
  ],
  'cardInfo.state': [
    'Estado',
    'State',
  ],
  'cardInfo.due': [
    'Próxima revisão',
    'Next review',
  ],
  'cardInfo.lastReview': [
    'Última revisão',
    'Last review',
  ],
  'cardInfo.reps': [
    'Respostas',
    'Answers',
  ],
  'cardInfo.lapses': [
    'Esquecimentos (lapsos)',
    'Lapses (forgotten)',
  ],
  'cardInfo.stability': [
    'Estabilidade',
    'Stability',
  ],
  'cardInfo.difficulty': [
    'Dificuldade (1 a 10)',
    'Difficulty (1 to 10)',
  ],
  'cardInfo.retrievability': [
    'Chance de lembrar agora',
    'Chance of recalling now',
  ],
  'cardInfo.neverStudied': [
    'Ainda não estudado: o agendamento começa com a primeira resposta.',
    'Not studied yet: scheduling starts with the first answer.',
  ],
  'cardInfo.history': [
    'Histórico de respostas',
    'Answer history',
  ],
  'cardInfo.historyEmpty': [
    'Nenhuma resposta ainda.',
    'No answers yet.',
  ],
  'cardInfo.when': [
    'Data',
    'Date',
  ],
  'cardInfo.rating': [
    'Avaliação',
    'Rating',
  ],
  'cardInfo.duration': [
    'Tempo',
    'Time',
  ],
  'cardInfo.historyFailed': [
    'Não foi possível ler o histórico deste cartão.',
    'The history of this card could not be read.',
  ],
} as const satisfies Record<string, Message>;
