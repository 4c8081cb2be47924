import BilatCore
import BilatRender

/// Output/index.html: every relationship with its reports and charts, and the CSV files, linked.
enum IndexPage {
    static func render(datasets: [Dataset], entries: [BuildPlanner.IndexEntry], csv: [String]) -> String {
        let e = Escaping.html
        let heading = entries.count == 1 ? entries[0].title : "bilat"
        var body = "<h1>\(e(heading)): figures, growth and sources</h1>\n"
        body += "<p>Made by bilat from \(datasets.count) dataset\(datasets.count == 1 ? "" : "s") (\(e(datasets.map(\.name).joined(separator: ", ")))): \(datasets.map(\.figures.count).reduce(0, +)) figures, \(datasets.map(\.events.count).reduce(0, +)) events, \(datasets.map(\.sources.count).reduce(0, +)) sources"
        body += entries.count == 1 ? ".</p>\n" : ", on \(entries.count) relationships.</p>\n"
        if entries.count > 1 {
            body += "<h2>Relationships</h2>\n<ul>" + entries.map { entry in
                "<li><a href=\"#\(e(entry.relationship.id))\">\(e(entry.title))</a> <span class=\"muted\">\(e(entry.relationship.id)); \(e(entry.datasets.joined(separator: ", ")))</span></li>"
            }.joined() + "</ul>\n"
        }
        let level = entries.count == 1 ? "h2" : "h3"
        for entry in entries {
            if entries.count > 1 { body += "<h2 id=\"\(e(entry.relationship.id))\">\(e(entry.title))</h2>\n" }
            let yearly = entry.reports.filter(\.yearly)
            let other = entry.reports.filter { !$0.yearly }
            body += "<\(level)>Reports</\(level)>\n<ul>" + other.map { "<li><a href=\"\(e($0.path))\">\(e($0.title))</a> <span class=\"muted\">\(e($0.summary))</span></li>" }.joined() + "</ul>\n"
            let charts = entry.charts.map { "<li><a href=\"\(e($0.path))\">\(e($0.title))</a></li>" }.joined()
            if entries.count == 1 {
                body += "<\(level)>Yearly reports</\(level)>\n<div class=\"table\"><table><thead><tr><th>Year</th><th>Contents</th></tr></thead><tbody>"
                body += yearly.map { "<tr><td><a href=\"\(e($0.path))\">\(e($0.title))</a></td><td>\(e($0.summary))</td></tr>" }.joined()
                body += "</tbody></table></div>\n"
                body += "<\(level)>Charts</\(level)>\n<ul>" + charts + "</ul>\n"
            } else {
                // Hundreds of relationships: each one's years on one line and its charts folded, so the page stays
                // a list of relationships rather than tens of thousands of rows (each year's contents are on its report).
                body += "<\(level)>Yearly reports</\(level)>\n<p class=\"years\">"
                    + yearly.map { "<a href=\"\(e($0.path))\">\(e($0.title))</a>" }.joined(separator: " · ") + "</p>\n"
                body += "<details><summary>\(entry.charts.count) chart\(entry.charts.count == 1 ? "" : "s")</summary><ul>" + charts + "</ul></details>\n"
            }
        }
        body += "<h2>Spreadsheets (CSV, UTF-8)</h2>\n<p>Every dataset and relationship, one row each; filter on the dataset and relationship columns.</p>\n<ul>"
        body += csv.map { "<li><a href=\"csv/\(e($0))\">\(e($0))</a></li>" }.joined() + "</ul>\n"
        return HTMLPage.render(title: "\(heading) — bilat", body: body)
    }
}
