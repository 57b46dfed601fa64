<#ftl output_format="XHTML" strip_whitespace=true>
<#-- Bilaga till delårsrapport. Layout only: every value is prepared in the view model
     (see docs/templates.md). -->
<#import "common/layout.ftl" as l>
<#-- Utfallshistorik: small bars of the last up to six periods' outcomes (from three periods on)
     under each measure's outcome, with the values in words as their text alternative. Set to
     false to leave them out. -->
<#assign showHistory = true>
<#-- The bars are decoration (backgrounds, artifacts in the PDF); the caption and the abbreviation's
     expanded form (/E in the PDF, aria-label in the HTML file) carry the values. -->
<#macro history h paged>
<abbr class="history" title="${h.description}"<#if !paged> role="img" aria-label="${h.description}"</#if>><span class="history-caption">${h.span}</span><span class="history-bars"><#list h.points as p><span class="history-point"><#list p.bars as b><span class="history-bar ${b.cssClass}" style="height: ${b.height}px"></span></#list></span></#list></span></abbr>
</#macro>
<@l.document meta=meta toc=toc>

<@l.titlePage meta=meta subtitle="Period: ${meta.periodLabel} (${meta.perLabel})"/>

<div class="chapter">
<@l.tableOfContents toc=toc/>
</div>

<#if intro.present>
<div class="chapter"><@l.textSection section=intro/></div>
</#if>

<#if production?has_content>
<div<#if !intro.present> class="chapter"</#if>>
<h1 id="${productionAnchor}">${productionHeading}</h1>
<#list production as s><@l.textSection section=s level=2/></#list>
</div>
</#if>

<#list sections as s>
<div class="chapter"><@l.textSection section=s/></div>
</#list>

<div class="chapter">
<h1 id="${summary.anchor}">${summary.heading}</h1>
<table class="data summary">
<thead><tr><th scope="col">Perspektiv</th><#list summary.columns as c><th scope="col" class="num"><@l.symbol s=c/></th></#list><th scope="col" class="num">Totalt</th></tr></thead>
<tbody>
<#list summary.rows as r><tr><th scope="row">${r.perspective}</th><#list r.counts as n><td class="num">${n}</td></#list><td class="num">${r.total}</td></tr></#list>
<tr class="total"><th scope="row">${summary.total.perspective}</th><#list summary.total.counts as n><td class="num">${n}</td></#list><td class="num">${summary.total.total}</td></tr>
</tbody>
</table>
<#-- The chart is plain HTML/CSS, not SVG: a track of fixed width with one inline-block segment per
     judgement, widths from the view model (an SVG costs the PDF engine Batik and Java2D, a
     quarter of a second per cold render, for a few rectangles). Colour is never the only signal:
     the symbols and counts beside each bar say the same, in the segments' order.
     Text alternative: the coloured boxes are decoration. openhtmltopdf (1.1.65) reads no role or
     aria-* attribute and paints backgrounds as artifacts, so in the PDF the bar is left out of
     the tags and the counts carry the information as text; the <abbr> gives them their expanded
     form in words (title becomes /E of the Span), e.g. "0 uppfyllt, 1 delvis uppfyllt, …".
     In the HTML file the bar is an image with the perspective and counts as its name
     (role="img" + aria-label). See docs/templates.md. -->
<div class="chart">
<#list summary.bars as b>
<div class="chart-row"><span class="chart-label">${b.perspective}</span><span class="chart-bar" style="width: ${summary.chartWidth}px"<#if !meta.paged> role="img" aria-label="${b.alt}"</#if>><#list b.segments as s><span class="chart-segment ${s.cssClass}" style="width: ${s.width}px"></span></#list></span><abbr class="chart-counts" title="${b.description}"><#list b.counts as c><span class="sym ${c.symbol.cssClass}">${c.symbol.glyph}</span>&#160;${c.count}<#sep>&#160;&#160; </#sep></#list></abbr></div>
</#list>
</div>
</div>

