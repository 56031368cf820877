// The volunteers' intake page: builds the form from /v1/labels (the one source of Dutch labels), sends the question
// to /v1/advice and shows the advice as it is to be read aloud. Stores nothing: no cookies, no storage, no history.
'use strict';
(function () {
  const CODE_FIELDS = ['safetySignals', 'topics', 'reluctance', 'barriers', 'groups'];
  const CONTACT = [['phone', 'Telefoon'], ['email', 'E-mail'], ['url', 'Website'], ['address', 'Adres'],
    ['hours', 'Openingstijden']];
  const PRESET_CHANNEL = 'HULPLIJN_PHONE';
  let codes = {};
  let gaps = {};

  const byId = (id) => document.getElementById(id);

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function buildOptions(field, labels, phrases) {
    const box = document.querySelector('[data-field="' + field + '"]');
    for (const [code, label] of Object.entries(labels)) {
      const option = element('div', null, 'option');
      const input = element('input');
      input.type = 'checkbox';
      input.id = field + '-' + code;
      input.name = field;
      input.value = code;
      const text = element('label');
      text.htmlFor = input.id;
      text.append(element('span', label, 'label'));
      if (phrases && phrases[code]) text.append(element('span', phrases[code], 'phrase'));
      option.append(input, text);
      box.append(option);
    }
  }

  function fillSelect(select, labels, preset) {
    for (const [code, label] of Object.entries(labels)) {
      const option = new Option(label, code, code === preset, code === preset);
      select.append(option);
    }
  }

  function number(id) {
    const value = byId(id).value.trim();
    return value === '' ? undefined : Number(value);
  }

  /** The question as the contract has it, or a Dutch message saying what to fix. */
  function question() {
    const q = {};
    for (const field of CODE_FIELDS) {
      const checked = Array.from(document.querySelectorAll('input[name="' + field + '"]:checked'), (i) => i.value);
      if (checked.length > 0) q[field] = checked;
    }
    if (!q.topics) return { problem: 'Kies minstens één onderwerp waar de vraag over gaat.', focus: 'topics-set' };
    if (byId('complexity').value) q.complexity = byId('complexity').value;
    if (!byId('explicit').checked) q.explicit = false;
    for (const id of ['age', 'monthsInDordrecht']) {
      const value = number(id);
      if (value !== undefined) {
        if (!Number.isInteger(value)) return { problem: 'Vul bij ' + byId(id).labels[0].textContent + ' een heel getal in.', focus: id };
        q[id] = value;
      }
    }
    const childAges = byId('childAges').value.trim();
    if (childAges !== '') {
      const ages = childAges.split(/[\s,;]+/).filter((s) => s !== '');
      if (!ages.every((a) => /^\d{1,2}$/.test(a) && Number(a) <= 17)) {
        return { problem: 'Vul de leeftijden van de kinderen in als getallen van 0 tot en met 17, bijvoorbeeld 3, 7.', focus: 'childAges' };
      }
      q.childAges = ages.map(Number);
    }
    if (byId('neighbourhood').value) q.neighbourhood = byId('neighbourhood').value;
    q.channel = byId('channel').value;
    return { question: q };
  }

  function contact(details) {
    const list = element('dl', null, 'contact');
    for (const [key, label] of CONTACT) {
      if (details && details[key]) {
        list.append(element('dt', label), element('dd', details[key], 'contact-' + key));
      }
    }
    return list.children.length > 0 ? list : null;
  }

  function suggestion(s, heading, className) {
    const box = element('div', null, className);
    box.append(element(heading, s.name, 'name'));
    const reasons = element('ul', null, 'reasons');
    s.reasons.forEach((r) => reasons.append(element('li', r)));
    box.append(reasons);
    const details = contact(s.contact);
    if (details) box.append(details);
    return box;
  }

  function section(parent, title, id, items) {
    if (items.length === 0) return;
    parent.append(element('h3', title));
    const list = element('ul', null, null);
    list.id = id;
    items.forEach((item) => list.append(typeof item === 'string' ? element('li', item) : item));
    parent.append(list);
  }

  function label(field, code) {
    return (codes[field] && codes[field][code]) || code;
  }

  function showAdvice(advice) {
    const body = byId('advice-body');
    body.replaceChildren();
    if (advice.route === 'SAFETY_ESCALATION') {
      // First and unmistakable: the volunteer acts on this before anything else.
      const urgent = element('div', null, 'escalation');
      urgent.id = 'escalation';
      urgent.setAttribute('role', 'alert');
      urgent.append(element('h3', label('route', advice.route)));
      urgent.append(suggestion(advice.primary, 'p', 'suggestion primary'));
      body.append(urgent);
    } else {
      body.append(element('p', 'Route: ' + label('route', advice.route), 'route'));
    }
    if (advice.fallback) {
      body.append(element('p', 'Let op: dit is het veilige standaardadvies (' + label('fallback', advice.fallback) + ').', 'fallback'));
    }
    section(body, 'Uitleg', 'explanation', advice.explanation);
    if (advice.route !== 'SAFETY_ESCALATION') {
      body.append(element('h3', 'Advies'));
      body.append(suggestion(advice.primary, 'h4', 'suggestion primary'));
    }
    section(body, 'Ook mogelijk', 'alternatives',
      advice.alternatives.map((a) => { const li = element('li'); li.append(suggestion(a, 'h4', 'suggestion alternative')); return li; }));
    section(body, 'Om naar te vragen', 'signals',
      advice.signals.map((s) => label('topics', s.topic) + ': ' + s.reason));
    section(body, 'Niet in de sociale kaart', 'gaps', advice.gaps.map((g) => gaps[g] || g));
    body.append(element('p', 'Overdracht: ' + label('handover', advice.handover), 'handover'));
    body.append(element('p', 'Regelversie ' + advice.rulesetVersion, 'version'));
  }

  function showErrors(errors) {
    const body = byId('advice-body');
    body.replaceChildren();
    const list = element('ul', null, 'errors');
    list.id = 'errors';
    list.setAttribute('role', 'alert');
    errors.forEach((e) => list.append(element('li', (e.field ? e.field + ': ' : '') + e.message)));
    body.append(element('h3', 'Dit advies kon niet worden gegeven'), list);
  }

  async function submit(event) {
    event.preventDefault();
    const formError = byId('form-error');
    const built = question();
    if (built.problem) {
      formError.textContent = built.problem;
      formError.hidden = false;
      const target = byId(built.focus);
      (target.querySelector('input') || target).focus();
      return;
    }
    formError.hidden = true;
    let response;
    try {
      response = await fetch('/v1/advice', { method: 'POST', cache: 'no-store', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(built.question) });
      const answer = await response.json();
      if (response.ok) showAdvice(answer); else showErrors(answer.errors || []);
    } catch (e) {
      showErrors([{ field: '', message: 'De adviesdienst is niet bereikbaar. Probeer het opnieuw.' }]);
    }
    const advice = byId('advice');
    advice.hidden = false;
    advice.focus();
  }

  /** "Nieuwe vraag": everything back as it was, nothing of the last call left on screen. */
  function newQuestion() {
    byId('intake').reset();
    byId('channel').value = PRESET_CHANNEL;
    byId('form-error').hidden = true;
    byId('advice-body').replaceChildren();
    byId('advice').hidden = true;
    document.querySelector('#safety input').focus();
  }

  async function init() {
    const response = await fetch('/v1/labels', { cache: 'no-store' });
    const labels = await response.json();
    codes = labels.labels;
    gaps = labels.gaps;
    CODE_FIELDS.forEach((field) => buildOptions(field, codes[field], field === 'reluctance' ? labels.phrases : null));
    fillSelect(byId('complexity'), codes.complexity);
    fillSelect(byId('channel'), codes.channel, PRESET_CHANNEL);
    labels.neighbourhoods.forEach((w) => byId('neighbourhood').append(new Option(w, w)));
    byId('intake').addEventListener('submit', submit);
    byId('new-question').addEventListener('click', newQuestion);
    document.body.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', init);
})();
