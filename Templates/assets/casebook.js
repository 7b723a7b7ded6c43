// casebook default theme: small progressive enhancements; every page works without it.
(function () {
  "use strict";
  // Opening a quiz's reveal also shows the markers on its images.
  document.querySelectorAll("details.reveal").forEach(function (details) {
    details.addEventListener("toggle", function () {
      if (!details.open) return;
      document.querySelectorAll(".case-image.markers-hidden").forEach(function (figure) {
        figure.classList.remove("markers-hidden");
      });
    });
  });
  // Quiz answers are shown when printing.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.reveal").forEach(function (details) { details.open = true; });
  });
  document.querySelectorAll(".case-image").forEach(function (figure) {
    var button = figure.querySelector(".toggle-markers");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var hidden = figure.classList.toggle("markers-hidden");
      button.setAttribute("aria-pressed", hidden ? "false" : "true");
      button.textContent = hidden ? "Show markers" : "Hide markers";
    });
  });
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy citation"; }, 2000);
      });
    });
  });
})();
