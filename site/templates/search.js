// Search as you type on a locale's home page, over window.SMH_SEARCH (the
// locale's search-index.js: [code, the message's locale, message, other
// texts...] per code).
// Without JavaScript the form stays hidden and the full list below serves.
(function () {
  "use strict";
  var form = document.getElementById("search");
  var index = window.SMH_SEARCH;
  if (!form || !index || !index.entries) return;
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("results");
  function norm(s) {
    return (s.normalize ? s.normalize("NFKC") : s).toLowerCase();
  }
  var hay = index.entries.map(function (e) { return norm([e[0]].concat(e.slice(2)).join("\n")); });
  function say(n) {
    if (n === 0) return form.dataset.none;
    if (n === 1 && form.dataset.one) return form.dataset.one;
    return form.dataset.other.replace("{count}", String(n));
  }
  function run() {
    var terms = norm(input.value).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (terms.length === 0) {
      status.textContent = "";
      return;
    }
    var n = 0;
    index.entries.forEach(function (e, i) {
      for (var t = 0; t < terms.length; t++) {
        if (hay[i].indexOf(terms[t]) < 0) return;
      }
      n++;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = encodeURIComponent(e[0]) + ".html";
      var code = document.createElement("code");
      code.textContent = e[0];
      a.appendChild(code);
      var msg = document.createElement("span");
      msg.className = "msg";
      msg.lang = e[1];
      msg.textContent = e[2];
      li.appendChild(a);
      li.appendChild(msg);
      list.appendChild(li);
    });
    status.textContent = say(n);
  }
  form.hidden = false;
  input.addEventListener("input", run);
  form.addEventListener("submit", function (ev) { ev.preventDefault(); run(); });
  var q = new URLSearchParams(location.search).get("q");
  if (q) input.value = q;
  run();
})();
