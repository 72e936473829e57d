import type { Message } from '../../core/messages';

// Long work shown with a progress bar: importing, restoring, rebuilding from history (issue 15).
export default {
  'task.reading': [
    'Lendo o arquivo…',
    'Reading the file…',
  ],
  'task.checking': [
    'Verificando o arquivo…',
    'Checking the file…',
  ],
  'task.comparing': [
    'Comparando com o progresso deste computador…',
    'Comparing with this computer’s progress…',
  ],
  'task.backing-up': [
    'Guardando o estado atual num backup…',
    'Keeping the current state in a backup…',
  ],
  'task.reading-history': [
    'Lendo o histórico…',
    'Reading the history…',
  ],
  'task.writing': [
    'Gravando…',
    'Saving…',
  ],
  'task.replaying': [
    'Recalculando agendamentos…',
    'Recomputing schedules…',
  ],
  'task.saving': [
    'Concluindo…',
    'Finishing…',
  ],
  'task.answers': [
    { zero: '{done} de 0 respostas', one: '{done} de {count} resposta', other: '{done} de {count} respostas' },
    { one: '{done} of {count} answer', other: '{done} of {count} answers' },
  ],
  'task.cancel': [
    'Cancelar',
    'Cancel',
  ],
  'task.cancelling': [
    'Cancelando…',
    'Cancelling…',
  ],
  'task.restoreCancelled': [
    'Restauração cancelada. Nada foi alterado.',
    'Restore cancelled. Nothing was changed.',
  ],
  'task.rebuildCancelled': [
    'Reconstrução cancelada. Nada foi alterado.',
    'Rebuild cancelled. Nothing was changed.',
  ],
  'task.rebuildFailed': [
    'Não foi possível reconstruir o agendamento. Nada foi alterado.',
    'The schedule could not be rebuilt. Nothing was changed.',
  ],
} as const satisfies Record<string, Message>;
