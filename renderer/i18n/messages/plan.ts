import type { Message } from '../../core/messages';

// The interview date, its study plan and the readiness forecast (issue 18).
export default {
  'plan.title': ['Plano da entrevista', 'Interview plan'],
  'plan.subtitle': [
    'Defina a data da sua entrevista: o app distribui os cartões novos para que todos sejam apresentados até 3 dias antes e estima quanto você lembraria no dia.',
    'Set the date of your interview: the app spreads the new cards so that all of them are introduced by 3 days before, and estimates how much you would recall on the day.',
  ],
  'plan.open': ['Plano da entrevista', 'Interview plan'],
  'plan.setDate': ['Definir a data da entrevista', 'Set the interview date'],
  'plan.none': [
    'Nenhuma data definida: os cartões novos seguem o limite diário das configurações.',
    'No date set: new cards follow the daily limit in the settings.',
  ],
  'plan.daysLeft': [
    { zero: 'Entrevista hoje', one: 'Entrevista em {count} dia', other: 'Entrevista em {count} dias' },
    { zero: 'Interview today', one: 'Interview in {count} day', other: 'Interview in {count} days' },
  ],
  'plan.newToday': [
    { zero: 'hoje nenhum cartão novo', one: 'hoje {count} cartão novo', other: 'hoje {count} cartões novos' },
    { zero: 'no new cards today', one: 'today {count} new card', other: 'today {count} new cards' },
  ],
  'plan.remaining': [
    { zero: '(todos já apresentados)', one: '({count} restante até 3 dias antes)', other: '({count} restantes até 3 dias antes)' },
    { zero: '(all introduced)', one: '({count} left until 3 days before)', other: '({count} left until 3 days before)' },
  ],
  'plan.readinessOverall': ['No dia, você lembraria cerca de {value} do baralho.', 'On the day you would recall about {value} of the deck.'],
  'plan.readinessSection': ['No dia, você lembraria cerca de {value} de {section}.', 'On the day you would recall about {value} of {section}.'],
  'plan.when': ['Entrevista marcada para {date}.', 'Interview on {date}.'],
  'plan.explain': [
    {
      one: 'Os cartões que faltam entram hoje: resta {count} dia de estudo para apresentá-los (até 3 dias antes da entrevista). Cada pergunta vem antes dos seus fatos, e as seções seguem a sua ordem.',
      other: 'Os cartões que faltam são divididos igualmente pelos {count} dias de estudo que restam para apresentá-los (até 3 dias antes da entrevista). Cada pergunta vem antes dos seus fatos, e as seções seguem a sua ordem.',
    },
    {
      one: 'The remaining cards come today: {count} study day is left to introduce them (until 3 days before the interview). Each question comes before its facts, and the sections follow your order.',
      other: 'The remaining cards are spread evenly over the {count} study days left to introduce them (until 3 days before the interview). Each question comes before its facts, and the sections follow your order.',
    },
  ],
  'plan.late': [
    'Faltam menos de 3 dias: o plano apresenta hoje todos os cartões que faltam.',
    'Fewer than 3 days are left: the plan introduces every remaining card today.',
  ],
  'plan.minutes': ['Hoje: cerca de {today} de estudo. Dia mais cheio do plano: {peak}.', 'Today: about {today} of study. The plan\'s busiest day: {peak}.'],
  'plan.timesOwn': [
    'Tempo por resposta: as suas medianas, {newCard} por cartão novo e {review} por revisão.',
    'Time per answer: your medians, {newCard} a new card and {review} a review.',
  ],
  'plan.timesAssumed': [
    'Tempo por resposta: {newCard} por cartão novo e {review} por revisão, até você ter 50 respostas (depois, as suas medianas).',
    'Time per answer: {newCard} a new card and {review} a review until you have 50 answers (then your own medians).',
  ],
  'plan.dateTitle': ['Data', 'Date'],
  'plan.date': ['Data da entrevista', 'Interview date'],
  'plan.time': ['Horário (opcional)', 'Time (optional)'],
  'plan.save': ['Salvar a data', 'Save the date'],
  'plan.clear': ['Remover a data', 'Clear the date'],
  'plan.saved': ['Data salva.', 'Date saved.'],
  'plan.cleared': ['Data removida: os cartões novos voltam ao limite diário das configurações.', 'Date cleared: new cards follow the daily limit in the settings again.'],
  'plan.dateInvalid': ['Escolha uma data e um horário ainda por vir.', 'Choose a date and time still to come.'],
  'plan.ceilingTitle': ['Limite diário', 'Daily ceiling'],
  'plan.ceiling': ['Minutos por dia, no máximo (0: sem limite)', 'Minutes a day at most (0: no ceiling)'],
  'plan.saveCeiling': ['Salvar o limite', 'Save the ceiling'],
  'plan.over': [
    'O plano precisa de {peak} no dia mais cheio, acima do seu limite de {ceiling}.',
    'The plan needs {peak} on its busiest day, more than your ceiling of {ceiling}.',
  ],
  'plan.propose': [
    {
      one: 'Proposta: deixar de fora {count} cartão de fatos de {sections} (as últimas na sua ordem), o que alivia o dia mais cheio em {saved}.',
      other: 'Proposta: deixar de fora os {count} cartões de fatos de {sections} (as últimas na sua ordem), o que alivia o dia mais cheio em {saved}.',
    },
    {
      one: 'Proposal: leave out {count} fact card of {sections} (last in your order), which lightens the busiest day by {saved}.',
      other: 'Proposal: leave out the {count} fact cards of {sections} (last in your order), which lightens the busiest day by {saved}.',
    },
  ],
  'plan.proposeNoFit': [
    'Mesmo assim o plano ficaria acima do limite: pense em um limite maior ou em uma data mais tarde.',
    'Even then the plan would stay over the ceiling: think of a higher ceiling or a later date.',
  ],
  'plan.accept': ['Deixar de fora', 'Leave them out'],
  'plan.leftOut': ['Fora do plano: os fatos de {sections}.', 'Left out of the plan: the facts of {sections}.'],
  'plan.putBack': ['Incluir de volta', 'Put them back'],
  'plan.orderTitle': ['Ordem das seções', 'Section order'],
  'plan.orderHint': ['As primeiras são apresentadas primeiro; as últimas são as primeiras a sair se o tempo não der.', 'The first are introduced first; the last are the first to go if time runs short.'],
  'plan.up': ['Subir {section}', 'Move {section} up'],
  'plan.down': ['Descer {section}', 'Move {section} down'],
  'plan.readiness': ['Prontidão', 'Readiness'],
  'plan.readinessHint': [
    'A estimativa do FSRS de quanto você lembraria no dia da entrevista se não revisasse mais nada até lá; cartões ainda não vistos contam 0.',
    'FSRS\'s estimate of how much you would recall on the interview day if you reviewed nothing more until then; cards not seen yet count 0.',
  ],
  'plan.readinessChart': ['Prontidão por dia', 'Readiness by day'],
  'plan.readinessSummary': [
    { one: 'Prontidão em {count} dia desde que a data foi definida: {last}.', other: 'Prontidão em {count} dias desde que a data foi definida: de {first} a {last}.' },
    { one: 'Readiness on {count} day since the date was set: {last}.', other: 'Readiness on {count} days since the date was set: from {first} to {last}.' },
  ],
  'plan.day': ['Dia', 'Day'],
  'plan.overall': ['Geral', 'Overall'],
  'plan.topUp': ['Reforço do dia', 'Today\'s top-up'],
  'plan.topUpText': [
    { one: 'Reúne {count} cartão, o que você tem mais chance de esquecer até a entrevista.', other: 'Reúne os {count} cartões que você tem mais chance de esquecer até a entrevista.' },
    { one: 'It holds the {count} card you are likeliest to have forgotten by the interview.', other: 'It holds the {count} cards you are likeliest to have forgotten by the interview.' },
  ],
  'plan.topUpStart': ['Praticar o reforço', 'Practise the top-up'],
  'plan.topUpEmpty': ['Ainda não há cartões vistos para reforçar.', 'No card seen yet to top up.'],
  'plan.mock': [
    'Na última semana, faça uma entrevista simulada por dia.',
    'In the last week, do a mock interview a day.',
  ],
  'plan.mockStart': ['Fazer a entrevista simulada de hoje', 'Do today\'s mock interview'],
  'plan.passed': [
    'A entrevista foi em {date}. Os cartões novos voltaram ao limite diário das configurações.',
    'The interview was on {date}. New cards follow the daily limit in the settings again.',
  ],
  'plan.passedDeck': ['A entrevista já passou. Como foi?', 'The interview has passed. How did it go?'],
  'plan.outcome': ['Como foi a entrevista?', 'How did the interview go?'],
  'plan.outcomeSave': ['Salvar a anotação', 'Save the note'],
  'plan.outcomeSaved': ['Anotação salva.', 'Note saved.'],
  'plan.settingsHint': [
    'Com uma data de entrevista, os cartões novos por dia vêm do plano, não do limite acima.',
    'With an interview date, the new cards a day come from the plan, not from the limit above.',
  ],
} as const satisfies Record<string, Message>;
