<#ftl output_format="XHTML" strip_whitespace=true>
<#-- Verksamhetsplan (seed 002): perspectives, strategic goals, framgångsfaktorer and styrmått with
     Ingångsvärde and year targets, then the budget tables. No judgements. Layout only: see
     PlanViewModel. -->
<#import "common/layout.ftl" as l>
<@l.document meta=meta toc=toc>
<@l.opening meta=meta toc=toc intro=intro subtitle=subtitle/>
<#list perspectives as p>
<div class="chapter perspective">
<h1 id="${p.anchor}">${p.name}</h1>
<#if p.description?has_content><div class="hyphenate">${p.description}</div></#if>
<#list p.goals as g>
<h2 id="${g.anchor}">Strategiskt mål: ${g.goal}</h2>
<#if g.description?has_content><div class="hyphenate">${g.description}</div></#if>
<#list g.factors as f>
<h3>Framgångsfaktor: ${f.name}</h3>
<#if f.description?has_content><div class="hyphenate">${f.description}</div></#if>
<table class="data plan-measures">
<thead><tr>
<th scope="col" style="width: 34%">Styrmått</th>
<th scope="col" style="width: 16%">Ingångsvärde</th>
<#list targetColumns as t><th scope="col">${t}</th></#list>
<th scope="col" style="width: 12%">Källa</th>
<th scope="col" style="width: 10%">Period</th>
</tr></thead>
<tbody>
<#list f.measures as m>
<tr><td>${m.name}</td><td>${m.baseline}</td><#list m.targets as t><td>${t}</td></#list><td>${m.source}</td><td>${m.followUp}</td></tr>
</#list>
</tbody>
</table>
</#list>
</#list>
</div>
</#list>
<#if budgets?has_content>
<div class="chapter">
<h1 id="${budgetAnchor}">${budgetHeading}</h1>
<#list budgets as b>
<h2 id="${b.anchor}">${b.name}<#if b.unit?has_content>, ${b.unit}</#if></h2>
<table class="data budget">
<thead><tr><th scope="col"><#if b.unit?has_content>${b.unit?cap_first}<#else>Post</#if></th><#list b.columns as c><th scope="col" class="num">${c}</th></#list></tr></thead>
<tbody>
<#list b.rows as r>
<tr<#if r.total> class="total"</#if>><th scope="row">${r.label}</th><#list r.amounts as a><td class="num">${a}</td></#list></tr>
</#list>
</tbody>
</table>
</#list>
</div>
</#if>
</@l.document>
