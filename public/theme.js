// The theme chosen in the header's settings, on <html data-theme> before the page first paints,
// so a reload never flashes the other theme. A plain script loaded by index.html, blocking, from
// the app's own origin (the content policy allows no inline script). It reads what
// src/store/settings.ts keeps; src/store/theme-script.test.ts checks the two agree.
(function () {
  try {
    var stored = JSON.parse(localStorage.getItem('hunting-workbook.settings') || 'null');
    var theme = stored && stored.state && stored.state.theme;
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch (e) {
    // No storage or a damaged value: the system's preference, as on a first visit.
  }
})();
