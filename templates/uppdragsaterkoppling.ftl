<#ftl output_format="XHTML" strip_whitespace=true>
<#-- Återkoppling på RD-uppdrag (seeds 001, 003): items under their Ärende/fråga, with this period's
     Pågående arbete/åtgärder and Resultat. Layout only: see AssignmentViewModel. -->
<#import "common/layout.ftl" as l>
<@l.document meta=meta toc=toc>
<@l.opening meta=meta toc=toc intro=intro sections=sections subtitle="Rapport ${meta.perLabel}"/>
<div class="chapter">
<#list issues as g>
<div class="issue">
<h1 id="${g.anchor}">${g.issue}</h1>
<table class="data assignments">

<thead><tr>
<th scope="col" style="width: 26%">Ärende/fråga</th>
<th scope="col" style="width: 44%">Pågående arbete/åtgärder</th>
<th scope="col" style="width: 30%">Resultat</th>
</tr></thead>
<tbody>
<#list g.items as a>
<tr<#if a.unchanged> class="unchanged"</#if>>
<th scope="row" class="item">${a.title}</th>
<td class="hyphenate">${a.work}</td>
<td class="hyphenate">${a.result}</td>
</tr>
</#list>
</tbody>
</table>
</div>
</#list>
</div>
</@l.document>
