import BilatCore
import BilatRender

/// Output/index.html: every report, chart and CSV file, linked.
enum IndexPage {
    static func render(datasets: [Dataset], reports: [(path: String, title: String, summary: String)], charts: [ChartStage.Chart], csv: [String]) -> String {
        let e = Escaping.html
        let parties = datasets.flatMap(\.parties).map(\.name).sorted().joined(separator: "–")
        var body = "<h1>\(e(parties.isEmpty ? "bilat" : parties)): figures, growth and sources</h1>\n"
        body += "<p>Made by bilat from \(datasets.count) dataset\(datasets.count == 1 ? "" : "s") (\(e(datasets.map(\.name).joined(separator: ", ")))): \(datasets.map(\.figures.count).reduce(0, +)) figures, \(datasets.map(\.events.count).reduce(0, +)) events, \(datasets.map(\.sources.count).reduce(0, +)) sources.</p>\n"
        let yearly = reports.filter { Int($0.title) != nil }
        let other = reports.filter { Int($0.title) == nil }
        body += "<h2>Reports</h2>\n<ul>" + other.map { "<li><a href=\"\(e($0.path))\">\(e($0.title))</a> <span class=\"muted\">\(e($0.summary))</span></li>" }.joined() + "</ul>\n"
        body += "<h2>Yearly reports</h2>\n<div class=\"table\"><table><thead><tr><th>Year</th><th>Contents</th></tr></thead><tbody>"
        body += yearly.map { "<tr><td><a href=\"\(e($0.path))\">\(e($0.title))</a></td><td>\(e($0.summary))</td></tr>" }.joined()
        body += "</tbody></table></div>\n"
        body += "<h2>Charts</h2>\n<ul>" + charts.map { "<li><a href=\"charts/\(e($0.name)).svg\">\(e($0.title))</a></li>" }.joined() + "</ul>\n"
        body += "<h2>Spreadsheets (CSV, UTF-8)</h2>\n<ul>" + csv.map { "<li><a href=\"csv/\(e($0))\">\(e($0))</a></li>" }.joined() + "</ul>\n"
        return HTMLPage.render(title: "\(parties) — bilat", body: body)
    }
}
