package nl.dordrecht.triage.internal.report;

/** The report's inline stylesheet and search script: kept apart so the page code stays readable. */
final class ReportStyle {
    static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fff}
            header{background:#1f3a5f;color:#fff;padding:16px 28px}header h1{margin:0 0 4px;font-size:22px}
            header a{color:#cfe3ff;margin-right:14px}.provenance{margin:0 0 8px;opacity:.85}
            main{padding:8px 28px 40px}h2{border-bottom:2px solid #1f3a5f;padding-bottom:4px;margin-top:32px}
            .findings li{margin:6px 0}.findings .confirmed::marker{content:"✔ ";color:#1a9850}
            .findings .not-confirmed::marker{content:"✘ ";color:#d73027}
            .matrices{display:grid;grid-template-columns:repeat(auto-fill,minmax(640px,1fr));gap:12px}
            figure{margin:0;border:1px solid #ddd;border-radius:6px;padding:8px}figcaption{font-weight:600;margin-bottom:4px}
            svg.matrix{font-size:12px;max-width:100%;height:auto}svg.matrix rect{fill:#f7f9fc;stroke:#8a9bb0}
            svg.matrix .empty rect{fill:#fbe9e7}svg.matrix .axis{font-weight:600;fill:#1f3a5f}
            svg.matrix .qlabel{fill:#555;font-size:11px;text-transform:uppercase;letter-spacing:.03em}
            svg.matrix .none{fill:#b23;font-style:italic}svg.matrix .t{font-size:10px;font-weight:700;text-anchor:middle}
            svg.matrix .signpost{font-style:italic;fill:#555}
            .legend{margin:6px 0 10px}.chip{display:inline-block;min-width:18px;padding:0 5px;border-radius:9px;text-align:center;font-weight:700;margin:0 2px}
            .chip.gap,td.gap{background:repeating-linear-gradient(45deg,#eee,#eee 4px,#ccc 4px,#ccc 8px);color:#900}
            table{border-collapse:collapse}.heat th,.heat td{border:1px solid #fff;padding:3px 6px}
            .heat thead th{background:#eef2f7;font-weight:600;white-space:nowrap}.heat tbody th{text-align:left;background:#eef2f7;white-space:nowrap}
            td.cell{text-align:center;min-width:54px}td.cell b{font-size:15px;margin-right:4px}td.cell small{opacity:.8}
            td.gap{font-weight:700}.scroll{overflow-x:auto}
            .gap h3{margin-bottom:2px}.source{color:#555;margin-top:0}article.gap{border-left:4px solid #d73027;padding:2px 12px;margin:14px 0}
            blockquote.passage{margin:8px 0;padding:6px 12px;background:#f6f6f6;border-left:3px solid #aaa}
            blockquote footer{font-size:12px;color:#666}
            #offers{width:100%}#offers th{background:#1f3a5f;color:#fff;text-align:left;padding:4px 6px;position:sticky;top:0}
            #offers td{border-bottom:1px solid #e3e3e3;padding:3px 6px;vertical-align:top}#offers tr:nth-child(even){background:#fafafa}
            #search{font-size:14px;padding:4px 8px;width:320px}
            td.local-none,.chip.local-none{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#e6e6e6 4px,#e6e6e6 8px);color:#555}
            td.known-gap,.chip.known-gap{box-shadow:inset 0 0 0 3px #b2182b}
            @media print{
            @page{size:A4 landscape;margin:12mm}
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            body{font-size:10pt}header{background:none;color:#000;padding:0 0 6pt;border-bottom:2pt solid #000}
            header nav,#search,label[for=search],#count{display:none}main{padding:0}
            h2{break-before:page;border-color:#000}section:first-of-type h2{break-before:auto}h2,h3{break-after:avoid}
            .matrices{display:block}figure,article.gap,tr{break-inside:avoid}figure{margin:0 0 8pt}
            .scroll{overflow:visible}.heat th,.heat td{padding:1pt 3pt;font-size:8pt}td.cell{min-width:0}
            #offers th{position:static;background:#ddd;color:#000}#offers td{font-size:8pt}
            #offers tr[hidden]{display:table-row}
            }
            """;

    /** Shows only the rows containing every word typed, ignoring case. */
    static final String SEARCH_JS = """
            const search = document.getElementById('search'), rows = document.querySelectorAll('#offers tbody tr');
            search.addEventListener('input', () => {
              const words = search.value.toLowerCase().split(/\\s+/).filter(w => w);
              let shown = 0;
              rows.forEach(r => { const text = r.textContent.toLowerCase(); r.hidden = !words.every(w => text.includes(w)); if (!r.hidden) shown++; });
              document.getElementById('count').textContent = shown + ' van ' + rows.length;
            });
            """;

    private ReportStyle() {
    }
}
