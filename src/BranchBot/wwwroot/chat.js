// BranchBot's own chat page: a small Direct Line 3.0 client. It asks the host for a session (user, conversation,
// token), then talks to the public /v3/directline API like any client: a WebSocket stream when it can, polling
// when it cannot. Everything the bot sends is inserted as text (never as HTML).
'use strict';

(() => {
  const TEXT = {
    connecting: '连接中…',
    online: '在线',
    offline: '连接已断开',
    connectionError: '无法连接到服务器，正在重试…',
    sendFailed: '发送失败',
    retry: '重试',
    sending: '发送中…',
    typing: '正在输入',
    unsupported: '（此消息包含本页面暂不支持显示的内容）',
    attachment: '附件',
  };

  const POLL_INTERVAL_MS = 3000;
  const TOKEN_REFRESH_MS = 15 * 60 * 1000;
  const MAX_RETRY_DELAY_MS = 30000;
  const HERO_CARD = 'application/vnd.microsoft.card.hero';
  const THUMBNAIL_CARD = 'application/vnd.microsoft.card.thumbnail';

  const el = {
    status: document.getElementById('status'),
    banner: document.getElementById('banner'),
    transcript: document.getElementById('transcript'),
    suggestions: document.getElementById('suggestions'),
    composer: document.getElementById('composer'),
    input: document.getElementById('input'),
    send: document.getElementById('send'),
  };

  const state = {
    session: null, // { userId, conversationId, token, expiresIn, domain }
    token: null,
    watermark: null,
    seen: new Set(),
    pending: new Map(), // clientActivityID -> row of a message not yet echoed by the server
    socket: null,
    pollTimer: 0,
    streamTimer: 0,
    streamDelay: 2000,
    typingRow: null,
    typingTimer: 0,
  };

  class HttpError extends Error {
    constructor(status) {
      super('HTTP ' + status);
      this.status = status;
    }
  }

  // ---- connection -------------------------------------------------------------------------------------------

  async function connect(delay = 2000) {
    setStatus('connecting');
    try {
      await renewSession();
      await startConversation();
      await sync();
      setStatus('online');
      el.send.disabled = false;
    } catch (error) {
      showBanner(TEXT.connectionError);
      setStatus('offline');
      setTimeout(() => connect(Math.min(delay * 2, MAX_RETRY_DELAY_MS)), delay);
    }
  }

  async function renewSession() {
    let response;
    try {
      response = await fetch('chat/session', { method: 'POST', credentials: 'same-origin', cache: 'no-store' });
    } catch (error) {
      throw new HttpError(0);
    }
    if (!response.ok) throw new HttpError(response.status);
    const session = await response.json();
    if (state.session && state.session.conversationId !== session.conversationId) resetTranscript();
    state.session = session;
    state.token = session.token;
  }

  async function startConversation() {
    const conversation = await request('POST', '/conversations');
    state.token = conversation.token;
    openStream(conversation.streamUrl);
  }

  // One Direct Line call. A rejected token is renewed once and a forgotten conversation (server restart) restarted
  // once, then the call is repeated.
  async function request(method, path, body, retried) {
    const headers = { Authorization: 'Bearer ' + state.token };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response;
    try {
      response = await fetch(state.session.domain + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
      });
    } catch (error) {
      showBanner(TEXT.connectionError);
      setStatus('offline');
      throw new HttpError(0);
    }
    if (!retried && (response.status === 401 || response.status === 403)) {
      await renewSession();
      return request(method, path, body, true);
    }
    if (!retried && response.status === 404 && path !== '/conversations') {
      await startConversation();
      return request(method, path, body, true);
    }
    if (!response.ok) throw new HttpError(response.status);
    hideBanner();
    return response.status === 204 ? null : response.json();
  }

  function conversationPath(suffix) {
    return '/conversations/' + encodeURIComponent(state.session.conversationId) + suffix;
  }

  async function sync() {
    const query = state.watermark ? '?watermark=' + encodeURIComponent(state.watermark) : '';
    receive(await request('GET', conversationPath('/activities' + query)));
  }

  function receive(activitySet) {
    if (!activitySet) return;
    for (const activity of activitySet.activities || []) render(activity);
    if (activitySet.watermark) state.watermark = activitySet.watermark;
  }

  function openStream(url) {
    closeStream();
    if (!url || typeof WebSocket !== 'function') {
      schedulePoll(POLL_INTERVAL_MS);
      return;
    }
    let socket;
    try {
      socket = new WebSocket(url);
    } catch (error) {
      schedulePoll(0);
      return;
    }
    state.socket = socket;
    socket.onopen = () => {
      state.streamDelay = 2000;
      clearTimeout(state.pollTimer);
      setStatus('online');
      hideBanner();
    };
    socket.onmessage = (event) => {
      if (!event.data) return; // keep-alive
      try {
        receive(JSON.parse(event.data));
      } catch (error) {
        // A frame we cannot read is skipped; the next sync fills any gap through the watermark.
      }
    };
    socket.onclose = () => {
      if (state.socket !== socket) return;
      state.socket = null;
      schedulePoll(0);
      scheduleStreamReconnect();
    };
  }

  function closeStream() {
    const socket = state.socket;
    state.socket = null;
    if (socket) socket.close();
  }

  function streamOpen() {
    return state.socket !== null && state.socket.readyState === WebSocket.OPEN;
  }

  function scheduleStreamReconnect() {
    clearTimeout(state.streamTimer);
    state.streamTimer = setTimeout(async () => {
      state.streamDelay = Math.min(state.streamDelay * 2, 60000);
      try {
        const query = state.watermark ? '?watermark=' + encodeURIComponent(state.watermark) : '';
        const conversation = await request('GET', conversationPath(query));
        state.token = conversation.token;
        openStream(conversation.streamUrl);
      } catch (error) {
        scheduleStreamReconnect();
      }
    }, state.streamDelay);
  }

  // Polling runs only while no stream is open.
  function schedulePoll(delay) {
    clearTimeout(state.pollTimer);
    state.pollTimer = setTimeout(async () => {
      if (streamOpen()) return;
      try {
        await sync();
        setStatus('online');
      } catch (error) {
        setStatus('offline');
      }
      schedulePoll(POLL_INTERVAL_MS);
    }, delay);
  }

  async function refreshToken() {
    if (!state.session) return;
    try {
      const refreshed = await request('POST', '/tokens/refresh');
      state.token = refreshed.token;
    } catch (error) {
      // The next call renews the session when the token is refused.
    }
  }

  // ---- sending ----------------------------------------------------------------------------------------------

  async function send(text, options = {}) {
    const value = options.value;
    if (!state.session || (!text.trim() && value === undefined)) return;
    const clientActivityID = randomId();
    const row = addUserRow(options.display !== undefined ? options.display : text, null);
    row.classList.add('pending');
    setMeta(row, TEXT.sending);
    state.pending.set(clientActivityID, row);
    setSuggestions(null);
    showTyping();

    const activity = {
      type: 'message',
      text,
      textFormat: 'plain',
      locale: 'zh-CN',
      from: { id: state.session.userId, role: 'user' },
      channelData: { clientActivityID },
    };
    if (value !== undefined) activity.value = value;

    try {
      await request('POST', conversationPath('/activities'), activity);
    } catch (error) {
      // 502: the bot failed, but the message was delivered and the bot's apology is in the transcript.
      if (error.status !== 502 && state.pending.get(clientActivityID) === row) {
        state.pending.delete(clientActivityID);
        markFailed(row, () => {
          row.remove();
          send(text, options);
        });
      }
    } finally {
      hideTyping();
    }
    if (!streamOpen()) {
      try {
        await sync();
      } catch (error) {
        // Shown by the banner; polling retries.
      }
    }
  }

  function submit() {
    const text = el.input.value;
    if (!text.trim() || el.send.disabled) return;
    el.input.value = '';
    autosize();
    send(text);
    el.input.focus();
  }

  function perform(action) {
    if (!action) return;
    const value = action.value;
    switch (action.type) {
      case 'openUrl':
      case 'downloadFile':
      case 'showImage': {
        const url = safeUrl(value);
        if (url) window.open(url, '_blank', 'noopener,noreferrer');
        break;
      }
      case 'messageBack':
        send(action.text || '', { value, display: action.displayText || action.text || '' });
        break;
      default: // imBack and postBack send their value back as the user's text
        send(typeof value === 'string' ? value : String(action.title || value || ''));
    }
  }

  // ---- rendering --------------------------------------------------------------------------------------------

  function render(activity) {
    if (!activity || !activity.id || state.seen.has(activity.id)) return;
    state.seen.add(activity.id);

    const fromUser = activity.from && state.session && activity.from.id === state.session.userId;
    if (activity.type === 'typing') {
      if (!fromUser) flashTyping();
      return;
    }
    if (activity.type !== 'message') return;

    if (fromUser) {
      const clientId = activity.channelData && activity.channelData.clientActivityID;
      const pending = clientId && state.pending.get(clientId);
      if (pending) {
        state.pending.delete(clientId);
        pending.classList.remove('pending', 'failed');
        setMeta(pending, formatTime(activity.timestamp));
      } else {
        addUserRow(activity.text || '', activity.timestamp);
      }
      setSuggestions(null);
      return;
    }

    hideTyping();
    addBotRow(activity);
    const suggested = activity.suggestedActions;
    const forMe = !suggested || !suggested.to || suggested.to.includes(state.session.userId);
    setSuggestions(suggested && forMe ? suggested.actions : null);
  }

  function addUserRow(text, timestamp) {
    const { row, stack } = makeRow('user');
    stack.append(bubble(text));
    setMeta(row, timestamp ? formatTime(timestamp) : '');
    append(row, true);
    return row;
  }

  function addBotRow(activity) {
    const { row, stack } = makeRow('bot');
    if (activity.text) stack.append(bubble(shownText(activity)));
    for (const attachment of activity.attachments || []) stack.append(renderAttachment(attachment));
    if (!stack.childElementCount) return;
    setMeta(row, formatTime(activity.timestamp));
    append(row, false);
  }

  function makeRow(kind) {
    const row = document.createElement('div');
    row.className = 'row ' + kind;
    if (kind === 'bot') {
      const avatar = document.createElement('span');
      avatar.className = 'avatar';
      avatar.setAttribute('aria-hidden', 'true');
      avatar.textContent = '党';
      row.append(avatar);
    }
    const stack = document.createElement('div');
    stack.className = 'stack';
    row.append(stack);
    return { row, stack };
  }

  // The page shows every message as plain text. A Markdown message (the default) escapes typed punctuation with a
  // backslash so other channels show it as typed; here the backslashes go. textFormat "plain" is shown as it is.
  function shownText(activity) {
    const format = (activity.textFormat || 'markdown').toLowerCase();
    return format === 'markdown' ? activity.text.replace(/\\([\\`*_{}\[\]()#+\-.!|<>~=])/g, '$1') : activity.text;
  }

  function bubble(text) {
    const div = document.createElement('div');
    div.className = 'bubble';
    div.textContent = text;
    return div;
  }

  function setMeta(row, text) {
    const stack = row.querySelector('.stack');
    let meta = stack.querySelector(':scope > .meta');
    if (!meta) {
      meta = document.createElement('div');
      meta.className = 'meta';
      stack.append(meta);
    }
    meta.textContent = text;
    meta.hidden = !text;
  }

  function markFailed(row, retry) {
    row.classList.remove('pending');
    row.classList.add('failed');
    setMeta(row, TEXT.sendFailed + ' ');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = TEXT.retry;
    button.addEventListener('click', retry);
    row.querySelector('.meta').append(button);
  }

  function renderAttachment(attachment) {
    const type = attachment.contentType || '';
    if ((type === HERO_CARD || type === THUMBNAIL_CARD) && attachment.content) return heroCard(attachment.content);

    const url = safeUrl(attachment.contentUrl, type.startsWith('image/'));
    if (url && type.startsWith('image/')) {
      const img = document.createElement('img');
      img.src = url;
      img.alt = attachment.name || TEXT.attachment;
      const card = document.createElement('div');
      card.className = 'card';
      card.append(img);
      return card;
    }
    if (url) {
      const link = document.createElement('a');
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.textContent = attachment.name || TEXT.attachment;
      const holder = bubble('');
      holder.append(link);
      return holder;
    }
    const note = document.createElement('div');
    note.className = 'attachment-note';
    note.textContent = TEXT.unsupported;
    return note;
  }

  function heroCard(card) {
    const root = document.createElement('div');
    root.className = 'card';
    const image = card.images && card.images[0] && safeUrl(card.images[0].url, true);
    if (image) {
      const img = document.createElement('img');
      img.src = image;
      img.alt = card.images[0].alt || card.title || '';
      root.append(img);
    }
    const body = document.createElement('div');
    body.className = 'card-body';
    for (const [field, className] of [['title', 'card-title'], ['subtitle', 'card-subtitle'], ['text', 'card-text']]) {
      if (!card[field]) continue;
      const part = document.createElement('div');
      part.className = className;
      part.textContent = card[field];
      body.append(part);
    }
    if (body.childElementCount) root.append(body);
    const buttons = (card.buttons || []).map(actionButton).filter(Boolean);
    if (buttons.length) {
      const bar = document.createElement('div');
      bar.className = 'card-buttons';
      bar.append(...buttons);
      root.append(bar);
    }
    return root;
  }

  function actionButton(action) {
    if (!action) return null;
    const label = action.title || (typeof action.value === 'string' ? action.value : '');
    if (!label) return null;
    if (action.type === 'openUrl') {
      const url = safeUrl(action.value);
      if (!url) return null;
      const link = document.createElement('a');
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.textContent = label;
      return link;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', () => perform(action));
    return button;
  }

  function setSuggestions(actions) {
    el.suggestions.replaceChildren();
    const buttons = (actions || []).map(actionButton).filter(Boolean);
    el.suggestions.append(...buttons);
    el.suggestions.hidden = buttons.length === 0;
    if (buttons.length) scrollToEnd(false);
  }

  function showTyping() {
    if (state.typingRow) return;
    const { row, stack } = makeRow('bot');
    row.classList.add('typing');
    const text = bubble(TEXT.typing);
    const dots = document.createElement('span');
    dots.className = 'dots';
    text.append(dots);
    stack.append(text);
    el.transcript.append(row);
    state.typingRow = row;
    scrollToEnd(false);
  }

  function hideTyping() {
    clearTimeout(state.typingTimer);
    if (state.typingRow) state.typingRow.remove();
    state.typingRow = null;
  }

  function flashTyping() {
    showTyping();
    clearTimeout(state.typingTimer);
    state.typingTimer = setTimeout(hideTyping, 3000);
  }

  // The typing indicator always stays last.
  function append(row, force) {
    const nearEnd = isNearEnd();
    el.transcript.insertBefore(row, state.typingRow);
    scrollToEnd(force || nearEnd);
  }

  function scrollToEnd(force) {
    if (force || isNearEnd()) el.transcript.scrollTop = el.transcript.scrollHeight;
  }

  function isNearEnd() {
    return el.transcript.scrollHeight - el.transcript.scrollTop - el.transcript.clientHeight < 120;
  }

  function resetTranscript() {
    el.transcript.replaceChildren();
    state.typingRow = null;
    state.seen.clear();
    state.pending.clear();
    state.watermark = null;
    setSuggestions(null);
  }

  // ---- small helpers ----------------------------------------------------------------------------------------

  function setStatus(kind) {
    el.status.dataset.state = kind;
    el.status.textContent = TEXT[kind];
  }

  function showBanner(text) {
    el.banner.textContent = text;
    el.banner.hidden = false;
  }

  function hideBanner() {
    el.banner.hidden = true;
  }

  function formatTime(timestamp) {
    const date = new Date(timestamp);
    if (Number.isNaN(date.getTime())) return '';
    const time = date.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
    const today = new Date();
    return date.toDateString() === today.toDateString()
      ? time
      : date.getMonth() + 1 + '月' + date.getDate() + '日 ' + time;
  }

  // Only web links (and inline images) are followed; javascript: and friends never are.
  function safeUrl(value, allowDataImage) {
    if (typeof value !== 'string' || !value) return null;
    if (allowDataImage && /^data:image\/(png|jpeg|gif|webp);/i.test(value)) return value;
    try {
      const url = new URL(value, window.location.href);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  function randomId() {
    const bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes); // unlike randomUUID, also available on plain http
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function autosize() {
    el.input.style.height = 'auto';
    el.input.style.height = Math.min(el.input.scrollHeight, 140) + 'px';
  }

  // ---- wiring -----------------------------------------------------------------------------------------------

  el.composer.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });

  el.input.addEventListener('keydown', (event) => {
    // Enter sends, Shift+Enter is a new line; Enter that confirms a Chinese IME candidate must not send.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      submit();
    }
  });

  el.input.addEventListener('input', autosize);

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && state.session && !streamOpen()) schedulePoll(0);
  });

  setInterval(refreshToken, TOKEN_REFRESH_MS);
  el.send.disabled = true;
  connect();
})();
