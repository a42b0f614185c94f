/* storyreel studio: the page's behaviour. Plain JavaScript, no framework, no build step.
 * The server renders every page in full; this script saves edits (with the script's ETag),
 * shows what they make stale, follows jobs over server-sent events and drives the player. */
"use strict";
(() => {
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];

  async function api(method, url, { body, headers = {}, raw } = {}) {
    const opts = { method, headers: { ...headers }, credentials: "same-origin" };
    if (raw !== undefined) opts.body = raw;
    else if (body !== undefined) {
      opts.body = JSON.stringify(body);
      opts.headers["Content-Type"] = "application/json";
    }
    let res;
    try {
      res = await fetch(url, opts);
    } catch (err) {
      return { ok: false, status: 0, data: { error: { message: "the studio cannot be reached (is it running?)" } } };
    }
    const type = res.headers.get("content-type") || "";
    const data = type.includes("json") ? await res.json().catch(() => null) : null;
    return { ok: res.ok, status: res.status, data, etag: res.headers.get("ETag") };
  }
  const errorText = (r) => (r.data && r.data.error && r.data.error.message) || `HTTP ${r.status}`;
  const clock = (t) => `${Math.floor(t / 60)}:${String(Math.floor(t % 60)).padStart(2, "0")}`;
  const STAGE_LABEL = { voice: "voice", keyframes: "picture", shots: "shot", cast: "look" };

  /* ---------------------------------------------------------------- projects page */
  function projectsPage() {
    const form = $("#create-form");
    if (!form) return;
    const text = $("#create-text"), label = $("#create-text-label"), status = $("#create-status");
    const nameInput = $("#create-name"), render = $("#create-render"), submit = $("#create-submit");
    const counter = $("[data-count]", form), limit = Number(form.dataset.limit);
    const DRAFT = "storyreel.studio.draft";
    const source = () => form.querySelector("input[name=source]:checked").value;
    const placeholders = { story: "Once upon a time…", idea: "A mouse explores a vegetable garden at night",
      batch: "A mouse explores a vegetable garden at night\nA lighthouse keeper adopts a seagull" };
    function setLabel() {
      label.textContent = label.dataset[source()];
      text.placeholder = placeholders[source()];
    }
    function count() { counter.textContent = text.value ? ` (${text.value.length.toLocaleString()} now)` : ""; }
    function save() {
      localStorage.setItem(DRAFT, JSON.stringify({ text: text.value, source: source(), name: nameInput.value,
        render: render.checked }));
    }
    try {
      const draft = JSON.parse(localStorage.getItem(DRAFT) || "null");
      if (draft) {
        text.value = draft.text || "";
        nameInput.value = draft.name || "";
        render.checked = !!draft.render;
        const radio = form.querySelector(`input[name=source][value="${draft.source}"]`);
        if (radio) radio.checked = true;
      }
    } catch (err) { /* an unreadable draft is no draft */ }
    setLabel(); count();
    form.addEventListener("input", () => { count(); save(); });
    form.addEventListener("change", () => { setLabel(); save(); });
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const value = text.value.trim();
      status.classList.remove("bad");
      text.removeAttribute("aria-invalid");
      if (!value) {
        status.textContent = "Write a story or an idea first.";
        status.classList.add("bad");
        text.setAttribute("aria-invalid", "true");
        text.focus();
        return;
      }
      if (value.length > limit) {
        status.textContent = `That is ${value.length.toLocaleString()} characters; the limit is ${limit.toLocaleString()}.`;
        status.classList.add("bad");
        return;
      }
      submit.disabled = true;
      status.textContent = "Creating…";
      const r = source() === "batch"
        ? await api("POST", "/api/projects/batch", { body: { ideas: value, render: render.checked } })
        : await api("POST", "/api/projects", { body: { [source()]: value, name: nameInput.value.trim() || null,
          render: render.checked } });
      submit.disabled = false;
      if (!r.ok) {
        status.textContent = errorText(r);
        status.classList.add("bad");
        return;
      }
      localStorage.removeItem(DRAFT);
      if (source() === "batch") location.reload();
      else location.href = "/p/" + encodeURIComponent(r.data.project.name);
    });
    $("#project-list").addEventListener("click", async (ev) => {
      const button = ev.target.closest("[data-action=delete-project]");
      if (!button) return;
      const item = button.closest(".project");
      if (!confirm(`Delete ${item.dataset.name} and all its files?`)) return;
      const r = await api("DELETE", `/api/projects/${encodeURIComponent(item.dataset.name)}`);
      if (r.ok) item.remove();
      else alert(errorText(r));
    });
    // Keep the list's states current while something is planned or rendered.
    const busy = new Set(["planning", "rendering", "queued", "evaluating"]);
    async function poll() {
      if (!$$(".project").some((li) => busy.has(li.dataset.state))) return;
      const r = await api("GET", "/api/projects");
      if (r.ok) {
        for (const p of r.data) {
          const li = $(`.project[data-name="${CSS.escape(p.name)}"]`);
          if (!li) continue;
          li.dataset.state = p.state;
          const pill = $(".pill", li);
          pill.className = `pill state-${p.state}`;
          pill.textContent = p.state;
          if (p.title) $(".project-title", li).textContent = p.title;
        }
      }
      setTimeout(poll, 2500);
    }
    setTimeout(poll, 2500);
  }

  /* ---------------------------------------------------------------- project page */
  function projectPage() {
    const stateEl = $("#studio-state");
    if (!stateEl) return;
    const S = JSON.parse(stateEl.textContent);
    const base = `/api/projects/${encodeURIComponent(S.name)}`;
    const video = $("#player");
    const items = new Map(); // "scene:s1" / "entity:milo" -> {el, kind, id, etag, snap, dirty}

    const find = (script, kind, id) =>
      ((script && script[kind === "scene" ? "scenes" : "entities"]) || []).find((x) => x.id === id);
    const snapshot = (obj) => JSON.stringify(obj || null);

    if (S.script) {
      for (const el of $$(".card")) register(el, "scene", el.dataset.scene);
      for (const el of $$(".entity")) register(el, "entity", el.dataset.entity);
    }
    function register(el, kind, id) {
      const item = { el, kind, id, etag: S.etag, snap: snapshot(find(S.script, kind, id)), dirty: false };
      items.set(`${kind}:${id}`, item);
      for (const field of $$("[data-field]", el)) {
        field.addEventListener("input", () => { item.dirty = true; setSave(item, "Edited — leave the field to save"); });
        field.addEventListener("change", () => saveField(item, field));
        field.addEventListener("keydown", (ev) => {
          if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); saveField(item, field); }
          if (ev.key === "Escape" && item.dirty) { item.dirty = false; fill(item, find(S.script, kind, id)); setSave(item, "Change undone"); }
        });
      }
    }
    function setSave(item, text, cls = "") {
      const el = $("[data-save]", item.el);
      if (!el) return;
      el.textContent = text;
      el.className = `save-state ${cls}`;
    }
    function showProblem(item, text, field, cls = "") {
      const el = $("[data-problem]", item.el);
      $$("[aria-invalid]", item.el).forEach((f) => f.removeAttribute("aria-invalid"));
      el.className = `problem ${cls}`;
      if (!text) { el.hidden = true; el.textContent = ""; return; }
      el.hidden = false;
      el.textContent = text;
      if (field) {
        field.setAttribute("aria-invalid", "true");
        if (!el.id) el.id = `${item.kind}-${item.id}-problem`;
        field.setAttribute("aria-describedby", el.id);
      }
    }
    function valueOf(field) {
      if (field.type === "number") return field.value === "" ? null : Number(field.value);
      if (field.dataset.empty === "null" && field.value === "") return null;  // "not given" in script.json
      return field.value;
    }
    function patchFor(path, value) {
      const keys = path.split(".");
      const patch = {};
      let at = patch;
      keys.slice(0, -1).forEach((k) => { at = at[k] = {}; });
      at[keys[keys.length - 1]] = value;
      return patch;
    }
    function fill(item, obj) {
      if (!obj) return;
      for (const field of $$("[data-field]", item.el)) {
        const value = field.dataset.field.split(".").reduce((o, k) => (o == null ? o : o[k]), obj);
        if (value === undefined || (document.activeElement === field && item.dirty)) continue;
        field.value = value === null ? "" : field.type === "number" && Number.isInteger(value) ? value.toFixed(1) : value;
      }
    }
    async function saveField(item, field) {
      if (!item.dirty && field.tagName !== "SELECT") return;
      // who says each line is one list: a change to one line's speaker sends all of them
      const patch = field.dataset.field.startsWith("speakers.")
        ? { speakers: $$('[data-field^="speakers."]', item.el).map(valueOf) }
        : patchFor(field.dataset.field, valueOf(field));
      await save(item, patch, field);
    }
    function save(item, patch, field) {
      // One save at a time per card: an edit made while the last one is on its way waits for its
      // answer (and its new etag), so a user's own quick edits never look like someone else's.
      item.queue = (item.queue || Promise.resolve()).then(() => send(item, patch, field));
      return item.queue;
    }
    async function send(item, patch, field) {
      const url = `${base}/${item.kind === "scene" ? "scenes" : "entities"}/${encodeURIComponent(item.id)}`;
      item.dirty = false;
      setSave(item, "Saving…");
      const r = await api("PATCH", url, { body: patch, headers: { "If-Match": item.etag } });
      if (r.status === 412) return conflict(item, r.data.error);
      if (!r.ok) {
        item.dirty = true;
        showProblem(item, errorText(r), field);
        setSave(item, "Not saved", "bad");
        return;
      }
      showProblem(item, "");
      applyScript(r.data.script, r.data.etag, item);
      applyPlan(r.data.plan);
      setSave(item, "Saved");
    }
    function conflict(item, error) {
      // Someone changed the script since this card was read: show their version.
      applyScript(error.current, error.etag, null, true);
      const now = find(error.current, item.kind, item.id);
      fill(item, now);
      item.snap = snapshot(now);
      item.etag = error.etag;
      item.dirty = false;
      const what = item.kind === "scene" ? "scene" : "entry";
      showProblem(item, `Not saved: someone else changed this ${what} meanwhile. This is their version; ` +
        "make your change again if you still want it.", null, "conflict");
      setSave(item, "Not saved (conflict)", "conflict");
      fetchPlan();
    }
    function structure(script) {
      return JSON.stringify([(script.scenes || []).map((s) => s.id), (script.entities || []).map((e) => e.id)]);
    }
    function applyScript(script, etag, own, force) {
      if (!script) return;
      if (S.script && structure(script) !== structure(S.script)) {
        location.reload(); // scenes or entities added, removed or moved: the page is drawn again
        return;
      }
      S.script = script;
      S.etag = etag;
      for (const item of items.values()) {
        const now = find(script, item.kind, item.id);
        const snap = snapshot(now);
        if (item === own) {
          item.snap = snap; item.etag = etag;
          updateChips(item, now);
        } else if (snap === item.snap) {
          item.etag = etag; // untouched here: follows the new version
        } else if (!item.dirty || force) {
          fill(item, now);
          updateChips(item, now);
          item.snap = snap; item.etag = etag;
          if (!force) {
            setSave(item, "Updated by someone else");
            item.el.classList.remove("flash"); void item.el.offsetWidth; item.el.classList.add("flash");
          }
        } // else: being edited here and changed there; its old ETag makes the save a conflict
      }
    }
    function updateChips(item, scene) {
      if (item.kind !== "scene" || !scene) return;
      const names = Object.fromEntries((S.script.entities || []).map((e) => [e.id, e.name]));
      const list = $(".chips", item.el);
      list.replaceChildren(...scene.entities.map((eid) => {
        const li = document.createElement("li");
        li.className = "chip" + (eid === scene.protagonist ? " lead" : "");
        li.dataset.entity = eid;
        const span = document.createElement("span");
        span.textContent = names[eid] || eid;
        const b = document.createElement("button");
        b.type = "button"; b.dataset.action = "remove-entity"; b.textContent = "×";
        b.setAttribute("aria-label", `Remove ${names[eid] || eid} from scene ${scene.id}`);
        li.append(span, b);
        return li;
      }));
      const add = $(".add-entity", item.el);
      for (const opt of add.options) if (opt.value) opt.hidden = scene.entities.includes(opt.value);
    }

    /* stale badges, the render button, the film banner */
    function applyPlan(plan) {
      if (!plan) return;
      S.plan = plan;
      for (const item of items.values()) {
        const box = $("[data-badges]", item.el);
        if (!box) continue;
        const stale = plan.stale.filter((a) => (item.kind === "scene" ? a.scene : a.entity) === item.id);
        box.replaceChildren(...stale.map((a) => {
          const b = document.createElement("span");
          const unmade = a.reason === "not made yet";
          b.className = unmade ? "badge new" : "badge";
          b.dataset.stage = a.stage;
          const what = a.stage === "sound" ? a.path.split("/")[0] : STAGE_LABEL[a.stage] || a.stage;  // music, ambience
          b.textContent = `${what} ${unmade ? "to make" : "stale"}`;
          b.title = a.reason + (a.because.length ? ` (${a.because.join(", ")})` : "");
          return b;
        }));
        item.el.classList.toggle("is-stale", stale.length > 0);
      }
      const changed = Object.keys(plan.scenes).length;
      const button = $("#render-changed");
      if (button) {
        const rendered = S.artifacts && S.artifacts.film;
        if (!rendered) button.textContent = "Render the film";
        else if (changed) button.textContent = `Render ${changed} changed`;
        else button.textContent = plan.film ? "Render the film" : "Up to date";
        button.disabled = !plan.film && !changed;
        button.title = changed ? `Scenes with stale artifacts: ${Object.keys(plan.scenes).join(", ")}` : "";
      }
      const banner = $("#film-stale");
      if (plan.error) {
        banner.hidden = false;
        banner.textContent = plan.error;
      } else {
        banner.hidden = !(plan.film && S.artifacts && S.artifacts.film);
        banner.textContent = changed
          ? `The film is older than the script: ${changed} scene${changed === 1 ? "" : "s"} changed. Render to update it.`
          : "The film is older than the script. Render to update it.";
      }
      drawMarkers();
    }
    async function fetchPlan() {
      const r = await api("GET", `${base}/plan`);
      if (r.ok) applyPlan(r.data);
    }

    /* player and scene markers */
    function drawMarkers() {
      const list = $("#markers");
      if (!list || !S.script) return;
      const scenes = S.script.scenes;
      const t = S.timings || {};
      const ends = scenes.map((s) => (t[s.id] ? t[s.id].start_s + t[s.id].seconds : 0));
      const total = Math.max(...ends, 0.001);
      list.replaceChildren(...scenes.map((s) => {
        const li = document.createElement("li");
        const span = t[s.id] || { start_s: 0, seconds: 0 };
        li.style.left = `${(span.start_s / total) * 100}%`;
        li.style.width = `${(span.seconds / total) * 100}%`;
        const b = document.createElement("button");
        b.type = "button";
        b.dataset.scene = s.id;
        b.textContent = s.id;
        b.setAttribute("aria-label", `Scene ${s.id}, ${clock(span.start_s)} to ${clock(span.start_s + span.seconds)}`);
        if (S.plan && S.plan.scenes[s.id]) b.classList.add("stale");
        b.addEventListener("click", () => { seek(s.id); jumpTo(s.id); });
        li.append(b);
        return li;
      }));
      const head = document.createElement("span");
      head.className = "playhead";
      head.hidden = !video || !video.duration;
      list.append(head);
    }
    function seek(sid) {
      const span = (S.timings || {})[sid];
      if (!video || !span || video.hidden) return;
      video.currentTime = span.start_s + 0.01;
    }
    function jumpTo(sid) {
      const card = $(`#scene-${CSS.escape(sid)}`);
      if (!card) return;
      card.scrollIntoView({ behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth", block: "center" });
      card.focus({ preventScroll: true });
      card.classList.remove("flash"); void card.offsetWidth; card.classList.add("flash");
    }
    if (video) {
      const follow = () => {
        const t = video.currentTime;
        let current = null;
        for (const [sid, span] of Object.entries(S.timings || {})) {
          if (t >= span.start_s && t < span.start_s + span.seconds) current = sid;
        }
        $$(".card.current").forEach((c) => c.id !== `scene-${current}` && c.classList.remove("current"));
        $$("#markers button").forEach((b) => b.classList.toggle("current", b.dataset.scene === current));
        if (current) $(`#scene-${CSS.escape(current)}`)?.classList.add("current");
        const head = $("#markers .playhead");
        const total = video.duration || 1;
        if (head) { head.hidden = false; head.style.left = `${(t / total) * 100}%`; }
      };
      video.addEventListener("timeupdate", follow);
      video.addEventListener("seeked", follow);
    }
    document.addEventListener("click", (ev) => {
      const link = ev.target.closest("[data-jump]");
      if (link) { ev.preventDefault(); seek(link.dataset.jump); jumpTo(link.dataset.jump); }
    });

    /* jobs: progress over server-sent events */
    let job = S.job;
    const ORDER = ["cast", "voice", "keyframes", "shots", "sound", "edit"];
    function showJob(j) {
      job = j;
      const pill = $("#job-state"), status = $("#job-status"), bar = $("#job-progress");
      const running = j && (j.state === "running" || j.state === "queued");
      pill.textContent = j ? j.state : "idle";
      pill.className = `pill state-${j ? j.state : "idle"}`;
      $("#cancel").hidden = !running;
      $("#resume").hidden = !(j && ["failed", "cancelled", "interrupted"].includes(j.state));
      $("#retry").hidden = !(j && j.kind === "render" && j.state === "failed" && j.error && j.error.scene &&
        (S.script?.scenes || []).some((s) => s.id === j.error.scene));
      $("#stages").hidden = !!(j && j.kind !== "render"); // the six stages are a render's
      if (!j) { status.textContent = "Nothing is running."; return; }
      const what = { plan: "Planning", render: "Rendering", evaluate: "Evaluating" }[j.kind] || j.kind;
      if (j.state === "queued") status.textContent = `${what}: waiting in the queue…`;
      else if (j.state === "running") status.textContent = `${what}: ${j.message || "starting…"}`;
      else if (j.state === "done") status.textContent = `${what} finished.`;
      else status.textContent = `${what} ${j.state}.`;
      bar.value = j.state === "done" ? 1 : j.progress || 0;
      const box = $("#job-error");
      if (j.error && ["failed", "interrupted", "cancelled"].includes(j.state)) {
        box.hidden = false;
        $("[data-code]", box).textContent = j.error.code;
        $("[data-where]", box).textContent = [j.error.stage, j.error.scene].filter(Boolean).join(" · ");
        $("[data-message]", box).textContent = j.error.message;
        $("[data-log]", box).textContent = (j.error.log_tail || []).join("\n") || "(no log lines)";
        $("#retry").textContent = `Retry ${j.error.scene || "this scene"}`;
      } else box.hidden = true;
      if (j.kind === "render" && j.stage) markStage(j.stage, j.state === "done");
    }
    function markStage(stage, allDone) {
      const at = ORDER.indexOf(stage);
      for (const li of $$("#stages li")) {
        const i = ORDER.indexOf(li.dataset.stage);
        li.classList.toggle("done", allDone || i < at);
        li.classList.toggle("active", !allDone && i === at);
        if (allDone || i < at) $("progress", li).value = 1;
      }
    }
    function resetStages() {
      for (const li of $$("#stages li")) {
        li.classList.remove("done", "active");
        $("progress", li).value = 0;
        $(".stage-note", li).textContent = "";
      }
    }
    function rendering(sid) {
      $$(".now-rendering").forEach((el) => { el.hidden = el.closest(".card").dataset.scene !== sid; });
    }
    if (job) showJob(job);
    let lastSeen = S.last_event || 0;
    function connect() {
      const source = new EventSource(`${base}/events?after=${lastSeen}`);
      const on = (type, fn) => source.addEventListener(type, (ev) => {
        lastSeen = Number(ev.lastEventId) || lastSeen;
        fn(JSON.parse(ev.data));
      });
      on("state", (d) => {
        const j = { ...(job && job.id === d.job ? job : {}), id: d.job, kind: d.kind, state: d.state,
          error: d.error || null, progress: d.state === "done" ? 1 : (d.state === "running" ? 0 : job?.progress || 0),
          message: "" };
        if (d.state === "running") { resetStages(); rendering(null); }
        showJob(j);
        if (["done", "failed", "cancelled", "interrupted"].includes(d.state)) {
          rendering(null);
          $$("#stages .stage-note").forEach((el) => { el.textContent = ""; });
          if (d.kind === "plan" && d.state === "done") location.reload();
          else refresh();
        }
      });
      on("stage", (d) => {
        const li = $(`#stages li[data-stage="${d.stage}"]`);
        if (li) {
          markStage(d.stage, false);
          if (d.status === "done") { li.classList.add("done"); li.classList.remove("active"); $("progress", li).value = 1; }
        }
      });
      on("progress", (d) => {
        if (job && job.id === d.job) { job.progress = d.progress; job.message = d.message; job.stage = d.stage; }
        $("#job-progress").value = d.progress;
        const what = { plan: "Planning", render: "Rendering", evaluate: "Evaluating" }[job?.kind] || "Working";
        $("#job-status").textContent = `${what}: ${d.message || d.stage || ""}`;
        const li = d.stage && $(`#stages li[data-stage="${d.stage}"]`);
        if (li) {
          $("progress", li).value = d.stage_progress;
          $(".stage-note", li).textContent = d.scene || "";
        }
        if (d.stage === "keyframes" || d.stage === "shots" || d.stage === "voice") rendering(d.scene);
      });
      on("script", (d) => { if (d.etag !== S.etag) syncScript(); });
      on("log", (d) => { if (d.level === "warning" || d.level === "error") $("#job-status").textContent = d.message; });
    }
    async function syncScript() {
      const r = await api("GET", `${base}/script`);
      if (r.ok) { applyScript(r.data, r.etag); fetchPlan(); }
    }
    connect();

    async function startJob(body) {
      const r = await api("POST", `${base}/jobs`, { body });
      if (!r.ok) { $("#job-status").textContent = errorText(r); return; }
      resetStages();
      showJob(r.data);
    }
    async function refresh() {
      const r = await api("GET", base);
      if (!r.ok) return;
      const d = r.data;
      S.timings = d.timings;
      S.artifacts = d.artifacts;
      S.evaluation = d.evaluation;
      if (d.script && d.etag !== S.etag) applyScript(d.script, d.etag);
      const film = d.artifacts.film;
      if (video && film && video.getAttribute("src") !== film) {
        video.hidden = false;
        $("#no-film").hidden = true;
        video.src = film;
        const track = $("track", video) || document.createElement("track");
        Object.assign(track, { kind: "subtitles", label: "Narration", srclang: d.script?.language || "en", default: true });
        if (d.artifacts.vtt) track.src = d.artifacts.vtt;
        if (!track.parentNode) video.append(track);
        video.load();
      }
      for (const [key, url] of Object.entries(d.artifacts)) {
        const [kind, id] = key.split("/");
        if (!id || !url) continue;
        const host = kind === "keyframes" ? $(`#scene-${CSS.escape(id)} .thumb`) : $(`#entity-${CSS.escape(id)} .entity-pic`);
        if (!host) continue;
        const img = $("img", host);
        if (img.getAttribute("src") !== url) { img.src = url; img.hidden = false; $(".thumb-empty", host).hidden = true; }
      }
      for (const li of $$("#downloads [data-download]")) {
        const url = d.artifacts[li.dataset.download];
        li.hidden = !url;
        if (url) $("a", li).href = li.dataset.download === "film" ? url + (url.includes("?") ? "&" : "?") + "download=1" : url;
      }
      for (const [sid, t] of Object.entries(d.timings || {})) {
        const el = $(`#scene-${CSS.escape(sid)} [data-time]`);
        if (el) el.textContent = `${clock(t.start_s)}–${clock(t.start_s + t.seconds)}`;
      }
      drawEval(d.evaluation, d.artifacts.eval_html);
      applyPlan(d.plan);
    }
    function drawEval(ev, report) {
      const body = $("#eval-body");
      if (!ev) return;
      const s = ev.summary || {};
      const rows = [["strict_coverage", "Story told"], ["depiction", "Depiction"],
        ["narration_fits", "Narration fits"], ["entity_cross_scene", "Entity consistency"]];
      const dl = document.createElement("dl");
      dl.className = "metrics";
      for (const [key, label] of rows) {
        const div = document.createElement("div");
        const dt = document.createElement("dt"); dt.textContent = label;
        const dd = document.createElement("dd"); dd.textContent = s[key] == null ? "—" : Number(s[key]).toFixed(2);
        div.append(dt, dd); dl.append(div);
      }
      const parts = [dl];
      if (ev.flags.length) {
        const ul = document.createElement("ul");
        ul.className = "flags";
        for (const f of ev.flags) {
          const li = document.createElement("li");
          if (f.scene || f.entity) {
            const a = document.createElement("a");
            a.href = f.scene ? `#scene-${f.scene}` : `#entity-${f.entity}`;
            if (f.scene) a.dataset.jump = f.scene;
            a.textContent = f.scene || f.entity;
            li.append(a, " ");
          }
          li.append(f.text);
          ul.append(li);
        }
        parts.push(ul);
      } else {
        const p = document.createElement("p"); p.className = "ok"; p.textContent = "No flags."; parts.push(p);
      }
      body.replaceChildren(...parts);
      const head = $("#eval-panel .panel-head");
      if (report && !$("a", head)) {
        const a = document.createElement("a");
        a.href = report; a.target = "_blank"; a.rel = "noopener"; a.textContent = "full report";
        head.append(a);
      }
    }

    /* buttons */
    document.addEventListener("click", async (ev) => {
      const button = ev.target.closest("button[data-action]");
      if (!button) return;
      const action = button.dataset.action;
      const card = button.closest(".card"), entity = button.closest(".entity");
      const item = card ? items.get(`scene:${card.dataset.scene}`) : entity ? items.get(`entity:${entity.dataset.entity}`) : null;
      if (action === "render-changed") startJob({ kind: "render" });
      else if (action === "render-all") { if (confirm("Make every voice, picture and shot again, even those up to date?")) startJob({ kind: "render", force: true }); }
      else if (action === "evaluate") startJob({ kind: "evaluate" });
      else if (action === "plan") startJob({ kind: "plan" });
      else if (action === "cancel" && job) { const r = await api("POST", `/api/jobs/${job.id}/cancel`); if (r.ok) showJob(r.data); }
      else if (action === "resume" && job) { const r = await api("POST", `/api/jobs/${job.id}/resume`); if (r.ok) { resetStages(); showJob(r.data); } }
      else if (action === "retry" && job && job.error) {
        const r = await api("POST", `/api/jobs/${job.id}/retry`, { body: { scene: job.error.scene } });
        if (r.ok) { resetStages(); showJob(r.data); } else $("#job-status").textContent = errorText(r);
      } else if (action === "preview" && item) startJob({ kind: "render", scenes: [item.id] });
      else if (action === "play" && item) { seek(item.id); if (video && !video.hidden) video.play(); }
      else if (action === "delete-scene" && item) {
        if (!confirm(`Delete scene ${item.id}?`)) return;
        const r = await api("DELETE", `${base}/scenes/${encodeURIComponent(item.id)}`, { headers: { "If-Match": item.etag } });
        if (r.ok || r.status === 412) location.reload();
        else showProblem(item, errorText(r));
      } else if (action === "add-scene") {
        const r = await api("POST", `${base}/scenes`, { headers: { "If-Match": S.etag },
          body: { scene: { description: "A new scene.", narration: "Write the narration here.", duration_s: 3 } } });
        if (r.ok) { const added = r.data.script.scenes.at(-1).id; location.hash = `scene-${added}`; location.reload(); }
        else alert(errorText(r));
      } else if (action === "remove-entity" && item) {
        const eid = button.closest(".chip").dataset.entity;
        const scene = find(S.script, "scene", item.id);
        const patch = { entities: scene.entities.filter((e) => e !== eid), actions: { [eid]: null },
                        poses: { [eid]: null }, expressions: { [eid]: null } };
        if (scene.protagonist === eid) patch.protagonist = null;
        save(item, patch);
      } else if (action === "reset-reference" && item) {
        const r = await api("DELETE", `${base}/cast/${encodeURIComponent(item.id)}/reference`, { headers: { "If-Match": item.etag } });
        if (r.ok) { applyScript(r.data.script, r.data.etag, item); applyPlan(r.data.plan); button.hidden = true; setSave(item, "Back to the drawn look"); }
        else if (r.status === 412) conflict(item, r.data.error);
        else setSave(item, errorText(r), "bad");
      }
    });
    document.addEventListener("change", async (ev) => {
      const el = ev.target;
      if (el.matches("select[data-action=add-entity]") && el.value) {
        const item = items.get(`scene:${el.closest(".card").dataset.scene}`);
        const scene = find(S.script, "scene", item.id);
        const value = el.value;
        el.value = "";
        save(item, { entities: [...scene.entities, value] }, el);
      }
      if (el.matches("input[data-action=upload]") && el.files.length) {
        const item = items.get(`entity:${el.closest(".entity").dataset.entity}`);
        const file = el.files[0];
        setSave(item, "Uploading…");
        const r = await api("PUT", `${base}/cast/${encodeURIComponent(item.id)}/reference`,
          { raw: file, headers: { "Content-Type": file.type || "application/octet-stream", "If-Match": item.etag } });
        el.value = "";
        if (r.status === 412) return conflict(item, r.data.error);
        if (!r.ok) { setSave(item, errorText(r), "bad"); return; }
        applyScript(r.data.script, r.data.etag, item);
        applyPlan(r.data.plan);
        const pic = $(".entity-pic", item.el);
        $("img", pic).src = URL.createObjectURL(file);
        $("img", pic).hidden = false;
        $(".thumb-empty", pic).hidden = true;
        $("[data-action=reset-reference]", item.el).hidden = false;
        setSave(item, "Uploaded: the next render uses it");
      }
    });

    applyPlan(S.plan);
    if (location.hash.startsWith("#scene-")) setTimeout(() => jumpTo(location.hash.slice(7)), 50);
  }

  document.addEventListener("DOMContentLoaded", () => { projectsPage(); projectPage(); });
})();
