/// A self-contained HTML page: inline CSS, no scripts, no external resources; readable on a phone and printable.
public enum HTMLPage {
    public static func render(title: String, body: String, navigation: [(label: String, href: String)] = []) -> String {
        let nav = navigation.isEmpty ? "" : "<nav>" + navigation.map { "<a href=\"\(Escaping.html(BlockWriter.linkTarget($0.href)))\">\(Escaping.html($0.label))</a>" }.joined(separator: " · ") + "</nav>\n"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Escaping.html(title))</title>
            <style>
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 60rem; padding: 1rem 1.25rem 3rem; line-height: 1.5; }
            h1 { font-size: 1.7rem; line-height: 1.25; margin: 1rem 0 0.5rem; }
            h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #d9d9d9; padding-bottom: 0.2rem; }
            nav { font-size: 0.9rem; margin-bottom: 1rem; }
            a { color: #0072B2; }
            .table { overflow-x: auto; }
            table { border-collapse: collapse; font-size: 0.9rem; margin: 0.5rem 0 1rem; }
            th, td { text-align: left; padding: 0.3rem 0.6rem; border-bottom: 1px solid #e6e6e6; vertical-align: top; }
            th { background: #f4f4f4; }
            .num { text-align: right; font-variant-numeric: tabular-nums; }
            .note { color: #595959; border-left: 3px solid #E69F00; padding-left: 0.7rem; }
            .muted { color: #595959; font-size: 0.9rem; margin-left: 0.4rem; }
            figure.chart { margin: 1rem 0; overflow-x: auto; }
            figure.chart > img, figure.chart > svg { display: block; max-width: none; height: auto; }
            ol.sources li { margin-bottom: 0.3rem; overflow-wrap: anywhere; }
            footer { margin-top: 3rem; font-size: 0.8rem; color: #595959; }
            @media screen and (max-width: 49.99rem) {
            figure.chart::before { content: "Scroll sideways to see the whole chart \\2192"; display: block; position: sticky; left: 0; font-size: 0.85rem; color: #595959; margin-bottom: 0.3rem; }
            .cards table, .cards tbody, .cards tr, .cards td { display: block; }
            .cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
            .cards tr { border: 1px solid #d9d9d9; border-radius: 4px; padding: 0.35rem 0.7rem; margin-bottom: 0.6rem; }
            .cards td { display: grid; grid-template-columns: minmax(5.5rem, 35%) 1fr; gap: 0.6rem; border: 0; padding: 0.15rem 0; text-align: left; overflow-wrap: anywhere; }
            .cards td::before { content: attr(data-label); color: #595959; font-weight: 600; }
            .cards td:empty { display: none; }
            }
            @media print { nav { display: none; } body { max-width: none; } figure.chart, table { break-inside: avoid; } figure.chart { overflow: visible; } figure.chart > img, figure.chart > svg { max-width: 100%; } a { color: inherit; text-decoration: none; } }
            </style>
            </head>
            <body>
            \(nav)<main>
            \(body)
            </main>
            <footer>Made by bilat from the datasets in this repository. Every figure names its source.</footer>
            </body>
            </html>

            """
    }
}
