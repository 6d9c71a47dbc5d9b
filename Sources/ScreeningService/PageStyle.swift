/// The stylesheet of the web form and the result page, inline in every page: system fonts
/// only, and a print style that puts the result on A4 without the form's chrome.
enum PageStyle {
    static let css = #"""

        :root { --ink: #1d2733; --muted: #5b6878; --line: #d5dbe3; --accent: #0b5cad; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); background: #f4f6f9; }
        nav.top { display: flex; justify-content: space-between; align-items: center; padding: .6rem 1.2rem; background: #14375e; }
        nav.top a { color: #fff; text-decoration: none; }
        nav.top .brand { font-weight: 600; }
        nav.top .lang { border: 1px solid #9fb7d3; border-radius: 4px; padding: .15rem .6rem; }
        main { max-width: 60rem; margin: 1rem auto; padding: 0 1rem 2rem; }
        h1 { font-size: 1.5rem; margin: .4rem 0; }
        h2 { font-size: 1.15rem; margin: 1.2rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
        h3 { font-size: 1rem; margin: .2rem 0; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .88em; color: var(--muted); }
        fieldset { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: 0 0 1rem; padding: .6rem 1rem 1rem; }
        legend { font-weight: 600; padding: 0 .4rem; color: #14375e; }
        .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: .7rem 1.2rem; }
        .field label { display: block; font-size: .9rem; margin-bottom: .2rem; }
        .field .unit, .field .req { color: var(--muted); font-size: .82rem; }
        .field input[type=text], .field input[type=number], .field select { width: 100%; padding: .35rem .45rem; border: 1px solid #b8c2cf; border-radius: 4px; font: inherit; background: #fff; }
        .field.invalid input, .field.invalid select { border-color: #b3261e; background: #fff5f4; }
        .field .problem { color: #b3261e; font-size: .85rem; margin: .2rem 0 0; }
        .choices { display: flex; flex-wrap: wrap; gap: .2rem .9rem; font-size: .9rem; }
        .errors { background: #fff5f4; border: 1px solid #e3a19c; border-radius: 6px; padding: .6rem 1rem; margin-bottom: 1rem; }
        button { font: inherit; font-weight: 600; padding: .5rem 1.6rem; border: 0; border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; }
        .actions { display: flex; gap: .8rem; align-items: center; margin-bottom: 1rem; }
        .actions a { color: var(--accent); }
        .report { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.4rem; }
        .report dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; margin: .3rem 0; }
        .report dt { color: var(--muted); }
        .report dd { margin: 0; }
        .report ol > li { margin-bottom: .8rem; }
        .policy-title { color: var(--muted); margin: 0; }
        .verdict { border: 3px solid; border-radius: 8px; padding: .6rem 1rem; margin: 1rem 0; }
        .verdict p { margin: .2rem 0; }
        .verdict-label { font-size: .8rem; letter-spacing: .08em; text-transform: uppercase; }
        .verdict-value { font-size: 1.8rem; font-weight: 700; }
        .verdict-reject .verdict { border-color: #b3261e; background: #fdecea; color: #7d1a14; }
        .verdict-needs_info .verdict { border-color: #b26a00; background: #fff4e0; color: #6b4000; }
        .verdict-review .verdict { border-color: #8a5a00; background: #fff8e6; color: #5c3c00; }
        .verdict-conditional .verdict { border-color: #0b5cad; background: #e8f1fb; color: #0a3d73; }
        .verdict-approve .verdict { border-color: #1e7a34; background: #e9f6ec; color: #14521f; }
        table.values { border-collapse: collapse; margin: .3rem 0; font-size: .9rem; }
        table.values th, table.values td { border: 1px solid var(--line); padding: .2rem .5rem; text-align: left; vertical-align: top; }
        table.values th { background: #f0f3f7; }
        .needed, .counterfactuals .example { color: var(--muted); font-size: .9rem; }
        footer { margin-top: 1.4rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .82rem; }
        .disclaimer { font-style: italic; }
        @page { size: A4; margin: 16mm 15mm; }
        @media print {
          body { background: #fff; font-size: 10.5pt; }
          nav.top, .actions, .no-print { display: none; }
          main { max-width: none; margin: 0; padding: 0; }
          .report { border: 0; padding: 0; }
          .verdict { -webkit-print-color-adjust: exact; print-color-adjust: exact; break-inside: avoid; }
          .report li, table.values tr { break-inside: avoid; }
          h2 { break-after: avoid; }
          a { color: inherit; text-decoration: none; }
        }

        """#
}
