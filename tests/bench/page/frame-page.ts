// The answer floor's page (frame.html): Space shows an answer line, 1-4 replace the prompt.
const main = document.querySelector('main')!;
let card = 0;
let answer: HTMLElement | undefined;

function showPrompt(): void {
  card += 1;
  const prompt = main.querySelector('h1.prompt') ?? main.appendChild(document.createElement('h1'));
  prompt.className = 'prompt';
  prompt.textContent = `Card ${card}`;
}

document.querySelector('.actions button')!.addEventListener('click', showPrompt);
window.addEventListener('keydown', (event) => {
  if (!main.querySelector('h1.prompt')) return;
  if (event.key === ' ' && !answer) {
    event.preventDefault();
    answer = main.appendChild(document.createElement('div'));
    answer.dataset.testid = 'answer';
    answer.textContent = `Answer ${card}`;
  } else if (['1', '2', '3', '4'].includes(event.key) && answer) {
    answer.remove();
    answer = undefined;
    showPrompt();
  }
});
