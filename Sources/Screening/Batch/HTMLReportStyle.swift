/// The report's inline style sheet and sorting script: no external fonts, styles or scripts.
enum HTMLReportStyle {
    /// The style sheet: verdict colours, cards, bar charts, the table, and a print layout.
    static let css = """
    :root {
      --ink: #1d2939; --muted: #5d6b82; --line: #e4e7ec; --band: #f6f8fb; --accent: #1849a9;
      --reject: #d92d20; --needs_info: #f79009; --review: #7a5af8; --conditional: #2e90fa;
      --approve: #12b76a; --error: #475467;
    }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { margin: 0; background: #eef1f5; color: var(--ink);
      font: 15px/1.5 "Segoe UI", "Noto Sans", "DejaVu Sans", Roboto, Arial, sans-serif; }
    main { max-width: 1280px; margin: 0 auto; padding: 28px 36px 40px; background: #fff; }
    header.report { border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 8px; }
    .kicker { margin: 0; color: var(--accent); font-weight: 600; font-size: 14px; text-transform: uppercase;
      letter-spacing: .02em; }
    h1 { font-size: 27px; line-height: 1.25; margin: 4px 0 12px; }
    h2 { font-size: 19px; margin: 0 0 2px; color: var(--accent); }
    .meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; font-size: 14px; }
    .meta dt { color: var(--muted); }
    .meta dd { margin: 0; }
    .meta .basis { font-size: 13px; color: var(--muted); }
    code, .code { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
    .digest { word-break: break-all; }
    .note { color: var(--muted); font-size: 13.5px; margin: 0 0 12px; }
    .warning { background: #fffaeb; border-left: 4px solid var(--needs_info); padding: 8px 12px; }
    .empty { color: var(--muted); font-style: italic; }
    section { margin: 30px 0 0; break-inside: avoid; }
    .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 22px 0 4px; }
    .card { border: 1px solid var(--line); border-top: 5px solid var(--muted); border-radius: 6px;
      padding: 8px 14px 10px; background: #fff; }
    .card .n { font-size: 28px; font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.2; }
    .card .l { font-size: 13.5px; font-weight: 600; }
    .card .p { font-size: 13px; color: var(--muted); }
    .card.total { border-top-color: var(--accent); background: var(--band); }
    .card.priority { border-top-color: #e0a800; }
    .card.v-reject { border-top-color: var(--reject); } .card.v-needs_info { border-top-color: var(--needs_info); }
    .card.v-review { border-top-color: var(--review); } .card.v-conditional { border-top-color: var(--conditional); }
    .card.v-approve { border-top-color: var(--approve); } .card.v-error { border-top-color: var(--error); }
    .grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 0 44px; }
    .bars { display: grid; gap: 5px; }
    .bar-row { display: grid; grid-template-columns: var(--label) 1fr 7.5em; gap: 12px; align-items: center;
      border-bottom: 1px dotted var(--line); padding-bottom: 4px; }
    .bar-label { font-size: 14px; line-height: 1.3; }
    .bar-value { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; white-space: nowrap; }
    .bar-value small { font-weight: 400; color: var(--muted); margin-left: 4px; }
    svg.bar { width: 100%; height: 20px; display: block; }
    rect.track { fill: #f2f4f7; }
    .s-reject { fill: var(--reject); } .s-needs_info { fill: var(--needs_info); } .s-review { fill: var(--review); }
    .s-conditional { fill: var(--conditional); } .s-approve { fill: var(--approve); } .s-error { fill: var(--error); }
    .s-fx-reject { fill: var(--reject); } .s-fx-review { fill: var(--review); } .s-fx-condition { fill: var(--conditional); }
    .s-fx-priority { fill: #e0a800; } .s-fx-note { fill: #98a2b3; }
    .s-missing { fill: var(--needs_info); } .s-score { fill: #98a2b3; } .s-priority { fill: #e0a800; }
    .sw { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 6px;
      vertical-align: baseline; background: var(--muted); }
    .sw.v-reject { background: var(--reject); } .sw.v-needs_info { background: var(--needs_info); }
    .sw.v-review { background: var(--review); } .sw.v-conditional { background: var(--conditional); }
    .sw.v-approve { background: var(--approve); } .sw.v-error { background: var(--error); }
    .legend { font-size: 13px; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 4px 14px; }
    .rule-title { display: block; }
    .rule-meta { display: block; font-size: 12.5px; color: var(--muted); }
    .fx { font-weight: 600; }
    .fx-reject { color: #b42318; } .fx-review { color: #5925dc; } .fx-condition { color: #175cd3; }
    .fx-priority { color: #93370d; } .fx-note { color: var(--muted); }
    ul.never { columns: 2; column-gap: 40px; margin: 0; padding-left: 18px; font-size: 14px; }
    ul.never li { break-inside: avoid; margin-bottom: 6px; }
    #filter { width: 24em; max-width: 100%; padding: 6px 10px; font: inherit; font-size: 14px;
      border: 1px solid #cfd4dc; border-radius: 6px; }
    table.projects { width: 100%; border-collapse: collapse; font-size: 13px; }
    .projects th { position: sticky; top: 0; background: #e9eef6; text-align: left; padding: 7px 8px;
      border-bottom: 2px solid #b9c3d3; cursor: pointer; white-space: nowrap; user-select: none; }
    .projects th::after { content: " ↕"; color: #98a2b3; font-weight: 400; }
    .projects th[aria-sort="ascending"]::after { content: " ▲"; color: var(--accent); }
    .projects th[aria-sort="descending"]::after { content: " ▼"; color: var(--accent); }
    .projects td { padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
    .projects tbody tr:nth-child(even) { background: #fafbfc; }
    .projects td:first-child { border-left: 4px solid var(--muted); }
    .projects tr.r-reject td:first-child { border-left-color: var(--reject); }
    .projects tr.r-needs_info td:first-child { border-left-color: var(--needs_info); }
    .projects tr.r-review td:first-child { border-left-color: var(--review); }
    .projects tr.r-conditional td:first-child { border-left-color: var(--conditional); }
    .projects tr.r-approve td:first-child { border-left-color: var(--approve); }
    .projects td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .projects td.id { white-space: nowrap; }
    .projects td.name { min-width: 10em; }
    .projects td.reason { min-width: 20em; }
    .projects td.missing { min-width: 10em; }
    .projects td.missing span { display: block; }
    .projects td.missing span + span { margin-top: 3px; }
    .more { color: var(--muted); font-size: 12px; white-space: nowrap; }
    .pill { display: inline-block; padding: 1px 9px; border-radius: 10px; font-size: 12px; font-weight: 600;
      white-space: nowrap; }
    .pill.v-reject { background: #fee4e2; color: #912018; } .pill.v-needs_info { background: #fef0c7; color: #93370d; }
    .pill.v-review { background: #ebe9fe; color: #4a1fb8; } .pill.v-conditional { background: #d1e9ff; color: #194185; }
    .pill.v-approve { background: #d1fadf; color: #05603a; } .pill.v-error { background: #eaecf0; color: #344054; }
    .star { color: #dc6803; }
    footer { margin-top: 32px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12.5px; }
    @media (max-width: 960px) { .grid2 { grid-template-columns: 1fr; } .cards { grid-template-columns: repeat(2, 1fr); } }
    @media print {
      @page { size: A4 landscape; margin: 12mm; }
      body { background: #fff; font-size: 11.5px; }
      main { max-width: none; padding: 0; }
      .no-print { display: none; }
      .projects th { position: static; }
      .projects th::after { content: none; }
      .projects thead { display: table-header-group; }
      .projects tr { break-inside: avoid; }
      .table-section { break-inside: auto; break-before: page; }
    }
    """

