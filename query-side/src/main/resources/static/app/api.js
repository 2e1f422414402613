// The API, signed in like any client. The name and password are sent once, to POST /api/session;
// what the tab keeps (sessionStorage, never a cookie or the disk) is the short-lived token it
// answers, renewed before it runs out. Where the service issues no token (no session key
// configured), the tab keeps HTTP Basic credentials instead, as before.

const KEY = 'project-ledger.session';

export class Problem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || `HTTP ${status}`);
    this.status = status;
    this.code = body && body.code;
    this.body = body;
  }
}

export function session() {
  const raw = sessionStorage.getItem(KEY);
  return raw ? JSON.parse(raw) : null;
}

function basic(user, password) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  bytes.forEach((b) => { binary += String.fromCharCode(b); });
  return 'Basic ' + btoa(binary);
}

let renewal = null;

/** Signs in with the name and password once; keeps the token it answers for this tab. */
export async function signIn(user, password) {
  const authorization = basic(user, password);
  const answer = await fetch('/api/session', { method: 'POST', headers: headers(authorization) });
  if (answer.status === 404) {
    // No tokens here: keep HTTP Basic, checked against the read API.
    const check = await fetch('/api/projects?size=1', { headers: headers(authorization) });
    if (!check.ok) {
      throw new Problem(check.status, await body(check));
    }
    sessionStorage.setItem(KEY, JSON.stringify({ user, authorization }));
    return;
  }
  if (!answer.ok) {
    throw new Problem(answer.status, await body(answer));
  }
  keep(await answer.json());
}

/** The sign-in page's choices: whether passwords are taken, and each identity provider. */
export async function signInChoices() {
  const answer = await fetch('/api/session/providers', { headers: headers(undefined) });
  if (!answer.ok) {
    return { passwords: true, providers: [] };
  }
  return answer.json();
}

/**
 * Keeps the token a sign-in through the identity provider handed over in the address's fragment.
 * It is not renewed: when it runs out the pages go back to the provider, where a leaver is out.
 */
export function adoptProviderSignIn(params) {
  clearTimeout(renewal);
  sessionStorage.setItem(KEY, JSON.stringify({
    user: params.get('user'),
    authorization: `Bearer ${params.get('token')}`,
    expiresAt: params.get('expiresAt'),
    signedInAt: params.get('signedInAt'),
    provider: params.get('provider'),
  }));
}

/**
 * A fresh sign-in at the provider, for a signed act (prompt=login): a small window goes through
 * the provider and hands the new token back; the form stays as it was. Resolves when the tab holds
 * the fresh token, rejects if the sign-in is refused or the window closed.
 */
export function freshProviderSignIn() {
  const current = session();
  return new Promise((resolve, reject) => {
    const popup = window.open(
      `/oauth2/authorization/${encodeURIComponent(current.provider)}?fresh`, 'ledger-sign-in',
      'width=520,height=680');
    if (!popup) {
      reject(new Problem(400, { detail: 'The browser blocked the sign-in window: allow it for this site.' }));
      return;
    }
    // The window hands the token over and this tab closes it: a window closed by the user before
    // that is a sign-in abandoned (after a grace, for a message already on its way).
    let settled = false;
    const closed = setInterval(() => {
      if (popup.closed) {
        clearInterval(closed);
        setTimeout(() => {
          if (!settled) {
            done();
            reject(new Problem(401, { detail: 'The sign-in window was closed before the sign-in.' }));
          }
        }, 2000);
      }
    }, 500);
    function done() {
      settled = true;
      clearInterval(closed);
      window.removeEventListener('message', listen);
    }
    function listen(event) {
      if (event.origin !== location.origin || event.source !== popup || !event.data) {
        return;
      }
      if (event.data.type === 'ledger:signed-in') {
        done();
        popup.close();
        adoptProviderSignIn(new URLSearchParams(event.data.params));
        resolve(session());
      } else if (event.data.type === 'ledger:sign-in-refused') {
        done();
        popup.close();
        reject(new Problem(401, { detail: event.data.reason }));
      }
    }
    window.addEventListener('message', listen);
  });
}

function keep(session, before = null) {
  sessionStorage.setItem(KEY, JSON.stringify({
    user: session.user,
    roles: session.roles,
    authorization: `Bearer ${session.token}`,
    expiresAt: session.expiresAt,
  }));
  // A renewal that ends no later than the token before it has reached the password's maximum
  // age: the tab signs in again when it runs out, rather than asking again and again.
  if (!before || Date.parse(session.expiresAt) > Date.parse(before)) {
    scheduleRenewal();
  }
}

/** Renews the token a few minutes before it runs out (at most 12 h after the password). */
export function scheduleRenewal() {
  clearTimeout(renewal);
  const current = session();
  if (!current || !current.expiresAt || current.provider) {
    return;
  }
  const left = Date.parse(current.expiresAt) - Date.now();
  renewal = setTimeout(async () => {
    const now = session();
    if (!now || !now.expiresAt) {
      return;
    }
    const answer = await fetch('/api/session', { method: 'POST', headers: headers(now.authorization) });
    if (answer.ok) {
      keep(await answer.json(), now.expiresAt);
    }
  }, Math.max(left - 5 * 60 * 1000, left / 2, 0));
}

