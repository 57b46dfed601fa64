<#ftl output_format="XHTML" strip_whitespace=true>
<#-- Verksamhetsplan: the plan's text in document order, with the strategic goals
     (framgångsfaktorer and styrmått with Ingångsvärde and year targets), the budget tables and
     the risk assessment where the analyst placed them. No judgements. Layout only: see
     PlanViewModel and PlanBlock. -->
<#import "common/layout.ftl" as l>
<#macro h level id="">
<#local n = [level, 6]?min>
<#if id?has_content><#if n == 1><h1 id="${id}"><#nested></h1><#elseif n == 2><h2 id="${id}"><#nested></h2><#elseif n == 3><h3 id="${id}"><#nested></h3><#else><h4 id="${id}"><#nested></h4></#if>
<#else><#if n == 1><h1><#nested></h1><#elseif n == 2><h2><#nested></h2><#elseif n == 3><h3><#nested></h3><#else><h4><#nested></h4></#if></#if>
</#macro>
<#macro goals block>
<#list block.perspectives as p>
<div class="perspective<#if block.level == 1> chapter</#if>">
<@h level=block.level id=p.anchor>${p.name}</@h>
<#if p.description?has_content><div class="hyphenate">${p.description}</div></#if>
<#list p.goals as g>
<@h level=block.level + 1 id=g.anchor>Strategiskt mål: ${g.goal}</@h>
<#if g.description?has_content><div class="hyphenate">${g.description}</div></#if>
<#list g.factors as f>
<@h level=block.level + 2>Framgångsfaktor: ${f.name}</@h>
<#if f.description?has_content><div class="hyphenate">${f.description}</div></#if>
<table class="data plan-measures">
<thead><tr>
<#-- More than two target columns (Målvärde, Målår beside the year targets) take room from the others. -->
<#assign wide = targetColumns?size gt 2>
<th scope="col" style="width: ${wide?then('23%', '30%')}">Styrmått</th>
<th scope="col" style="width: ${wide?then('13%', '20%')}"><#if wide>Ingångs&#173;värde<#else>Ingångsvärde</#if></th>
<#list targetColumns as t><th scope="col">${t}</th></#list>
<th scope="col" style="width: ${wide?then('10%', '12%')}">Källa</th>
<th scope="col" style="width: ${wide?then('11%', '10%')}">Period</th>
</tr></thead>
<tbody>
<#list f.measures as m>
<tr><td>${m.name}<#if m.footnote?has_content><sup class="footnote-mark">${m.footnote}</sup></#if></td><td>${m.baseline}</td><#list m.targets as t><td>${t}</td></#list><td>${m.source}</td><td>${m.followUp}</td></tr>
</#list>
</tbody>
</table>
<#if f.footnotes?has_content>
<ul class="footnotes"><#list f.footnotes as n><li><sup>${n.number}</sup> ${n.text}</li></#list></ul>
</#if>
</#list>
</#list>
</div>
</#list>
</#macro>
<#macro budget block>
<#local b = block.table>
<div class="budget-block">
<@h level=block.level id=b.anchor>${b.name}<#if b.unit?has_content>, ${b.unit}</#if></@h>
<table class="data budget">
<thead><tr><th scope="col"><#if b.unit?has_content>${b.unit?cap_first}<#else>Post</#if></th><#list b.columns as c><th scope="col" class="num">${c}</th></#list></tr></thead>
<tbody>
<#list b.rows as r>
<tr<#if r.total> class="total"</#if>><th scope="row">${r.label}</th><#list r.amounts as a><td class="num">${a}</td></#list></tr>
</#list>
</tbody>
</table>
<#if block.note?has_content><div class="table-note hyphenate">${block.note}</div></#if>
</div>
</#macro>
<#macro risks block>
<@h level=block.level id=block.anchor>${block.title}</@h>
<p class="risk-scale">Riskvärde = sannolikhet × konsekvens, vardera 1–4. Värde 1–8 kräver inte särskild åtgärd, värde 9–16 kräver åtgärder för att minimera risken.</p>
<#list block.groups as group>
<#if group.perspective?has_content><@h level=block.level + 1>${group.perspective}</@h></#if>
<#list group.risks as r>
<div class="risk">
<@h level=block.level + 2>Risk ${r.nr}: ${r.factor}</@h>
<table class="data risk-table">
<tbody>
<#if r.goal?has_content><tr><th scope="row">Strategiskt mål</th><td>${r.goal}</td></tr></#if>
<tr><th scope="row">Vad kan hända som innebär att förväntad/önskad funktion eller resultat inte uppfylls?</th><td class="hyphenate">${r.risk}</td></tr>
<tr><th scope="row">Vad blir det för konsekvens om risken inträffar?</th><td class="hyphenate">${r.consequence}</td></tr>
<tr><th scope="row">Riskbedömning (sannolikhet × konsekvens = riskvärde)</th><td>${r.assessment}<#if r.needsAction?has_content>, ${r.needsAction}</#if></td></tr>
<tr><th scope="row">Beskriv orsaken till att risken inträffar</th><td class="hyphenate">${r.cause}</td></tr>
<tr><th scope="row">Vad behöver göras för att risken inte ska inträffa?</th><td class="hyphenate">${r.action}</td></tr>
<tr><th scope="row">Kontrollmetod – hur kontrolleras att åtgärden genomförs?</th><td class="hyphenate">${r.control}</td></tr>
</tbody>
</table>
</div>
</#list>
</#list>
</#macro>
<@l.document meta=meta toc=toc>
<@l.opening meta=meta toc=toc intro=intro subtitle=subtitle/>
<#list blocks as b>
<#switch b.kind>
<#case "heading">
<#if b.level == 1><div class="chapter"><h1 id="${b.anchor}">${b.title}</h1><#if b.text?has_content><div class="hyphenate">${b.text}</div></#if></div>
<#else><@h level=b.level id=b.anchor>${b.title}</@h><#if b.text?has_content><div class="hyphenate">${b.text}</div></#if></#if>
<#break>
<#case "text"><div class="hyphenate">${b.text}</div><#break>
<#case "figure">
<div class="figure-description">
<p class="figure-caption">Figur: ${b.caption}</p>
<div class="hyphenate">${b.text}</div>
</div>
<#break>
<#case "goals"><@goals block=b/><#break>
<#case "budget"><@budget block=b/><#break>
<#case "risks"><@risks block=b/><#break>
</#switch>
</#list>
</@l.document>