    /// Sorts the project table when a heading is clicked (or Enter is pressed on it), by the
    /// cells' `data-k` keys or their text, and filters its rows by the text typed in `#filter`.
    static let script = """
    (function () {
      var table = document.getElementById("projects");
      var body = table.tBodies[0];
      var heads = table.tHead.rows[0].cells;
      var collator = new Intl.Collator(document.documentElement.lang, { numeric: true, sensitivity: "base" });
      Array.prototype.forEach.call(heads, function (th, column) {
        th.tabIndex = 0;
        function sort() {
          var ascending = th.getAttribute("aria-sort") !== "ascending";
          Array.prototype.forEach.call(heads, function (other) { other.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var numeric = th.getAttribute("data-type") === "num";
          var keyed = Array.prototype.map.call(body.rows, function (row, index) {
            var cell = row.cells[column];
            var key = cell.hasAttribute("data-k") ? cell.getAttribute("data-k") : cell.textContent;
            return { row: row, index: index, key: numeric ? Number(key) : key };
          });
          keyed.sort(function (a, b) {
            var order = numeric ? a.key - b.key : collator.compare(a.key, b.key);
            return (ascending ? order : -order) || a.index - b.index;
          });
          var fragment = document.createDocumentFragment();
          keyed.forEach(function (entry) { fragment.appendChild(entry.row); });
          body.appendChild(fragment);
        }
        th.addEventListener("click", sort);
        th.addEventListener("keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
        });
      });
      var filter = document.getElementById("filter");
      filter.addEventListener("input", function () {
        var query = filter.value.trim().toLowerCase();
        Array.prototype.forEach.call(body.rows, function (row) {
          row.hidden = query !== "" && row.textContent.toLowerCase().indexOf(query) < 0;
        });
      });
    })();
    """
}
