// Generated from Notebooks by Tests/BilatTests/BuiltInFilesTests.swift; do not edit.
// After changing those files run `BILAT_UPDATE_GOLDEN=1 swift test --filter BuiltInFilesTests`.

/// The default notebooks, compiled in so a copied binary needs no file from the repository.
/// A project's `Notebooks/NAME.md` replaces the built-in of the same name.
public enum BuiltInNotebooks {
    /// File name → contents, sorted by name.
    public static let files: [(name: String, text: String)] = [
        ("README.md", #"""
# Notebooks/

Report templates that `bilat build` renders into each relationship's `Output/RELATIONSHIP/reports/` (for example `Output/aze-pak/reports/`). Each is a Markdown file with an optional
front matter block, prose, `{{parameters}}`, and fenced cells that bilat runs.

- `yearly-report.md` is rendered once for each year with data, as `reports/YEAR.html`.
- `overview.md` is rendered once, over all years, as `reports/overview.html`.
- Any other `*.md` here is rendered too, without changing Swift code: once over all years as
  `reports/NAME.html`, or once per year as `reports/NAME-YEAR.html` if its front matter says `scope: yearly`.

bilat has `yearly-report.md` and `overview.md` built in, as they are here; a file of the same name in a
project's `Notebooks/` replaces the built-in one, so deleting it brings the built-in one back.

`bilat report --year 2021 --notebook Notebooks/my-notebook.md --format md` renders one to standard output.

## Front matter and parameters

```
---
title: {{parties}} in {{year}}
scope: yearly
---
```

`{{year}}` (in yearly notebooks) and `{{parties}}` (the parties' names, e.g. Azerbaijan–Pakistan) can be used
in the front matter and the prose. Values are escaped, so data never becomes Markdown or HTML. The prose
itself is Markdown, converted with Ink.

## Cells

A cell is a fenced block whose info string starts with `bilat` and a kind. Options follow as `key=value`, each
once; a bare `key` means `key=true`. An option with no name (`=`, `=x`), no value (`key=`) or given twice is an
error at its line and column.

| cell | shows |
|---|---|
| ```` ```bilat summary ```` | one sentence: how many figures, implied figures, events and open findings the scope holds |
| ```` ```bilat figures [indicator=ID] ```` | a table of the figures whose period falls in or overlaps the year (all figures in an overview), reported and implied: the text as reported, the value, flags, and the numbered source |
| ```` ```bilat growth [indicator=ID] ```` | growth for the values whose period ends in the year: change against the comparable earlier period, CAGR across gaps, flags, and why a comparison is missing. When a year has only part-year figures, it says so |
| ```` ```bilat charts ```` | the charts that include the year (every chart in an overview), inline SVG |
| ```` ```bilat events ```` | the year's events with their sources |
| ```` ```bilat mirror [factor=1/1.06] [threshold=20] ```` | mirror flows whose period falls in or overlaps the year: each party's imports from the other (CIF, × the factor to FOB) against the other's exports (FOB), the asymmetry and its % of the exporter's value, which sides reported, and a warning for each pair more than the threshold apart. The factor and threshold are the project's (`Datasets/mirror-settings.csv`, else 1/1.06 and 20) unless the cell gives its own. It says so when there is nothing to pair |
| ```` ```bilat revisions ```` | a "Revised figures" section, heading included, only when a later import changed the value, unit or status of a figure whose period falls in or overlaps the year (see `revisions.csv`): per figure and field, the figure in words, the earlier → present value, the earlier and present source, and the file and line of the change. Nothing at all when no figure was revised |
| ```` ```bilat findings ```` | `bilat check` findings that touch the year's figures or deal statuses, with acceptances |
| ```` ```bilat sources ```` | a numbered list of every source the report cites; `[n]` in the other cells refers to it |
| ```` ```bilat query ```` | the SQL in the cell's body, run read-only against `Output/bilat.sqlite`, as a table. Parameters are bound by name (`:year`, and the relationship's `:relationship`, `:first` and `:second` party ids), never pasted into the SQL |

A query's table is for readers, so write it in their words: name the columns with `AS "As reported"`, and
the report does the rest of the page's style. A cell that holds an ISO period (`2018-01/2018-09`) shows as the
page's dates (`Jan–Sep 2018`), a whole number of five or more digits gets thousands separators, and a query that
returns no rows says "Nothing to show here for 2018." The bundled `yearly-report.md` shows how.

Tables of the store for queries: `figure`, `source`, `event`, `event_source`, `deal_status`, `indicator`,
`party`, `dataset`, `figure_revision` (see the README's store section).

A query cell runs for at most 10 seconds and returns at most 10,000 rows and 2,000,000 bytes of text; past a
limit the build fails with an error at the cell's line that names it. Raise them on the cell's line, up to 120
seconds, 200,000 rows and 50,000,000 bytes: ```` ```bilat query max_seconds=30 max_rows=50000 max_bytes=10000000 ````.

A notebook with an unknown cell kind, an unclosed cell, or a query that fails is an error that names the
notebook's file and line.

"""#),
        ("overview.md", #"""
---
title: {{parties}}: the relationship across time
---
Every series, the event timeline, and the open conflicts between sources, across all years.

```bilat summary
```

## Charts

```bilat charts
```

## Growth across all series

```bilat growth
```

## All figures

```bilat figures
```

## Events

```bilat events
```

## Conflicts and other findings

```bilat findings
```

## Sources

```bilat sources
```

"""#),
        ("yearly-report.md", #"""
---
title: {{parties}} in {{year}}
---
What the bundled datasets say about {{year}}: every figure whose period falls in or overlaps the year, its
growth against the comparable period before it, the charts that include the year, the year's events, the
data-quality findings that touch it, and the sources cited, numbered.

```bilat summary
```

## Figures

Each value is read from the words the source used, shown beside it. The marks say what a period covers:
"part of a year" (such as January to September) and "one month" are never compared with full years; "a date"
is when a deal or pledge was made, not a total over that time; a "multi-year window" is counted back from the
source's date. "Estimated" stays on every figure worked out from an estimate, and "implied" figures are worked
out from reported ones.

```bilat figures
```

```bilat revisions
```

## Growth

```bilat growth
```

## Mirror flows

Each side's report of one flow: the importer's imports (CIF, converted to FOB) against the exporter's
exports (FOB), for the same period.

```bilat mirror
```

## Charts

```bilat charts
```

## Events

```bilat events
```

## Data-quality findings

```bilat findings
```

## Trade turnover as the sources give it

Every trade turnover figure touching {{year}}, as the datasets hold it before any analysis: the period, the
source's words, the value, and how exact the source says it is.

```bilat query
SELECT period_label AS "Period", as_reported AS "As reported",
       CASE WHEN value GLOB '*.*' THEN value ELSE printf('%,d', CAST(value AS INTEGER)) END AS "Value",
       CASE unit WHEN 'USD' THEN 'US$' WHEN 'percent' THEN '%' ELSE unit END AS "Unit",
       trim(coalesce(status, '') || CASE WHEN status IS NOT NULL AND qualifier <> 'exact' THEN ', ' ELSE '' END
            || CASE qualifier WHEN 'exact' THEN CASE WHEN status IS NULL THEN 'exact' ELSE '' END
                              WHEN 'approximately' THEN 'approximate' WHEN 'nearly' THEN 'nearly'
                              WHEN 'lower_bound' THEN 'at least' ELSE 'at most' END) AS "How exact",
       (SELECT publisher FROM source WHERE source.dataset = figure.dataset AND source.id = figure.source_id) AS "Source"
FROM figure
WHERE indicator = 'trade_turnover'
  AND ((reporter = :first AND partner = :second) OR (reporter = :second AND partner = :first))
  AND CAST(substr(period_start, 1, 4) AS INTEGER) <= :year
  AND CAST(substr(period_end, 1, 4) AS INTEGER) >= :year
ORDER BY period_start, id
```

## Sources

```bilat sources
```

"""#),
    ]
}