/** Forgets the tab's sign-in; answers the session it held (its provider, if any). */
export function signOut() {
  const before = session();
  clearTimeout(renewal);
  sessionStorage.removeItem(KEY);
  return before;
}

function headers(authorization, extra = {}) {
  const all = { 'X-Requested-With': 'XMLHttpRequest', ...extra };
  if (authorization) {
    all.Authorization = authorization;
  }
  return all;
}

async function body(answer) {
  const type = answer.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    return answer.json();
  }
  return { detail: (await answer.text()) || answer.statusText };
}

function authorized(extra) {
  const current = session();
  if (!current) {
    throw new Problem(401, { title: 'Not signed in', detail: 'Sign in to see Project Ledger.' });
  }
  return headers(current.authorization, extra);
}

async function checked(answer) {
  if (answer.status === 401) {
    signOut();
    window.dispatchEvent(new Event('ledger:signed-out'));
  }
  if (!answer.ok) {
    throw new Problem(answer.status, await body(answer));
  }
  return answer;
}

// Read your writes: the version each write of this tab answered, by project. A read of that
// project asks the read models to reach it first (API.md's minVersion waits up to 2 s), so the
// page redrawn after a write shows it rather than the state just before.
const written = new Map();
const PROJECT_PATH = /^\/api\/projects\/([0-9a-fA-F-]{36})(?:\/|$)/;

function remember(path, answer) {
  const match = PROJECT_PATH.exec(path);
  const projectId = (answer && answer.projectId) || (match && match[1]);
  if (projectId && answer && Number.isInteger(answer.version)) {
    written.set(projectId, Math.max(answer.version, written.get(projectId) ?? -1));
  }
}

function withWrittenVersion(path, query) {
  const match = PROJECT_PATH.exec(path);
  if (!match || !written.has(match[1]) || query.minVersion !== undefined) {
    return query;
  }
  return { ...query, minVersion: written.get(match[1]) };
}

/** GET path?query as JSON; query values that are null or empty are left out. */
export async function get(path, query = {}) {
  const answer = await fetch(url(path, withWrittenVersion(path, query)), {
    headers: authorized({ Accept: 'application/json' }),
  });
  return (await checked(answer)).json();
}

export function url(path, query = {}) {
  const params = new URLSearchParams();
  Object.entries(query).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== '') {
      params.set(name, value);
    }
  });
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** POSTs a multipart form (the plan import) and answers the JSON report, or throws its problem. */
export async function postForm(path, query, form) {
  const answer = await fetch(url(path, query), { method: 'POST', headers: authorized(), body: form });
  const result = await (await checked(answer)).json();
  remember(path, result);
  return result;
}

/**
 * POSTs (or, where API.md says so, PUTs) a JSON body (a write) and answers the write's JSON
 * answer, or throws its problem.
 */
export async function post(path, json, method = 'POST') {
  const answer = await fetch(path, {
    method,
    headers: authorized({ 'Content-Type': 'application/json', Accept: 'application/json' }),
    body: JSON.stringify(json),
  });
  const result = await (await checked(answer)).json();
  remember(path, result);
  return result;
}

/** Fetches a file signed in and hands it to the browser as a download. */
export async function download(path, query, fileName) {
  const answer = await checked(
    await fetch(url(path, withWrittenVersion(path, query)), { headers: authorized() }));
  const blob = await answer.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

/**
 * Follows a Server-Sent Events stream signed in (EventSource cannot send a header): calls onEvent
 * with each event's name and parsed data until the returned stop() is called or the stream ends.
 * Reconnects after a pause when the stream drops.
 */
export function stream(path, onEvent, onState = () => {}) {
  const control = new AbortController();
  let stopped = false;
  const follow = async () => {
    while (!stopped) {
      try {
        const answer = await checked(
          await fetch(path, { headers: authorized({ Accept: 'text/event-stream' }), signal: control.signal }));
        onState('live');
        const reader = answer.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) {
            break;
          }
          buffer += value;
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let name = 'message';
            const data = [];
            block.split('\n').forEach((line) => {
              if (line.startsWith('event:')) {
                name = line.slice(6).trim();
              } else if (line.startsWith('data:')) {
                data.push(line.slice(5).replace(/^ /, ''));
              }
            });
            if (data.length) {
              onEvent(name, JSON.parse(data.join('\n')));
            }
          }
        }
      } catch (error) {
        if (stopped || (error instanceof Problem && error.status < 500)) {
          break;
        }
      }
      if (!stopped) {
        onState('reconnecting');
        await new Promise((resolve) => setTimeout(resolve, 3000));
      }
    }
    onState('stopped');
  };
  follow();
  return () => {
    stopped = true;
    control.abort();
  };
}
