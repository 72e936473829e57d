import type { Message } from '../../core/messages';

// Export, import, backups and storage trouble (issue 5).
export default {
  'progress.intro': [
    'Seu histórico de estudo fica só neste computador. Exporte-o para guardar uma cópia ou para continuar estudando em outro computador.',
    'Your study history lives on this computer only. Export it to keep a copy or to carry on studying on another computer.',
  ],
  'progress.lastExport': [
    'Última exportação: {when}.',
    'Last export: {when}.',
  ],
  'progress.neverExported': [
    'Você ainda não exportou seu progresso.',
    'You have not exported your progress yet.',
  ],
  'progress.exportTitle': [
    'Exportar',
    'Export',
  ],
  'progress.exportJson': [
    'Exportar progresso (JSON)',
    'Export progress (JSON)',
  ],
  'progress.exportJsonHint': [
    'O arquivo completo, com respostas, marcações, notas e configurações. É ele que se importa em outro computador.',
    'The complete file, with answers, flags, notes and settings. This is the file to import on another computer.',
  ],
  'progress.exportCsv': [
    'Exportar respostas (CSV)',
    'Export answers (CSV)',
  ],
  'progress.exportCsvHint': [
    'Uma linha por resposta, para abrir numa planilha.',
    'One row per answer, to open in a spreadsheet.',
  ],
  'progress.exportedJson': [
    {
      one: 'Progresso exportado: {count} resposta.',
      other: 'Progresso exportado: {count} respostas.',
    },
    { one: 'Progress exported: {count} answer.', other: 'Progress exported: {count} answers.' },
  ],
  'progress.exportedCsv': [
    {
      one: 'Planilha exportada: {count} resposta.',
      other: 'Planilha exportada: {count} respostas.',
    },
    {
      one: 'Spreadsheet exported: {count} answer.',
      other: 'Spreadsheet exported: {count} answers.',
    },
  ],
  'progress.exportCancelled': [
    'Exportação cancelada.',
    'Export cancelled.',
  ],
  'progress.exportFailed': [
    'Não foi possível exportar. Nada foi alterado.',
    'The export failed. Nothing was changed.',
  ],
  'progress.exporting': [
    'Exportando…',
    'Exporting…',
  ],
  'progress.importTitle': [
    'Importar e juntar',
    'Import and merge',
  ],
  'progress.importHint': [
    'Junte aqui o progresso exportado em outro computador. Respostas que este computador já tem são ignoradas: importar o mesmo arquivo duas vezes não muda nada.',
    'Merge the progress exported on another computer here. Answers this computer already has are skipped: importing the same file twice changes nothing.',
  ],
  'progress.importButton': [
    'Importar arquivo…',
    'Import a file…',
  ],
  'progress.reading': [
    'Verificando o arquivo…',
    'Checking the file…',
  ],
  'progress.previewTitle': [
    'Importar este progresso?',
    'Import this progress?',
  ],
  'progress.answers': [
    { zero: '0 respostas', one: '{count} resposta', other: '{count} respostas' },
    { one: '{count} answer', other: '{count} answers' },
  ],
  'progress.newHere': [
    { zero: '0 novas neste computador', one: '{count} nova neste computador', other: '{count} novas neste computador' },
    { one: '{count} new to this computer', other: '{count} new to this computer' },
  ],
  'progress.range': [
    'de {from} a {to}',
    'from {from} to {to}',
  ],
  'progress.previewFile': [
    'Arquivo {name}, exportado em {when}.',
    'File {name}, exported on {when}.',
  ],
  'progress.previewUnknown': [
    'Respostas de cartões que este baralho não tem: {count}. Elas são guardadas, mas não entram nas contagens.',
    'Answers of cards this deck does not have: {count}. They are kept, but not counted.',
  ],
  'progress.previewUserData': [
    'Cartões com marcações, notas ou suspensões atualizadas: {count}.',
    'Cards whose flags, notes or suspensions change: {count}.',
  ],
  'progress.previewLearner': [
    'Também: {parts}.',
    'Also: {parts}.',
  ],
  'progress.learnerMocks': [
    { one: '{count} entrevista simulada', other: '{count} entrevistas simuladas' },
    { one: '{count} mock interview', other: '{count} mock interviews' },
  ],
  'progress.learnerOwnCards': [
    { one: '{count} cartão seu novo ou alterado', other: '{count} cartões seus novos ou alterados' },
    { one: '{count} of your cards new or changed', other: '{count} of your cards new or changed' },
  ],
  'progress.learnerOwnAnswers': [
    { one: '{count} versão de resposta sua', other: '{count} versões de respostas suas' },
    { one: '{count} version of your answers', other: '{count} versions of your answers' },
  ],
  'progress.learnerDate': [
    'a data da entrevista',
    'the interview date',
  ],
  'progress.whereLine': [
    'linha {line}',
    'line {line}',
  ],
  'progress.previewSettings': [
    'Configurações que este computador ainda não tinha: {count}.',
    'Settings this computer did not have yet: {count}.',
  ],
  'progress.previewHeld': [
    {
      one: '{count} resposta tem uma data que o relógio deste computador não aceita (anterior a 2000 ou mais de um dia à frente). Ela fica guardada à parte, sem contar, até a data chegar.',
      other: '{count} respostas têm uma data que o relógio deste computador não aceita (anterior a 2000 ou mais de um dia à frente). Elas ficam guardadas à parte, sem contar, até a data chegar.',
    },
    {
      one: '{count} answer has a date this computer\'s clock does not accept (before 2000, or over a day ahead). It is kept apart, not counted, until that date comes.',
      other: '{count} answers have a date this computer\'s clock does not accept (before 2000, or over a day ahead). They are kept apart, not counted, until that date comes.',
    },
  ],
  'progress.previewNothing': [
    'Nada de novo: este computador já tem tudo o que está neste arquivo.',
    'Nothing new: this computer already has everything in this file.',
  ],
  'progress.confirmImport': [
    'Importar',
    'Import',
  ],
  'progress.cancel': [
    'Cancelar',
    'Cancel',
  ],
  'progress.close': [
    'Fechar',
    'Close',
  ],
  'progress.imported': [
    'Importação concluída. Respostas novas: {count}.',
    'Import complete. New answers: {count}.',
  ],
  'progress.importedHeld': [
    'Guardadas à parte até a data chegar: {count}.',
    'Kept apart until their date comes: {count}.',
  ],
  'progress.heldTitle': [
    'Respostas com data fora do intervalo',
    'Answers dated out of range',
  ],
  'progress.held': [
    {
      one: '{count} resposta importada tem uma data que o relógio deste computador não aceita ({range}). Ela fica guardada à parte, fora das contagens e das estatísticas, e entra no histórico quando a data chegar; ela vai junto em toda exportação e backup.',
      other: '{count} respostas importadas têm uma data que o relógio deste computador não aceita ({range}). Elas ficam guardadas à parte, fora das contagens e das estatísticas, e entram no histórico quando a data chegar; elas vão junto em toda exportação e backup.',
    },
    {
      one: '{count} imported answer has a date this computer\'s clock does not accept ({range}). It is kept apart, out of the counts and the statistics, and joins the history when that date comes; it travels in every export and backup.',
      other: '{count} imported answers have a date this computer\'s clock does not accept ({range}). They are kept apart, out of the counts and the statistics, and join the history when that date comes; they travel in every export and backup.',
    },
  ],
  'progress.heldDiscard': [
    'Descartar',
    'Discard',
  ],
  'progress.heldDiscardLabel': [
    'Descartar as respostas guardadas à parte',
    'Discard the answers kept apart',
  ],
  'progress.heldDiscardTitle': [
    'Descartar estas respostas?',
    'Discard these answers?',
  ],
  'progress.heldDiscardBody': [
    'As respostas guardadas à parte ({answers}) são apagadas deste computador e não entram mais no histórico. Isto não pode ser desfeito; outro computador que as tenha continua com elas.',
    'The answers kept apart ({answers}) are deleted from this computer and will never join the history. This cannot be undone; another computer that has them keeps them.',
  ],
  'progress.heldDiscarded': [
    'Respostas guardadas à parte descartadas.',
    'The answers kept apart were discarded.',
  ],
  'progress.heldDiscardFailed': [
    'Não foi possível descartar as respostas. Nada foi alterado.',
    'The answers could not be discarded. Nothing was changed.',
  ],
  'progress.importCancelled': [
    'Importação cancelada. Nada foi alterado.',
    'Import cancelled. Nothing was changed.',
  ],
  'progress.error.empty': [
    'O arquivo está vazio. Nada foi alterado.',
    'The file is empty. Nothing was changed.',
  ],
  'progress.error.too-large': [
    'O arquivo tem {size}, e o limite é {limit}: não parece uma exportação deste app. Nada foi alterado.',
    'The file is {size} and the limit is {limit}: it does not look like an export of this app. Nothing was changed.',
  ],
  'progress.error.truncated': [
    'O arquivo está incompleto: ele termina antes do fim que o app escreve (uma cópia ou um download interrompido?). Nada foi alterado.',
    'The file is incomplete: it stops before the end the app writes (an interrupted copy or download?). Nothing was changed.',
  ],
  'progress.error.not-json': [
    'O arquivo não é um JSON válido; talvez esteja incompleto ou corrompido. Nada foi alterado.',
    'The file is not valid JSON; it may be incomplete or corrupted. Nothing was changed.',
  ],
  'progress.error.foreign': [
    'Este arquivo não é uma exportação do MLOps Flashcards. Nada foi alterado.',
    'This file is not an MLOps Flashcards export. Nothing was changed.',
  ],
  'progress.error.newer-version': [
    'Este arquivo vem de uma versão mais nova do app. Atualize o app e tente de novo. Nada foi alterado.',
    'This file comes from a newer version of the app. Update the app and try again. Nothing was changed.',
  ],
  'progress.error.invalid': [
    'O arquivo tem um valor inválido em {where}. Nada foi alterado.',
    'The file has an invalid value at {where}. Nothing was changed.',
  ],
  'progress.error.rating-out-of-range': [
    'O arquivo tem uma avaliação fora de 1 a 4 em {where}. Nada foi alterado.',
    'The file has a rating outside 1 to 4 at {where}. Nothing was changed.',
  ],
  'progress.error.setting-invalid': [
    'O arquivo tem um valor inválido na configuração “{where}”. Nada foi alterado.',
    'The file has an invalid value in the setting “{where}”. Nothing was changed.',
  ],
  'progress.error.settings-too-large': [
    'O arquivo traz configurações desconhecidas demais, grandes demais ou aninhadas demais (a partir de “{where}”); uma exportação deste app não as teria. Nada foi alterado.',
    'The file brings too many unknown settings, or ones too large or too deeply nested (from “{where}” on); an export of this app would not have them. Nothing was changed.',
  ],
  'progress.error.check-failed': [
    'Não foi possível verificar este arquivo. Nada foi alterado.',
    'This file could not be checked. Nothing was changed.',
  ],
  'progress.error.checksum': [
    'A soma de verificação não confere: o arquivo foi alterado ou corrompido depois de exportado. Nada foi alterado.',
    'The checksum does not match: the file was changed or corrupted after it was exported. Nothing was changed.',
  ],
  'progress.error.conflicting-duplicate': [
    'O arquivo tem duas versões diferentes do mesmo registro ({where}). Nada foi alterado.',
    'The file holds two different versions of the same record ({where}). Nothing was changed.',
  ],
  'progress.error.conflicts-with-local': [
    'Uma resposta do arquivo tem o mesmo identificador de uma resposta deste computador, mas conteúdo diferente ({where}). Nada foi alterado.',
    'An answer in the file has the same id as an answer on this computer but different contents ({where}). Nothing was changed.',
  ],
  'progress.error.quota': [
    'Não há espaço em disco suficiente para gravar. Libere espaço e tente de novo. Nada foi alterado.',
    'There is not enough disk space to save. Free some space and try again. Nothing was changed.',
  ],
  'progress.error.read-failed': [
    'Não foi possível ler o arquivo. Nada foi alterado.',
    'The file could not be read. Nothing was changed.',
  ],
  'progress.error.write-failed': [
    'Não foi possível gravar no banco de dados local. Nada foi alterado.',
    'The local database could not be written. Nothing was changed.',
  ],
  'progress.backupsTitle': [
    'Backups automáticos',
    'Automatic backups',
  ],
  'progress.backupsHint': [
    'O app guarda uma cópia do seu progresso ao fechar e a cada 30 minutos de estudo, e mantém uma por dia nos últimos 12 dias, uma por semana em 10 semanas e uma por mês em 9 meses.',
    'The app keeps a copy of your progress when it closes and every 30 minutes of study, and keeps one a day for the last 12 days, one a week for 10 weeks and one a month for 9 months.',
  ],
  'progress.backupsWeb': [
    'No navegador não há backups automáticos: exporte seu progresso de vez em quando. O app lembra você quando a última exportação passa de uma semana.',
    'The browser version has no automatic backups: export your progress now and then. The app reminds you when your last export is over a week old.',
  ],
  'progress.backupsEmpty': [
    'Ainda não há backups.',
    'There are no backups yet.',
  ],
  'progress.backupsLoading': [
    'Carregando os backups…',
    'Loading the backups…',
  ],
  'progress.backupsFailed': [
    'Não foi possível listar os backups.',
    'The backups could not be listed.',
  ],
  'progress.backupsCaption': [
    'Backups, do mais novo ao mais antigo',
    'Backups, newest first',
  ],
  'progress.backupWhen': [
    'Data',
    'Date',
  ],
  'progress.backupKind': [
    'Tipo',
    'Kind',
  ],
  'progress.backupSize': [
    'Tamanho',
    'Size',
  ],
  'progress.reason.auto': [
    'Automático',
    'Automatic',
  ],
  'progress.reason.quit': [
    'Ao fechar o app',
    'On closing the app',
  ],
  'progress.reason.manual': [
    'Manual',
    'Manual',
  ],
  'progress.reason.before-restore': [
    'Antes de restaurar',
    'Before a restore',
  ],
  'progress.backupNow': [
    'Fazer backup agora',
    'Back up now',
  ],
  'progress.backingUp': [
    'Fazendo backup…',
    'Backing up…',
  ],
  'progress.backedUp': [
    'Backup feito.',
    'Backup done.',
  ],
  'progress.backupFailed': [
    'Não foi possível fazer o backup. Nada foi alterado.',
    'The backup failed. Nothing was changed.',
  ],
  'progress.restore': [
    'Restaurar',
    'Restore',
  ],
  'progress.restoreLabel': [
    'Restaurar o backup de {when}',
    'Restore the backup of {when}',
  ],
  'progress.restoreTitle': [
    'Restaurar este backup?',
    'Restore this backup?',
  ],
  'progress.restoreBody': [
    'O progresso deste computador passa a ser o do backup de {when} ({answers}). Antes, o estado atual é salvo em um novo backup, para você poder voltar atrás.',
    'This computer\'s progress becomes that of the backup of {when} ({answers}). First, the current state is saved in a new backup, so you can go back.',
  ],
  'progress.restoring': [
    'Restaurando o backup…',
    'Restoring the backup…',
  ],
  'progress.restored': [
    'Backup de {when} restaurado. O estado anterior ficou guardado num backup “Antes de restaurar”.',
    'Backup of {when} restored. The previous state is kept in a “Before a restore” backup.',
  ],
  'progress.restoreFailed': [
    'Não foi possível restaurar o backup. Nada foi alterado.',
    'The backup could not be restored. Nothing was changed.',
  ],
} as const satisfies Record<string, Message>;
