// DanVan: enhancements only; every page works without this script.
// 1. Symbol autocomplete in the search box (/api/suggest). 2. Facets folded on small screens.
(function () {
  "use strict";

  function autocomplete(input, list) {
    var items = [], active = -1, timer = 0, last = "", controller = null;

    function close() {
      list.hidden = true;
      list.replaceChildren();
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      items = [];
      active = -1;
    }

    function choose(item) {
      input.value = item.symbol;
      close();
      input.form.submit();
    }

    function highlight(index) {
      var options = list.children;
      for (var i = 0; i < options.length; i++) {
        options[i].setAttribute("aria-selected", i === index ? "true" : "false");
      }
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      }
    }

    function show(suggestions) {
      list.replaceChildren();
      items = suggestions;
      active = -1;
      if (suggestions.length === 0) { close(); return; }
      suggestions.forEach(function (s, i) {
        // Text only (textContent): nothing from the server is parsed as HTML.
        var li = document.createElement("li");
        li.id = "suggestion-" + i;
        li.setAttribute("role", "option");
        var symbol = document.createElement("span");
        symbol.className = "sym";
        symbol.textContent = s.symbol + (s.year ? " (" + s.year + (s.province ? ", " + s.province : "") + ")" : "");
        var about = document.createElement("span");
        about.className = "about";
        about.textContent = (s.title || "") + (s.citations ? " · " + s.citations + " lần được trích dẫn" : "");
        li.append(symbol, about);
        li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(s); });
        list.append(li);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function ask() {
      var typed = input.value.trim();
      if (typed === last) return;
      last = typed;
      // Symbols start with a digit; plain words are searched, not completed.
      if (!/\d/.test(typed) || typed.length > 60) { close(); return; }
      if (controller) controller.abort();
      controller = new AbortController();
      fetch("/api/suggest?q=" + encodeURIComponent(typed), { signal: controller.signal, headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (s) { if (input.value.trim() === typed) show(s); })
        .catch(function () { /* aborted or offline: no suggestions */ });
    }

    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(ask, 120); });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) return;
      if (e.key === "ArrowDown") { e.preventDefault(); highlight(Math.min(items.length - 1, active + 1)); }
      else if (e.key === "ArrowUp") { e.preventDefault(); highlight(Math.max(-1, active - 1)); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); choose(items[active]); }
      else if (e.key === "Escape") { close(); }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var input = document.getElementById("q"), list = document.getElementById("suggestions");
    if (input && list) autocomplete(input, list);

    var facets = document.querySelector(".facets details");
    if (facets && window.matchMedia("(max-width: 800px)").matches) facets.open = false;
  });
})();
