// Builds elements from data with textContent only: a name like <script> shows as text, never runs.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  });
  append(element, children);
  return element;
}

function append(element, children) {
  children.flat(Infinity).forEach((child) => {
    if (child === null || child === undefined || child === false) {
      return;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
}

export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

export function announce(text) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 50);
}

const moneyFormat = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A money figure as the API gives it (two decimals), grouped for reading; '—' when absent. */
export function money(value) {
  return value === null || value === undefined ? '—' : moneyFormat.format(Number(value));
}

/** An index (CPI, SPI, TCPI) with the API's three decimals. */
export function index(value) {
  return value === null || value === undefined ? '—' : Number(value).toFixed(3);
}

export function instant(value) {
  if (!value) {
    return '—';
  }
  return new Date(value).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC');
}

/** A table with a caption, column heads and rows of cells (strings or nodes). */
export function table(caption, heads, rows, attributes = {}) {
  return h('div', { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: 0 },
    h('table', attributes,
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, heads.map((head) => h('th', { scope: 'col' }, head)))),
      h('tbody', {}, rows.length
        ? rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))
        : h('tr', {}, h('td', { colspan: heads.length, class: 'empty' }, 'None')))));
}

export function rag(value) {
  return value
    ? h('span', { class: `rag rag-${value.toLowerCase()}` }, value)
    : h('span', { class: 'rag rag-none' }, 'no report');
}
