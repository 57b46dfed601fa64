<#ftl output_format="XHTML" strip_whitespace=true>
<#-- Översikt: every unit of a manifest for one period. Layout only: see OverviewViewModel.
     Every symbol stands with its word or its count in words (abbr title), never colour alone. -->
<#import "common/layout.ftl" as l>
<#macro counts cell><#if cell.empty><span class="muted">–</span><#else><abbr title="${cell.description}"><#list cell.counts as c><span class="sym ${c.symbol.cssClass}">${c.symbol.glyph}</span>&#160;${c.count}<#sep> </#sep></#list></abbr></#if></#macro>
<#macro measures list empty>
<#if list?has_content>
<table class="data overview-measures">
<thead><tr><th scope="col" style="width: 18%">Enhet</th><th scope="col" style="width: 30%">Styrmått</th><th scope="col" style="width: 14%">Perspektiv</th><th scope="col" style="width: 24%">Underlag</th><th scope="col" style="width: 14%">Bedömning</th></tr></thead>
<tbody>
<#list list as m>
<tr><td>${m.unit}</td><td>${m.measure}</td><td>${m.perspective}</td><td>${m.detail}</td><td><@l.symbol s=m.symbol/></td></tr>
</#list>
</tbody>
</table>
<#else>
<p>${empty}</p>
</#if>
</#macro>
<@l.document meta=meta toc=toc>
<@l.titlePage meta=meta subtitle="Period: ${meta.periodLabel} (${meta.perLabel})"/>
<div class="chapter">
<@l.tableOfContents toc=toc/>
</div>

<div class="chapter">
<h1 id="matrix">Måluppfyllelse per enhet och perspektiv</h1>
<p>Antal styrmått per bedömning:</p>
<ul class="legend-list"><#list judgements as s><li><@l.symbol s=s/></li></#list></ul>
<table class="data overview-matrix">
<thead><tr><th scope="col">Enhet</th><#list perspectives as p><th scope="col">${p}</th></#list><th scope="col">Totalt</th></tr></thead>
<tbody>
<#list units as u>
<tr><th scope="row"><#if u.link?has_content><a href="${u.link}" title="Bilagan för ${u.name}">${u.name}</a><#else>${u.name}</#if></th><#list u.cells as c><td><@counts cell=c/></td></#list></tr>
</#list>
<tr class="total"><th scope="row">${total.name}</th><#list total.cells as c><td><@counts cell=c/></td></#list></tr>
</tbody>
</table>
</div>

<div class="chapter">
<h1 id="gaps">Styrmått längst från målet</h1>
<@measures list=gaps empty="Inget styrmått med en målnivå i siffror är ej uppfyllt."/>
<h1 id="worsened">Största försämringarna</h1>
<@measures list=worsened empty="Inget styrmått har försämrats jämfört med jämförelseperioden."/>
<h1 id="sexGaps">Största skillnaderna mellan kvinnor och män</h1>
<p>Styrmått där kvinnors och mäns värden skiljer sig med minst ${sexGapThreshold} av det större värdet.</p>
<@measures list=sexGaps empty="Ingen skillnad över gränsen."/>
</div>

<#if actions?has_content>
<div class="chapter">
<h1 id="actions">Åtgärdernas status per enhet</h1>
<table class="data overview-actions">
<thead><tr><th scope="col">Enhet</th><#list actions[0].counts as c><th scope="col"><@l.symbol s=c.symbol/></th></#list></tr></thead>
<tbody>
<#list actions as a>
<tr><th scope="row">${a.unit}</th><#list a.counts as c><td class="num">${c.count}</td></#list></tr>
</#list>
</tbody>
</table>
<#list actions as a><#if a.late?has_content>
<h2>${a.unit}: åtgärder som avviker eller inte har påbörjats</h2>
<ul><#list a.late as line><li>${line}</li></#list></ul>
</#if></#list>
</div>
</#if>

<#if leftOut?has_content>
<div class="chapter">
<h1 id="leftOut">Enheter som inte kunde tas med</h1>
<p>Underlaget för dessa enheter har fel och ingår inte i siffrorna ovan.</p>
<#list leftOut as u>
<h2>${u.unit}</h2>
<p>Indata: ${u.input}</p>
<ul><#list u.problems as p><li>${p}</li></#list></ul>
</#list>
</div>
</#if>
</@l.document>
