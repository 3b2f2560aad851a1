extension StaticPages {
    /// Plain CSS; colours meet WCAG AA contrast on white.
    static let stylesheet = #"""
        :root { --text: #1b1f24; --muted: #4a5562; --accent: #0b4f8a; --line: #d4dae1; --bg: #ffffff; --panel: #f5f7f9;
                --good: #0b6b3a; --warn: #8a4b00; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 "DejaVu Sans", system-ui, sans-serif; color: var(--text); background: var(--bg); }
        header { padding: 1rem 1.5rem .5rem; border-bottom: 1px solid var(--line); }
        h1 { margin: .2rem 0; font-size: 1.5rem; color: var(--accent); }
        h2 { font-size: 1.1rem; margin: .2rem 0 .6rem; }
        h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
        main { padding: 1rem 1.5rem; }
        .grid { display: grid; grid-template-columns: minmax(260px, 1fr) 2fr; gap: 1rem; align-items: start; }
        .panel { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; }
        .wide { grid-column: 2; }
        @media (max-width: 900px) { .grid { grid-template-columns: 1fr; } .wide { grid-column: 1; } }
        .muted { color: var(--muted); font-size: .9em; }
        .back { color: var(--accent); }
        .note { background: #fff4e0; border-left: 4px solid var(--warn); padding: .5rem .8rem; margin: .5rem 1.5rem; }
        .error { background: #fde8e8; border-left: 4px solid #a40000; padding: .5rem .8rem; margin: .5rem 1.5rem; white-space: pre-wrap; }
        .slider { display: grid; grid-template-columns: 1fr 3.5rem; gap: .2rem .6rem; margin: .4rem 0; }
        .slider label { grid-column: 1 / 3; font-size: .92em; }
        .slider input[type=range] { width: 100%; }
        .slider output { text-align: right; font-variant-numeric: tabular-nums; }
        .changed label { font-weight: bold; }
        table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
        th, td { text-align: left; padding: .25rem .4rem; border-bottom: 1px solid var(--line); }
        th { background: #e6ebf0; }
        .num { text-align: right; }
        button { font: inherit; padding: .3rem .8rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; cursor: pointer; }
        button:focus-visible, a:focus-visible, input:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
        input, textarea { font: inherit; padding: .25rem; width: 100%; }
        input[type=number] { width: 5rem; }
        input[type=checkbox] { width: auto; margin-right: .4rem; }
        .files li { margin: .3rem 0; }
        .bar-row { display: grid; grid-template-columns: 7rem 1fr 4rem; align-items: center; gap: .5rem; margin: .3rem 0; }
        .bar { display: flex; height: 1.4rem; border: 1px solid var(--text); background: #fff; }
        .bar span { display: block; height: 100%; }
        .legend { display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .85em; margin: .3rem 0 .6rem; }
        .legend i { display: inline-block; width: .9rem; height: .9rem; margin-right: .3rem; vertical-align: -2px; border: 1px solid var(--text); }
        .switch { display: block; margin: .4rem 0; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        """#
}
