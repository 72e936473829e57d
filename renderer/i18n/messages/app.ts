import type { Message } from '../../core/messages';

export default {
  'app.title': [
    'MLOps Flashcards',
    'MLOps Flashcards',
  ],
  'app.loading': [
    'Carregando o baralho…',
    'Loading the deck…',
  ],
  'app.loadFailed': [
    'Não foi possível abrir o baralho. Reinstale o app ou avise quem o mantém.',
    'The deck could not be opened. Reinstall the app or tell its maintainers.',
  ],
  'app.storageFailed': [
    'Não foi possível abrir o banco de dados local. Seu progresso não foi alterado.',
    'The local database could not be opened. Your progress was not changed.',
  ],
  'app.language': [
    'Idioma',
    'Language',
  ],
  'app.skip': [
    'Pular para o conteúdo',
    'Skip to content',
  ],
  'nav.label': ['Navegação principal', 'Main navigation'],
  'nav.decks': ['Baralho', 'Deck'],
  'nav.browse': ['Navegar', 'Browse'],
  'nav.practice': ['Prática livre', 'Free practice'],
  'nav.stats': ['Estatísticas', 'Statistics'],
  'nav.settings': ['Configurações', 'Settings'],
  'progress.title': [
    'Progresso e backups',
    'Progress and backups',
  ],
} as const satisfies Record<string, Message>;
