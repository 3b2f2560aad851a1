/// The workbench's pages, stylesheet and scripts, compiled into the binary: no build step,
/// no CDN, nothing fetched from elsewhere.
enum StaticPages {
    static let index = page(
        title: "vertsval",
        body: #"""
            <header><h1 data-t="title">vertsval</h1><p data-t="tagline"></p></header>
            <main>
              <section><h2 data-t="cases"></h2><ul id="cases" class="files"></ul></section>
              <section><h2 data-t="portfolios"></h2><ul id="portfolios" class="files"></ul></section>
            </main>
            <script src="/common.js"></script>
            <script>
            (async () => {
              const files = await api('/api/files');
              const list = (kind) => files.filter(f => f.kind === kind || (kind === 'case' && f.kind === 'scenario'));
              for (const [id, kind, page] of [['cases', 'case', '/case'], ['portfolios', 'portfolio', '/portfolio']]) {
                const ul = document.getElementById(id);
                for (const f of list(kind)) {
                  const li = el('li');
                  const a = el('a', f.title);
                  a.href = page + '?file=' + encodeURIComponent(f.path) + '&lang=' + LANG + tokenSuffix();
                  li.append(a, el('span', ' ' + f.path + (f.kind === 'scenario' ? ' · ' + T('scenario') : ''), 'muted'));
                  ul.append(li);
                }
                if (!ul.children.length) ul.append(el('li', T('none'), 'muted'));
              }
            })().catch(showError);
            </script>
            """#)

    static let casePage = page(
        title: "vertsval",
        body: #"""
            <header><a href="/" data-t="back" class="back"></a><h1 id="title"></h1><p id="subtitle" class="muted"></p></header>
            <div id="notices"></div>
            <main class="grid">
              <section class="panel" aria-labelledby="weights-h">
                <h2 id="weights-h" data-t="weights"></h2>
                <p class="muted" data-t="weightsHelp"></p>
                <div id="sliders"></div>
                <p><button id="reset" data-t="reset"></button></p>
              </section>
              <section class="panel wide" aria-labelledby="result-h">
                <h2 id="result-h" data-t="result"></h2>
                <p id="summary" aria-live="polite"></p>
                <div id="bars" role="img"></div>
                <div id="why"></div>
                <h3 data-t="swaps"></h3>
                <table id="swaps"><thead><tr><th scope="col" data-t="criterion"></th><th scope="col" class="num" data-t="weightNow"></th><th scope="col" class="num" data-t="swapAt"></th></tr></thead><tbody></tbody></table>
                <div id="change"></div>
              </section>
              <section class="panel wide" aria-labelledby="robust-h">
                <h2 id="robust-h" data-t="robustness"></h2>
                <p><label><span data-t="spread"></span> <input id="spread" type="number" min="0" max="100" value="20" size="4"> %</label>
                   <button id="run-smaa" data-t="runSmaa"></button></p>
                <div id="smaa" aria-live="polite"></div>
              </section>
              <section class="panel" aria-labelledby="save-h">
                <h2 id="save-h" data-t="saveScenario"></h2>
                <p class="muted" data-t="saveHelp"></p>
                <p><label><span data-t="scenarioId"></span><br><input id="sc-id" placeholder="reisetid-30"></label></p>
                <p><label><span data-t="scenarioTitle"></span><br><input id="sc-title"></label></p>
                <p><label><span data-t="scenarioReason"></span><br><textarea id="sc-reason" rows="3"></textarea></label></p>
                <p><button id="save" data-t="save"></button></p><p id="saved" aria-live="polite"></p>
                <h2 data-t="download"></h2>
                <p><a id="pdf" href="#">PDF</a> · <a id="html" href="#">HTML</a> · <a id="md" href="#">Markdown</a></p>
              </section>
            </main>
            <script src="/common.js"></script>
            <script src="/case.js"></script>
            """#)

    static let portfolioPage = page(
        title: "vertsval",
        body: #"""
            <header><a href="/" data-t="back" class="back"></a><h1 id="title"></h1></header>
            <main class="grid">
              <section class="panel" aria-labelledby="rules-h">
                <h2 id="rules-h" data-t="rules"></h2>
                <p class="muted" data-t="rulesHelp"></p>
                <div id="switches"></div>
                <h2 data-t="download"></h2>
                <p><a id="pdf" href="#">PDF</a></p>
              </section>
              <section class="panel wide" aria-labelledby="assignment-h">
                <h2 id="assignment-h" data-t="assignment"></h2>
                <div id="summary" aria-live="polite"></div>
                <table id="assignment"><thead><tr><th scope="col" data-t="service"></th><th scope="col" class="num" data-t="fte"></th><th scope="col" data-t="host"></th><th scope="col" class="num" data-t="value"></th><th scope="col" data-t="runnerUp"></th></tr></thead><tbody></tbody></table>
                <div id="explain"></div>
              </section>
            </main>
            <script src="/common.js"></script>
            <script src="/portfolio.js"></script>
            """#)

    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="nn">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <link rel="stylesheet" href="/app.css">
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
