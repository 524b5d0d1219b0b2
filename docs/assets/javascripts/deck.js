/* A module's slide deck (macros/render/decks.py): reveal.js with the slide number in the address, the
   countdowns of worksheets and breaks, and a presenter view (this page with ?presenter) that shows the
   current and next slide, the speaker notes, the clock and the time spent on the session. The two windows
   follow each other by postMessage, which also works for a copy opened from the file system. */
(function () {
  "use strict";
  const root = document.querySelector(".reveal[data-deck]");
  if (!root || typeof Reveal === "undefined") return;
  const deckId = root.dataset.deck;
  const lang = root.dataset.lang;
  const say = JSON.parse(root.dataset.strings);
  const presenter = new URLSearchParams(location.search).has("presenter");
  document.documentElement.classList.toggle("deck-presenter-mode", presenter); // its print layout: a slide and its notes a page
  // On a phone the slides read as a page (deck.css), too small to read scaled down as a whole slide.
  const reading = !presenter && window.matchMedia("(max-width: 599px)").matches;
  document.documentElement.classList.toggle("deck-reading", reading);
  const fill = (text, fields) => text.replace(/\{(\w+)\}/g, (_, key) => fields[key]);
  const minutes = (n) => fill(say.minutes_value, { n: n });
  const hhmm = new Intl.DateTimeFormat(lang === "es" ? "es-EC" : "en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  let peer = presenter ? window.opener : null;
  let received = -1; // the slide a message from the other window asked for: not echoed back

  function send(message) {
    if (peer && !peer.closed) peer.postMessage(Object.assign({ deck: deckId }, message), "*");
  }

  /* Countdowns: start/pause and reset; a live region says only "started", "one minute left" and "time is up". */
  const timers = Array.from(root.querySelectorAll(".countdown")).map(function (box, index) {
    const total = Number(box.dataset.seconds);
    const shown = box.querySelector(".countdown__time");
    const toggle = button(say.start, "countdown__toggle");
    const reset = button(say.reset, "countdown__reset");
    const status = document.createElement("p");
    status.className = "countdown__status";
    status.setAttribute("aria-live", "polite");
    box.append(toggle, reset, status);
    const timer = { left: total, endsAt: 0, tick: 0, warned: false };

    function draw() {
      const seconds = Math.max(0, Math.ceil(timer.left));
      shown.textContent = String(Math.floor(seconds / 60)).padStart(2, "0") + ":" + String(seconds % 60).padStart(2, "0");
      box.classList.toggle("countdown--last", seconds <= 60 && seconds > 0);
      box.classList.toggle("countdown--over", seconds === 0);
      toggle.textContent = timer.tick ? say.pause : say.start;
    }
    function update() {
      timer.left = (timer.endsAt - Date.now()) / 1000;
      if (timer.left <= 60 && !timer.warned && timer.left > 0) {
        timer.warned = true;
        status.textContent = say.last_minute;
      }
      if (timer.left <= 0) {
        stop();
        timer.left = 0;
        status.textContent = say.time_up;
      }
      draw();
    }
    function start() {
      if (timer.tick || timer.left <= 0) return;
      timer.endsAt = Date.now() + timer.left * 1000;
      timer.warned = timer.left <= 60;
      timer.tick = setInterval(update, 250);
      status.textContent = fill(say.started, { minutes: minutes(Math.ceil(timer.left / 60)) });
      draw();
    }
    function stop() {
      clearInterval(timer.tick);
      timer.tick = 0;
      draw();
    }
    const actions = {
      toggle: function () { if (timer.tick) { update(); stop(); } else start(); },
      reset: function () { stop(); timer.left = total; timer.warned = false; status.textContent = ""; draw(); },
    };
    toggle.addEventListener("click", function () { actions.toggle(); send({ timer: index, action: "toggle" }); });
    reset.addEventListener("click", function () { actions.reset(); send({ timer: index, action: "reset" }); });
    draw();
    return actions;
  });

  function button(text, className) {
    const element = document.createElement("button");
    element.type = "button";
    element.className = className;
    element.textContent = text;
    // Space and Enter press the button; reveal.js must not also turn the slide.
    element.addEventListener("keydown", function (event) {
      if (event.key === " " || event.key === "Enter") event.stopPropagation();
    });
    return element;
  }

  /* The presenter view opens in a second window; if the browser blocks it, the toolbar says so. */
  const toolbar = document.querySelector(".deck-toolbar");
  function openPresenter() {
    if (presenter) return;
    const url = new URL(location.href);
    url.searchParams.set("presenter", "");
    const opened = window.open(url.href, "presenter-" + deckId);
    if (opened) {
      peer = opened;
      return;
    }
    let note = toolbar.querySelector(".deck-toolbar__blocked");
    if (!note) {
      note = document.createElement("p");
      note.className = "deck-toolbar__blocked";
      note.setAttribute("role", "status");
      toolbar.append(note);
    }
    note.innerHTML = "";
    const link = document.createElement("a");
    link.href = url.href;
    link.textContent = say.popup_blocked;
    note.append(link);
  }
  toolbar.querySelectorAll("[data-js]").forEach((element) => { element.hidden = presenter || reading; });
  // The toolbar shows while the pointer moves or it holds the focus, and keeps out of the slide otherwise.
  let hide = 0;
  function showToolbar() {
    toolbar.classList.add("deck-toolbar--shown");
    clearTimeout(hide);
    hide = setTimeout(() => toolbar.classList.remove("deck-toolbar--shown"), 3000);
  }
  ["pointermove", "pointerdown"].forEach((type) => document.addEventListener(type, showToolbar, { passive: true }));
  showToolbar();
  toolbar.querySelector(".deck-presenter").addEventListener("click", openPresenter);

  window.addEventListener("message", function (event) {
    const message = event.data;
    if (!message || message.deck !== deckId || (peer && event.source !== peer)) return;
    peer = event.source;
    if (typeof message.slide === "number" && message.slide !== Reveal.getIndices().h) {
      received = message.slide;
      Reveal.slide(message.slide);
    }
    if (typeof message.timer === "number" && timers[message.timer]) timers[message.timer][message.action]();
  });

  if (reading) return;
  Reveal.initialize({
    width: 1280, height: 720, margin: 0.04, minScale: 0.1, maxScale: 3,
    center: false, transition: "none", backgroundTransition: "none",
    hash: true, hashOneBasedIndex: true, history: false,
    controls: true, controlsTutorial: false, progress: true, slideNumber: "c/t",
    help: false, pause: false, fragments: false, autoAnimate: false,
    embedded: presenter, showNotes: false,
  }).then(function () {
    Reveal.addKeyBinding({ keyCode: 83, key: "S", description: say.presenter_title }, openPresenter);
    root.querySelectorAll(".controls .navigate-left, .controls .navigate-up").forEach((b) => b.setAttribute("aria-label", say.controls_prev));
    root.querySelectorAll(".controls .navigate-right, .controls .navigate-down").forEach((b) => b.setAttribute("aria-label", say.controls_next));
    Reveal.on("slidechanged", function (event) {
      if (event.indexh !== received) send({ slide: event.indexh });
      received = -1;
    });
    if (presenter) presenterView();
    else if (peer) send({ slide: Reveal.getIndices().h });
  });

  /* The presenter view: next slide, notes, clock and the time on the current session against its plan. */
  function presenterView() {
    document.title = say.presenter_title + " - " + document.title;
    const panel = document.createElement("section");
    panel.className = "presenter";
    panel.setAttribute("aria-label", say.presenter_title);
    panel.innerHTML =
      '<div class="presenter__times"><p><span class="presenter__label"></span> <span class="presenter__clock"></span></p>' +
      '<p><span class="presenter__label"></span> <span class="presenter__session"></span></p></div>' +
      '<h2 class="presenter__label"></h2><div class="presenter__next reveal" aria-hidden="true" inert><div class="slides"></div></div>' +
      '<h2 class="presenter__label"></h2><div class="presenter__notes" tabindex="0"></div>';
    const labels = panel.querySelectorAll(".presenter__label");
    [say.clock, say.session, say.next, say.notes].forEach((text, i) => { labels[i].textContent = text; });
    root.parentNode.insertBefore(panel, root.nextSibling);
    labels[3].id = "presenter-notes-label";
    panel.querySelector(".presenter__notes").setAttribute("aria-labelledby", "presenter-notes-label");
    const started = {};

    function show() {
      const slide = Reveal.getCurrentSlide();
      const session = slide.dataset.session;
      if (session && session !== "0" && !started[session]) started[session] = Date.now();
      const notes = slide.querySelector("aside.notes");
      panel.querySelector(".presenter__notes").textContent = notes ? notes.textContent : "";
      const next = Reveal.getSlides()[Reveal.getIndices().h + 1];
      const frame = panel.querySelector(".presenter__next .slides");
      frame.innerHTML = "";
      if (next) {
        const copy = next.cloneNode(true);
        copy.querySelectorAll("[id]").forEach((element) => element.removeAttribute("id"));
        copy.querySelectorAll("button, .countdown__status, aside.notes").forEach((element) => element.remove());
        copy.querySelectorAll("a").forEach((element) => element.removeAttribute("href"));
        copy.removeAttribute("id");
        copy.removeAttribute("hidden");
        copy.removeAttribute("style");
        copy.classList.remove("past", "future");
        copy.classList.add("present");
        frame.append(copy);
      } else {
        frame.textContent = say.end;
      }
      tick();
    }
    function tick() {
      panel.querySelector(".presenter__clock").textContent = hhmm.format(new Date());
      const slide = Reveal.getCurrentSlide();
      const session = slide.dataset.session;
      const shown = panel.querySelector(".presenter__session");
      if (!started[session]) {
        shown.textContent = "—";
        return;
      }
      const spent = Math.floor((Date.now() - started[session]) / 60000);
      const planned = Number(slide.dataset.minutes);
      const delta = spent - planned;
      shown.textContent = fill(say.of_planned, { spent: minutes(spent), planned: minutes(planned) }) +
        " (" + (delta > 0 ? "+" : delta < 0 ? "\u2212" : "±") + minutes(Math.abs(delta)) + ")";
      shown.classList.toggle("presenter__session--over", delta > 0);
    }
    Reveal.on("slidechanged", show);
    setInterval(tick, 1000);
    show();
  }
})();