<div class="chapter">
<@l.textSection section=goals/>
<#if !goals.present><h1 id="${goals.anchor}">${goals.heading}</h1></#if>
<#list perspectives as p>
<div class="perspective">
<h2 id="${p.anchor}">${p.name}</h2>
<div class="hyphenate">${p.description}</div>
<#list p.goals as g>
<div class="goal">
<#if g.hasHeading()><h3 class="strategic-goal" id="${g.anchor}">Strategiskt mål: ${g.goal}</h3></#if>
<table class="data measures">
<thead><tr>
<th scope="col" style="width: 15%">Framgångs&#173;faktor</th>
<th scope="col" style="width: 23%">Styrmått</th>
<th scope="col" style="width: 10%">Mål</th>
<th scope="col" style="width: 10%">Uppfölj&#173;nings&#173;period</th>
<th scope="col" style="width: 13%">Periodens utfall</th>
<th scope="col" style="width: 14%">Mål&#173;upp&#173;fyllelse</th>
<th scope="col" style="width: 15%">Utveck&#173;ling</th>
</tr></thead>
<tbody>
<#list g.measures as m>
<tr>
<td>${m.successFactor}</td>
<td>${m.name}<#if m.footnote.present> <a class="fn" href="#${m.footnote.anchor}" title="Fotnot ${m.footnote.marker}">[${m.footnote.marker}]</a></#if></td>
<td>${m.target}</td>
<td>${m.followUp}</td>
<td><#list m.outcomes as o><#if o.period?has_content><span class="outcome-period">${o.period}</span><br /></#if><#list o.lines as line>${line}<#sep><br /></#sep></#list><#sep><br /></#sep></#list><#if showHistory && m.history.present><@history h=m.history paged=meta.paged/></#if></td>
<td><#list m.judgements as j><@l.symbol s=j.symbol prefix=j.prefix/></#list><#if m.reference?has_content><span class="reference">${m.reference}</span></#if></td>
<td><#list m.trends as t><@l.symbol s=t.symbol prefix=t.prefix/></#list></td>
</tr>
</#list>
</tbody>
</table>
</div>
</#list>
<#list p.footnotes as f><p class="footnotes" id="${f.anchor}">[${f.marker}] ${f.text}</p></#list>
<#list p.measures as m>
<#if m.comment?has_content>
<h3 id="${m.anchor}">${m.name}</h3>
<div class="hyphenate">${m.comment}</div>
</#if>
</#list>
<#if p.after?has_content><div class="hyphenate">${p.after}</div></#if>
</div>
</#list>
</div>

<#if actionGroups?has_content>
<div class="chapter">
<h1 id="${actionsAnchor}">${actionsHeading}</h1>
<#if actionsText?has_content><div class="hyphenate">${actionsText}</div></#if>
<#list actionGroups as g>
<h2 id="${g.anchor}">${g.perspective}</h2>
<#if g.description?has_content><div class="hyphenate keep-with-next">${g.description}</div></#if>
<table class="data actions">
<thead><tr>
<th scope="col" style="width: 5%">Nr</th>
<th scope="col" style="width: 15%">Mål</th>
<th scope="col" style="width: 41%">Åtgärd</th>
<th scope="col" style="width: 14%">Status</th>
<th scope="col" style="width: 25%">Kommentar</th>
</tr></thead>
<tbody>
<#list g.actions as a>
<tr id="${a.anchor}">
<td>${a.nr}</td>
<td>${a.goal}</td>
<td><p class="action-title">Åtgärd: ${a.title}</p><#list a.details as d><div class="action-detail"><span class="label">${d.label}:</span> ${d.text}</div></#list></td>
<td><@l.symbol s=a.status/></td>
<td>${a.comment}</td>
</tr>
</#list>
</tbody>
</table>
<#if g.after?has_content><div class="hyphenate">${g.after}</div></#if>
</#list>
</div>
</#if>

<div class="chapter">
<@l.legend legend=legend/>
</div>

</@l.document>
